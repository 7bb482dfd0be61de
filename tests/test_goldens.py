"""Golden tests: every seed and every hand-written corpus document, with the
output readouts gives for it stored beside in ``tests/goldens/``.

A change of output fails here and is reviewed as a diff: run
``pytest tests/test_goldens.py --update-goldens`` and read ``git diff``.
The gold answers (what a perfect parser would say) are scored separately,
in ``test_gold_scores.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import readouts

ROOT = Path(__file__).resolve().parent.parent
GOLDENS = Path(__file__).resolve().parent / "goldens"
INPUTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))


def _render(path: Path) -> str:
    readout = readouts.parse(path.read_text(encoding="utf-8"))
    data = readout.model_dump(mode="json", exclude={"text"})
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_golden(path: Path, request: pytest.FixtureRequest) -> None:
    golden = GOLDENS / f"{path.parent.name}-{path.stem}.json"
    got = _render(path)
    if request.config.getoption("--update-goldens"):
        GOLDENS.mkdir(exist_ok=True)
        golden.write_text(got, encoding="utf-8")
        return
    assert golden.exists(), f"no golden for {path.name}: run pytest --update-goldens"
    assert got == golden.read_text(encoding="utf-8")
