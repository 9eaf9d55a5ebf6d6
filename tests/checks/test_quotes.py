import pytest

from tests.checks.support import flags, passes

EXAMPLES = [
    # MT110 unbalanced-quotes
    flags("MT110",
          "„Die Befreiung ist im Gange. Putins Truppen stehen unter vollem Angriff“, zitiert die dpa die Milizen.",
          "“The liberation is underway. Putin's “Troops are under full attack,” quotes dpa the militias.",
          span="Putin's “Troops are under full attack,”"),
    flags("MT110",
          "„Wir wollen niemanden vertreiben, aber der Raum hat einen Wert“, sagte Keßler. "
          "„Wir bauen das Busnetz aus.“",
          "“We don't want to drive anyone out, but space has a value, said Kessler. "
          "“We will expand the bus network.”",
          span="said Kessler."),
    flags("MT110",
          "« Nous ne céderons pas », a déclaré le ministre. Il a ensuite quitté la salle.",
          "“We will not give in, the minister said. He then left the room.",
          "fr-en", span="“We will not give in"),
    flags("MT110",
          'The mayor spoke of "a black day" for the city centre.',
          "Der Bürgermeister sprach von einem schwarzen Tag“ für die Innenstadt.",
          "en-de", span="schwarzen Tag“"),
    flags("MT110",
          "«Er sagte: „Ich will ihn jetzt“, da gab es nicht viel zu überlegen», erzählt Meyer.",
          "“He said: ‘I want him now, there was not much to think about.” Meyer says.",
          span="I want him now"),
    flags("MT110",
          "« Il a dit : “Je le veux maintenant”, il n'y avait pas à réfléchir », raconte Meyer.",
          "‘He said he wants him now, there was not much to think about.” Meyer says.",
          "fr-en", span="He said he wants him"),
    passes("MT110",
           "«Er sagte: „Ich will ihn jetzt“, da gab es nicht viel zu überlegen», erzählt Meyer.",
           "“He said: ‘I want him now,’ there was not much to think about,” Meyer says."),
    passes("MT110",
           "« Il a dit : “Je le veux maintenant”, il n'y avait pas à réfléchir », raconte Meyer.",
           "“The soldiers’ chant was ‘we want him now’ in the ’90s,” Meyer says.", "fr-en"),
    passes("MT110",
           "Putins Soldaten spielten Rock ’n’ Roll aus den 90ern, den Lieblingssongs der Soldaten.",
           "Putin’s troops played rock ’n’ roll hits from the ’90s, the soldiers’ favourites, and Putin's band."),
    passes("MT110",
           "„Wir haben nie aufgegeben.\n\n„Das darf einer erfahrenen Mannschaft nicht passieren“, sagte er.",
           "“We never gave up.\n\n“That must not happen to an experienced team,” he said."),
    passes("MT110",
           "“We will watch closely. If the figures are wrong, we will readjust.\n\n"
           "“Nobody wants an empty city centre,” Lang said.",
           "„Wir werden genau hinschauen. Wenn die Zahlen nicht stimmen, steuern wir nach.\n\n"
           "Niemand will eine leere Innenstadt“, sagte Lang.", "en-de"),
    passes("MT110",
           "„Wir kommen morgen wieder, sagte er vor dem Rathaus.",
           "“We will come back tomorrow, he said in front of the town hall."),
    passes("MT110",
           "„Er nannte es ‚einen schwarzen Tag‘ für den Handel“, sagte Gerber.",
           "“He called it ‘a black day’ for retail,” said Gerber."),
    passes("MT110",
           "«No vamos a ceder», dijo el ministro el martes.",
           '"We will not give in," the minister said on Tuesday.', "es-en"),
    passes("MT110",
           '"We never gave up," he said after the game.',
           "»Wir haben nie aufgegeben«, sagte er nach dem Spiel.", "en-de"),
    passes("MT110",
           "She said: “We will rebuild the school.\n\n“Work starts in May.\n\n"
           "“The children move in by autumn.”",
           "Sie sagte: „Wir bauen die Schule neu auf.\n\nDie Arbeiten beginnen im Mai.\n\n"
           "Im Herbst ziehen die Kinder ein.“", "en-de"),
    flags("MT110",
          "Sie sagte: „Wir bauen die Schule neu auf.“\n\nDer Bürgermeister fügte hinzu: „Sie öffnet im Mai.“",
          "She said: “We will rebuild the school.\n\nThe mayor added: “It opens in May.”",
          span="She said: “We will rebuild the school."),
    # A quotation resumed after an attribution set off by dashes («…», – he said. – …»), over a line break.
    passes("MT110",
           '"We all know it.\n\nEverything," he said.\n\n"And obviously it has some impact here."',
           "«Ми всі знаємо це.\n\nВсі», – прокоментував він. –\n\nІ очевидно, що це має вплив на ситуацію».",
           "en-uk"),
    flags("MT110",
          '"We all know it.\n\nEverything," he said.\n\n"And obviously it has some impact here."',
          "«Ми всі знаємо це.\n\nВсі», – прокоментував він.\n\nІ очевидно, що це має вплив на ситуацію».",
          "en-uk", span="ситуацію»"),
    # Full-width punctuation before an opening mark (：“) and a straight mark closing a run-on quotation.
    passes("MT110",
           "Writer Shiv Ramdas also denounced the tweet: \"'working is Communism.'\"",
           "作家希夫·拉姆达斯也用自己的话谴责了这条推文：“‘工作就是共产主义。’”", "en-zh"),
    flags("MT110",
          'The family described him as a "young, energetic 18-year-old" who dreamed of marketing.',
          "其家人称他才 18 岁，“年轻、精力充沛，他的梦想是成为一名数字营销专家。", "en-zh", span="“年轻"),
    passes("MT110",
           "「ここはね、昔半島だったんだよ。\n\nその証拠に ... 」なんて、ちょっとした雑学を披露できる。",
           '"This place used to be a peninsula, you know.\n\nYou can see the evidence of it... " '
           "Ginza offers the chance to show off a little knowledge.", "ja-en"),
    # Speech that opens the paragraph, closed before its attribution where the source marks none.
    passes("MT110",
           "Il faut s'adapter.\n\nC'est notre meilleure première période de la saison, sourit le coach.",
           "Man muss sich anpassen.\n\nDas war unsere beste erste Halbzeit in dieser Saison“, freute sich der Trainer.",
           "fr-de"),
    flags("MT110",
          "Il faut s'adapter.\n\nC'est notre meilleure première période de la saison, sourit le coach.",
          "Man muss sich anpassen.\n\nDas war unsere beste erste Halbzeit“ in dieser Saison, freute sich der Trainer.",
          "fr-de", span="Halbzeit“"),
    # A plural's possessive written with a single quotation mark is an apostrophe; a single quotation is not.
    passes("MT110",
           "Organisations including the North East Students' Organisation observed a \"black day\".",
           "Organisationen wie die North East Students‘ Organisation begingen einen „Black Day“.", "en-de"),
    flags("MT110",
          "He called it 'a black day' for the students.",
          "Er nannte es einen schwarzen Tag‘ für die Studenten.", "en-de", span="schwarzen Tag‘"),
    # Chinese and Japanese marks: corner brackets, nested single marks between characters, full-width marks.
    flags("MT110",
          '"We will rebuild the school before the winter," the mayor said.',
          "「冬になる前に学校を再建します、と市長は述べた。", "en-ja", span="「冬になる前に"),
    passes("MT110",
           '"I still love the song \'Tomorrow\' best," he said.',
           "「今でも『明日』という歌が一番好きだ」と彼は言った。", "en-ja"),
    passes("MT110",
           'He said: "We call it \'a black day\' for the city."',
           "他说：“我们把它叫作这座城市的‘黑色的一天’。”", "en-zh"),
    flags("MT110",
          'He said: "We call it \'a black day\' for the city."',
          "他说：“我们把它叫作这座城市的‘黑色的一天。”", "en-zh", span="“我们把它"),
    passes("MT110",
           'The minister said: "We will not give up."',
           "部长说：＂我们不会放弃。＂", "en-zh"),
    # MT111 quote-boundary-mismatch
    flags("MT111",
          "„Wir hatten mit einem Effekt gerechnet, aber nicht mit einem so großen“, sagt Hollstein.",
          "“We had expected an effect,” but not such a big one, says Hollstein.",
          span="but not such a big one"),
    flags("MT111",
          "«El proyecto llega tarde y cuesta demasiado dinero a la ciudad», dijo la alcaldesa.",
          "The project comes late and costs the city too much money, the mayor said.",
          "es-en", span="The project comes late"),
    flags("MT111",
          "« Nous ne céderons pas face aux menaces », a déclaré le ministre lors de la conférence de presse.",
          "“We will not give in to threats, the minister said at the press conference,” he added.",
          "fr-en", span="the minister said"),
    passes("MT111",
           "«El proyecto llega tarde y cuesta demasiado dinero», dijo la alcaldesa.",
           '"The project," the mayor said, "comes late and costs too much money."', "es-en"),
    passes("MT111",
           "Die „Legion Freiheit Russlands“ kämpft seit Monaten auf der Seite der Ukraine.",
           "The “Legion Freedom of Russia” has been fighting on Ukraine's side for months."),
    passes("MT111",
           "« Nous ne céderons pas », a déclaré le ministre mardi soir à Paris.",
           "“We will not give in,” the minister said on Tuesday evening in Paris.", "fr-en"),
    passes("MT111",
           "„Wir haben die Lage unter Kontrolle“, sagte ein Sprecher des Ministeriums am Abend.",
           "“We have the situation under control,” a ministry spokesman said in the evening."),
    # A quotation closed after its first words, from or into Chinese and Japanese (two characters a word).
    flags("MT111",
          "“这个项目来得太晚，而且让这座城市花了太多的钱，”市长周二在记者会上说。",
          "“The project comes” too late and has cost the city far too much money, the mayor said at a press "
          "conference on Tuesday.", "zh-en", span="too late"),
    passes("MT111",
           "“这个项目来得太晚，而且让这座城市花了太多的钱，”市长周二在记者会上说。",
           "“The project comes too late and has cost the city far too much money,” the mayor said at a press "
           "conference on Tuesday.", "zh-en"),
    flags("MT111",
          "「我們絕不會向威脅低頭，這個計畫一定會繼續進行下去」，部長週二在國會表示。",
          "“We will never” bow to threats, and this plan will certainly go on, the minister told parliament on "
          "Tuesday.", "zh-en", span="bow to threats"),
    passes("MT111",
           "「我們絕不會向威脅低頭，這個計畫一定會繼續進行下去」，部長週二在國會表示。",
           "“We will never bow to threats, and this plan will certainly go on,” the minister told parliament on "
           "Tuesday.", "zh-en"),
    flags("MT111",
          '"We will never bow to threats, and this project will certainly go on," the minister said on Tuesday.',
          "“我们绝不”会向威胁低头，这个项目一定会继续进行下去，部长周二表示。", "en-zh", span="会向威胁低头"),
    passes("MT111",
           '"We will never bow to threats, and this project will certainly go on," the minister said on Tuesday.',
           "“我们绝不会向威胁低头，这个项目一定会继续进行下去，”部长周二表示。", "en-zh"),
    flags("MT111",
          '"We had not expected such a big effect on the whole region," Hollstein said at the meeting.',
          "「私たちは」地域全体にこれほど大きな影響が出るとは予想していなかったと、ホルシュタイン氏は会合で述べた。",
          "en-ja", span="地域全体に"),
    passes("MT111",
           '"We had not expected such a big effect on the whole region," Hollstein said at the meeting.',
           "「私たちは地域全体にこれほど大きな影響が出るとは予想していなかった」と、ホルシュタイン氏は会合で述べた。",
           "en-ja"),
    # A short quotation in a long sentence closed after its first words: the quoted share barely moves.
    flags("MT111",
          "周二，“城市交通与气候研究中心”发布了一份新报告，称市中心的汽车数量十年来首次下降。",
          "On Tuesday, the “Urban Transport” and Climate Research Centre published a new report saying that the "
          "number of cars in the city centre had fallen for the first time in ten years.", "zh-en",
          span="Urban Transport"),
    passes("MT111",
           "周二，“城市交通与气候研究中心”发布了一份新报告，称市中心的汽车数量十年来首次下降。",
           "On Tuesday, the “Urban Transport and Climate Research Centre” published a new report saying that the "
           "number of cars in the city centre had fallen for the first time in ten years.", "zh-en"),
    flags("MT111",
          "Der Bürgermeister sagte am Dienstagabend nach einer langen Sitzung des Stadtrats, die Stadt werde den "
          "„Ausbau des Radwegenetzes in allen Stadtteilen“ trotz der hohen Kosten und der Kritik fortsetzen.",
          "After a long session of the city council on Tuesday evening, the mayor said that the city would continue "
          "the “expansion of the” cycle path network in all districts despite the high costs and the criticism.",
          span="cycle path network"),
    passes("MT111",
           "Der Bürgermeister sagte am Dienstagabend nach einer langen Sitzung des Stadtrats, die Stadt werde den "
           "„Ausbau des Radwegenetzes in allen Stadtteilen“ trotz der hohen Kosten und der Kritik fortsetzen.",
           "After a long session of the city council on Tuesday evening, the mayor said that the city would continue "
           "the “expansion of the cycle path network in all districts” despite the high costs and the criticism."),
    # Quotations that change places (Japanese puts objects first), a nested one, a gloss in brackets.
    passes("MT111",
           'He called the plan "a serious threat to every small shop in the old town" and the reaction "hysterical".',
           "彼は反応を「ヒステリック」と呼び、計画を「旧市街のすべての小さな店にとって深刻な脅威」と呼んだ。", "en-ja"),
    passes("MT111",
           "„Wir bleiben hier, egal was kommt“, sagte sie, „und wir bauen alles wieder auf.“",
           "“We are staying here, whatever comes, and we will rebuild ‘everything’,” she said."),
    passes("MT111",
           "同社は「スマート家電協議会（SHA、Smart Home Appliance Alliance of Japan）」を通じて、利用者が家電を自由に"
           "操作できる戦略を進めている。",
           'Through the "Smart Home Council", the company is pursuing a strategy that lets users freely control '
           "their home appliances.", "ja-en"),
    passes("MT111",  # a katakana loanword is one word, however many characters it takes
           "買い主は「ホーム・インスペクション・コンサルタント」と呼ばれる専門家に建物の調査を依頼する。",
           'Before a sale the buyer usually asks a specialist known as a "home inspection consultant" to survey the '
           "whole building.", "ja-en"),
    # Japanese marks reported speech too (「…」と言われる): a translation may make it indirect speech.
    passes("MT111",
           "「膝の痛みには毎日の散歩が一番いい」と言われるのはそのためだ。",
           "This is why people say that a daily walk is the best thing for sore knees.", "ja-en"),
    passes("MT111",  # a quotation embedded in the sentence may become indirect speech
           'The ambassador said "refusing to go to the elections or mobilising to obstruct them only places the fate '
           'and future of the country at the mercy of those who prefer bullets to ballots".',
           "大使は、「選挙に行くことを拒否したり、妨害のために結集したりすることは、国の運命と未来を、"
           "投票の力よりも弾丸の力を好む者たちの、なすがままにするだけだ」と、記者団に、述べた。", "en-ja"),
    # marks only the translation has set off a title or label
    passes("MT111",
           "Next to Sync your whole library, tap Sync now.",
           "Tippen Sie neben „Ihre ganze Bibliothek synchronisieren“ auf „Jetzt synchronisieren“.", "en-de"),
    # The quotation resumed after a dash-set attribution quotes the words it holds.
    passes("MT111",
           '"We all know that everything is more intense when the climate is warming.\n\nEverything," he said.'
           '\n\n"And obviously it has some impact here."',
           "«Ми всі знаємо, що всі процеси стають інтенсивнішими з потеплінням клімату.\n\nВсі», – прокоментував "
           "він. –\n\nІ очевидно, що це має деякий вплив на ситуацію».", "en-uk"),
    # An embedded quotation rendered as indirect speech, and one running on from the paragraph before.
    passes("MT111",
           'According to the official, "relations between Abu Dhabi and Moscow are strategic."',
           "За словами чиновника, відносини між Абу-Дабі та Москвою мають стратегічний характер.", "en-uk"),
    passes("MT111",
           '"It is very fast moving though, so it will clear away by Monday afternoon.\n\n'
           'For the rest of the week things will continue to settle ahead of next weekend."',
           "„I tak se pohybuje velmi rychle, takže se do pondělního odpoledne odklidí.“\n\n"
           "Po zbytek týdne se věci do příštího víkendu budou dále uklidňovat.", "en-cs"),
    # MT111: the last words of the speech left outside the quotation, before the attribution.
    flags("MT111",
          "A decisão foi criticada. \"A população paga mais por um serviço que piorou. Tem linha em que o ônibus "
          "passa de hora em hora\", disse a vereadora Cláudia Moreno.",
          "The decision was criticised. \"The population pays more for a service that has got worse. There is a "
          "line where the bus passes\" every hour, said councillor Cláudia Moreno.", "pt-en",
          span="There is a line where the bus passes\" every hour, said councillor Cláudia Moreno."),
    flags("MT111", "„Wir haben mit einem Effekt gerechnet, aber nicht mit einem so großen“, sagt Hollstein.",
          "“We had expected an effect, but not such a big one” at all, says Hollstein.",
          span="“We had expected an effect, but not such a big one” at all, says Hollstein."),
    passes("MT111", "„Wir haben mit einem Effekt gerechnet, aber nicht mit einem so großen“, sagt Hollstein.",
           "“We had expected an effect, but not such a big one at all,” says Hollstein."),
    # The source's words after its quotation stand outside in the translation too.
    passes("MT111", "Er nannte das Projekt „einen Meilenstein“ für die Stadt, sagte der Bürgermeister.",
           "He called the project “a milestone” for the city, said the mayor."),
    passes("MT111", "„Wir haben mit einem Effekt gerechnet“ – damals jedenfalls, sagt Hollstein.",
           "“We had expected an effect” back then at least, says Hollstein."),
    # A name or a capitalised word after the closing mark is no part of the speech.
    passes("MT111", "„Wir haben mit einem Effekt gerechnet“, sagt Hollstein.",
           "“We had expected an effect” Professor Hollstein, says the report."),
    # MT112 speaker-inside-quote
    flags("MT112",
          "„Der öffentliche Raum hat einen Wert“, sagte Keßler. „Wir bauen das Busnetz aus.“",
          "“Public space has a value, said Kessler. We will expand the bus network.”",
          span="said Kessler"),
    flags("MT112",
          "« Nous ne céderons pas », a déclaré le ministre. « Le projet continue. »",
          "“We will not give in, the minister said. The project will continue.”",
          "fr-en", span="the minister said"),
    flags("MT112",
          "„Wir zeigen die Sammlung nie wieder in dieser Stadt“, sagte Museumsdirektorin Ilka Varga bei einem Rundgang.",
          "“We will never show the collection in this city again, said museum director Ilka Varga” during a tour.",
          span="said museum director Ilka Varga"),
    flags("MT112",
          "«Nunca volveremos a mostrar la colección», dijo la directora del museo Ilka Varga durante una visita.",
          "“We will never show the collection again, said the director of the museum Ilka Varga” during a visit.",
          "es-en", span="Ilka Varga"),
    passes("MT112",
           "„Wir zeigen die Sammlung nie wieder in dieser Stadt“, sagte Museumsdirektorin Ilka Varga bei einem Rundgang.",
           "“We will never show the collection in this city again,” said museum director Ilka Varga during a tour."),
    passes("MT112",
           "„Ich habe ihr gesagt, sie solle nach Berlin fahren“, sagte Varga.",
           "“I told her, she said to me to go to Berlin,” Varga said."),
    passes("MT112",
           "„Der öffentliche Raum hat einen Wert“, sagte Keßler. „Wir bauen das Busnetz aus.“",
           "“Public space has a value,” said Kessler. “We will expand the bus network.”"),
    passes("MT112",
           "„Ich habe ihn gefragt, und er sagte mir, das gehe nicht“, berichtete Keßler.",
           "“I asked him, he told me it was not possible,” Kessler reported."),
    passes("MT112",
           "„Er sagte nichts über die Kosten“, fügte Keßler hinzu.",
           "“He said nothing about the costs,” Kessler added."),
    passes("MT112",
           "„Der öffentliche Raum“, sagte Keßler, „hat einen Wert.“",
           "“Public space,” said Kessler, “has a value.”"),
    passes("MT112",
           '"Public space has a value," Kessler said.',
           "„Der öffentliche Raum hat einen Wert“, sagte Keßler.", "en-de"),
    # MT113 foreign-quote-marks
    flags("MT113",
          "„Wir haben aufgehört, Handball zu spielen“, sagte Wallner.",
          "„We stopped playing handball,” Wallner said.", span="„We stopped"),
    flags("MT113",
          "Der Verband sprach von einem „schwarzen Tag für den Handel“.",
          "The association spoke of a „black day for retail“.", span="black day"),
    flags("MT113",
          "« Nous ne céderons pas », a déclaré le ministre.",
          "«We will not give in», said the minister.", "fr-en", span="We will not"),
    passes("MT113",
           "„Wir haben aufgehört, Handball zu spielen“, sagte Wallner.",
           "“We stopped playing handball,” Wallner said."),
    passes("MT113",
           "Er nannte es ‚einen schwarzen Tag‘.",
           "He called it ‘a black day’."),
    passes("MT113",
           '"We stopped playing handball," Wallner said.',
           "„Wir haben aufgehört, Handball zu spielen“, sagte Wallner.", "en-de"),
    passes("MT113",
           '"We stopped playing handball," Wallner said.',
           "»Wir haben aufgehört, Handball zu spielen«, sagte Wallner.", "en-de"),
    passes("MT113",
           '"We will not give in," the minister said.',
           "« Nous ne céderons pas », a déclaré le ministre.", "en-fr"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_quotes_examples(example):
    example.verify()


def _severities(source: str, target: str, langs: str) -> list[str]:
    """Severities of MT110's findings alone."""
    from mtcheck.options import Options
    from mtcheck.run.api import check_texts
    src, tgt = langs.split("-")
    result = check_texts(source, target, src, tgt, Options(select=("MT110",)))
    return [f.severity.value for f in result.findings if f.code == "MT110"]


def test_closing_mark_moved_to_paragraph_end_is_major():
    """The source's paragraph closes its quotation mid-paragraph; the translation's closing mark ends it."""
    assert _severities(
        "«El agua vuelve mañana», dijo el concejal, que pidió paciencia. Los técnicos trabajan de noche.",
        "“The water returns tomorrow,” said the councillor, who asked for patience. Technicians work at night.”",
        "es-en") == ["major"]


def test_stray_mark_where_the_source_paragraph_quotes_nothing_stays_minor():
    assert _severities(
        "El agua vuelve mañana, dijo el concejal. Los técnicos trabajan de noche.",
        "The water returns tomorrow, said the councillor. Technicians work at night.”",
        "es-en") == ["minor"]


def test_apostrophes_in_the_source_are_not_quotations():
    """A stray mark where the source has only elisions (J'ai, l'école) is the translation's own slip."""
    assert _severities(
        "J'ai voulu apprendre autre chose à l'école, explique Léa. Elle commence lundi.",
        "Ich wollte in der Schule etwas anderes lernen, erklärt Lea. Sie beginnt am Montag“.",
        "fr-de") == ["minor"]


def test_mark_lost_where_the_source_quotation_runs_over_a_paragraph_break_is_minor():
    """The source quotes over two paragraphs; the translation never closes its quotation."""
    assert _severities(
        "Elle a dit : « Nous reconstruisons l'école.\n\nLes travaux commencent en mai. »",
        "Sie sagte: „Wir bauen die Schule neu auf.\n\nDie Arbeiten beginnen im Mai.",
        "fr-de") == ["minor"]


def test_unclosed_where_the_source_closes_in_the_paragraph_stays_major():
    assert _severities(
        "Elle a dit : « Nous reconstruisons l'école. »\n\nLes travaux commencent en mai.",
        "Sie sagte: „Wir bauen die Schule neu auf.\n\nDie Arbeiten beginnen im Mai.",
        "fr-de") == ["major"]


def test_one_finding_for_two_broken_marks_in_one_sentence():
    """„unterzeichnetes „ und „endgültiges“: two reopened quotations, one broken sentence."""
    assert len(_severities(
        'The ministries confirmed an already "signed" and "final" deal to buy frigates.',
        "Die Ministerien bestätigten ein bereits „unterzeichnetes „ und „endgültiges“ Geschäft über Fregatten.",
        "en-de")) == 1


def test_every_language_s_usual_quotation_marks_are_marks_the_reader_knows():
    """A pack's primary and secondary marks (Japanese 「」『』) must be in the shared sets, or its quotations
    go unread."""
    from mtcheck.lang.packs import QUOTE_CHARS, available, pack
    unknown = {code: mark for code in available() for key in ("quotes.primary", "quotes.secondary")
               for mark in pack(code).text(key) or "" if mark not in QUOTE_CHARS}
    assert not unknown


@pytest.mark.parametrize("text, words", [("我们很高兴", 3), ("ビルディング・サーベイヤー", 2), ("Putin's well-known plan", 3),
                                         ("他说 it's “fine”", 3), ("", 0)])
def test_two_chinese_or_japanese_characters_or_a_katakana_run_make_a_word(text, words):
    from mtcheck.checks.quotes.marks import words_in
    assert words_in(text, 0, len(text)) == words
