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


@pytest.mark.parametrize(
    ("text", "lang", "minutes"),
    [
        ("The two leaders talked for twenty-five minutes.", "en", 25),
        ("Ils se sont entretenus pendant vingt-cinq minutes.", "fr", 25),
        ("Разговор продолжался двадцать пять минут.", "ru", 25),
        ("Hablaron durante treinta y cinco minutos.", "es", 35),
        ("Conversaron durante una hora y media con el presidente.", "es", 90),
        ("Un colloquio di un'ora e mezza con il premier.", "it", 90),
        ("Es war ein 40-minütiges Telefonat.", "de", 40),
        ("Nach einem 2-stündigen Gespräch trat sie vor die Presse.", "de", 120),
        ("The hour-long conversation ended at noon.", "en", 60),
        ("両首脳は約2時間半にわたり電話で会談した。", "ja", 150),
    ],
)
def test_spelled_out_and_compound_lengths(text: str, lang: str, minutes: int) -> None:
    found = find_duration(tokenize(text, 0, lang), lang)
    assert found is not None and found[0] == minutes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three hours later the two presidents spoke again.", "en"),
        ("Two hours after the strike, the Chancellor called him.", "en"),
        ("Deux heures plus tard, le président l'a rappelé.", "fr"),
        ("Il y a deux heures, le président a appelé son homologue.", "fr"),
        ("Tre ore dopo, la premier ha chiamato Kiev.", "it"),
        ("Tres horas después, el presidente volvió a llamar.", "es"),
        ("Hace dos horas, la presidenta habló con él.", "es"),
        ("Drei Stunden später rief der Kanzler erneut an.", "de"),
        ("Спустя три часа президенты снова созвонились.", "ru"),
        ("Через два часа состоится новый разговор.", "ru"),
        ("ミサイル発射の約3時間半後に両首脳は電話で会談した。", "ja"),
    ],
)
def test_a_point_in_time_is_no_duration(text: str, lang: str) -> None:
    assert find_duration(tokenize(text, 0, lang), lang) is None


def test_an_offset_word_after_punctuation_does_not_count() -> None:
    found = find_duration(tokenize("The call lasted an hour, after which they met the press."), "en")
    assert found is not None and found[0] == 60
