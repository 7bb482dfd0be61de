"""Command line of readouts.

    readouts parse PATH... [options]     parse files, folders, JSON Lines or standard input
    readouts ledger PATH... [--diff]     merge reports of the same call into one record per call
    readouts schema                      print the JSON Schema of a Readout

Every input yields a record: the parsed readout, or an error record naming the
input and the error. The exit status is 0 when every input parsed, 1 when any
failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from ._batch import parse_many
from ._exceptions import ReadoutsError
from ._models import Readout
from ._tables import ROW_FIELDS
from ._version import __version__

__all__ = ["main"]

_BATCH = 256
_DESCRIPTION = """\
Turn readouts of leaders' phone calls, and pages that retell them, into JSON.

Inputs are files (text or HTML), folders (searched recursively for --glob
patterns), '-' for standard input, or, with --jsonl, JSON Lines files whose
records hold the text in --text-field. Output is JSON Lines (one record per
input), a JSON array, or CSV (one row per call). Progress goes to standard
error: a bar on a terminal, a count otherwise, and a summary at the end.
"""
_EPILOG = """\
examples:
  readouts parse seeds/ --format jsonl
  readouts parse pages/ --glob '*.html' --workers 2 -o readouts.csv --format csv
  readouts parse dump.jsonl --jsonl --text-field body --id-field url
  cat page.txt | readouts parse -

exit status: 0 when every input parsed, 1 when any failed, 2 on usage errors.
"""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from exc


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="readouts", description=_DESCRIPTION, epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--version", action="version", version=f"readouts {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "parse", help="parse inputs and write one record per input", description=_DESCRIPTION, epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for standard input")
    p.add_argument("--glob", action="append", metavar="PATTERN", help="file patterns in folders (default: *.txt, *.html, *.htm)")
    p.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines; each record's --text-field is parsed")
    p.add_argument("--text-field", default="text", metavar="NAME", help="field holding the text in JSON Lines input (default: text)")
    p.add_argument("--id-field", metavar="NAME", help="field naming each JSON Lines record in the output (default: file:line)")
    p.add_argument("--format", choices=("jsonl", "json", "csv"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="processes to parse with (default: 1)")
    p.add_argument("--source", help="force the source parser with this id")
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD", help="date that 'on Monday' counts from")
    p.add_argument("--text", action="store_true", help="include the stripped body text in JSON output")
    p.add_argument("--indent", type=int, default=None, help="indent JSON output (json format)")
    led = sub.add_parser(
        "ledger",
        help="merge the calls of many inputs into one record per call",
        description="Parse the inputs and merge reports of the same call (same participants, same day) into events.",
    )
    led.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for standard input")
    led.add_argument("--glob", action="append", metavar="PATTERN", help="file patterns in folders (default: *.txt, *.html, *.htm)")
    led.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines; each record's --text-field is parsed")
    led.add_argument("--text-field", default="text", metavar="NAME")
    led.add_argument("--id-field", metavar="NAME")
    led.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    led.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    led.add_argument("--workers", type=int, default=1, metavar="N")
    led.add_argument("--window", type=int, default=2, metavar="DAYS", help="days a publication date may lag the call (default: 2)")
    led.add_argument(
        "--diff", action="store_true", help="for events with official readouts from two or more offices, show what each mentions alone"
    )
    led.set_defaults(source=None, reference_date=None, text=False, indent=None)
    sub.add_parser("schema", help="print the JSON Schema of a Readout")
    return ap


@dataclass
class _Input:
    name: str
    data: str | bytes | None
    error: str | None = None


def _files(path: Path, patterns: list[str]) -> Iterator[Path]:
    if path.is_dir():
        found = {f for pattern in patterns for f in path.rglob(pattern) if f.is_file()}
        yield from sorted(found)
    else:
        yield path


def _inputs(args: argparse.Namespace) -> Iterator[_Input]:
    patterns = args.glob or ["*.txt", "*.html", "*.htm"]
    for raw in args.paths:
        if raw == "-":
            data = sys.stdin.buffer.read()
            yield from (_jsonl(data, "-", args) if args.jsonl else [_Input("-", data)])
            continue
        path = Path(raw)
        if not path.exists():
            yield _Input(raw, None, f"FileNotFoundError: no such file or folder: {raw}")
            continue
        for f in _files(path, patterns if not args.jsonl else (args.glob or ["*.jsonl"])):
            try:
                data = f.read_bytes()
            except OSError as exc:
                yield _Input(str(f), None, f"{type(exc).__name__}: {exc}")
                continue
            yield from (_jsonl(data, str(f), args) if args.jsonl else [_Input(str(f), data)])


def _jsonl(data: bytes, name: str, args: argparse.Namespace) -> Iterator[_Input]:
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
        if not line.strip():
            continue
        label = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield _Input(label, None, f"JSONDecodeError: {exc}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get(args.text_field), str):
            yield _Input(label, None, f"KeyError: no text field {args.text_field!r}")
            continue
        if args.id_field and record.get(args.id_field) is not None:
            label = str(record[args.id_field])
        yield _Input(label, record[args.text_field])


def _batches(items: Iterable[_Input], size: int) -> Iterator[list[_Input]]:
    batch: list[_Input] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Progress:
    """A bar on a terminal; a count every few hundred documents otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.done = 0
        self.start = time.perf_counter()

    def advance(self, n: int) -> None:
        self.done += n
        rate = self.done / max(time.perf_counter() - self.start, 1e-9)
        if self.tty:
            spin = "#" * min(30, self.done // 50 % 31)
            self.stream.write(f"\r[{spin:<30}] {self.done} documents, {rate:.0f}/s")
            self.stream.flush()
        elif self.done % 500 < n:
            self.stream.write(f"{self.done} documents parsed\n")

    def finish(self, calls: int, errors: int) -> None:
        if self.tty:
            self.stream.write("\n")
        seconds = time.perf_counter() - self.start
        self.stream.write(f"documents: {self.done}, calls found: {calls}, errors: {errors}, in {seconds:.1f} s\n")
        self.stream.flush()


def _record(item: _Input, result: Readout | ReadoutsError | None, args: argparse.Namespace) -> dict[str, Any]:
    if isinstance(result, Readout):
        exclude = None if args.text else {"text"}
        return {"input": item.name, **result.model_dump(mode="json", exclude=exclude)}
    if isinstance(result, ReadoutsError):
        return {"input": item.name, "error": type(result).__name__, "message": str(result)}
    kind, _, message = (item.error or "Error: unknown").partition(": ")
    return {"input": item.name, "error": kind, "message": message}


class _Writer:
    def __init__(self, out: TextIO, fmt: str, indent: int | None) -> None:
        self.out, self.fmt, self.indent = out, fmt, indent
        self.first = True
        if fmt == "csv":
            self.csv = csv.DictWriter(out, fieldnames=["input", *ROW_FIELDS, "error", "message"], extrasaction="ignore")
            self.csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, record: dict[str, Any], result: Readout | ReadoutsError | None) -> None:
        if self.fmt == "csv":
            if isinstance(result, Readout):
                rows = result.rows() or [{}]  # a readout with no call still gets its row
                for row in rows:
                    self.csv.writerow({"input": record["input"], **row})
            else:
                self.csv.writerow(record)
        elif self.fmt == "json":
            self.out.write(("" if self.first else ",") + "\n" + json.dumps(record, ensure_ascii=False, indent=self.indent))
        else:
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.first = False

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n")
        self.out.flush()


def _parsed(args: argparse.Namespace) -> Iterator[tuple[list[tuple[_Input, Readout | ReadoutsError | None]], int]]:
    """Parse the inputs in batches: ``(input, result)`` pairs per batch, in
    input order; the result is ``None`` for an input that could not be read."""
    for batch in _batches(_inputs(args), _BATCH):
        todo = [item for item in batch if item.data is not None]
        parsed = parse_many(
            [item.data for item in todo if item.data is not None],
            workers=args.workers,
            return_exceptions=True,
            source=args.source,
            reference_date=args.reference_date,
        )
        results: dict[int, Readout | ReadoutsError] = {id(item): r for item, r in zip(todo, parsed)}
        yield [(item, results.get(id(item))) for item in batch], len(batch)


def _parse_command(args: argparse.Namespace) -> int:
    out: TextIO = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    writer = _Writer(out, args.format, args.indent)
    progress = _Progress(sys.stderr)
    calls = errors = 0
    try:
        for pairs, size in _parsed(args):
            for item, result in pairs:
                writer.write(_record(item, result, args), result)
                if isinstance(result, Readout):
                    calls += len(result.calls)
                else:
                    errors += 1
            progress.advance(size)
    finally:
        writer.close()
        if args.output:
            out.close()
    progress.finish(calls, errors)
    return 1 if errors else 0


def _ledger_command(args: argparse.Namespace) -> int:
    from ._ledger import Ledger

    ledger = Ledger(window=args.window)
    errors = 0
    for pairs, _ in _parsed(args):
        for item, result in pairs:
            if isinstance(result, Readout):
                ledger.add(result, label=item.name)
                continue
            errors += 1
            reason = f"{type(result).__name__}: {result}" if result is not None else item.error
            sys.stderr.write(f"{item.name}: {reason}\n")
    events = ledger.events()
    out: TextIO = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
    try:
        if args.diff:
            for event in events:
                diff = event.official_diff()
                if not diff:
                    continue
                who = " - ".join(p.name for p in event.participants)
                out.write(f"{who}, {event.date or 'date unknown'}:\n")
                for label, topics in diff.items():
                    out.write(f"  only in {label}: {', '.join(topics) or '(nothing)'}\n")
        elif args.format == "csv":
            writer = csv.writer(out)
            writer.writerow(["participants", "date", "initiator", "duration_minutes", "medium", "topics", "reports", "disagreements"])
            for e in events:
                writer.writerow([
                    "; ".join(p.name for p in e.participants), e.date or "", e.initiator.name if e.initiator else "",
                    e.duration_minutes or "", e.medium or "", "; ".join(e.topics), "; ".join(r.label for r in e.reports),
                    "; ".join(f"{d.field}: " + " | ".join(f"{k}={v}" for k, v in d.values.items()) for d in e.disagreements),
                ])
        else:
            for e in events:
                out.write(json.dumps(e.model_dump(mode="json", exclude={"reports": {"__all__": {"call": {"evidence", "field_evidence"}}}}), ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    merged = sum(1 for e in events if len(e.reports) > 1)
    sys.stderr.write(f"events: {len(events)} ({merged} merged from several reports), inputs that failed: {errors}\n")
    return 1 if errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(Readout.model_json_schema(), indent=2))
        return 0
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    command = _ledger_command if args.command == "ledger" else _parse_command
    try:
        return command(args)
    except BrokenPipeError:
        # The reader went away ("readouts parse ... | head"): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
