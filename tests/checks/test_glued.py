import pytest

from tests.checks.support import flags, passes

EXAMPLES = [
    flags("MT101", "Der Geheimdienst veröffentlichte auf X. Video,das den Angriff zeigen soll.",
          "The service published on X Videowhich is intended to show the attack.", span="Videowhich"),
    flags("MT101", "Der Minister berichtete am Sonntag über die Lage.",
          "The minister reportedSunday on the situation.", span="reportedSunday"),
    flags("MT101", "Er sprach im Kreml mit Journalisten.", "He spoke in theKremlin with journalists.",
          span="theKremlin"),
    flags("MT101", "Le ministre a publié une photo, qui montre le pont.",
          "The minister published a Photowhich shows the bridge.", "fr-en", span="Photowhich"),
    passes("MT101", "Sie kaufte ein iPhone bei McDonald's.", "She bought an iPhone at McDonald's."),
    passes("MT101", "Der Account @WarTranslated teilte #Klimastreik.", "The account @WarTranslated shared #Klimastreik."),
    passes("MT101", "Mehr auf www.example.com/newsroomUpdate oder per Mail.",
           "More at www.example.com/newsroomUpdate or by mail."),
    passes("MT101", "Das Video auf YouTube, das den Angriff zeigt.", "The video on YouTube which shows the attack."),
    passes("MT101", "Die Firma WarTranslated berichtete.", "The company WarTranslated reported."),
    passes("MT101", "Sie war einigermaßen überrascht.", "She was somewhat surprised, nevertheless."),
    flags("MT101", "Die Regierung kündigte am Montag Reformen an.",
          "Am Montag kündigte dieRegierung Reformen an.", "en-de", span="dieRegierung"),
    passes("MT101", "The government announced reforms.", "Die Bundesregierung kündigte Reformen an.", "en-de"),
    passes("MT101", "It is the story of flowers and of a bee species.",
           "Es ist eine Blumengeschichte über eine Bienenart und ihre Montagezeit.", "en-de"),
    flags("MT101", "The video, which shows the attack, was deleted.",
          "Das Videodas den Angriff zeigt, wurde gelöscht.", "en-de", span="Videodas"),
    flags("MT101", "Die Bahn richtete einen Notfahrplan ein.", "The railway set up anemergency timetable.",
          span="anemergency"),
    flags("MT101", "Die Regierung legte einen Entwurf vor.", "The government presented thedraft on Monday.",
          span="thedraft"),
    passes("MT101", "Sie zogen nach Andover und Inverness.", "They moved to Andover and Inverness."),
    passes("MT101", "Das Anwesen wurde theatralisch inszeniert.", "The estate was staged theatrically and tonight anew."),
    # Case junctions with a function-word head; CamelCase brands pass.
    flags("MT101", "Die Gewerkschaft kündigte Streiks an.", "DieGewerkschaft kündigte Streiks an.", "en-de",
          span="DieGewerkschaft"),
    flags("MT101", "La procesión de la Virgen salió.", "The procession of theVirgen left.", "es-en",
          span="theVirgen"),
    passes("MT101", "Das Konto WarTranslated und YouGov berichteten.", "The account WarTranslated and YouGov reported."),
    passes("MT101", "Sie nutzt InDesign und FlowDesk.", "She uses InDesign and FlowDesk."),
    # A known word glued to a name of the source.
    flags("MT101", "Laut der Zeitung Kieler Nachrichten stieg die Zahl.",
          "According to the newspaperKieler Nachrichten, the number rose.", span="newspaperKieler"),
    flags("MT101", "Selon le ministre Gérald Darmanin, tout est calme.",
          "According to ministerDarmanin, all is calm.", "fr-en", span="ministerDarmanin"),
    flags("MT101", "The coach Julian Nagelsmann praised the team.",
          "Der TrainerJulian Nagelsmann lobte die Mannschaft.", "en-de", span="TrainerJulian"),
    # A name the source spells in another script: the target writes it alone elsewhere.
    flags("MT101", "Город Северогорск. Как сообщает портал «Северогорск24», трубы старые.",
          "The city of Severogorsk. As reported by the portalSeverogorsk24, the pipes are old.", "ru-en",
          span="portalSeverogorsk"),
    flags("MT101", "Город Северогорск. Как сообщает газета «Северогорск», трубы старые.",
          "The city of Severogorsk. As reported by the newspaperSeverogorsk, the pipes are old.", "ru-en",
          span="newspaperSeverogorsk"),
    passes("MT101", "Город Северогорск. Как сообщает портал «Северогорск24».",
           "The city of Severogorsk. As reported by the portal #portalSeverogorsk and @newsSeverogorsk.", "ru-en"),
    passes("MT101", "Она летела easyJet. Самолёт Jet опоздал.", "She flew easyJet. The plane, a Jet, was late.", "ru-en"),
    passes("MT101", "Он купил iPhone и продал его на eBay.", "He bought an iPhone. Phone sold on eBay. Bay area.", "ru-en"),
    passes("MT101", "Оплата через PayPay. Платите телефоном.", "Payment via PayPay. Pay by phone.", "ru-en"),
    passes("MT101", "Город Северогорск. Портал Северогорск24.", "The city of Severogorsk. The portal Severogorsk24.", "ru-en"),
    passes("MT101", "Das Start-up MyTaxi gehört zu Daimler.", "The start-up MyTaxi belongs to Daimler."),
    passes("MT101", "Der Dienst PayPal und die Marke LinkedIn.", "The service PayPal and the brand LinkedIn."),
    passes("MT101", "Die Kette McDonald's eröffnet.", "The chain McDonald's opens."),
    # Rare real words ending in a suffix that is also a word.
    passes("MT101", "Das Material ist extrem hart.", "The material is superhard and twistable."),
    passes("MT101", "Die Beamtin sprach.", "Die Amtsträgerin sprach mit der Grundschülerin.", "en-de"),
    passes("MT101", "The answers were guessed.", "Les réponses ont été devinées.", "en-fr"),
    passes("MT101", "The paint is not white.", "Краска небелая и неровная.", "en-ru"),
    passes("MT101", "宜家和居然之家都开了新店。居然之家扩张很快。",
           "Ikea and Easyhome both opened new stores. Easyhome is expanding fast.", "zh-en"),
    passes("MT101", "He stayed in the sub-forum.", "Він залишився на підфорумі.", "en-uk"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_glued_examples(example):
    example.verify()
