"""Speed, memory and scaling figures for readouts. Prints them; asserts nothing.

Run from the project root:  python benchmarks/bench.py [--docs 2000] [--quick] [--shapes]

Measures, on the seeds plus a generated corpus of readout-like pages:
documents per second in one process, median and p99 milliseconds per
document, the median ratio of parse() to a bare langdetect.detect() of the
same whole text, cold `import readouts` time, peak RSS and RSS growth over
repeated passes, the speed-up of parse_many() with 2 workers, and the cost
per KB of adversarial inputs of 50 KB, 500 KB and 5 MB (which must stay flat:
linear time); ``--shapes`` prints that table alone.
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


def _leaders() -> list[str]:
    # Real people from the gazetteer: a sentence listing more of them than any call has.
    from readouts.extract.people import gazetteer

    return sorted(k for k in gazetteer().by_name if " " in k)


def _wrapped(size: int) -> str:
    import textwrap

    paragraph = (
        "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron on 3 May 2022. "
        "The leaders discussed the situation around Ukraine and the supply of grain to the markets of Africa. "
    ) * 3
    block = "\n".join(textwrap.wrap(paragraph, 72)) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


# Each shape: its repeated unit, or a function of the size, and what it tests.
SHAPES: dict[str, tuple[str | None, str]] = {
    "one-long-line": ("abcdefghij", "one line, no spaces"),
    "title-words": ("President President Prime Minister Chancellor Президент Presidente Präsident premier ", "title words in six languages"),
    "dots": (".", "a run of dots"),
    "quotes-brackets": ("\"'([{«»}])'\" ", "quotes and brackets"),
    "call-cues": ("spoke by phone with called telephone conversation entretien téléphonique телефонный разговор ", "call cues in six languages"),
    "names": ("Vladimir Putin Emmanuel Macron Olaf Scholz Joe Biden Xi Jinping ", "gazetteer names"),
    "word-then-dots": ("Putin" + "." * 997 + " ", "a word, then dots"),
    "menu-separators": ("Home | News | World | ", "menu separators"),
    "many-calls": (
        "Vladimir Putin spoke by phone with Emmanuel Macron on Monday. Olaf Scholz called Joe Biden. "
        "Xi Jinping had a video call with Narendra Modi. Giorgia Meloni telefonierte mit Pedro Sánchez.\n",
        "thousands of calls",
    ),
    "dates-in-sentence": (None, "one call sentence of many dates"),
    "mentions-cues": ("Putin spoke by phone with Macron, ", "mentions and call cues in one sentence"),
    "people-countries": (None, "people and country words in one call sentence"),
    "dates-no-call": ("7 November 2020 ", "dates on one line, no call"),
    "earlier-dates": ("Putin spoke by phone with Macron, their first contact since 7 November 2020, ", "earlier-call dates and cues in one sentence"),
    "listed-people": (None, "one call sentence listing every leader of the gazetteer, again and again"),
    "crowd": (None, "a crowd of callers listed in one sentence"),
    "wrapped": (None, "hard-wrapped paragraphs (72 columns)"),
    "zero-width": ("Putin\u200bspoke\u200bby\u200bphone\u200bwith\u200bMacron.\u200b", "zero-width spaces between words"),
}


def adversarial(kind: str, size: int) -> str:
    unit, _ = SHAPES[kind]
    if unit is not None:
        return (unit * (size // len(unit) + 1))[:size]
    if kind == "dates-in-sentence":
        body = "7 November 2020, " * (size // 17 + 1)
        return ("Putin spoke by phone with Macron on " + body)[:size] + "."
    if kind == "people-countries":
        body = "of France and Germany, Putin and Macron " * (size // 40 + 1)
        return ("Putin spoke by phone with Macron " + body)[:size] + "."
    if kind in ("listed-people", "crowd"):
        opening = "Emmanuel Macron spoke by phone with " if kind == "listed-people" else "Many leaders called Donald Trump, among them "
        names = ", ".join(_leaders())
        return (opening + (names + ", ") * (size // len(names) + 1))[:size] + "."
    if kind == "wrapped":
        return _wrapped(size)
    raise KeyError(kind)


def linear_time(sizes: list[int]) -> None:
    """Print the microseconds per KB of every shape at each size."""
    print("adversarial inputs, microseconds per KB at " + ", ".join(f"{s // 1000} KB" for s in sizes) + ":")
    for kind in SHAPES:
        costs = []
        for size in sizes:
            text = adversarial(kind, size)
            t = timed(_parse_quietly, text)
            costs.append(t * 1e6 / (len(text) / 1024))
        print(f"  {kind:>17}: " + ", ".join(f"{c:8.1f}" for c in costs), flush=True)


SIZES = [50_000, 500_000, 5_000_000]
SIZES_QUICK = [10_000, 100_000, 1_000_000]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--quick", action="store_true", help="smaller corpus and inputs, for a smoke run")
    ap.add_argument("--shapes", action="store_true", help="only the cost per KB of the adversarial shapes")
    args = ap.parse_args()
    if args.shapes:
        readouts.parse("Vladimir Putin spoke by phone with Emmanuel Macron.")  # load the data files first
        linear_time(SIZES_QUICK if args.quick else SIZES)
        return 0
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

    linear_time(SIZES_QUICK if args.quick else SIZES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
