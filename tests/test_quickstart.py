"""docs/quickstart.md runs as written and shows what it prints.

Every ```python block of the page runs, in order, in one namespace; a line
``expression   # value`` must evaluate to something whose repr is ``value``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "quickstart.md"
BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _blocks() -> list[str]:
    return BLOCK.findall(PAGE.read_text(encoding="utf-8"))


def test_the_page_has_examples_with_shown_values() -> None:
    shown = [line for block in _blocks() for line in block.splitlines() if re.search(r"\S\s+# \S", line)]
    assert len(shown) >= 8


def test_the_quickstart_runs_and_shows_its_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in _blocks():
        lines = block.splitlines()
        for node in ast.parse(block).body:
            source = ast.get_source_segment(block, node) or ""
            last = lines[(node.end_lineno or node.lineno) - 1]
            comment = last.split("  # ", 1)[1].strip() if "  # " in last else None
            if isinstance(node, ast.Expr) and comment is not None:
                value = eval(compile(ast.Expression(node.value), "quickstart", "eval"), namespace)  # noqa: S307
                assert repr(value) == comment, source
            else:
                exec(compile(ast.Module([node], []), "quickstart", "exec"), namespace)  # noqa: S102
