import pytest

from tests.checks.support import flags, passes

# A short article, paragraph by paragraph, as (German, English) sentence pairs.
ARTICLE = [
    [("Stadtrat beschließt neues Radwegenetz für Kassel",
      "City council approves new cycle path network for Kassel")],
    [("Nach jahrelanger Debatte hat der Kasseler Stadtrat am Donnerstagabend ein Netz von 40 Kilometern "
      "neuer Radwege beschlossen.",
      "After years of debate, Kassel city council approved a network of 40 kilometres of new cycle paths "
      "on Thursday evening."),
     ("Die Bauarbeiten sollen im kommenden Frühjahr beginnen.", "Construction work is due to begin next spring.")],
    [("Kassel – Die Entscheidung fiel mit 38 zu 21 Stimmen deutlicher aus als erwartet.",
      "Kassel – The decision, by 38 votes to 21, was clearer than expected."),
     ("Besonders umstritten war die geplante Umgestaltung der Wilhelmshöher Allee, auf der künftig eine "
      "Autospur wegfallen soll.",
      "The planned redesign of Wilhelmshöher Allee, where one car lane is to disappear in future, was "
      "particularly controversial."),
     ("Die Opposition warnte vor Staus im Berufsverkehr und kündigte an, die Pläne genau zu prüfen.",
      "The opposition warned of traffic jams during rush hour and announced that it would examine the "
      "plans closely.")],
    [("Verkehrsdezernentin Miriam Albers verteidigte das Projekt in der Sitzung.",
      "Head of transport Miriam Albers defended the project at the meeting."),
     ("„Wer sicher Rad fahren kann, lässt das Auto öfter stehen“, sagte sie.",
      "“People who can cycle safely leave the car at home more often,” she said."),
     ("Die Stadt rechnet mit Kosten von rund 26 Millionen Euro, von denen das Land etwa die Hälfte "
      "übernehmen will.",
      "The city expects costs of around 26 million euros, about half of which the state intends to cover.")],
    [("Der Fahrradclub ADFC begrüßte den Beschluss, forderte aber einen schnelleren Zeitplan.",
      "The cycling club ADFC welcomed the decision but called for a faster timetable."),
     ("Bis 2030 sollen alle Stadtteile über sichere Radwege mit der Innenstadt verbunden sein.",
      "By 2030, all districts are to be connected to the city centre by safe cycle paths."),
     ("Ob das gelingt, hängt nach Angaben der Verwaltung auch von der Zahl der verfügbaren Baufirmen ab.",
      "According to the administration, whether this succeeds also depends on the number of construction "
      "firms available.")],
]


def text(side: int, edits: dict[tuple[int, int], str | None] | None = None) -> str:
    """One side of the article (0 German, 1 English), with sentences replaced or dropped (None)."""
    edits = edits or {}
    paragraphs = []
    for p, sentences in enumerate(ARTICLE):
        kept = [edits.get((p, s), pair[side]) for s, pair in enumerate(sentences)]
        kept = [k for k in kept if k is not None]
        if kept:
            paragraphs.append(" ".join(kept))
    return "\n\n".join(paragraphs)


DE, EN = text(0), text(1)
ADDED = "Experts expect the city to raise parking fees in the centre as well next year."
SHORTENED = "The planned redesign of Wilhelmshöher Allee was controversial."
INFLATED = ("The cycling club ADFC, which has around 1,200 members in the region and has campaigned for years "
            "for better infrastructure, welcomed the decision but called for a faster timetable.")

EXAMPLES = [
    # MT220 omission
    flags("MT220", DE, text(1, {(3, 2): None}), span="she said."),
    flags("MT220", EN, text(0, {(4, 0): None, (4, 1): None, (4, 2): None}), "en-de", span="übernehmen will."),
    flags("MT220", DE, text(1, {(4, 1): None}), span="timetable."),
    passes("MT220", DE, EN),
    passes("MT220", DE, text(1, {(1, 0): "After years of debate, Kassel city council approved a network of 40 "
                                         "kilometres of new cycle paths on Thursday evening, and construction "
                                         "work is due to begin next spring.", (1, 1): None})),
    passes("MT220", "Drucken Teilen\n\n" + DE, EN),
    passes("MT220", EN, text(0), "en-de"),
    # MT221 addition
    flags("MT221", DE, text(1, {(3, 2): ARTICLE[3][2][1] + " " + ADDED}), span=ADDED),
    flags("MT221", DE, text(1, {(3, 0): "Several hundred cyclists had gathered in front of the town hall. "
                                        + ARTICLE[3][0][1]}), span="Several hundred cyclists"),
    flags("MT221", EN, text(0, {(4, 2): ARTICLE[4][2][0] + " Die Stadt will zudem 300 neue Fahrradständer "
                                                           "am Hauptbahnhof aufstellen lassen."}),
          "en-de", span="Fahrradständer"),
    passes("MT221", DE, EN),
    passes("MT221", DE, text(1, {(3, 2): "The city expects costs of around 26 million euros. "
                                         "The state intends to cover about half of them."})),
    passes("MT221", DE, "Share on Facebook Comments\n\n" + EN),
    # one source sentence split in two, a figure written otherwise ("sechs" as "6"): the name tells
    passes("MT221", text(0, {(3, 0): "Dezernentin Albers (sechs Jahre) verteidigte das Projekt."}),
           text(1, {(3, 0): "At the meeting, the head of transport defended the project. "
                            "Miriam Albers has held the post for 6 years."})),
    flags("MT221", DE, text(1, {(2, 1): ARTICLE[2][1][1] + " Residents of Wilhelmshöhe have collected "
                                                           "4,000 signatures against it."}), span="Residents"),
    # MT222 length-ratio
    flags("MT222", DE, text(1, {(2, 1): SHORTENED}), span=SHORTENED),
    flags("MT222", DE, text(1, {(4, 0): INFLATED}), span="welcomed the decision"),
    passes("MT222", DE, EN),
    passes("MT222", DE, text(1, {(1, 1): "Work starts in spring."})),
    # a short sentence said compactly: half the length, but no clause missing
    passes("MT222", DE, text(1, {(4, 0): "The ADFC welcomed it but wanted more speed."})),
    passes("MT222", EN, text(0), "en-de"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_structure_examples(example):
    example.verify()


def test_gaps_in_one_long_paragraph_classify_its_text_once(monkeypatch):
    """The article on one line with two sentences dropped: each gap asks whether its source paragraph is
    furniture, and the paragraph (a whole huge line, in the worst case) is classified once, not per gap."""
    import mtcheck.checks.structure as structure
    from mtcheck.run.api import check_texts
    from mtcheck.options import Options

    classified = []
    classify = structure.classify
    monkeypatch.setattr(structure, "classify", lambda text, *args: classified.append(text) or classify(text, *args))
    one_line = " ".join(text(1, {(2, 1): None, (3, 2): None}).split("\n\n"))
    result = check_texts(" ".join(DE.split("\n\n")), one_line, "de", "en", Options(select=("MT220", "MT221")))
    assert any(f.code == "MT220" for f in result.findings)
    assert len(classified) == 1
