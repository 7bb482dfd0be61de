"""Who a call sentence lists as taking part: a quotation that names both
sides, people named further on with nothing joining them to the call, a
person after "but not", and the caller when the hub is only named after
"with"."""

import pytest

import readouts


def pairs(text: str) -> list[frozenset[str]]:
    return [frozenset(p.name for p in c.participants) for c in readouts.parse(text).calls]


@pytest.mark.parametrize(
    "text",
    [
        'Sulle critiche al governo, aveva polemizzato il senatore: "Joe Biden ha chiamato Olaf Scholz, '
        'Emmanuel Macron e Rishi Sunak", aveva detto Matteo Renzi.',
        'Asked about the criticism, the opposition leader replied: "Joe Biden phoned Olaf Scholz, '
        'Emmanuel Macron and Rishi Sunak", said Matteo Renzi.',
    ],
)
def test_a_quotation_naming_both_sides_is_the_whole_call(text: str) -> None:
    assert pairs(text) == [
        frozenset({"Joe Biden", "Olaf Scholz"}),
        frozenset({"Joe Biden", "Emmanuel Macron"}),
        frozenset({"Joe Biden", "Rishi Sunak"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "El canciller José Manuel Albares ha hablado este lunes con el secretario de Estado Marco Rubio, "
        "en su primera conversación desde la detención de Nicolás Maduro.",
        "Foreign Minister José Manuel Albares spoke on Monday with Secretary of State Marco Rubio, "
        "in their first exchange since the dramatic arrest of Nicolás Maduro.",
        "Le ministre José Manuel Albares s'est entretenu lundi avec le secrétaire d'État Marco Rubio, "
        "pour leur premier échange depuis la capture spectaculaire de Nicolás Maduro.",
    ],
)
def test_a_person_named_well_after_the_counterpart_takes_no_part(text: str) -> None:
    assert pairs(text) == [frozenset({"José Manuel Albares", "Marco Rubio"})]


def test_a_list_with_titles_between_its_names_stays_whole() -> None:
    found = pairs(
        "Prime Minister Narendra Modi today had telephone conversations with Mr. Sheikh Hasina, Prime Minister "
        "of Bangladesh, Mr. K. P. Sharma Oli, Prime Minister of Nepal, and Mr. Ibrahim Mohamed Solih, President of Maldives."
    )
    assert found == [
        frozenset({"Narendra Modi", "Sheikh Hasina"}),
        frozenset({"Narendra Modi", "K. P. Sharma Oli"}),
        frozenset({"Narendra Modi", "Ibrahim Mohamed Solih"}),
    ]


def test_a_person_after_but_not_takes_no_part() -> None:
    found = pairs("Il presidente Joe Biden ha chiamato Olaf Scholz e Emmanuel Macron, ma non Giorgia Meloni.")
    assert found == [frozenset({"Joe Biden", "Olaf Scholz"}), frozenset({"Joe Biden", "Emmanuel Macron"})]


def test_nicht_nur_mit_keeps_the_person() -> None:
    found = pairs("Olaf Scholz telefonierte am Montag nicht nur mit Emmanuel Macron, sondern auch mit Rishi Sunak.")
    assert frozenset({"Olaf Scholz", "Emmanuel Macron"}) in found


@pytest.mark.parametrize(
    "text",
    [
        "Владимир Путин провёл телефонный разговор с Дональдом Трампом. "
        "Ранее господин Трамп созвонился с Владимиром Зеленским до переговоров с господином Путиным.",
        "Vladimir Putin held a phone call with Donald Trump. "
        "Earlier Mr Trump had phoned Volodymyr Zelensky ahead of his talks with Mr Putin.",
    ],
)
def test_the_subject_calls_when_the_hub_is_only_named_after_with(text: str) -> None:
    assert frozenset({"Donald Trump", "Volodymyr Zelenskyy"}) in pairs(text)
    assert frozenset({"Vladimir Putin", "Volodymyr Zelenskyy"}) not in pairs(text)


def test_a_joint_word_before_people_who_take_no_part_makes_no_conference() -> None:
    found = pairs(
        'Sul mancato colloquio fra Joe Biden e Giorgia Meloni, la replica: "Joe Biden ha chiamato Olaf Scholz, '
        'Emmanuel Macron e Rishi Sunak", ha detto il senatore.'
    )
    assert all(len(p) == 2 for p in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Вчера министры иностранных дел Сергей Лавров, Мевлют Чавушоглу и Мохаммад Джавад Зариф провели телеконференцию."),
        ("en", "Foreign ministers Sergey Lavrov, Mevlut Cavusoglu and Mohammad Javad Zarif held a teleconference on Syria."),
        ("it", "I ministri Sergey Lavrov, Mevlut Cavusoglu e Mohammad Javad Zarif hanno tenuto una teleconferenza sulla Siria."),
    ],
)
def test_people_listed_as_subjects_of_a_teleconference_are_one_call(language: str, text: str) -> None:
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Sergey Lavrov", "Mevlüt Çavuşoğlu", "Mohammad Javad Zarif"}
    assert call.medium is None


def test_a_name_before_the_subject_is_no_co_subject_without_and() -> None:
    found = pairs(
        "Face aux droits de douane imposés par l'administration Trump, Xi Jinping a échangé avec Emmanuel Macron "
        "lors d'un appel téléphonique jeudi."
    )
    assert found == [frozenset({"Xi Jinping", "Emmanuel Macron"})]
