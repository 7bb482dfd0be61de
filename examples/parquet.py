"""Write the calls of a folder of readouts to a Parquet file, and read it back.

Needs: pip install "readouts[tables]".  Run from the project root: python examples/parquet.py [OUT.parquet]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import readouts


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "calls.parquet"
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
    rows = list(readouts.to_records(readouts.parse_many(texts)))
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, out)
    back = pq.read_table(out)
    print(f"wrote {back.num_rows} calls, {back.num_columns} columns to {out}")
    print(back.select(["participants", "date", "topics"]).to_pylist()[0])


if __name__ == "__main__":
    main()
