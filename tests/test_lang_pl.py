"""Polish readouts: sentences in the style of prezydent.pl, gov.pl and PAP."""

from datetime import date

import readouts
from readouts import lexicon


def test_polish_is_a_known_language() -> None:
    assert "pl" in lexicon.LANGUAGES
    text = "Prezydent Andrzej Duda rozmawiał telefonicznie z prezydentem Francji. Rozmowa dotyczyła sytuacji na Ukrainie oraz współpracy w ramach NATO."
    assert readouts.parse(text).language == "pl"


def test_phone_call_with_both_sides_date_and_initiator() -> None:
    text = (
        "14 lutego 2023 Prezydent RP Andrzej Duda odbył rozmowę telefoniczną z prezydentem Francji. Rozmowa odbyła się "
        "z inicjatywy strony francuskiej. Przywódcy omówili sytuację na Ukrainie oraz kwestie bezpieczeństwa energetycznego."
    )
    (call,) = readouts.parse(text).calls
    assert {(p.name, p.country) for p in call.participants} == {("Andrzej Duda", "PL"), ("Emmanuel Macron", "FR")}
    assert call.initiator is not None and call.initiator.name == "Emmanuel Macron"
    assert call.date == date(2023, 2, 14)
    assert call.medium == "phone"
    assert {"ukraine", "energy"} <= set(call.topics)


def test_video_conference() -> None:
    text = (
        "9 marca 2023\n\nW czwartek premier Mateusz Morawiecki wziął udział w wideokonferencji z kanclerzem Niemiec. "
        "Rozmowa dotyczyła sankcji wobec Rosji."
    )
    (call,) = readouts.parse(text).calls
    assert call.medium == "video"
    assert {p.name for p in call.participants} == {"Mateusz Morawiecki", "Olaf Scholz"}
    assert call.date == date(2023, 3, 9)
    assert "sanctions" in call.topics


def test_planned_call_is_not_a_call() -> None:
    text = "Prezydent Andrzej Duda w przyszłym tygodniu porozmawia telefonicznie z prezydentem Stanów Zjednoczonych o bezpieczeństwie wschodniej flanki NATO."
    assert readouts.parse(text).calls == []


def test_interview_is_not_a_call() -> None:
    text = "Premier Donald Tusk powiedział w rozmowie z dziennikarzami, że Polska zwiększy wydatki na obronność."
    assert readouts.parse(text).calls == []


def test_polish_country_cases_and_adjectives() -> None:
    names = {n for c in lexicon.countries().countries if c.code == "DE" for n in c.names["pl"]}
    assert {"Niemcy", "Niemiec", "Niemczech"} <= names
    ua = next(c for c in lexicon.countries().countries if c.code == "UA")
    assert {"ukraińskiej", "ukraińskiego", "ukraińscy"} <= set(ua.adjectives["pl"])


def test_an_infinitive_call_is_planned() -> None:
    text = "Premier Donald Tusk ma w piątek porozmawiać telefonicznie z prezydentem Ukrainy."
    assert readouts.parse(text).calls == []


def test_durations_as_adjectives_and_a_seat_of_government_as_initiator() -> None:
    text = "Prezydent Andrzej Duda odbył 45-minutową rozmowę telefoniczną z prezydentem Francji. Rozmowa odbyła się z inicjatywy Pałacu Elizejskiego."
    (call,) = readouts.parse(text).calls
    assert call.duration_minutes == 45
    assert call.initiator is not None and call.initiator.country == "FR"


def test_a_leaders_own_post_is_the_authors_call_on_the_day_posted() -> None:
    text = (
        "Prezydent poinformował o rozmowie we wpisie w mediach społecznościowych.\n"
        "Przed chwilą odbyłem długą rozmowę telefoniczną z Prezydentem Francji Emmanuelem Macronem o sytuacji na Ukrainie.\n"
        "- Andrzej Duda (@AndrzejDuda) March 3, 2022"
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Andrzej Duda", "Emmanuel Macron"}
    assert call.date == date(2022, 3, 3)
    assert call.medium == "phone"


def test_a_post_names_its_day_for_today() -> None:
    text = (
        "Dziś rozmawiałem telefonicznie z premierem Kanady Justinem Trudeau o wsparciu dla Ukrainy.\n"
        "- Andrzej Duda (@AndrzejDuda) May 10, 2022\n"
        "Wpis pojawił się na profilu prezydenta kilka dni po wizycie premiera w Warszawie."
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Andrzej Duda", "Justin Trudeau"}
    assert call.date == date(2022, 5, 10)


def test_an_aide_named_after_the_presidents_title_is_no_participant() -> None:
    text = (
        "Prezydent Andrzej Duda rozmawiał telefonicznie z prezydentem Litwy Gitanasem Nausėdą. Szef Biura Polityki "
        "Międzynarodowej w Kancelarii Prezydenta RP Jakub Kumoch powiedział, że prezydenci rozmawiali o bezpieczeństwie regionu."
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Andrzej Duda", "Gitanas Nausėda"}


def test_i_called_makes_the_posts_author_the_initiator() -> None:
    text = (
        "Premier opisał rozmowę w krótkim wpisie opublikowanym w niedzielę wieczorem.\n"
        "Zadzwoniłem do premiera Wielkiej Brytanii Keira Starmera, by omówić bezpieczeństwo naszego regionu.\n"
        "- Donald Tusk (@donaldtusk) March 2, 2025"
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Donald Tusk", "Keir Starmer"}
    assert call.initiator is not None and call.initiator.name == "Donald Tusk"


def test_a_call_received_names_the_other_side_as_initiator() -> None:
    text = (
        "Odebrałem telefon od prezydenta Francji Emmanuela Macrona. Rozmawialiśmy o wsparciu dla Ukrainy.\n"
        "- Andrzej Duda (@AndrzejDuda) April 4, 2022"
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Andrzej Duda", "Emmanuel Macron"}
    assert call.initiator is not None and call.initiator.name == "Emmanuel Macron"


def test_a_post_credited_in_the_pages_own_language_gives_its_day() -> None:
    text = (
        "Prezydent opisał rozmowę we wpisie opublikowanym wieczorem.\n"
        "Rozmawiałem telefonicznie z Prezydentem Francji Emmanuelem Macronem o bezpieczeństwie Europy.\n"
        "- Andrzej Duda (@AndrzejDuda) 14 marca 2022"
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Andrzej Duda", "Emmanuel Macron"}
    assert call.date == date(2022, 3, 14)


def test_a_call_from_someone_on_a_day_keeps_that_day() -> None:
    # "od" is "from" before a caller, "since" only in "po raz pierwszy od".
    text = "Prezydent Andrzej Duda odebrał telefon od prezydenta Bidena 5 marca. Rozmawiali o Ukrainie."
    calls = readouts.parse(text, reference_date=date(2024, 3, 17)).calls
    assert [c.date for c in calls] == [date(2024, 3, 5)]


def test_the_first_call_since_a_day_is_an_earlier_call_on_that_day() -> None:
    text = "Prezydent Duda rozmawiał z Bidenem 5 marca, po raz pierwszy od 12 lutego."
    calls = readouts.parse(text, reference_date=date(2024, 3, 17)).calls
    assert sorted(c.date for c in calls if c.date) == [date(2024, 2, 12), date(2024, 3, 5)]
