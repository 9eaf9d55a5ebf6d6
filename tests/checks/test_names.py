import pytest

from tests.checks.support import flags, passes

EXAMPLES = [
    # MT310 name-moved
    flags("MT310", "Die Regierung kündigte neue Hilfen an, berichtete der Spiegel. Die Opposition kritisierte das.",
          "The government announced new aid. The opposition criticised that, Der Spiegel reported.",
          span="Spiegel"),
    flags("MT310", "Según el diario El País, el gobierno aprobó la ley. La oposición votó en contra.",
          "The government approved the law. According to El País, the opposition voted against.", "es-en",
          span="El País"),
    passes("MT310", "Según el diario El País, el gobierno aprobó la ley. La oposición votó en contra.",
           "According to El País, the government approved the law. The opposition voted against.", "es-en"),
    passes("MT310", "La oposición votó en contra. Según El País, el gobierno aprobó la ley.",
           "The opposition voted against. The government approved the law, according to El País.", "es-en"),
    flags("MT310",
          "Das Ministerium in Berlin wies die Vorwürfe am Montag zurück, wie Reuters berichtete. "
          "Die Gespräche in Genf seien gescheitert.",
          "The ministry in Berlin rejected the allegations on Monday. "
          "Reuters said the talks in Geneva had failed.", span="Reuters"),
    flags("MT310",
          "Chancellor Scholz met the Polish president in Warsaw on Tuesday, AFP reported. "
          "Both sides agreed on closer cooperation.",
          "Bundeskanzler Scholz traf am Dienstag in Warschau den polnischen Präsidenten. "
          "Beide Seiten einigten sich laut AFP auf eine engere Zusammenarbeit.", "en-de", span="AFP"),
    passes("MT310",
           "Das Ministerium in Berlin wies die Vorwürfe zurück, wie Reuters berichtete. Die Gespräche seien gescheitert.",
           "According to Reuters, the ministry in Berlin rejected the allegations. The talks had failed."),
    passes("MT310",
           "Scholz traf Macron in Paris. Scholz sagte danach, man sei sich einig.",
           "The chancellor met Macron in Paris. Scholz then said they were in agreement."),
    passes("MT310",
           "Le ministre a démenti, selon l'AFP. Les discussions ont échoué.",
           "The minister denied it, according to AFP. The talks failed.", "fr-en"),
    passes("MT310",
           "Die Gespräche seien gescheitert, hieß es. Reuters berichtete am Abend darüber.",
           "Reuters reported on this in the evening. The talks had failed, it was said."),
    # MT310 within one sentence: the name attached to the other coordinated clause
    flags("MT310",
          "Laut Bürgermeisterin Ute Brandhorst ist die Brücke sicher, doch die Anwohner fürchten weitere Schäden.",
          "The bridge is safe, but according to Mayor Ute Brandhorst the residents fear further damage.",
          span="Brandhorst"),
    flags("MT310",
          "Selon Le Parisien, la mairie a fermé le parc, mais les habitants continuent d'y aller chaque soir.",
          "The town hall closed the park, but according to Le Parisien residents keep going there every evening.",
          "fr-en", span="Parisien"),
    passes("MT310",
           "Laut Bürgermeisterin Ute Brandhorst ist die Brücke sicher, doch die Anwohner fürchten weitere Schäden.",
           "According to Mayor Ute Brandhorst, the bridge is safe, but residents fear further damage."),
    passes("MT310",  # an attribution that ends the sentence speaks for all of it
           "Laut Ute Brandhorst ist die Brücke sicher, doch die Anwohner fürchten weitere Schäden.",
           "The bridge is safe, but residents fear further damage, Ute Brandhorst said."),
    flags("MT310",  # an attribution of the first clause moved to the end of the second
          "La policía cerró la autopista, informó la Guardia Civil, y los conductores esperaron durante horas.",
          "The police closed the motorway, and drivers waited for hours, the Guardia Civil reported.", "es-en",
          span="Guardia Civil"),
    passes("MT310",
           "La policía cerró la autopista, informó la Guardia Civil, y los conductores esperaron durante horas.",
           "The police closed the motorway, the Guardia Civil reported, and drivers waited for hours.", "es-en"),
    passes("MT310",  # the translation has one clause where the source has two
           "Laut Ute Brandhorst ist die Brücke sicher, doch die Anwohner fürchten weitere Schäden.",
           "The residents fear further damage although the bridge is safe according to Ute Brandhorst."),
    # a credited name moved into another clause: the word links of that clause come from elsewhere
    flags("MT310",
          "Laut Reuters billigte die Regierung, die seit 2019 im Amt ist, den Plan für 2025.",
          "The government, which according to Reuters has been in office since 2019, approved the plan for 2025.",
          span="Reuters"),
    flags("MT310",
          "Selon Le Monde, le ministre, arrivé à Paris en 2020, a présenté le budget de 2024.",
          "The minister, who according to Le Monde arrived in Paris in 2020, presented the 2024 budget.", "fr-en",
          span="Le Monde"),
    flags("MT310",
          "Según El País, el Gobierno aprobó en 2023 el plan, que costará 500 millones.",
          "The government approved the plan in 2023, which according to El País will cost 500 million.", "es-en",
          span="El País"),
    passes("MT310",
           "Laut Reuters billigte die Regierung, die seit 2019 im Amt ist, den Plan für 2025.",
           "According to Reuters, the government, which has been in office since 2019, approved the plan for 2025."),
    passes("MT310",
           "Según El País, el Gobierno aprobó en 2023 el plan, que costará 500 millones.",
           "According to El País, the government approved the plan in 2023, which will cost 500 million.", "es-en"),
    passes("MT310",  # an attribution of its own speaks for the clause beside it
           "According to Professor Kim, the Lumex test, developed in 2021, finds 3 variants in 20 minutes.",
           "Laut Professor Kim findet der Lumex-Test, der 2021 entwickelt wurde, 3 Varianten in 20 Minuten.", "en-de"),
    # a name cut out of its place: the article that opened it is left with no noun
    flags("MT310",
          "Česká republika je zaplavena nedokončenými domy, rodiny nemají peníze.",
          "The is flooded with unfinished houses Czech Republic, families have no money.", "cs-en",
          span="Czech Republic"),
    flags("MT310",
          "Die Gespräche in Genf wurden von der Europäischen Kommission und den USA geleitet.",
          "The talks in Geneva were led by the and the United States European Commission.",
          span="European Commission"),
    passes("MT310",
           "Die Gespräche in Genf wurden von der Europäischen Kommission und den USA geleitet.",
           "The talks in Geneva were led by the European Commission and the United States."),
    passes("MT310",  # the source ends its clause with the name too: not moved (a German "an" left untranslated)
           "Das Licht ziehe Insekten stark an, erklärt Co-Autor Tobias Reinke.",
           "Das Licht ziehe Insekten stark an, explains co-author Tobias Reinke."),
    passes("MT310",  # a file extension is no clause end
           "Die Datei enthielt einen .exe-Anhang namens Angebot.",
           "The file contained a .exe attachment called Offer."),
    # MT311 name-missing
    flags("MT311",
          "Nach der Invasion sagte Andrij Jussow, die Gruppen hätten autonom gehandelt. "
          "Jussow betonte, Kiew habe keine Befehle erteilt.",
          "After the invasion, a spokesman said the groups had acted autonomously. "
          "Yusov stressed that Kiev had given no orders.",
          span="After the invasion, a spokesman said the groups had acted autonomously."),
    flags("MT311",
          "El presidente Pedro Sánchez visitó Sevilla el lunes. Sánchez habló con los agricultores.",
          "The president visited Seville on Monday. Sánchez spoke with the farmers.", "es-en",
          span="The president visited Seville on Monday."),
    passes("MT311",  # a name that is also a word of the source language may be translated
           "Die Sparkasse Isartal verlor. Die Sparkasse will das Urteil prüfen.",
           "Sparkasse Isartal lost. The savings bank wants to examine the ruling."),
    passes("MT311",
           "Die Rebellen fordern ein Treffen mit Wjatscheslaw Gladkow. Gladkow lehnte ab.",
           "The rebels demand a meeting with Vyacheslav Gladkov. Gladkov refused."),
    passes("MT311",
           "Die Partisanen griffen Putins Truppen an. Putin schwieg.",
           "The partisans attacked Putin's troops. Putin remained silent."),
    passes("MT311",
           "Das Ministerium in Moskau widersprach. Das Video aus Moskau zeigt Schäden.",
           "The ministry in Moscow disagreed. The video from Moscow shows damage."),
    passes("MT311",
           "Charles de Gaulle est arrivé à Washington. De Gaulle a rencontré Kennedy.",
           "Charles de Gaulle arrived in Washington. De Gaulle met Kennedy.", "fr-en"),
    # an inflected form of the name, or the name in another script, is no omission
    passes("MT311",
           "Police said Simpson shot Wayde Sims on Friday. Sims was a basketball player.",
           "Policie uvedla, že Simpson v pátek zastřelil Waydea Simsa. Sims byl basketbalista.", "en-cs"),
    passes("MT311",
           "The chain's head Sarah Squire said the trees smell great. Squire added that sales rose.",
           "Глава сети Сара Сквайр сказала, что ёлки прекрасно пахнут. По словам Squire, продажи выросли.",
           "en-ru"),
    passes("MT311",  # inside a compound of a language that writes compounds as one word
           "Moscow says NATO broke promises given after the Soviet Union collapsed in 1991. The Union had 15 republics.",
           "Moskau sagt, die NATO habe Zusagen gebrochen, die nach dem Zerfall der Sowjetunion 1991 gegeben wurden. "
           "Die Union hatte 15 Republiken.", "en-de"),
    flags("MT311",  # a common word of the source language that the translation keeps as a name
          "Apple unveiled a phone on Monday. Analysts praised Apple. Apple shares rose.",
          "Apple stellte am Montag ein Telefon vor. Analysten lobten den Konzern. Die Apple-Aktie stieg.", "en-de",
          span="Analysten lobten den Konzern."),
    # a capitalised common word that the translation translates where it can (Sunday: neděle)
    passes("MT311",
           "The match is on Sunday. The Sunday Times called it the game of the year.",
           "Zápas se hraje v neděli. Deník Sunday Times ho označil za zápas roku.", "en-cs"),
    passes("MT311",
           "The Service will close on Monday. The Service App still works.",
           "Der Dienst schließt am Montag. Die Service App funktioniert weiter.", "en-de"),
    # the name spelled another way (transliterated, misspelt, inflected): MT314's, not missing
    passes("MT311",
           "The test can detect Omicron in one hour. Omicron is now dominant.",
           "Test dokáže odhalit omikron za jednu hodinu. Omicron nyní převládá.", "en-cs"),
    passes("MT311",
           "Le Hezbollah a démenti lundi ces accusations. Selon le Hezbollah, Israël ment.",
           "Die Hisbollah dementierte am Montag diese Vorwürfe. Laut Hezbollah lügt Israel.", "fr-de"),
    # a word the source also writes in lower case
    passes("MT311",
           "Mounted Combat lets you fight on horseback. Fast combat rewards skill. The Combat system is new.",
           "Mounted Combat vám umožní bojovat na koni. Rychlý boj odměňuje dovednost. Bojový systém je nový.", "en-cs"),
    passes("MT311",
           "Our Service team answers within a day. If the service fails, call us. The Service App helps too.",
           "Unser Kundendienst antwortet innerhalb eines Tages. Wenn der Dienst ausfällt, rufen Sie uns an. "
           "Die Service App hilft auch.", "en-de"),
    # an acronym written out
    passes("MT311",
           "Is there any RF shielding in the box? The RF output is weak.",
           "Je v krabici nějaké stínění rádiové frekvence? RF výstup je slabý.", "en-cs"),
    passes("MT311",
           "Exports to the UK fell in March. The UK blamed the new rules.",
           "Izvoz u Ujedinjeno Kraljevstvo pao je u ožujku. UK je okrivio nova pravila.", "en-hr"),
    flags("MT311",
          "Die EU kritisierte den Plan am Montag. Die EU will Gespräche.",
          "The Commission criticised the plan on Monday. The EU wants talks.",
          span="The Commission criticised the plan on Monday."),
    # MT312 attribution-lost
    flags("MT312",
          "Der ukrainische Geheimdienst veröffentlichte laut Ukrainska Pravda eine Meldung auf X.",
          "The Ukrainian Intelligence Service Ukrainska Pravda published a message on X.",
          span="Ukrainska Pravda"),
    flags("MT312",
          "Le gouvernement prépare, selon Le Monde, une réforme des retraites.",
          "The government Le Monde is preparing a pension reform.", "fr-en", span="Le Monde"),
    flags("MT312",
          "El Gobierno aprobará el plan, según El País, el martes.",
          "The government El País will approve the plan on Tuesday.", "es-en", span="El País"),
    flags("MT312",  # the verb after the name is the subject's, not the name's
          "Der Verband lehnte laut Weser-Bote zudem ab, die Gebühren zu senken.",
          "The association Weser-Bote also refused to lower the fees.", span="Weser-Bote"),
    flags("MT312",
          "Die Stadtwerke kündigten laut Okonkwo-Brandt zudem an, dass die Preise steigen.",
          "The utility Okonkwo-Brandt also announced that prices would rise.", span="Okonkwo-Brandt"),
    flags("MT312",
          "Le syndicat a annoncé, selon Sud-Matin, une grève pour lundi.",
          "The union Sud-Matin announced a strike for Monday.", "fr-en", span="Sud-Matin"),
    flags("MT312",
          "La patronal confirmó, según Diario Levante, el acuerdo con los sindicatos.",
          "The federation Diario Levante confirmed the agreement with the unions.", "es-en",
          span="Diario Levante"),
    passes("MT312",  # the acronym's expansion stands between the marker and the name
           "Eisbären gelten laut der Weltnaturschutzunion IUCN als gefährdet.",
           "According to the International Union for Conservation of Nature (IUCN), polar bears are "
           "classified as vulnerable."),
    passes("MT312",  # the source has the apposition too
           "Die Zeitung Le Monde berichtete, die Regierung plane eine Reform.",
           "The newspaper Le Monde reported that the government is planning a reform."),
    passes("MT312",  # an inserted reporting clause credits the name
           "Die Gespräche sind laut Reuters gescheitert.",
           "The talks failed, the agency Reuters reported."),
    flags("MT312",
          "The union also announced a strike, according to Reuters.",
          "Die Gewerkschaft Reuters kündigte zudem einen Streik an.", "en-de", span="Reuters"),
    passes("MT312",
           "Laut Reuters kündigte die Gewerkschaft einen Streik an.",
           "Reuters reported that the union announced a strike."),
    passes("MT312",
           "Der Verband lehnte laut Weser-Bote zudem ab, die Gebühren zu senken.",
           "According to Weser-Bote, the association also refused to lower the fees."),
    passes("MT312",
           "El diario El Heraldo informó, según fuentes oficiales, que el plan se aprobará.",
           "The newspaper El Heraldo reported, citing official sources, that the plan will be approved.",
           "es-en"),
    passes("MT312",
           "Le syndicat a annoncé une grève pour lundi, selon Sud-Matin.",
           "The union announced a strike for Monday, Sud-Matin reported.", "fr-en"),
    passes("MT312",
           "Der Geheimdienst veröffentlichte laut Ukrainska Pravda eine Meldung.",
           "According to Ukrainska Pravda, the intelligence service published a message."),
    passes("MT312",
           "Die Gruppen bestehen aus Nationalisten, wie das Portal Newsweek berichtete.",
           "The groups consist of nationalists, as the portal Newsweek reported."),
    passes("MT312",
           "Laut Polizei wurden zwei Menschen verletzt.",
           "According to police, two people were injured."),
    passes("MT312",
           "Laut Reuters sind die Gespräche gescheitert.",
           "Reuters reports that the talks have failed."),
    passes("MT312",
           "According to Reuters, the talks in Geneva failed.",
           "Laut Reuters sind die Gespräche in Genf gescheitert.", "en-de"),
    # MT312: a name left between a verb and its object
    flags("MT312",
          "Die Stadt kündigte am Freitag die Schließung von zwei Schwimmbädern an, wie der WDR berichtete.",
          "The city announced WDR on Friday the closure of two swimming pools.", span="WDR"),
    passes("MT312",
           "Die Stadt kündigte am Freitag die Schließung von zwei Schwimmbädern an, wie der WDR berichtete.",
           "The city announced the closure of two swimming pools on Friday, reported WDR on Friday evening."),
    passes("MT312",
           "Die Stadt kündigte am Freitag die Schließung von zwei Schwimmbädern an, wie der WDR berichtete.",
           "The city announced the closure of two swimming pools on Friday, WDR reported."),
    # MT313 attribution-garbled
    flags("MT313",
          "Am Samstag kündigten Partisanen laut dem Nachrichtenportal Nexta auf X einen Angriff an.",
          "On Saturday, partisans announced an attack, according to the news portal Nexta reported on X.",
          span="according to the news portal Nexta reported"),
    flags("MT313",
          "Wie Gouverneur Wjatscheslaw Gladkow laut n-tv mitteilte, wurden zwei Menschen getötet.",
          "Governor Vyacheslav Gladkov stated n-tv According to reports, two people were killed.",
          span="n-tv According"),
    passes("MT313",  # a "like" calque is MT212's
           "Dazu gehören mehrere Gruppen, wie das Nachrichtenportal Newsweek berichtete.",
           "These include several groups, like the news portal Newsweek reported."),
    flags("MT313",
          "Selon l'agence Reuters, les négociations ont échoué.",
          "The negotiations failed, according to the agency Reuters said.", "fr-en", span="Reuters said"),
    passes("MT313",
           "Am Samstag kündigten Partisanen laut dem Nachrichtenportal Nexta auf X einen Angriff an.",
           "On Saturday, partisans announced an attack, according to the news portal Nexta on X."),
    passes("MT313",
           "Wie Gouverneur Wjatscheslaw Gladkow laut n-tv mitteilte, wurden zwei Menschen getötet.",
           "Governor Vyacheslav Gladkov told n-tv that two people were killed."),
    passes("MT313",
           "Dazu gehören mehrere Gruppen, wie das Nachrichtenportal Newsweek berichtete.",
           "These include several groups, as the news portal Newsweek reported."),
    passes("MT313",
           "Laut Nexta wurden zwei Depots zerstört.",
           "Two depots were destroyed, according to what Nexta reported."),
    passes("MT313",
           "According to Reuters, officials in Kyiv confirmed the attack.",
           "Laut Reuters bestätigten Beamte in Kiew den Angriff.", "en-de"),
    # MT314 name-inconsistent
    flags("MT314",
          "Zu den Gruppen gehört die „Legion Freiheit Russlands“. Später teilte die Legion Freiheit Russlands mit, "
          "sie habe zwei Depots zerstört.",
          "The groups include the “Legion Freedom of Russia”. Later, the Legion of Freedom of Russia said "
          "it had destroyed two depots.", span="Legion of Freedom of Russia"),
    flags("MT314",
          "Oberbürgermeister Jens Keßler verteidigte die Entscheidung. Keßler sprach von Fairness. "
          "Keßler kündigte eine Prüfung an.",
          "Mayor Jens Kessler defended the decision. Kessler spoke of fairness. Keßler announced a review.",
          span="Keßler"),
    flags("MT314",
          "Lo explicó el delegado Juan Carlos Montero. Según Montero, las mínimas no bajarán de 27 grados. "
          "Montero pidió prudencia.",
          "This was explained by delegate Juan Carlos Montero. According to Monteiro, minimum temperatures "
          "will not fall below 27 degrees. Montero called for caution.", "es-en", span="Monteiro"),
    passes("MT314",  # the same words in the other order are one rendering
           "Der Zoo Lindenau meldet Nachwuchs. Im Zoo Lindenau leben zwei Eisbären. Der Zoo Lindenau ist beliebt.",
           "Lindenau Zoo reports offspring. Two polar bears live at Lindenau Zoo. Zoo Lindenau is popular."),
    passes("MT314",  # German capitalises nouns: "Dienstag den" is no part of the name
           "Halvorsen Labs unveiled Lumen One on Tuesday. The Lumen One costs 299 dollars.",
           "Halvorsen Labs hat am Dienstag den Lumen One vorgestellt. Der Lumen One kostet 299 Dollar.", "en-de"),
    passes("MT314",
           "Zu den Gruppen gehört die „Legion Freiheit Russlands“. Später teilte die Legion Freiheit Russlands mit, "
           "sie habe zwei Depots zerstört.",
           "The groups include the “Legion Freedom of Russia”. Later, the Legion Freedom of Russia said "
           "it had destroyed two depots."),
    passes("MT314",
           "Die Legion Freiheit Russlands kämpft im Süden. Die Legion Freies Russland meldete Erfolge.",
           "The Legion of Freedom of Russia fights in the south. The Free Russia Legion reported successes."),
    passes("MT314",
           "La Junta de Andalucía pidió calma. En Andalucía hará calor. Andalucía sufre la sequía.",
           "The Junta de Andalucía called for calm. It will be hot in Andalusia. Andalusia is suffering "
           "from drought.", "es-en"),
    passes("MT314",
           "Putins Truppen rückten vor. Putin schwieg dazu.",
           "Putin's troops advanced. Putin remained silent."),
    # case endings of a language whose names inflect; words of the sentence next to the name
    passes("MT314",
           "Anne Rice will be buried in New Orleans. She lived in New Orleans for decades. "
           "New Orleans was her home.",
           "Anne Riceová bude pohřbena v New Orleansu. V New Orleans žila desítky let. "
           "New Orleans byl jejím domovem.", "en-cs"),
    passes("MT314",
           "Ashes fell on Mexico City. Mexico City closed its airport. Flights to Mexico City resumed.",
           "Pepeo je pao na Mexico City. Mexico City zatvorio je zračnu luku. Letovi za Mexico Cityju su nastavljeni.",
           "en-hr"),
    flags("MT314",
          "Marshall told the committee about Kabul. Marshall worked for the Foreign Office. Marshall left in 2021.",
          "Marshall berichtete dem Ausschuss über Kabul. Marshal arbeitete für das Außenministerium. "
          "Marshall ging 2021.", "en-de", span="Marshal arbeitete"),
    # capitalised for another reason: a German noun after the name, the word opening the sentence
    passes("MT314",
           "Boris Johnson's popularity fell in May. Boris Johnson spoke on Monday. Boris Johnson left early.",
           "Boris Johnsons Beliebtheit sank im Mai. Boris Johnson sprach am Montag. Boris Johnson ging früh.", "en-de"),
    passes("MT314",
           "Visit New Jersey in the spring. Visit New Jersey in the winter too. Flights to New Jersey resumed.",
           "Navštivte New Jersey na jaře. Navštivte New Jersey i v zimě. Lety do New Jerseye byly obnoveny.", "en-cs"),
    # one name spelled two ways, whatever script the source writes it in
    flags("MT314",
          "Губернатор Вячеслав Гладков сообщил об обстреле. Гладков призвал жителей к спокойствию. "
          "По словам Гладкова, пострадавших нет.",
          "Governor Vyacheslav Gladkov reported shelling. Gladkow urged residents to stay calm. "
          "According to Gladkov, no one was injured.", "ru-en", span="Gladkow"),
    flags("MT314",
          "Речник Андрій Юсов заявив про атаку. Юсов додав, що групи діяли самостійно. Юсов не назвав імен.",
          "Spokesman Andriy Yusov announced the attack. Jusow added that the groups acted independently. "
          "Yusov did not name names.", "uk-en", span="Jusow"),
    flags("MT314",  # the source's spelling kept once, transliterated elsewhere
          "Gouverneur Wjatscheslaw Gladkow meldete Beschuss. Gladkow rief zur Ruhe auf. "
          "Laut Gladkow gab es keine Verletzten.",
          "Governor Vyacheslav Gladkov reported shelling. Gladkow called for calm. "
          "According to Gladkov, no one was injured.", span="Gladkow called"),
    passes("MT314",  # case endings are no second spelling
           "Muammar Gaddafi ruled for decades. Critics feared Gaddafi. Gaddafi's son Saif spoke later.",
           "Muammar Kaddáfí vládl desítky let. Kritici se Kaddáfího báli. Kaddáfího syn Saif promluvil později.",
           "en-cs"),
    passes("MT314",
           "Речник Андрій Юсов заявив про атаку. Юсов додав, що групи діяли самостійно. Юсов не назвав імен. "
           "Юсова підтримав Кирило Буданов.",
           "Spokesman Andriy Yusov announced the attack. Yusov added that the groups acted independently. "
           "Yusov did not name names. Kyrylo Budanov backed Yusova.", "uk-en"),
    # a first name dropped where the source gives it and the translation writes it elsewhere
    flags("MT314",
          "Gouverneur Wjatscheslaw Gladkow meldete Beschuss. Am Abend sagte Wjatscheslaw Gladkow, niemand sei verletzt.",
          "Governor Vyacheslav Gladkov reported shelling. In the evening, Gladkov said no one was injured.",
          span="Gladkov said"),
    flags("MT314",
          "La juge Hélène Mercadier a ouvert le procès. Hélène Mercadier a ensuite interrogé les témoins.",
          "Judge Hélène Mercadier opened the trial. Mercadier then questioned the witnesses.", "fr-en",
          span="Mercadier then"),
    passes("MT314",  # the source has the surname alone there too
           "Gouverneur Wjatscheslaw Gladkow meldete Beschuss. Am Abend sagte Gladkow, niemand sei verletzt.",
           "Governor Vyacheslav Gladkov reported shelling. In the evening, Gladkov said no one was injured."),
    passes("MT314",  # the translation never writes the full name: nothing to be inconsistent with
           "La juge Hélène Mercadier a ouvert le procès. Hélène Mercadier a ensuite interrogé les témoins.",
           "Judge Mercadier opened the trial. Mercadier then questioned the witnesses.", "fr-en"),
    # a name copied once and translated everywhere else
    flags("MT314",
          "El Tribunal Supremo rechazó el recurso. El Tribunal Supremo dictará sentencia. "
          "Según el Tribunal Supremo, no hay plazo.",
          "The Supreme Court rejected the appeal. The Tribunal Supremo will rule. "
          "According to the Supreme Court, there is no deadline.", "es-en", span="Tribunal Supremo"),
    flags("MT314",
          "La Corte Costituzionale ha respinto il ricorso. La Corte Costituzionale deciderà a maggio. "
          "Secondo la Corte Costituzionale, la legge è valida.",
          "The Constitutional Court rejected the appeal. The Corte Costituzionale will decide in May. "
          "According to the Constitutional Court, the law is valid.", "it-en", span="Corte Costituzionale"),
    passes("MT314",  # kept twice, translated once: a translator's explanation, not an odd copy
           "La Corte Costituzionale ha respinto il ricorso. La Corte Costituzionale deciderà a maggio. "
           "Secondo la Corte Costituzionale, la legge è valida.",
           "The Corte Costituzionale rejected the appeal. Italy's Constitutional Court will decide in May. "
           "According to the Corte Costituzionale, the law is valid.", "it-en"),
    # MT315 names-fused
    flags("MT315",
          "\"The costs are too high,\" said Anna Weber of the research institute Fraunhofer ISE.",
          "„Die Kosten sind zu hoch“, sagte das Forschungsinstitut Anna Weber Fraunhofer ISE.", "en-de",
          span="Weber Fraunhofer"),
    flags("MT315",
          "„Die Branche wächst“, sagte Maria Schulz vom Verband Bitkom am Montag.",
          "“The industry is growing,” said Maria Schulz Bitkom association on Monday.",
          span="Schulz Bitkom"),
    passes("MT315",
           "Die Rebellen wollen den Gouverneur von Belgorod, Wjatscheslaw Gladkow, treffen.",
           "The rebels want to meet Belgorod Governor Vyacheslav Gladkov."),
    passes("MT315",
           "Die Brenner Antriebstechnik GmbH aus Tuttlingen wächst.",
           "Tuttlingen-based Brenner Antriebstechnik GmbH is growing."),
    passes("MT315",
           "Fue trasladado al Hospital Virgen del Rocío tras desplomarse.",
           "He was taken to the Virgen del Rocío Hospital after collapsing.", "es-en"),
    passes("MT315",
           "„Die Branche wächst“, sagte Maria Schulz vom Verband Bitkom am Montag.",
           "“The industry is growing,” said Maria Schulz of the Bitkom association on Monday."),
    flags("MT315",
          "“The wind is strong,” said Tomas Berg of the firm Nordic Wind on Monday.",
          "„Vítr je silný,“ řekl v pondělí Tomas Berg Nordic Wind.", "en-cs", span="Berg Nordic"),
    flags("MT315",
          "« Le vaccin est sûr », a déclaré Marie Duval, de l'Institut Pasteur, lundi.",
          "“The vaccine is safe,” Marie Duval Pasteur said on Monday.", "fr-en", span="Duval Pasteur"),
    # a juxtaposed phrase (team, role, person) whose role word order moved in front: nothing was lost
    passes("MT315",
           "Earlier in the week, Chelsea goalkeeper David Raya praised the fans.",
           "Začátkem týdne brankář Chelsea David Raya ocenil fanoušky.", "en-cs"),
    passes("MT315",
           "Bayern coach Vincent Kompany praised the team on Sunday.",
           "Der Trainer des FC Bayern Vincent Kompany lobte am Sonntag das Team.", "en-de"),
    passes("MT315",  # the source has the two names the other way round, as neighbours in a list
           "Mit den Reglern BASS, TREBLE und GAIN stellen Sie den Klang ein.",
           "Use the GAIN BASS and TREBLE knobs to set the sound."),
    flags("MT315",  # a name moved next to one the source writes well before it
          "Trainer Rüdiger Rehm lobte nach dem Spiel in Kiel vor allem Christoph Dabrowski.",
          "After the match in Kiel coach Rüdiger Rehm Christoph Dabrowski praised above all.",
          span="Rehm Christoph"),
    flags("MT315",
          "Marta Ruiz ganó en Sevilla el domingo, por delante de Lucía Gómez.",
          "On Sunday, ahead of Lucía Gómez Marta Ruiz won in Seville.", "es-en", span="Gómez Marta"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_names_examples(example):
    example.verify()


def _majors(code: str, source: str, target: str, langs: str = "de-en") -> list[str]:
    """Target texts of the major findings of ``code`` alone."""
    from mtcheck.findings import Severity
    from mtcheck.options import Options
    from mtcheck.run.api import check_texts
    src, tgt = langs.split("-")
    result = check_texts(source, target, src, tgt, Options(select=(code,)))
    return [f.target.text for f in result.findings if f.code == code and f.severity is Severity.MAJOR]


# MT314 major: a name the translation writes one way at least twice, and once misspelt or with
# another first name, in a form found nowhere in the source.
MISSPELT = [
    ("fr-en", "La juge Hélène Mercadier a ouvert le procès. Mercadier a interrogé les témoins. "
              "Selon Mercadier, le verdict tombera lundi.",
     "Judge Hélène Mercadier opened the trial. Mercardier questioned the witnesses. "
     "According to Mercadier, the verdict will come on Monday.", "Mercardier"),
    ("en-de", "Coach Rainer Wolfsberger praised his team. Wolfsberger said the win was deserved. "
              "Fans cheered Wolfsberger after the match.",
     "Trainer Rainer Wolfsberger lobte seine Mannschaft. Wolfsbeger sagte, der Sieg sei verdient. "
     "Die Fans feierten Wolfsberger nach dem Spiel.", "Wolfsbeger"),
    ("es-en", "La alcaldesa Lucía Montalbán inauguró el parque. Después, Lucía Montalbán habló con los vecinos. "
              "Montalbán prometió más árboles.",
     "Mayor Lucía Montalbán opened the park. Afterwards, Carmen Montalbán spoke with residents. "
     "Montalbán promised more trees.", "Carmen"),
    # English names take no endings: another last letter is a misspelling
    ("it-en", "L'allenatore Massimo Ferrante ha lodato la squadra. Ferrante ha detto che la vittoria era meritata. "
              "I tifosi hanno applaudito Ferrante.",
     "Coach Massimo Ferrante praised the team. Ferranti said the victory was deserved. The fans applauded Ferrante.",
     "Ferranti"),
]
CONSISTENT = [
    # Czech names take case endings: the same change is an inflection
    ("en-cs", "Coach Massimo Ferrante praised the team. Ferrante said the win was deserved. Fans thanked Ferrante.",
     "Trenér Massimo Ferrante pochválil tým. Ferrante řekl, že výhra byla zasloužená. Fanoušci Ferranta ocenili."),
    # a case ending of the usual form (Czech, Croatian inflect names)
    ("en-cs", "Minister Jan Hollander visited Brno. Hollander met the mayor. Critics attacked Hollander.",
     "Ministr Jan Hollander navštívil Brno. Hollander se setkal se starostou. Kritici napadli Hollandera."),
    # a possessive, and a compound with the name
    ("en-de", "Rainer Wolfsberger's team won. Wolfsberger was happy. Wolfsberger thanked the fans.",
     "Rainer Wolfsbergers Team gewann. Wolfsberger war glücklich. Wolfsberger dankte den Wolfsberger-Fans."),
    # another person, named in the source too
    ("es-en", "Lucía Montalbán abrió el acto. Montalbán saludó a Carmen Montalbán, su hermana. Montalbán habló.",
     "Lucía Montalbán opened the event. Montalbán greeted Carmen Montalbán, her sister. Montalbán spoke."),
    # a title before the surname, not a first name
    ("es-en", "La alcaldesa Lucía Montalbán abrió el parque. Lucía Montalbán habló. Montalbán prometió árboles.",
     "Mayor Lucía Montalbán opened the park. Mayor Montalbán spoke. Montalbán promised trees."),
    # the usual form written only once: no usual form to judge by
    ("fr-en", "Hélène Mercadier a ouvert le procès. Mercadier a interrogé les témoins.",
     "Hélène Mercadier opened the trial. Mercardier questioned the witnesses."),
    # a case ending on the first word of a product name (Galaxyju S4), not another first name
    ("en-hr", "The app runs on the Galaxy S4. I bought a Galaxy S4 in May. The Galaxy S4 still works.",
     "Aplikacija radi na Galaxyju S4. U svibnju sam kupio Galaxy S4. Galaxy S4 još radi."),
    # a feminine or plural ending added to the usual form
    ("fr-en", "Hélène Mercadier a ouvert le procès. Mercadier a parlé. Selon Mercadier, tout va bien.",
     "Hélène Mercadier opened the trial. The Mercadiers spoke. According to Mercadier, all is well."),
]


@pytest.mark.parametrize("langs,source,target,span", MISSPELT, ids=lambda v: str(v)[:20])
def test_misspelt_name_is_major(langs, source, target, span):
    assert span in " ".join(_majors("MT314", source, target, langs))


@pytest.mark.parametrize("langs,source,target", CONSISTENT, ids=lambda v: str(v)[:20])
def test_consistent_name_has_no_major(langs, source, target):
    assert _majors("MT314", source, target, langs) == []


def _moved_names(source: str, target: str, langs: str, links: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> list[str]:
    """MT310's flagged texts on a document aligned by hand (sentence links ``links``)."""
    from mtcheck.align.aligner import Alignment, Link
    from mtcheck.align.context import AlignedDocument
    from mtcheck.checks.names import name_moved
    from mtcheck.text.document import Document
    src_lang, tgt_lang = langs.split("-")
    src, tgt = Document(source, src_lang), Document(target, tgt_lang)
    sentences = [Link(s, t) for s, t in links]
    doc = AlignedDocument(src, tgt, Alignment([Link((0,), (0,))], sentences, "test"))
    return [target[flag.start:flag.end] for flag in name_moved(doc)]


# One source sentence translated as two, the aligner linking the second to no source sentence:
# the name in the second is part of this sentence's translation, not moved from it.
SPLIT = [
    ("en-hr", "The police arrested Simpson. Born in Baton Rouge, Sims played 32 games. Dog owners face fines.",
     "Policija je uhitila Simpsona. Sims je rođen u Baton Rougeu. Odigrao je 32 utakmice. Vlasnici pasa plaćaju kazne.",
     [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,))]),
    ("en-de", "The mayor opened the bridge. Born in Hamburg, Weber spent 12 years in Kiel. The bridge cost 5 million.",
     "Die Bürgermeisterin eröffnete die Brücke. Weber wurde in Hamburg geboren. Sie war 12 Jahre in Kiel. "
     "Die Brücke kostete 5 Millionen.",
     [((0,), (0,)), ((), (1,)), ((1,), (2,)), ((2,), (3,))]),
]


@pytest.mark.parametrize("langs,source,target,links", SPLIT, ids=lambda v: str(v)[:20])
def test_name_in_the_unaligned_rest_of_a_split_sentence_is_not_moved(langs, source, target, links):
    assert _moved_names(source, target, langs, links) == []


def test_name_in_a_neighbouring_translated_sentence_is_moved():
    source = "The mayor opened the bridge. Born in Hamburg, Weber spent 12 years in Kiel. The bridge cost 5 million."
    target = ("Weber eröffnete die Brücke. Die Bürgermeisterin wurde in Hamburg geboren und war 12 Jahre in Kiel. "
              "Die Brücke kostete 5 Millionen.")
    assert _moved_names(source, target, "en-de", [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]) == ["Weber"]


@pytest.mark.parametrize("source, target, langs, message", [
    ("Губернатор Вячеслав Гладков сообщил об обстреле. Гладков призвал жителей к спокойствию. "
     "По словам Гладкова, пострадавших нет.",
     "Governor Vyacheslav Gladkov reported shelling. Gladkow urged residents to stay calm. "
     "According to Gladkov, no one was injured.", ("ru", "en"),
     "'Gladkow' spells the name the translation writes 'Gladkov' elsewhere (the source's 'Гладков')"),
    ("La juge Hélène Mercadier a ouvert le procès. Hélène Mercadier a ensuite interrogé les témoins.",
     "Judge Hélène Mercadier opened the trial. Mercadier then questioned the witnesses.", ("fr", "en"),
     "drops the first name"),
])
def test_inconsistent_name_messages_say_which_rendering_is_usual(source, target, langs, message):
    from mtcheck import Options, check_texts

    (finding,) = check_texts(source, target, *langs, Options(select=("MT314",))).findings
    assert message in finding.message and finding.evidence["usual"]


def test_pair_index_finds_what_a_scan_finds() -> None:
    """The per-pair word index (PairTokens.spelled) answers as find_word over the pair's tokens:
    spelling variants, possessives, hyphenated parts (and, without parts, whole words only)."""
    from mtcheck.align.aligner import Alignment, Link
    from mtcheck.align.context import AlignedDocument
    from mtcheck.checks.names.renderings import PairTokens
    from mtcheck.lang.entities import find_word, same_name
    from mtcheck.text.document import Document
    source = "Andrij Jussow sprach mit Gladkow. Die Tuttlinger Firma Keßler wuchs."
    target = "Andriy Yusov spoke to Gladkov and Gladkov's aide. The Tuttlingen-based Kessler firm grew in Tuttlingen."
    src, tgt = Document(source, "de"), Document(target, "en")
    doc = AlignedDocument(src, tgt, Alignment([Link((0,), (0,))], [Link((0,), (0,)), Link((1,), (1,))], "test"))
    sides = PairTokens.of(doc)
    words = {tok.text for toks in sides.source + sides.target for tok in toks if tok.is_word}
    for index, toks in enumerate(sides.target):
        for word in words:
            assert sides.spelled(word, index) == find_word(word, toks)
            assert sides.spelled(word, index, parts=False) == [t for t in toks if t.is_word and same_name(word, t.text)]
    assert [t.text for t in sides.spelled("Tuttlingen", 1)] == ["Tuttlingen-based", "Tuttlingen"]
    assert [t.text for t in sides.spelled("Tuttlingen", 1, parts=False)] == ["Tuttlingen"]


def test_pair_index_is_kept_for_the_latest_pairs_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory stays flat over a long document: the word index of only the latest pair sides asked about is kept,
    and a pair asked about again after its index was dropped gets the same answer."""
    from mtcheck.align.aligner import Alignment, Link
    from mtcheck.align.context import AlignedDocument
    from mtcheck.checks.names import renderings
    from mtcheck.lang.entities import find_word
    from mtcheck.text.document import Document
    monkeypatch.setattr(renderings, "_KEPT_SIDES", 2)
    names = ["Gladkov", "Kessler", "Yusov", "Mercadier", "Tuttlingen"]
    source = " ".join(f"{name} sprach heute." for name in names)
    target = " ".join(f"{name} spoke today." for name in names)
    links = [Link((k,), (k,)) for k in range(len(names))]
    doc = AlignedDocument(Document(source, "de"), Document(target, "en"), Alignment(links, links, "test"))
    sides = renderings.PairTokens.of(doc)
    for _ in range(2):
        for index, toks in enumerate(sides.target):
            for name in names:
                assert sides.spelled(name, index) == find_word(name, toks)
                assert sides.spelled(name, index, target=False) == find_word(name, sides.source[index])
    assert len(sides._words) <= 2


def test_flagged_spans_overlap_as_compared_one_by_one() -> None:
    """MT314's index of flagged spans says a span overlaps exactly when a comparison with each would."""
    import random

    from mtcheck.checks.names.inconsistent import _Spans
    draw = random.Random(7)
    spans = [(start, start + draw.randint(0, 12)) for start in (draw.randint(0, 200) for _ in range(40))]
    index = _Spans(spans[:10])
    for k in range(10, len(spans)):
        queries = [(a, a + draw.randint(0, 15)) for a in (draw.randint(0, 220) for _ in range(20))]
        for query in queries:
            assert index.overlaps(query) == any(s < query[1] and query[0] < e for s, e in spans[:k])
        index.add(spans[k])
