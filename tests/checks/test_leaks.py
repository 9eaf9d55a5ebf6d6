import pytest

from tests.checks.support import flags, passes

VERB_FINAL = [
    flags("MT210", "Das Ministerium habe gelogen, als es behauptete, es habe das Korps nach der Operation "
          "vom Dienstag eliminiert.",
          "The ministry lied when it claimed it had the corps after Tuesday's operation eliminated.",
          span="had the corps after Tuesday's operation eliminated"),
    flags("MT210", "Der Angriff wurde am Dienstag abgewehrt.", "The attack was on Tuesday repelled.",
          span="was on Tuesday repelled"),
    flags("MT210", "Die Stadt will die Schulen am Montag schließen.",
          "The city wants the schools on Monday close.", span="wants the schools on Monday close"),
    flags("MT210", "Die Gemeinde prüft, ob der Vertrag verlängert wurde.",
          "The municipality is checking whether the contract renewed was.", span="the contract renewed was"),
    flags("MT210", "De regering heeft de belastingen na de verkiezing verhoogd.",
          "The government has the taxes after the election raised.", "nl-en",
          span="has the taxes after the election raised"),
    flags("MT210", "Die Klinik versichert, dass die Zusage nicht nur auf dem Papier steht.",
          "The clinic assures that the commitment not only on paper stands.", span="the commitment not only"),
    flags("MT210", "Die Stadt betont, dass der Vertrag eigentlich einen Halbstundentakt vorsieht.",
          "The city stresses that the contract actually a half-hourly service provides.",
          span="the contract actually"),
    passes("MT210", "Er sagte, dass die Regierung diese Woche zurücktrat.",
           "He said that the government this week resigned."),
    passes("MT210", "Sie weiß, dass der Preis des Öls steigt.", "She knows that the price of the oil rises."),
    passes("MT210", "Sie weiß, dass die Firma das nicht plant.", "She knows that the company does not plan it."),
    passes("MT210", "Er hat sein Auto nach dem Unfall reparieren lassen.",
           "He had his car repaired after the accident."),
    passes("MT210", "Sie war unter den Verletzten, die ins Krankenhaus gebracht wurden.",
           "She was among those injured."),
    passes("MT210", "Das Unternehmen hat zu den erhobenen Vorwürfen keinen Kommentar abgegeben.",
           "The company has no comment on the allegations made."),
    passes("MT210", "Wir haben im Garten noch viel Arbeit übrig.", "We have a lot of work in the garden left."),
    passes("MT210", "Er hat den Bericht, den die Polizei in Berlin beschlagnahmt hat.",
           "He has the report the police in Berlin seized."),
    passes("MT210", "Viele Bewohner hatten ihre Häuser in der Region verloren.",
           "Many residents had their homes in the region destroyed."),
    passes("MT210", "Le pont a été achevé mardi.", "The bridge was on Tuesday completed.", "fr-en"),
]

INVERTED_REPORTING = [
    flags("MT211", "„Wir greifen an“, zitiert die Agentur dpa die Erklärung der Milizen.",
          "“We are attacking,” quotes the agency dpa the statement of the militias.",
          span="quotes the agency dpa the statement"),
    flags("MT211", "„Wir bleiben“, berichtet die Nachrichtenagentur Reuters die Aussage des Sprechers.",
          "“We are staying,” reports the news agency Reuters the statement of the spokesman.",
          span="reports the news agency Reuters the statement"),
    flags("MT211", "« Nous resterons », cite le journal Le Monde les propos du ministre.",
          "“We will stay,” cites the newspaper Le Monde the words of the minister.", "fr-en",
          span="cites the newspaper Le Monde the words"),
    passes("MT211", "„Wir werden gewinnen“, sagte der Trainer nach dem Spiel.",
           "“We will win,” said the coach after the match."),
    passes("MT211", "„Nichts hat sich geändert“, sagte der Minister diese Woche.",
           "“Nothing has changed,” said the minister this week."),
    passes("MT211", "„Es ist vorbei“, sagte der Sprecher, der Stabschef des Ministeriums.",
           "“It is over,” said the spokesman, the ministry's chief of staff."),
    passes("MT211", "„Wir bleiben“, zitierte die Agentur den Sprecher.",
           "“We are staying,” the agency quoted the spokesman as saying."),
    passes("MT211", "„Wir sind bereit“, sagte der Bürgermeister einen Tag später.",
           "“We are ready,” said the mayor a day later."),
    passes("MT211", "„Es ist vorbei“, fügte der Sprecher wenige Minuten später hinzu.",
           "“It is over,” added the spokesman a few minutes later."),
]

LIKE_REPORTED = [
    flags("MT212", "Die Gruppe besteht aus Freiwilligen, wie die Zeitung Le Monde berichtete.",
          "The group consists of volunteers, like the newspaper Le Monde reported.",
          span="like the newspaper Le Monde reported"),
    flags("MT212", "El incendio destruyó tres casas, como informó la agencia EFE.",
          "The fire destroyed three houses, like the agency EFE reported.", "es-en",
          span="like the agency EFE reported"),
    flags("MT212", "Le maire a démissionné, comme l'a rapporté Le Parisien.",
          "The mayor resigned, like Le Parisien reported.", "fr-en", span="like Le Parisien reported"),
    passes("MT212", "Die Gruppe besteht aus Freiwilligen, wie die Zeitung Le Monde berichtete.",
           "The group consists of volunteers, as the newspaper Le Monde reported."),
    passes("MT212", "Wie die Zeitung berichtete, gefiel ihr das nicht.",
           "She didn't like what the newspaper reported."),
    passes("MT212", "Wie ich sagte, bleibt alles beim Alten.", "Like I said, nothing changes."),
    passes("MT212", "Es gab weitere Vorfälle, wie die gemeldeten.",
           "There were other incidents, like those reported."),
]

VERB_SECOND = [
    flags("MT213", "He said that the government has raised taxes.",
          "Er sagte, dass die Regierung hat die Steuern erhöht.", "en-de",
          span="dass die Regierung hat die Steuern erhöht"),
    flags("MT213", "The workers, who had warned about the cuts, were angry.",
          "Die Arbeiter, die hatten vor den Kürzungen gewarnt, waren wütend.", "en-de",
          span="die hatten vor den Kürzungen gewarnt"),
    flags("MT213", "She asked whether the train will arrive on time.",
          "Sie fragte, ob der Zug wird pünktlich ankommen.", "en-de", span="ob der Zug wird pünktlich ankommen"),
    passes("MT213", "He said that the government has raised taxes.",
           "Er sagte, dass die Regierung die Steuern erhöht hat.", "en-de"),
    passes("MT213", "He said that he had wanted to come.", "Er sagte, dass er hat kommen wollen.", "en-de"),
    passes("MT213", "The museum is closed, which is a pity.", "Das Museum ist geschlossen, das ist schade.", "en-de"),
    passes("MT213", "He said the government has raised taxes.",
           "Er sagte, die Regierung hat die Steuern erhöht.", "en-de"),
    passes("MT213", "Children who are ill stay at home.", "Die Kinder, die krank sind, bleiben zu Hause.", "en-de"),
]

STRANDED_PARTICLE = [
    flags("MT214", "Sie gab das Geld am Montag zurück.", "She gave the money on Monday back.",
          span="gave the money on Monday back"),
    flags("MT214", "Der Trainer schloss einen Wechsel nicht aus.", "The coach ruled a transfer not out.",
          span="ruled a transfer not out"),
    passes("MT214", "Er war nicht raus.", "He was not out."),
    passes("MT214", "Er nahm sich den Tag frei.", "He took the day off."),
    passes("MT214", "Ich will mein Geld zurück.", "I want my money back."),
    passes("MT214", "Angeschlagen, aber nicht besiegt.", "Down but not out."),
    passes("MT214", "L'entraîneur n'a pas exclu un transfert.", "The coach ruled a transfer not out.", "fr-en"),
]

UNTRANSLATED = [
    flags("MT300", "„Die Befreiung ist in diesem Moment im Gange“, schrieb die Legion.",
          "“Die Befreiung ist in diesem Moment im Gange,” wrote the Legion.",
          span="Die Befreiung ist in diesem Moment im Gange"),
    flags("MT300", "El alcalde añadió: se cerrarán los parques durante la ola de calor.",
          "The mayor added: se cerrarán los parques durante la ola de calor.", "es-en",
          span="se cerrarán los parques"),
    flags("MT300", "“We cannot keep building towers,” he said.",
          "„We cannot keep building towers“, sagte er.", "en-de", span="We cannot keep building towers"),
    flags("MT300", "Le ministre a déclaré que la réforme sera votée en juin.",
          "The minister said that la réforme sera votée en juin.", "fr-en", span="la réforme sera votée"),
    passes("MT300",  # an official name kept in the original
           "La Commission nationale de l'informatique et des libertés a infligé une amende.",
           "The Commission nationale de l'informatique et des libertés imposed a fine.", "fr-en"),
    passes("MT300", "Der Bundestag stimmte zu.", "The Bundestag approved the bill."),
    passes("MT300", "Das ist typisch für den Mittelstand.", "That is typical of the Mittelstand."),
    passes("MT300", "„Wir schaffen das“, sagte Merkel.", "“Wir schaffen das,” said Merkel."),
    passes("MT300", "Die Demonstranten riefen „Wir sind das Volk“.",
           "The demonstrators chanted “Wir sind das Volk” in the streets."),
    flags("MT300", "Er rief: „Wir sind das Volk und bleiben hier.“",
          "He shouted: “Wir sind das Volk und bleiben hier.”", span="Wir sind das Volk und bleiben hier"),
    passes("MT300", "Er las „Der Untergang des Abendlandes“ von Spengler.",
           "He read Spengler's “Der Untergang des Abendlandes” again."),
    passes("MT300", "She watched The Lord of the Rings again.",
           "Sie sah sich „The Lord of the Rings“ noch einmal an.", "en-de"),
    passes("MT300", "Die Frankfurter Allgemeine Zeitung berichtete darüber.",
           "The Frankfurter Allgemeine Zeitung reported on it."),
]

SOURCE_CAPITALS = [
    flags("MT301", "Die Agentur veröffentlichte die Statements der Milizen.",
          "The agency published the Statements of the militias.", span="Statements"),
    flags("MT301", "Die Stadt plant neue Maßnahmen gegen den Lärm.",
          "The city is planning new Measures against the noise.", span="Measures"),
    flags("MT301", "Die Forscher zählten die Falter. Danach verglichen die Forscher die Daten.",
          "The researchers counted the moths. Then the Researchers compared the data.", span="Researchers"),
    flags("MT301", "Das Team traf sich am Montag mit dem neuen Trainer.",
          "On Monday the Team met with the new coach.", span="Team"),
    passes("MT301", "Die Grünen stimmten dagegen.", "On Tuesday the Greens voted against it."),
    passes("MT301", "Der Online-Händler Amazon meldete Rekordumsätze.",
           "The online retailer Amazon reported record sales."),
    passes("MT301", "Die Legion Freies Russland griff an. Danach zog sich die Legion zurück.",
           "The Free Russia Legion attacked. Then the Legion withdrew."),
    passes("MT301", "Die Arbeitslosigkeit stieg im Westen.", "Unemployment rose in the West."),
    passes("MT301", "Schulen und Einkaufszentren bleiben nach neuen Angriffen geschlossen",
           "Schools and Shopping Centres Remain Closed After New Attacks"),
    passes("MT301", "La Commission a publié un rapport.", "Later, the Commission published a report.", "fr-en"),
    passes("MT301", "Le ministre a présenté de nouvelles mesures.", "The minister presented new Measures.", "fr-en"),
]

EXAMPLES = (VERB_FINAL + INVERTED_REPORTING + LIKE_REPORTED + VERB_SECOND + STRANDED_PARTICLE
            + UNTRANSLATED + SOURCE_CAPITALS)


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_leaks_examples(example):
    example.verify()
