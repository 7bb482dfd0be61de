from readouts.pipeline.normalise import normalise


def test_quotes_dashes_and_spaces_are_made_plain() -> None:
    assert normalise("Putin\u00a0said \u201cyes\u201d \u2014 it\u2019s  done") == "Putin said \"yes\" - it's done"


def test_guillemets_become_straight_quotes() -> None:
    assert normalise("\u00abPacchetto di misure\u00bb") == '"Pacchetto di misure"'


def test_zero_width_and_control_characters_are_removed() -> None:
    assert normalise("Ma\u200bcron\x07 spoke") == "Macron spoke"


def test_html_entities_and_tags_are_decoded() -> None:
    assert normalise("&ldquo;Hello&rdquo; <b>world</b>") == '"Hello" world'


def test_line_structure_is_kept_and_blank_runs_collapsed() -> None:
    assert normalise("one\r\n\r\n\r\n\r\ntwo  \n  three") == "one\n\ntwo\nthree"


def test_lone_surrogates_do_not_survive() -> None:
    out = normalise("bad \ud800 char")
    out.encode("utf-8")  # would raise on a surrogate


def test_zero_width_spaces_used_between_words_become_spaces() -> None:
    assert normalise("Macron\u200bspoke\u200bwith\u200bScholz.\nMa\u200bcron spoke again.") == "Macron spoke with Scholz.\nMacron spoke again."


def test_lone_surrogates_and_direction_marks_are_dropped() -> None:
    assert normalise("\u202bMa\ud800cron spoke\u202c with \u2066Scholz\u2069.") == "Macron spoke with Scholz."
