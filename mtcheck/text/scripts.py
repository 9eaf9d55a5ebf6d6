"""Character ranges of scripts written without spaces between words, for regular-expression classes.

Word counts, word links and number reading treat each such character as a
unit of its own, since no space tells where a word ends.
"""

# Hiragana and katakana, CJK Unified Ideographs with extension A, CJK Compatibility Ideographs.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
THAI = "\u0e00-\u0e7f"
