"""Examples for the glossary checks, which need a configured glossary to do anything."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from mtcheck.run.api import check_texts
from mtcheck.findings import Finding
from mtcheck.options import Options
from tests.checks.support import Example, flags, passes

GLOSSARY = {"Bundeskanzler": "Federal Chancellor", "Chancellor": "Bundeskanzler", "ministre": "minister"}
KEEP = ("Ukrainska Pravda", "Der Spiegel", "Le Monde")


@dataclass(frozen=True)
class GlossaryExample(Example):
    """An example run with the glossary above configured."""

    def findings(self) -> list[Finding]:
        src_lang, tgt_lang = self.langs.split("-")
        options = Options(select=(self.code,), glossary=GLOSSARY, keep_names=KEEP)
        result = check_texts(self.source, self.target, src_lang, tgt_lang, options)
        return [f for f in result.findings if f.code == self.code]


def configured(example: Example) -> GlossaryExample:
    return GlossaryExample(**vars(example))


EXAMPLES = [configured(e) for e in [
    flags("MT330", "Der Bundeskanzler reiste am Montag nach Paris.",
          "The chancellor of Germany travelled to Paris on Monday.", span="chancellor of Germany"),
    flags("MT330", "Die Rede des Bundeskanzlers war kurz. Danach gingen alle nach Hause.",
          "The head of government's speech was short. Then everyone went home.",
          span="head of government's speech"),
    flags("MT330", "The Chancellor met the press on Friday.", "Die Kanzlerin traf am Freitag die Presse.",
          "en-de", span="Kanzlerin"),
    flags("MT330", "Le ministre a annoncé une réforme.", "The secretary announced a reform.", "fr-en",
          span="secretary"),
    passes("MT330", "Der Bundeskanzler reiste am Montag nach Paris.",
           "The Federal Chancellor travelled to Paris on Monday."),
    passes("MT330", "Die Rede des Bundeskanzlers war kurz.", "The Federal Chancellor's speech was short."),
    passes("MT330", "Der Kanzler der Universität sprach.", "The chancellor of the university spoke."),
    passes("MT330", "Die Ministerin sprach. Der Bundeskanzler schwieg.",
           "The Federal Chancellor said nothing. The minister spoke."),
    passes("MT330", "Le ministre a annoncé une réforme.", "The minister announced a reform.", "fr-en"),
    flags("MT331", "Das berichtete Ukrainska Pravda am Dienstag.", "Ukrainian Truth reported this on Tuesday.",
          span="Ukrainian Truth"),
    flags("MT331", "Selon Le Monde, le sommet est reporté.", "According to The World, the summit is postponed.",
          "fr-en", span="The World"),
    passes("MT331", "Das berichtete Ukrainska Pravda am Dienstag.",
           "Ukrainska Pravda reported this on Tuesday."),
    passes("MT331", "Der Spiegel berichtete zuerst.", "Der Spiegel was the first to report it."),
    passes("MT331", "Ein Spiegel hing an der Wand.", "A mirror hung on the wall."),
    passes("MT331", "Le monde entier regarde.", "The whole world is watching.", "fr-en"),
]]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_glossary_examples(example):
    example.verify()


def test_no_glossary_no_findings():
    result = check_texts("Der Bundeskanzler reiste ab.", "The chancellor left.", "de", "en",
                         Options(select=("MT33",)))
    assert result.findings == []
