"""Parsing at scale with Dask: ``parse_bag`` (table rows) and
``record_bag`` (a JSON record per input).

Needs ``pip install "readouts[dask]"``. On a ``dask.distributed`` cluster::

    import dask.bag as db
    from dask.distributed import Client
    import readouts.dask

    client = Client("scheduler:8786")
    bag = db.from_sequence(paths, npartitions=64)            # paths, texts, (id, text) or (id, text, url)
    readouts.dask.parse_bag(bag).to_dataframe().to_parquet("calls/")

Each partition is parsed in one call on a worker, so the data files load once
per worker process, not once per document.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ._batch import Options, parse_one
from ._exceptions import ReadoutsError
from ._models import Readout
from ._tables import ROW_COLUMNS, ROW_FIELDS, ColumnType, arrow_schema, readout_rows

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["COLUMNS", "meta", "parse_bag", "parse_partition", "record_bag", "record_partition", "typed_frame"]

COLUMNS: tuple[str, ...] = (*ROW_FIELDS, "error", "message")
"""The keys of the rows ``parse_bag`` yields."""
_EXTRA: tuple[tuple[str, ColumnType], ...] = (("error", "string"), ("message", "string"))
_COLUMN_TYPES = (*ROW_COLUMNS, *_EXTRA)

_OPTIONS = Options()
_MAX_PATH = 4096

Item = str | bytes | os.PathLike[str] | tuple[str, str | bytes] | tuple[str, str | bytes, str | None]


def _is_path(item: str) -> bool:
    # A path names one line; a text this short with no line break that names
    # an existing file is taken as that file.
    return len(item) < _MAX_PATH and "\n" not in item and os.path.isfile(item)


def _content_id(data: str | bytes) -> str:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return "sha1:" + hashlib.sha1(raw).hexdigest()[:16]


def _load(item: object) -> tuple[str | None, object, str | None]:
    """``(id, text or error, url)``: paths (``os.PathLike`` or ``str`` naming
    a file) are read; ``(id, text)`` pairs and ``(id, text, url)`` triples
    keep their id; a bare text's id is a hash of its content."""
    if isinstance(item, tuple) and len(item) in (2, 3):
        url = item[2] if len(item) == 3 and isinstance(item[2], str) else None
        return (None if item[0] is None else str(item[0])), item[1], url
    if isinstance(item, os.PathLike) or (isinstance(item, str) and _is_path(item)):
        name = os.fspath(item)
        try:
            return name, Path(name).read_bytes(), None
        except OSError as exc:
            return name, exc, None
    if isinstance(item, (str, bytes)):
        return _content_id(item), item, None
    return None, item, None


def _parse(item: object) -> tuple[str | None, Readout | ReadoutsError | OSError]:
    name, data, url = _load(item)
    if isinstance(data, OSError):
        return name, data
    return name, parse_one(data, url, _OPTIONS)


def parse_partition(items: Iterable[Item]) -> list[dict[str, Any]]:
    """Parse one partition into rows (see ``parse_bag``).

    Returns:
        A list of dicts with the keys of ``COLUMNS``.
    """
    out: list[dict[str, Any]] = []
    empty = dict.fromkeys(COLUMNS)
    for item in items:
        name, result = _parse(item)
        if isinstance(result, Readout):
            out.extend({**empty, **row} for row in readout_rows(result, name))
        else:
            out.append({**empty, "id": name, "error": type(result).__name__, "message": str(result)})
    return out


def meta() -> pandas.DataFrame:
    """An empty DataFrame with the columns and Arrow dtypes of the rows:
    strings, ``date32`` dates, ``list<string>`` lists, ``int64`` numbers
    (what ``to_parquet`` writes).

    Returns:
        The ``meta=`` of a Dask DataFrame of rows.
    """
    import pandas as pd

    return pd.DataFrame({f.name: pd.Series([], dtype=pd.ArrowDtype(f.type)) for f in arrow_schema(*_EXTRA)})


def typed_frame(frame: pandas.DataFrame) -> pandas.DataFrame:
    """``frame`` (rows as dicts made into a DataFrame) with the columns in
    order, numbers as nullable ``Int64`` and the rest as Python objects
    (``str``, ``datetime.date``, ``list``), so that every partition is
    written with the schema of ``meta``, whatever its values, and reads
    back with plain ``pandas.read_parquet``.

    Returns:
        A new DataFrame.
    """
    frame = frame.reindex(columns=list(COLUMNS)).astype(object)
    numbers = [name for name, kind in _COLUMN_TYPES if kind == "int"]
    return frame.astype(dict.fromkeys(numbers, "Int64"))


_META = meta


def _row_bag_type() -> type:
    from dask.bag import Bag

    class RowBag(Bag):
        """A bag of rows whose ``to_dataframe()`` has the rows' dtypes."""

        def to_dataframe(self, meta: Any = None, columns: Any = None, optimize_graph: bool = True) -> dask.dataframe.DataFrame:
            if meta is not None or columns is not None:
                return cast("dask.dataframe.DataFrame", super().to_dataframe(meta, columns, optimize_graph))  # type: ignore[no-untyped-call]
            import pandas as pd

            untyped = pd.DataFrame({c: pd.Series([], dtype=object) for c in COLUMNS})
            frame = super().to_dataframe(untyped, None, optimize_graph)  # type: ignore[no-untyped-call]
            return cast("dask.dataframe.DataFrame", frame.map_partitions(typed_frame, meta=_META()))

    return RowBag


def parse_bag(bag: dask.bag.Bag) -> dask.bag.Bag:
    """Return a bag of table rows, one per call of every input of ``bag``.

    An input is a path (``os.PathLike``, or a ``str`` naming a file: read as
    the file), a text (``str`` or ``bytes``), an ``(id, text)`` pair, or an
    ``(id, text, url)`` triple (the URL goes to ``parse(url=...)``). Rows
    have the keys of ``COLUMNS``: ``readouts.ROW_FIELDS`` (dates as
    dates, lists as lists; ``id`` is the path, the given id, or ``sha1:`` and
    a hash of the text) then ``error`` and ``message``, set on the one row of
    an input that could not be read or parsed. A document with no call has
    one row with empty call fields. ``.to_dataframe()`` gives a Dask
    DataFrame with the dtypes of ``meta`` (``.to_parquet(...)`` then
    writes one schema for every partition).

    Returns:
        A ``dask.bag.Bag`` of dicts.
    """
    rows = bag.map_partitions(parse_partition)  # type: ignore[no-untyped-call]
    # Its to_dataframe() knows the dtypes: Parquet then gets one schema for
    # every partition, even one where a column is all empty.
    typed: dask.bag.Bag = _row_bag_type()(rows.dask, rows.name, rows.npartitions)
    return typed


def record_partition(items: Iterable[Item]) -> list[dict[str, Any]]:
    """Parse one partition into JSON records (see ``record_bag``).

    Returns:
        A list of dicts, one per item.
    """
    out: list[dict[str, Any]] = []
    for item in items:
        name, result = _parse(item)
        if isinstance(result, Readout):
            out.append({"input": name, **result.model_dump(mode="json", exclude={"text"})})
        else:
            out.append({"input": name, "error": type(result).__name__, "message": str(result)})
    return out


def record_bag(bag: dask.bag.Bag) -> dask.bag.Bag:
    """Return a bag of records, one per input of ``bag``, in order: the
    readout's ``model_dump(mode="json")`` without the body text, with an
    ``input`` key (as the ``id`` of ``parse_bag``); an input that cannot
    be read or parsed gives ``{"input", "error", "message"}``.

    Returns:
        A ``dask.bag.Bag`` of dicts, like the records of ``readouts parse``.
    """
    records: dask.bag.Bag = bag.map_partitions(record_partition)  # type: ignore[no-untyped-call]
    return records
