"""Parsing at scale with Spark: a function for ``DataFrame.mapInPandas``.

Needs pandas and pyspark::

    from readouts.spark import SCHEMA, parse_frames

    rows = texts_df.mapInPandas(parse_frames, schema=SCHEMA)   # texts_df has a "text" column

Each output row is a call (the columns of ``readouts.ROW_FIELDS``, dates as
dates and lists as arrays) with the input's ``id`` (when the input has an
``id`` column); a document with no call has one row with empty call fields;
a text that cannot be parsed (a null, a non-text value, an empty page) has
one row with its ``error``. No input fails the job.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ._batch import Options, parse_one
from ._models import Readout
from ._tables import ROW_FIELDS, readout_rows, spark_schema

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["SCHEMA", "parse_frames"]

SCHEMA = spark_schema(("error", "string"))
"""The Spark DDL schema of the rows ``parse_frames`` yields."""

_OPTIONS = Options()


def _clean(value: Any) -> Any:
    # pandas gives NaN for a missing value in an object column: no text, no url.
    return None if value is None or (isinstance(value, float) and value != value) else value


def parse_frames(
    frames: Iterator[pandas.DataFrame], text_column: str = "text", url_column: str = "url"
) -> Iterator[pandas.DataFrame]:
    """Turn batches with a ``text`` column (and optional ``id`` and ``url``
    columns) into batches of rows.

    Args:
        frames: the batches Spark hands to ``mapInPandas``.
        text_column: the column holding the texts.
        url_column: the column holding each text's URL, if present.

    Returns:
        An iterator of DataFrames with the columns of ``SCHEMA``.
    """
    import pandas as pd

    columns = [*ROW_FIELDS, "error"]
    for frame in frames:
        rows: list[dict[str, Any]] = []
        n = len(frame)
        ids = frame["id"].tolist() if "id" in frame.columns else [None] * n
        urls = frame[url_column].tolist() if url_column in frame.columns else [None] * n
        for ident, text, url in zip(ids, frame[text_column].tolist(), urls):
            ident = _clean(ident)
            ident = None if ident is None else str(ident)
            url = _clean(url)
            result = parse_one(_clean(text), url if isinstance(url, str) else None, _OPTIONS)
            if isinstance(result, Readout):
                rows.extend({**row, "error": None} for row in readout_rows(result, ident))
            else:
                rows.append({**dict.fromkeys(columns), "id": ident, "error": f"{type(result).__name__}: {result}"})
        # Object columns: Arrow reads the values as they are (None, lists, dates).
        yield pd.DataFrame(rows, columns=columns, dtype=object)
