"""The engine-neutral batch function, and its Ray Data wiring in local mode (when Ray is installed)."""

import json

import pytest

from mtcheck.run.distributed import OUTPUT_COLUMNS, check_batch, check_dataset
from mtcheck.options import Options

BATCH = {
    "id": ["n1", "n2", "n3"],
    "source": ["Der Minister berichtete am Sonntag über die Lage.", "Niemand wurde verletzt.",
               "Die Schulen bleiben zu."],
    "target": ["The minister reportedSunday on the situation.", "Nobody was injured.", ""],
    "source_lang": ["de", "de", "de"],
    "target_lang": ["en", "en", "en"],
}


def test_check_batch_returns_one_output_row_per_input_row():
    out = check_batch(BATCH, Options(select=("MT101",)))
    assert list(out) == list(OUTPUT_COLUMNS)
    assert out["id"] == ["n1", "n2", "n3"]
    assert out["finding_count"] == [1, 0, 0] and out["major_count"] == [1, 0, 0]
    assert json.loads(out["findings"][0])[0]["target"]["text"] == "reportedSunday"
    assert out["error"] == ["", "", "n3: has no target text"]


def test_check_batch_of_nothing_is_empty():
    assert check_batch({}) == {c: [] for c in OUTPUT_COLUMNS}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray's own, about its configuration
def test_ray_data_local_mode(distributed_extra):
    import ray

    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    try:
        rows = [dict(zip(BATCH, values)) for values in zip(*BATCH.values())]
        result = check_dataset(ray.data.from_items(rows), Options(select=("MT101",))).take_all()
    finally:
        ray.shutdown()
    by_id = {r["id"]: r for r in result}
    assert by_id["n1"]["finding_count"] == 1 and by_id["n2"]["error"] == ""
    assert by_id["n3"]["error"] == "n3: has no target text"
