"""Round-trip checks, driven by back-translations whose wording the examples control.

Each example is one sentence pair and its back-translation, checked as part
of a short article of six ordinary sentences (with ordinary
back-translations), so that the document has a distribution for the
sentence to stand out from.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from mtcheck.run.api import check_documents
from mtcheck.text.document import Document
from mtcheck.findings import Finding
from mtcheck.options import Options
from mtcheck.translate.precomputed import PrecomputedTranslator, back_translation
from tests.checks.support import Example

# (source, target, back-translation) of an ordinary article, per language pair.
CONTEXT = {
    "de-en": [
        ("Die Stadtverwaltung hat am Dienstag den Haushalt für das kommende Jahr vorgestellt.",
         "The city administration presented the budget for the coming year on Tuesday.",
         "Die Stadtverwaltung stellte am Dienstag das Budget für das kommende Jahr vor."),
        ("Demnach sollen die Ausgaben für Schulen um zwölf Prozent steigen.",
         "According to the plan, spending on schools is to rise by twelve percent.",
         "Nach dem Plan sollen die Ausgaben für Schulen um zwölf Prozent steigen."),
        ("Die Opposition kritisierte, dass zu wenig Geld für den Nahverkehr vorgesehen sei.",
         "The opposition criticised that too little money had been earmarked for local transport.",
         "Die Opposition kritisierte, dass zu wenig Geld für den lokalen Verkehr vorgesehen worden sei."),
        ("Der Kämmerer verteidigte den Entwurf in einer langen Rede vor dem Stadtrat.",
         "The treasurer defended the draft in a long speech to the city council.",
         "Der Schatzmeister verteidigte den Entwurf in einer langen Rede vor dem Stadtrat."),
        ("Eine Abstimmung über den Haushalt ist für Ende März geplant.",
         "A vote on the budget is planned for the end of March.",
         "Eine Abstimmung über das Budget ist für Ende März geplant."),
        ("Bis dahin können Bürgerinnen und Bürger im Internet Vorschläge einreichen.",
         "Until then, citizens can submit proposals online.",
         "Bis dahin können die Bürger Vorschläge online einreichen."),
    ],
    "en-de": [
        ("The city council presented its budget for the coming year on Tuesday.",
         "Der Stadtrat hat am Dienstag seinen Haushalt für das kommende Jahr vorgestellt.",
         "The city council presented its budget for next year on Tuesday."),
        ("Spending on schools is to rise by twelve percent.",
         "Die Ausgaben für Schulen sollen um zwölf Prozent steigen.",
         "Expenditure on schools should increase by twelve percent."),
        ("The opposition said too little money had been set aside for buses and trams.",
         "Die Opposition sagte, es sei zu wenig Geld für Busse und Straßenbahnen vorgesehen.",
         "The opposition said that too little money was earmarked for buses and trams."),
        ("The treasurer defended the draft in a long speech to the council.",
         "Der Kämmerer verteidigte den Entwurf in einer langen Rede vor dem Rat.",
         "The treasurer defended the draft in a long speech in front of the council."),
        ("A vote on the budget is planned for the end of March.",
         "Eine Abstimmung über den Haushalt ist für Ende März geplant.",
         "A vote on the budget is scheduled for the end of March."),
        ("Until then, residents can submit proposals online.",
         "Bis dahin können Einwohner online Vorschläge einreichen.",
         "Until then, residents can submit proposals online."),
    ],
    "fr-en": [
        ("La mairie a présenté mardi son budget pour l'année prochaine.",
         "The town hall presented its budget for next year on Tuesday.",
         "La mairie a présenté mardi son budget pour l'an prochain."),
        ("Les dépenses consacrées aux écoles doivent augmenter de douze pour cent.",
         "Spending on schools is to increase by twelve percent.",
         "Les dépenses pour les écoles doivent augmenter de douze pour cent."),
        ("L'opposition a estimé que trop peu d'argent était prévu pour les transports publics.",
         "The opposition felt that too little money had been set aside for public transport.",
         "L'opposition a estimé que trop peu d'argent avait été réservé aux transports publics."),
        ("L'adjoint aux finances a défendu le projet dans un long discours devant le conseil.",
         "The deputy for finance defended the draft in a long speech to the council.",
         "L'adjoint aux finances a défendu le projet dans un long discours au conseil."),
        ("Un vote sur le budget est prévu pour la fin du mois de mars.",
         "A vote on the budget is planned for the end of March.",
         "Un vote sur le budget est prévu pour la fin mars."),
        ("D'ici là, les habitants peuvent déposer leurs propositions en ligne.",
         "Until then, residents can submit their proposals online.",
         "D'ici là, les habitants peuvent soumettre leurs propositions en ligne."),
    ],
}


def article(langs: str, source: str, target: str, back: str) -> tuple[Document, Document, PrecomputedTranslator]:
    """The example as the first paragraph of the context article of ``langs``, and its back-translation.

    First, so that target offsets of the example and of the article agree.
    """
    src_lang, tgt_lang = langs.split("-")
    context = CONTEXT[langs]
    src = Document(source + "\n\n" + " ".join(c[0] for c in context), src_lang)
    tgt = Document(target + "\n\n" + " ".join(c[1] for c in context), tgt_lang)
    return src, tgt, back_translation(Document(back + "\n\n" + " ".join(c[2] for c in context), src_lang), tgt)


@dataclass(frozen=True)
class RoundTripExample(Example):
    """An example with the back-translation of its target, and the source span a flag must have."""

    back: str = ""
    source_span: str | None = None

    def findings(self) -> list[Finding]:
        """Findings of this example's check, the example being part of an ordinary article."""
        source, target, translator = article(self.langs, self.source, self.target, self.back)
        result = check_documents(source, target, Options(select=(self.code,)), translator=translator)
        return [f for f in result.findings if f.code == self.code]

    def verify(self) -> None:
        """As for any example, and the source span must be ``source_span`` when given."""
        super().verify()
        if self.source_span is not None:
            assert [f.source.text for f in self.findings()] == [self.source_span]


def flags(code, source, target, back, langs="de-en", span=None, source_span=None) -> RoundTripExample:
    """An example ``code`` must flag (at ``span``, from ``source_span``, when given)."""
    return RoundTripExample(code, True, source, target, langs, span, back, source_span)


def passes(code, source, target, back, langs="de-en") -> RoundTripExample:
    """A near-miss ``code`` must not flag."""
    return RoundTripExample(code, False, source, target, langs, back=back)


EXAMPLES = [
    # MT340: says something else, at about the same length.
    flags("MT340", "Die Gewerkschaft rief für Donnerstag zu einem ganztägigen Warnstreik im Nahverkehr auf.",
          "The weather service expects heavy rain and strong winds in the north of the country on Thursday.",
          "Der Wetterdienst erwartet am Donnerstag starken Regen und kräftigen Wind im Norden des Landes.",
          span="The weather service expects heavy rain and strong winds in the north of the country on Thursday."),
    flags("MT340", "Die Gemeinde will das alte Hallenbad abreißen und an seiner Stelle Wohnungen bauen.",
          "The community wants to tear down the old hall and build a museum of local history there.",
          "Die Gemeinde möchte die alte Halle niederreißen und dort ein Heimatmuseum errichten."),
    flags("MT340", "Police said the driver had been travelling far too fast on the icy road.",
          "Die Bundesliga-Saison beginnt in diesem Jahr bereits Mitte August mit einem Topspiel.",
          "The Bundesliga season starts as early as mid-August this year with a top match.", "en-de"),
    passes("MT340", "Der Kämmerer rechnet im kommenden Jahr mit deutlich höheren Einnahmen aus der Gewerbesteuer.",
           "The treasurer expects significantly higher revenue from business tax next year.",
           "Der Schatzmeister erwartet im nächsten Jahr erheblich höhere Einnahmen aus der Unternehmenssteuer."),
    passes("MT340", "Er schwieg lange.", "He said nothing for a long time.", "Er sagte lange nichts."),
    passes("MT340", "Le maire a inauguré le nouveau pont sur la Loire samedi matin.",
           "The mayor opened the new bridge over the Loire on Saturday morning.",
           "Le maire a ouvert le nouveau pont sur la Loire samedi matin.", "fr-en"),
    # MT341: part of the source does not come back.
    flags("MT341", "Der Zug fiel aus, weil ein Baum auf die Gleise gestürzt war.",
          "The train was cancelled.", "Der Zug wurde gestrichen.",
          span="The train was cancelled.", source_span="weil ein Baum auf die Gleise gestürzt war"),
    flags("MT341", "Die Feuerwehr löschte den Brand nach drei Stunden, verletzt wurde nach Angaben der Polizei niemand.",
          "The fire brigade put out the fire after three hours.",
          "Die Feuerwehr löschte das Feuer nach drei Stunden.",
          source_span="verletzt wurde nach Angaben der Polizei niemand"),
    flags("MT341", "The minister, who had been under pressure for weeks, resigned on Friday evening.",
          "Der Minister trat am Freitagabend zurück.", "The minister resigned on Friday evening.", "en-de",
          source_span="who had been under pressure for weeks"),
    passes("MT341", "Der Zug fiel aus, weil ein Baum auf die Gleise gestürzt war.",
           "The train was cancelled because a tree had fallen onto the tracks.",
           "Der Zug wurde gestrichen, weil ein Baum auf die Schienen gefallen war."),
    passes("MT341", "Die Veranstaltung, die im Rathaus stattfinden sollte, wurde auf unbestimmte Zeit verschoben.",
           "The event planned for the town hall was postponed indefinitely.",
           "Die im Rathaus geplante Veranstaltung wurde auf unbestimmte Zeit verschoben."),
    passes("MT341", "Le conseil municipal, réuni en séance extraordinaire, a approuvé le projet.",
           "The town council, meeting in an extraordinary session, approved the project.",
           "Le conseil municipal, réuni en session extraordinaire, a approuvé le projet.", "fr-en"),
    # MT342: the translation says more than the source.
    flags("MT342", "Der Bürgermeister eröffnete am Samstag die Brücke.",
          "The mayor, who was re-elected in 2019 with a large majority, opened the bridge on Saturday.",
          "Der Bürgermeister, der 2019 mit großer Mehrheit wiedergewählt wurde, eröffnete am Samstag die Brücke.",
          span="who was re-elected in 2019 with a large majority"),
    flags("MT342", "Die Polizei nahm am Sonntag zwei Männer fest.",
          "The police arrested two men on Sunday and seized several weapons and a large amount of cash in their flat.",
          "Die Polizei nahm am Sonntag zwei Männer fest und beschlagnahmte mehrere Waffen und eine große Menge "
          "Bargeld in ihrer Wohnung."),
    flags("MT342", "Police arrested two men on Sunday.",
          "Die Polizei nahm am Sonntag zwei Männer fest, die zuvor in Hamburg einen Geldtransporter überfallen hatten.",
          "Police arrested two men on Sunday who had previously robbed a cash transport van in Hamburg.", "en-de"),
    passes("MT342", "Die CDU gewann die Wahl deutlich.", "The Christian Democrats (CDU) clearly won the election.",
           "Die Christdemokraten (CDU) gewannen die Wahl deutlich."),
    passes("MT342", "Der Bürgermeister eröffnete am Samstag die neue Brücke über den Fluss.",
           "The mayor opened the new bridge over the river on Saturday.",
           "Der Bürgermeister eröffnete am Samstag die neue Brücke über den Fluss."),
    passes("MT342", "Le président a signé la loi mardi soir à l'Élysée.",
           "The president signed the law on Tuesday evening at the Élysée Palace.",
           "Le président a signé la loi mardi soir au palais de l'Élysée.", "fr-en"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_round_trip_examples(example):
    example.verify()


GARBLED = ("Der Geheimdienst veröffentlichte laut der Zeitung Prawda ein Video, das den Angriff der Rebellen zeigen soll.",
           "The newspaper Pravda Intelligence Service released Videowhich rebels attack is to show.")


def test_heuristic_finding_confirmed_by_the_round_trip_carries_both_signals():
    back = "Die Zeitung Pravda Nachrichtendienst gab Videowhich Rebellen Angriff frei ist zu zeigen."
    source, target, translator = article("de-en", *GARBLED, back)
    result = check_documents(source, target, Options(select=("MT101", "MT340")), translator=translator)
    assert [f.code for f in result.findings] == ["MT101"]  # the meaning shift is folded into it
    evidence = result.findings[0].evidence
    assert evidence["signals"] == ["heuristic", "round-trip"]
    assert evidence["round_trip"][0]["back_translation"] == back


def test_heuristic_finding_without_round_trip_support_says_so():
    back = "Der Geheimdienst veröffentlichte laut der Zeitung Pravda ein Videowhich, das den Angriff der Rebellen zeigen soll."
    source, target, translator = article("de-en", *GARBLED, back)
    result = check_documents(source, target, Options(select=("MT101", "MT340")), translator=translator)
    assert [(f.code, f.evidence["signals"]) for f in result.findings] == [("MT101", ["heuristic"])]
