"""The command line's outputs: records, the writers of each format, progress.

A ``Layout`` renders an input's record as the text its format writes (in a
worker process, where the readout is); a writer puts that text in place. A
record is written whole in one ``write`` call as soon as it is ready, so a
run that is stopped (Ctrl-C, SIGTERM) leaves only whole records behind.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TextIO

from ._exceptions import ReadoutsError
from ._inputs import Input
from ._models import Readout
from ._tables import ROW_FIELDS

__all__ = ["Layout", "Progress", "RecordOptions", "Rendered", "Writer", "open_writer", "record"]

log = logging.getLogger("readouts")

RECORD_FIELDS = ("source", "language", "published", "title", "text", "calls")
"""The fields of a readout record that ``--fields`` may choose."""


@dataclass(frozen=True)
class RecordOptions:
    text: bool = False
    evidence: bool = True
    fields: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()


def record(item: Input, result: Readout | ReadoutsError | None, options: RecordOptions) -> dict[str, Any]:
    """The output record of one input: ``input``, the kept fields, then the
    readout's JSON or ``error`` and ``message``."""
    head: dict[str, Any] = {"input": item.name, **{k: item.fields.get(k) for k in options.keep}}
    if isinstance(result, Readout):
        exclude: dict[str, Any] = {}
        if not options.text:
            exclude["text"] = True
        if not options.evidence:
            exclude["calls"] = {"__all__": {"evidence", "field_evidence"}}
        body = result.model_dump(mode="json", exclude=exclude or None)
        if options.fields:
            body = {k: v for k, v in body.items() if k in options.fields}
        return {**head, **body}
    if isinstance(result, ReadoutsError):
        return {**head, "error": type(result).__name__, "message": str(result)}
    kind, _, message = (item.error or "Error: unknown").partition(": ")
    return {**head, "error": kind, "message": message}


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join("" if v is None else str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def columns(keep: tuple[str, ...]) -> list[str]:
    """The CSV columns: the input, the kept fields, the rows' fields, the error."""
    return ["input", *keep, *(f for f in ROW_FIELDS if f != "id"), "error", "message"]


def _csv(cols: list[str], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=cols, extrasaction="ignore")
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class Rendered:
    """An input's record as its format writes it, and what the summary counts."""

    text: str
    calls: int = 0
    error: str | None = None
    """The error's kind, when the input failed."""
    message: str = ""


@dataclass(frozen=True)
class Layout:
    """How records are rendered: ``fmt`` is ``jsonl``, ``json`` (one item of
    an array), ``csv`` (one row per call) or ``file`` (an input's own file)."""

    fmt: str = "jsonl"
    records: RecordOptions = RecordOptions()
    indent: int | None = None

    def render(self, item: Input, result: Readout | ReadoutsError | None) -> Rendered:
        """The text of ``item``'s record (``result`` is ``None`` for an input
        that could not be read)."""
        rec = record(item, result, self.records)
        calls = len(result.calls) if isinstance(result, Readout) else 0
        error = None if isinstance(result, Readout) else str(rec["error"])
        message = "" if error is None else str(rec["message"])
        if self.fmt == "csv":
            head = {k: rec.get(k) for k in ("input", *self.records.keep)}
            # A readout with no call still gets its row.
            rows = [{**row, **head} for row in (result.rows() or [{}])] if isinstance(result, Readout) else [rec]
            text = _csv(columns(self.records.keep), rows)
        elif self.fmt == "jsonl":
            text = json.dumps(rec, ensure_ascii=False) + "\n"
        else:
            text = json.dumps(rec, ensure_ascii=False, indent=self.indent) + ("\n" if self.fmt == "file" else "")
        return Rendered(text, calls, error, message)


class Writer(Protocol):
    def write(self, item: Input, rendered: Rendered) -> None: ...
    def close(self) -> None: ...


class _Lines:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, item: Input, rendered: Rendered) -> None:
        self.out.write(rendered.text)

    def close(self) -> None:
        self.out.flush()


class _Array:
    def __init__(self, out: TextIO) -> None:
        self.out, self.first = out, True
        out.write("[")

    def write(self, item: Input, rendered: Rendered) -> None:
        self.out.write(("" if self.first else ",") + "\n" + rendered.text)
        self.first = False

    def close(self) -> None:
        self.out.write("\n]\n")
        self.out.flush()


class _Table:
    def __init__(self, out: TextIO, keep: tuple[str, ...]) -> None:
        self.out = out
        cols = columns(keep)
        self.out.write(_csv(cols, [dict(zip(cols, cols))]))

    def write(self, item: Input, rendered: Rendered) -> None:
        self.out.write(rendered.text)  # one write: a stopped run leaves whole rows

    def close(self) -> None:
        self.out.flush()


_UNSAFE = re.compile(r"[^\w.\-]+")


def file_name(key: str) -> str:
    """A safe relative file name for an input's own record: path separators
    kept as folders, other odd characters replaced, a short hash added when
    anything was replaced so that two ids never share a file."""
    parts = [p for p in key.replace("\\", "/").split("/") if p not in ("", ".", "..")] or ["input"]
    safe = [_UNSAFE.sub("_", p)[:150] for p in parts]
    if safe != parts:
        safe[-1] += "-" + hashlib.sha1(key.encode("utf-8", "backslashreplace")).hexdigest()[:8]
    return "/".join(safe) + ".json"


class Folder:
    """One JSON file per input under ``root`` (``--output-dir``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, item: Input) -> Path:
        return self.root / file_name(item.key or item.name)

    def write(self, item: Input, rendered: Rendered) -> None:
        target = self.path(item)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        partial.write_text(rendered.text, encoding="utf-8")
        partial.replace(target)  # whole or absent, never half a file

    def close(self) -> None:
        pass


def open_writer(out: TextIO, fmt: str, keep: tuple[str, ...]) -> Writer:
    """The writer of ``fmt`` (``jsonl``, ``json`` or ``csv``) on ``out``."""
    if fmt == "csv":
        return _Table(out, keep)
    if fmt == "json":
        return _Array(out)
    return _Lines(out)


class Progress:
    """A tqdm bar on a terminal (total, percentage, rate, time left); a line
    every 500 documents otherwise; nothing with ``quiet``.

    tqdm rather than rich: one small package with no dependencies of its own
    that draws exactly this bar, and writes lines above it; rich would bring
    a console framework (and pygments, markdown-it) for one progress bar.
    """

    def __init__(self, stream: TextIO, total: int | None, quiet: bool = False) -> None:
        self.stream, self.quiet = stream, quiet
        self.done = 0
        self.start = time.perf_counter()
        self.bar: Any = None
        if not quiet and stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=stream, dynamic_ncols=True, mininterval=0.25, smoothing=0.1)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif not self.quiet and self.done % 500 < n:
            self.stream.write(f"{self.done} documents parsed\n")

    def tick(self) -> None:
        """Redraw (time passes while one long document is parsed)."""
        if self.bar is not None:
            self.bar.refresh()

    def write(self, line: str) -> None:
        """A line above the bar."""
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            self.stream.write(line + "\n")

    def finish(self, summary: str) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
        if not self.quiet:
            seconds = time.perf_counter() - self.start
            self.stream.write(f"{summary}, in {seconds:.1f} s\n")
            self.stream.flush()


class LogHandler(logging.Handler):
    """Log records through the progress bar, so they do not tear it."""

    def __init__(self, progress: Progress | None = None) -> None:
        super().__init__()
        self.progress = progress
        self.setFormatter(logging.Formatter("readouts: %(levelname)s: %(message)s"))

    def emit(self, rec: logging.LogRecord) -> None:
        try:
            line = self.format(rec)
            if self.progress is not None:
                self.progress.write(line)
            else:
                sys.stderr.write(line + "\n")
        except Exception:  # pragma: no cover - logging must never raise
            self.handleError(rec)
