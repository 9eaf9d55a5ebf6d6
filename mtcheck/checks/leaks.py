"""leaks checks (to be written)."""
