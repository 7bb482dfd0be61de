"""A text that tells of no call and no meeting, only of one leader telling
another something, reports a call whose medium it does not say."""

from __future__ import annotations

from datetime import date

import pytest

import readouts


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - Secretary of State Antony Blinken told his Russian counterpart Sergei Lavrov on Tuesday "
        "that the United States wanted to see real de-escalation on the border with Ukraine.",
        "Le président Emmanuel Macron a dit à Vladimir Poutine que la France restait prête au dialogue sur l'Ukraine.",
        "Bundeskanzler Olaf Scholz sagte dem ukrainischen Präsidenten Wolodymyr Selenskyj weitere Unterstützung zu.",
        "El presidente Pedro Sánchez aseguró a Volodímir Zelenski que España seguirá apoyando a Ucrania.",
    ],
)
def test_one_leader_addressing_another_is_a_call_of_unknown_medium(text: str) -> None:
    (call,) = readouts.parse(text).calls
    assert len(call.participants) == 2
    assert len({p.country for p in call.participants}) == 2
    assert call.medium is None


def test_the_exchange_takes_its_sentences_date() -> None:
    text = (
        "Secretary of State Antony Blinken told Russian Foreign Minister Sergei Lavrov on Tuesday that "
        "Washington would answer any invasion of Ukraine."
    )
    (call,) = readouts.parse(text, reference_date=date(2022, 2, 16)).calls
    assert call.date == date(2022, 2, 15)


@pytest.mark.parametrize(
    "text",
    [
        # An in-person meeting: what was told was told there.
        "Antony Blinken met Sergei Lavrov in Geneva on Friday. Blinken told Lavrov that Washington wanted de-escalation.",
        # Nobody of another state is addressed.
        "President Emmanuel Macron told reporters on Monday that Europe had to stay united.",
        # Both of one state.
        "President Joe Biden told Secretary of State Antony Blinken to travel to Kyiv next week.",
        # A talk that did not take place.
        "Antony Blinken did not speak with Sergei Lavrov; he told Lavrov through intermediaries that talks could resume.",
    ],
)
def test_no_call_is_read_into_other_exchanges(text: str) -> None:
    assert readouts.parse(text).calls == []


def test_a_text_that_tells_of_a_call_is_read_as_before() -> None:
    text = (
        "Antony Blinken spoke by phone with Sergei Lavrov on Tuesday. "
        "Blinken told Lavrov that Washington wanted de-escalation."
    )
    (call,) = readouts.parse(text).calls
    assert call.medium == "phone"
