"""Time two versions of readouts against each other, text by text in one process.

Run from the project root:  python benchmarks/compare.py OLD_TREE [--corpus DIR] [--rounds 5]

OLD_TREE is another checkout (``git worktree add /tmp/old main``, or a
``git archive`` of it); its ``readouts`` package is copied under another
name and imported beside this tree's, and every text (each ``*.txt`` under
``--corpus``, else the generated real-shaped pages of benchmarks/corpus.py)
is parsed by the old and the new version in turn, ``--rounds`` times, in
CPU time of this thread. Interleaving them in one process keeps the load of
other processes on a shared machine out of the ratio. Both versions read
the data files of this tree. Prints the median milliseconds per text of each,
the ratio of the totals and the median of the per-text ratios with its
quartiles; and whether the two outputs were equal on every text.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old", type=Path)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="readouts-compare-"))
    try:
        shutil.copytree(args.old / "readouts", tmp / "readouts_before")
        sys.path.insert(0, str(tmp))
        before = importlib.import_module("readouts_before")
        import readouts as after

        if args.corpus is not None and args.corpus.is_dir():
            texts = []
            for p in sorted(args.corpus.rglob("*.txt")):
                try:
                    texts.append(p.read_text(encoding="utf-8"))
                except UnicodeDecodeError:
                    continue
            label = f"real texts under {args.corpus}"
        else:
            from corpus import generate_real_shaped

            texts = list(generate_real_shaped(150))
            label = "generated real-shaped pages"
        same = True
        for t in texts:
            same &= before.parse(t).model_dump(mode="json") == after.parse(t).model_dump(mode="json")
        old = [[0.0] * args.rounds for _ in texts]
        new = [[0.0] * args.rounds for _ in texts]
        for r in range(args.rounds):
            for i, t in enumerate(texts):
                a = time.thread_time()
                before.parse(t)
                b = time.thread_time()
                after.parse(t)
                old[i][r], new[i][r] = b - a, time.thread_time() - b
        o = [statistics.median(x) for x in old]
        n = [statistics.median(x) for x in new]
        ratios = [y / x for x, y in zip(o, n) if x > 0]
        q = statistics.quantiles(ratios, n=4)
        print(f"{label}: {len(texts)} texts, {args.rounds} rounds, outputs {'equal' if same else 'DIFFERENT'}")
        print(f"  before {statistics.median(o) * 1000:.2f} ms, after {statistics.median(n) * 1000:.2f} ms per text (median)")
        print(f"  after / before: total {sum(n) / sum(o):.3f}; per text median {statistics.median(ratios):.3f} (quartiles {q[0]:.3f}-{q[2]:.3f})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
