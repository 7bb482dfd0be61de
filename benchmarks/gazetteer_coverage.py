"""How many heads of state and government the public API finds, with their country.

Samples terms of heads of state and government of UN members in office at some
time from 2000 to the extract's snapshot (``../shared/reference/leaders_history.csv``),
picks a day inside each sampled term, and writes a dated sentence naming that
person with a counterpart in office elsewhere on the same day::

    12 March 2021

    <person> held a telephone conversation with <counterpart>.

It runs the text through ``readouts.parse`` and counts a hit when a participant
of the call has the person's country (any country the extract has them heading
on that day, for a monarch of several realms). Prints the share overall and
for 2021-2025, the share that also has a role, and the misses with ``-v``.

Usage: ``python benchmarks/gazetteer_coverage.py [--sample 400] [--seed 7] [-v]``
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import readouts

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "leaders_history.csv"
SINCE = date(2000, 1, 1)
SNAPSHOT = date(2025, 10, 1)
MONTHS = "January February March April May June July August September October November December".split()


@dataclass(frozen=True)
class Term:
    qid: str
    label: str
    country: str
    start: date
    end: date


def _generator():  # type: ignore[no-untyped-def]
    """``scripts/build_leaders.py``, whose reading of the extract this benchmark shares."""
    spec = importlib.util.spec_from_file_location("build_leaders", ROOT / "scripts" / "build_leaders.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_leaders", module)
    spec.loader.exec_module(module)
    return module


def load_terms(reference: Path) -> list[Term]:
    """Terms of heads of state and government of UN members overlapping 2000..snapshot,
    read as the generator reads them: rows without a start or a name left out, open
    terms closed where a successor took over, the extract's fictional people dropped."""
    build = _generator()
    states = json.loads((ROOT / "data_src" / "states.json").read_text(encoding="utf-8"))
    extra = json.loads((ROOT / "data_src" / "leaders_extra.json").read_text(encoding="utf-8"))
    members = set(states["un_members"])
    rows = [r for r in build.read_reference(reference, states["alpha3"]) if r.qid not in extra["exclude"]]
    out: list[Term] = []
    for r in build._close_open_terms(rows):
        if r.country not in members or not r.label or r.label == r.qid or r.label.startswith("http"):
            continue
        lo, hi = max(r.start, SINCE), min(r.end or SNAPSHOT, SNAPSHOT)
        if lo <= hi:
            out.append(Term(r.qid, r.label, r.country, lo, hi))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=REFERENCE)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.reference.exists():
        print(f"no reference extract at {args.reference}", file=sys.stderr)
        return 2
    terms = load_terms(args.reference)
    by_person: dict[str, list[Term]] = defaultdict(list)
    for t in terms:
        by_person[t.qid].append(t)
    rng = random.Random(args.seed)
    sample = rng.sample(terms, min(args.sample, len(terms)))
    hits = {"all": [0, 0], "2021-2025": [0, 0]}
    with_role = 0
    misses: list[str] = []
    for term in sample:
        when = term.start + timedelta(days=rng.randrange((term.end - term.start).days + 1))
        others = [t for t in terms if t.country != term.country and t.start <= when <= t.end and t.qid != term.qid]
        other = rng.choice(others)
        text = f"{when.day} {MONTHS[when.month - 1]} {when.year}\n\n{term.label} held a telephone conversation with {other.label}.\n"
        countries = {t.country for t in by_person[term.qid] if t.start <= when <= t.end}
        found = readouts.parse(text)
        people = [p for c in found.calls for p in c.participants]
        hit = next((p for p in people if p.country in countries), None)
        buckets = ["all", "2021-2025"] if when.year >= 2021 else ["all"]
        for b in buckets:
            hits[b][1] += 1
            hits[b][0] += hit is not None
        if hit is not None and hit.role:
            with_role += 1
        if hit is None:
            misses.append(f"{when} {term.country} {term.label!r} with {other.label!r}: got {[(p.name, p.country, p.role) for p in people]}")
    for bucket, (ok, n) in hits.items():
        print(f"{bucket:>10}: {ok}/{n} = {ok / max(n, 1):.1%} found with their country")
    print(f"{'with role':>10}: {with_role}/{hits['all'][1]} = {with_role / max(hits['all'][1], 1):.1%}")
    if args.verbose:
        for line in misses:
            print("  miss", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
