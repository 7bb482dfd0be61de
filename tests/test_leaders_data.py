"""The leaders gazetteer: generated from the reference extract, and one vocabulary of roles."""

import importlib.util
import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from readouts import lexicon

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference" / "leaders_history.csv"


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_leaders", ROOT / "scripts" / "build_leaders.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_leaders", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference extract (../shared/reference) is absent")
def test_committed_gazetteer_is_what_the_generator_makes() -> None:
    made = _generator().build(REFERENCE)
    committed = (resources.files("readouts") / "data" / "leaders.json").read_text(encoding="utf-8")
    assert committed == made, "readouts/data/leaders.json is stale: run scripts/build_leaders.py"


def test_gazetteer_is_marked_generated_and_keyed_by_unique_ids() -> None:
    data = lexicon.leaders()
    assert "build_leaders.py" in data.generated
    ids = [p.id for p in data.leaders]
    assert len(ids) == len(set(ids))
    order = [(p.country, p.name, p.id) for p in data.leaders]
    assert order == sorted(order)


def _roles_used() -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    used["leaders.json"] = {t.role for p in lexicon.leaders().leaders for t in p.terms}
    used["sources.json"] = {r for s in lexicon.sources().sources for r in s.speaks_for}
    for path in sorted((resources.files("readouts") / "data" / "lang").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".json"):
            raw = json.loads(path.read_text(encoding="utf-8"))
            used[f"lang/{path.name}"] = set(raw.get("titles", {})) | set(raw.get("home_titles", {}).values())
    titles = json.loads((ROOT / "data_src" / "titles.json").read_text(encoding="utf-8"))
    table = set(titles["default"].values()) | set(titles["people"].values())
    for offices in titles["countries"].values():
        for rule in offices.values():
            table |= {rule} if isinstance(rule, str) else {p["role"] for p in rule}
    used["data_src/titles.json"] = table
    extra = json.loads((ROOT / "data_src" / "leaders_extra.json").read_text(encoding="utf-8"))
    used["data_src/leaders_extra.json"] = {t["role"] for p in extra["people"] for t in p.get("terms", [])}
    return used


def test_every_data_file_uses_the_closed_vocabulary_of_roles() -> None:
    vocabulary = set(lexicon.roles().roles)
    for name, roles in _roles_used().items():
        assert roles <= vocabulary, f"{name}: roles outside roles.json: {sorted(roles - vocabulary)}"


