"""Chinese and Japanese sentences that end with no space after the full stop."""

import pytest

from mtcheck.text.document import Document
from mtcheck.text.segment import WRITING, segmented


@pytest.mark.parametrize("lang, text, sentences", [
    ("zh", "他说：“我们会去。”然后他离开了。他很高兴。", ["他说：“我们会去。”", "然后他离开了。", "他很高兴。"]),
    ("zh", "他来了！你呢？我不去。", ["他来了！", "你呢？", "我不去。"]),
    ("zh", "他走了。“你好。”她说。", ["他走了。", "“你好。”她说。"]),
    ("zh", "他用了iPhone。然后走了。", ["他用了iPhone。", "然后走了。"]),
    ("zh", "会议结束（见附件。）然后休息。", ["会议结束（见附件。）", "然后休息。"]),
    ("zh", "他走了｡她来了．", ["他走了｡", "她来了．"]),
    ("ja", "彼は「行きます。」と言った。次の文。", ["彼は「行きます。」と言った。", "次の文。"]),
    ("ja", "雨が降った。『明日も降る。』彼女は傘を買った。", ["雨が降った。", "『明日も降る。』", "彼女は傘を買った。"]),
    ("ja", "本当ですか？はい、本当です。", ["本当ですか？", "はい、本当です。"]),
])
def test_unspaced_sentence_ends_split(lang, text, sentences):
    doc = Document(text, lang)
    assert [s.text for s in doc.sentences] == sentences
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


@pytest.mark.parametrize("lang, text", [
    ("zh", "“我们会去。”他说。"),  # an attribution clause after the quotation
    ("zh", "“我们会去。”张三笑着说，然后离开了。"),
    ("zh", "他说：“我们会去。然后回来。”"),  # inside an open quotation
    ("zh", "价格是３．５元。"),  # a full-width decimal point
    ("zh", "他……走了。"),  # an ellipsis
    ("zh", "美国（Ｕ．Ｓ．）很大。"),
    ("ja", "彼は「行きます。」と言った。"),  # a quotation continued by と
    ("ja", "「行きます。」って言ったよね。"),
    ("ja", "「行きます。」彼はそう言った。"),
    ("ja", "行くぞ！と叫んだ。"),
    ("ja", "「わかってるけどさあ！」みたいな感じ。"),
    ("ja", "治って（？）たから、やる気は満々。"),  # a bracketed mark
    ("zh", "他对“只许州官放火！”的说法感到愤怒。"),
    ("ja", "値段は１２．５円です。"),
    ("ja", "彼は……黙った。"),
    ("en", "We met 王小明 in Beijing."),  # a Latin sentence with a Chinese name
    ("en", "The shop 東京堂 sells books."),
])
def test_near_misses_stay_one_sentence(lang, text):
    assert [s.text for s in Document(text, lang).sentences] == [text]


def test_a_spaced_sentence_end_is_still_syntoks():
    assert [s.text for s in Document("他说。 然后他离开了。", "zh").sentences] == ["他说。", "然后他离开了。"]
    assert [s.text for s in Document("We met 王小明. He was happy.", "en").sentences] == [
        "We met 王小明.", "He was happy."]


def test_offsets_hold_within_a_document_of_several_paragraphs():
    text = "标题\n\n他离开了。他很高兴。\n\n“好。”他说。然后走了。\n"
    doc = Document(text, "zh")
    assert [s.text for s in doc.sentences] == ["标题", "他离开了。", "他很高兴。", "“好。”他说。", "然后走了。"]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2, 2]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


def test_text_without_full_width_marks_is_left_to_syntok():
    text = 'He said: "We go." Then he left.\u3000It was 3.5 km.'
    assert segmented(text, "en") == [(0, 17), (18, 31), (32, 46)]


def test_the_continuations_come_from_the_data_file():
    goes_on = WRITING["quotation_goes_on"]
    assert "と" in goes_on["particles"] and "说" in goes_on["speech_verbs"]


@pytest.mark.parametrize("text, sentences", [
    ("他们说方案。“ 我们专门从事戒指。", ["他们说方案。", "“ 我们专门从事戒指。"]),
    ("他们说方案。“", ["他们说方案。“"]),  # a stray mark is no sentence
    ("。他走了。", ["。他走了。"]),
])
def test_each_side_of_a_cut_has_a_word(text, sentences):
    assert [s.text for s in Document(text, "zh").sentences] == sentences
