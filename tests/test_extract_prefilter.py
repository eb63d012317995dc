"""The cheap tests that skip a pattern or a word on most sentences: never wrong, only faster."""

import re
import string
import sys

import pytest

from kg.extract.context import Names
from kg.extract.gazetteer import Agent, _WORD, words_among
from kg.extract.prefilter import _CASE_TRAPS, Gate

PATTERNS = [
    r"\b[Ii]n (?:its|their|the) (?:latest |annual )*(?P<title>[A-Z]\w+ (?:19|20)\d{2})",
    r"[’']s (?:latest |annual )*(?P<title>[A-Z]\w+(?:\s+[A-Z]\w+){0,3}\s+(?:19|20)\d{2})\b",
    r"(?i)(?:did|would)\s+not\s+(?:sign|join|back)\b",
    r"vot(?:ed|es|e|ing)\s+(?:against|down)\b",
    r"(?:agreement|deal|accord)\s+(?:was|has been)\s+reached",
    r"\b(?i:on|last)\s+(?P<day>Monday|Friday)\b",
    r"\b(?:did|would)\s+not\s+sign\b|\bvot(?:ed|es)\s+against\b|(?<!no )deal\s+(?:was|has been)\s+reached",
]
TEXTS = [
    "In its annual Freedom 2023 report, the group said.", "in the Outlook 2024", "In  its Outlook 2024",
    "Amnesty's latest Death Penalty Review 2023 was out.", "Amnesty’s Review 2023", "Amnesty's review 2023",
    "Canada DID NOT SIGN the deal.", "Canada did not sign.", "Canada didn't sign.", "They would  not  back it.",
    "Parliament voted against it.", "Parliament votes down the bill.", "A vote against the deal.",
    "The deal has been reached.", "The deal was reached.", "A deal was  reached at last.", "no deal reached",
    "They met on Monday.", "They met LAST Friday.", "They met Friday.", "Señor Pérez said on Monday.",
    "Parliament did sign, against all odds.", "Canada did not sign; the deal was reached.", "Señor Pérez’s Review 2023",
    "Amnesty’s latest Death Penalty Review 2023 was out.", "Amnesty’s review 2023", "In its “Outlook 2024”",
    "Canada DİD NOT SİGN “the deal”.", "Canada dıd not ſign.", "Parliament voted agaınst it.", "On Frıday",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_gate_never_closes_on_a_text_the_pattern_matches(pattern):
    rx = re.compile(pattern)
    gate = Gate(rx)
    assert gate.clauses, "the pattern needs words: it should get a gate"
    for text in TEXTS:
        if rx.search(text):
            assert gate.may_match(text), (pattern, text)


def test_gate_reads_neighbours_as_one_word():
    gate = Gate(re.compile(r"\b[Ii]n (?:its|the) report"))
    assert {"In its report", "in the report"} <= gate.words
    assert not gate.may_match("Its report, in the end, was late.")
    assert gate.may_match("Said in its report.")


def test_gate_needs_every_part():
    gate = Gate(re.compile(r"[’']s (?:new )?[A-Z]\w+ (?:19|20)\d{2}"))   # a possessive and a year
    assert not gate.may_match("Japan's view is clear.")
    assert not gate.may_match("In 2023 it grew.")
    assert gate.may_match("Japan's Outlook 2023 is out.")


def test_gate_finds_words_inside_and_over_others():
    gate = Gate(words={"ned by", "signed", "sign"})
    other = Gate(words={"ed b"})
    for text, expected in [("It was co-signed by both.", True), ("A signal.", True), ("Designated.", True),
                           ("Owned by none.", True), ("Nothing here.", False)]:
        assert gate.may_match(text) is expected, text
    assert other.may_match("It was co-signed by both.")


def test_gate_ignoring_case_and_unreadable_text():
    gate = Gate(re.compile(r"(?i)brokered\s+by"))
    assert gate.may_match("BROKERED BY Qatar") and not gate.may_match("Qatar hosted the talks")
    assert not gate.may_match("Qatar hosted the talks in Doha’s palace")   # beyond ASCII: read all the same
    assert gate.may_match("Talks BROKERED BY Doha’s emir")
    for trap in ("brokered by ſome", "Kırıkkale", "İzmir"):   # matched as ASCII letters, lowered to others
        assert gate.may_match(trap)
    assert Gate(re.compile(r"(?i)signed")).may_match("both ſıgned it")
    listed = Gate(words={"pulled out"}, ignore_case=True)   # listed by hand: beyond ASCII, always open
    assert listed.may_match("it pulled\u2002out of the bloc, Doha’s view") and not listed.may_match("nothing")
    assert Gate(words=None).may_match("anything") and not Gate(words=set()).may_match("anything")


def test_case_traps_are_every_character_ignoring_case_matches_to_another_letter():
    everything = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    traps = {m.group() for a in string.ascii_letters for m in re.finditer(a, everything, re.I)
             if m.group().lower() != a.lower()}
    assert traps == set(_CASE_TRAPS.pattern[1:-1])


def test_union_opens_when_any_would():
    gates = [Gate(re.compile(r"according to")), Gate(re.compile(r"told\s+reporters"))]
    union = Gate.union(gates)
    for text in ["according to AFP", "he told  reporters", "nothing"]:
        assert union.may_match(text) == any(g.may_match(text) for g in gates)


def test_words_among_finds_every_word_that_may_start_a_name():
    firsts = {"Kim", "Çavuşoğlu", "al", "de", "the", "Émile"}
    text = "the Kim-led talks, de facto al-Sudani, Émile and Çavuşoğlu met theorists in Kimberley"
    expected = [m.group() for m in _WORD.finditer(text) if m.group() in firsts]
    assert [m.group() for m in words_among(firsts).finditer(text) if m.group() in firsts] == expected


def test_gate_of_alternatives_needs_the_words_of_one():
    gate = Gate(re.compile(r"\b(?:did|would)\s+not\s+sign\b|\bvot(?:ed|es)\s+against\b"))
    assert gate.alternatives
    assert not gate.may_match("Parliament did sign, against all odds.")   # a word of each, all of none
    assert gate.may_match("Canada did not sign.") and gate.may_match("They voted against.")


def test_union_of_alternatives_opens_when_any_would():
    gates = [Gate(re.compile(r"did\s+not\s+sign|voted\s+against")), Gate(re.compile(r"according\s+to"))]
    union = Gate.union(gates)
    for text in ["did not sign", "they voted against", "according to AFP", "did sign, against all", "nothing"]:
        assert union.may_match(text) == any(g.may_match(text) for g in gates), text


def test_gate_minding_case_reads_any_text_but_one_with_a_capital_sigma():
    gate = Gate(re.compile(r"[’']s (?:latest )?Review"))
    assert gate.may_match("Amnesty’s Review, señor") and not gate.may_match("Señor Pérez’s view")
    assert gate.may_match("ΟΔΟΣ: Pérez’s view")   # 'Σ' lowers by context: not read, always open


def test_names_learned_one_by_one_read_as_all_at_once():
    state, other = Agent("state", "KOR", "South Korea"), Agent("state", "PRK", "North Korea")
    learned = [{"Kim Jong Un": other, "Kim": other}, {"Yoon Suk Yeol": state, "Yoon": state},
               {"Kim Jong": state, "al-Sudani": state}, {"Kim": state}]
    grown, names = Names({}), {}
    for more in learned:
        grown.add(more)
        names = {**names, **more}
        built = Names(names)
        assert (grown.names, grown.by_first, grown._words.pattern) == (built.names, built.by_first, built._words.pattern)
    text = "Kim Jong Un met Yoon, then Kim Jong and al-Sudani."
    assert grown.find(text, 0, len(text)) == Names(names).find(text, 0, len(text))


def test_the_automaton_finds_the_words_the_regular_expression_finds():
    """With `ahocorasick` installed, the gates' words are found by its automaton: the same words, in
    every sentence of the samples and in awkward text, as the regular expression of the trie."""
    pytest.importorskip("ahocorasick")
    from pathlib import Path

    from kg.extract import extractor, prefilter
    from kg.extract.text import sentences
    from kg.sources import read_article
    extractor()
    lexicon = prefilter._LEXICON
    lexicon.found("", "")   # compiled
    assert lexicon._automaton is not None
    folder = Path(__file__).resolve().parent.parent / "samples" / "articles"
    texts = [s.text for f in sorted(folder.glob("*.txt"))[:60] for s in sentences(read_article(f))]
    texts += TEXTS + ["", "signed", "agreedagreed", "İstanbul ısı ſigned", "naïve café agreed", "Σ ΟΔΟΣ signed"]
    automaton = lexicon._automaton
    try:
        by_automaton = [lexicon.found(t, t.lower()) for t in texts]
        lexicon._automaton = None
        by_expression = [lexicon.found(t, t.lower()) for t in texts]
    finally:
        lexicon._automaton = automaton
    assert by_automaton == by_expression
    assert any(words for words, _ in by_automaton)


def test_selector_opens_the_gates_that_would_open_asked_one_by_one():
    """`Selector.open` finds the gates from the words a text holds: the same gates as asking each, on the
    sentences of the samples and on awkward text (unreadable, case traps), for the extractor's own
    alternations of status words and for gates of every kind (ignoring case, minding it, words by hand)."""
    from pathlib import Path

    from kg.extract import extractor
    from kg.extract.prefilter import Selector
    from kg.extract.text import sentences
    from kg.sources import read_article
    rules = extractor().events
    folder = Path(__file__).resolve().parent.parent / "samples" / "articles"
    texts = [s.text for f in sorted(folder.glob("*.txt"))[:80] for s in sentences(read_article(f))]
    texts += TEXTS + ["", "signed", "İstanbul ısı ſigned", "naïve café agreed", "Σ ΟΔΟΣ signed", "SIGNED AN ACCORD"]
    mixed = Selector([Gate(re.compile(p)) for p in PATTERNS] + [Gate(words={"signed", "ned by"}),
                     Gate(words={"Pérez"}), Gate(words={"agreed"}, ignore_case=True), Gate(words=None)])
    selectors = [alternation.each for _, alternation in rules.status] + [mixed]
    opened = 0
    for selector in selectors:
        for text in texts:
            expected = [i for i, gate in enumerate(selector.gates) if gate.may_match(text)]
            assert selector.open(text) == expected, text
            opened += bool(expected)
    assert opened > 100   # the texts open some gates: the comparison is not of empty lists


def _asked_plainly(gate: Gate, text: str) -> bool:
    """`Gate.may_match` as it reads: every set of the gate, then every set of each alternative, one by one."""
    from kg.extract.prefilter import _read
    if gate.clauses is None:
        return True
    ascii_text, caseless, as_written, lowered, exact = _read(text)
    if not ((caseless if gate.beyond_ascii else ascii_text) if gate.ignore_case else as_written):
        return True
    there = lowered if gate.ignore_case else exact
    if any(clause.isdisjoint(there) for clause in gate.clauses):
        return False
    return gate.alternatives is None or any(all(not c.isdisjoint(there) for c in a) for a in gate.alternatives)


def test_every_gate_of_the_extractor_answers_as_asked_plainly():
    """The gates test their alternatives through an index of their words (`Gate._file_alternatives`): the
    same answers as testing each, for every gate the extractor holds, on the samples and awkward text."""
    import gc
    from pathlib import Path

    from kg.extract import extractor
    from kg.extract.text import sentences
    from kg.sources import read_article
    extractor()
    gates = [o for o in gc.get_objects() if isinstance(o, Gate) and o.alternatives]
    assert len(gates) > 20
    folder = Path(__file__).resolve().parent.parent / "samples" / "articles"
    texts = [s.text for f in sorted(folder.glob("*.txt"))[:40] for s in sentences(read_article(f))]
    texts += TEXTS + ["", "İstanbul ısı ſigned", "Σ ΟΔΟΣ signed", "In its annual report, Amnesty’s Review 2023"]
    opened = 0
    for gate in gates:
        for text in texts:
            assert gate.may_match(text) == _asked_plainly(gate, text), text
            opened += gate.may_match(text)
    assert opened > 100


def test_sets_of_short_words_are_dropped_and_the_gate_stays_exact():
    """A set holding a word of one or two characters is in nearly every text: the gate drops it (looser, never
    wrong); a gate whose sets are all short keeps those of two characters ("19", "20"), else tests nothing."""
    possessive_year = Gate(re.compile(r"(?:[’']s|(?<=s)[’']) [A-Z]\w*\s+(?:19|20)\d{2}"))   # sets: "'", " ", "19"
    assert possessive_year.clauses == (frozenset({"19", "20"}),)
    assert possessive_year.may_match("the Bank's Outlook 2024") and not possessive_year.may_match("the Bank's Outlook")
    assert Gate(re.compile(r"a|b")).clauses is None   # nothing long enough to test: always open
    assert not Gate(words=set()).may_match("anything")   # an empty set still opens for nothing
