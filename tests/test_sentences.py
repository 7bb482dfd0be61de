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


def test_a_run_of_stops_ends_one_sentence_where_it_ends() -> None:
    text = 'Was it agreed?! Nobody knows... The talks went well. "Yes." He left.'
    assert [s.text for s in split_sentences(text)] == ["Was it agreed?!", "Nobody knows...", "The talks went well.", '"Yes."', "He left."]


def test_a_stop_glued_to_the_next_sentence_ends_it() -> None:
    text = "Les deux dirigeants ont parlé de l'Ukraine.\"Les contacts continuent\", a-t-il dit.Vladimir Poutine a remercié."
    assert [s.text for s in split_sentences(text)] == [
        "Les deux dirigeants ont parlé de l'Ukraine.",
        '"Les contacts continuent", a-t-il dit.',
        "Vladimir Poutine a remercié.",
    ]


def test_stops_of_other_scripts_end_sentences() -> None:
    assert [s.text for s in split_sentences("双方通了电话。两国元首同意保持联系！")] == ["双方通了电话。", "两国元首同意保持联系！"]
    assert len(split_sentences("أجرى الرئيس اتصالا هاتفيا. وبحث الجانبان العلاقات الثنائية.")) == 2


def test_a_stop_inside_a_word_or_before_small_letters_ends_nothing() -> None:
    assert len(split_sentences("The v2.1 draft was sent by e-mail. it was read.")) == 1
    assert len(split_sentences("Prices rose 2.5 percent. Markets fell.")) == 2
