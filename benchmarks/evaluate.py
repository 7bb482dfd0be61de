"""Print field-by-field agreement of ``readouts.parse`` with gold pairs.

Usage: python benchmarks/evaluate.py [-v] DIR...   (default: seeds tests/corpus)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from scoring import evaluate  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    dirs = [a for a in argv if a != "-v"] or ["seeds", "tests/corpus"]
    for d in dirs:
        figures = evaluate(Path(d).glob("*.json"))
        print(f"{d}:")
        for name in figures.totals:
            print(f"  {name:>12}: {figures.score(name):.3f}  ({figures.hits[name]}/{figures.totals[name]})")
        print(f"  {'overall':>12}: {figures.overall:.3f}")
        if verbose:
            for miss in figures.misses:
                print(f"    - {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
