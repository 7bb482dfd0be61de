from pathlib import Path

import readouts

ROOT = Path(__file__).resolve().parent.parent

KREMLIN = """President of Russia
Telephone conversation with President of France Emmanuel Macron
March 14, 2022
At the initiative of the French side, Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.
The leaders discussed the situation in Ukraine and the negotiations between Russian and Ukrainian representatives.
Vladimir Putin also informed his counterpart about the humanitarian corridors."""

ELYSEE = """Élysée
Entretien téléphonique avec M. Vladimir Poutine, Président de la Fédération de Russie
14 mars 2022
Le Président de la République s'est entretenu ce jour par téléphone avec le Président russe Vladimir Poutine.
Les deux présidents ont évoqué la sûreté de la centrale nucléaire de Zaporijia et la situation en Ukraine.
L'entretien a duré une heure et demie."""

REUTERS = """PARIS, March 15, 2022 (Reuters) - French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on Monday, the Elysee said, in a call that lasted two hours."""

NEXT_DAY = """MOSCOW, March 16, 2022 (Reuters) - Vladimir Putin and Emmanuel Macron held another telephone conversation on Wednesday, the Kremlin said."""


def _ledger() -> readouts.Ledger:
    ledger = readouts.Ledger()
    for label, text in (("kremlin.txt", KREMLIN), ("elysee.txt", ELYSEE), ("reuters.txt", REUTERS), ("next-day.txt", NEXT_DAY)):
        ledger.add(readouts.parse(text), label=label)
    return ledger


def test_reports_of_one_call_merge_and_another_day_stays_apart() -> None:
    events = _ledger().events()
    assert [sorted(r.label for r in e.reports) for e in events] == [["elysee.txt", "kremlin.txt", "reuters.txt"], ["next-day.txt"]]
    first = events[0]
    assert str(first.date) == "2022-03-14"
    assert first.initiator is not None and first.initiator.name == "Emmanuel Macron"  # only the Kremlin says so


def test_official_readouts_outrank_wire_copy_and_disagreements_are_kept() -> None:
    first = _ledger().events()[0]
    assert first.duration_minutes == 90  # the Élysée's figure, not Reuters' two hours
    (duration,) = [d for d in first.disagreements if d.field == "duration_minutes"]
    assert duration.values == {"elysee.txt": "90", "reuters.txt": "120"}


def test_diff_shows_what_each_side_alone_mentions() -> None:
    diff = _ledger().events()[0].official_diff()
    assert "nuclear-safety" in diff["elysee.txt"]
    assert "humanitarian" in diff["kremlin.txt"]
    assert "ukraine" not in diff["kremlin.txt"] and "ukraine" not in diff["elysee.txt"]


def test_two_calls_of_one_text_never_merge_and_undated_reports_stay_alone() -> None:
    seed = next((ROOT / "seeds").glob("002_*.txt")).read_text(encoding="utf-8")
    events = readouts.merge([readouts.parse(seed), readouts.parse(seed)])  # the same undated text twice
    macron_putin = [e for e in events if {p.name for p in e.participants} == {"Emmanuel Macron", "Vladimir Putin"}]
    assert len(macron_putin) == 4 and all(len(e.reports) == 1 for e in macron_putin)
