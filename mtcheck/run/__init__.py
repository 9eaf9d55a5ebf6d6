"""The run layer: one path from a request to a report.

``api`` (``Request``, ``run``, ``check`` of one job, ``check_files``,
``check_texts``), ``executor`` (the one process pool behind ``--jobs``),
``config`` (configuration files), ``baseline`` (accepted findings),
``output`` (atomic reports, JSONL and resume) and ``distributed`` (column
batches for Ray Data, pandas or Spark).
"""
