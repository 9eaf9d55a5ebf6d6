"""The garble classes of :mod:`mtcheck.eval.garble`: each edits one line of a reference translation.

A garbler takes the document's lines and a seeded random generator, edits
the target (never the source) and returns the gold span it made, or None
when the document offers no place for it.  The classes are those of web-page
machine translation: words left in the source language, glued tokens, page
furniture, source word order, moved names, changed numbers, broken
quotations, omissions, additions and lost negations.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from mtcheck.lang.packs import Languages
from mtcheck.lang.wordclass import english_tags


@dataclass(frozen=True)
class Garble:
    """A gold span made by a garbler: its kind, exact text, line and side."""

    kind: str
    text: str
    line: int
    side: str = "target"
    severity: str = "major"
    shifts: int = 0  # target lines inserted (+1) or removed (-1) at ``line``


@dataclass
class Lines:
    """The document's line-parallel source and target, the target language and lines already garbled."""

    source: list[str]
    target: list[str]
    lang: str
    source_lang: str
    taken: set[int] = field(default_factory=set)

    def free(self, rng: random.Random, first: int = 0) -> list[int]:
        """Untouched line numbers from ``first`` on, in random order."""
        lines = [i for i in range(first, len(self.target)) if i not in self.taken and self.target[i] != GAP]
        rng.shuffle(lines)
        return lines

    def find(self, pattern: re.Pattern[str], rng: random.Random, first: int = 0) -> Iterator[tuple[int, re.Match]]:
        """Matches of ``pattern`` in untouched target lines, in random order."""
        for i in self.free(rng, first):
            matches = list(pattern.finditer(self.target[i]))
            rng.shuffle(matches)
            yield from ((i, m) for m in matches)

    def replace(self, i: int, match: re.Match | tuple[int, int], new: str) -> None:
        """Put ``new`` in place of the matched text of line ``i``."""
        start, end = match.span() if isinstance(match, re.Match) else match
        self.target[i] = self.target[i][:start] + new + self.target[i][end:]


Garbler = Callable[[Lines, random.Random], "Garble | None"]

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{3,}(?![\w'’-])")
_LOWER_RUN = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{3,}(?: [a-zà-ÿ]{2,}){1,2}(?![\w'’-])")


def _source_words(lines: Lines, i: int, count: int, rng: random.Random) -> str | None:
    """``count`` consecutive lower-case words of source line ``i``."""
    words = [w for w in re.findall(r"[^\W\d_]+", lines.source[i]) if len(w) > 2]
    runs = [words[k:k + count] for k in range(len(words) - count + 1)
            if all(w.islower() for w in words[k:k + count])]
    return " ".join(rng.choice(runs)) if runs else None


def untranslated_phrase(lines: Lines, rng: random.Random) -> Garble | None:
    """Two or three target words replaced by words of the aligned source line."""
    for i, match in lines.find(_LOWER_RUN, rng):
        words = _source_words(lines, i, len(match.group().split()), rng)
        if words and words not in lines.target[i] and len(lines.source[i].split()) > 3:
            lines.replace(i, match, words)
            return Garble("untranslated-phrase", words, i)
    return None


def untranslated_word(lines: Lines, rng: random.Random) -> Garble | None:
    """One lower-case target word replaced by a lower-case word of the aligned source line."""
    for i, match in lines.find(re.compile(r"(?<=[a-z,] )[a-z]{4,}(?= [a-z])"), rng):
        word = _source_words(lines, i, 1, rng)
        if word and len(word) > 4 and word not in lines.target[i]:
            lines.replace(i, match, word)
            return Garble("untranslated-word", word, i)
    return None


def untranslated_sentence(lines: Lines, rng: random.Random) -> Garble | None:
    """A whole line left in the source language."""
    for i in lines.free(rng, 1):
        if len(lines.source[i].split()) >= 6:
            lines.target[i] = lines.source[i]
            return Garble("untranslated-sentence", lines.source[i], i)
    return None


def glued_name(lines: Lines, rng: random.Random) -> Garble | None:
    """A lower-case word glued to the capitalised name after it: a link boundary lost."""
    for i, match in lines.find(re.compile(r"(?<![\w'’-])([a-zà-ÿ]{2,}) ([A-ZÀ-Þ][a-zà-ÿ]{2,})\b"), rng):
        glued = match.group(1) + match.group(2)
        lines.replace(i, match, glued)
        return Garble("glued-token", glued, i)
    return None


_SECTIONS = {  # the same sections in each language, in the same order
    "en": ("Home", "News", "World", "Politics", "Business", "Sport", "Local", "Culture"),
    "de": ("Startseite", "Nachrichten", "Welt", "Politik", "Wirtschaft", "Sport", "Regional", "Kultur"),
    "fr": ("Accueil", "Actualités", "Monde", "Politique", "Économie", "Sport", "Régions", "Culture"),
}
_CREDIT = {"en": "Photo", "de": "Foto", "fr": "Photo"}
_AGENCIES = ("dpa", "AFP", "Reuters", "AP", "EPA", "imago images", "Getty Images")


def breadcrumb(lines: Lines, rng: random.Random) -> Garble | None:
    """A breadcrumb trail of section labels above the article."""
    labels = _SECTIONS.get(lines.lang)
    if labels is None:
        return None
    picks, mark = rng.sample(range(len(labels)), rng.randint(2, 4)), f" {rng.choice('|›»/')} "
    trail = mark.join(labels[k] for k in picks)
    source_labels = _SECTIONS.get(lines.source_lang, labels)
    lines.target.insert(0, trail)
    lines.source.insert(0, mark.join(source_labels[k] for k in picks))  # the source page has it too
    return Garble("boilerplate", trail, 0, shifts=1)


def photo_credit(lines: Lines, rng: random.Random) -> Garble | None:
    """A photo caption ending in a © credit, between two paragraphs."""
    if lines.lang not in _CREDIT or len(lines.target) < 3:
        return None
    i = rng.randrange(1, len(lines.target))
    words = [w for w in lines.target[i - 1].rstrip(".!?").split()][:rng.randint(4, 7)]
    name = rng.choice(("Anna Berger", "Marc Dubois", "John Miller", "Eva Novak", "Luis Ortega"))
    credit = f"© {_CREDIT[lines.lang]}: {name}/{rng.choice(_AGENCIES)}"
    caption = f"{' '.join(words)}. {credit}"
    lines.target.insert(i, caption)
    lines.source.insert(i, f"{' '.join(lines.source[i - 1].split()[:len(words)])}. {credit}")
    return Garble("caption", caption, i, shifts=1)


_SUBORDINATE = re.compile(r"\b(because|that|if|which|when|although|while) (he|she|they|we|it|the \w+) (\w+) "
                          r"((?:[\w’'-]+ ){1,4}[\w’'-]+)(?=[,.;])")


def verb_final(lines: Lines, rng: random.Random) -> Garble | None:
    """An English subordinate clause with its verb moved to the end (source word order)."""
    if lines.lang != "en":
        return None
    for i, match in lines.find(_SUBORDINATE, rng):
        conj, subject, verb, rest = match.groups()
        if not ({"VERB", "AUX"} & set(english_tags(verb.lower()))) or verb.lower() in ("to", "the"):
            continue
        clause = f"{conj} {subject} {rest} {verb}"
        lines.replace(i, match, clause)
        return Garble("word-order", clause, i)
    return None


_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+ [A-Z][a-z]+)(?= [a-z])")


def moved_name(lines: Lines, rng: random.Random) -> Garble | None:
    """A two-word name taken out of its clause and put before the end of the next clause."""
    for i, match in lines.find(_NAME, rng):
        name, rest = match.group(1), lines.target[i][match.end():]
        stop = re.search(r"[,;.!?]", rest)
        if stop is None or len(rest[:stop.start()].split()) < 3:
            continue
        lines.replace(i, (match.start() - 1, match.end()), "")
        at = match.start() - 1 + stop.start()
        lines.target[i] = lines.target[i][:at] + " " + name + lines.target[i][at:]
        return Garble("misplaced-name", name, i)
    return None


def thousands_as_decimal(lines: Lines, rng: random.Random) -> Garble | None:
    """A grouped amount (12,500) read as a decimal (12.5): the source's separator taken for a point."""
    grouping, point = (",", ".") if lines.lang in ("en", "zh", "ja") else (".", ",")
    pattern = re.compile(rf"(?<![\d.,])(\d{{1,3}}){re.escape(grouping)}(\d{{3}})(?![\d.,]\d)")
    for i, match in lines.find(pattern, rng):
        decimals = match.group(2).rstrip("0") or "0"
        number = f"{match.group(1)}{point}{decimals}"
        lines.replace(i, match, number)
        return Garble("number-thousands", number, i)
    return None


_MAGNITUDES = {"en": {"million": "billion", "billion": "million", "millions": "billions"},
               "de": {"Millionen": "Milliarden", "Milliarden": "Millionen", "Million": "Milliarde"},
               "fr": {"millions": "milliards", "milliards": "millions", "million": "milliard"}}


def magnitude(lines: Lines, rng: random.Random) -> Garble | None:
    """A magnitude word changed (million to billion, Millionen to Milliarden)."""
    words = _MAGNITUDES.get(lines.lang)
    if not words:
        return None
    for i, match in lines.find(re.compile(rf"\d[\d.,]* ({'|'.join(words)})\b"), rng):
        new = match.group()[:match.start(1) - match.start()] + words[match.group(1)]
        lines.replace(i, match, new)
        return Garble("number-magnitude", new, i)
    return None


def quantity(lines: Lines, rng: random.Random) -> Garble | None:
    """The quantity before a unit or counted noun changed (12 km to 21 km)."""
    for i, match in lines.find(re.compile(r"(?<![\d.,:/-])([1-9]\d{0,2})(?= ?(?:%|[^\W\d_]{2,}))(?![\d.,:])"), rng):
        old = int(match.group(1))
        new = str(old * 10 + 5 if old < 10 else int(str(old)[::-1]) if str(old)[::-1] != str(old) else old + 7)
        if str(new) == str(old) or f"{new}" in lines.target[i]:
            continue
        lines.replace(i, match, new)
        return Garble("number-quantity", new, i)
    return None


def clock_time(lines: Lines, rng: random.Random) -> Garble | None:
    """A clock time changed (10:30 to 12:30, 2 p.m. to 2 a.m.)."""
    for i, match in lines.find(re.compile(r"\b(\d{1,2})([:.]\d{2})?( ?[ap]\.?m\.?| Uhr| h\b)|\b(\d{1,2}):(\d{2})\b"), rng):
        text = match.group()
        if "a" in text.lower() and "m" in text.lower() and ":" not in text:
            new = text.replace("p", "a") if "p" in text else text.replace("a", "p", 1)
        else:
            hour = int(re.match(r"\d+", text).group())
            new = str((hour + 2) % 24) + text[len(str(hour)):] if text[:len(str(hour))] == str(hour) else None
        if new and new != text:
            lines.replace(i, match, new)
            return Garble("number-clock", new, i)
    return None


_QUOTED = re.compile(r"([“\"„«»])([^“”\"„«»]{25,}?)([”\"“»«])")
# Chinese and Japanese quotations, in corner brackets too, of six words or more (two characters a word).
_QUOTED_UNSPACED = re.compile(r"([“「『])([^“”「」『』]{12,}?)([”」』])")
_UNSPACED = Languages("orthography.unspaced")


def quote_closed_early(lines: Lines, rng: random.Random) -> Garble | None:
    """A quotation closed after its first words: the rest reads as the writer's."""
    unspaced = lines.lang in _UNSPACED
    for i, match in lines.find(_QUOTED_UNSPACED if unspaced else _QUOTED, rng):
        cut = _first_words(match.group(2), rng, unspaced)
        if cut is None:
            continue
        head, tail = cut
        new = f"{match.group(1)}{head}{match.group(3)}{'' if unspaced else ' '}{tail}"
        lines.replace(i, match, new)
        return Garble("quotes", new, i)
    return None


def _first_words(quoted: str, rng: random.Random, unspaced: bool) -> tuple[str, str] | None:
    """A quotation's first two or three words and the rest; None under six words.  Where no spaces part the
    words (Chinese, Japanese), two characters make a word."""
    if unspaced:
        cut = 2 * rng.randint(2, 3)
        return quoted[:cut], quoted[cut:]
    words = quoted.split(" ")
    if len(words) < 6:
        return None
    cut = rng.randint(2, 3)
    return " ".join(words[:cut]), " ".join(words[cut:])


def negation_lost(lines: Lines, rng: random.Random) -> Garble | None:
    """A negation dropped ("did not go" to "did go"): the sentence says the opposite."""
    patterns = {"en": r"\b(is|are|was|were|do|does|did|has|have|had|will|would|could|should|can) not\b",
                "de": r"\b(ist|sind|war|waren|hat|haben|wird|werden|kann|können) nicht\b",
                "fr": r"\b(ne|n’|n') ?(\w+) pas\b"}
    if lines.lang not in patterns:
        return None
    for i, match in lines.find(re.compile(patterns[lines.lang]), rng):
        verb = match.group(2) if lines.lang == "fr" else match.group(1)
        rest = lines.target[i][match.end():].split()[:2]
        lines.replace(i, match, verb)
        text = " ".join([verb, *rest]) if rest else verb
        if text not in lines.target[i]:
            text = verb
        return Garble("negation", text, i)
    return None


GAP = "\u2060"  # a placeholder line, dropped when the text is written: keeps the sides line-parallel


def omission(lines: Lines, rng: random.Random) -> Garble | None:
    """A whole paragraph missing from the translation."""
    for i in lines.free(rng, 1):
        if len(lines.source[i].split()) >= 6 and GAP not in (lines.source[i], lines.target[i]):
            lines.target[i] = GAP
            return Garble("omission", lines.source[i], i, side="source")
    return None


def addition(lines: Lines, rng: random.Random) -> Garble | None:
    """A sentence that is not in the source: an earlier paragraph repeated as a new one."""
    if len(lines.target) < 4:
        return None
    i = rng.randrange(2, len(lines.target))
    k = rng.randrange(0, i - 1)
    added = lines.target[k]
    if len(added.split()) < 6 or k in lines.taken or added == GAP:
        return None
    lines.target.insert(i, added)
    lines.source.insert(i, GAP)
    return Garble("addition", added, i, shifts=1)


GARBLERS: dict[str, Garbler] = {f.__name__: f for f in (
    untranslated_phrase, untranslated_word, untranslated_sentence, glued_name, breadcrumb, photo_credit,
    verb_final, moved_name, thousands_as_decimal, magnitude, quantity, clock_time, quote_closed_early,
    negation_lost, omission, addition,
)}
