"""Counterparts: the source words a flagged target span translates, or None on weak evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtcheck.align.aligner import align
from mtcheck.align.context import AlignedDocument
from mtcheck.align.counterpart import counterpart_for
from mtcheck.align.words import LINK, Unit, links, score, units
from mtcheck.run.api import check_texts
from mtcheck.text.document import Document, finding_dict, read_text


def _aligned(source: str, target: str, langs: str) -> AlignedDocument:
    source_lang, target_lang = langs.split("-")
    src, tgt = Document(source, source_lang), Document(target, target_lang)
    return AlignedDocument(src, tgt, align(src, tgt))


def counterpart(source: str, target: str, span: str, langs: str) -> str | None:
    """The counterpart's text for the first occurrence of ``span`` in ``target``."""
    doc = _aligned(source, target, langs)
    start = target.index(span)
    found = counterpart_for(doc, start, start + len(span))
    return source[found[0]:found[1]] if found else None


# (language pair, source, target, flagged target span, the counterpart it must get)
MUST_FIND = [
    # de-en
    ("de-en", "Die Regierung zeigte am Montag ein Video, das den Angriff zeigen soll.",
     "The government showed on Monday a Videowhich is said to show the attack.", "Videowhich", "Video"),
    ("de-en", "Bei dem Unfall wurden am Sonntag 1.500 Menschen evakuiert.",
     "In the accident on Sunday 1,500 people were evacuated.", "1,500", "1.500"),
    ("de-en", "Torhüter Paul Brand parierte zwölf Würfe.", "Goalkeeper Paul Brand saved twelve shots.",
     "twelve", "zwölf"),
    ("de-en", "Wie Gouverneur Wjatscheslaw Gladkow mitteilte, wurde niemand verletzt.",
     "As Governor Vyacheslav Gladkov announced, nobody was injured.", "Vyacheslav Gladkov",
     "Wjatscheslaw Gladkow"),
    ("de-en", "Laut Badischer Zeitung sprach der Vorsitzende von einem schwarzen Tag.",
     "According to theBadische Zeitung the chairman spoke of a black day.", "theBadische", "Badischer"),
    ("de-en", "Artikel teilen Merken Kommentare\n\nDer Stadtrat hat den Haushalt beschlossen.",
     "Share article Remember Comments\n\nThe city council passed the budget.",
     "Share article Remember Comments", "Artikel teilen Merken Kommentare"),
    # fr-en
    ("fr-en", "Le président a reçu les syndicats à l'Élysée mardi soir.",
     "The president received the unions at theÉlysée on Tuesday evening.", "theÉlysée", "Élysée"),
    ("fr-en", "Le projet coûtera 2,5 milliards d'euros selon le ministère.",
     "The project will cost 2.5 billion euros according to the ministry.", "2.5", "2,5"),
    ("fr-en", "a déclaré le maire de Lyon, Grégory Doucet, lors d'une conférence de presse.",
     "said the mayor of Lyon, Gregory Doucet, at a press conference.", "Gregory Doucet", "Grégory Doucet"),
    ("fr-en", "Les agriculteurs ont bloqué l'autoroute A7 pendant trois heures lundi.",
     "Farmers blocked the A7 motorway for three hours on Monday.", "for three hours", "pendant trois heures"),
    ("fr-en", "Accueil > Économie > Entreprises\n\nLa boulangerie ferme ses portes.",
     "Home > Economy > Companies\n\nThe bakery is closing its doors.", "Home > Economy > Companies",
     "Accueil > Économie > Entreprises"),
    # en-de
    ("en-de", "The company has built turbine towers in Dundee since 2011.",
     "Das Unternehmen baut seit 2011 Turbinentürme inDundee.", "inDundee", "Dundee"),
    ("en-de", "Caledon received 12 million pounds in public grants.",
     "Caledon erhielt 12 Millionen Pfund an öffentlichen Zuschüssen.", "12", "12"),
    ("en-de", "Economy Secretary Kate Fraser is expected to visit Dundee on Monday.",
     "Wirtschaftsministerin Kate Fraser wird am Montag in Dundee erwartet.", "Kate Fraser", "Kate Fraser"),
    ("en-de", "Share this article Comments (34)\n\nThe plant will close in March.",
     "Teilen Sie diesen Artikel Kommentare (34)\n\nDas Werk schließt im März.",
     "Teilen Sie diesen Artikel Kommentare (34)", "Share this article Comments (34)"),
    # zh-en
    ("zh-en", "2023年，该公司的营收增长了15%。", "In2023, the company's revenue grew by 15%.", "In2023", "2023"),
    ("zh-en", "苹果公司周二在加州发布了新款iPhone。", "Apple unveiled the new iPhone in California on Tuesday.",
     "iPhone", "iPhone"),
    ("zh-en", "首页 > 财经 > 公司\n\n该公司的营收增长了15%。", "Home > Finance > Companies\n\nThe company's revenue grew by 15%.",
     "Home > Finance > Companies", "首页 > 财经 > 公司"),
]


@pytest.mark.parametrize("langs, source, target, span, expected", MUST_FIND,
                         ids=[f"{c[0]}-{c[3]}" for c in MUST_FIND])
def test_finds_the_narrowest_counterpart(langs, source, target, span, expected):
    assert counterpart(source, target, span, langs) == expected


# Phrases: the counterpart holds the phrase's source words and stops where the phrase does.
PHRASES = [
    ("de-en", "Der Verband werde genau darauf achten, „dass die Zusage nicht nur auf dem Papier steht“, sagte Lenz.",
     "The association would watch closely “that the commitment not only on paper stands”, said Lenz.",
     "the commitment not only on paper stands", "Zusage nicht nur auf dem Papier", "sagte"),
    ("en-de", 'The union accused management of "hiding behind the market" in a statement.',
     "Die Gewerkschaft warf dem Management vor, sich „hinter dem Markt zu verstecken“ in einer Erklärung.",
     "„hinter dem Markt zu verstecken“", '"hiding behind the market"', "union"),
    ("zh-en", "该公司的营收增长了15%，利润也创下新高。", "The company's revenue grew by 15%, and profits hit a record.",
     "grew by 15%", "15%", "利润"),
]


@pytest.mark.parametrize("langs, source, target, span, inside, outside", PHRASES, ids=[c[0] for c in PHRASES])
def test_a_phrase_gets_its_source_phrase(langs, source, target, span, inside, outside):
    found = counterpart(source, target, span, langs)
    assert found is not None and inside in found and outside not in found


# Weak evidence: no link inside the span and no anchors close around it.
MUST_NOT = [
    ("de-en", "Die Bahn hat dafür einen Notfahrplan veröffentlicht, der auch in der App abrufbar ist.",
     "The railway has published anemergency timetable for this, which can also be accessed in the app.",
     "anemergency"),
    ("de-en", "Also sagte er, dass der Plan am Ende scheitern werde.",
     "He also said that in the end the plan would fail.", "also"),  # a false friend, not a link
    ("fr-en", "Le gouvernement a présenté hier un budget très contesté par les syndicats.",
     "The government yesterday presented a budget that the unions strongly contested.", "strongly"),
    ("en-de", "The firm blamed rising steel prices and delays to several offshore wind farms.",
     "Die Firma machte steigende Stahlpreise und Verzögerungen bei mehreren Windparks verantwortlich.",
     "Verzögerungen"),
    ("zh-en", "苹果公司首席执行官蒂姆·库克周二在加州发布了新款iPhone。",
     "Apple CEO Tim Cook unveiled the new iPhone in California on Tuesday.", "Tim Cook"),
]


@pytest.mark.parametrize("langs, source, target, span", MUST_NOT, ids=[f"{c[0]}-{c[3]}" for c in MUST_NOT])
def test_weak_evidence_gives_none(langs, source, target, span):
    assert counterpart(source, target, span, langs) is None


def test_units_read_numbers_whole_and_unspaced_scripts_by_character():
    assert [u.text for u in units("Es kamen 1.500 Gäste", 0, 20, "de")] == ["Es", "kamen", "1.500", "Gäste"]
    assert [u.key for u in units("1.500 / 1,500 / 1 500 / zwölf", 0, 29, "de")] == ["1500"] * 3 + ["12"]
    assert [u.text for u in units("营收增长了15%", 0, 8, "zh")] == ["营", "收", "增", "长", "了", "15"]


def test_units_split_unspaced_characters_inside_a_latin_text():
    # A text without such characters is read by a cheaper pattern: one character of them switches.
    assert [u.text for u in units("Apple发布iPhone 15", 0, 17, "en")] == ["Apple", "发", "布", "iPhone", "15"]
    assert [u.text for u in units("Tom Yumต้มยำ soup", 0, 17, "en")] == ["Tom", "Yum", "ต", "้", "ม", "ย", "ำ", "soup"]
    assert [u.text for u in units("Apple Inc 发布", 0, 9, "en")] == ["Apple", "Inc"]


def _unit(text: str, key: str | None = None) -> Unit:
    return Unit(text, 0, len(text), key or text.lower(), False)


def test_links_are_one_to_one():
    """A word that occurs twice in the translation links once, where the position agrees."""
    source = [_unit("Berlin"), _unit("und"), _unit("Paris")]
    target = [_unit("Berlin"), _unit("and"), _unit("Paris"), _unit("and"), _unit("Berlin")]
    assert [(link.target, link.source) for link in links(source, target, "de", "en")] == [(0, 0), (2, 2)]


def test_a_check_s_narrow_source_is_the_counterpart():
    """A wrong number's finding keeps the source number the check named."""
    result = check_texts("Auf beleuchteten Wiesen fanden die Forschenden 47 Prozent weniger Raupen.",
                         "On lit meadows the researchers found 74 percent fewer caterpillars.", "de", "en")
    found = [f for f in result.findings if f.target.text == "74"]
    assert found and found[0].counterpart is not None and found[0].counterpart.text == "47"


def test_the_word_aligner_narrows_a_sentence_source_and_json_carries_it():
    result = check_texts("Der ukrainische Geheimdienst veröffentlichte eine Meldung. Video,das den Angriff zeigen soll.",
                         "The Ukrainian secret service published a report. Videowhich is said to show the attack.",
                         "de", "en")
    glued = [f for f in result.findings if f.target.text == "Videowhich"]
    assert glued and glued[0].counterpart is not None and glued[0].counterpart.text == "Video"
    out = finding_dict(glued[0], result.aligned.source, result.aligned.target)
    assert out["counterpart"]["text"] == "Video" and out["counterpart"]["file_span"]["line"] == 1


@pytest.mark.parametrize("source, target, langs, linked", [
    ("Präsident", "president", "de-en", True),  # accents folded: a cognate
    ("Gladkow", "Gladkov", "de-en", True),  # the packs' transliteration rules
    ("Knieproblemen", "problems", "de-en", True),  # a compound's part
    ("also", "also", "de-en", False),  # a short word frequent in both: maybe a false friend
    ("die", "die", "de-en", False),
    ("Licht", "night", "de-en", False),
])
def test_link_evidence(source, target, langs, linked):
    src, tgt = (units(text, 0, len(text), lang)[0] for text, lang in zip((source, target), langs.split("-")))
    assert (score(src, tgt, *langs.split("-")) >= LINK) is linked


def test_a_span_over_two_pairs_gets_both_counterparts():
    source = "Der Zug fuhr am Morgen in Mainz ab.\n\nIn Koblenz stiegen 40 Fahrgäste zu."
    target = "The train left Mainz in the morning.\n\nIn Koblenz 40 passengers boarded."
    assert counterpart(source, target, "morning.\n\nIn Koblenz", "de-en") is None  # no evidence for "morning"
    target = "In the morning the train left Mainz.\n\nIn Koblenz 40 passengers boarded."
    assert counterpart(source, target, "Mainz.\n\nIn Koblenz", "de-en") == "Mainz ab.\n\nIn Koblenz"


def test_counterparts_on_the_seed_stay_inside_their_aligned_sentences():
    """Never wider than the sentence: every counterpart the word links found lies in the aligned source."""
    seed = Path(__file__).parent.parent / "corpora" / "seed"
    result = check_texts(read_text(seed / "belgorod.de.txt"), read_text(seed / "belgorod.en.txt"), "de", "en")
    found = [f for f in result.findings if f.counterpart is not None]
    assert len(found) >= len(result.findings) // 2
    for finding in found:
        aligned = result.aligned.source_range_for(finding.target.start, finding.target.end)
        given = finding.counterpart == finding.source
        assert given or aligned[0] <= finding.counterpart.start < finding.counterpart.end <= aligned[1]


def _links_by_scoring_every_candidate(source, target, source_lang, target_lang):
    """Competitive linking with :func:`score` on every unit of the window and every same-key unit near it."""
    from mtcheck.align.words import WINDOW, _PRIOR, _named, _same_key, competitive_links
    n, m = len(source), len(target)
    by_key: dict[str, list[int]] = {}
    for i, unit in enumerate(source):
        by_key.setdefault(unit.key, []).append(i)
    candidates = []
    for j, unit in enumerate(target):
        centre = int((j + 0.5) * n / m)
        low, high = max(0, centre - WINDOW // 2), min(n, centre + WINDOW // 2)
        nearby = () if unit.is_number else range(low, high)
        for i in _same_key(by_key.get(unit.key, []), low, high).union(nearby):
            named = source[i].text == unit.text and _named(source[i], i) and _named(unit, j)
            evidence = score(source[i], unit, source_lang, target_lang, named)
            if evidence >= LINK:
                candidates.append((-(evidence + _PRIOR * (1 - abs((i + 0.5) / n - (j + 0.5) / m))), j, i, evidence))
    return competitive_links(candidates)


@pytest.mark.parametrize("pair", ["de-en", "en-zh", "cs-en"])
def test_word_links_compare_by_spelling_only_what_can_match_by_spelling(pair):
    """The spelling index leaves out numbers and short keys: the links are those of scoring every candidate."""
    source_lang, target_lang = pair.split("-")
    source = ("Präsident Selenskyj sagte am Montag in Kiew, dass 1.500 Soldaten und zwölf Panzer die "
              "Stadt Charkiw erreicht hätten; die Regierung in Moskau bestritt das, so Selenskyj. "
              "Der Euro fiel, sagte Oslo. ") * 4
    target = ("President Zelensky said on Monday in Kyiv that 1,500 soldiers and twelve tanks had reached "
              "the city of Kharkiv; the government in Moscow denied it, Zelensky said. 总统说 2024 "
              "The Euros fell, Oslos said. ") * 4
    su, tu = units(source, 0, len(source), source_lang), units(target, 0, len(target), target_lang)
    found = links(su, tu, source_lang, target_lang)
    assert len(found) >= 16  # names, numbers and cognates of each repeat
    assert found == _links_by_scoring_every_candidate(su, tu, source_lang, target_lang)


def _longest_shared_edge(a: str, b: str) -> int:
    """The longest start or end of either word found inside the other (the rule as the docs state it)."""
    return max((size for size in range(1, min(len(a), len(b)) + 1)
                if a[:size] in b or a[-size:] in b or b[:size] in a or b[-size:] in a), default=0)


def test_a_shared_start_or_end_links_by_its_length_and_share_of_the_shorter_word():
    """Spelling links by a shared start or end of EDGE letters, or of MIN_FUZZY letters that make EDGE_SHARE
    of the shorter word, whatever length is tried first (random words against the rule)."""
    import random

    from rapidfuzz import fuzz

    from mtcheck.align.words import EDGE, EDGE_SHARE, FUZZY, MIN_FUZZY, _spelling

    assert _spelling("knieproblemen", "problems") == _spelling("videowhich", "xvideo") == FUZZY
    assert _spelling("verkehrt", "kehrtwende") == 0.0  # five letters of eight: too small a share
    pick = random.Random(12)
    for _ in range(20_000):
        a = "".join(pick.choice("abcx") for _ in range(pick.randint(4, 14)))
        b = pick.choice(["", "yz", "ab"]) + a[pick.randint(0, 4):pick.randint(5, 14)] + pick.choice(["", "zy", "c"])
        if fuzz.ratio(a, b) / 100 >= FUZZY:
            continue  # alike enough by the ratio alone
        shared, shorter = _longest_shared_edge(a, b), min(len(a), len(b))
        linked = shared >= EDGE or (shared >= MIN_FUZZY and shared >= EDGE_SHARE * shorter)
        assert (_spelling.__wrapped__(a, b) == FUZZY) == linked, (a, b)


def test_word_links_of_random_cognates_are_those_of_scoring_every_candidate():
    """The keys rapidfuzz lets through to the spelling comparison (sharing enough letters in order) are all
    that can link: random words built from shared syllables link as when every candidate is scored."""
    import random

    pick = random.Random(7)
    syllables = ["ber", "lin", "ko", "va", "sch", "aus", "ter", "ne", "pr", "ä", "ow", "ie", "st", "ra"]

    def soup(count: int) -> str:
        return " ".join("".join(pick.choice(syllables) for _ in range(pick.randint(1, 5))) for _ in range(count))

    for _ in range(30):
        source, target = soup(pick.randint(5, 60)), soup(pick.randint(5, 60))
        su, tu = units(source, 0, len(source), "de"), units(target, 0, len(target), "en")
        assert links(su, tu, "de", "en") == _links_by_scoring_every_candidate(su, tu, "de", "en")
