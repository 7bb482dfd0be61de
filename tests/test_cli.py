import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from readouts.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Emmanuel Macron spoke by phone with Olaf Scholz about energy prices on Monday."


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.html").write_text(f"<html><body><nav>Home | News | World</nav><p>{GOOD}</p></body></html>", encoding="utf-8")
    (sub / "junk.txt").write_bytes(b"\xff\xfe\x00\xd8" * 50)  # a UTF-16 mark, then lone surrogates
    (sub / "ignored.pdf").write_bytes(b"%PDF")
    return tmp_path


def _lines(capsys: pytest.CaptureFixture[str]) -> tuple[list[dict], str]:  # type: ignore[type-arg]
    captured = capsys.readouterr()
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_a_folder_gives_one_record_per_file_and_errors_are_records(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["parse", str(folder)])
    records, err = _lines(capsys)
    assert status == 1  # the junk file failed
    assert [Path(r["input"]).name for r in records] == ["a.txt", "b.html", "junk.txt"]
    assert records[0]["calls"][0]["participants"][0]["name"] == "Emmanuel Macron"
    assert records[1]["calls"], "HTML input parses like text"
    assert records[2]["error"] in ("DecodingError", "EmptyTextError") and records[2]["message"]
    assert "documents: 3, calls found: 2, errors: 1" in err


def test_json_lines_input_with_a_text_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"url": "u1", "body": GOOD}) + "\n" + json.dumps({"url": "u2", "title": "no body"}) + "\nnot json\n",
        encoding="utf-8",
    )
    status = main(["parse", str(dump), "--jsonl", "--text-field", "body", "--id-field", "url"])
    records, _ = _lines(capsys)
    assert status == 1
    assert records[0]["input"] == "u1" and records[0]["calls"]
    assert records[1]["error"] == "KeyError" and records[2]["error"] == "JSONDecodeError"


def test_csv_has_one_row_per_call(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    main(["parse", str(folder / "a.txt"), "--format", "csv", "-o", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 and rows[0]["participants"] == "Emmanuel Macron; Olaf Scholz" and rows[0]["topics"] == "energy"


def test_json_array_format(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", str(folder / "a.txt"), "--format", "json"])
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_missing_path_is_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "nope.txt")]) == 1
    records, _ = _lines(capsys)
    assert records[0]["error"] == "FileNotFoundError"


def test_workers_give_the_same_records(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", str(folder)])
    one, _ = _lines(capsys)
    main(["parse", str(folder), "--workers", "2"])
    two, _ = _lines(capsys)
    assert one == two


def test_schema_validates_what_the_cli_and_model_dump_write(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    validator = jsonschema.Draft202012Validator(schema)
    main(["parse", str(folder)])
    records, _ = _lines(capsys)
    main(["parse", str(folder / "a.txt"), "--no-evidence", "--fields", "calls"])
    records += _lines(capsys)[0]
    import readouts

    dumped = readouts.parse(GOOD).model_dump(mode="json")
    assert dumped["calls"][0]["duration_minutes"] is None
    for rec in [*records, dumped]:
        validator.validate(rec)
    assert any("error" in r for r in records)
    bad = {**dumped, "calls": [{"participants": "Emmanuel Macron"}]}
    assert not validator.is_valid(bad)


def test_the_command_exits_with_the_status_of_the_run(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    out = subprocess.run([sys.executable, "-m", "readouts", "parse", str(missing), "-q"], capture_output=True, text=True)
    assert out.returncode == 1 and json.loads(out.stdout)["error"] == "FileNotFoundError"
    usage = subprocess.run([sys.executable, "-m", "readouts", "parse", str(missing), "--workers", "0"], capture_output=True, text=True)
    assert usage.returncode == 2 and "--workers" in usage.stderr


def test_python_dash_m_reads_standard_input() -> None:
    out = subprocess.run([sys.executable, "-m", "readouts", "parse", "-"], input=GOOD, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["calls"]
    assert "documents: 1" in out.stderr


def test_ledger_merges_and_diffs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from test_ledger import ELYSEE, KREMLIN, NEXT_DAY, REUTERS

    for name, text in (("kremlin.txt", KREMLIN), ("elysee.txt", ELYSEE), ("reuters.txt", REUTERS), ("next.txt", NEXT_DAY)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["ledger", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    events = [json.loads(line) for line in captured.out.splitlines()]
    assert [len(e["reports"]) for e in events] == [3, 1]
    assert "events: 2 (1 merged from several reports)" in captured.err
    main(["ledger", str(tmp_path), "--diff"])
    diff = capsys.readouterr().out
    assert "nuclear-safety" in diff and "only in" in diff
