"""Speed, memory and scaling figures for readouts. Prints them; asserts nothing.

Run from the project root:  python benchmarks/bench.py [--docs 2000] [--quick] [--shapes]
                            python benchmarks/bench.py --corpus ../shared/corpus [--rounds 5]

Measures, on the seeds plus a generated corpus of readout-like pages:
documents per second in one process, median and p99 milliseconds per
document, the median ratio of parse() to a bare langdetect.detect() of the
same whole text, cold `import readouts` time, peak RSS and RSS growth over
repeated passes, the speed-up of parse_many() with 2 workers, and the cost
per KB of adversarial inputs of 50 KB, 500 KB and 5 MB (which must stay flat:
linear time); ``--shapes`` prints that table alone.

``--corpus DIR`` measures on real texts instead: every ``*.txt`` under DIR
(recursively; skipped with a message when DIR is absent) and as many
generated real-shaped pages (benchmarks/corpus.py ``generate_real_shaped``:
distinct sentences, body most of the page, 1-8 KB). For each set, each text
is parsed and given to a bare ``langdetect.detect`` in turn, ``--rounds``
times over, in one process: the ratio of the two CPU times (thread time,
so that other processes on the machine do not count) per text, its median
and quartiles over texts and the spread of the per-round medians; docs per
second and milliseconds per KB of body (the ``text`` parse keeps); 8 KB
pages made of distinct real texts joined; memory of one 10 MB real-shaped
text (peak RSS above the process, in a fresh process); cold import.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import subprocess
import tempfile
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


def _child(code: str) -> str:
    """Run ``code`` in a fresh interpreter and return what it prints.

    It runs in an empty folder: ``python -c`` puts the working folder first on
    the path, where a checkout's ``readouts`` would shadow the one PYTHONPATH
    or the environment names (the version being measured).
    """
    with tempfile.TemporaryDirectory() as cwd:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=cwd).stdout


def cold_import_s() -> float:
    code = "import time; t = time.perf_counter(); import readouts; print(time.perf_counter() - t)"
    runs = [float(_child(code)) for _ in range(5)]
    return statistics.median(runs)


def cpu_timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """CPU time of this thread for one call: other processes on a shared machine do not count."""
    t = time.thread_time()
    fn(*args, **kwargs)
    return time.thread_time() - t


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


def _texts(folder: Path) -> list[str]:
    out = []
    for path in sorted(folder.rglob("*.txt")):
        try:
            out.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue  # a bytes fixture: not a text
    return out


def _joined(texts: list[str], size: int) -> list[str]:
    """Pages of about ``size`` bytes, each of distinct texts joined by blank lines."""
    pages, page = [], []
    for t in texts:
        page.append(t)
        if sum(len(p.encode()) for p in page) >= size:
            pages.append("\n\n".join(page))
            page = []
    return pages


def _quartiles(xs: list[float]) -> tuple[float, float, float]:
    q = statistics.quantiles(xs, n=4)
    return q[0], statistics.median(xs), q[2]


def real_texts(label: str, texts: list[str], rounds: int) -> None:
    """Print the ratio to langdetect, docs/s and cost per KB of body of ``texts``, interleaved text by text."""
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    for t in texts[:10]:
        readouts.parse(t)
        detect(t)
    body = [len(readouts.parse(t).text.encode()) for t in texts]
    size = [len(t.encode()) for t in texts]
    parse_t = [[0.0] * rounds for _ in texts]
    detect_t = [[0.0] * rounds for _ in texts]
    for r in range(rounds):
        for i, t in enumerate(texts):
            parse_t[i][r] = cpu_timed(readouts.parse, t)
            detect_t[i][r] = cpu_timed(detect, t)
    per_text = [statistics.median(p) / statistics.median(d) for p, d in zip(parse_t, detect_t)]
    per_round = [statistics.median(parse_t[i][r] / detect_t[i][r] for i in range(len(texts))) for r in range(rounds)]
    q1, med, q3 = _quartiles(per_text)
    ms = [statistics.median(p) * 1000 for p in parse_t]
    total = sum(ms) / 1000
    print(f"{label}: {len(texts)} texts, {statistics.mean(size) / 1024:.1f} KB on average, body {sum(body) / sum(size):.0%} of the bytes")
    print(f"  parse / langdetect.detect, CPU time, same text: median {med:.3f} (quartiles {q1:.3f}-{q3:.3f}); "
          f"median of each of {rounds} rounds {min(per_round):.3f}-{max(per_round):.3f}")
    print(f"  {len(texts) / total:.0f} docs/s (CPU); median {statistics.median(ms):.2f} ms per text; "
          f"{sum(ms) / (sum(body) / 1024):.3f} ms per KB of body")


def eight_kb(texts: list[str], rounds: int) -> None:
    pages = _joined(texts, 8 * 1024)
    if not pages:
        return
    for p in pages[:3]:
        readouts.parse(p)
    ms = [statistics.median(cpu_timed(readouts.parse, p) for _ in range(rounds)) * 1000 for p in pages]
    kb = statistics.mean(len(p.encode()) for p in pages) / 1024
    print(f"  pages of distinct real texts joined ({len(pages)} pages, {kb:.1f} KB): median {statistics.median(ms):.2f} ms CPU per page")


_MAKE_10MB = """
import sys
sys.path.insert(0, {here!r})
from corpus import generate_real_shaped
pages = generate_real_shaped(100_000, seed=5, furniture=False)
parts = []
size = 0
while size < 10_000_000:
    p = next(pages)
    parts.append(p)
    size += len(p.encode())
with open({path!r}, "w", encoding="utf-8") as f:
    f.write("\\n\\n".join(parts))
"""

# The text is made in another process and read from a file: the generator's
# own peak would otherwise hide parse's. The peak is the child's VmHWM, reset
# to its current RSS just before the parse: ru_maxrss would carry the RSS of
# the process that forked it across exec (Linux keeps the larger).
_MEMORY = """
import resource
import readouts

def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith(key + ":"))

with open({path!r}, encoding="utf-8") as f:
    text = f.read()
readouts.parse(text[:4000])
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    before, peak = status("VmRSS"), lambda: status("VmHWM")
except OSError:  # not Linux: the larger of the forking process's RSS and this one's
    before, peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
readouts.parse(text, max_chars=len(text) + 1)
print(len(text.encode()), peak() - before)
"""


def memory_10mb() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "10mb.txt")
        _child(_MAKE_10MB.format(here=str(HERE), path=path))
        out = _child(_MEMORY.format(path=path)).split()
    size, grown = int(out[0]), int(out[1])
    print(f"one real-shaped text (bodies of generated pages, no furniture) of {size / 1e6:.1f} MB: peak RSS {grown / 1e6:.0f} MB above the process (with the text read), {grown / size:.1f}x its size")


def corpus_mode(folder: Path, rounds: int) -> int:
    print(f"cold import readouts: {cold_import_s() * 1000:.0f} ms")
    if folder.is_dir():
        texts = _texts(folder)
        real_texts(f"real texts under {folder}", texts, rounds)
        eight_kb(texts, rounds)
        n = len(texts)
    else:
        print(f"{folder}: no such folder; real texts skipped")
        n = 150
    sys.path.insert(0, str(HERE))
    from corpus import generate_real_shaped

    shaped = list(generate_real_shaped(n))
    real_texts("generated real-shaped pages", shaped, rounds)
    memory_10mb()
    return 0


SIZES = [50_000, 500_000, 5_000_000]
SIZES_QUICK = [10_000, 100_000, 1_000_000]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--quick", action="store_true", help="smaller corpus and inputs, for a smoke run")
    ap.add_argument("--shapes", action="store_true", help="only the cost per KB of the adversarial shapes")
    ap.add_argument("--corpus", type=Path, help="measure on the real texts under this folder (and real-shaped pages)")
    ap.add_argument("--rounds", type=int, default=5, help="with --corpus: passes over the texts")
    args = ap.parse_args()
    if args.corpus is not None:
        return corpus_mode(args.corpus, args.rounds)
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
