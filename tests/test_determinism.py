"""The same text gives the same Readout in every process and every thread."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import hashlib, sys, threading
from pathlib import Path
import readouts
paths = sorted(Path(sys.argv[1]).glob("seeds/*.txt")) + sorted(Path(sys.argv[1]).glob("tests/corpus/*.txt"))
texts = [p.read_text(encoding="utf-8") for p in paths]
out = {}
def work(k):
    # Threads start before anything is loaded: lazy data loading must be safe.
    out[k] = [readouts.parse(t).model_dump_json() for t in texts]
threads = [threading.Thread(target=work, args=(k,)) for k in range(int(sys.argv[2]))]
for t in threads: t.start()
for t in threads: t.join()
assert all(v == out[0] for v in out.values()), "threads disagree"
print(hashlib.sha256("".join(out[0]).encode()).hexdigest())
"""


def _digest(seed: str, threads: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), str(threads)], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_same_output_across_hash_seeds_and_threads() -> None:
    digests = {_digest("0", 1), _digest("1", 8), _digest("12345", 8)}
    assert len(digests) == 1
