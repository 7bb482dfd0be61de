import csv
import io
import json
from pathlib import Path

import pytest

from readouts.cli import main
from test_ledger import ELYSEE, KREMLIN, NEXT_DAY, REUTERS

TEXTS = (("kremlin", KREMLIN), ("elysee", ELYSEE), ("reuters", REUTERS), ("next", NEXT_DAY))


def _feed(tmp_path: Path, copies: int = 1) -> Path:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": f"{name}-{n}", "body": text}) for n in range(copies) for name, text in TEXTS]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feed


def test_ledger_over_a_jsonl_feed_writes_csv_and_counts_duplicates_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = _feed(tmp_path, copies=2)  # every text twice: still one report each
    assert main(["ledger", str(feed), "--jsonl", "--text-field", "body", "--id-field", "id", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert [row["reports"] for row in rows] == ["3", "1"]
    assert rows[0]["labels"] == "kremlin-0; elysee-0; reuters-0"
    assert "duration_minutes: kremlin-0=- | elysee-0=90 | reuters-0=120" in rows[0]["disagreements"]
    assert "documents: 8" in captured.err and "events: 2" in captured.err


def test_ledger_writes_parquet(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert main(["ledger", str(_feed(tmp_path)), "--jsonl", "--text-field", "body", "--format", "parquet", "-o", str(out)]) == 0
    table = pq.read_table(out).to_pylist()
    assert [row["reports"] for row in table] == [3, 1]
    assert table[0]["date"] == "2022-03-14"


def test_parquet_needs_an_output_file(tmp_path: Path) -> None:
    assert main(["ledger", str(_feed(tmp_path)), "--jsonl", "--text-field", "body", "--format", "parquet"]) == 2


def test_the_example_of_the_ledger_page_is_what_the_ledger_gives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import re

    page = (Path(__file__).resolve().parent.parent / "docs" / "ledger.md").read_text(encoding="utf-8")
    for name in ("kremlin.txt", "bundesregierung.txt", "wire.txt"):
        text = re.search(rf"`{re.escape(name)}`\n\n```text\n(.*?)\n```", page, re.S)
        assert text is not None, name
        (tmp_path / name).write_text(text.group(1) + "\n", encoding="utf-8")
    shown = json.loads(re.search(r"```json\n(.*?)\n```", page, re.S).group(1))  # type: ignore[union-attr]
    assert main(["ledger", *(str(tmp_path / n) for n in ("kremlin.txt", "bundesregierung.txt", "wire.txt"))]) == 0
    (event,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    strip = str(tmp_path) + "/"
    got = json.loads(json.dumps(event).replace(strip, ""))
    assert got["date"] == shown["date"] and got["topics"] == shown["topics"]
    assert got["disagreements"] == shown["disagreements"]
    assert got["one_sided_topics"] == shown["one_sided_topics"] and got["matched"] == shown["matched"]
