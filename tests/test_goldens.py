"""Golden tests: every seed and every hand-written corpus document, with the
output readouts gives for it stored in ``tests/goldens/``.

A change of output fails here and is reviewed as a diff: run
``pytest tests/test_goldens.py --update-goldens`` and read ``git diff``.
Each evidence span is stored on one line as ``start-end: covered text``, so
a diff shows what a span covers (a date lost, a participant read from
another sentence), not only that some offsets moved. Updating checks that
every span lies inside the text it points into.

The gold answers (what a perfect parser would say) are scored separately,
in ``test_gold_scores.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import readouts

ROOT = Path(__file__).resolve().parent.parent
GOLDENS = Path(__file__).resolve().parent / "goldens"
INPUTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))


def _spans_as_text(value: Any, text: str, bad: list[str]) -> Any:
    """Replace every ``{"start", "end"}`` dict below ``value`` by one line
    naming the text it covers; collect spans that leave the text in ``bad``."""
    if isinstance(value, dict):
        if value.keys() == {"start", "end"}:
            start, end = value["start"], value["end"]
            if not 0 <= start < end <= len(text):
                bad.append(f"{start}-{end}")
            return f"{start}-{end}: {text[start:end]}"
        return {k: _spans_as_text(v, text, bad) for k, v in value.items()}
    if isinstance(value, list):
        return [_spans_as_text(v, text, bad) for v in value]
    return value


def _render(path: Path) -> tuple[str, list[str]]:
    readout = readouts.parse(path.read_text(encoding="utf-8"))
    bad: list[str] = []
    data = _spans_as_text(readout.model_dump(mode="json", exclude={"text"}), readout.text, bad)
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", bad


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_golden(path: Path, request: pytest.FixtureRequest) -> None:
    golden = GOLDENS / f"{path.parent.name}-{path.stem}.json"
    got, bad = _render(path)
    assert not bad, f"spans outside the text of {path.name}: {bad}"
    if request.config.getoption("--update-goldens"):
        GOLDENS.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
        return
    assert golden.exists(), f"no golden for {path.name}: run pytest --update-goldens"
    assert got == golden.read_text(encoding="utf-8")


def test_span_rendering_names_the_covered_text() -> None:
    bad: list[str] = []
    out = _spans_as_text({"date": [{"start": 4, "end": 9}], "n": 1}, "Spoke Monday.", bad)
    assert out == {"date": ["4-9: e Mon"], "n": 1}
    assert bad == []
    _spans_as_text([{"start": 3, "end": 40}], "short", bad)
    assert bad == ["3-40"]
