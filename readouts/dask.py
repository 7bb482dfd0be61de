"""Parsing at scale with Dask: :func:`parse_bag`.

Needs ``pip install "readouts[dask]"``. On a ``dask.distributed`` cluster::

    import dask.bag as db
    from dask.distributed import Client
    import readouts.dask

    client = Client("scheduler:8786")
    bag = db.from_sequence(paths, npartitions=64)      # texts, bytes or pathlib.Path
    records = readouts.dask.parse_bag(bag).compute()   # one dict per input

Each partition is parsed in one call on a worker, so the data files load once
per worker process, not once per document.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._api import parse
from ._exceptions import ReadoutsError

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["parse_bag", "parse_partition"]


def _record(item: str | bytes | os.PathLike[str]) -> dict[str, Any]:
    name = os.fspath(item) if isinstance(item, os.PathLike) else None
    try:
        data = Path(item).read_bytes() if isinstance(item, os.PathLike) else item
        readout = parse(data)
    except (ReadoutsError, OSError) as exc:
        return {"input": name, "error": type(exc).__name__, "message": str(exc)}
    return {"input": name, **readout.model_dump(mode="json", exclude={"text"})}


def parse_partition(items: Iterable[str | bytes | os.PathLike[str]]) -> list[dict[str, Any]]:
    """Parse one partition: a record per item (a readout's JSON, or an error record)."""
    return [_record(item) for item in items]


def parse_bag(bag: dask.bag.Bag) -> dask.bag.Bag:
    """Return a bag of records, one per text (``str`` or ``bytes``) or path
    (``os.PathLike``) of ``bag``, in the same order.

    A record is ``Readout.model_dump(mode="json")`` without the body text and
    with an ``input`` key (the path, or ``None`` for a text); an input that
    cannot be parsed gives ``{"input", "error", "message"}`` instead.
    """
    records: dask.bag.Bag = bag.map_partitions(parse_partition)  # type: ignore[no-untyped-call]
    return records
