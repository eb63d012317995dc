"""Sentences of an article's body, with their offsets into the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sources import Article

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "pres", "st", "jan", "feb",
    "aug", "sept", "sep", "oct", "nov", "dec", "no", "inc", "co", "corp", "ltd", "vs", "etc", "jr",
    "sr", "prof", "maj", "capt", "adm", "amb", "u.s", "u.k", "u.n", "d.c", "e.u", "a.m", "p.m",
    "u.s.a", "d.r.c", "u.a.e", "mt", "ft", "approx", "dept", "est", "fig", "sgt", "cmdr", "rev", "md",
    "ma", "mohd",   # "Ma. Theresa Lazaro", "Mohd. Hasan"
    "sens", "reps",
}
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9¿¡])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int   # index of the body paragraph it belongs to


def sentences(article: Article) -> list[Sentence]:
    found = []
    for index, (start, end) in enumerate(article.body):
        found.extend(split(article.text, start, end, index))
    return found


def split(text: str, start: int, end: int, paragraph: int = 0) -> list[Sentence]:
    """Split text[start:end] at sentence ends, keeping abbreviations and initials whole."""
    pieces, begin = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, begin, m.start()):
            continue
        stop = m.end() - len(m.group()) + len(m.group().rstrip())
        pieces.extend(_bounded(text, begin, stop, paragraph))
        begin = m.end()
    if begin < end:
        pieces.extend(_bounded(text, begin, end, paragraph))
    return pieces


#: No sentence of news runs this long (the samples' longest has 639 characters); a longer run without a
#: sentence end is a page's list of tags or links, or text that lost its punctuation.
LONGEST_SENTENCE = 2000
_CUTS = ("; ", ": ", ", ", " ")


def _bounded(text: str, begin: int, end: int, paragraph: int) -> list[Sentence]:
    """text[begin:end] as one sentence; if longer than LONGEST_SENTENCE, as pieces of at most that length,
    each cut after its last semicolon, else colon, else comma in its second half, else at its last space
    (the extractor's work on a sentence grows faster than its length)."""
    pieces = []
    while end - begin > LONGEST_SENTENCE:
        limit = begin + LONGEST_SENTENCE
        for cut in _CUTS:
            at = text.rfind(cut, begin + (LONGEST_SENTENCE // 2 if cut != " " else 1), limit)
            if at >= 0:
                stop, after = at + len(cut) - 1, at + len(cut)
                break
        else:
            stop = after = limit
        pieces.append(Sentence(begin, stop, text[begin:stop], paragraph))
        begin = after
    pieces.append(Sentence(begin, end, text[begin:end], paragraph))
    return pieces


def _is_abbreviation(text: str, begin: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    if _ITEM_NUMBER.fullmatch(text, begin, dot + 1) or _ITEM_NUMBER_AFTER.search(text, begin, dot + 1):
        return True   # "1. Agreement on …", "…; 2. Memorandum on …": the number of a list's item, not a sentence
    word = _last_word(text, begin, dot)
    if not word:
        return False
    token = word.lower()
    if word == "X" and _ON_PLATFORM.search(text, max(begin, dot - 12), dot - 1):
        return False   # "the ministry said on X. Oli had held talks …": the platform, not an initial
    if token == "no":   # "Report No. 14" abbreviates a number; "Both countries said no. When …" ends a sentence
        return text[dot + 1:dot + 3].lstrip()[:1].isdigit()
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) \
        or bool(_INITIALS.fullmatch(word)) \
        or bool(_PARTY_STATE.search(text, max(begin, dot - len(word) - 3), dot - len(word)))
    # "P.V. Narasimha Rao", "K.P. Sharma Oli"; "John McCain, R-Ariz., and …": a U.S. legislator's party and state


def _last_word(text: str, begin: int, dot: int) -> str:
    """What ``re.search(r"[\\w.]+$", text[begin:dot])`` finds (before a last newline too), read backwards
    from ``dot``: the search tries every position of the sentence so far. ``\\w`` is `str.isalnum` or "_"."""
    stop = dot - 1 if dot > begin and text[dot - 1] == "\n" else dot
    at = stop
    while at > begin and (text[at - 1].isalnum() or text[at - 1] in "._"):
        at -= 1
    return text[at:stop]


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")
_ITEM_NUMBER = re.compile(r"\(?\d{1,2}\.")
_ITEM_NUMBER_AFTER = re.compile(r"[;:]\s+\(?\d{1,2}\.$")
_ON_PLATFORM = re.compile(r"\b(?:on|platform)\s+$")
_PARTY_STATE = re.compile(r"(?<![\w-])[RDI]-$")
