"""Archives beyond one machine: mtcheck applied to columns of source/target pairs.

:func:`check_batch` is engine-neutral: a mapping of column name to values
in, a mapping of column name to lists out, which is the batch shape of Ray
Data's ``map_batches`` and, through ``DataFrame.to_dict("list")``, of
pandas and Spark's ``mapInPandas``.  :func:`check_dataset` wires it into a
Ray Data pipeline (``pip install "mtcheck[distributed]"``); Ray is imported
only there.

Each row is a job of the one run path (:func:`mtcheck.run.api.check`).
Each output row keeps the input's id and adds ``findings`` (the JSON list of
findings, as in the JSONL output), ``finding_count``, ``major_count`` and
``error`` (empty, or why the row could not be checked).
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any, Mapping, Sequence

from mtcheck.inputs.jobs import Job
from mtcheck.options import Options
from mtcheck.run.api import check

OUTPUT_COLUMNS = ("id", "findings", "finding_count", "major_count", "error")


def check_row(record: Mapping[str, Any], options: Options) -> dict[str, Any]:
    """One row's output columns; a row that cannot be checked gets an error, not an exception."""
    row_id = str(record.get("id") or "")
    outcome = check(Job(row_id, row_id, record=dict(record)), options)
    if outcome.error is not None:
        return {"id": row_id, "findings": "[]", "finding_count": 0, "major_count": 0,
                "error": outcome.error.message}
    findings = [f for d in outcome.documents for f in d.finding_dicts()]
    return {
        "id": row_id,
        "findings": json.dumps(findings, ensure_ascii=False),
        "finding_count": len(findings),
        "major_count": sum(f["severity"] == "major" for f in findings),
        "error": "",
    }


def check_batch(batch: Mapping[str, Sequence[Any]], options: Options | None = None) -> dict[str, list[Any]]:
    """Check every row of a column batch with ``id``, ``source``, ``target`` (and language) columns."""
    options = options or Options()
    columns = list(batch)
    size = len(batch[columns[0]]) if columns else 0
    rows = [check_row({c: _plain(batch[c][k]) for c in columns}, options) for k in range(size)]
    return {c: [row[c] for row in rows] for c in OUTPUT_COLUMNS}


def _plain(value: Any) -> Any:
    """NumPy scalars (as Ray hands them over) to plain Python values."""
    return value.item() if hasattr(value, "item") else value


def check_dataset(dataset, options: Options | None = None, batch_size: int = 32):
    """A Ray Data dataset of findings, one row per input row (lazy, like any Ray Data step)."""
    return dataset.map_batches(partial(check_batch, options=options or Options()),
                               batch_format="numpy", batch_size=batch_size)
