"""Time the ledger on synthetic reports: adding and resolving must be linear.

Run from the project root:  python benchmarks/ledger_bench.py [--sizes 10000 30000 100000]

Builds readouts (no parsing) of calls between 150 leaders over three years:
half with a call date, a quarter with only a publication date, a quarter
with no date (a weekday or yearless date in the sentence, or nothing), each
call told by one to four texts, and one text in twenty added twice. Prints (CPU seconds of this process, so that other load on the machine does not count),
per size, the seconds to add the reports, to resolve them into events, and
the microseconds per report (flat when the ledger is linear).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import readouts  # noqa: E402
from readouts import Call, Participant, Readout, Source, Span  # noqa: E402

_TOPICS = sorted(readouts.topic_labels())
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def synthetic(n: int, seed: int = 7) -> list[Readout]:
    """``n`` readouts of one call each, several of them of the same call."""
    rng = random.Random(seed)
    people = [Participant(name=f"Leader {chr(65 + i // 26)}{chr(65 + i % 26)}", country=f"{chr(65 + i // 26)}{chr(65 + i % 26)}") for i in range(150)]
    start = dt.date(2021, 1, 1)
    out: list[Readout] = []
    while len(out) < n:
        a, b = rng.sample(people, 2)
        day = start + dt.timedelta(days=rng.randrange(3 * 365))
        topics = rng.sample(_TOPICS, 3)
        for side in range(rng.randint(1, 4)):
            kind = rng.random()
            text = f"{a.name} spoke with {b.name} (report {len(out)})."
            date = published = None
            if kind < 0.5:
                date = day + dt.timedelta(days=rng.choice((0, 0, 0, 1)))
            elif kind < 0.75:
                published = day + dt.timedelta(days=rng.randint(0, 2))
            elif kind < 0.85:
                text = f"{a.name} spoke with {b.name} on {_WEEKDAYS[day.weekday()]} (report {len(out)})."
            elif kind < 0.95:
                text = f"{a.name} spoke with {b.name} on {day.day} {_MONTHS[day.month - 1]} (report {len(out)})."
            call = Call(participants=[a, b], date=date, topics=topics[: 1 + side % 3], evidence=[Span(start=0, end=len(text))])
            source = Source(id=f"outlet-{rng.randrange(40)}", kind=rng.choice(("official", "wire", "news", "aggregator")))
            out.append(Readout(source=source, language="en", published=published, text=text, calls=[call]))
            if rng.random() < 0.05:
                out.append(out[-1])  # the same text again: one report
    return out[:n]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = ap.parse_args(argv)
    print(f"{'reports':>8} {'add s':>7} {'events s':>9} {'us/report':>10} {'events':>7}")
    for size in args.sizes:
        items = synthetic(size)
        ledger = readouts.Ledger()
        t0 = time.process_time()
        for r in items:
            ledger.add(r)
        t1 = time.process_time()
        events = ledger.events()
        t2 = time.process_time()
        print(f"{size:>8} {t1 - t0:>7.2f} {t2 - t1:>9.2f} {(t2 - t0) / size * 1e6:>10.1f} {len(events):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
