import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

import readouts
from readouts import Call, Participant, Readout, Source, Span
from readouts._ledger_match import TIME_ZONE_DAYS, WINDOW_DAYS

ROOT = Path(__file__).resolve().parent.parent

KREMLIN = """President of Russia
Telephone conversation with President of France Emmanuel Macron
March 14, 2022
At the initiative of the French side, Vladimir Putin had a telephone conversation with President of France Emmanuel Macron.
The leaders discussed the situation in Ukraine and the negotiations between Russian and Ukrainian representatives.
Vladimir Putin also informed his counterpart about the humanitarian corridors."""

ELYSEE = """Élysée
Entretien téléphonique avec M. Vladimir Poutine, Président de la Fédération de Russie
14 mars 2022
Le Président de la République s'est entretenu ce jour par téléphone avec le Président russe Vladimir Poutine.
Les deux présidents ont évoqué la sûreté de la centrale nucléaire de Zaporijia et la situation en Ukraine.
L'entretien a duré une heure et demie."""

REUTERS = """PARIS, March 15, 2022 (Reuters) - French President Emmanuel Macron spoke by phone with Russian President Vladimir Putin on Monday, the Elysee said, in a call that lasted two hours."""

NEXT_DAY = """MOSCOW, March 16, 2022 (Reuters) - Vladimir Putin and Emmanuel Macron held another telephone conversation on Wednesday, the Kremlin said."""

XI = Participant(name="Xi Jinping", country="CN", role="president")
BIDEN = Participant(name="Joe Biden", country="US", role="president")
SCHOLZ = Participant(name="Olaf Scholz", country="DE", role="chancellor")
PUTIN = Participant(name="Vladimir Putin", country="RU", role="president")


def _readout(
    text: str,
    people: Sequence[Participant] = (XI, BIDEN),
    *,
    date: dt.date | None = None,
    published: dt.date | None = None,
    source: str | None = None,
    kind: str = "news",
    via: Sequence[str] = (),
    topics: Sequence[str] = (),
    initiator: Participant | None = None,
    minutes: int | None = None,
    language: str = "en",
) -> Readout:
    """A readout of one call whose sentence is the whole ``text``."""
    call = Call(
        participants=list(people),
        date=date,
        topics=list(topics),
        initiator=initiator,
        duration=dt.timedelta(minutes=minutes) if minutes else None,
        evidence=[Span(start=0, end=len(text))],
    )
    return Readout(
        source=Source(id=source, kind=kind, via=list(via)),  # type: ignore[arg-type]
        language=language,
        published=published,
        text=text,
        calls=[call],
    )


def _groups(ledger: readouts.Ledger) -> list[list[str]]:
    return sorted(sorted(r.label for r in e.reports) for e in ledger.events())


def _ledger(*items: tuple[str, Readout], window: int = WINDOW_DAYS) -> readouts.Ledger:
    ledger = readouts.Ledger(window=window)
    for label, readout in items:
        ledger.add(readout, label=label)
    return ledger


def _parsed() -> readouts.Ledger:
    return _ledger(*((label, readouts.parse(text)) for label, text in (
        ("kremlin.txt", KREMLIN), ("elysee.txt", ELYSEE), ("reuters.txt", REUTERS), ("next-day.txt", NEXT_DAY)
    )))


def test_reports_of_one_call_in_two_languages_merge_and_another_day_stays_apart() -> None:
    events = _parsed().events()
    assert [sorted(r.label for r in e.reports) for e in events] == [["elysee.txt", "kremlin.txt", "reuters.txt"], ["next-day.txt"]]
    first = events[0]
    assert str(first.date) == "2022-03-14"
    assert first.initiator is not None and first.initiator.name == "Emmanuel Macron"  # only the Kremlin says so


def test_official_readouts_outrank_wire_copy_and_disagreements_are_kept() -> None:
    first = _parsed().events()[0]
    assert first.duration_minutes == 90  # the Élysée's figure, not Reuters' two hours
    (duration,) = [d for d in first.disagreements if d.field == "duration_minutes"]
    assert duration.values == {"kremlin.txt": None, "elysee.txt": "90", "reuters.txt": "120"}
    (initiator,) = [d for d in first.disagreements if d.field == "initiator"]
    assert initiator.values["kremlin.txt"] == "Emmanuel Macron" and initiator.values["elysee.txt"] is None
    assert "kremlin.txt only" in initiator.note


def test_diff_shows_what_each_side_alone_mentions() -> None:
    event = _parsed().events()[0]
    diff = event.official_diff()
    assert "nuclear-safety" in diff["elysee.txt"]
    assert "humanitarian" in diff["kremlin.txt"]
    assert "ukraine" not in diff["kremlin.txt"] and "ukraine" not in diff["elysee.txt"]
    assert "ukraine" in event.topics_by_report["elysee.txt"] and "ukraine" in event.topics_by_report["kremlin.txt"]
    assert "nuclear-safety" in event.one_sided_topics["elysee.txt"]


def test_the_same_person_in_another_spelling_is_the_same_participant() -> None:
    day = dt.date(2023, 5, 4)
    german = _readout("Scholz telefonierte mit Putin.", [Participant(name="Wladimir Putin"), SCHOLZ], date=day, language="de")
    russian = _readout("Путин провёл разговор с Шольцем.", [Participant(name="Владимир Путин"), SCHOLZ], date=day, language="ru")
    assert _groups(_ledger(("de", german), ("ru", russian))) == [["de", "ru"]]


def test_a_day_apart_across_time_zones_with_a_shared_topic_is_one_call() -> None:
    washington = _readout("Biden spoke with Xi on Thursday evening.", date=dt.date(2023, 6, 1), topics=["climate", "economy-trade"], source="whitehouse", kind="official")
    beijing = _readout("Xi spoke with Biden on Friday morning.", date=dt.date(2023, 6, 2), topics=["climate"], source="xinhua", kind="wire")
    ledger = _ledger(("us", washington), ("cn", beijing))
    (event,) = ledger.events()
    assert event.date == dt.date(2023, 6, 1)  # the official readout's
    (date,) = [d for d in event.disagreements if d.field == "date"]
    assert date.values == {"us": "2023-06-01", "cn": "2023-06-02"} and "own clock" in date.note
    assert "a day apart" in event.matched["cn"]


def test_a_day_apart_with_nothing_shared_is_two_calls() -> None:
    washington = _readout("Biden spoke with Xi on Thursday.", date=dt.date(2023, 6, 1), topics=["climate"])
    beijing = _readout("Xi spoke with Biden on Friday.", date=dt.date(2023, 6, 2), topics=["covid-19"])
    assert _groups(_ledger(("us", washington), ("cn", beijing))) == [["cn"], ["us"]]


def test_a_text_telling_of_calls_on_two_days_in_a_row_keeps_them_apart() -> None:
    text = "Biden spoke with Xi on 1 June 2023 and again on 2 June 2023."
    calls = [
        Call(participants=[BIDEN, XI], date=dt.date(2023, 6, 1), topics=["climate"]),
        Call(participants=[BIDEN, XI], date=dt.date(2023, 6, 2), topics=["climate"]),
    ]
    both = Readout(language="en", text=text, calls=calls)
    other = _readout("Xi and Biden spoke about the climate on 2 June 2023.", date=dt.date(2023, 6, 2), topics=["climate"])
    assert _groups(_ledger(("both", both), ("other", other))) == [["both/1"], ["both/2", "other"]]


def test_dates_further_apart_than_the_window_never_merge() -> None:
    a = _readout("a", date=dt.date(2023, 6, 1), topics=["climate"], initiator=XI, minutes=60)
    b = _readout("b", date=dt.date(2023, 6, 1) + dt.timedelta(days=TIME_ZONE_DAYS + 1), topics=["climate"], initiator=XI, minutes=60)
    assert _groups(_ledger(("a", a), ("b", b))) == [["a"], ["b"]]


def test_a_report_with_only_its_publication_date_joins_the_call_before_it() -> None:
    call = _readout("Biden and Xi spoke.", date=dt.date(2023, 6, 1), topics=["climate"])
    late = _readout("The two presidents spoke by phone, officials said.", published=dt.date(2023, 6, 1) + dt.timedelta(days=WINDOW_DAYS))
    too_late = _readout("The presidents had a call, it was said.", published=dt.date(2023, 6, 1) + dt.timedelta(days=WINDOW_DAYS + 1))
    ledger = _ledger(("call", call), ("late", late), ("too-late", too_late))
    assert _groups(ledger) == [["call", "late"], ["too-late"]]
    (event,) = [e for e in ledger.events() if len(e.reports) == 2]
    assert event.reports[1].day_basis == "published"
    (date,) = [d for d in event.disagreements if d.field == "date"]
    assert "only its publication date" in date.note
    wider = _ledger(("call", call), ("too-late", too_late), window=WINDOW_DAYS + 1)
    assert _groups(wider) == [["call", "too-late"]]


def test_a_yearless_date_takes_the_year_of_the_publication_date() -> None:
    dated = _readout("Biden and Xi spoke on 12 March 2024.", date=dt.date(2024, 3, 12))
    yearless = _readout("Biden and Xi spoke on 12 March.", published=dt.date(2024, 3, 20))
    ledger = _ledger(("dated", dated), ("yearless", yearless))
    assert _groups(ledger) == [["dated", "yearless"]]
    (event,) = ledger.events()
    assert event.reports[1].day == dt.date(2024, 3, 12) and event.reports[1].day_basis == "completed"


def test_a_yearless_date_with_no_publication_date_matches_by_day_and_month() -> None:
    dated = _readout("Biden and Xi spoke on 12 March 2024.", date=dt.date(2024, 3, 12))
    decoy = _readout("Biden and Xi spoke on 15 March 2024.", date=dt.date(2024, 3, 15))
    same = _readout("Biden and Xi spoke by phone on Tuesday, 12 March.")
    other = _readout("Biden spoke with Xi on 18 March.")
    assert _groups(_ledger(("dated", dated), ("decoy", decoy), ("same", same), ("other", other))) == [
        ["dated", "same"], ["decoy"], ["other"],
    ]


def test_same_leaders_on_different_days_are_two_events_whatever_they_share() -> None:
    first = _readout("Scholz und Putin telefonierten.", [SCHOLZ, PUTIN], date=dt.date(2022, 2, 12), topics=["ukraine", "security-guarantees"])
    second = _readout("Scholz und Putin telefonierten erneut.", [SCHOLZ, PUTIN], date=dt.date(2022, 2, 15), topics=["ukraine", "security-guarantees"])
    wire = _readout("Scholz and Putin spoke on the phone.", [SCHOLZ, PUTIN], published=dt.date(2022, 2, 15), topics=["ukraine"])
    assert _groups(_ledger(("first", first), ("second", second), ("wire", wire))) == [["first"], ["second", "wire"]]


def test_an_undated_report_joins_the_only_event_of_its_people_when_it_shares_something() -> None:
    dated = _readout("Biden and Xi spoke.", date=dt.date(2023, 6, 1), topics=["climate"])
    sharing = _readout("The presidents spoke about the climate.", topics=["climate"])
    silent = _readout("The presidents spoke.")
    assert _groups(_ledger(("dated", dated), ("sharing", sharing), ("silent", silent))) == [["dated", "sharing"], ["silent"]]
    rival = _readout("Biden and Xi spoke again.", date=dt.date(2023, 7, 1), topics=["climate"])
    assert _groups(_ledger(("dated", dated), ("rival", rival), ("sharing", sharing))) == [["dated"], ["rival"], ["sharing"]]


def test_a_weekday_settles_only_an_event_with_no_rival() -> None:
    thursday = _readout("Biden and Xi spoke.", date=dt.date(2023, 6, 1))  # a Thursday
    named = _readout("The presidents spoke on Thursday.")
    assert _groups(_ledger(("dated", thursday), ("named", named))) == [["dated", "named"]]
    rival = _readout("Biden and Xi spoke in May.", date=dt.date(2023, 5, 4))  # also a Thursday
    assert _groups(_ledger(("dated", thursday), ("rival", rival), ("named", named))) == [["dated"], ["named"], ["rival"]]


def test_the_same_text_added_twice_is_one_report() -> None:
    text = _readout("Biden and Xi spoke.", date=dt.date(2023, 6, 1), source="reuters", kind="wire")
    ledger = readouts.Ledger()
    assert len(ledger.add(text, label="a.txt")) == 1
    assert ledger.add(text, label="b.txt") == []
    assert ledger.add(readouts.parse(REUTERS)) != []
    assert ledger.add(readouts.parse(REUTERS)) == []
    assert len(ledger) == 2 and sum(len(e.reports) for e in ledger.events()) == 2


def test_one_readout_carried_by_two_outlets_is_two_reports_of_one_event() -> None:
    body = "The President spoke by phone with President Xi Jinping on 1 June 2023."
    first = _readout(body, date=dt.date(2023, 6, 1), source="devdiscourse", kind="aggregator", via=["reuters", "whitehouse"])
    second = _readout(body, date=dt.date(2023, 6, 1), source="theweek", kind="aggregator", via=["whitehouse"])
    ledger = _ledger(("devdiscourse", first), ("theweek", second))
    (event,) = ledger.events()
    assert [r.chain for r in event.reports] == [["devdiscourse", "reuters", "whitehouse"], ["theweek", "whitehouse"]]


def test_two_calls_of_one_text_never_merge() -> None:
    text = "Biden spoke with Xi twice: in the morning and again in the evening."
    calls = [Call(participants=[BIDEN, XI], topics=["climate"]), Call(participants=[BIDEN, XI], topics=["climate"])]
    twice = Readout(language="en", text=text, calls=calls)
    dated = _readout("Biden and Xi spoke about the climate.", date=dt.date(2023, 6, 1), topics=["climate"])
    assert _groups(_ledger(("twice", twice))) == [["twice/1"], ["twice/2"]]
    assert len(_ledger(("dated", dated), ("twice", twice)).events()) == 2  # at most one joins the dated call


def test_the_order_of_adding_does_not_change_the_events() -> None:
    items = [
        ("us", _readout("Biden spoke with Xi.", date=dt.date(2023, 6, 1), topics=["climate"])),
        ("cn", _readout("Xi spoke with Biden.", date=dt.date(2023, 6, 2), topics=["climate"])),
        ("wire", _readout("They spoke.", published=dt.date(2023, 6, 2), topics=["climate"])),
        ("undated", _readout("They spoke about the climate.", topics=["climate"])),
        ("decoy", _readout("They spoke again.", date=dt.date(2023, 6, 9), topics=["climate"])),
    ]
    assert _groups(_ledger(*items)) == _groups(_ledger(*reversed(items)))


def test_seeds_added_twice_give_one_report_per_call() -> None:
    ledger = readouts.Ledger()
    for _ in range(2):
        for path in sorted((ROOT / "seeds").glob("*.txt")):
            ledger.add(readouts.parse(path.read_text(encoding="utf-8")), label=path.name)
    events = ledger.events()
    assert sum(len(e.reports) for e in events) == len(ledger)
    assert all(len(e.reports) == 1 for e in events)


def test_a_negative_window_is_refused() -> None:
    with pytest.raises(ValueError):
        readouts.Ledger(window=-1)


def test_a_yearless_date_that_dates_another_call_of_the_text_is_not_this_calls() -> None:
    text = "Lavrov and Blinken spoke by phone. Their previous conversation took place on 12 February."
    lavrov, blinken = Participant(name="Sergey Lavrov"), Participant(name="Antony Blinken")
    calls = [
        Call(participants=[lavrov, blinken], topics=["security-guarantees"], evidence=[Span(start=0, end=len(text))]),
        Call(participants=[lavrov, blinken], date=dt.date(2022, 2, 12), evidence=[Span(start=35, end=len(text))]),
    ]
    both = Readout(language="en", published=dt.date(2022, 2, 15), text=text, calls=calls)
    today = _readout("Blinken spoke with Lavrov on Tuesday.", [blinken, lavrov], date=dt.date(2022, 2, 15), topics=["security-guarantees"])
    ledger = _ledger(("both", both), ("today", today))
    assert _groups(ledger) == [["both/1", "today"], ["both/2"]]
    assert ledger.events()[0].reports[0].day_basis == "published"


def test_undated_reports_are_matched_to_dated_events_before_each_other() -> None:
    thursday = _readout("Biden and Xi spoke.", date=dt.date(2023, 6, 1))  # a Thursday
    silent = _readout("The presidents spoke at length.")
    named = _readout("The presidents spoke on Thursday.")
    for items in ((silent, named), (named, silent)):
        ledger = _ledger(("dated", thursday), *((("silent" if r is silent else "named"), r) for r in items))
        assert _groups(ledger) == [["dated", "named"], ["silent"]]


def test_undated_reports_naming_different_weekdays_are_two_calls() -> None:
    topics = ["climate", "economy-trade"]
    friday = _readout("Biden spoke with Xi on Friday about the climate and trade.", topics=topics)
    monday = _readout("Biden spoke with Xi on Monday about the climate and trade.", topics=topics)
    unnamed = _readout("Xi and Biden discussed the climate and trade.", topics=topics)
    assert _groups(_ledger(("friday", friday), ("monday", monday))) == [["friday"], ["monday"]]
    assert _groups(_ledger(("friday", friday), ("unnamed", unnamed))) == [["friday", "unnamed"]]


def test_two_undated_reports_need_two_specific_facts_in_common() -> None:
    one = _readout("Putin and Scholz spoke about bilateral ties and gas.", [PUTIN, SCHOLZ], topics=["bilateral-relations", "energy"])
    other = _readout("Scholz and Putin discussed relations and gas supplies.", [PUTIN, SCHOLZ], topics=["bilateral-relations", "energy"])
    assert _groups(_ledger(("one", one), ("other", other))) == [["one"], ["other"]]  # bilateral relations tell nothing
    dated = _readout("Putin and Scholz spoke on 3 May 2023.", [PUTIN, SCHOLZ], date=dt.date(2023, 5, 3), topics=["bilateral-relations"])
    assert _groups(_ledger(("dated", dated), ("one", one))) == [["dated"], ["one"]]
    gas = _readout("Putin and Scholz spoke about gas on 3 May 2023.", [PUTIN, SCHOLZ], date=dt.date(2023, 5, 3), topics=["energy"])
    assert _groups(_ledger(("gas", gas), ("one", one))) == [["gas", "one"]]


def test_a_third_person_named_by_one_report_needs_more_in_common() -> None:
    day = dt.date(2024, 4, 9)
    trump = Participant(name="Donald Trump", country="US")
    pair = _readout("Scholz and Xi spoke about trade and the climate.", [SCHOLZ, XI], date=day, topics=["economy-trade", "climate"])
    three = _readout("Scholz and Xi spoke about trade and the climate, amid tariffs by Trump.", [SCHOLZ, XI, trump], date=day, topics=["economy-trade", "climate"])
    ledger = _ledger(("pair", pair), ("three", three))
    (event,) = ledger.events()
    assert {p.name for p in event.participants} == {"Olaf Scholz", "Xi Jinping"}  # the people both name
    assert event.disagreements[0].field == "participants" and "Donald Trump" in str(event.disagreements[0].values["three"])
    thin = _readout("Scholz, Xi and Trump spoke about trade.", [SCHOLZ, XI, trump], date=day, topics=["economy-trade"])
    assert _groups(_ledger(("pair", pair), ("thin", thin))) == [["pair"], ["thin"]]
    later = _readout("Scholz and Xi spoke about trade and the climate, amid tariffs by Trump, again.", [SCHOLZ, XI, trump], date=day + dt.timedelta(days=1), topics=["economy-trade", "climate"])
    assert _groups(_ledger(("pair", pair), ("later", later))) == [["later"], ["pair"]]


def test_a_day_apart_between_close_time_zones_needs_more_in_common() -> None:
    macron = Participant(name="Emmanuel Macron", country="FR")
    first = _readout("Macron spoke with Scholz about Ukraine.", [macron, SCHOLZ], date=dt.date(2023, 6, 1), topics=["ukraine"])
    next_day = _readout("Scholz spoke with Macron about Ukraine.", [macron, SCHOLZ], date=dt.date(2023, 6, 2), topics=["ukraine"])
    assert _groups(_ledger(("a", first), ("b", next_day))) == [["a"], ["b"]]  # Paris and Berlin share a clock
    more = _readout("Scholz spoke with Macron about Ukraine and energy.", [macron, SCHOLZ], date=dt.date(2023, 6, 2), topics=["ukraine", "energy"])
    both = _readout("Macron spoke with Scholz about Ukraine and energy.", [macron, SCHOLZ], date=dt.date(2023, 6, 1), topics=["ukraine", "energy"])
    assert _groups(_ledger(("a", both), ("b", more))) == [["a", "b"]]


def test_a_yearless_dateline_is_the_day_the_text_was_filed() -> None:
    call = _readout("Biden and Xi spoke.", date=dt.date(2023, 6, 1), topics=["climate"])
    wire = "WASHINGTON, June 2 (Reuters) - President Joe Biden spoke with Xi Jinping, the White House said."
    filed = _readout(wire)
    late = _readout(wire.replace("June 2", "June 9"))
    assert _groups(_ledger(("call", call), ("filed", filed), ("late", late))) == [["call", "filed"], ["late"]]


def test_an_undated_report_may_share_what_a_report_placed_by_its_weekday_brought() -> None:
    dated = _readout("Biden and Xi spoke.", date=dt.date(2023, 6, 1), topics=["climate"])  # a Thursday
    weekday = _readout("The presidents spoke on Thursday about trade.", topics=["economy-trade"])
    undated = _readout("The presidents spoke about trade.", topics=["economy-trade"])
    # Whatever the order of adding: the weekday places one, its topic places the other.
    for items in ((("dated", dated), ("weekday", weekday), ("undated", undated)), (("undated", undated), ("weekday", weekday), ("dated", dated))):
        assert _groups(_ledger(*items)) == [["dated", "undated", "weekday"]]


def test_the_date_of_an_event_the_call_was_about_is_no_call_date() -> None:
    # The German wire names only the day of the elections; the Kremlin dates its call.
    kremlin = "Telephone conversation with Federal Chancellor of Germany Angela Merkel\nAugust 18, 2020\nVladimir Putin had a telephone conversation with Federal Chancellor Angela Merkel. They discussed the situation in Belarus."
    wire = "date 2020-08-18\nBERLIN (dpa) - Bundeskanzlerin Angela Merkel hat mit dem russischen Präsidenten Wladimir Putin telefoniert. Es ging um die Lage nach den Präsidentschaftswahlen vom 9. August in Belarus."
    parsed = readouts.parse(wire)
    assert parsed.published == dt.date(2020, 8, 18)
    assert parsed.calls[0].date is None
    ledger = _ledger(("kremlin", readouts.parse(kremlin)), ("wire", parsed))
    assert _groups(ledger) == [["kremlin", "wire"]]
