"""names checks (to be written)."""
