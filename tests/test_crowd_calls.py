"""Calls by a crowd of leaders, named in a list that may follow the call sentence."""

import readouts


def pairs(r: readouts.Readout) -> list[frozenset[str]]:
    return [frozenset(p.name for p in c.participants) for c in r.calls]


def test_many_leaders_called_then_a_list_of_them() -> None:
    r = readouts.parse(
        "Le chancelier Olaf Scholz s'est entretenu au téléphone avec Joe Biden mercredi. "
        "Avant lui, de nombreux dirigeants étrangers ont eu un appel avec le président américain Joe Biden. "
        "Parmi eux figurent Emmanuel Macron (France), Giorgia Meloni (Italie) et Rishi Sunak (Royaume-Uni)."
    )
    assert pairs(r) == [
        frozenset({"Olaf Scholz", "Joe Biden"}),
        frozenset({"Joe Biden", "Emmanuel Macron"}),
        frozenset({"Joe Biden", "Giorgia Meloni"}),
        frozenset({"Joe Biden", "Rishi Sunak"}),
    ]
    assert all(c.medium == "phone" for c in r.calls)


def test_other_callers_named_in_the_same_sentence() -> None:
    r = readouts.parse(
        "President Joe Biden spoke by phone with Chancellor Olaf Scholz on Monday. "
        "Among other callers were Emmanuel Macron, Giorgia Meloni and Rishi Sunak."
    )
    assert pairs(r)[1:] == [
        frozenset({"Joe Biden", "Emmanuel Macron"}),
        frozenset({"Joe Biden", "Giorgia Meloni"}),
        frozenset({"Joe Biden", "Rishi Sunak"}),
    ]


def test_a_caller_already_told_is_not_counted_twice() -> None:
    r = readouts.parse(
        "El presidente Pedro Sánchez habló ayer por teléfono con Joe Biden. "
        "Otros dirigentes mundiales tuvieron ayer una conversación telefónica con Joe Biden. "
        "Además de Sánchez, se trata de Emmanuel Macron y de Olaf Scholz."
    )
    assert pairs(r) == [
        frozenset({"Pedro Sánchez", "Joe Biden"}),
        frozenset({"Joe Biden", "Emmanuel Macron"}),
        frozenset({"Joe Biden", "Olaf Scholz"}),
    ]


def test_a_call_with_other_leaders_is_one_conference_not_a_crowd() -> None:
    r = readouts.parse(
        "Bundeskanzler Olaf Scholz nahm an einer Videokonferenz mit anderen Staats- und Regierungschefs teil. "
        "Zugeschaltet waren Emmanuel Macron, Giorgia Meloni und Rishi Sunak."
    )
    assert len(r.calls) == 1
    assert pairs(r)[0] == frozenset({"Olaf Scholz", "Emmanuel Macron", "Giorgia Meloni", "Rishi Sunak"})


def test_a_list_long_after_the_crowd_sentence_is_no_call() -> None:
    r = readouts.parse(
        "President Joe Biden spoke by phone with Chancellor Olaf Scholz on Monday. "
        "Many other leaders have called the President since his election. "
        "The White House did not say more. The budget talks resumed on Tuesday. Congress was in recess. "
        "Emmanuel Macron, Giorgia Meloni and Rishi Sunak will attend the summit in June."
    )
    assert pairs(r) == [frozenset({"Joe Biden", "Olaf Scholz"})]
