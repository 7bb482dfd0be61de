from datetime import date

import pytest

import readouts


@pytest.mark.parametrize("text", ["", "   \n\t ", "12345 !!! ...", "\x00\x01\x02"])
def test_empty_or_letterless_text_raises_empty_text_error(text: str) -> None:
    with pytest.raises(readouts.EmptyTextError):
        readouts.parse(text)


def test_errors_share_one_root_and_carry_their_stage() -> None:
    with pytest.raises(readouts.ReadoutsError) as info:
        readouts.parse("")
    assert info.value.stage == "input"


def test_too_large_raises_with_the_figures() -> None:
    with pytest.raises(readouts.InputTooLargeError) as info:
        readouts.parse("word " * 100, max_chars=100)
    assert info.value.limit == 100 and info.value.length == 500


def test_bytes_are_decoded_as_utf8() -> None:
    r = readouts.parse("Vladimir Putin had a telephone conversation with Emmanuel Macron.".encode())
    assert len(r.calls) == 1


def test_bytes_with_declared_charset() -> None:
    html = '<meta charset="latin-1"><p>Le Président Emmanuel Macron s\'est entretenu par téléphone avec Olaf Scholz.</p>'
    r = readouts.parse(html.encode("latin-1"))
    assert r.language == "fr" and len(r.calls) == 1


def test_undecodable_bytes_raise_decoding_error() -> None:
    with pytest.raises(readouts.DecodingError):
        # Not a byte-order mark ("\xff\xfe" would announce UTF-16), not UTF-8, no charset.
        readouts.parse(b"\xfe\xfa\xfb\xff" * 10)


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        readouts.parse(42)  # type: ignore[arg-type]


def test_text_without_calls_gives_an_empty_list() -> None:
    r = readouts.parse("The central bank raised interest rates by a quarter point on Wednesday, citing inflation.")
    assert r.calls == []


def test_reference_date_resolves_weekdays_when_the_text_has_no_date() -> None:
    text = "Emmanuel Macron spoke by phone with Olaf Scholz on Monday."
    assert readouts.parse(text).calls[0].date is None
    assert readouts.parse(text, reference_date=date(2023, 5, 10)).calls[0].date == date(2023, 5, 8)


def test_source_forces_a_parser_and_unknown_ids_raise() -> None:
    text = "Emmanuel Macron spoke by phone with Olaf Scholz."
    assert readouts.parse(text, source="wire").source is not None
    with pytest.raises(readouts.UnknownSourceError):
        readouts.parse(text, source="no-such-parser")


def test_url_picks_the_parser_by_domain() -> None:
    r = readouts.parse("Vladimir Putin had a telephone conversation with Emmanuel Macron.", url="http://en.kremlin.ru/events/president/news/1")
    assert r.source is not None and r.source.id == "kremlin" and r.source.kind == "official"


def test_json_dump_has_the_gold_shape() -> None:
    r = readouts.parse("MOSCOW, May 3, 2021 (Reuters) - Vladimir Putin and Emmanuel Macron spoke by phone for an hour and a half on Monday.")
    data = r.model_dump(mode="json")
    call = data["calls"][0]
    assert call["duration_minutes"] == 90
    assert call["date"] == "2021-05-03"
    assert {p["name"] for p in call["participants"]} == {"Vladimir Putin", "Emmanuel Macron"}
    assert data["source"]["id"] == "reuters" and data["source"]["kind"] == "wire"


def test_results_are_frozen() -> None:
    r = readouts.parse("Emmanuel Macron spoke by phone with Olaf Scholz.")
    with pytest.raises(Exception):
        r.language = "xx"  # type: ignore[misc]


def test_json_output_reads_back_into_the_same_readout() -> None:
    r = readouts.parse("MOSCOW, May 3, 2021 (Reuters) - Vladimir Putin and Emmanuel Macron spoke by phone for an hour and a half on Monday about Ukraine.")
    assert readouts.Readout.model_validate_json(r.model_dump_json()) == r


def test_publication_date_from_a_stamp_at_the_foot_of_the_article() -> None:
    r = readouts.parse(
        "Madrid, 2 ago (EFE).- El presidente del Gobierno, Pedro Sánchez, conversó este viernes por teléfono con Emmanuel Macron.\n"
        "02/08/2024 14:27"
    )
    assert r.published == date(2024, 8, 2)
    assert r.calls[0].date == date(2024, 8, 2)
