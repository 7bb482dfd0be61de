"""Parsing many texts: ``parse_many``, and the streaming engine the
command line runs on (``stream``).

One process pool serves a whole run. Texts go to it in small chunks, at most
a few chunks per worker at a time, so memory stays flat however long the
input, and results come back in input order as soon as they are ready.
Every text gets a result: a ``Readout`` or a ``ReadoutsError``
(a value that is not text, a text over its time budget, a worker that died).
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any, Generic, Literal, TypeVar, overload

from ._api import DEFAULT_MAX_CHARS, parse
from ._exceptions import InputError, ParserError, ParseTimeoutError, ReadoutsError, WorkerError
from ._models import Readout

__all__ = ["SKIP", "Options", "Result", "parse_many", "stream"]

log = logging.getLogger("readouts")

T = TypeVar("T")
Result = Readout | ReadoutsError
Item = str | bytes | tuple[str | bytes, str | None]

_MIN_FOR_POOL = 24  # fewer texts than this are parsed in this process
_MAX_CHUNK = 64
_STREAM_CHUNK = 8  # texts per message to a worker when the total is unknown
_IN_FLIGHT = 3  # chunks per worker submitted ahead: busy workers, bounded memory


@dataclass(frozen=True, slots=True)
class Options:
    """What ``parse`` is given for every text of a batch."""

    source: str | None = None
    reference_date: date | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    timeout: float | None = None


_GRACE = 1.0  # seconds the backstop timer waits beyond the budget


class _Expired(BaseException):
    # A BaseException, so that no ``except Exception`` inside the pipeline
    # (a plugin's guard) swallows it.
    pass


def _raise_expired(signum: int, frame: object) -> None:
    raise _Expired


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _budget(seconds: float | None) -> Iterator[None]:
    """Raise ``_Expired`` in this thread once ``seconds`` have passed."""
    if not seconds or not _can_alarm():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_one(text: object, url: str | None, options: Options) -> Result:
    """Parse one text of a batch; every failure is returned, never raised."""
    if not isinstance(text, (str, bytes, bytearray)):
        return InputError(f"a text must be str or bytes, not {type(text).__name__}")
    if url is not None and not isinstance(url, str):
        return InputError(f"a url must be str or None, not {type(url).__name__}")
    try:
        # parse() checks its budget between steps and names the stage; the
        # timer, a little later, is the backstop for a step that runs long.
        with _budget(options.timeout + _GRACE if options.timeout else None):
            return parse(
                bytes(text) if isinstance(text, bytearray) else text,
                url=url,
                source=options.source,
                reference_date=options.reference_date,
                max_chars=options.max_chars,
                timeout=options.timeout,
            )
    except _Expired:
        return ParseTimeoutError(options.timeout or 0.0)
    except ReadoutsError as exc:
        return exc
    except Exception as exc:  # a bug on one text must not end a batch of thousands
        log.error("parsing a text raised %s: %s", type(exc).__name__, exc)
        return ParserError(f"unexpected {type(exc).__name__}: {exc}")


def _parse_chunk(chunk: list[tuple[object, str | None]], options: Options) -> list[Result]:
    return [parse_one(text, url, options) for text, url in chunk]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what
    # to do with it, so workers print no traceback of their own. SIGTERM is
    # how the parent ends a worker: no handler inherited from it applies.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


_WARM = "Emmanuel Macron spoke by phone with Olaf Scholz."
_warmed = False


def _new_pool(workers: int) -> ProcessPoolExecutor:
    global _warmed
    if not _warmed:
        # Load the data files here once: forked workers share them instead
        # of each spending a second on its own first text.
        _warmed = True
        try:
            parse(_WARM)
        except ReadoutsError:  # pragma: no cover - a warm-up, nothing more
            pass
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)


def _stop(pool: ProcessPoolExecutor, finished: bool = False) -> None:
    """Shut ``pool`` down: when ``finished``, let the idle workers exit;
    else now, cancelling what is queued and ending busy workers."""
    if finished:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way before Python 3.14
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(5)


SKIP: Any = object()
"""A text of ``stream`` that is not to be parsed (an input that could not be read)."""


def _submit(pool: ProcessPoolExecutor, work: list[tuple[object, str | None]], options: Options) -> Future[list[Result]]:
    try:
        return pool.submit(_parse_chunk, work, options)
    except BrokenProcessPool as exc:  # it broke before its results said so
        failed: Future[list[Result]] = Future()
        failed.set_exception(exc)
        return failed


class _Chunk(Generic[T]):
    __slots__ = ("future", "items", "retry")

    def __init__(self, future: Future[list[Result]] | None, items: list[tuple[T, object, str | None]], retry: bool) -> None:
        self.future, self.items, self.retry = future, items, retry

    def pairs(self, results: list[Result]) -> Iterator[tuple[T, Result | None]]:
        found = iter(results)
        for tag, text, _ in self.items:
            yield tag, (None if text is SKIP else next(found))


def stream(
    items: Iterable[tuple[T, object, str | None]],
    *,
    workers: int,
    options: Options,
    chunk: int = _STREAM_CHUNK,
    tick: Callable[[], None] | None = None,
) -> Generator[tuple[T, Result | None], None, None]:
    """Parse ``(tag, text, url)`` items, yielding ``(tag, result)`` in input order.

    An item whose text is ``SKIP`` is not parsed: it yields ``(tag, None)``
    in its place (an input that could not be read). ``items`` is consumed
    lazily, a few chunks ahead of the results. ``tick`` is called about once
    a second while waiting for a worker (a progress bar's refresh).

    With ``workers`` above 1, one pool serves the whole iteration. If a worker
    dies, a new pool parses again, one text per worker at a time, the texts
    that were in progress; those in progress when a worker dies a second time
    get a ``WorkerError``. Closing the iterator ends the workers at once.
    """
    if workers <= 1:
        for tag, text, url in items:
            yield tag, (None if text is SKIP else parse_one(text, url, options))
        return
    source = iter(items)
    pending: deque[_Chunk[T]] = deque()
    again: deque[tuple[T, object, str | None]] = deque()  # texts in progress when a worker died
    pool = _new_pool(workers)
    exhausted = False
    try:
        while True:
            while again and len(pending) < workers:
                one = [again.popleft()]
                pending.append(_Chunk(_submit(pool, [(t, u) for _, t, u in one], options), one, True))
            while not again and not exhausted and len(pending) < workers * _IN_FLIGHT:
                batch = list(islice(source, chunk))
                if not batch:
                    exhausted = True
                    break
                work = [(text, url) for _, text, url in batch if text is not SKIP]
                pending.append(_Chunk(_submit(pool, work, options) if work else None, batch, False))
            if not pending:
                _stop(pool, finished=True)
                return
            head = pending.popleft()
            if head.future is None:
                yield from head.pairs([])
                continue
            while tick is not None and not head.future.done():
                wait([head.future], timeout=1.0)
                tick()
            try:
                results = head.future.result()
            except BrokenProcessPool:
                lost = [head, *pending]
                pending.clear()
                _stop(pool)
                pool = _new_pool(workers)
                retried = [c for c in lost if c.retry]
                log.warning("a worker process died; %d inputs in progress are parsed again", sum(len(c.items) for c in lost if not c.retry))
                for c in reversed([c for c in lost if not c.retry]):
                    again.extendleft(reversed(c.items))
                for c in retried:  # in flight at two deaths: the likely cause
                    for tag, _, _ in c.items:
                        yield tag, WorkerError("the worker process parsing this text died before it returned")
                continue
            yield from head.pairs(results)
    finally:
        _stop(pool)


@overload
def parse_many(
    texts: Iterable[Item],
    *,
    urls: Iterable[str | None] | None = ...,
    workers: int | None = ...,
    return_exceptions: Literal[False] = ...,
    source: str | None = ...,
    reference_date: date | None = ...,
    max_chars: int = ...,
    timeout: float | None = ...,
) -> list[Readout]: ...


@overload
def parse_many(
    texts: Iterable[Item],
    *,
    urls: Iterable[str | None] | None = ...,
    workers: int | None = ...,
    return_exceptions: Literal[True],
    source: str | None = ...,
    reference_date: date | None = ...,
    max_chars: int = ...,
    timeout: float | None = ...,
) -> list[Readout | ReadoutsError]: ...


def parse_many(
    texts: Iterable[Item],
    *,
    urls: Iterable[str | None] | None = None,
    workers: int | None = 1,
    return_exceptions: bool = False,
    source: str | None = None,
    reference_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    timeout: float | None = None,
) -> list[Readout] | list[Readout | ReadoutsError]:
    """Parse many texts, in order, on ``workers`` processes.

    Args:
        texts: the texts (``str`` or ``bytes``), as for ``parse``, or
            ``(text, url)`` pairs.
        urls: the URL of each text, in the order of ``texts`` (``None`` for
            a text without one); not with ``(text, url)`` pairs.
        workers: number of processes; ``1`` parses in this process, ``None``
            uses every core.
        return_exceptions: put a text's ``ReadoutsError`` in its place
            in the result instead of raising it (as ``asyncio.gather`` does).
        source: passed to ``parse`` for every text.
        reference_date: passed to ``parse`` for every text.
        max_chars: passed to ``parse`` for every text.
        timeout: seconds one text may take; a text over it gets a
            ``ParseTimeoutError``. ``parse(timeout=...)`` checks it
            between the steps of its stages; a POSIX timer one second later
            stops a step that runs on (in worker processes, and with
            ``workers=1`` when called from the main thread).

    Returns:
        One result per text, in the order of ``texts``. With
        ``return_exceptions``, a failed text's place holds its error: an
        ``InputError`` for a value that is not text, a
        ``ParseTimeoutError`` over the budget, a ``WorkerError``
        when its worker process died.

    Raises:
        ReadoutsError: the first text that fails, unless ``return_exceptions``.
        ValueError: ``workers`` is less than 1, or ``urls`` is not as long as
            ``texts``.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    pairs = _pairs(list(texts), urls)
    if len(pairs) < _MIN_FOR_POOL:
        workers = 1
    # Large chunks keep the cost of passing results between processes low;
    # at least four chunks per worker keep every worker busy to the end.
    chunk = max(1, min(_MAX_CHUNK, len(pairs) // (4 * workers)))
    options = Options(source=source, reference_date=reference_date, max_chars=max_chars, timeout=timeout)
    results: list[Any] = []
    run = stream(((i, text, url) for i, (text, url) in enumerate(pairs)), workers=workers, options=options, chunk=chunk)
    try:
        for _, result in run:
            if isinstance(result, ReadoutsError) and not return_exceptions:
                raise result
            results.append(result)
    finally:
        run.close()
    return results


def _pairs(texts: list[Any], urls: Iterable[str | None] | None) -> list[tuple[object, str | None]]:
    if urls is None:
        return [(t[0], t[1]) if isinstance(t, tuple) and len(t) == 2 else (t, None) for t in texts]
    links = list(urls)
    if len(links) != len(texts):
        raise ValueError(f"urls has {len(links)} items, texts has {len(texts)}")
    return list(zip(texts, links))
