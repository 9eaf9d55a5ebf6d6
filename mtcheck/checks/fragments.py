"""fragments checks (to be written)."""
