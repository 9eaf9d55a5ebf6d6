"""Alignment copes with omitted, added, split and merged segments."""

from pathlib import Path

from mtcheck.align.aligner import align
from mtcheck.text.document import Document, read_text

SEED = Path(__file__).parent.parent / "corpora" / "seed"

SOURCE = [
    "Der Stadtrat hat am Montag den Haushalt für 2025 beschlossen.",
    "Die Schulden steigen um 12 Millionen Euro auf insgesamt 340 Millionen Euro.",
    "Bürgermeisterin Anna Keller verteidigte die Pläne im Rathaus gegen heftige Kritik der Opposition.",
    "Die Grünen kritisierten vor allem die Kürzungen beim Nahverkehr und bei den Radwegen.",
    "Die Abstimmung endete mit 31 zu 18 Stimmen.",
    "Der Haushalt tritt am 1. Januar in Kraft.",
]
TARGET = [
    "On Monday the city council passed the budget for 2025.",
    "Debt rises by 12 million euros to a total of 340 million euros.",
    "Mayor Anna Keller defended the plans in the town hall against fierce criticism from the opposition.",
    "The Greens criticised above all the cuts to public transport and cycle paths.",
    "The vote ended 31 to 18.",
    "The budget takes effect on 1 January.",
]


def _paragraph_links(source, target, src_lang="de", tgt_lang="en"):
    src = Document("\n\n".join(source), src_lang)
    tgt = Document("\n\n".join(target), tgt_lang)
    return [(l.source, l.target) for l in align(src, tgt).paragraphs]


def test_identity_alignment():
    assert _paragraph_links(SOURCE, TARGET) == [((i,), (i,)) for i in range(6)]


def test_omitted_paragraph_costs_only_itself():
    links = _paragraph_links(SOURCE, TARGET[:3] + TARGET[4:])
    assert ((3,), ()) in links
    assert ((4,), (3,)) in links and ((5,), (4,)) in links


def test_added_paragraph_costs_only_itself():
    extra = "Readers can comment on this article below and share it with friends on social media."
    links = _paragraph_links(SOURCE, TARGET[:2] + [extra] + TARGET[2:])
    assert ((), (2,)) in links
    assert ((2,), (3,)) in links and ((5,), (6,)) in links


def test_merged_and_split_paragraphs():
    merged = TARGET[:1] + [TARGET[1] + " " + TARGET[2]] + TARGET[3:]
    assert ((1, 2), (1,)) in _paragraph_links(SOURCE, merged)
    split_source = SOURCE[:1] + [SOURCE[1] + " " + SOURCE[2]] + SOURCE[3:]
    assert ((1,), (1, 2)) in _paragraph_links(split_source, TARGET)


def test_other_language_pairs_align_too():
    english = TARGET
    spanish = [
        "El lunes el ayuntamiento aprobó el presupuesto para 2025.",
        "La deuda aumenta en 12 millones de euros hasta un total de 340 millones de euros.",
        "La alcaldesa Anna Keller defendió los planes en el ayuntamiento frente a duras críticas de la oposición.",
        "Los Verdes criticaron sobre todo los recortes en el transporte público y los carriles bici.",
        "La votación terminó 31 a 18.",
        "El presupuesto entra en vigor el 1 de enero.",
    ]
    assert _paragraph_links(spanish, english[:4] + english[5:], "es", "en")[4] == ((4,), ())


CHINESE = [
    "山药的作用：味甘，性平，归脾、肺、肾经。",
    "健脾养胃，补肺益肾，生津止渴。",
    "百合的作用：味甘，微寒，归心、肺经。",
    "润肺止咳，清心安神，美容养颜。",
    "银耳的作用：味甘淡，性平，归肺、胃经。",
    "滋阴润肺，养胃生津，益气补脑。",
    "这道汤做法简单，适合全家人一起喝。",
    "冬天多喝汤，身体会更健康！",
]
ENGLISH = [
    "Functions of Chinese yam: sweet in taste and neutral in nature, belonging to the spleen, lung and kidney channels.",
    "Strengthen the spleen and nourish the stomach, tonify the lung and benefit the kidney, "
    "and promote the production of body fluids to quench thirst.",
    "Functions of lily bulbs: sweet in taste and slightly cold in nature, belonging to the heart and lung channels.",
    "Moisten the lung and relieve coughs, clear the heart and calm the mind, and keep the skin beautiful.",
    "Functions of white fungus: sweet and bland in taste, neutral in nature, belonging to the lung and stomach channels.",
    "Nourish yin and moisten the lung, nourish the stomach and produce body fluids, replenish qi and benefit the brain.",
    "This soup is easy to make and suitable for the whole family.",
    "Drink more soup in winter and your body will be healthier!",
]


def test_chinese_to_english_lengths_vary_in_english_characters():
    """Short Chinese lines spelled out at varying length are not merged in pairs (the spread counts English characters)."""
    assert _paragraph_links(CHINESE, ENGLISH, "zh", "en") == [((i,), (i,)) for i in range(len(CHINESE))]


def test_english_to_chinese_alignment_is_unchanged():
    """Towards the shorter script the spread stays in source characters."""
    assert _paragraph_links(ENGLISH, CHINESE, "en", "zh") == [((i,), (i,)) for i in range(len(CHINESE))]

def test_seed_paragraphs_align_one_to_one():
    src = Document(read_text(SEED / "belgorod.de.txt"), "de")
    tgt = Document(read_text(SEED / "belgorod.en.txt"), "en")
    alignment = align(src, tgt)
    assert [(l.source, l.target) for l in alignment.paragraphs] == [((i,), (i,)) for i in range(19)]
    # The target split one source sentence where a link was lost: a 1-2 link.
    assert any(l.kind == "1-2" for l in alignment.sentences)


def test_one_empty_side_links_every_segment_alone():
    from mtcheck.align.aligner import align_segments

    target = Document("\n\n".join(f"Sentence number {i} stands here." for i in range(20)), "en").paragraphs
    links = align_segments([], target, 1.0)
    assert [(l.source, l.target) for l in links] == [((), (j,)) for j in range(20)]


def test_lopsided_counts_still_align():
    from mtcheck.align.aligner import align_segments

    source = Document("Ein einziger Satz steht hier.", "de").paragraphs
    target = Document("\n\n".join(f"Sentence number {i} stands here." for i in range(40)), "en").paragraphs
    links = align_segments(source, target, 1.0)
    assert sorted(j for l in links for j in l.target) == list(range(40))
    assert [i for l in links for i in l.source] == [0]


def _numbered(count: int, words: str, lang: str, skip: int | None = None) -> list:
    texts = [f"{words} {i} with the name Person{i} in it." for i in range(count) if i != skip]
    return Document("\n\n".join(texts), lang).paragraphs


def test_long_lists_align_one_to_one_in_a_narrow_band():
    from mtcheck.align.aligner import align_segments

    links = align_segments(_numbered(400, "Absatz Nummer", "de"), _numbered(400, "Paragraph number", "en"), 1.0)
    assert [(l.source, l.target) for l in links] == [((i,), (i,)) for i in range(400)]


def test_long_lists_follow_an_omission_far_from_the_diagonal():
    from mtcheck.align.aligner import align_segments

    source = _numbered(400, "Absatz Nummer", "de")
    target = [p for k in range(0, 400, 100) for p in _numbered(400, "Paragraph number", "en")[k:k + 50]]
    links = align_segments(source, target, 1.0)
    kept = [(l.source[0], target[l.target[0]].text) for l in links if l.source and l.target]
    assert len(kept) == 200 and all(f"Person{i} " in text for i, text in kept)


def test_sentences_of_and_lookups_by_index_agree_with_scans():
    src = Document(read_text(SEED / "belgorod.de.txt"), "de")
    tgt = Document(read_text(SEED / "belgorod.en.txt"), "en")
    from mtcheck.align.context import AlignedDocument

    doc = AlignedDocument(src, tgt, align(src, tgt))
    for para in tgt.paragraphs:
        assert tgt.sentences_of(para.index) == [s for s in tgt.sentences if s.paragraph == para.index]
    for offset in range(0, len(tgt.text), 7):
        scanned = [p for p in doc.pairs if p.target_range and p.target_range[0] <= offset < p.target_range[1]]
        assert doc.pair_at(offset) == (scanned[0] if scanned else None)
        ranges = [p.source_range for p in doc.pairs if p.source_range and p.target_range
                  and p.target_range[0] < offset + 30 and offset < p.target_range[1]]
        expected = (min(r[0] for r in ranges), max(r[1] for r in ranges)) if ranges else None
        assert doc.source_range_for(offset, offset + 30) == expected
