"""structure checks (to be written)."""
