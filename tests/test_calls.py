from datetime import date

import readouts


def names(call: readouts.Call) -> set[str]:
    return {p.name for p in call.participants}


def test_one_sentence_listing_three_counterparts_gives_three_calls() -> None:
    r = readouts.parse(
        "German Chancellor Olaf Scholz held phone calls on Wednesday with U.S. President Joe Biden, "
        "French President Emmanuel Macron and British Prime Minister Rishi Sunak, his spokesman said."
    )
    assert [names(c) for c in r.calls] == [
        {"Olaf Scholz", "Joe Biden"},
        {"Olaf Scholz", "Emmanuel Macron"},
        {"Olaf Scholz", "Rishi Sunak"},
    ]


def test_joint_videoconference_is_one_call() -> None:
    r = readouts.parse(
        "The Chancellor held a joint videoconference with President Emmanuel Macron and Prime Minister Mark Rutte "
        "on the energy crisis. Olaf Scholz stressed the need for a common gas purchasing platform."
    )
    (call,) = r.calls
    assert names(call) == {"Olaf Scholz", "Emmanuel Macron", "Mark Rutte"}
    assert call.medium == "video"
    assert "energy" in call.topics


def test_planned_call_is_not_a_call() -> None:
    r = readouts.parse("President Joe Biden will hold a phone call with President Xi Jinping on Thursday, officials said.")
    assert r.calls == []


def test_in_person_meeting_is_not_a_call() -> None:
    r = readouts.parse("Emmanuel Macron met Olaf Scholz in Berlin for talks on the budget, and the two leaders had dinner.")
    assert r.calls == []


def test_same_leaders_on_two_days_are_two_calls() -> None:
    r = readouts.parse(
        "BERLIN, March 4, 2022 (Reuters) - Olaf Scholz spoke by phone with Vladimir Putin on Thursday, "
        "a government spokesman said. Scholz had also called Putin on Tuesday to urge a ceasefire."
    )
    assert len(r.calls) == 2
    assert {c.date for c in r.calls} == {date(2022, 3, 3), date(2022, 3, 1)}


def test_weekday_resolved_from_update_stamp() -> None:
    r = readouts.parse(
        "Staff Reporter | Updated: 09-06-2023 10:12 IST\n"
        "Prime Minister Narendra Modi spoke with Brazilian President Luiz Inacio Lula da Silva on Thursday "
        "about trade and climate finance, the two leaders said."
    )
    (call,) = r.calls
    assert r.published == date(2023, 6, 9)
    assert call.date == date(2023, 6, 8)
    assert {"economy-trade", "climate"} <= set(call.topics)


def test_background_paragraph_does_not_give_topics() -> None:
    r = readouts.parse(
        "Emmanuel Macron had a telephone conversation with Recep Tayyip Erdogan on Tuesday. "
        "The two presidents discussed the grain corridor in the Black Sea.\n"
        "Relations between the countries were strained in 2020 over Libya and the eastern Mediterranean."
    )
    (call,) = r.calls
    assert "food-security" in call.topics
    assert "libya" not in call.topics


def test_duration_belongs_to_the_call_it_describes() -> None:
    r = readouts.parse(
        "Before his call with Joe Biden, Emmanuel Macron had a conversation with Vladimir Putin "
        "that lasted more than two hours."
    )
    by_name = {frozenset(names(c)): c for c in r.calls}
    assert by_name[frozenset({"Emmanuel Macron", "Vladimir Putin"})].duration_minutes == 120
    assert by_name[frozenset({"Emmanuel Macron", "Joe Biden"})].duration_minutes is None


def test_evidence_points_at_sentences_of_the_text() -> None:
    r = readouts.parse("Giorgia Meloni ha avuto oggi una conversazione telefonica con Volodymyr Zelensky. Hanno discusso degli aiuti umanitari.")
    (call,) = r.calls
    assert call.evidence
    for span in call.evidence:
        assert 0 <= span.start < span.end <= len(r.text)
    assert "telefonica" in call.evidence[0].of(r.text)
    assert "humanitarian" in call.topics


def test_wire_dateline_dates_a_call_told_without_a_day() -> None:
    body = (
        "Russian President Vladimir Putin has had a telephone conversation "
        "with Turkish President Recep Tayyip Erdogan, the Kremlin press service said."
    )
    (call,) = readouts.parse("MOSCOW, March 3, 2021. /TASS/.\n" + body).calls
    assert call.date == date(2021, 3, 3)
    (call,) = readouts.parse("MOSCOW, March 3. /TASS/.\n" + body).calls
    assert call.date is None  # no year anywhere: the day cannot be pinned down


def test_today_under_a_date_line_is_that_day() -> None:
    r = readouts.parse(
        "20 June 2024\n\nPrime Minister's call with President Zelenskyy\n\n"
        "The Prime Minister, Keir Starmer, spoke today with the President of Ukraine, Volodymyr Zelenskyy. "
        "They discussed air defence.\n\n"
        "19 June 2024\n\nPrime Minister's call with Chancellor Scholz\n\n"
        "The Prime Minister, Keir Starmer, spoke today with Chancellor Olaf Scholz about energy."
    )
    assert [c.date for c in r.calls] == [date(2024, 6, 20), date(2024, 6, 19)]


def test_countries_joined_before_two_names_belong_to_them() -> None:
    r = readouts.parse("Presidents of Russia and Azerbaijan Vladimir Putin and Ilham Aliyev held a telephone conversation.")
    (call,) = r.calls
    assert call.topics == []  # "Azerbaijan" here names a participant's state, not a subject
    assert {p.country for p in call.participants} == {"RU", "AZ"}


def test_headline_can_say_who_called() -> None:
    r = readouts.parse(
        "Telephone call by Prime Minister Narendra Modi to President Joe Biden\n"
        "Prime Minister Narendra Modi had a telephone conversation with President Joe Biden today."
    )
    (call,) = r.calls
    assert call.initiator is not None and call.initiator.name == "Narendra Modi"


def test_an_earlier_call_recalled_is_a_call_of_its_own_and_the_story_stays_with_the_new_one() -> None:
    r = readouts.parse(
        "Roma, 12 febbraio 2023 - Conversazione telefonica tra il presidente del Consiglio Giorgia Meloni e il "
        "presidente turco Recep Tayyip Erdogan. Il colloquio ha fatto seguito alla telefonata che i due leader "
        "avevano avuto il 6 febbraio. Meloni ha confermato l'invio di aiuti umanitari alle zone colpite dal terremoto."
    )
    assert len(r.calls) == 2
    first, earlier = r.calls
    assert first.date == date(2023, 2, 12) and earlier.date == date(2023, 2, 6)
    assert "humanitarian" in first.topics and "humanitarian" not in earlier.topics


def test_the_date_next_to_the_call_wins() -> None:
    r = readouts.parse(
        "Il colloquio telefonico di oggi tra Giorgia Meloni e Emmanuel Macron è il primo dal 3 marzo scorso.",
        reference_date=date(2024, 5, 20),
    )
    assert r.calls[0].date == date(2024, 5, 20)


def test_weekday_with_its_date_is_one_expression() -> None:
    r = readouts.parse("La llamada con Donald Trump, realizada este miércoles 29 de enero de 2025, duró 40 minutos, dijo Claudia Sheinbaum.")
    (call,) = r.calls
    assert call.date == date(2025, 1, 29) and call.duration_minutes == 40


def test_a_counterpart_holds_the_other_sides_office() -> None:
    r = readouts.parse("Sergey Lavrov spoke by telephone with his Paraguayan counterpart, Rubén Ramírez Lezcano.")
    (call,) = r.calls
    assert {p.name: p.role for p in call.participants} == {"Sergey Lavrov": "foreign-minister", "Rubén Ramírez Lezcano": "foreign-minister"}


def test_the_headline_names_the_call_when_the_body_only_tells_what_was_said() -> None:
    r = readouts.parse(
        "Kassym-Jomart Tokayev held a telephone conversation with President of France Emmanuel Macron\n"
        "The heads of state discussed preparations for the official visit and trade between the two countries."
    )
    (call,) = r.calls
    assert {p.name for p in call.participants} == {"Kassym-Jomart Tokayev", "Emmanuel Macron"}
    assert "economy-trade" in call.topics and call.medium == "phone"
    assert all(span.end <= len(r.text) for span in call.evidence)


def test_a_headline_about_a_planned_call_makes_no_call() -> None:
    r = readouts.parse("Call between Joe Biden and Vladimir Putin scheduled for this afternoon\nThe two leaders will discuss security.")
    assert r.calls == []


def test_a_person_named_once_in_full_is_known_by_surname_later() -> None:
    r = readouts.parse(
        "El ministro español de Asuntos Exteriores, Luis Palomo Ortega, conversó por teléfono con su homólogo "
        "chileno, Andrés Fuentes Rojas, sobre el acuerdo comercial. Ortega había hablado el martes con el "
        "canciller argentino."
    )
    assert any({p.name for p in c.participants} == {"Luis Palomo Ortega", "Andrés Fuentes Rojas"} for c in r.calls)


def test_a_home_title_belongs_to_the_publishing_offices_state() -> None:
    # An Austrian chancellery page in German: "der Bundeskanzler" is Austria's, not Germany's.
    r = readouts.parse(
        "Bundeskanzleramt Österreich\n"
        "Bundeskanzler Karl Nehammer hat heute mit dem russischen Präsidenten Wladimir Putin telefoniert. "
        "Der Bundeskanzler hatte am Vormittag bereits mit dem ukrainischen Präsidenten Selenskyj telefoniert.",
        source="official",
    )
    assert {frozenset(p.name for p in c.participants) for c in r.calls} == {
        frozenset({"Karl Nehammer", "Vladimir Putin"}),
        frozenset({"Karl Nehammer", "Volodymyr Zelenskyy"}),
    }


def test_a_plan_elsewhere_in_the_sentence_does_not_cancel_the_call() -> None:
    r = readouts.parse(
        "Il presidente del Consiglio Giorgia Meloni ha avuto oggi una videoconferenza con Pedro Sánchez e "
        "António Costa, alla vigilia del vertice europeo che si terrà giovedì a Bruxelles."
    )
    assert r.calls and r.calls[0].medium == "video"


def test_german_future_with_the_verb_last_is_still_a_plan() -> None:
    r = readouts.parse("Bundeskanzler Friedrich Merz wird am Freitag mit dem französischen Präsidenten Emmanuel Macron telefonieren.")
    assert r.calls == []


def test_a_call_that_agrees_to_meet_keeps_its_medium_and_rough_duration() -> None:
    r = readouts.parse(
        "Justin Trudeau et Emmanuel Macron ont eu vendredi une conversation téléphonique au cours de laquelle "
        "ils ont décidé de se rencontrer en personne le mois prochain. "
        "L'entretien téléphonique, qui a duré une vingtaine de minutes, a été chaleureux."
    )
    (call,) = r.calls
    assert call.medium == "phone"
    assert call.duration is not None and call.duration.total_seconds() == 20 * 60


def test_una_trentina_di_minuti_is_thirty_minutes() -> None:
    (call,) = readouts.parse(
        "Giorgia Meloni ha avuto una telefonata di una trentina di minuti con il presidente Emmanuel Macron."
    ).calls
    assert call.duration is not None and call.duration.total_seconds() == 30 * 60


def test_an_embedded_post_is_its_authors_call() -> None:
    text = (
        "The prime minister described the exchange on social media on Tuesday evening.\n"
        "Had a warm conversation with my friend President Lula about our trade ties.\n"
        "- Narendra Modi (@narendramodi) March 24, 2026\n"
        "Officials said a visit was being prepared for the coming months."
    )
    (call,) = readouts.parse(text).calls
    assert [p.name for p in call.participants] == ["Narendra Modi", "Luiz Inácio Lula da Silva"]
    assert call.date == date(2026, 3, 24)


def test_the_rest_of_a_quotation_belongs_to_the_call_of_its_first_sentence() -> None:
    opening = "Prime Minister Keir Starmer spoke to President Emmanuel Macron by phone on Monday, a spokesperson said.\n"
    quoted = 'Announcing the call, Starmer wrote: "A good call with Emmanuel Macron tonight. We will keep working together on the pandemic and on energy."'
    (call,) = readouts.parse(opening + quoted).calls
    assert call.topics == ["covid-19", "energy"]
    # Once the quotation is closed, a sentence naming nobody tells nothing of the call.
    closed = quoted.replace('tonight. We', 'tonight." We')
    (call,) = readouts.parse(opening + closed).calls
    assert call.topics == []
