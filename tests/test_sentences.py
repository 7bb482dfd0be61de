from readouts.pipeline.sentences import split_sentences


def test_splits_on_stops_and_keeps_offsets() -> None:
    text = "Mr. Smith called. The U.S. President answered! Did they agree? Yes."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Mr. Smith called.", "The U.S. President answered!", "Did they agree?", "Yes."]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_initials_do_not_end_sentences() -> None:
    text = "Prime Minister K. P. Sharma Oli thanked him. They spoke briefly."
    assert len(split_sentences(text)) == 2


def test_lines_are_paragraphs() -> None:
    sentences = split_sentences("First line without stop\nSecond line.")
    assert [s.paragraph for s in sentences] == [0, 1]


def test_cyrillic_sentence_starts_are_recognised() -> None:
    assert len(split_sentences("Стороны обсудили ситуацию. Договорились о контактах.")) == 2
