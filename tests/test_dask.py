"""The Dask recipe on a real local cluster with worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

import readouts

db = pytest.importorskip("dask.bag", reason="dask is an optional extra")
distributed = pytest.importorskip("dask.distributed", reason="distributed is an optional extra")

ROOT = Path(__file__).resolve().parent.parent


def test_parse_bag_on_a_local_cluster_matches_one_process() -> None:
    import readouts.dask

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))[:15]
    items: list[object] = [*paths, "Emmanuel Macron spoke by phone with Olaf Scholz.", b"\xff\xfe\xfa"]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster):
            records = readouts.dask.parse_bag(db.from_sequence(items, npartitions=4)).compute()
    expected = readouts.dask.parse_partition(items)  # type: ignore[arg-type]
    assert records == expected
    assert records[-1]["error"] == "DecodingError"
    assert [r["input"] for r in records[: len(paths)]] == [str(p) for p in paths]


def test_spark_frames_function_matches_the_rows() -> None:
    # The function Spark's mapInPandas calls, on plain pandas batches.
    pd = pytest.importorskip("pandas", reason="pandas is an optional extra")
    from readouts.spark import parse_frames

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    frames = [pd.DataFrame({"id": [f"s{i}" for i in range(len(texts))], "text": texts}), pd.DataFrame({"id": ["bad"], "text": [""]})]
    out = pd.concat(list(parse_frames(iter(frames))), ignore_index=True)
    expected = [row for t in texts for row in readouts.parse(t).rows()]
    calls = out[out["error"].isna()].astype(object).where(out.notna(), None)
    keys = ["participants", "roles", "medium", "topics", "source_kind"]
    assert [tuple(r[k] for k in keys) for r in calls.to_dict("records")] == [tuple(r[k] for k in keys) for r in expected]
    assert out[out["id"] == "bad"]["error"].str.startswith("EmptyTextError").all()


def test_spark_recipe_on_a_local_session(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed; the recipe is in docs/scale.md")
    import shutil
    import sys

    # Spark's Python workers must run the interpreter readouts is installed in.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)

    if shutil.which("java") is None:
        pytest.skip("Spark needs Java, which this machine does not have")
    from pyspark.sql import SparkSession

    from readouts.spark import SCHEMA, parse_frames

    spark = SparkSession.builder.master("local[2]").appName("readouts-test").getOrCreate()
    try:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        df = spark.createDataFrame([(f"s{i}", t) for i, t in enumerate(texts)], "id string, text string")
        got = sorted((r["id"], r["call"], r["participants"]) for r in df.mapInPandas(parse_frames, schema=SCHEMA).collect())
        expected = sorted((f"s{i}", row["call"], row["participants"]) for i, t in enumerate(texts) for row in readouts.parse(t).rows())
        assert got == expected
    finally:
        spark.stop()
