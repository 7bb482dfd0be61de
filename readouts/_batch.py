"""Parsing many texts: :func:`parse_many`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import partial
from typing import Literal, overload

from ._api import DEFAULT_MAX_CHARS, parse
from ._exceptions import ReadoutsError
from ._models import Readout

__all__ = ["parse_many"]

_MIN_FOR_POOL = 24  # fewer texts than this are parsed in this process
_MAX_CHUNK = 64


def _one(
    text: str | bytes, url: str | None, source: str | None, reference_date: date | None, max_chars: int, keep: bool
) -> Readout | ReadoutsError:
    try:
        return parse(text, url=url, source=source, reference_date=reference_date, max_chars=max_chars)
    except ReadoutsError as exc:
        if keep:
            return exc
        raise


@overload
def parse_many(
    texts: Iterable[str | bytes],
    *,
    workers: int | None = ...,
    return_exceptions: Literal[False] = ...,
    source: str | None = ...,
    reference_date: date | None = ...,
    max_chars: int = ...,
) -> list[Readout]: ...


@overload
def parse_many(
    texts: Iterable[str | bytes],
    *,
    workers: int | None = ...,
    return_exceptions: Literal[True],
    source: str | None = ...,
    reference_date: date | None = ...,
    max_chars: int = ...,
) -> list[Readout | ReadoutsError]: ...


def parse_many(
    texts: Iterable[str | bytes],
    *,
    workers: int | None = 1,
    return_exceptions: bool = False,
    source: str | None = None,
    reference_date: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[Readout] | list[Readout | ReadoutsError]:
    """Parse many texts, in order, on ``workers`` processes.

    Args:
        texts: the texts (``str`` or ``bytes``), as for :func:`parse`.
        workers: number of processes; ``1`` parses in this process, ``None``
            uses every core.
        return_exceptions: put a text's :class:`ReadoutsError` in its place
            in the result instead of raising it (as ``asyncio.gather`` does).
        source: passed to :func:`parse` for every text.
        reference_date: passed to :func:`parse` for every text.
        max_chars: passed to :func:`parse` for every text.

    Returns:
        One result per text, in the order of ``texts``.

    Raises:
        ReadoutsError: the first text that fails, unless ``return_exceptions``.
        ValueError: ``workers`` is less than 1.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    job = partial(_one, url=None, source=source, reference_date=reference_date, max_chars=max_chars, keep=return_exceptions)
    items = list(texts)
    if workers == 1 or len(items) < _MIN_FOR_POOL:
        return [job(t) for t in items]
    # Large chunks keep the cost of passing results between processes low;
    # at least four chunks per worker keep every worker busy to the end.
    chunk = max(1, min(_MAX_CHUNK, len(items) // (4 * workers)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(job, items, chunksize=chunk))
