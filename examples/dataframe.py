"""Readouts as a pandas DataFrame: one row per call.

Needs: pip install "readouts[tables]".  Run from the project root: python examples/dataframe.py
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import readouts


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
    frame = pd.DataFrame(list(readouts.to_records(readouts.parse_many(texts))), columns=list(readouts.ROW_FIELDS))
    print(frame[["source_kind", "participants", "date", "duration_minutes", "medium"]].to_string(index=False))
    print()
    print(frame["medium"].value_counts(dropna=False).to_string())


if __name__ == "__main__":
    main()
