"""Words a regular expression cannot match without: a cheap test that skips it on most sentences.

`Gate(pattern)` reads the compiled pattern (Python's own parser, ``re._parser``) and finds sets of
literal strings (for each alternative, one string of each set) that every match contains; a text
lacking all strings of one set cannot match. The test is exact: a pattern that ignores case is only
tested on text without 'İ', 'ı' or 'ſ' (where IGNORECASE matches an ASCII letter as its lower case
does; words listed by hand, `Gate(words=…)`, on ASCII text only, as they always were), and a pattern
it cannot read gets no gate
(`may_match` is then always True). A pattern of alternatives is also tested alternative by alternative.
The words of all gates are looked for in a sentence once, in one pass, whichever gate asks first; a gate's
alternatives, and the gates of a `Selector`, are filed under their words, so that only those filed under a
word the sentence holds are tested (the same answers as testing each).
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import memo

try:   # Aho-Corasick: every word of every gate found in one linear pass over a sentence (C code)
    import ahocorasick
except ImportError:  # without it, one regular expression does the same, more slowly
    ahocorasick = None

try:
    from re import _parser as sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)
except ImportError:  # another Python: no gates, same results
    sre_parse = None


class Gate:
    def __init__(self, pattern: re.Pattern | None = None, words: set[str] | None = None, ignore_case: bool = False):
        clauses, alternatives = None if words is None else [set(words)], None
        if pattern is not None:
            clauses, ignore_case, alternatives = _reading(pattern.pattern, pattern.flags)
        elif clauses and ignore_case:   # 'ſ' matches 's' when ignoring case: no such words
            clauses = _lowered(clauses)
        # a set holding a word of one or two characters (" ", "a", "in") is in nearly every text: testing it
        # costs more than it saves, and its words make every sentence's reading longer; drop it, keeping the rest
        clauses = _long_only(clauses) if clauses else clauses
        #: sets of words, each a text must hold one of (a pattern that needs none gets no gate: None)
        self.clauses = tuple(frozenset(c) for c in clauses) if clauses else None
        self.words = set().union(*self.clauses) if self.clauses is not None else None
        self.ignore_case = ignore_case
        #: words read from the pattern are there ignoring case beyond ASCII too; words listed by hand
        #: may stand for a pattern looser than them ("pulled out" for "pulled\s+out"): ASCII text only
        self.beyond_ascii = pattern is not None
        if alternatives:   # the same for each alternative's sets; an alternative left with none tests nothing
            alternatives = tuple(_long_only(alt) for alt in alternatives)
            alternatives = alternatives if all(alternatives) else None
        #: for a pattern of alternatives, the clauses of each: a text must satisfy all of one (else None)
        self.alternatives = alternatives if self.clauses else None
        self._filed = None   # `_file_alternatives`
        if self.words:
            _LEXICON.add(self.words.union(*(c for alternative in self.alternatives or () for c in alternative)),
                         cased=not self.ignore_case)

    @classmethod
    def union(cls, gates: list["Gate"]) -> "Gate":
        """A gate that opens when any of ``gates`` would."""
        if any(g.clauses is None for g in gates):
            return cls(words=None)
        union = cls(words=set().union(*(_best(g.clauses) or () for g in gates)), ignore_case=any(g.ignore_case for g in gates))
        if all(g.ignore_case == union.ignore_case for g in gates):   # the same words read: each gate's own test
            union.alternatives = tuple(a for g in gates for a in (g.alternatives or (g.clauses,)))
        union.beyond_ascii = all(g.beyond_ascii for g in gates)
        return union

    def may_match(self, text: str) -> bool:
        """False only if the pattern certainly finds nothing in ``text``."""
        clauses = self.clauses
        if clauses is None:
            return True
        ascii_text, caseless, as_written, lowered, exact = _last[1] if text == _last[0] else _read(text)
        if self.ignore_case:   # `_readable`, written out: the hot path
            if not (caseless if self.beyond_ascii else ascii_text):
                return True
            there = lowered
        elif as_written:
            there = exact
        else:
            return True
        for clause in clauses:
            if clause.isdisjoint(there):
                return False
        if self.alternatives is None:
            return True
        if self._filed is None or self._filed[0] is not self.alternatives:
            self._file_alternatives()
        _, words, filed = self._filed
        for word in words.intersection(there):   # the alternatives whose first set holds a word of the text
            for alternative in filed[word]:
                for clause in alternative:
                    if clause.isdisjoint(there):
                        break
                else:
                    return True
        return False

    def _file_alternatives(self) -> None:
        """Each alternative filed under the words of its first set (of those it needs, the most selective):
        only those filed under a word of the text are tested."""
        filed: dict[str, list] = {}
        for alternative in self.alternatives:
            for word in alternative[0]:
                filed.setdefault(word, []).append(alternative[1:])
        self._filed = (self.alternatives, frozenset(filed), filed)


class Selector:
    """Which of many gates may match a text, found from the words the text holds instead of by asking every
    gate: each gate is filed under the words of one of its sets (the most selective), and only the gates
    filed under a word of the text, or that cannot read it, are asked. The same answer as asking each."""

    def __init__(self, gates: list[Gate]):
        self.gates = list(gates)
        self._always: list[int] = []                  # no gate: every text
        self._unread: dict[tuple, list[int]] = {}     # how a gate reads text (`_readable`) -> its gates
        self._lower: dict[str, list[int]] = {}        # a lower-case word -> the gates ignoring case filed under it
        self._exact: dict[str, list[int]] = {}        # a word as written -> the case-sensitive gates filed under it
        for i, gate in enumerate(self.gates):
            if gate.clauses is None:
                self._always.append(i)
                continue
            self._unread.setdefault((gate.ignore_case, gate.beyond_ascii), []).append(i)
            for word in _best(gate.clauses):
                (self._lower if gate.ignore_case else self._exact).setdefault(word, []).append(i)
        self._lower_words, self._exact_words = frozenset(self._lower), frozenset(self._exact)

    def open(self, text: str) -> list[int]:
        """The indices, in order, of the gates whose `Gate.may_match` is True for ``text``."""
        read = _read(text)
        _, _, _, lowered, exact = read
        asked = set(self._always)
        for (ignore_case, beyond_ascii), gates in self._unread.items():
            if not _readable(ignore_case, beyond_ascii, read):
                asked.update(gates)   # a text the gate cannot read: it says True, as `may_match` does
        for word in self._lower_words.intersection(lowered):
            asked.update(self._lower[word])
        for word in self._exact_words.intersection(exact):
            asked.update(self._exact[word])
        gates = self.gates
        return [i for i in sorted(asked) if gates[i].may_match(text)]


def _readable(ignore_case: bool, beyond_ascii: bool, read: tuple) -> bool:
    """Whether a gate that ignores case (or not), reading beyond ASCII (or not), can tell its words in a text read
    as ``read`` (`_read`); a gate says True of a text it cannot read."""
    ascii_text, caseless, as_written, _, _ = read
    return (caseless if beyond_ascii else ascii_text) if ignore_case else as_written


class Source:
    """A pattern's text and flags, all `Gate` reads of a pattern: no need to compile it to gate it."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags = pattern, flags


#: What reading each pattern gave: (text, flags) -> (clauses, ignore case?, alternatives). Reading the
#: extractor's 140 gated patterns (alternations of up to 60 alternatives) with Python's parser was most
#: of its start (0.35 of 0.45 s); a build keeps the readings between runs (`remembered`, `remember`),
#: named by the code and the Python version.
_READINGS: dict[tuple[str, int], tuple] = {}
_unsaved = [False]


def _reading(text: str, flags: int) -> tuple:
    found = _READINGS.get((text, flags))
    if found is None:
        parsed = sre_parse.parse(text, flags) if sre_parse else None
        # a (?i:...) anywhere: compare ignoring case throughout (looser, still never wrong)
        ignore_case = bool((parsed.state.flags if parsed else flags) & re.IGNORECASE) or _toggles_case(parsed)
        clauses = _required(parsed) if parsed else None
        if clauses and ignore_case:   # 'ſ' matches 's' when ignoring case: no such words
            clauses = _lowered(clauses)
        found = (tuple(frozenset(c) for c in clauses) if clauses else None, ignore_case,
                 _alternatives(parsed, ignore_case) if clauses else None)
        _READINGS[(text, flags)] = found
        _unsaved[0] = True
    return found


def remembered(path: Path | None) -> None:
    """Take in the readings kept in ``path`` by an earlier run; a file that cannot be read costs the reading."""
    found = memo.read(path, "the readings of the patterns") if path is not None else None
    if isinstance(found, dict):
        _READINGS.update(found)


def remember(path: Path | None) -> None:
    """Keep the readings in ``path`` if some were made since it was read, or it is not there (this process
    may have kept them elsewhere)."""
    if path is None or (not _unsaved[0] and path.is_file()):
        return
    if memo.keep(path, dict(_READINGS), "the readings of the patterns"):
        _unsaved[0] = False


class _Lexicon:
    """The words of every gate, found in a text in one pass: a trie of them (lower case) in one regular
    expression finds the longest word starting at each position; every word that begins it is there too.
    A case-sensitive word is there if its lower case is and the text holds it as written."""

    def __init__(self):
        self.words: set[str] = set()
        self.cased: set[str] = set()   # the words gates minding case ask for: as written too
        self._ready = False   # `_compile` run since the last word was added
        self._finder: re.Pattern | None = None   # the trie as a regular expression: without `ahocorasick` only
        self._prefixes: dict[str, frozenset[str]] = {}
        self._written: dict[str, tuple[str, ...]] = {}   # lower case -> the case-sensitive words it stands for
        self._automaton = None   # the same words for `ahocorasick`, when it is installed

    def add(self, words, cased: bool = True) -> None:
        """``words`` to find; ``cased``: a gate minding case asks for them as written too."""
        if not self.words.issuperset(words) or (cased and not self.cased.issuperset(words)):
            self.words |= set(words)
            if cased:
                self.cased |= set(words)
            self._ready = False
            _last[0] = None   # a text read before was not searched for these

    def found(self, text: str, lowered: str) -> tuple[set[str], set[str]]:
        """(the lower-case words in ``lowered``, the words of gates minding case in ``text``); a word written in
        ``text`` is found in its lower case in ``lowered`` (which holds for any text without a 'Σ')."""
        self.compile()
        if self._automaton is not None:
            there = {word for _, word in self._automaton.iter(lowered)}
        else:
            there = set().union(*map(self._prefixes.__getitem__, set(self._expression().findall(lowered))))
        return there, {w for lw in self._written.keys() & there for w in self._written[lw] if w in text}

    def compile(self) -> None:
        """Make ready to find the words added so far (`found` does it when asked first): the extractor calls it
        once made, so that its first sentence does not pay for it."""
        if not self._ready:
            self._compile()

    def _compile(self) -> None:
        lowered = {w.lower() for w in self.words}
        self._prefixes = {w: frozenset(w[:n] for n in range(1, len(w) + 1) if w[:n] in lowered) for w in lowered}
        written: dict[str, list[str]] = {}
        for w in self.cased:
            written.setdefault(w.lower(), []).append(w)
        self._written = {lw: tuple(ws) for lw, ws in written.items()}
        self._finder, self._automaton = None, None
        if ahocorasick is not None and lowered:
            self._automaton = ahocorasick.Automaton()
            for w in lowered:
                self._automaton.add_word(w, w)
            self._automaton.make_automaton()
        self._ready = True

    def _expression(self) -> re.Pattern:
        """The words as one regular expression of their trie, for want of `ahocorasick` (compiled when first
        needed: with the automaton it never is, and compiling it cost more than the automaton)."""
        if self._finder is None:
            trie: dict = {}
            for w in self._prefixes:
                node = trie
                for c in w:
                    node = node.setdefault(c, {})
                node[""] = {}
            self._finder = re.compile(f"(?=({_alternation(trie)}))")
        return self._finder


def _alternation(node: dict) -> str:
    """A trie as a regular expression that matches its longest word first."""
    branches = [re.escape(c) + _alternation(child) for c, child in node.items() if c] + ([""] if "" in node else [])
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_LEXICON = _Lexicon()
_last: list = [None, (False, False, False, set(), set())]   # the text asked about last, how it reads: gates share it


def words_ready() -> None:
    """The words of the gates made so far ready to be found (`_Lexicon.compile`)."""
    _LEXICON.compile()


#: The characters IGNORECASE matches to an ASCII letter whose lower case is not that letter (checked by
#: tests/test_extract_prefilter.py against every character).
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f]")   # 'İ', 'ı', 'ſ'


def _read(text: str) -> tuple[bool, bool, bool, set[str], set[str]]:
    """(ASCII?, can words be told ignoring case?, can words as written be told?, lower-case words, words
    as written) of ``text``. 'Σ' lowers by its context ("ΟΔΟΣ" -> "οδος"), so a text that has one is not
    read; ignoring case, 'İ' and 'ı' match 'i' and 'ſ' matches 's' but lower to something else, so a
    text that has one is not read for the words of a pattern that ignores case."""
    if text != _last[0]:   # the same sentence, sliced anew by another finder, is read once
        ascii_text = text.isascii()
        as_written = ascii_text or "Σ" not in text
        caseless = ascii_text or (as_written and not _CASE_TRAPS.search(text))
        _last[0], _last[1] = text, (ascii_text, caseless, as_written,
                                    *(_LEXICON.found(text, text.lower()) if as_written else (set(), set())))
    return _last[1]


def _lowered(clauses: list[set[str]]) -> list[set[str]]:
    return [{w.lower() for w in c} for c in clauses if all(w.isascii() for w in c)]


_SHORT_WORD = 3   # a gate's set with a shorter word in it is dropped (`Gate`)


def _long_only(clauses) -> list:
    """The sets whose words are all of three characters or more; else of two or more ("19", "20"); else none."""
    for shortest in (_SHORT_WORD, 2):
        kept = [c for c in clauses if min(map(len, c), default=shortest) >= shortest]   # an empty set: nothing can match
        if kept:
            return kept
    return []
_SHORTEST, _CLAUSES = 3, 3   # an alternative's test: its three most selective sets of words of 3 letters or more


def _alternatives(parsed, ignore_case: bool) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """The clauses of each alternative of a pattern that is one alternation ("(?:A)|(?:B)|…", which the
    parser may write "\\b(?:A|B)"), the most selective first; None if any alternative needs no word."""
    items = list(parsed or ())
    at = [i for i, (op, _) in enumerate(items) if op is BRANCH]
    if len(at) != 1:
        return None
    before, after = items[:at[0]], items[at[0] + 1:]
    found = []
    for branch in items[at[0]][1][1]:
        clauses = _required(before + list(branch) + after)
        clauses = _lowered(clauses) if ignore_case else clauses
        clauses = [c for c in clauses if min(map(len, c)) >= _SHORTEST]   # "a", "to": in every sentence
        if not clauses:
            return None
        found.append(tuple(frozenset(c) for c in sorted(clauses, key=lambda c: -min(map(len, c)))[:_CLAUSES]))
    return tuple(found)


def _required(parsed) -> list[set[str]]:
    """Sets of strings: every match of the parsed sequence contains one string of each. Neighbours that
    match only a few strings each are read as one ("[Ii]n (?:its|the) ": "In its ", "in the ", …)."""
    clauses, run = [], {""}
    for op, arg in list(parsed) + [(None, None)]:
        if op is AT:
            continue   # takes no text: what comes before and after it are neighbours
        strings = _strings([(op, arg)])
        if strings is not None and len(run) * len(strings) <= _MOST:
            run = {r + s for r in run for s in strings}
            continue
        if "" not in run:
            clauses.append(run)
        run = strings if strings is not None else {""}
        if op is SUBPATTERN:
            clauses += _required(arg[-1])
        elif op is BRANCH:
            branches = [_best(_required(branch)) for branch in arg[1]]
            if all(branches):
                clauses.append(set().union(*branches))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            clauses += _required(arg[2])
    return clauses


def _best(clauses) -> set[str] | None:
    best = None
    for clause in clauses:
        best = _better(best, clause)
    return best


_MOST = 64   # strings a run may stand for


def _strings(parsed) -> set[str] | None:
    """Every string the parsed sequence matches, if they are few; else None."""
    found = {""}
    for op, arg in parsed:
        if op is LITERAL:
            pieces = {chr(arg)}
        elif op is IN and all(kind is LITERAL for kind, _ in arg):
            pieces = {chr(c) for _, c in arg}
        elif op is SUBPATTERN:
            pieces = _strings(arg[-1])
        elif op is BRANCH:
            branches = [_strings(branch) for branch in arg[1]]
            pieces = set().union(*branches) if all(b is not None for b in branches) else None
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[:2] == (0, 1):
            pieces = _strings(arg[2])
            pieces = pieces | {""} if pieces is not None else None
        elif op is AT:
            pieces = {""}
        else:
            pieces = None
        if pieces is None or len(found) * len(pieces) > _MOST:
            return None
        found = {f + p for f in found for p in pieces}
    return found


def _toggles_case(parsed) -> bool:
    for op, arg in parsed or ():
        if op is SUBPATTERN:
            if (arg[1] | arg[2]) & re.IGNORECASE or _toggles_case(arg[-1]):
                return True
        elif op is BRANCH:
            if any(_toggles_case(branch) for branch in arg[1]):
                return True
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            if _toggles_case(arg[2]):
                return True
        elif op in (ASSERT, ASSERT_NOT):
            if _toggles_case(arg[1]):
                return True
    return False


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two sets: the one whose shortest string is longer."""
    if not b:
        return a
    if not a:
        return b
    return a if min(map(len, a)) >= min(map(len, b)) else b
