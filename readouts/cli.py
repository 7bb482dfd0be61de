"""Command line: ``readouts parse FILE...`` prints one JSON object per file.

Exit status: 0 when every file parsed, 1 when any failed (its error is
printed as a JSON object with an ``error`` key, so no input is lost), 2 on
usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ._api import parse
from ._exceptions import ReadoutsError
from ._version import __version__

__all__ = ["main"]


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r}") from exc


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="readouts",
        description="Turn readouts of leaders' phone calls into JSON.",
    )
    ap.add_argument("--version", action="version", version=f"readouts {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse files and print one JSON object per file")
    p.add_argument("files", nargs="+", help="text files to parse; - reads standard input")
    p.add_argument("--source", help="force the source parser with this id")
    p.add_argument("--reference-date", type=_date, help="date that 'on Monday' counts from (YYYY-MM-DD)")
    p.add_argument("--indent", type=int, default=None, help="indent the JSON output")
    p.add_argument("--text", action="store_true", help="include the stripped body text in the output")
    return ap


def _parse_one(name: str, args: argparse.Namespace) -> tuple[dict[str, object], bool]:
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        return {"file": name, "error": type(exc).__name__, "message": str(exc)}, False
    try:
        readout = parse(data, source=args.source, reference_date=args.reference_date)
    except ReadoutsError as exc:
        return {"file": name, "error": type(exc).__name__, "message": str(exc)}, False
    record: dict[str, object] = {"file": name, **readout.model_dump(mode="json", exclude=None if args.text else {"text"})}
    return record, True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    ok = True
    for name in args.files:
        record, good = _parse_one(name, args)
        ok &= good
        print(json.dumps(record, ensure_ascii=False, indent=args.indent))
    return 0 if ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
