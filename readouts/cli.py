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
import codecs
import csv
import gc
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO, TypeVar, cast

from ._batch import Options, run
from ._exceptions import ReadoutsError, WorkerError
from ._inputs import Input, InputOptions, count, inputs
from ._ledger_match import WINDOW_DAYS
from ._ledger_models import Event
from ._models import Readout
from ._output import RECORD_FIELDS, Folder, Layout, LogHandler, Progress, RecordOptions, Writer, open_writer
from ._schema import record_schema
from ._tasks import Parse, Render
from ._version import __version__
from .sources import parsers

__all__ = ["console", "main"]

log = logging.getLogger("readouts")
R = TypeVar("R")
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


def _names(value: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in value.split(",") if n.strip())


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from exc
    if seconds < 0:
        raise argparse.ArgumentTypeError("the time budget cannot be negative")
    return seconds


def _input_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments that say what to read and how to parse it (parse and ledger)."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or - for standard input")
    p.add_argument(
        "--glob", action="append", metavar="PATTERN",
        help="file patterns in folders, any case (default: *.txt, *.html, *.htm, *.xhtml, each also .gz, and files "
        "without an extension; with --jsonl: *.jsonl, *.ndjson)",
    )
    p.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines (plain or .gz); each record's --text-field is parsed")
    p.add_argument("--text-field", default="text", metavar="NAME", help="field holding the text in JSON Lines input (default: text)")
    p.add_argument("--id-field", metavar="NAME", help="field naming each JSON Lines record in the output (default: file:line)")
    p.add_argument("--url-field", metavar="NAME", help="field holding each JSON Lines record's URL")
    p.add_argument("--url", metavar="URL", help="the URL the one input was found at")
    p.add_argument("--encoding", metavar="NAME", help="decode inputs with this codec (default: UTF-8, else the charset a page declares)")
    p.add_argument("--workers", type=int, default=1, metavar="N", help="processes to parse with (default: 1)")
    p.add_argument(
        "--timeout", type=_seconds, default=60.0, metavar="SECONDS",
        help="time budget of one document; one over it gets a ParseTimeoutError record (default: 60; 0: none)",
    )
    p.add_argument("--source", metavar="ID", help="force a source parser: a parser id (readouts.parsers()) or a source id the output shows")
    p.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD", help="date that 'on Monday' counts from")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary; errors only")
    p.add_argument("-v", "--verbose", action="count", default=0, help="say which inputs failed and why (-vv: debug)")


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
    _input_arguments(p)
    p.add_argument("--format", choices=("jsonl", "json", "csv"), default="jsonl", help="output format (default: jsonl)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output (its folder must exist)")
    p.add_argument("--output-dir", metavar="DIR", help="write one JSON file per input under DIR (created if missing)")
    p.add_argument(
        "--skip-existing", action="store_true",
        help="resume a run: skip inputs whose record is already in --output-dir, or in the -o JSON Lines file (appended to)",
    )
    p.add_argument("--keep-field", type=_names, default=(), metavar="NAMES", help="JSON Lines fields to copy into each record (comma-separated)")
    p.add_argument("--max-errors", type=int, default=0, metavar="N", help="exit 0 when at most N inputs failed (default: 0)")
    p.add_argument("--no-evidence", action="store_true", help="leave each call's evidence spans out of the records")
    p.add_argument(
        "--fields", type=_names, default=(), metavar="NAMES",
        help=f"keep only these readout fields in the records (comma-separated, of: {', '.join(RECORD_FIELDS)})",
    )
    p.add_argument("--text", action="store_true", help="include the stripped body text in JSON output")
    p.add_argument("--indent", type=int, default=None, help="indent JSON output (json format and --output-dir)")
    led = sub.add_parser(
        "ledger",
        help="merge the calls of many inputs into one record per call",
        description="Parse the inputs and merge reports of the same call (same participants, same day) into events.",
    )
    _input_arguments(led)
    led.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl", help="output format (default: jsonl; parquet needs -o)")
    led.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    led.add_argument(
        "--window", type=int, default=WINDOW_DAYS, metavar="DAYS", help=f"days a publication date may follow the call (default: {WINDOW_DAYS})"
    )
    led.add_argument(
        "--diff", action="store_true", help="for events with official readouts from two or more offices, show what each mentions alone"
    )
    led.set_defaults(text=False, indent=None)
    sub.add_parser("schema", help="print the JSON Schema of the records readouts parse writes")
    return ap


def _input_options(args: argparse.Namespace) -> InputOptions:
    return InputOptions(
        patterns=tuple(args.glob or ()),
        jsonl=args.jsonl,
        text_field=args.text_field,
        id_field=args.id_field,
        url_field=args.url_field,
        url=args.url,
        keep=tuple(getattr(args, "keep_field", ())),
        encoding=args.encoding,
    )


def _parsed(
    args: argparse.Namespace,
    task: Callable[[Input, str | None], R],
    *,
    tick: Callable[[], None] | None = None,
    skip: Callable[[Input], bool] | None = None,
) -> Generator[tuple[list[tuple[Input, R | WorkerError]], int], None, None]:
    """Run ``task`` on every input, on one pool for the whole run: ``(pairs,
    n)`` as the results come, in input order, each pair ``(input, result)``.
    The inputs are named, not read, here: ``task`` reads them where it runs.
    ``skip`` leaves inputs out (``--skip-existing``); ``n`` counts them too,
    for the progress bar.

    Close the iterator to end the workers (``with contextlib.closing(...)``).
    """
    skipped = 0

    def work() -> Iterator[tuple[Input, object, str | None]]:
        nonlocal skipped
        for item in inputs(args.paths, _input_options(args)):
            if skip is not None and skip(item):
                skipped += 1
                continue
            yield item, item, item.url

    results = run(work(), workers=args.workers, task=task, tick=tick)
    try:
        for item, result in results:
            yield [(item, result)], 1 + skipped
            skipped = 0
        if skipped:
            yield [], skipped
    finally:
        results.close()


def _options(args: argparse.Namespace) -> Options:
    return Options(source=args.source, reference_date=args.reference_date, timeout=args.timeout or None)


def _source_id(value: str) -> str | None:
    """The parser id ``--source`` names: a parser's own id, or the id of a
    catalogued source (as ``source.id`` shows it), read by the parser of its
    kind. ``None`` when it names neither."""
    ids = {p.id for p in parsers()}
    if value in ids:
        return value
    from .sources.catalogue import by_id

    entry = by_id().get(value)
    if entry is None:
        return None
    return entry.kind if entry.kind in ids else "news"


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors (exit 2) found before any input is read."""
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.source is not None:
        forced = _source_id(args.source)
        if forced is None:
            parser.error(
                f"--source {args.source!r} names no source parser; the parsers are: {', '.join(p.id for p in parsers())} "
                "(a catalogued source id such as 'reuters' picks the parser of its kind)"
            )
        args.source = forced
    if args.url is not None and (args.jsonl or len(args.paths) > 1 or Path(args.paths[0]).is_dir()):
        parser.error("--url names the URL of one input; for JSON Lines, use --url-field")
    if args.encoding is not None:
        try:
            codecs.lookup(args.encoding)
        except LookupError:
            parser.error(f"--encoding: unknown codec {args.encoding!r}")
    if args.output and not Path(args.output).resolve().parent.is_dir():
        parser.error(f"-o: the folder of {args.output!r} does not exist")
    if args.command != "parse":
        return
    if args.output and args.output_dir:
        parser.error("-o and --output-dir cannot be used together")
    if args.output_dir and args.format == "csv":
        parser.error("--output-dir writes JSON; --format csv needs -o or standard output")
    if args.skip_existing and not (args.output_dir or (args.output and args.format == "jsonl")):
        parser.error("--skip-existing needs --output-dir, or -o with --format jsonl")
    if args.keep_field and not args.jsonl:
        parser.error("--keep-field copies fields of JSON Lines records; it needs --jsonl")
    taken = {"input", "error", "message", *RECORD_FIELDS}
    if clash := [k for k in args.keep_field if k in taken]:
        parser.error(f"--keep-field {','.join(clash)}: the records already have that key")
    if unknown := [f for f in args.fields if f not in RECORD_FIELDS]:
        parser.error(f"--fields: unknown field {', '.join(unknown)}; the fields are {', '.join(RECORD_FIELDS)}")
    if args.max_errors < 0:
        parser.error("--max-errors cannot be negative")


def _done_inputs(path: Path) -> set[str]:
    """The inputs a JSON Lines output file already holds a record of."""
    done: set[str] = set()
    if not path.exists():
        return done
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                done.add(json.loads(line)["input"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short when the last run stopped
    return done


@contextmanager
def _logging(verbose: int, quiet: bool, progress: Progress | None) -> Iterator[None]:
    """Route the library's warnings (and Python's) to standard error, through
    the progress bar, at the level -q/-v chose, for the time of a command."""
    handler = LogHandler(progress)
    level = logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    saved = []
    logging.captureWarnings(True)
    for name in ("readouts", "py.warnings"):
        logger = logging.getLogger(name)
        saved.append((logger, logger.level, logger.propagate))
        logger.addHandler(handler)
        logger.setLevel(level)
        logger.propagate = False
    try:
        yield
    finally:
        logging.captureWarnings(False)
        for logger, old_level, propagate in saved:
            logger.removeHandler(handler)
            logger.setLevel(old_level)
            logger.propagate = propagate


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the main thread is, so the run ends as on Ctrl-C."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def _parse_command(args: argparse.Namespace) -> int:
    records = RecordOptions(text=args.text, evidence=not args.no_evidence, fields=args.fields, keep=args.keep_field)
    folder = Folder(Path(args.output_dir)) if args.output_dir else None
    layout = Layout("file" if folder is not None else args.format, records, args.indent)
    skip: Callable[[Input], bool] | None = None
    if args.skip_existing and folder is not None:
        skip = lambda item: folder.path(item).exists()  # noqa: E731
    elif args.skip_existing:
        finished = _done_inputs(Path(args.output))
        skip = lambda item: item.name in finished  # noqa: E731
    if folder is not None:
        folder.root.mkdir(parents=True, exist_ok=True)
        out: TextIO | None = None
        writer: Writer = folder
    else:
        mode = "a" if args.skip_existing else "w"
        stream_out: TextIO = cast(TextIO, open(args.output, mode, encoding="utf-8", newline="")) if args.output else sys.stdout  # noqa: SIM115
        out = stream_out
        writer = open_writer(stream_out, args.format, args.keep_field)
    total = count(args.paths, _input_options(args)) if sys.stderr.isatty() and not args.quiet else None
    progress = Progress(sys.stderr, total, quiet=args.quiet)
    calls = errors = done = 0
    stopped: KeyboardInterrupt | None = None
    with _logging(args.verbose, args.quiet, progress):
        results = _parsed(args, Render(_input_options(args), _options(args), layout), tick=progress.tick, skip=skip)
        try:
            for pairs, size in results:
                for item, rendered in pairs:
                    if isinstance(rendered, WorkerError):  # the pool's, not a worker's
                        rendered = layout.render(item, rendered)
                    writer.write(item, rendered)
                    if out is not None:
                        out.flush()  # records leave as they are ready
                    done += 1
                    calls += rendered.calls
                    if rendered.error is not None:
                        errors += 1
                        log.info("%s: %s: %s", item.name, rendered.error, rendered.message)
                progress.advance(size)
        except KeyboardInterrupt as exc:
            stopped = exc
        finally:
            results.close()  # no worker outlives the run
            writer.close()
            if args.output and out is not None:
                out.close()
    skipped = progress.done - done
    summary = f"documents: {done}, calls found: {calls}, errors: {errors}" + (f", skipped: {skipped}" if skipped else "")
    if stopped is not None:
        progress.finish(("stopped by SIGTERM" if isinstance(stopped, _Terminated) else "interrupted") + f"; the records written are whole; {summary}")
        return 143 if isinstance(stopped, _Terminated) else 130
    progress.finish(summary)
    return 0 if errors <= args.max_errors else 1


def _ledger_command(args: argparse.Namespace) -> int:
    from ._ledger import Ledger
    from ._ledger_table import write_events

    if args.format == "parquet" and not args.output and not args.diff:
        sys.stderr.write("readouts ledger: --format parquet needs -o FILE\n")
        return 2
    ledger = Ledger(window=args.window)
    total = count(args.paths, _input_options(args)) if sys.stderr.isatty() and not args.quiet else None
    progress = Progress(sys.stderr, total, quiet=args.quiet)
    reports = errors = 0
    with _logging(args.verbose, args.quiet, progress), closing(_parsed(args, Parse(_input_options(args), _options(args)), tick=progress.tick)) as results:
        for pairs, size in results:
            for item, result in pairs:
                if isinstance(result, Readout):
                    reports += len(ledger.add(result, label=item.name))
                    continue
                errors += 1
                reason = result if isinstance(result, str) else f"{type(result).__name__}: {result}"
                log.warning("%s: %s", item.name, reason)
            progress.advance(size)
    progress.finish(f"documents: {progress.done}, reports: {reports}, errors: {errors}")
    events = ledger.events()
    if args.format == "parquet" and not args.diff:
        write_events(events, "parquet", path=args.output)
    else:
        out: TextIO = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
        try:
            if args.diff:
                _write_diff(events, out)
            else:
                write_events(events, args.format, out)
        finally:
            if args.output:
                out.close()
    merged = sum(1 for e in events if len(e.reports) > 1)
    if not args.quiet:
        sys.stderr.write(f"events: {len(events)} ({merged} merged from several reports), inputs that failed: {errors}\n")
    return 1 if errors else 0


def _write_diff(events: list[Event], out: TextIO) -> None:
    for event in events:
        diff = event.official_diff()
        if not diff:
            continue
        who = " - ".join(p.name for p in event.participants)
        out.write(f"{who}, {event.date or 'date unknown'}:\n")
        for label, topics in diff.items():
            out.write(f"  only in {label}: {', '.join(topics) or '(nothing)'}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(record_schema(), indent=2))
        return 0
    _check(parser, args)
    command = _ledger_command if args.command == "ledger" else _parse_command
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main else None
    try:
        return command(args)
    except KeyboardInterrupt:  # Ctrl-C during the ledger's merge: end quietly
        return 130
    except BrokenPipeError:
        # The reader went away ("readouts parse ... | head"): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def console() -> NoReturn:
    """The ``readouts`` command: run ``main`` and exit with its status."""
    status = main()
    # The collection at exit would walk every object of the data files
    # again (a tenth of a second or more, after the last record): none is garbage.
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":  # pragma: no cover
    console()
