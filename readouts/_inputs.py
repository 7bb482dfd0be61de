"""The command line's inputs: files, folders, JSON Lines feeds, standard input.

Everything the user names yields inputs, and every input either carries a
text or an error saying why it has none: a folder's FIFOs, dangling links,
symlink loops and unreadable sub-folders become error records, not gaps. A
file name that is not UTF-8 is shown with its odd bytes escaped. JSON Lines
are read one line at a time (a feed of any size runs in flat memory), plain
or gzip-compressed. Files are named first and read later, by ``load`` (in
a worker process: the command line's own process does not read them).
"""

from __future__ import annotations

import errno
import fnmatch
import gzip
import io
import json
import logging
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, cast

__all__ = ["Input", "InputOptions", "count", "display", "inputs", "load"]

log = logging.getLogger("readouts")

DEFAULT_PATTERNS = ("*.txt", "*.html", "*.htm", "*.xhtml")
DEFAULT_JSONL_PATTERNS = ("*.jsonl", "*.ndjson")


@dataclass
class Input:
    """One thing to parse, or the reason there is nothing to parse."""

    name: str
    """The id the output shows: a path, ``file:line``, or a record's id field."""
    data: str | bytes | None = None
    error: str | None = None
    """``"Kind: message"`` when the input could not be read."""
    url: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    """Fields of a JSON Lines record passed through to the output."""
    key: str = ""
    """A relative name for the input's own output file (output-folder mode)."""
    path: Path | None = None
    """A file still to read (``load``), when the input was named, not read."""


@dataclass(frozen=True)
class InputOptions:
    patterns: tuple[str, ...] = ()
    jsonl: bool = False
    text_field: str = "text"
    id_field: str | None = None
    url_field: str | None = None
    url: str | None = None
    keep: tuple[str, ...] = ()
    encoding: str | None = None
    max_bytes: int = 20_000_000


def display(path: str | Path) -> str:
    """``path`` as text that any output can hold: bytes that are not UTF-8
    are shown as ``\\xNN`` escapes instead of crashing the writer."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    if "." not in lower.lstrip("."):
        return True  # no extension: read it rather than skip it unseen
    return any(fnmatch.fnmatchcase(lower, p.lower()) for p in patterns)


def _walk(root: Path, patterns: tuple[str, ...], skipped: list[str]) -> Iterator[tuple[Path, str | None]]:
    """``(path, error)`` for every entry under ``root`` that matches ``patterns``,
    in sorted order; folders are followed once each (symlink loops end)."""
    seen: set[tuple[int, int]] = set()
    stack: list[Path] = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                yield folder, "OSError: a symbolic link loops back to a folder already read"
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            yield folder, _error(exc)
            continue
        folders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
            except OSError as exc:
                is_dir = False
                if _matches(entry.name, patterns):
                    yield path, _error(exc)
                    continue
            if is_dir:
                folders.append(path)
            elif not _matches(entry.name, patterns):
                skipped.append(display(path))
            elif entry.is_symlink() and not os.path.exists(path):
                try:
                    os.stat(path)
                    problem = "the link's target cannot be read"
                except OSError as exc:
                    problem = "a symbolic link that loops" if exc.errno == errno.ELOOP else "a dangling symbolic link"
                yield path, f"FileNotFoundError: {problem}"
            else:
                yield path, None
        stack.extend(reversed(folders))


def read_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` (gunzipped for ``.gz``), at most ``max_bytes + 1``.

    Raises:
        OSError: it cannot be opened or read, or is not a file.
    """
    # O_NONBLOCK: opening a FIFO that no one writes to must not wait forever.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a FIFO with a writer: wait for its data; with none, read gives EOF
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    finally:
        os.close(fd)
    if path.name.lower().endswith(".gz"):
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            data = unzipped.read(max_bytes + 1)
    return data


def _text(item: Input, data: bytes, options: InputOptions) -> Input:
    if len(data) > options.max_bytes:
        item.error = f"InputTooLargeError: more than {options.max_bytes:,} bytes"
    elif options.encoding:
        try:
            item.data = data.decode(options.encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            item.error = f"DecodingError: {exc}"
    else:
        item.data = data
    return item


def _open_feed(raw: str) -> IO[bytes]:
    if raw == "-":
        return sys.stdin.buffer
    if raw.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(raw, "rb"))
    return open(raw, "rb")  # noqa: SIM115


def _records(handle: IO[bytes], name: str, options: InputOptions) -> Iterator[Input]:
    for number, raw in enumerate(handle, 1):
        line = raw.decode(options.encoding or "utf-8", "replace")
        if not line.strip():
            continue
        label = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Input(label, error=f"JSONDecodeError: {exc}", key=label)
            continue
        if not isinstance(record, dict):
            yield Input(label, error="TypeError: the line is not a JSON object", key=label)
            continue
        ident = record.get(options.id_field) if options.id_field else None
        if ident is not None:
            label = str(ident)
        kept = {k: record.get(k) for k in options.keep}
        url = record.get(options.url_field) if options.url_field else None
        text = record.get(options.text_field)
        if not isinstance(text, str):
            yield Input(label, error=f"KeyError: no text field {options.text_field!r}", fields=kept, key=label)
            continue
        yield Input(label, data=text, url=url if isinstance(url, str) else options.url, fields=kept, key=label)


def _feed(raw: str, name: str, options: InputOptions) -> Iterator[Input]:
    try:
        handle = _open_feed(raw)
    except OSError as exc:
        yield Input(name, error=_error(exc), key=name)
        return
    try:
        yield from _records(handle, name, options)
    except (OSError, EOFError) as exc:  # a truncated .gz, a read error mid-way
        yield Input(name, error=_error(exc), key=name)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _targets(paths: list[str], options: InputOptions, skipped: list[str]) -> Iterator[tuple[str, Path | None, str | None, str]]:
    """``(shown name, path, error, output key)`` of every file the paths name."""
    patterns = options.patterns or (DEFAULT_JSONL_PATTERNS if options.jsonl else DEFAULT_PATTERNS)
    for raw in paths:
        if raw == "-":
            yield "-", None, None, "stdin"
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
            exists = is_dir or os.path.lexists(path)
        except OSError as exc:
            yield display(raw), None, _error(exc), display(path.name)
            continue
        if not exists:
            yield display(raw), None, f"FileNotFoundError: no such file or folder: {display(raw)}", display(path.name)
        elif is_dir:
            for found, error in _walk(path, patterns, skipped):
                yield display(found), found, error, display(found.relative_to(path)) if found != path else display(path.name)
        else:
            yield display(raw), path, None, display(path.name)


def count(paths: list[str], options: InputOptions) -> int | None:
    """How many inputs the paths hold, when that is cheap to know: files
    always; JSON Lines only for plain files (their lines are counted)."""
    total = 0
    for name, path, error, _ in _targets(paths, options, []):
        if not options.jsonl or error is not None:
            total += 1
            continue
        if path is None or name.lower().endswith(".gz") or not path.is_file():
            return None
        with open(path, "rb") as fh:
            total += sum(1 for line in fh if line.strip())
    return total


def inputs(paths: list[str], options: InputOptions) -> Iterator[Input]:
    """Every input the paths name, in order. JSON Lines and standard input
    are read here, lazily; a file is only named: its ``Input`` has a
    ``path``, which ``load`` reads."""
    skipped: list[str] = []
    for name, path, error, key in _targets(paths, options, skipped):
        if error is not None:
            yield Input(name, error=error, key=key)
        elif options.jsonl:
            yield from _feed("-" if path is None else str(path), name, options)
        elif path is None:
            yield _text(Input("-", url=options.url, key=key), sys.stdin.buffer.read(options.max_bytes + 1), options)
        else:
            yield Input(name, url=options.url, key=key, path=path)
    if skipped:
        shown = ", ".join(skipped[:5]) + (", ..." if len(skipped) > 5 else "")
        log.warning("%d files in folders do not match the patterns %s and were not read: %s", len(skipped), "/".join(options.patterns or DEFAULT_PATTERNS), shown)


def load(item: Input, options: InputOptions) -> Input:
    """``item`` with its file read: a copy holding the text or the reason
    there is none; ``item`` itself when there is no file to read."""
    if item.path is None or item.data is not None or item.error is not None:
        return item
    done = replace(item, path=None)
    try:
        data = read_file(item.path, options.max_bytes)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        done.error = _error(exc)
        return done
    return _text(done, data, options)
