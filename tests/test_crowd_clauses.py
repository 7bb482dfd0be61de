"""A crowd of callers is listed in the crowd's own clause; the partner of
the text is no counterpart where the sentence names them in another clause;
a sentence naming two counterparts of calls the hub had tells more of those."""

import pytest

import readouts


def pairs(text: str) -> list[frozenset[str]]:
    return [frozenset(p.name for p in c.participants) for c in readouts.parse(text).calls]


@pytest.mark.parametrize(
    "text",
    [
        "Bundeskanzler Olaf Scholz hat telefonische Glückwünsche einer Reihe ausländischer Regierungschefs erhalten "
        "- Joe Biden und Xi Jinping haben sich aber noch nicht gemeldet. "
        "Zu den Gratulanten gehörten Emmanuel Macron, Giorgia Meloni und Pedro Sánchez, wie ein Sprecher mitteilte.",
        "Chancellor Olaf Scholz received phone congratulations from many foreign leaders - Joe Biden and Xi Jinping "
        "have not called yet. Among them were Emmanuel Macron, Giorgia Meloni and Pedro Sánchez.",
    ],
)
def test_a_crowd_is_listed_in_its_own_clause(text: str) -> None:
    assert pairs(text) == [
        frozenset({"Olaf Scholz", "Emmanuel Macron"}),
        frozenset({"Olaf Scholz", "Giorgia Meloni"}),
        frozenset({"Olaf Scholz", "Pedro Sánchez"}),
    ]


def test_a_sentence_naming_two_counterparts_tells_of_the_hubs_calls() -> None:
    found = pairs(
        "Olaf Scholz hat telefonische Glückwünsche vieler ausländischer Regierungschefs erhalten. "
        "Zu den Gratulanten gehörten Emmanuel Macron und Pedro Sánchez. "
        "Beim Macron-Telefonat ging es um die Ukraine, bei dem Gespräch mit Sánchez um den Handel."
    )
    assert found == [frozenset({"Olaf Scholz", "Emmanuel Macron"}), frozenset({"Olaf Scholz", "Pedro Sánchez"})]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ob und wann Gespräche mit Joe Biden stattfinden, sagte der Sprecher nicht."),
        ("en", "The spokesman would not say whether Olaf Scholz had spoken with Joe Biden."),
    ],
)
def test_a_call_in_an_indirect_question_is_no_call(language: str, text: str) -> None:
    from readouts.extract.cues import cues_for, read_cues
    from readouts.extract.tokens import tokenize

    assert not read_cues(tokenize(text, 0, language), cues_for(language), text, 0).call
