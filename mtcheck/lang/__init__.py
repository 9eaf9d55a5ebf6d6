"""Knowledge of languages: word data, tokens, word classes, names, page-furniture vocabularies."""
