"""Page-furniture vocabularies: the words of web-page chrome, per language.

Scraped articles carry the page around them: breadcrumbs ("Startseite
Politik"), date lines, bylines, share and print buttons, "read also" links,
photo credits.  These small lists of general navigation words let checks
recognise such lines in the source, in the translation, or left untranslated.
Entries are matched after :func:`fold` (lower case, accents removed), so a
scraped "Drücken" for "Drucken" or a "Teilen" left in an English page match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class FurnitureWords:
    """One language's furniture vocabulary, folded; phrases are space-separated."""

    sections: frozenset[str]
    actions: frozenset[str]
    dates: frozenset[str]
    prompts: frozenset[str]
    bylines: frozenset[str]
    captions: frozenset[str]
    appeals: frozenset[str]
    reader: frozenset[str]

    def __or__(self, other: "FurnitureWords") -> "FurnitureWords":
        return FurnitureWords(*(a | b for a, b in zip(self.__dict__.values(), other.__dict__.values())))

    @property
    def terms(self) -> frozenset[str]:
        """Every word or phrase that marks a line as page chrome."""
        return self.sections | self.actions | self.dates | self.prompts


# Photo agencies and picture desks, named the same in every language.
AGENCIES = frozenset({
    "dpa", "afp", "ap", "reuters", "epa", "imago", "getty images", "getty", "picture alliance",
    "picture-alliance", "shutterstock", "istock", "istockphoto", "keystone", "efe", "ansa", "anp",
    "apa", "sipa", "xinhua", "zuma", "alamy", "kna", "epd", "ddp", "belga", "tass", "afp photo",
})

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "sections": "home|homepage|home page|start page|front page|menu|navigation|search|news|politics|"
                    "economy|business|finance|sport|sports|culture|science|knowledge|environment|local|"
                    "region|regional|world|opinion|panorama|lifestyle|travel|health|technology|tech|digital|"
                    "entertainment|weather|section|topics|overview",
        "actions": "share|print|comment|comments|email|e-mail|mail|send|save|bookmark|remember|listen|enlarge|zoom|"
                   "subscribe|newsletter|follow|tweet|facebook|twitter|whatsapp|linkedin|pinterest|"
                   "telegram|copy link|cookies|cookie|accept|settings|privacy|advertisement|sponsored|"
                   "reading time|read time|article|gallery|photo gallery|close|log in|login|sign in|register",
        "dates": "date|updated|last updated|published|posted|modified|as of|today|yesterday|a.m|p.m|ago|hour|hours|"
                 "o'clock|min|mins|minutes|cet|cest|gmt|utc|january|february|march|april|june|july|"
                 "august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|"
                 "dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        "prompts": "read more|read also|also read|see also|more on this|more on the topic|more on this topic|"
                   "more from|more about|also interesting|you may be interested in|you might be interested in|"
                   "you may also like|related|related articles|recommended|"
                   "you might also like",
        "bylines": "by|from|author|written by",
        "captions": "photo|photos|image|picture|photograph|credit|photo credit|source",
        "appeals": "subscribe|subscription|newsletter|cookies|cookie|accept|configure|settings|sign up|register|"
                   "registration|log in|inbox|notifications|consent|privacy policy|browsing|free trial|ad blocker",
        "reader": "you|your|yours",
    },
    "de": {
        "sections": "startseite|home|homepage|ubersicht|navigation|menu|suche|nachrichten|news|politik|"
                    "wirtschaft|finanzen|sport|kultur|wissen|wissenschaft|umwelt|lokales|lokal|region|"
                    "regional|welt|meinung|panorama|leben|reise|gesundheit|technik|digital|unterhaltung|"
                    "wetter|ressort|rubrik|themen",
        "actions": "teilen|drucken|kommentar|kommentare|kommentieren|e-mail|mail|senden|versenden|merken|vergrossern|"
                   "speichern|anhoren|vorlesen|artikel anhoren|weiterlesen|mehr lesen|abonnieren|abo|"
                   "newsletter|folgen|facebook|twitter|whatsapp|cookies|akzeptieren|einstellungen|"
                   "datenschutz|anzeige|werbung|gesponsert|lesezeit|artikel|bildergalerie|galerie|"
                   "schliessen|anmelden|login|registrieren",
        "dates": "datum|aktualisiert|zuletzt aktualisiert|veroffentlicht|stand|erstellt|geandert|heute|"
                 "gestern|uhr|min|minuten|stunde|stunden|mez|mesz|januar|janner|februar|marz|april|mai|juni|juli|august|"
                 "september|oktober|november|dezember|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dez|"
                 "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag",
        "prompts": "lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|mehr aus|mehr zu|mehr dazu|"
                   "weitere artikel|das konnte sie auch interessieren|empfehlungen",
        "bylines": "von|autor|autorin",
        "captions": "foto|fotos|bild|bilder|bildquelle|quelle",
        "appeals": "abonnieren|abonnement|abo|newsletter|cookies|cookie|akzeptieren|zustimmen|einstellungen|"
                   "anmelden|melden sie sich|registrieren|postfach|benachrichtigungen|datenschutzerklarung|"
                   "werbeblocker|probeabo",
        "reader": "sie|ihr|ihre|ihren|ihrem|ihrer|du|dein|deine|dich",
    },
    "fr": {
        "sections": "accueil|page d'accueil|menu|navigation|recherche|actualites|actu|politique|economie|"
                    "sport|sports|culture|sciences|environnement|local|region|monde|opinion|opinions|societe|"
                    "sante|voyage|technologie|meteo|rubrique|themes",
        "actions": "partager|imprimer|commentaire|commentaires|commenter|envoyer|e-mail|courriel|enregistrer|agrandir|"
                   "sauvegarder|ecouter|lire la suite|s'abonner|abonnez-vous|newsletter|suivre|facebook|"
                   "twitter|whatsapp|cookies|accepter|parametres|confidentialite|publicite|sponsorise|"
                   "temps de lecture|lecture|article|galerie|fermer|connexion|se connecter",
        "dates": "date|mis a jour|mise a jour|publie|publie le|modifie|aujourd'hui|hier|h|min|minutes|"
                 "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
                 "janv|fevr|avr|juil|sept|oct|nov|dec|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
        "prompts": "a lire aussi|lire aussi|voir aussi|a voir aussi|sur le meme sujet|en savoir plus|"
                   "plus d'infos",
        "bylines": "par|auteur|autrice",
        "captions": "photo|photos|image|credit|credit photo|illustration|source",
        "appeals": "s'abonner|abonnez-vous|abonnement|newsletter|cookies|cookie|accepter|parametrer|parametres|"
                   "inscrivez-vous|inscription|boite mail|boite de reception|notifications|consentement|"
                   "bloqueur de publicite",
        "reader": "vous|votre|vos|tu|ton|ta|tes",
    },
    "es": {
        "sections": "inicio|portada|pagina de inicio|menu|navegacion|buscar|busqueda|noticias|politica|"
                    "economia|deportes|cultura|ciencia|medio ambiente|local|region|mundo|opinion|sociedad|"
                    "salud|viajes|tecnologia|seccion|temas",
        "actions": "compartir|imprimir|comentario|comentarios|comentar|enviar|correo|guardar|escuchar|ampliar|"
                   "leer mas|suscribirse|suscribete|boletin|newsletter|seguir|facebook|twitter|whatsapp|"
                   "cookies|aceptar|configuracion|privacidad|publicidad|anuncio|patrocinado|"
                   "tiempo de lectura|lectura|articulo|galeria|cerrar|iniciar sesion",
        "dates": "fecha|actualizado|actualizado el|publicado|modificado|hoy|ayer|h|hora|min|minutos|enero|"
                 "febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|"
                 "diciembre|ene|abr|ago|sept|oct|dic|lunes|martes|miercoles|jueves|viernes|sabado|domingo",
        "prompts": "lea tambien|lee tambien|te puede interesar|le puede interesar|mas informacion|"
                   "relacionado|noticias relacionadas|ver tambien",
        "bylines": "por|autor|autora",
        "captions": "foto|fotos|imagen|fotografia|credito|fuente",
        "appeals": "suscribete|suscribirse|suscripcion|newsletter|boletin|cookies|cookie|aceptar|configurar|"
                   "configuracion|registrate|registro|bandeja de entrada|notificaciones|consentimiento|"
                   "bloqueador de anuncios",
        "reader": "usted|ustedes|su|sus|tu|tus|te",
    },
}


_TOKEN = re.compile(r"\d+(?:[-./:h]\d+)*(?:st|nd|rd|th|er|e)?|[^\W\d_]+(?:['.][^\W\d_]+)*")


def tokens(text: str) -> list[str]:
    """Folded word and number tokens; hyphenated words split (``Wirtschafts-Newsletter``)."""
    return _TOKEN.findall(fold(text))


def _phrases(entries: str) -> frozenset[str]:
    """``|``-separated entries as space-joined folded tokens, the form lines are matched in."""
    return frozenset(" ".join(tokens(entry)) for entry in entries.split("|"))


@lru_cache(maxsize=50_000)
def fold(text: str) -> str:
    """Lower case without accents: ``Drücken`` -> ``drucken``, ``Publié`` -> ``publie``."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=16)
def furniture_words(*langs: str) -> FurnitureWords:
    """The union of the furniture vocabularies of ``langs`` (unknown languages add nothing)."""
    empty = FurnitureWords(*(frozenset() for _ in range(8)))
    merged = empty
    for lang in langs:
        table = _WORDS.get(lang)
        if table:
            merged = merged | FurnitureWords(**{k: _phrases(v) for k, v in table.items()})
    return merged
