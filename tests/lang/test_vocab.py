"""Page-furniture vocabularies gathered from the language packs."""

from mtcheck.lang.vocab import furniture_words


def test_the_terms_are_the_section_action_date_and_prompt_words_of_every_language_asked() -> None:
    both, german = furniture_words("de", "en"), furniture_words("de")
    assert both.terms == both.sections | both.actions | both.dates | both.prompts
    assert german.terms < both.terms and german.captions <= both.captions
