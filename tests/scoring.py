"""Field-by-field agreement between ``parse()`` and gold files (``NAME.txt``
+ ``NAME.json``, the format of ``seeds/``), used by the corpus tests and by
``benchmarks/evaluate.py``."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import readouts


def fold(value: object) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("-", " ").split())


def same_name(a: str | None, b: str | None) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return fa == fb
    return fa == fb or SequenceMatcher(None, fa, fb).ratio() >= 0.8


def surname(name: str | None) -> str | None:
    f = fold(name)
    return f.split()[-1] if f else None


@dataclass
class Figures:
    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    topic_counts: list[int] = field(default_factory=lambda: [0, 0, 0])
    """True positives, false positives, false negatives of topic labels."""

    def add_topics(self, gold: set[str], got: set[str], detail: str) -> None:
        self.topic_counts[0] += len(gold & got)
        self.topic_counts[1] += len(got - gold)
        self.topic_counts[2] += len(gold - got)
        self.totals["topics_f1"] = 1
        self.hits["topics_f1"] = 1
        if gold != got:
            self.misses.append(detail)

    def add(self, name: str, ok: bool, detail: str = "") -> None:
        self.totals[name] = self.totals.get(name, 0) + 1
        self.hits[name] = self.hits.get(name, 0) + int(ok)
        if not ok and detail:
            self.misses.append(detail)

    def score(self, name: str) -> float:
        if name == "topics_f1":
            tp, fp, fn = self.topic_counts
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            return 2 * p * r / (p + r) if p + r else 0.0
        return self.hits.get(name, 0) / self.totals[name] if self.totals.get(name) else 1.0

    @property
    def overall(self) -> float:
        names = list(self.totals)
        return sum(self.score(n) for n in names) / len(names) if names else 0.0


def _pair(gold_calls: list[dict[str, Any]], calls: list[readouts.Call]) -> list[tuple[dict[str, Any], readouts.Call | None]]:
    left = list(calls)
    out: list[tuple[dict[str, Any], readouts.Call | None]] = []
    for g in gold_calls:
        names = {surname(p["name"]) for p in g["participants"]}
        best = None
        for c in left:
            got = {surname(p.name) for p in c.participants}
            overlap = sum(1 for n in names if any(same_name(n, x) for x in got))
            if overlap * 2 >= len(names | got) and (best is None):
                best = c
        if best is not None:
            left.remove(best)
        out.append((g, best))
    return out


def evaluate(paths: Iterable[Path]) -> Figures:
    """Parse every ``NAME.txt`` beside a ``NAME.json`` and count agreements."""
    figures = Figures()
    for gold_path in sorted(paths):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        name = gold_path.stem
        r = readouts.parse(text)
        source = r.source
        figures.add("source", gold.get("source") is None or (source is not None and source.id == gold["source"]), f"{name}: source {source.id if source else None} != {gold.get('source')}")
        figures.add("source_kind", source is not None and source.kind == gold["source_kind"], f"{name}: kind {source.kind if source else None} != {gold['source_kind']}")
        figures.add("language", r.language == gold["language"], f"{name}: language {r.language}")
        figures.add("published", (r.published.isoformat() if r.published else None) == gold["published"], f"{name}: published {r.published} != {gold['published']}")
        figures.add("call_count", len(r.calls) == len(gold["calls"]), f"{name}: {len(r.calls)} calls != {len(gold['calls'])}")
        for g, c in _pair(gold["calls"], r.calls):
            who = "/".join(surname(p["name"]) or "?" for p in g["participants"])
            figures.add("call_found", c is not None, f"{name}: call {who} not found")
            if c is None:
                continue
            for gp in g["participants"]:
                p = next((x for x in c.participants if same_name(surname(x.name), surname(gp["name"]))), None)
                figures.add("country", p is not None and p.country == gp["country"], f"{name}: country of {gp['name']} {p.country if p else None}")
                figures.add("role", p is not None and p.role == gp["role"], f"{name}: role of {gp['name']} {p.role if p else None}")
            init = c.initiator.name if c.initiator else None
            figures.add("initiator", same_name(surname(init), surname(g["initiator"])), f"{name} {who}: initiator {init} != {g['initiator']}")
            figures.add("date", (c.date.isoformat() if c.date else None) == g["date"], f"{name} {who}: date {c.date} != {g['date']}")
            figures.add("duration", c.duration_minutes == g["duration_minutes"], f"{name} {who}: duration {c.duration_minutes} != {g['duration_minutes']}")
            figures.add("medium", c.medium == g["medium"], f"{name} {who}: medium {c.medium} != {g['medium']}")
            figures.add_topics(set(g["topics"]), set(c.topics), f"{name} {who}: topics {sorted(c.topics)} != {sorted(g['topics'])}")
    return figures
