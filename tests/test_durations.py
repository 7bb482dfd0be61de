import pytest

from readouts.extract.durations import find_duration
from readouts.extract.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "lang", "minutes"),
    [
        ("The conversation lasted more than an hour and a half.", "en", 90),
        ("After the 1 hour and 45 minute call, the adviser spoke.", "en", 105),
        ("A 40-minute call on Friday.", "en", 40),
        ("They spoke for half an hour.", "en", 30),
        ("L'entretien a duré une heure et demie.", "fr", 90),
        ("Разговор продолжался более полутора часов.", "ru", 90),
        ("La telefonata è durata un'ora e mezza.", "it", 90),
        ("Das Telefonat dauerte anderthalb Stunden.", "de", 90),
        ("La llamada duró una hora y media.", "es", 90),
        ("La llamada tuvo una duración de poco más de 40 minutos.", "es", 40),
    ],
)
def test_durations(text: str, lang: str, minutes: int) -> None:
    found = find_duration(tokenize(text), lang)
    assert found is not None and found[0] == minutes


@pytest.mark.parametrize(
    "text",
    ["His second call in the last 24 hours.", "A minute later he left.", "They met at 3 p.m. in the hall."],
)
def test_no_duration(text: str) -> None:
    assert find_duration(tokenize(text), "en") is None
