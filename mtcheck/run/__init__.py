"""Running checks: the library API, batches, streams, configuration and baselines."""
