"""How a call was held, read from the whole text: the opening sentence's
cue, a later one that names the call's people, the headline, and the other
calls of the same people."""

import readouts


def _media(text: str) -> list[tuple[list[str], str | None]]:
    return [([p.name for p in c.participants], c.medium) for c in readouts.parse(text).calls]


def test_a_video_call_recalled_in_passing_does_not_change_the_medium() -> None:
    text = (
        "Vladimir Putin held a telephone conversation with President of France Emmanuel Macron.\n\n"
        "Recalling their videoconference in January, the President of Russia said that ties had grown since then. "
        "The leaders also discussed Syria."
    )
    # The videoconference recalled is a call of its own; the call told stays a phone call.
    assert _media(text) == [(["Vladimir Putin", "Emmanuel Macron"], "phone"), (["Vladimir Putin", "Emmanuel Macron"], "video")]


def test_a_later_video_cue_naming_the_people_says_how_the_call_was_held() -> None:
    text = (
        "Call between Emmanuel Macron and Olaf Scholz\n\n"
        "The President of the Republic Emmanuel Macron and Chancellor Olaf Scholz held a videoconference today. "
        "They discussed energy prices."
    )
    assert _media(text) == [(["Emmanuel Macron", "Olaf Scholz"], "video")]


def test_calls_between_the_headlines_people_take_its_medium() -> None:
    text = (
        "Erdogan holds phone calls with Macron and Scholz\n\n"
        "Turkish President Recep Tayyip Erdogan spoke with French President Emmanuel Macron on Monday. They discussed Syria.\n\n"
        "On Tuesday, Erdogan spoke with German Chancellor Olaf Scholz about migration."
    )
    assert _media(text) == [
        (["Recep Tayyip Erdogan", "Emmanuel Macron"], "phone"),
        (["Recep Tayyip Erdogan", "Olaf Scholz"], "phone"),
    ]


def test_a_call_that_names_no_medium_takes_that_of_the_same_peoples_other_calls() -> None:
    text = (
        "Every call between the two presidents\n\n"
        "27 November 2024\n\n"
        "Claudia Sheinbaum and Donald Trump spoke about fentanyl and migration.\n\n"
        "3 February 2025\n\n"
        "In a phone call, Sheinbaum and Trump agreed to pause tariffs."
    )
    assert [m for _, m in _media(text)] == ["phone", "phone"]


def test_calls_of_other_people_lend_no_medium() -> None:
    text = (
        "Diplomatic week\n\n"
        "On Monday, Emmanuel Macron held a phone call with Joe Biden about Ukraine.\n\n"
        "On Tuesday, Olaf Scholz spoke with Xi Jinping about trade."
    )
    assert _media(text) == [(["Emmanuel Macron", "Joe Biden"], "phone"), (["Olaf Scholz", "Xi Jinping"], None)]


def test_a_virtual_call_is_a_video_call() -> None:
    text = "Prime Minister Keir Starmer held a virtual call with President Volodymyr Zelenskyy this morning. They discussed air defence."
    assert _media(text) == [(["Keir Starmer", "Volodymyr Zelenskyy"], "video")]
