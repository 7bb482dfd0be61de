"""The Dask and Spark recipes of docs/scale.md, run end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import readouts

db = pytest.importorskip("dask.bag", reason="dask is an optional extra")
distributed = pytest.importorskip("dask.distributed", reason="distributed is an optional extra")

ROOT = Path(__file__).resolve().parent.parent
NO_CALL = "The minister opened a new bridge over the river on Tuesday and spoke to the press about traffic."
CALL = "Emmanuel Macron spoke by phone with Olaf Scholz on 3 March 2023 about energy."


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def _items() -> tuple[list[Path], list[object]]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))[:10]
    kremlin = ("with-url", "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan.", "http://en.kremlin.ru/events/president/news/1")
    return paths, [*paths, str(paths[0]), CALL, NO_CALL, ("my-id", CALL), kremlin, b"\xff\xfe\xfa"]


@pytest.mark.usefixtures("client")
def test_the_parquet_recipe_writes_one_typed_table(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is an optional extra")
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is an optional extra")
    import readouts.dask

    paths, items = _items()
    bag = db.from_sequence(items, npartitions=5)
    readouts.dask.parse_bag(bag).to_dataframe().to_parquet(str(tmp_path / "calls"))
    schema = pq.read_schema(next((tmp_path / "calls").glob("*.parquet")))
    assert str(schema.field("date").type) == "date32[day]" and str(schema.field("participants").type).startswith("list<")
    table = pd.read_parquet(tmp_path / "calls")
    expected = readouts.dask.parse_partition(items)  # type: ignore[arg-type]
    assert len(table) == len(expected)
    ids = table["id"].tolist()
    assert ids.count(str(paths[0])) == 2 * len(readouts.parse(paths[0].read_bytes()).rows()), "a str naming a file is that file"
    no_call = table[table["id"] == readouts.dask.parse_partition([NO_CALL])[0]["id"]]
    assert len(no_call) == 1 and no_call["call"].isna().all() and no_call["error"].isna().all()
    mine = table[table["id"] == "my-id"].iloc[0]
    assert list(mine["participants"]) == ["Emmanuel Macron", "Olaf Scholz"] and mine["date"] == dt.date(2023, 3, 3)
    assert (table["error"] == "DecodingError").sum() == 1
    assert table[table["id"] == "with-url"]["source"].tolist() == ["kremlin"]


@pytest.mark.usefixtures("client")
def test_record_bag_matches_one_process_and_reads_paths_as_files() -> None:
    import readouts.dask

    paths, items = _items()
    records = readouts.dask.record_bag(db.from_sequence(items, npartitions=4)).compute()
    assert records == readouts.dask.record_partition(items)  # type: ignore[arg-type]
    assert [r["input"] for r in records[: len(paths)]] == [str(p) for p in paths]
    assert records[len(paths)]["input"] == str(paths[0]) and records[len(paths)]["calls"] == records[0]["calls"]
    assert records[-1]["error"] == "DecodingError"


def test_rows_have_an_id_typed_values_and_a_row_for_no_call() -> None:
    rows = readouts.parse(NO_CALL).rows(id="doc-1")
    assert len(rows) == 1 and rows[0]["id"] == "doc-1" and rows[0]["call"] is None and rows[0]["participants"] == []
    row = readouts.parse(CALL).rows(id="doc-2")[0]
    assert list(row) == list(readouts.ROW_FIELDS)
    assert row["date"] == dt.date(2023, 3, 3) and row["participants"] == ["Emmanuel Macron", "Olaf Scholz"]
    assert [r["id"] for r in readouts.to_records([readouts.parse(CALL)], ids=["x"])] == ["x"]


def test_spark_frames_function_gives_error_rows_and_keeps_no_call_documents() -> None:
    pd = pytest.importorskip("pandas", reason="pandas is an optional extra")
    from readouts.spark import parse_frames

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    frames = [
        pd.DataFrame({"id": [f"s{i}" for i in range(len(texts))], "text": texts}),
        pd.DataFrame({"id": ["none", "int", "empty", "quiet"], "text": [None, 7, "", NO_CALL]}, dtype=object),
    ]
    out = pd.concat(list(parse_frames(iter(frames))), ignore_index=True)
    expected = [row for i, t in enumerate(texts) for row in readouts.parse(t).rows(id=f"s{i}")]
    got = out[out["error"].isna() & out["id"].str.startswith("s")]
    assert [(r["id"], r["call"], list(r["participants"])) for r in got.to_dict("records")] == [
        (r["id"], r["call"], r["participants"]) for r in expected
    ]
    errors = dict(zip(out["id"], out["error"]))
    assert errors["none"].startswith("InputError") and errors["int"].startswith("InputError")
    assert errors["empty"].startswith("EmptyTextError") and errors["quiet"] is None


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
        data = [*((f"s{i}", t) for i, t in enumerate(texts)), ("null", None), ("quiet", NO_CALL)]
        df = spark.createDataFrame(data, "id string, text string")
        rows = df.mapInPandas(parse_frames, schema=SCHEMA).collect()
        got = sorted((r["id"], r["call"], tuple(r["participants"] or ())) for r in rows if r["id"].startswith("s"))
        expected = sorted(
            (f"s{i}", row["call"], tuple(row["participants"])) for i, t in enumerate(texts) for row in readouts.parse(t).rows()
        )
        assert got == expected
        by_id = {r["id"]: r for r in rows}
        assert by_id["null"]["error"].startswith("InputError")
        assert by_id["quiet"]["error"] is None and by_id["quiet"]["call"] is None
        dated = [r for r in rows if r["date"] is not None]
        assert dated and all(isinstance(r["date"], dt.date) for r in dated)
    finally:
        spark.stop()
