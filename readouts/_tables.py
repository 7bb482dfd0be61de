"""Readouts as table rows: :func:`to_records`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._models import Readout

__all__ = ["ROW_FIELDS", "to_records"]

ROW_FIELDS: tuple[str, ...] = (
    "source", "source_kind", "via", "language", "published", "title",
    "call", "participants", "countries", "roles", "initiator", "date", "duration_minutes", "medium", "topics",
)
"""The keys of every row, in column order."""


def to_records(readouts: Iterable[Readout]) -> Iterator[dict[str, Any]]:
    """Yield one flat dict per call of every readout, in order.

    Feed the result to ``pandas.DataFrame(list(...))`` or ``csv.DictWriter``
    (with ``fieldnames=ROW_FIELDS``).
    """
    for readout in readouts:
        yield from readout.rows()
