import readouts
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


_WRAPPED = (
    "Vladimir Putin had a telephone conversation with President of France\n"
    "Emmanuel Macron on 3 May 2022. The leaders discussed the situation\n"
    "around Ukraine and the supply of grain to the markets of Africa and\n"
    "Asia. The conversation was held at the initiative of the French side."
)


def test_hard_wrapped_paragraphs_are_joined_back() -> None:
    assert normalise(_WRAPPED) == _WRAPPED.replace("\n", " ")
    # A short paragraph of two lines as wide as the others is joined too.
    two = "Earlier, Emmanuel Macron spoke by phone with Olaf Scholz about energy\nprices in the European Union."
    assert normalise(f"{_WRAPPED}\n\n{two}") == _WRAPPED.replace("\n", " ") + "\n\n" + two.replace("\n", " ")


def test_lines_that_end_sentences_or_lists_of_headlines_stay_lines() -> None:
    headlines = (
        "Putin holds talks with Macron over the grain deal in Moscow\n"
        "Scholz says Germany will keep supporting Ukraine this winter\n"
        "Biden and Xi agree to restore military communication lines"
    )
    assert normalise(headlines) == headlines
    ended = "The leaders spoke by phone.\nThey discussed the war in Ukraine.\nThey agreed to keep in touch."
    assert normalise(ended) == ended


def test_a_wire_paragraph_under_a_glued_headline_is_joined_back() -> None:
    # A headline wider than any wrap width sits on the paragraph's first line;
    # the dateline line is cut early, before the name.
    text = (
        "Scholz tells Erdogan Germany wants a lasting ceasefire in the region and more aid for the people affected, says spokesman\n"
        "BERLIN - German Chancellor Olaf\n"
        "Scholz told Turkish President Tayyip Erdogan on Monday\n"
        "that Berlin wanted the fighting to end and would help the\n"
        "people affected, a government spokesman said in a brief\n"
        "statement."
    )
    lines = normalise(text).split("\n")
    assert len(lines) == 2
    assert lines[1].startswith("BERLIN - German Chancellor Olaf Scholz told")
    assert lines[1].endswith("in a brief statement.")


def test_a_narrow_column_is_joined_only_when_every_line_goes_on() -> None:
    narrow = "Macron spoke by phone with\nPresident Biden on Monday\nabout the situation in the\nMiddle East."
    assert normalise(narrow) == "Macron spoke by phone with President Biden on Monday about the situation in the Middle East."
    menu = "Home page of the paper\nworld news and politics.\nsport and culture today\nweather."
    assert normalise(menu) == menu


def test_japanese_set_one_phrase_per_line_is_joined_into_sentences() -> None:
    text = "岸田総理大臣は、15\n日夜、\nドイツの\nショルツ首相と\n約30\n分間、\n電話会談を\n行いました。\n両首脳は\n協力していくことで\n一致しました。"
    assert normalise(text).split("\n") == [
        "岸田総理大臣は、15日夜、ドイツのショルツ首相と約30分間、電話会談を行いました。",
        "両首脳は協力していくことで一致しました。",
    ]


def test_lines_that_end_sentences_or_carry_a_time_stay_lines() -> None:
    text = "日独首脳が電話会談\n2023年3月5日 13:58\n岸田総理大臣は、ショルツ首相と電話会談を行いました。\n会談は約30分間でした。"
    assert normalise(text).split("\n") == text.split("\n")


def test_a_parsed_text_set_phrase_per_line_keeps_its_counter() -> None:
    text = "岸田総理大臣は、15\n日夜、\nドイツの\nショルツ首相と\n約30\n分間、\n電話会談を\n行いました。"
    (call,) = readouts.parse(text).calls
    assert call.duration_minutes == 30
    assert {p.name for p in call.participants} == {"Fumio Kishida", "Olaf Scholz"}
