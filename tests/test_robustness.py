"""Hostile input: only ReadoutsError escapes, impossible dates are ignored,
nothing a readout says is lost to its encoding or its decorations, and the
time budget is kept."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

import readouts
from readouts import _budget

CALL = "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron."


def _names(r: readouts.Readout) -> list[list[str]]:
    return [[p.name for p in c.participants] for c in r.calls]


# -- decoding -------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"charset=\x00 \xff",  # a NUL in the declared name
        b'<meta charset="undefined"><p>\xff Putin</p>',  # a codec that refuses everything
        b'<meta charset="rot13"><p>\xff Putin</p>',  # a codec that is not a text encoding
        b'<meta charset="base64"><p>\xff Putin</p>',
        b'<meta charset="\xe9\xe9"><p>\xff Putin</p>',  # a name that is not ASCII
        b"\xff\xfe\x00\xd8" * 8,  # a UTF-16 mark, then lone surrogates
    ],
)
def test_undecodable_bytes_give_a_decoding_error(data: bytes) -> None:
    with pytest.raises(readouts.DecodingError):
        readouts.parse(data)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig", "utf-16-le", "utf-16-be"])
def test_utf16_and_utf32_are_decoded_with_or_without_a_mark(encoding: str) -> None:
    r = readouts.parse(CALL.encode(encoding))
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]]
    assert "\x00" not in r.text and r.text.startswith("Vladimir")


def test_utf16_without_a_mark_in_cyrillic_is_decoded() -> None:
    text = "Владимир Путин провёл телефонный разговор с Президентом Франции Эммануэлем Макроном."
    r = readouts.parse(text.encode("utf-16-be"))
    assert r.language == "ru" and r.text == text


# -- dates at the calendar's ends ----------------------------------------------


@pytest.mark.parametrize("stamp", ["0001-01-01", "9999-12-31", "1000-06-01"])
def test_an_impossible_page_date_is_ignored_and_the_calls_kept(stamp: str) -> None:
    page = f'<html><head><meta name="date" content="{stamp}"></head><body><p>{CALL[:-1]} on 3 May 2022.</p></body></html>'
    r = readouts.parse(page)
    assert r.published is None
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]] and r.calls[0].date == date(2022, 5, 3)


def test_an_impossible_capture_stamp_is_ignored() -> None:
    r = readouts.parse(f"date 9999-12-31\n{CALL[:-1]} on Monday.")
    assert r.published is None and len(r.calls) == 1 and r.calls[0].date is None


@pytest.mark.parametrize("anchor", [date.min, date.max])
def test_reference_dates_at_the_calendars_ends_do_not_overflow(anchor: date) -> None:
    text = f"{CALL[:-1]} on Monday. Yesterday they spoke again by phone. On 3 January the talks went on."
    r = readouts.parse(text, reference_date=anchor)
    assert r.calls and all(c.date is None for c in r.calls)


# -- nothing lost ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        CALL[:-1] + " 🇫🇷",
        CALL + " 🇫🇷🤝🇷🇺",
        CALL + " #Russia #France",
        CALL[:-1] + " #diplomacy",
        CALL + "\u200f",
        "\u202b" + CALL + "\u202c",
        CALL + "\u2069",
    ],
)
def test_a_one_line_readout_keeps_its_call_whatever_ends_it(text: str) -> None:
    r = readouts.parse(text)
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]]
    assert r.calls[0].evidence and r.calls[0].evidence[0].of(r.text).startswith("Vladimir Putin")


def test_a_lone_surrogate_inside_a_word_is_dropped() -> None:
    r = readouts.parse(CALL.replace("telephone", "tele\ud800phone").replace("Macron", "Mac\udfffron"))
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]]
    assert "telephone" in r.text
    r.model_dump_json()  # every string encodes


def test_zero_width_spaces_between_words_separate_them() -> None:
    r = readouts.parse(CALL.replace(" ", "\u200b"))
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]]
    assert "Vladimir Putin had" in r.text


# -- the time budget -----------------------------------------------------------


def test_a_spent_budget_raises_a_typed_error_naming_the_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter(range(0, 10**6, 100))  # every reading of the clock is 100 s later
    monkeypatch.setattr(_budget.time, "monotonic", lambda: next(clock))
    with pytest.raises(readouts.ParseTimeoutError) as info:
        readouts.parse(CALL, timeout=1)
    assert isinstance(info.value, readouts.ReadoutsError)
    assert info.value.stage == "html" and info.value.seconds == 1  # the first check after the start
    again = pickle.loads(pickle.dumps(info.value))
    assert (type(again), again.stage, again.seconds) == (readouts.ParseTimeoutError, "html", 1)


def _run_out_in(stage: str, after: int, monkeypatch: pytest.MonkeyPatch) -> str:
    """The stage a parse of 20 call sentences times out in, when the clock
    runs out at the ``after``-th check of ``stage``."""
    seen: list[str] = []
    real_check, real_clock = _budget.check, _budget.time.monotonic

    def check(name: str) -> None:
        seen.append(name)
        real_check(name)

    def clock() -> float:
        return real_clock() + (1000 if seen.count(stage) >= after else 0)

    monkeypatch.setattr(_budget, "check", check)
    monkeypatch.setattr(_budget.time, "monotonic", clock)
    text = " ".join([CALL] * 20)
    with pytest.raises(readouts.ParseTimeoutError) as info:
        readouts.parse(text, timeout=5)
    return info.value.stage


def test_the_budget_is_checked_while_the_sentences_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run_out_in("reading", 5, monkeypatch) == "reading"


def test_the_budget_is_checked_inside_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _run_out_in("extract", 5, monkeypatch) == "extract"


def test_a_generous_budget_changes_nothing() -> None:
    assert readouts.parse(CALL, timeout=60) == readouts.parse(CALL)


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_timeout_that_is_no_positive_number_is_a_value_error(bad: object) -> None:
    with pytest.raises(ValueError):
        readouts.parse(CALL, timeout=bad)  # type: ignore[arg-type]


def test_the_budget_ends_with_the_call() -> None:
    readouts.parse(CALL, timeout=30)
    _budget.check("after")  # no deadline is left behind


# -- the shapes that were quadratic still read right ----------------------------


def test_a_sentence_of_many_dates_keeps_its_call_and_date() -> None:
    r = readouts.parse("Vladimir Putin spoke by phone with Emmanuel Macron on " + "7 November 2020, " * 200 + "and later.")
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]] and r.calls[0].date == date(2020, 11, 7)


def test_a_sentence_repeating_a_call_is_one_call() -> None:
    r = readouts.parse("Vladimir Putin spoke by phone with Emmanuel Macron, " * 200)
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]]


def test_country_words_among_many_people_keep_the_initiator_rule() -> None:
    text = "At the request of the French side, Vladimir Putin spoke by phone with Emmanuel Macron" + " and Emmanuel Macron of France" * 200 + "."
    r = readouts.parse(text)
    assert len(r.calls) == 1 and r.calls[0].initiator is not None and r.calls[0].initiator.name == "Emmanuel Macron"


def _leaders(n: int) -> list[str]:
    from readouts.extract.people import gazetteer

    names = sorted(k for k in gazetteer().by_name if " " in k and "." not in k and k != "Emmanuel Macron")
    return names[:n]


def test_a_sentence_listing_more_people_than_any_call_reads_only_its_first_mentions() -> None:
    from readouts.pipeline.reading import MAX_MENTIONS as _MAX_MENTIONS

    listed = _leaders(_MAX_MENTIONS + 40)
    r = readouts.parse("Emmanuel Macron spoke by phone with " + ", ".join(listed) + ".")
    others = [c.participants[1].name for c in r.calls]
    assert 0 < len(others) <= _MAX_MENTIONS - 1
    assert set(others) <= set(listed[:_MAX_MENTIONS])
    assert not set(others) & set(listed[_MAX_MENTIONS:])


def test_a_conference_stops_growing_at_the_participant_cap() -> None:
    from readouts.extract.grouping import MAX_PARTICIPANTS as _MAX_PARTICIPANTS

    text = "Joe Biden convened a video call with European leaders. " + " ".join(
        f"Also joining was {name}." for name in _leaders(_MAX_PARTICIPANTS + 20)
    )
    r = readouts.parse(text)
    assert r.calls and max(len(c.participants) for c in r.calls) == _MAX_PARTICIPANTS


def test_many_descriptors_among_many_names_resolve_as_one() -> None:
    names = _leaders(30)
    text = " ".join(f"Emmanuel Macron spoke by phone with {n}." for n in names) + " The French President said the talks were useful." * 50
    r = readouts.parse(text)
    assert len(r.calls) >= 25 and all(c.participants[0].name == "Emmanuel Macron" for c in r.calls)


def test_a_hard_wrapped_readout_keeps_its_first_line_and_its_call_date() -> None:
    text = (
        "Vladimir Putin had a telephone conversation with President of France\n"
        "Emmanuel Macron on 3 May 2022. The leaders discussed the situation\n"
        "around Ukraine and the supply of grain to the markets of Africa and\n"
        "Asia. The conversation was held at the initiative of the French side."
    )
    r = readouts.parse(text)
    assert r.title is None and r.text.startswith("Vladimir Putin had")
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]] and r.calls[0].date == date(2022, 5, 3)


def test_a_short_line_of_symbols_and_letters_is_read_at_once() -> None:
    # Unassigned and private-use characters among letters: a title candidate
    # whose end is read without backtracking (a fuzzer's find).
    run = "".join(chr(0x100000 + i) for i in range(30))
    line = f"Putin spoke with {run}a{run}"
    r = readouts.parse(line + "\n" + CALL)
    assert _names(r) == [["Vladimir Putin", "Emmanuel Macron"]]


def test_dates_after_since_words_in_one_long_sentence_are_read_as_before() -> None:
    unit = "Vladimir Putin spoke by phone with Emmanuel Macron, their first contact since 7 November 2020, "
    r = readouts.parse(unit * 150)
    assert _names(r)[0] == ["Vladimir Putin", "Emmanuel Macron"]
    assert all(c.date is None or c.date == date(2020, 11, 7) for c in r.calls)
