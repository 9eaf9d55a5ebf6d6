"""quotes checks (to be written)."""
