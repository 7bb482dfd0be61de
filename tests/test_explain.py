from datetime import date
from pathlib import Path

import pytest

import readouts

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_each_field_points_at_its_words() -> None:
    text = (
        "At the initiative of the Turkish side, Vladimir Putin had a telephone conversation with "
        "Recep Tayyip Erdogan on Monday. The conversation lasted an hour and a half. "
        "The leaders discussed the grain corridor."
    )
    r = readouts.parse(text)
    (call,) = r.calls
    fe = call.field_evidence
    said = lambda spans: [s.of(r.text) for s in spans]  # noqa: E731
    assert said(fe.initiator) == ["At the initiative of the Turkish side"]
    assert said(fe.duration) == ["an hour and a half"]
    assert said(fe.medium) == ["telephone conversation"]
    assert said(fe.participants["Vladimir Putin"]) == ["Vladimir Putin"]
    assert said(fe.participants["Recep Tayyip Erdogan"]) == ["Recep Tayyip Erdogan"]
    assert said(fe.topics["food-security"]) == ["grain"]


def test_date_evidence_is_the_date_expression() -> None:
    r = readouts.parse("Emmanuel Macron spoke by phone with Olaf Scholz on Monday.", reference_date=date(2023, 5, 10))
    assert [s.of(r.text) for s in r.calls[0].field_evidence.date] == ["Monday"]


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_every_seed_field_has_evidence_inside_the_text(path: Path) -> None:
    r = readouts.parse(path.read_text(encoding="utf-8"))
    for call in r.calls:
        fe = call.field_evidence
        for p in call.participants:
            spans = fe.participants[p.name]
            assert spans, p.name
        if call.date:
            assert fe.date
        if call.duration:
            assert fe.duration and any(c.isdigit() or c.isalpha() for c in fe.duration[0].of(r.text))
        if call.medium:
            assert fe.medium
        if call.initiator:
            assert fe.initiator
        assert set(fe.topics) == set(call.topics)
        for label in call.topics:
            assert fe.topics[label]
        every = [s for spans in fe.participants.values() for s in spans] + fe.date + fe.duration + fe.medium + fe.initiator
        every += [s for spans in fe.topics.values() for s in spans]
        for span in every:
            assert 0 <= span.start < span.end <= len(r.text)
            assert span.of(r.text).strip()


def test_explain_marks_the_words_in_text_and_html() -> None:
    r = readouts.parse("Emmanuel Macron spoke by phone with Olaf Scholz about energy.")
    text = r.explain()
    assert text.startswith("call 1: Emmanuel Macron - Olaf Scholz")
    assert "[Emmanuel Macron]{1:participant Emmanuel Macron}" in text
    assert "[energy]{1:topic energy}" in text
    html = r.explain("html")
    assert '<mark title="1:topic energy">energy</mark>' in html
    with pytest.raises(ValueError):
        r.explain("pdf")  # type: ignore[arg-type]
