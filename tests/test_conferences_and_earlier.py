"""Conferences whose participants are listed later or only after "with",
calls recalled with a month only, the medium of each of two calls told in
one sentence, and talks beside a meeting that is only planned."""

import pytest

import readouts


def calls(text: str) -> list[readouts.Call]:
    return list(readouts.parse(text).calls)


def names(call: readouts.Call) -> set[str]:
    return {p.name for p in call.participants}


@pytest.mark.parametrize(
    "text",
    [
        "La presidente del Consiglio Giorgia Meloni partecipa a una videoconferenza con i leader europei. "
        "Il vertice virtuale segue una precedente telefonata in cui Donald Trump aveva parlato con Vladimir Putin. "
        "Alla videoconferenza partecipano il presidente francese Emmanuel Macron e il cancelliere Friedrich Merz. "
        "Presenti anche Keir Starmer e Donald Tusk.",
        "Prime Minister Giorgia Meloni is taking part in a videoconference with European leaders. "
        "The virtual summit follows an earlier call in which Donald Trump spoke with Vladimir Putin. "
        "Taking part in the videoconference are French President Emmanuel Macron and Chancellor Friedrich Merz. "
        "Also present are Keir Starmer and Donald Tusk.",
    ],
)
def test_participants_listed_after_other_calls_join_the_conference(text: str) -> None:
    found = [names(c) for c in calls(text)]
    assert {"Giorgia Meloni", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Donald Tusk"} in found


@pytest.mark.parametrize(
    "text",
    [
        "Am Samstagmorgen klingelte das Telefon von Bundeskanzler Friedrich Merz. "
        "Er wurde zu einer Telefonkonferenz mit Donald Trump und Wolodymyr Selenskyj zugeschaltet.",
        "On Saturday morning the phone of Chancellor Friedrich Merz rang. "
        "He joined a phone conference with Donald Trump and Volodymyr Zelensky.",
    ],
)
def test_a_conference_named_only_after_with_is_the_previous_subjects(text: str) -> None:
    (call,) = calls(text)
    assert names(call) == {"Friedrich Merz", "Donald Trump", "Volodymyr Zelenskyy"}


def test_a_verb_final_talk_with_its_length_is_a_call() -> None:
    (call,) = calls("Zuvor hatte Emmanuel Macron mit Olaf Scholz rund zwanzig Minuten gesprochen.")
    assert names(call) == {"Emmanuel Macron", "Olaf Scholz"}
    assert call.duration_minutes == 20


def test_people_of_a_meeting_the_call_prepares_take_no_part() -> None:
    (call,) = calls(
        "Sergey Lavrov and Marco Rubio had a phone conversation about arranging a meeting between "
        "Presidents Vladimir Putin and Donald Trump."
    )
    assert names(call) == {"Sergey Lavrov", "Marco Rubio"}


@pytest.mark.parametrize(
    "text",
    [
        "During their phone call on Friday, Emmanuel Macron told Volodymyr Zelensky about his conversation with Vladimir Putin.",
        "Lors de leur entretien téléphonique vendredi, Emmanuel Macron a informé Volodymyr Zelensky de ses échanges avec Vladimir Poutine.",
    ],
)
def test_each_call_of_a_sentence_has_its_own_medium(text: str) -> None:
    media = {frozenset(names(c)): c.medium for c in calls(text)}
    assert media == {
        frozenset({"Emmanuel Macron", "Volodymyr Zelenskyy"}): "phone",
        frozenset({"Emmanuel Macron", "Vladimir Putin"}): None,
    }


def test_a_list_before_its_phone_words_shares_their_medium() -> None:
    found = calls("On Friday Joe Biden spoke to Justin Trudeau and Andrés Manuel López Obrador in separate phone calls.")
    assert [c.medium for c in found] == ["phone", "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Justin Trudeau spoke by phone with Donald Trump on Saturday 21 January 2017. "
        "The two men also spoke in November, and Trudeau invited him to visit Canada.",
        "Bundeskanzler Olaf Scholz telefonierte am Samstag, 21. Januar 2017, mit Donald Trump. "
        "Die beiden hatten bereits im November miteinander gesprochen.",
    ],
)
def test_a_call_recalled_with_a_month_only_is_a_call_of_no_day(text: str) -> None:
    found = calls(text)
    assert len(found) == 2
    assert [c.date for c in found] == [readouts.parse(text).calls[0].date, None]
    assert found[0].date is not None and found[0].date.day == 21


def test_a_talk_beside_a_meeting_held_is_in_person() -> None:
    assert calls("During his visit to Paris, Xi Jinping spoke with Emmanuel Macron about trade.") == []


def test_a_sentence_naming_one_counterpart_tells_of_their_call_told_already() -> None:
    found = calls(
        "Emmanuel Macron hat am Mittwoch mit Olaf Scholz telefoniert. "
        "Am Dienstag hatten Macron und Wladimir Putin mehr als eine Stunde lang miteinander telefoniert. "
        "Im Gespräch mit Scholz ging es um die Ukraine."
    )
    assert [names(c) for c in found] == [{"Emmanuel Macron", "Olaf Scholz"}, {"Emmanuel Macron", "Vladimir Putin"}]
