import pytest

from tests.checks.support import flags, passes

EXAMPLES = [
    # MT310 name-moved
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
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_names_examples(example):
    example.verify()
