"""Speed, memory and scaling figures for readouts. Prints them; asserts nothing.

Run from the project root:  python benchmarks/bench.py [--docs 2000] [--quick]

Measures, on the seeds plus a generated corpus of readout-like pages:
documents per second in one process, median and p99 milliseconds per
document, the median ratio of parse() to a bare langdetect.detect() of the
same whole text, cold `import readouts` time, peak RSS and RSS growth over
repeated passes, the speed-up of parse_many() with 2 workers, and the cost
per KB of adversarial inputs of growing size (which must stay flat: linear time).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import readouts  # noqa: E402
from corpus import generate  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cold_import_s() -> float:
    code = "import time; t = time.perf_counter(); import readouts; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(5)]
    return statistics.median(runs)


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t


def _parse_quietly(text: str) -> None:
    try:
        readouts.parse(text, max_chars=len(text) + 1)
    except readouts.ReadoutsError:
        pass  # a typed refusal is a valid outcome; its cost is what is measured


def adversarial(kind: str, size: int) -> str:
    unit = {
        "one-long-line": "abcdefghij",
        "title-words": "President President Prime Minister Chancellor Президент Presidente Präsident premier ",
        "dots": ".",
        "quotes-brackets": "\"'([{«»}])'\" ",
        "call-cues": "spoke by phone with called telephone conversation entretien téléphonique телефонный разговор ",
        "names": "Vladimir Putin Emmanuel Macron Olaf Scholz Joe Biden Xi Jinping ",
        "word-then-dots": "Putin" + "." * 997 + " ",
        "menu-separators": "Home | News | World | ",
        "many-calls": "Vladimir Putin spoke by phone with Emmanuel Macron on Monday. Olaf Scholz called Joe Biden. "
        "Xi Jinping had a video call with Narendra Modi. Giorgia Meloni telefonierte mit Pedro Sánchez.\n",
    }[kind]
    return (unit * (size // len(unit) + 1))[:size]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--quick", action="store_true", help="smaller corpus and inputs, for a smoke run")
    args = ap.parse_args()
    n = 200 if args.quick else args.docs

    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    seeds = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "seeds").glob("*.txt"))]
    docs = seeds + list(generate(n))
    kb = sum(len(d.encode()) for d in docs) / 1024
    print(f"corpus: {len(docs)} documents, {kb / len(docs):.1f} KB on average")
    print(f"cold import readouts: {cold_import_s() * 1000:.0f} ms")

    for d in docs[:20]:
        readouts.parse(d)  # load the data files once
    per_doc, ratios = [], []
    for d in docs:
        t_parse = timed(readouts.parse, d)
        t_detect = timed(detect, d)
        per_doc.append(t_parse)
        ratios.append(t_parse / t_detect if t_detect else float("nan"))
    total = sum(per_doc)
    ms = sorted(x * 1000 for x in per_doc)
    print(f"single process: {len(docs) / total:.0f} docs/s; median {statistics.median(ms):.2f} ms, p99 {ms[int(0.99 * (len(ms) - 1))]:.2f} ms per document")
    print(f"parse / langdetect.detect on the same text: median ratio {statistics.median(ratios):.3f}")
    small = [t for d, t in zip(docs, per_doc) if 2048 <= len(d.encode()) <= 4096]
    if small:
        print(f"pages of 2-4 KB: {len(small) / sum(small):.0f} docs/s ({len(small)} pages)")

    gc.collect()
    rss = [rss_mb()]
    for _ in range(3):
        for d in docs:
            readouts.parse(d)
        gc.collect()
        rss.append(rss_mb())
    print(f"RSS after passes 0..3: {', '.join(f'{x:.0f}' for x in rss)} MB; peak RSS {peak_rss_mb():.0f} MB")

    t1 = timed(readouts.parse_many, docs, workers=1)
    t2 = timed(readouts.parse_many, docs, workers=2)
    print(f"parse_many: 1 worker {len(docs) / t1:.0f} docs/s, 2 workers {len(docs) / t2:.0f} docs/s, speed-up {t1 / t2:.2f}x on {os.cpu_count()} cores")

    sizes = [10_000, 100_000, 1_000_000] + ([] if args.quick else [10_000_000])
    print("adversarial inputs, microseconds per KB at " + ", ".join(f"{s // 1000} KB" for s in sizes) + ":")
    kinds = ("one-long-line", "title-words", "dots", "word-then-dots", "quotes-brackets", "menu-separators", "call-cues", "names", "many-calls")
    for kind in kinds:
        costs = []
        for size in sizes:
            text = adversarial(kind, size)
            t = timed(_parse_quietly, text)
            costs.append(t * 1e6 / (size / 1024))
        print(f"  {kind:>16}: " + ", ".join(f"{c:8.1f}" for c in costs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
