"""Each language pack drives language-dependent checks: a garbled example each must flag, a near-miss it must pass.

MT120 (page navigation) reads a page's buttons through the source language's
furniture words, so a mistranslated "share print comments" line is caught in
every source language; MT113 (foreign quotation marks) reads the target
language's quotation conventions; MT320 (number changed) reads month names on
both sides.  All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from mtcheck.lang.packs import available, pack
from tests.checks.support import Example, flags, passes

BODY_EN = ("The city council approved a network of 40 kilometres of new cycle paths on Thursday. "
           "Construction work is due to begin next spring.")
BODY_DE = ("Der Stadtrat hat am Donnerstag ein Netz von 40 Kilometern neuer Radwege beschlossen. "
           "Die Bauarbeiten sollen im kommenden Frühjahr beginnen.")
# Per source language: the body of the article, a line of share/print/comment buttons, and a headline.
SOURCES = {
    "de": (BODY_DE, "Teilen Drucken Kommentare", "Politik und Sport bestimmen das Wochenende"),
    "fr": ("Le conseil municipal a approuvé jeudi un réseau de 40 kilomètres de nouvelles pistes cyclables. "
           "Les travaux doivent commencer au printemps prochain.",
           "Partager Imprimer Commentaires", "La politique et le sport dominent le week-end"),
    "es": ("El ayuntamiento aprobó el jueves una red de 40 kilómetros de nuevos carriles bici. "
           "Las obras comenzarán la próxima primavera.",
           "Compartir Imprimir Comentarios", "La política y el deporte dominan el fin de semana"),
    "it": ("Il consiglio comunale ha approvato giovedì una rete di 40 chilometri di nuove piste ciclabili. "
           "I lavori dovrebbero iniziare la prossima primavera.",
           "Condividi Stampa Commenti", "Politica e sport dominano il fine settimana"),
    "pt": ("A câmara municipal aprovou na quinta-feira uma rede de 40 quilómetros de novas ciclovias. "
           "As obras deverão começar na próxima primavera.",
           "Partilhar Imprimir Comentários", "A política e o desporto dominam o fim de semana"),
    "nl": ("De gemeenteraad heeft donderdag een netwerk van 40 kilometer nieuwe fietspaden goedgekeurd. "
           "De werkzaamheden beginnen volgend voorjaar.",
           "Delen Printen Reacties", "Politiek en sport bepalen het weekend"),
    "pl": ("Rada miasta zatwierdziła w czwartek sieć 40 kilometrów nowych dróg rowerowych. "
           "Prace mają się rozpocząć wiosną przyszłego roku.",
           "Udostępnij Drukuj Komentarze", "Polityka i sport dominują w ten weekend"),
    "ru": ("Городской совет в четверг одобрил сеть из 40 километров новых велодорожек. "
           "Работы должны начаться следующей весной.",
           "Поделиться Печать Комментарии", "Политика и спорт определяют эти выходные"),
}
# A button line translated word by word into words that are no furniture in English.
GARBLED_EN = "Divide Pressure Remarks"


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def _navigation(lang: str) -> list[Example]:
    body, buttons, headline = SOURCES[lang]
    return [
        flags("MT120", page(buttons, body), page(GARBLED_EN, BODY_EN), f"{lang}-en", span=GARBLED_EN),
        passes("MT120", page(headline, body), page("Politics and sport dominate the weekend", BODY_EN), f"{lang}-en"),
    ]


QUOTE_SOURCE = "“We will build the paths this year,” the mayor said on Thursday."
# Per target language: the quotation with that language's marks, and with marks it does not use.
QUOTES = {
    "en": ("“We will build the paths this year,” the mayor said on Thursday.",
           "„We will build the paths this year“, the mayor said on Thursday."),
    "fr": ("« Nous construirons les pistes cette année », a déclaré jeudi le maire.",
           "„Nous construirons les pistes cette année“, a déclaré jeudi le maire."),
    "es": ("«Construiremos los carriles este año», dijo el alcalde el jueves.",
           "„Construiremos los carriles este año“, dijo el alcalde el jueves."),
    "it": ("«Costruiremo le piste quest'anno», ha detto giovedì il sindaco.",
           "„Costruiremo le piste quest'anno“, ha detto giovedì il sindaco."),
    "pt": ("«Vamos construir as ciclovias este ano», disse o presidente da câmara na quinta-feira.",
           "„Vamos construir as ciclovias este ano“, disse o presidente da câmara na quinta-feira."),
    "nl": ("“We bouwen de fietspaden dit jaar,” zei de burgemeester donderdag.",
           "»We bouwen de fietspaden dit jaar«, zei de burgemeester donderdag."),
    "pl": ("„Zbudujemy drogi jeszcze w tym roku” – powiedział w czwartek burmistrz.",
           "“Zbudujemy drogi jeszcze w tym roku” – powiedział w czwartek burmistrz."),
    "ru": ("«Мы построим дорожки в этом году», — сказал в четверг мэр.",
           "“Мы построим дорожки в этом году”, — сказал в четверг мэр."),
}


def _foreign_marks(lang: str) -> list[Example]:
    source, langs = (QUOTE_SOURCE, f"en-{lang}") if lang != "en" else (
        "„Wir bauen die Wege noch in diesem Jahr“, sagte der Bürgermeister am Donnerstag.", "de-en")
    good, bad = QUOTES[lang]
    return [flags("MT113", source, bad, langs), passes("MT113", source, good, langs)]


MONTH_EN = "The bridge will open on 17 March."
# Per language: the date of MONTH_EN, and the same sentence with the wrong month (May).
MONTHS = {
    "de": ("Die Brücke wird am 17. März eröffnet.", "Die Brücke wird am 17. Mai eröffnet."),
    "fr": ("Le pont ouvrira le 17 mars.", "Le pont ouvrira le 17 mai."),
    "es": ("El puente se inaugurará el 17 de marzo.", "El puente se inaugurará el 17 de mayo."),
    "it": ("Il ponte sarà inaugurato il 17 marzo.", "Il ponte sarà inaugurato il 17 maggio."),
    "pt": ("A ponte será inaugurada a 17 de março.", "A ponte será inaugurada a 17 de maio."),
    "nl": ("De brug wordt op 17 maart geopend.", "De brug wordt op 17 mei geopend."),
    "pl": ("Most zostanie otwarty 17 marca.", "Most zostanie otwarty 17 maja."),
    "ru": ("Мост откроют 17 марта.", "Мост откроют 17 мая."),
}


def _months(lang: str) -> list[Example]:
    good, bad = MONTHS[lang]
    return [
        flags("MT320", MONTH_EN, bad, f"en-{lang}"),
        passes("MT320", MONTH_EN, good, f"en-{lang}"),
        flags("MT320", good, "The bridge will open on 17 May.", f"{lang}-en", span="May"),
        passes("MT320", good, MONTH_EN, f"{lang}-en"),
    ]


EXAMPLES = [
    *(e for lang in SOURCES for e in _navigation(lang)),
    flags("MT120", page("Share Print Comments", BODY_EN), page("Aktie Druck Bemerkungen", BODY_DE), "en-de",
          span="Aktie Druck Bemerkungen"),
    passes("MT120", page("Politics and sport dominate the weekend", BODY_EN),
           page("Politik und Sport bestimmen das Wochenende", BODY_DE), "en-de"),
    *(e for lang in QUOTES for e in _foreign_marks(lang)),
    *(e for lang in MONTHS for e in _months(lang)),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_pack_examples(example: Example) -> None:
    example.verify()


def test_every_full_pack_has_examples() -> None:
    """A pack that declares its roles (source, target) comes with flag and near-miss examples here."""
    covered = {lang for e in EXAMPLES for lang in e.langs.split("-")}
    full = {code for code in available() if pack(code).items("roles")}
    assert full >= {"de", "en", "fr", "es", "it", "pt", "nl", "pl", "ru"} and covered >= full
