"""A run of text with no sentence end (a page's tag list, text that lost its punctuation) is read in pieces
of at most LONGEST_SENTENCE characters, cut at the weakest break that leaves the most in the piece."""

from extract_helpers import run, states

from kg.extract.text import LONGEST_SENTENCE, split


def _pieces(text: str) -> list[str]:
    found = split(text, 0, len(text))
    assert all(s.text == text[s.start:s.end] for s in found)
    return [s.text for s in found]


def test_a_sentence_of_news_length_is_one_piece():
    text = "Peru and Chile signed a fisheries accord in Lima on Monday, officials said, " * 20 + "and then left."
    assert len(text) < LONGEST_SENTENCE
    assert _pieces(text) == [text]


def test_a_run_longer_than_the_longest_sentence_is_cut_at_spaces_and_loses_no_word():
    words = [f"word{i}" for i in range(2500)]
    text = " ".join(words)
    pieces = _pieces(text)
    assert len(pieces) > 1 and all(len(p) <= LONGEST_SENTENCE for p in pieces)
    assert " ".join(pieces).split() == words   # cut between words, none halved or lost


def test_a_semicolon_in_the_second_half_is_preferred_to_a_comma_and_a_comma_to_a_space():
    head = "a" * 1200 + "; " + "b" * 300 + ", " + "c" * 300 + " " + "d" * 300
    text = head + " tail"
    first = _pieces(text)[0]
    assert first.endswith(";") and len(first) == 1201
    text = "a" * 1200 + ", " + "b" * 900 + " tail"
    assert _pieces(text)[0] == "a" * 1200 + ","
    text = "a" * 500 + "; " + "b" * 1300 + " " + "c" * 300   # the semicolon is in the first half: a space wins
    assert _pieces(text)[0] == "a" * 500 + "; " + "b" * 1300


def test_a_run_without_any_break_is_cut_at_the_limit():
    text = "x" * (LONGEST_SENTENCE * 2 + 10)
    assert [len(p) for p in _pieces(text)] == [LONGEST_SENTENCE, LONGEST_SENTENCE, 10]


def test_an_article_of_one_unpunctuated_line_is_read_and_its_states_found():
    filler = "officials from several ministries discussed the matter at length over many hours without pause "
    body = "Argentina " + filler * 60 + "and Uruguay " + filler * 60 + "while Kenya waited"
    result = run(body)
    assert {"ARG", "URY", "KEN"} <= states(result)
    evidence = [e for _, e in result.states if e is not None]
    assert evidence and all(len(e.text) <= LONGEST_SENTENCE for e in evidence)
