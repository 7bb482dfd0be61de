"""Parsing at scale with Spark: a function for ``DataFrame.mapInPandas``.

Needs pandas and pyspark::

    from readouts.spark import SCHEMA, parse_frames

    rows = texts_df.mapInPandas(parse_frames, schema=SCHEMA)   # texts_df has a "text" column

Each output row is a call (the columns of ``readouts.ROW_FIELDS``) plus the
input's ``id`` (when the input has one) and ``error`` for texts that failed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._api import parse
from ._exceptions import ReadoutsError
from ._tables import ROW_FIELDS

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["SCHEMA", "parse_frames"]

_INTEGERS = {"call", "duration_minutes"}
SCHEMA = ", ".join(["id string", *(f"{f} {'int' if f in _INTEGERS else 'string'}" for f in ROW_FIELDS), "error string"])
"""The Spark DDL schema of the rows :func:`parse_frames` yields."""


def parse_frames(frames: Iterator[pandas.DataFrame], text_column: str = "text") -> Iterator[pandas.DataFrame]:
    """Turn batches with a ``text`` column into batches of call rows."""
    import pandas as pd

    columns = ["id", *ROW_FIELDS, "error"]
    for frame in frames:
        rows: list[dict[str, Any]] = []
        ids = frame["id"] if "id" in frame.columns else [None] * len(frame)
        for ident, text in zip(ids, frame[text_column]):
            try:
                readout = parse(text)
            except ReadoutsError as exc:
                rows.append({"id": ident, "error": f"{type(exc).__name__}: {exc}"})
                continue
            rows.extend({"id": ident, **row, "error": None} for row in readout.rows())
        yield pd.DataFrame(rows, columns=columns)
