"""Agreement with gold answers: the seeds the project started from and the
hand-written corpus in ``tests/corpus`` (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

from scoring import evaluate

ROOT = Path(__file__).resolve().parent.parent


def test_seeds_agree_with_their_gold() -> None:
    figures = evaluate((ROOT / "seeds").glob("*.json"))
    assert figures.overall >= 0.95, figures.misses
    assert figures.score("call_count") == 1.0, figures.misses
    assert figures.score("call_found") == 1.0, figures.misses


def test_hand_written_corpus_meets_its_floor() -> None:
    # A floor, not a target: it catches regressions across six languages.
    figures = evaluate((ROOT / "tests" / "corpus").glob("*.json"))
    assert figures.overall >= 0.75, figures.misses
    assert figures.score("language") == 1.0, figures.misses
