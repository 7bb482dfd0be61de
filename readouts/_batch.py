"""Parsing many texts: ``parse_many``, and the streaming engine the
command line runs on (``run``).

One process pool serves a whole run. Work goes to it in small chunks, at most
a few chunks per worker at a time, so memory stays flat however long the
input, and results come back in input order as soon as they are ready.
Every text gets a result: a ``Readout`` or a ``ReadoutsError``
(a value that is not text, a text over its time budget, a worker that died).
The command line has its workers do more than parse (read the file, render
the record), so that its own process only writes.
"""

from __future__ import annotations

import gc
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
from functools import partial
from itertools import islice
from typing import Any, Generic, Literal, TypeVar, overload

from ._api import DEFAULT_MAX_CHARS, parse
from ._exceptions import InputError, ParserError, ParseTimeoutError, ReadoutsError, WorkerError
from ._models import Readout

__all__ = ["Options", "Result", "parse_many", "run", "stream"]

log = logging.getLogger("readouts")

T = TypeVar("T")
R = TypeVar("R")
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


def _run_chunk(task: Callable[[Any, str | None], R], chunk: list[tuple[object, str | None]]) -> list[R]:
    return [task(payload, url) for payload, url in chunk]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what
    # to do with it, so workers print no traceback of their own. SIGTERM is
    # how the parent ends a worker: no handler inherited from it applies.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


_WARM = "Emmanuel Macron spoke by phone with Olaf Scholz."
_warmed = False
_froze = False


def _new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, forked (on the first submit) from a
    process whose data files are loaded. Call ``_forked`` after that submit."""
    global _warmed, _froze
    if not _warmed:
        # Load the data files here once: forked workers share them instead
        # of each spending half a second on its own first text.
        _warmed = True
        try:
            parse(_WARM)
        except ReadoutsError:  # pragma: no cover - a warm-up, nothing more
            pass
    if not gc.get_freeze_count():  # a caller's own freeze is left alone
        # Frozen objects are left out of the collector's passes: in a worker
        # the collector would otherwise walk, and so copy page by page, all
        # it shares with this process, at each full collection.
        gc.freeze()
        _froze = True
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)


def _forked() -> None:
    # The workers exist (a forking pool starts them all on its first submit):
    # this process collects its own objects as before.
    global _froze
    if _froze:
        _froze = False
        gc.unfreeze()


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


def _submit(pool: ProcessPoolExecutor, task: Callable[[Any, str | None], R], work: list[tuple[object, str | None]]) -> Future[list[R]]:
    try:
        return pool.submit(_run_chunk, task, work)
    except BrokenProcessPool as exc:  # it broke before its results said so
        failed: Future[list[R]] = Future()
        failed.set_exception(exc)
        return failed


class _Chunk(Generic[T, R]):
    __slots__ = ("future", "items", "retry")

    def __init__(self, future: Future[list[R]], items: list[tuple[T, object, str | None]], retry: bool) -> None:
        self.future, self.items, self.retry = future, items, retry


def stream(
    items: Iterable[tuple[T, object, str | None]],
    *,
    workers: int,
    options: Options,
    chunk: int = _STREAM_CHUNK,
    tick: Callable[[], None] | None = None,
) -> Generator[tuple[T, Result], None, None]:
    """Parse ``(tag, text, url)`` items, yielding ``(tag, result)`` in input
    order: ``run`` with ``parse_one`` as the task."""
    task: Callable[[Any, str | None], Result] = partial(parse_one, options=options)
    return run(items, workers=workers, task=task, chunk=chunk, tick=tick)


def run(
    items: Iterable[tuple[T, object, str | None]],
    *,
    workers: int,
    task: Callable[[Any, str | None], R],
    chunk: int = _STREAM_CHUNK,
    tick: Callable[[], None] | None = None,
) -> Generator[tuple[T, R | WorkerError], None, None]:
    """Run ``task(payload, url)`` on ``(tag, payload, url)`` items, yielding
    ``(tag, result)`` in input order.

    ``task`` must not raise (``parse_one`` returns its errors) and, with
    ``workers`` above 1, must pickle, as must its payloads and results: it
    runs in the workers. ``items`` is consumed lazily, a few chunks ahead of
    the results. ``tick`` is called about once a second while waiting for a
    worker (a progress bar's refresh).

    With ``workers`` above 1, one pool serves the whole iteration. If a worker
    dies, a new pool runs again, one item per worker at a time, the items
    that were in progress; those in progress when a worker dies a second time
    get a ``WorkerError``. Closing the iterator ends the workers at once.
    """
    if workers <= 1:
        for tag, payload, url in items:
            yield tag, task(payload, url)
        return
    source = iter(items)
    pending: deque[_Chunk[T, R]] = deque()
    again: deque[tuple[T, object, str | None]] = deque()  # items in progress when a worker died
    pool = _new_pool(workers)
    fresh = True
    exhausted = False
    try:
        while True:
            while again and len(pending) < workers:
                one = [again.popleft()]
                pending.append(_Chunk(_submit(pool, task, [(p, u) for _, p, u in one]), one, True))
            while not again and not exhausted and len(pending) < workers * _IN_FLIGHT:
                batch = list(islice(source, chunk))
                if not batch:
                    exhausted = True
                    break
                pending.append(_Chunk(_submit(pool, task, [(p, u) for _, p, u in batch]), batch, False))
            if fresh:
                fresh = False
                _forked()
            if not pending:
                _stop(pool, finished=True)
                return
            head = pending.popleft()
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
                fresh = True
                retried = [c for c in lost if c.retry]
                log.warning("a worker process died; %d inputs in progress are parsed again", sum(len(c.items) for c in lost if not c.retry))
                for c in reversed([c for c in lost if not c.retry]):
                    again.extendleft(reversed(c.items))
                for c in retried:  # in flight at two deaths: the likely cause
                    for tag, _, _ in c.items:
                        yield tag, WorkerError("the worker process parsing this text died before it returned")
                continue
            for (tag, _, _), result in zip(head.items, results):
                yield tag, result
    finally:
        if fresh:
            _forked()
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
