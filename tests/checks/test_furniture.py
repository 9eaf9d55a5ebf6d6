import pytest

from tests.checks.support import flags, passes

BODY_DE = ("Der Stadtrat hat am Donnerstag ein Netz von 40 Kilometern neuer Radwege beschlossen. "
           "Die Bauarbeiten sollen im kommenden Frühjahr beginnen.")
BODY_EN = ("The city council approved a network of 40 kilometres of new cycle paths on Thursday. "
           "Construction work is due to begin next spring.")
MORE_DE = ("Verkehrsdezernentin Miriam Albers verteidigte das Projekt. Die Stadt rechnet mit Kosten "
           "von rund 26 Millionen Euro, von denen das Land etwa die Hälfte übernehmen will.")
MORE_EN = ("Head of transport Miriam Albers defended the project. The city expects costs of around "
           "26 million euros, about half of which the state intends to cover.")
OPPOSITION_DE = ("Die Opposition warnte vor Staus im Berufsverkehr auf der Wilhelmshöher Allee. "
                 "Der Wegfall einer Autospur werde Pendler täglich Zeit kosten, sagte ihr Sprecher.")
OPPOSITION_EN = ("The opposition warned of traffic jams during rush hour on Wilhelmshöher Allee. "
                 "Losing a car lane would cost commuters time every day, its spokesman said.")

LANE_DE = " Dafür fällt auf der Wilhelmshöher Allee eine Autospur weg."
LANE_EN = " One car lane on Wilhelmshöher Allee will make way for them."
ALBERS_DE = " Verkehrsdezernentin Miriam Albers stellte die Pläne im Rathaus vor."
ALBERS_EN = " Head of transport Miriam Albers presented the plans at the town hall."
FIRE_DE = ("Ein Feuer hat in der Nacht zum Freitag eine Scheune bei Baunatal zerstört. "
           "Verletzt wurde niemand, teilte die Feuerwehr mit.")
FIRE_EN = ("A fire destroyed a barn near Baunatal on Friday night. "
           "No one was hurt, the fire brigade said.")
BODY_CS = ("Městská rada ve čtvrtek schválila síť 40 kilometrů nových cyklostezek. "
           "Stavební práce mají začít příští jaro.")
MORE_CS = ("Radní pro dopravu Miriam Albersová projekt obhajovala. Město počítá s náklady kolem "
           "26 milionů eur, z nichž zhruba polovinu chce uhradit spolková země.")


def page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


EXAMPLES = [
    # MT120 page-navigation
    flags("MT120", page("Startseite Lokales Kassel", BODY_DE), page("Home page Local Kassel", BODY_EN),
          span="Home page Local Kassel"),
    flags("MT120", page("Merken Teilen Drucken", BODY_DE), page("Notice Divide Pressure", BODY_EN),
          span="Notice Divide Pressure"),
    flags("MT120", page("Accueil > Société > Éducation", "Les écoles de Lyon ferment plus tôt cet été."),
          page("Home > Society > Education", "Schools in Lyon are closing earlier this summer."), "fr-en",
          span="Home > Society > Education"),
    flags("MT120", page("Actualizado: 14/05/2024 - 09:12h", "El Ayuntamiento de Sevilla abre doce refugios."),
          page("Updated: 05/14/2024 - 09:12h", "Seville City Council opens twelve shelters."), "es-en",
          span="Updated: 05/14/2024 - 09:12h"),
    flags("MT120", page("Politics 17 March 2024, 10:15 a.m. Reading time: 3 min.", BODY_EN),
          page("Politik 17. März 2024, 10:15 Uhr Lesezeit: 3 Min.", BODY_DE), "en-de", span="Lesezeit"),
    passes("MT120", page("Aktienkurse fallen am Montag deutlich", BODY_DE),
           page("Share prices fall sharply on Monday", BODY_EN)),
    passes("MT120", page("Politik und Sport bestimmen das Wochenende", BODY_DE),
           page("Politics and sport dominate the weekend", BODY_EN)),
    passes("MT120", page(BODY_DE, "Wir sind heute zu Hause.", MORE_DE),  # a sentence, not a date line
           page(BODY_EN, "We are at home today.", MORE_EN)),
    passes("MT120", page("„Teilen Sie es mit allen.“", BODY_DE), page("“Share it with everyone.”", BODY_EN)),
    passes("MT120", page("Wahl im März: Was Wählerinnen und Wähler wissen müssen", BODY_DE),
           page("Election in March: what voters need to know", BODY_EN)),
    flags("MT120", page("Startseite Region Landkreis Wendelstein", BODY_DE),
          page("Home page Region District of Wendelstein", BODY_EN), span="Home page Region"),
    passes("MT120", page("Innenministerium lehnt Plan ab", BODY_DE), page("Home Office Rejects Plan", BODY_EN)),
    flags("MT120", page("Cronaca / Milano", "Un incendio è scoppiato in un magazzino."),
          page("News / Milan", "A fire broke out in a warehouse."), "it-en", span="News / Milan"),
    flags("MT120", page("Deportes » Fútbol » Liga", "El equipo ganó su tercer partido."),
          page("Sports » Football » League", "The team won its third game."), "es-en", span="Sports » Football"),
    passes("MT120", page("Stadt / Land", BODY_DE), page("Town / Country", BODY_EN)),
    passes("MT120", page(BODY_DE, "Steuern runter / Renten rauf", MORE_DE),
           page(BODY_EN, "Taxes down / pensions up", MORE_EN)),
    passes("MT122", page(BODY_DE, "Freiwillige teilen Essen auf dem Platz aus. Foto: Anna Berg/dpa", MORE_DE),
           page(BODY_EN, "Volunteers share food in the square. Photo: Anna Berg/dpa", MORE_EN)),
    # a sentence fragment with one furniture word, and a question with a date, are text
    passes("MT120", page(BODY_DE, "Aber das ist meine Meinung", MORE_DE),
           page(BODY_EN, "But this is my opinion", MORE_EN)),
    passes("MT120", page(BODY_DE, "Passt es am Montag, 25.04.?", MORE_DE),
           page(BODY_EN, "Is Monday 25.04 OK?", MORE_EN)),
    flags("MT120", page(BODY_DE, "Meinung", MORE_DE), page(BODY_EN, "Opinion", MORE_EN), span="Opinion"),
    # MT121 byline
    flags("MT121", page("Von Jana Krüger-Lenz | Aktualisiert vor 3 Stunden", BODY_DE),
          page("By Jana Krüger-Lenz | Updated 3 hours ago", BODY_EN), span="By Jana Krüger-Lenz"),
    flags("MT121", page("Von Jana Krüger", BODY_DE), page("From Jana Krüger", BODY_EN), span="From Jana Krüger"),
    flags("MT121", page("By Tom Hardy, Political Correspondent", BODY_EN),
          page("Von Tom Hardy, politischer Korrespondent", BODY_DE), "en-de", span="Tom Hardy"),
    flags("MT121", page("Por María López | Actualizado: 12/06/2024", "La ola de calor continúa en Sevilla."),
          page("By María López | Updated: 06/12/2024", "The heat wave continues in Seville."), "es-en",
          span="By María López"),
    passes("MT121", page("Von Hoffnung und Angst", BODY_DE), page("Of Hope and Fear", BODY_EN)),
    passes("MT121", page(BODY_DE, "Ab Montag bleiben die Schulen in Kassel geschlossen."),
           page(BODY_EN, "From Monday, schools in Kassel will remain closed.")),
    passes("MT121", page(BODY_DE, "Bis Freitag war der Vertrag unterschrieben."),
           page(BODY_EN, "By Friday the contract was signed.")),
    # MT122 photo-caption
    flags("MT122", page(BODY_DE, "Blick auf den Eingang der Klinik. © Kliniken Nord/Archiv Vergrößern", MORE_DE),
          page(BODY_EN, "View of the entrance to the clinic. © Kliniken Nord/Archive Enlarge", MORE_EN),
          span="View of the entrance"),
    flags("MT122",
          "El defensa llega del Vallesur. / FOTO: Ana Ruiz (Agencia Sur) La afición celebró el fichaje "
          "en las redes sociales durante toda la tarde del lunes.",
          "The defender arrives from Vallesur. / PHOTO: Ana Ruiz (Agencia Sur) The fans celebrated the "
          "signing on social networks all Monday afternoon.", "es-en", span="PHOTO: Ana Ruiz"),
    flags("MT122", page(BODY_DE, "Foto: dpa", MORE_DE), page(BODY_EN, "Photo: dpa", MORE_EN), span="Photo: dpa"),
    flags("MT122",  # the Ukrainian and Czech packs' caption words
          page("Міська рада в четвер схвалила мережу з 40 кілометрів нових велодоріжок. "
               "Будівельні роботи мають розпочатися наступної весни.", "Фото: Іван Петренко",
               "Радниця з питань транспорту Міріам Альберс захищала проєкт. Місто розраховує на витрати "
               "близько 26 мільйонів євро."),
          page(BODY_CS, "Foto: Ivan Petrenko", MORE_CS), "uk-cs", span="Foto: Ivan Petrenko"),
    passes("MT122", page(BODY_EN, "The town hall published photos of the event on its website.", MORE_EN),
           page(BODY_CS, "Fotografie z akce zveřejnila radnice na svém webu.", MORE_CS), "en-cs"),
    flags("MT122", page(BODY_DE, "Foto: Ein Radfahrer auf der Allee. © Stadt Kassel", MORE_DE),
          page(BODY_EN, "Photo: A cyclist on the avenue. © City of Kassel", MORE_EN), span="A cyclist"),
    flags("MT122", page(BODY_DE, "Radfahrer am Königsplatz. am Montag © IMAGO/Hansen", MORE_DE),
          page(BODY_EN, "Cyclists at Königsplatz. on Monday © IMAGO/Hansen", MORE_EN), span="IMAGO/Hansen"),
    flags("MT122", page("Photo : Un cycliste sur l'avenue. AFP/Jean Martin", "Lyon ouvre dix pistes cyclables."),
          page("Photo: A cyclist on the avenue. AFP/Jean Martin", "Lyon opens ten cycle paths."), "fr-en",
          span="A cyclist on the avenue"),
    flags("MT122", page(BODY_DE, "Der Bahnhof nach dem Umbau. © Stadtwerke Kiel", MORE_DE),
          page(BODY_EN, "The station after the conversion. © Stadtwerke Kiel", MORE_EN), span="© Stadtwerke Kiel"),
    passes("MT122", page(BODY_DE, "Radfahrer am Königsplatz in Kassel. Foto: Uwe Zucchi/dpa", MORE_DE),
           page(BODY_EN, "Cyclists at Königsplatz in Kassel. Photo: Uwe Zucchi/dpa", MORE_EN)),
    passes("MT122", page("Kassel (dpa) – " + BODY_DE, MORE_DE), page("Kassel (dpa) – " + BODY_EN, MORE_EN)),
    passes("MT122", page("Un ciclista en la avenida. EFE/Juan Pérez", "Sevilla abre diez carriles bici."),
           page("A cyclist on the avenue. EFE/Juan Pérez", "Seville opens ten cycle lanes."), "es-en"),
    passes("MT122", page(BODY_DE, "Das meldeten am Abend die Agenturen dpa/AFP."),
           page(BODY_EN, "This was reported in the evening by the agencies dpa/AFP.")),
    # an emoticon's colon where the languages have no caption label; a list item (c); an ordinal date
    passes("MT122", page("Я могла би приїхати сьогодні?)", "Všude kolem je příroda. Brzy se uvidíme! :)"),
           page("Я могла би приїхати сьогодні?)", "Mohla bych se dnes zastavit? Brzy se uvidíme! :)"), "uk-cs"),
    flags("MT122", page("Я могла би приїхати сьогодні?)", "Все навколо – природа. © Олена Коваль"),
          page("Mohla bych se dnes zastavit?", "Všude kolem je příroda. © Olena Kovalová"), "uk-cs",
          span="© Olena"),
    passes("MT122", page("c) poruší-li takovým činem důležitou povinnost vyplývající z jeho zaměstnání, "
                         "povolání nebo postavení, nebo", "Pachatel bude potrestán odnětím svobody."),
           page("(c) if by such act they violate an important duty arising out of their employment, "
                "profession or position, or", "The offender shall be punished by imprisonment."), "cs-en"),
    flags("MT122", page("Pachatel bude potrestán odnětím svobody.", "(c) Reuters"),
          page("The offender shall be punished by imprisonment.", "(c) Reuters"), "cs-en", span="(c) Reuters"),
    passes("MT122", page("A participant holds a drawing of Greta Thunberg in The Hague, Netherlands, "
                         "September 27, 2019. REUTERS/Piroschka van de Wouw", "The strike went on all day."),
           page("Sudionik drži crtež Grete Thunberg u Haagu u Nizozemskoj 27. rujna 2019. godine. "
                "REUTERS/Piroschka van de Wouw", "Štrajk je trajao cijeli dan."), "en-hr"),
    # A credit word of the source (handout, press office, social media) translated as a word, not as a credit.
    flags("MT122", page("Ônibus no terminal central. Foto: Divulgação/Prefeitura de Vila Nova", "A tarifa sobe."),
          page("Bus at the central terminal. Photo: Disclosure/Vila Nova City Hall", "The fare goes up."), "pt-en",
          span="Photo: Disclosure"),
    passes("MT122", page("Ônibus no terminal central. Foto: Divulgação/Prefeitura de Vila Nova", "A tarifa sobe."),
           page("Bus at the central terminal. Photo: Handout/Vila Nova City Hall", "The fare goes up."), "pt-en"),
    passes("MT122", page("Ônibus no terminal central. Foto: João Lima/Folha", "A tarifa sobe."),
           page("Bus at the central terminal. Photo: João Lima/Folha", "The fare goes up."), "pt-en"),
    flags("MT122", page("Lo stabilimento dall'alto. Foto: Ufficio stampa Regione Liguria", "La fabbrica chiude."),
          page("The plant from above. Photo: Stamp office Liguria Region", "The factory closes."), "it-en",
          span="Stamp office"),
    passes("MT122", page("Lo stabilimento dall'alto. Foto: Ufficio stampa Regione Liguria", "La fabbrica chiude."),
           page("The plant from above. Photo: Liguria Region press office", "The factory closes."), "it-en"),
    flags("MT122", page("Бригады на месте аварии. Фото: соцсети", "Ремонт идёт."),
          page("Crews at the site of the accident. Photo: social networks", "Repairs are under way."), "ru-en",
          span="social networks"),
    passes("MT122", page("Бригады на месте аварии. Фото: архив редакции", "Ремонт идёт."),
           page("Crews at the site of the accident. Photo: editorial archive", "Repairs are under way."), "ru-en"),
    # An image button closing the caption, as a label of several words.
    flags("MT122", page("Borden langs de weg. Beeld: Noordveld Media / Jan Hoek · Vergroot afbeelding", "De raad stemt."),
          page("Signs along the road. Image: Noordveld Media / Jan Hoek · Enlarge image", "The council votes."),
          "nl-en", span="Enlarge image"),
    passes("MT122", page("Borden langs de weg. Beeld: Noordveld Media / Jan Hoek", "De raad stemt."),
           page("Signs along the road. Image: Noordveld Media / Jan Hoek", "The council votes."), "nl-en"),
    # MT125 site-prompt
    flags("MT125", page(BODY_DE, "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen "
                                 "die neuesten Nachrichten in Ihr Postfach."),
          page(BODY_EN, "Sign up for our newsletter and get the latest news in your inbox every morning."),
          span="Sign up for our newsletter"),
    flags("MT125", page("Nous utilisons des cookies pour améliorer votre expérience. Accepter Paramétrer",
                        "Lyon ouvre dix pistes cyclables."),
          page("We use cookies to improve your experience. Accept Settings", "Lyon opens ten cycle paths."),
          "fr-en", span="We use cookies"),
    passes("MT125", page(BODY_DE, "Kunden können den Newsletter auf der Website der Firma abonnieren."),
           page(BODY_EN, "Customers can subscribe to the newsletter on the company's website.")),
    passes("MT125", page(BODY_DE, "Die EU verlangt, dass Websites fragen, bevor sie Cookies setzen."),
           page(BODY_EN, "The EU requires websites to ask before they set cookies.")),
    passes("MT125", page(BODY_DE, "Sie können das Angebot bis Freitag annehmen, teilte die Firma mit."),
           page(BODY_EN, "You can accept the offer until Friday, the company said.")),
    # MT123 teaser-heading
    flags("MT123", page(BODY_DE + LANE_DE, "Opposition warnt vor Staus durch Wegfall einer Autospur", OPPOSITION_DE),
          page(BODY_EN + LANE_EN, "Opposition warns of traffic jams from loss of a car lane", OPPOSITION_EN),
          span="Opposition warns of traffic jams"),
    flags("MT123", page(BODY_EN + ALBERS_EN, "Albers defends cycle paths costing 26 million euros", MORE_EN),
          page(BODY_DE + ALBERS_DE, "Albers verteidigt Radwege für 26 Millionen Euro", MORE_DE), "en-de",
          span="Albers verteidigt"),
    passes("MT123", page("Kassel beschließt 40 Kilometer neuer Radwege", BODY_DE, MORE_DE),
           page("Kassel approves 40 kilometres of new cycle paths", BODY_EN, MORE_EN)),
    passes("MT123", page(BODY_DE, "Warum der Plan umstritten ist", OPPOSITION_DE),
           page(BODY_EN, "Why the plan is controversial", OPPOSITION_EN)),
    passes("MT123", page(BODY_DE, "Was bedeutet der Wegfall der Autospur für Pendler?", OPPOSITION_DE),
           page(BODY_EN, "What does losing the car lane mean for commuters?", OPPOSITION_EN)),
    passes("MT123", page(BODY_DE + LANE_DE, "2) Opposition warnt vor Staus durch Wegfall einer Autospur", OPPOSITION_DE),
           page(BODY_EN + LANE_EN, "2) Opposition warns of traffic jams from loss of a car lane", OPPOSITION_EN)),
    # a headline and its standfirst open the next item: the line follows another heading, not text
    passes("MT123", page(BODY_DE + LANE_DE, "Verkehr in Kassel: Der Streit um die Allee",
                         "Opposition warnt vor Staus durch Wegfall einer Autospur", OPPOSITION_DE),
           page(BODY_EN + LANE_EN, "Traffic in Kassel: the dispute over the avenue",
                "Opposition warns of traffic jams from loss of a car lane", OPPOSITION_EN)),
    # the headline of the next item of a page of several: nothing above speaks of it
    passes("MT123", page(BODY_DE, "Feuer zerstört Scheune bei Baunatal", FIRE_DE),
           page(BODY_EN, "Fire destroys barn near Baunatal", FIRE_EN)),
    # MT124 related-link
    flags("MT124", page(BODY_DE, "Lesen Sie auch: Kassel sucht neue Busfahrer", MORE_DE),
          page(BODY_EN, "Read also: Kassel is looking for new bus drivers", MORE_EN), span="Read also"),
    flags("MT124", page(BODY_DE, "Umstrittene Sanierung: Was wird aus dem Hallenbad am Bahnhof?", MORE_DE),
          page(BODY_EN, "Controversial renovation: What will become of the indoor pool at the station?", MORE_EN),
          span="Controversial renovation"),
    flags("MT124", page("El calor no da tregua en Sevilla.", "Te puede interesar: Los embalses, al 26%",
                        "Los agricultores temen por la cosecha."),
          page("The heat gives no respite in Seville.", "You may like: Reservoirs at 26%",
               "Farmers fear for the harvest."), "es-en", span="Reservoirs"),
    flags("MT124", page(BODY_DE, "Empfohlen für Sie: Kassel sucht neue Busfahrer", MORE_DE),
          page(BODY_EN, "Recommended for you: Kassel is looking for new bus drivers", MORE_EN), span="Recommended"),
    # a field label led by a one-word prompt, a run of labelled lines, the headline of the next item
    passes("MT124", page("Das Spiel fördert die Feinmotorik.", "Empfohlenes Alter: 3 Jahre +", MORE_DE),
           page("The game trains fine motor skills.", "Recommended age: 3 years +", MORE_EN)),
    passes("MT124", page(BODY_DE, "Redaktion: Wie ist ein Gelenk überhaupt aufgebaut?",
                         "Dr. Maruyama: Ein Gelenk ist die Stelle, an der zwei Knochen ineinandergreifen."),
           page(BODY_EN, "Editor: What is the structure of a joint anyway?",
                "Dr Maruyama: A joint is where two bones fit together, one in the other.")),
    passes("MT124", page(BODY_DE, "Keith Green: Relevant für alle Zeiten",
                         "Obwohl Keith vor über 30 Jahren starb, klingt seine Musik bis heute wahr."),
           page(BODY_EN, "Keith Green: Relevant for the Ages",
                "Although Keith died over 30 years ago, his music still rings true today.")),
    passes("MT124", page(BODY_DE, "Die Antwort: mehr Busse und weniger Autos.", MORE_DE),
           page(BODY_EN, "The answer: more buses and fewer cars.", MORE_EN)),
    passes("MT124", page(BODY_DE, "Kritik der Opposition: Staus auf der Wilhelmshöher Allee", OPPOSITION_DE),
           page(BODY_EN, "Criticism from the opposition: traffic jams on Wilhelmshöher Allee", OPPOSITION_EN)),
    passes("MT124", page("Radwege: Kassel beschließt 40 Kilometer", BODY_DE, MORE_DE),
           page("Cycle paths: Kassel approves 40 kilometres", BODY_EN, MORE_EN)),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=str)
def test_furniture_examples(example):
    example.verify()
