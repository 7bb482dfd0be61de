"""Portuguese readouts: sentences in the style of the Planalto, Belém and Lusa."""

from datetime import date

import readouts
from readouts import lexicon


def test_portuguese_is_told_from_spanish() -> None:
    assert "pt" in lexicon.LANGUAGES
    text = "O presidente Luiz Inácio Lula da Silva conversou por telefone com o presidente da França. Os dois trataram da cooperação bilateral e da situação na Ucrânia."
    assert readouts.parse(text).language == "pt"


def test_phone_call_with_both_sides_date_and_initiator() -> None:
    text = (
        "Brasília, 16 de março de 2023. O presidente Luiz Inácio Lula da Silva recebeu um telefonema do "
        "primeiro-ministro do Japão, Fumio Kishida. Os dois líderes discutiram a cooperação econômica e a transição energética."
    )
    (call,) = readouts.parse(text).calls
    assert {(p.name, p.country) for p in call.participants} == {("Luiz Inácio Lula da Silva", "BR"), ("Fumio Kishida", "JP")}
    assert call.initiator is not None and call.initiator.name == "Fumio Kishida"
    assert call.date == date(2023, 3, 16)
    assert call.medium == "phone"
    assert {"economy-trade", "energy"} <= set(call.topics)


def test_initiative_phrase_and_duration() -> None:
    text = (
        "O Presidente da República, Marcelo Rebelo de Sousa, falou ao telefone com o Presidente de França, "
        "Emmanuel Macron, a pedido deste. A conversa durou cerca de meia hora."
    )
    (call,) = readouts.parse(text).calls
    assert {p.name for p in call.participants} == {"Marcelo Rebelo de Sousa", "Emmanuel Macron"}
    assert call.duration_minutes == 30


def test_video_conference() -> None:
    text = "Na quarta-feira, 5 de abril de 2023, o presidente Lula participou de uma videoconferência com o chanceler alemão Olaf Scholz sobre o acordo entre o Mercosul e a União Europeia."
    (call,) = readouts.parse(text).calls
    assert call.medium == "video"
    assert {p.name for p in call.participants} == {"Luiz Inácio Lula da Silva", "Olaf Scholz"}
    assert call.date == date(2023, 4, 5)
    assert "economy-trade" in call.topics


def test_chanceler_is_a_foreign_minister() -> None:
    text = "O chanceler Mauro Vieira conversou por telefone com o ministro das Relações Exteriores da Rússia, Serguei Lavrov."
    (call,) = readouts.parse(text).calls
    roles = {p.name: p.role for p in call.participants}
    assert roles.get("Mauro Vieira") == "foreign-minister"


def test_planned_call_is_not_a_call() -> None:
    text = "O presidente Lula terá na próxima semana uma conversa telefônica com o presidente dos Estados Unidos, Joe Biden."
    assert readouts.parse(text).calls == []


def test_interview_is_not_a_call() -> None:
    text = "Em entrevista à imprensa, o primeiro-ministro António Costa disse que Portugal apoia a Ucrânia."
    assert readouts.parse(text).calls == []


def test_the_caller_rang_and_a_seat_of_government_asked() -> None:
    (call,) = readouts.parse("O presidente Lula ligou para o presidente argentino Javier Milei.").calls
    assert call.initiator is not None and call.initiator.name == "Luiz Inácio Lula da Silva"
    (call,) = readouts.parse("Lula conversou por telefone com Emmanuel Macron, a pedido do Palácio do Eliseu.").calls
    assert call.initiator is not None and call.initiator.name == "Emmanuel Macron"


def test_contractions_read_as_their_preposition() -> None:
    from readouts.extract.tokens import morphology

    rules = morphology("pt")
    assert rules is not None
    assert [rules.stem(w) for w in ("do", "das", "no", "pelo", "ao")] == ["de", "de", "em", "por", "a"]
    # The language file has "recebeu uma ligação de {A}": "da presidente" is "de" + "a".
    text = "O presidente Lula recebeu uma ligação da presidente do México, Claudia Sheinbaum, e os dois conversaram sobre o comércio bilateral."
    (call,) = readouts.parse(text).calls
    assert call.initiator is not None and call.initiator.name == "Claudia Sheinbaum"


def test_every_caller_of_a_list_placed_their_call() -> None:
    text = (
        "Na terça-feira, Marcelo Rebelo de Sousa recebeu felicitações por telefone do rei de Espanha, Felipe VI, "
        "e do seu homólogo alemão, Frank-Walter Steinmeier, com quem falou também sobre a pandemia."
    )
    calls = readouts.parse(text, reference_date=date(2021, 1, 28)).calls
    assert {c.initiator.name for c in calls if c.initiator} == {"Felipe VI", "Frank-Walter Steinmeier"}
    assert len(calls) == 2


def test_the_two_who_already_spoke_before_a_planned_call() -> None:
    text = (
        "O presidente Lula terá nesta sexta-feira um telefonema com o presidente do Chile, Gabriel Boric. "
        "Os dois já conversaram por telefone na quarta-feira, segundo o Planalto."
    )
    (call,) = readouts.parse(text, reference_date=date(2024, 5, 9)).calls
    assert {p.name for p in call.participants} == {"Luiz Inácio Lula da Silva", "Gabriel Boric"}
    assert call.medium == "phone"
