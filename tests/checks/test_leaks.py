import pytest

from mtcheck.checks.leaks.wordorder import clause_bounds
from mtcheck.checks.leaks.words import name_words
from mtcheck.lang.wordclass import tokenize

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
    # Object before the final verb of a subordinate clause; infinitive groups each verb-last.
    flags("MT210", "Sie sagte, wenn die Regierung die Steuern erhöht, werde sie protestieren.",
          "She said if the government the taxes raises, she will protest.", span="the government the taxes raises"),
    flags("MT210", "Er blieb zu Hause, weil er die Grippe hatte.", "He stayed at home because he the flu had.",
          span="he the flu had"),
    flags("MT210", "Hij zei dat de gemeente het plan al had goedgekeurd.",
          "He said that the municipality the plan already had approved.", "nl-en",
          span="the municipality the plan already had approved"),
    flags("MT210", "Der Minister sagte, die Reform werde im nächsten Jahr in Kraft treten.",
          "The minister said the reform would next year into force enter.", span="would next year into force enter"),
    flags("MT210", "Die Stadt plant, neue Wohnungen zu bauen und die Straßen zu sanieren.",
          "The city plans new flats to build and the roads to renovate.", span="plans new flats to build"),
    passes("MT210", "Wenn ein Standort die meisten Pioniere hat, bekommt er einen Block.",
           "If a location has the most pioneers, it gets a block."),
    passes("MT210", "Er nannte das Datum, an dem die Unterlagen eingehen.",
           "He named the date the application forms are received."),
    flags("MT210", "Er erklärte, dass die Firma den Vertrag nicht verlängert.",
          "He explained that the company the contract does not extend.", span="the contract does not extend"),
    flags("MT210", "Wir wissen, dass sie das Haus verkauft hat.", "We know that she the house sold has.",
          span="the house sold has"),
    passes("MT210", "Wir wissen, dass sie das Haus verkauft hat.", "We know that she has sold the house."),
    passes("MT210", "Er erklärte, dass die Firma das nicht tut.", "He explained that the company does not."),
    passes("MT210", "Die Stadt plant, neue Wohnungen zu bauen.", "The city plans to build new flats."),
    passes("MT210", "Er sagte, dass der Bedarf an Behandlung nicht mehr besteht.",
           "He said that the need for treatment no longer exists."),
    passes("MT210", "Die Stadt hat noch Wohnungen zu bauen.", "The city still has flats to build."),
    passes("MT210", "Die Stadt will, dass die Schulen schließen.", "The city wants the schools to close."),
    passes("MT210", "Sie weiß, dass die Polizei und die Feuerwehr kamen.",
           "She knows that the police and the fire brigade arrived."),
]

# A verb-last clause no English allows, flagged whatever the source language.
VERB_LAST = [
    flags("MT210", "Řekl, že to byla úmyslná chyba.", "He said that it a deliberate mistake was.", "cs-en",
          span="that it a deliberate mistake was"),
    flags("MT210", "如果他们相信这个计划，他们就会投票。", "If they in this plan believe, they will vote.", "zh-en",
          span="If they in this plan believe"),
    flags("MT210", "彼は、彼女が家を売ったと言った。", "He said she the house sold had.", "ja-en",
          span="said she the house sold had"),
    flags("MT210", "Wir gingen nach Hause, weil wir sehr müde waren.", "We went home because we very tired were.",
          span="because we very tired were"),
    flags("MT210", "Она сказала, что машину повредил другой автомобиль.",
          "She said that the car by another vehicle damaged was.", "ru-en", span="that the car by another vehicle damaged was"),
    flags("MT210", "如果雇主是一家企业，就需要登记。", "If the employer a company is, it must register.", "zh-en",
          span="If the employer a company is"),
    flags("MT210", "Er sagte, dass er sie oft besucht hat.", "He said that he often visited her has.",
          span="that he often visited her has"),
    passes("MT210", "Bylo chladněji, než kdy bylo.", "It was colder than it ever was.", "cs-en"),
    passes("MT210", "Ceny rostly rychleji, než jsme si mysleli.", "Prices rose faster than we thought they would.",
           "cs-en"),
    passes("MT210", "Sie sagten, dass sie tatsächlich zustimmten.", "They said that they in fact agreed."),
    passes("MT210", "Ich weiß, dass wir alle zustimmen.", "I know that we all agree."),
    passes("MT210", "过了一会儿，他们又见面了。", "After a while they meet again.", "zh-en"),
    passes("MT210", "Er sagte es in einer am Montag veröffentlichten Erklärung.",
           "He said it in a statement released on Monday."),
    passes("MT210", "Ob die Anwohner zustimmen, ist unklar.", "Whether the people living there agree is unclear."),
    passes("MT210", "Als der Mann starb, den sie geheiratet hatte, zog sie um.",
           "When the man she married died, she moved."),
    passes("MT210", "Sie beten, weil sie an Allah glauben.", "They pray because they believe in Allah."),
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

# Letters of a script the target language does not write, copied from the aligned source sentence.
SOURCE_SCRIPT = [
    flags("MT300", "但是面对tiktok的快速发展，主流社交软件的用户在减少。",
          "However, 但是面对tiktok的快速发展 the users of mainstream social software are decreasing.", "zh-en",
          span="但是面对tiktok的快速发展"),
    flags("MT300", "他们很满意。该负责人表示，不提倡采取这种募捐方式。",
          "They were satisfied. 该负责人表示，不提倡采取这种募捐方式。", "zh-en", span="该负责人表示"),
    flags("MT300", "風速20mの風が吹き荒れました。", "Winds of 20 mの風が吹き荒れ blew.", "ja-en",
          span="mの風が吹き荒れ"),
    flags("MT300", "Он сказал, что война скоро закончится.", "He said that война скоро закончится.", "ru-en",
          span="война скоро закончится"),
    flags("MT300", "Мэр сообщил, что новая школа откроется в сентябре.",
          "The mayor said that the новая школа will open in September.", "ru-en", span="новая школа"),
    passes("MT302",  # untranslated-text has it
           "Мэр сообщил, что новая школа откроется в сентябре.",
           "The mayor said that the новая школа will open in September.", "ru-en"),
    flags("MT300", "Мер заявив, що нова школа відкриється у вересні.",
          "Der Bürgermeister sagte, dass нова школа im September öffnet.", "uk-de", span="нова школа"),
    flags("MT300", "Він сказав, що ситуація складна.", "Řekl, že ситуація je složitá.", "uk-cs", span="ситуація"),
    flags("MT300", "油费大概1公里1马币（车主根本不care）。", "Gas is around RM1 for 1km (the 车主根本不care wouldn’t even care).",
          "zh-en", span="车主根本不care"),
    flags("MT300", "穿手工鞋的女人 新星出版社【直发】", "The woman in handmade shoes: 新星出版社【直发】", "zh-en",
          span="新星出版社"),
    passes("MT300", "Зеленський заявив про наступ.", "Zelensky (Зеленський) announced the offensive.", "uk-en"),
    passes("MT300", "Зеленський заявив про наступ.", "Зеленський (Zelensky) announced the offensive.", "uk-en"),
    passes("MT300", "Київ знову атакували.", "The capital (Київ, Kyiv) was attacked again.", "uk-en"),
    passes("MT300", "泽连斯基发表讲话。", "泽连斯基 (Zelensky) gave a speech.", "zh-en"),
    passes("MT300", "Зеленський заявив про наступ.", "Зеленський Volodymyr announced the offensive.", "uk-en"),
    passes("MT300", "Смотрите комментарий с ΦΙΛΗ.", "See the comment including ΦΙΛΗ.", "ru-en"),
    passes("MT300", "Матрас 90х190х27, вес 27,9 кг.", "Mattress 90х190х27, weight 27.9 kg.", "ru-en"),
    passes("MT300", "एक ँं दो", "One \u0901\u0902 two.", "hi-en"),  # combining marks alone are no word
    passes("MT300", "Сайт премии: https://премияарсеньева.рф/.",
           "The official website of the Award: https://премияарсеньева.рф/.", "ru-en"),
    passes("MT300", "Он сказал, что война скоро закончится.", "He said that the war will end soon, шо.", "ru-en"),
    passes("MT300", "The company Apple presented a new phone.", "Компания Apple представила новый телефон.",
           "en-ru"),
    passes("MT300", "Apple presented a new phone.", "苹果公司发布了新的iPhone手机。", "en-zh"),
]

UNTRANSLATED_WORDS = [
    # A lower-case word in German, a language that capitalises nouns; an inflected source form.
    flags("MT302", "The company said that people were happy.", "Die Firma sagte, die people seien zufrieden.", "en-de",
          span="people"),
    flags("MT302", "Le cercueil a été porté par six hommes.", "Der cercueil wurde von sechs Männern getragen.", "fr-de",
          span="cercueil"),
    flags("MT302", "Hasiči se věnovali lesním požárům.", "The firefighters attended to the forest požárům.", "cs-en",
          span="požárům"),
    flags("MT302", "Bad weather can cause delays in delivery.",
          "Schlechtes Wetter kann delays bei der Lieferung verursachen.", "en-de", span="delays"),
    flags("MT302", "The victims' sacrifices must not be in vain.",
          "Die sacrifices der Opfer dürfen nicht umsonst sein.", "en-de", span="sacrifices"),
    passes("MT302", "The war was long and the man was tired.", "Der Krieg war lang, und man war müde.", "en-de"),
    passes("MT302", "Il faut faire un choix équitable.", "Man muss eine faire Wahl treffen.", "fr-de"),
    passes("MT302", "The shop is online now.", "Der Shop ist jetzt online.", "en-de"),
    passes("MT302", "Koncert Dvořákovy symfonie byl vyprodán.", "The concert of Dvořákovy symphony sold out.", "cs-en"),
    flags("MT302", "Le conseil municipal a adopté le budget mardi soir.",
          "The conseil municipal adopted the budget on Tuesday evening.", "fr-en", span="conseil municipal"),
    flags("MT302", "De gemeente wil de brug volgend jaar vervangen.",
          "The gemeente wants to replace the bridge next year.", "nl-en", span="gemeente"),
    flags("MT302", "Burmistrz powiedział, że szkoła zostanie otwarta we wrześniu.",
          "The burmistrz said the school will open in September.", "pl-en", span="burmistrz"),
    flags("MT302", "Die Feuerwehr löschte den Brand in der Lagerhalle.",
          "The fire brigade put out the fire in der Lagerhalle.", span="der Lagerhalle"),
    flags("MT302", "Der Bürgermeister eröffnete die neue Stadtbibliothek.",
          "The mayor opened the new Stadtbibliothek.", span="Stadtbibliothek"),
    flags("MT302", "The company said the new factory would create jobs.",
          "Das Unternehmen sagte, die neue factory werde Arbeitsplätze schaffen.", "en-de", span="factory"),
    # A copied article or preposition beside a name: the name does not make it one.
    flags("MT302", "Er fuhr mit einem Ford nach Berlin.", "He drove einem Ford to Berlin.", span="einem"),
    flags("MT302", "Il a parlé avec Macron hier.", "Gestern sprach er avec Macron in Paris.", "fr-de", span="avec"),
    flags("MT302", "Il a parlé avec le ministre hier.", "Er sprach gestern avec le ministre.", "fr-de",
          span="avec le ministre"),
    passes("MT302", "Sie traf Ursula von der Leyen.", "She met Ursula von der Leyen."),
    passes("MT302", "Il a visité la Maison de la Radio.", "Er besuchte das Maison de la Radio.", "fr-de"),
    passes("MT302", "Il a lu Le Monde dans le train.", "Er las Le Monde im Zug.", "fr-de"),
    passes("MT302", "Er las Die Zeit im Zug.", "He read Die Zeit on the train."),
    passes("MT302", "Der Bundestag stimmte am Donnerstag ab.", "The Bundestag voted on Thursday."),
    passes("MT302", "Le restaurant propose une cuisine de qualité.", "The restaurant offers quality cuisine.",
           "fr-en"),
    passes("MT302", "Die Stadt Görlitz baut Stellen ab.", "The town of Görlitz is cutting jobs."),
    passes("MT302", "Er spielte im Palast Orchester von Max Raabe.", "He played in Max Raabe's Palast Orchester."),
    passes("MT302", "Il a vu le film Au revoir les enfants.", "Er sah den Film Au revoir les enfants.", "fr-de"),
    passes("MT302", "Le mot « quartier » vient du latin.", "The word “quartier” comes from Latin.", "fr-en"),
    passes("MT302", "Voir le site horaires.fr pour les trains.", "See the horaires.fr website for the trains.",
           "fr-en"),
    passes("MT302", "Das ist eine FritzBox von AVM.", "This is a FritzBox made by AVM."),
    passes("MT302", "He lives in Paris.", "Er wohnt in Paris.", "en-de"),
    passes("MT302", "The album and the video came out.", "Album i video su izašli.", "en-hr"),
    passes("MT302", "Die Rheintal Löwen verloren. Die Löwen lagen zur Pause vorn.",
           "Rheintal Löwen lost. The Löwen were ahead at the break."),
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

EXAMPLES = (VERB_FINAL + VERB_LAST + INVERTED_REPORTING + LIKE_REPORTED + VERB_SECOND + STRANDED_PARTICLE
            + UNTRANSLATED + SOURCE_SCRIPT + UNTRANSLATED_WORDS + SOURCE_CAPITALS)


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_leaks_examples(example):
    example.verify()


def test_clause_bounds_are_the_runs_of_words_between_punctuation():
    tokens = tokenize("He said, as expected, that it rained.")
    bounds = clause_bounds(tokens)
    runs = [[t.text for t in tokens[a:b]] for a, b in zip(bounds[::2], bounds[1::2])]
    assert runs == [["He", "said"], ["as", "expected"], ["that", "it", "rained"]]
    assert clause_bounds(tokenize("“ … ”")) == ()


def test_name_words_are_adjacent_capitalised_words_that_are_no_common_words():
    pairs = {("Rheintal", "Löwen"), ("The", "Board"), ("eBay", "Kleinanzeigen")}
    # "The" is a common English word, and "eBay" does not start with a capital.
    assert name_words(pairs, "en") == {"rheintal", "löwen"}
