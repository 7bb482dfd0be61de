"""Properties that hold for any input: parse() returns a valid Readout or
raises a ReadoutsError, and gives the same answer twice."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readouts

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))]
LABELS = readouts.topic_labels()


def _check(text: str | bytes) -> None:
    try:
        r = readouts.parse(text)
    except readouts.ReadoutsError as exc:
        assert str(exc)
        return
    for call in r.calls:
        assert set(call.topics) <= LABELS
        assert len(call.participants) >= 2
        assert call.duration is None or call.duration.total_seconds() >= 0
        for span in call.evidence:
            assert 0 <= span.start <= span.end <= len(r.text)
        for p in call.participants:
            assert p.country is None or p.country.isupper()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.integers(0, 10_000), st.integers(0, 10_000), st.text(max_size=50))
def test_seeds_cut_and_spliced(seed: str, a: int, b: int, insert: str) -> None:
    a, b = sorted((a % (len(seed) + 1), b % (len(seed) + 1)))
    _check(seed[:a] + insert + seed[b:])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.randoms(use_true_random=False))
def test_seeds_with_shuffled_paragraphs_are_parsed_the_same_twice(seed: str, rnd) -> None:  # type: ignore[no-untyped-def]
    paragraphs = seed.split("\n")
    rnd.shuffle(paragraphs)
    text = "\n".join(paragraphs)
    _check(text)
    first = readouts.parse(text).model_dump_json()
    assert readouts.parse(text).model_dump_json() == first


_PIECES = st.sampled_from(
    [
        "Vladimir Putin", "Emmanuel Macron", "Путин", "Зеленский", "Президент", "President", "Prime Minister",
        "spoke by phone with", "s'est entretenu par téléphone avec", "телефонный разговор", "on Monday",
        "7 novembre 2020", "an hour and a half", "<div>", "</p>", "<script>alert(1)</script>", "&amp;", "&#x0;",
        "\x00", "\x1b[31m", "\u200b", "\ufeff", "\u202e", "(", ")", "«", "»", '"', "'", "...", "—", "\n", "\n\n",
        "TRENDING", "Updated: 16-11-2021", "date 2021-11-16", "(Reuters) -", "/TASS/.", "Leggi su",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=60))
def test_readout_shaped_noise(pieces: list[str]) -> None:
    _check(" ".join(pieces))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.integers(1, 40))
def test_seeds_with_very_long_lines_and_duplicates(seed: str, times: int) -> None:
    paragraphs = seed.split("\n")
    _check(" ".join(paragraphs) * (times % 5 + 1) + "\n".join(paragraphs[: times % 7]))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    _check(data)  # type: ignore[arg-type]


def test_lone_surrogates_and_control_characters() -> None:
    _check("Vladimir Putin \ud800 spoke by phone with Emmanuel Macron\x00\x07 on \udfff Monday.")


def test_fuzz_regressions() -> None:
    # Inputs the fuzzer (fuzz/fuzz_parse.py) once found; each must now parse or fail cleanly.
    for path in sorted((Path(__file__).resolve().parent.parent / "fuzz" / "regressions").glob("*")):
        _check(path.read_bytes())  # type: ignore[arg-type]
