"""Detection quality: gold spans, corpus evaluation and expert MQM annotations."""
