"""numbers checks (to be written)."""
