"""Source leaks: the source language showing through the translation.

Word order copied from the source (a verb stranded at the end of an English
clause, a reporting verb followed by two noun phrases, "like ... reported",
an English-order German subordinate clause) in :mod:`order`, text left in
the source language in :mod:`untranslated`, and German noun capitalisation
copied into English in :mod:`capitals`.
"""

from mtcheck.checks.leaks.order import (
    inverted_reporting_verb, like_reported_calque, stranded_particle, verb_final_order, verb_second_subordinate,
)
from mtcheck.checks.leaks.untranslated import untranslated_text, untranslated_word
from mtcheck.checks.leaks.capitals import source_capitalisation

__all__ = [
    "verb_final_order", "inverted_reporting_verb", "like_reported_calque", "verb_second_subordinate",
    "stranded_particle", "untranslated_text", "untranslated_word", "source_capitalisation",
]
