"""The command line at scale: inputs of every kind, streaming, resuming, stopping."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readouts._batch import Options
from readouts._inputs import InputOptions, inputs, load
from readouts._output import Layout
from readouts._tasks import Parse, Render
from readouts.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Emmanuel Macron spoke by phone with Olaf Scholz about energy prices on Monday."
OTHER = "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip Erdogan."
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in text.splitlines()]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict], str]:  # type: ignore[type-arg]
    status = main(["parse", *argv])
    out = capsys.readouterr()
    return status, _records(out.out), out.err


def test_every_entry_of_a_folder_gets_a_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "NO_EXTENSION").write_text(GOOD, encoding="utf-8")
    (tmp_path / "UPPER.HTML").write_text(f"<html><body><p>{GOOD}</p></body></html>", encoding="utf-8")
    (tmp_path / "zipped.txt.gz").write_bytes(gzip.compress(GOOD.encode()))
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to(tmp_path)
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "bad-charset.html").write_bytes(b'<meta charset="\x00 \xff"><p>\xff\xfe</p>')
    (tmp_path / "undefined.html").write_bytes(b'<meta charset="undefined"><p>\xe9t\xe9</p>')
    status, records, err = _run(capsys, str(tmp_path))
    by_name = {Path(r["input"]).name: r for r in records}
    assert status == 1
    for name in ("a.txt", "NO_EXTENSION", "UPPER.HTML", "zipped.txt.gz", "caf\\xe9.txt"):
        assert by_name[name]["calls"], name
    assert by_name["fifo.txt"]["error"] == "EmptyTextError"  # read, not waited on
    assert "bad-charset.html" in by_name and "undefined.html" in by_name, "inputs that break a decoder are records too"
    assert by_name["dangling.txt"]["error"] and by_name["loop.txt"]["error"]
    assert "loops back" in by_name["back"]["message"]
    assert "notes.pdf" not in by_name and "do not match the patterns" in err and "notes.pdf" in err


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "dir"])
def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path, fmt: str) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(30):  # several chunks for each worker
        (pages / f"{i:02d}.txt").write_text(GOOD if i % 2 else OTHER, encoding="utf-8")
    (pages / "empty.txt").write_text("", encoding="utf-8")
    (pages / "dangling.txt").symlink_to(pages / "gone.txt")
    (pages / "zipped.txt.gz").write_bytes(b"not gzip")
    written = []
    for workers in ("1", "2"):
        out = tmp_path / f"out-{workers}"
        target = ["--output-dir", str(out)] if fmt == "dir" else ["-o", str(out), "--format", fmt]
        assert main(["parse", str(pages), "--workers", workers, "-q", *target]) == 1
        files = sorted(out.rglob("*")) if fmt == "dir" else [out]
        written.append([(f.relative_to(tmp_path / f"out-{workers}").as_posix() if fmt == "dir" else "", f.read_bytes()) for f in files])
    assert written[0] == written[1]
    assert b"dangling.txt" in b"".join(data for _, data in written[1]), "an input that cannot be read keeps its id"


def test_files_are_named_first_and_read_where_they_are_parsed(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(GOOD, encoding="utf-8")
    reading = InputOptions()
    (named,) = list(inputs([str(tmp_path)], reading))
    assert named.data is None and named.path == page
    assert load(named, reading).data == GOOD.encode() and named.data is None, "load reads into a copy"
    page.unlink()  # gone between naming and reading: an error record under the input's own id
    task = Render(reading, Options(), Layout("jsonl"))
    record = json.loads(task(named, None).text)
    assert record == {"input": str(page), "error": "FileNotFoundError", "message": record["message"]}
    assert Parse(reading, Options())(named, None) == f"FileNotFoundError: {record['message']}"


def test_an_unlistable_folder_is_an_error_record(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    _, records, _ = _run(capsys, str(tmp_path))
    assert [(Path(r["input"]).name, r.get("error")) for r in records] == [("a.txt", None), ("locked", "PermissionError")]


def test_a_fifo_argument_without_a_writer_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    out = subprocess.run([sys.executable, "-m", "readouts", "parse", str(fifo)], capture_output=True, text=True, timeout=60, env=ENV)
    assert _records(out.stdout)[0]["error"] == "EmptyTextError"


def test_a_json_lines_feed_streams_with_ids_urls_and_kept_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.jsonl.gz"
    lines = [
        {"id": "k1", "body": OTHER, "link": "http://en.kremlin.ru/events/president/news/1", "section": "world"},
        {"id": "k2", "section": "world"},
        {"id": "k3", "body": "", "section": "politics"},
    ]
    with gzip.open(feed, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(x) for x in lines) + "\n{not json\n")
    status, records, _ = _run(
        capsys, str(feed), "--jsonl", "--text-field", "body", "--id-field", "id", "--url-field", "link", "--keep-field", "section", "--max-errors", "3"
    )
    assert status == 0, "three failures are within --max-errors 3"
    assert [r["input"] for r in records] == ["k1", "k2", "k3", f"{feed}:4"]
    assert [r.get("section") for r in records] == ["world", "world", "politics", None]
    assert records[0]["source"]["id"] == "kremlin" and records[0]["calls"]
    assert [r.get("error") for r in records[1:]] == ["KeyError", "EmptyTextError", "JSONDecodeError"]
    status, _, _ = _run(capsys, str(feed), "--jsonl", "--text-field", "body", "--max-errors", "2")
    assert status == 1


def test_records_are_small_without_evidence_or_with_chosen_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    _, full, _ = _run(capsys, str(tmp_path / "a.txt"))
    _, small, _ = _run(capsys, str(tmp_path / "a.txt"), "--no-evidence")
    _, chosen, _ = _run(capsys, str(tmp_path / "a.txt"), "--fields", "calls,published")
    assert "evidence" in full[0]["calls"][0] and "evidence" not in small[0]["calls"][0]
    assert len(json.dumps(small[0]["calls"])) < len(json.dumps(full[0]["calls"])) / 2
    assert set(chosen[0]) == {"input", "calls", "published"}


def test_output_folder_and_resuming(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "a.txt").write_text(GOOD, encoding="utf-8")
    (pages / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "out" / "records"
    assert main(["parse", str(pages), "--output-dir", str(out)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == ["a.txt.json", "sub/b.txt.json"]
    assert json.loads((out / "sub" / "b.txt.json").read_text(encoding="utf-8"))["calls"]
    (pages / "c.txt").write_text(GOOD, encoding="utf-8")
    capsys.readouterr()
    assert main(["parse", str(pages), "--output-dir", str(out), "--skip-existing"]) == 0
    assert "documents: 1, calls found: 1, errors: 0, skipped: 2" in capsys.readouterr().err
    jsonl = tmp_path / "all.jsonl"
    main(["parse", str(pages / "a.txt"), "-o", str(jsonl)])
    main(["parse", str(pages), "-o", str(jsonl), "--skip-existing"])
    assert sorted(Path(r["input"]).name for r in _records(jsonl.read_text(encoding="utf-8"))) == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize(
    "argv",
    [
        ["-o", "/nonexistent-folder/out.jsonl"],
        ["--source", "no-such-source"],
        ["--encoding", "no-such-codec"],
        ["--fields", "calls,nonsense"],
        ["--keep-field", "section"],
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["parse", str(tmp_path / "a.txt"), *argv])
    assert exc.value.code == 2
    assert "readouts: error:" in capsys.readouterr().err


def test_source_takes_parser_ids_and_the_ids_the_output_shows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(f"MOSCOW, Nov 7 (Reuters) - {OTHER}", encoding="utf-8")
    _, wire, _ = _run(capsys, str(tmp_path / "a.txt"), "--source", "wire")
    _, reuters, _ = _run(capsys, str(tmp_path / "a.txt"), "--source", "reuters")
    assert wire[0]["source"]["kind"] == reuters[0]["source"]["kind"] == "wire"


def test_encoding_decodes_the_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes("Le président Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz.".encode("cp1252"))
    _, undeclared, _ = _run(capsys, str(tmp_path / "a.txt"))
    _, records, _ = _run(capsys, str(tmp_path / "a.txt"), "--encoding", "cp1252")
    assert undeclared[0]["error"] == "DecodingError"
    assert records[0]["language"] == "fr" and [p["name"] for p in records[0]["calls"][0]["participants"]] == ["Emmanuel Macron", "Olaf Scholz"]


def test_verbose_names_failures_quiet_says_nothing_and_timeout_is_a_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    _, _, err = _run(capsys, str(tmp_path), "-v")
    assert "empty.txt: EmptyTextError" in err
    _, records, err = _run(capsys, str(tmp_path), "-q")
    assert err == "" and len(records) == 2
    import readouts

    class Slow(readouts.SourceParser):
        id = "test-cli-slow"

        def score(self, doc: readouts.Document) -> float:
            return 1.0

        def extract(self, doc: readouts.Document) -> list[readouts.Call]:
            time.sleep(30)
            return []

    readouts.register(Slow)
    try:
        _, records, _ = _run(capsys, str(tmp_path / "a.txt"), "--timeout", "0.3")
    finally:
        readouts.unregister("test-cli-slow")
    assert records[0]["error"] == "ParseTimeoutError"


def _children(pid: int) -> list[int]:
    psutil = pytest.importorskip("psutil", reason="psutil lists the worker processes")
    return [c.pid for c in psutil.Process(pid).children(recursive=True)]


@pytest.mark.parametrize(("fmt", "stop", "status"), [("jsonl", signal.SIGTERM, 143), ("json", signal.SIGTERM, 143), ("jsonl", signal.SIGINT, 130)])
def test_sigterm_leaves_whole_records_and_no_worker(tmp_path: Path, fmt: str, stop: signal.Signals, status: int) -> None:
    psutil = pytest.importorskip("psutil", reason="psutil lists the worker processes")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": (GOOD, OTHER)[i % 2] + " " * i}) + "\n" for i in range(3000)), encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "readouts", "parse", str(feed), "--jsonl", "--workers", "2", "--format", fmt, "-o", str(out)],
        env=ENV, stderr=subprocess.PIPE, text=True,
        # As from a terminal: a job started in the background by a shell
        # inherits SIGINT ignored, and Python then installs no handler for it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < 3000) and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = [psutil.Process(c) for c in _children(proc.pid)]
    assert workers, "the run uses worker processes"
    proc.send_signal(stop)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    assert "Traceback" not in err and ("SIGTERM" if stop == signal.SIGTERM else "interrupted") in err
    text = out.read_text(encoding="utf-8")
    records = json.loads(text) if fmt == "json" else _records(text)
    assert 0 < len(records) < 3000 and all(r["calls"] for r in records)
    time.sleep(0.5)
    assert not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers)
