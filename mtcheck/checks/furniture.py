"""furniture checks (to be written)."""
