"""Input formats by name and by file extension (no imports, so the CLI loads it cheaply)."""

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xlf": "xliff", ".xliff": "xliff",
    ".tmx": "tmx",
    ".po": "po",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
MONOLINGUAL = ("text", "markdown", "html")
BILINGUAL = ("xliff", "tmx", "po", "jsonl")
FORMATS = MONOLINGUAL + BILINGUAL
