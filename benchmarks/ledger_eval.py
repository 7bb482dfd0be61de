"""How well the ledger merges reports of one call, on the groups corpus.

Usage: python benchmarks/ledger_eval.py [-v] [GROUPS_DIR]   (default: ../shared/corpus/groups)

Parses every text of the groups (with the URL of its gold file), adds them
all to one :class:`readouts.Ledger`, and prints:

- groups merged into exactly one event: every document's call of the group
  (the first call of its gold file, found among the parsed calls by its
  participants and date) lands in the same event;
- decoy pairs wrongly merged: two groups of the same people on different
  days whose calls share an event;
- the seeds added twice: the events and their reports (the same text twice
  is one report).

With ``-v``, each miss with the day and reason of every report.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readouts  # noqa: E402
from readouts._ledger_match import person_key  # noqa: E402


def _people(names: list[str]) -> set[str]:
    return {person_key(readouts.Participant(name=n)) for n in names}


def _main_call(gold: dict[str, Any], parsed: readouts.Readout) -> int | None:
    """Index of the parsed call that is the gold file's first call, or None."""
    if not gold["calls"]:
        return None
    want = gold["calls"][0]
    people = _people([p["name"] for p in want["participants"]])
    best: tuple[int, int] | None = None
    for i, call in enumerate(parsed.calls):
        have = _people([p.name for p in call.participants])
        if len(have & people) < 2:
            continue
        score = (2 if have == people else 0) + (1 if str(call.date) == str(want["date"]) else 0)
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None


def evaluate(folder: Path, verbose: bool) -> int:
    groups = json.loads((folder / "groups.json").read_text(encoding="utf-8"))
    ledger = readouts.Ledger()
    main: dict[str, int | None] = {}
    for group in groups:
        for doc in group["documents"]:
            gold = json.loads((folder / f"{doc}.json").read_text(encoding="utf-8"))
            parsed = readouts.parse((folder / f"{doc}.txt").read_text(encoding="utf-8"), url=gold.get("url"))
            ledger.add(parsed, label=doc)
            main[doc] = _main_call(gold, parsed)
    events = ledger.events()
    where: dict[tuple[str, int], int] = {}
    for n, event in enumerate(events):
        for r in event.reports:
            where[(r.label.split("/")[0], r.call_index)] = n

    def event_of(doc: str) -> int | None:
        index = main[doc]
        return None if index is None else where.get((doc, index))

    one = 0
    lenient = 0
    for group in groups:
        found = {doc: event_of(doc) for doc in group["documents"]}
        landed = {e for e in found.values() if e is not None}
        missing = [d for d, e in found.items() if e is None]
        ok = len(landed) == 1 and not missing
        one += ok
        lenient += len(landed) == 1
        if not ok and verbose:
            print(f"MISS {group['event'][:90]}")
            for doc, e in found.items():
                if e is None:
                    print(f"    {doc}: its call was not extracted")
                    continue
                event = events[e]
                for r in event.reports:
                    if r.label.split("/")[0] == doc and r.call_index == main[doc]:
                        people = ", ".join(p.name for p in r.call.participants)
                        print(f"    {doc}: event {e} ({people}; {r.day} {r.day_basis}; {event.matched[r.label]})")
    decoys = 0
    pairs = 0
    for a, b in zip(groups, groups[1:]):
        if a["event"].startswith("DECOY A") and b["event"].startswith("DECOY B"):
            pairs += 1
            ea = {event_of(d) for d in a["documents"]} - {None}
            eb = {event_of(d) for d in b["documents"]} - {None}
            if ea & eb:
                decoys += 1
                if verbose:
                    print(f"DECOY MERGED {a['event'][:60]} / {b['event'][:60]}")
    print(f"groups merged into exactly one event: {one}/{len(groups)} ({lenient}/{len(groups)} counting only the calls extracted)")
    print(f"decoy pairs wrongly merged: {decoys}/{pairs}")
    print(f"events: {len(events)} from {len(ledger)} reports of {sum(len(g['documents']) for g in groups)} texts")
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    twice = readouts.Ledger()
    for _ in range(2):
        for path in seeds:
            twice.add(readouts.parse(path.read_text(encoding="utf-8")), label=path.name)
    sizes = [len(e.reports) for e in twice.events()]
    print(f"seeds added twice: {len(sizes)} events, reports per event {sorted(set(sizes))}")
    return 0


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    rest = [a for a in argv if a != "-v"]
    folder = Path(rest[0]) if rest else ROOT.parent / "shared" / "corpus" / "groups"
    if not (folder / "groups.json").is_file():
        print(f"no groups corpus at {folder}", file=sys.stderr)
        return 2
    return evaluate(folder, verbose)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
