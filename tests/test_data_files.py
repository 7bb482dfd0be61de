import json
from importlib import resources

import pytest

from readouts import lexicon


@pytest.mark.parametrize("code", lexicon.LANGUAGES)
def test_language_files_validate_and_cover_every_topic(code: str) -> None:
    data = lexicon.language(code)
    assert data.code == code
    assert set(data.topics) == set(lexicon.topics().labels)
    assert all(v == v.lower() for v in data.months), "month keys are matched lower-case"
    assert set(data.weekdays.values()) == set(range(7))
    assert set(data.months.values()) == set(range(1, 13))
    assert data.stopwords and data.reporting_cues


def test_language_files_have_the_same_keys() -> None:
    keys = [set(json.loads((resources.files("readouts") / "data" / "lang" / f"{c}.json").read_text("utf-8"))) for c in lexicon.LANGUAGES]
    assert all(k == keys[0] for k in keys)


def test_gazetteer_terms_are_ordered_and_names_unique() -> None:
    leaders = lexicon.leaders().leaders
    assert len({p.name for p in leaders}) == len(leaders)
    for person in leaders:
        for term in person.terms:
            assert term.end is None or term.start <= term.end, person.name


def test_every_official_source_has_a_country() -> None:
    for s in lexicon.sources().sources:
        if s.kind == "official":
            assert s.country, s.id


def test_every_country_has_a_time_zone() -> None:
    offsets = lexicon.time_zones().offsets
    assert set(offsets) == {c.code for c in lexicon.countries().countries}
    assert all(-12 <= h <= 14 for h in offsets.values())
