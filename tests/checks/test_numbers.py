import pytest

from mtcheck.checks.numbers.quantities import mentions
from tests.checks.support import flags, passes

EXAMPLES = [
    # MT320 number-changed
    flags("MT320", "Der Bund gibt 3 Milliarden Euro für Schulen aus.",
          "The federal government spends 3 million euros on schools.", span="3 million"),
    flags("MT320", "L'État a investi 2 millions d'euros dans le projet.",
          "The state invested 2 billion euros in the project.", "fr-en", span="2 billion"),
    flags("MT320", "The town has 2.5 million residents.", "Die Stadt hat 2,5 Milliarden Einwohner.", "en-de",
          span="2,5 Milliarden"),
    flags("MT320", "Das Projekt kostet 250.000 Euro.", "The project costs 250 euros.", span="250"),
    flags("MT320", "The project has 110,000 members.", "В проекте 110 членов.", "en-ru", span="110"),
    flags("MT320", "Der Fluss stieg um 40 Zentimeter.", "The river rose by 40 metres.", span="40"),
    flags("MT320", "Поездка длилась 3 часа.", "The trip lasted 3 minutes.", "ru-en", span="3"),
    flags("MT320", "Il pesait 5 kilos.", "Er wog 5 Gramm.", "fr-de", span="5"),
    passes("MT320", "Der Fluss stieg um 40 Zentimeter.", "The river rose by 40 cm."),
    passes("MT320", "Поездка длилась 3 часа.", "The trip lasted 3 hours.", "ru-en"),
    passes("MT320", "Die Strecke ist 12 Kilometer lang.", "The route is 12 km long."),
    passes("MT320", "Er lief 5 Kilometer in 20 Minuten.", "He ran 5 kilometres in 20 minutes."),
    passes("MT320", "Der Bund gibt 3 Milliarden Euro aus.", "The federal government spends 3 billion euros."),
    passes("MT320", "Der Bund gibt 3.000 Millionen Euro aus.", "The federal government spends 3 billion euros."),
    passes("MT320", "Der Bund gibt 1,5 Mio. Euro aus.", "The federal government spends 1.5 million euros."),
    passes("MT320", "Das Projekt kostet 250.000 Euro.", "The project costs 250,000 euros."),
    passes("MT320", "The project has 110,000 members.", "В проекте 110 000 участников.", "en-ru"),
    flags("MT320",
          "Auf beleuchteten Wiesen fanden die Forschenden 47 Prozent weniger Raupen.",
          "On illuminated meadows the researchers found 74 percent fewer caterpillars.", span="74"),
    flags("MT320",
          "Innerhalb von zwölf Minuten warfen die Gäste neun Tore.",
          "Within twenty minutes the visitors scored nine goals.", span="twenty"),
    flags("MT320",
          "El termómetro del aeropuerto registró 44,6 grados a las 17:20.",
          "The airport thermometer registered 46.4 degrees at 17:20.", "es-en", span="46.4"),
    flags("MT320",
          "The cuts affect almost a third of the 1,300 employees at the site.",
          "Die Kürzungen betreffen fast ein Drittel der 3.100 Beschäftigten am Standort.", "en-de",
          span="3.100"),
    flags("MT320",
          "Die Sitzung ist am 17. März.",
          "The meeting is on 17 April.", span="April"),
    passes("MT320",
           "Das Ticket kostet 1.500 € und damit 3,5 % mehr als im Vorjahr.",
           "The ticket costs €1,500, which is 3.5% more than the previous year."),
    passes("MT320",
           "Die Sitzung beginnt am 17. März um 14.30 Uhr.",
           "The meeting starts on 17 March at 2.30 pm."),
    passes("MT320",
           "Das Projekt wird mit 1,5 Mio. Euro gefördert, zwei Länder beteiligen sich.",
           "The project receives 1.5 million euros, and two states are taking part."),
    passes("MT320",
           "Le concert commence à 21 h 30 devant 18\u202f500 spectateurs.",
           "The concert starts at 9.30 pm in front of 18,500 spectators.", "fr-en"),
    passes("MT320",
           "Die Polizei zählte 24.000 Teilnehmende. Die Veranstalter sprachen von 60.000.",
           "Police counted 24,000 participants, while the organisers spoke of 60,000. They were happy."),
    # MT321 number-missing
    flags("MT321",
          "An der Hälfte der Flächen standen Laternen, die übrigen lagen mindestens 500 Meter entfernt.",
          "Street lamps stood on half of the plots; the others were at least far from the nearest lamp.",
          span="the others were at least far"),
    flags("MT321",
          "Le concert commence à 21 h 30 sur la place.",
          "The concert starts in the evening on the square.", "fr-en", span="The concert starts"),
    passes("MT321",
           "Die Veranstaltung beginnt um 17 Uhr.",
           "The event starts at 5 p.m."),
    passes("MT321",
           "Beide Teams trafen sich zwei Mal.",
           "The two teams met twice."),
    passes("MT321",
           "Die Gebühr steigt. Sie beträgt künftig 2,50 Euro pro Stunde statt 1,50 Euro.",
           "The fee will rise to 2.50 euros per hour. Instead of 1.50 euros, that is."),
    # MT322 number-added
    flags("MT322",
          "Die Polizei zählte rund 24.000 Teilnehmende.",
          "Police counted around 24,000 participants at 30 rallies.", span="30"),
    flags("MT322",
          "Los primeros resultados se esperan en primavera.",
          "The first results are expected in spring 2025.", "es-en", span="2025"),
    passes("MT322",
           "Beide Parteien stimmten zu.",
           "The two parties agreed."),
    passes("MT322",
           "Aktualisiert: 14.03.2024, 16:42 Uhr",
           "Updated: 03/14/2024, 4:42 p.m."),
    passes("MT322",
           "Der Preis liegt bei 3,5 Mrd. Euro.",
           "The price is 3.5 billion euros."),
    passes("MT322", "我们有二十个人。", "We have 20 people.", "zh-en"),  # Chinese numerals are not read
    # MT323 number-format
    flags("MT323", "El vídeo suma más de 40.000 «me gusta».", "The video has more than 40.000 likes.",
          "es-en", span="40.000"),
    flags("MT323", "Die Stadt hat 1.250.000 Einwohner.", "The city has 1.250.000 inhabitants.", span="1.250.000"),
    flags("MT323", "The plant employs 1,500 people.", "Das Werk beschäftigt 1,500 Menschen.", "en-de", span="1,500"),
    passes("MT323", "El vídeo suma más de 40.000 «me gusta».", "The video has more than 40,000 likes.", "es-en"),
    passes("MT323", "Die Wahl war am 17.03.2024 um 14.30 Uhr.", "The vote was on 17.03.2024 at 14.30.", "de-en"),
    passes("MT323", "Der Kurs stieg auf 1.250 Punkte.", "Le cours est monté à 1.250 points.", "de-fr"),
    passes("MT323", "Es kostet 3,5 Prozent mehr.", "It costs 3.5 percent more.", "de-en"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_numbers_examples(example):
    example.verify()


@pytest.mark.parametrize("source, src_lang, target, tgt_lang", [
    ("1.500 €", "de", "€1,500", "en"),
    ("3,5 %", "de", "3.5%", "en"),
    ("14.30 Uhr", "de", "2.30 pm", "en"),
    ("21 h 30", "fr", "21:30", "es"),
    ("1,5 Mio.", "de", "1.5 million", "en"),
    ("acht", "de", "eight", "en"),
    ("im März", "de", "in March", "en"),
    ("2 500", "fr", "2,500", "en"),
])
def test_locale_formats_share_a_key(source, src_lang, target, tgt_lang):
    (a,), (b,) = mentions(source, src_lang), mentions(target, tgt_lang)
    assert a.matches(b)

