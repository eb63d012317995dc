"""Words a regular expression cannot match without: a cheap test that skips it on most sentences.

`Gate(pattern)` reads the compiled pattern (Python's own parser, ``re._parser``) and finds, for each
alternative, a literal string every match of it contains; a text holding none of them cannot match.
The test is exact: it is only trusted on ASCII text (where IGNORECASE is plain ASCII case), and a
pattern it cannot read gets no gate (`may_match` is then always True).
"""

from __future__ import annotations

import re

try:
    from re import _parser as sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)
except ImportError:  # another Python: no gates, same results
    sre_parse = None


class Gate:
    def __init__(self, pattern: re.Pattern | None = None, words: set[str] | None = None, ignore_case: bool = False):
        if pattern is not None:
            parsed = sre_parse.parse(pattern.pattern, pattern.flags) if sre_parse else None
            words = _required(parsed) if parsed else None
            # a (?i:...) anywhere: compare ignoring case throughout (looser, still never wrong)
            ignore_case = bool(pattern.flags & re.IGNORECASE) or _toggles_case(parsed)
        if words and ignore_case and not all(w.isascii() for w in words):
            words = None   # 'ſ' matches 's' when ignoring case: no gate
        self.words, self.ignore_case = words, ignore_case
        self.lowered = tuple(sorted({w.lower() for w in words})) if words and ignore_case else None

    @classmethod
    def union(cls, gates: list["Gate"]) -> "Gate":
        """A gate that opens when any of ``gates`` would."""
        if any(g.words is None for g in gates):
            return cls(words=None)
        return cls(words=set().union(*(g.words for g in gates)), ignore_case=any(g.ignore_case for g in gates))

    def may_match(self, text: str) -> bool:
        """False only if the pattern certainly finds nothing in ``text``."""
        if self.words is None:
            return True
        ascii_text, lowered = _read(text)
        if not ascii_text:
            return True
        if self.lowered is not None:
            return any(word in lowered for word in self.lowered)
        return any(word in text for word in self.words)


_last: list = [None, (False, "")]   # the text asked about last, (ASCII?, lower case): gates share it


def _read(text: str) -> tuple[bool, str]:
    if text is not _last[0]:
        _last[0], _last[1] = text, (text.isascii(), text.lower())
    return _last[1]


def _required(parsed) -> set[str] | None:
    """Strings one of which every match of the parsed sequence contains; None if there are none."""
    best, run = None, []
    for op, arg in list(parsed) + [(None, None)]:
        if op is LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _better(best, {"".join(run)})
            run = []
        if op is SUBPATTERN:
            best = _better(best, _required(arg[-1]))
        elif op is BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            if all(branches):
                best = _better(best, set().union(*branches))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            best = _better(best, _required(arg[2]))
        elif op is IN and len(arg) == 1 and arg[0][0] is LITERAL:
            best = _better(best, {chr(arg[0][1])})
    return best


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
