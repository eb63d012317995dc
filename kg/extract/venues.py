"""Where a meeting took place when the sentence does not say "in Rabat": the capital a demonym names
("in the Turkish capital"), the place a description ends with ("in the border village of Panmunjom"),
and the destination of a trip ("flew to Doha to meet", "visited the White House", "stop in Warsaw")."""

from __future__ import annotations

import re

from .actors import Mention
from .gazetteer import Agent, Gazetteer
from .records import Evidence

_DEMONYM_CAPITAL = re.compile(r"\b(?:in|at|to)\s+the\s+(?P<demonym>[A-Z][\w-]+)\s+capital\b")
_TRIP_END = re.compile(r"\b(?:to|in|visited)\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_DESCRIBED = re.compile(r"\b(?:in|at)\s+the\s+(?:[a-z-]+\s+){1,4}of\s+(?P<place>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})")


def demonym_capital(text: str, gaz: Gazetteer) -> tuple[str | None, Agent | None]:
    """'met in the Turkish capital': Ankara."""
    m = _DEMONYM_CAPITAL.search(text)
    state = gaz.demonym_state(m["demonym"]) if m else None
    if not state or not state.capitals:
        return None, None
    return state.capitals[0], state.agent


#: What a place named as a description continues with: "the Black Sea resort of Sochi", "the Russian city of
#: Kazan" (after "Black Sea", "Russian").
_DESCRIPTION_OF = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:city|resort|town|port|village|capital|province|region|island|"
                             r"enclave|district|oasis|spa|hamlet|border\s+town|seaside\s+town)\s+of\s+"
                             r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


def description_of(text: str, at: int) -> str | None:
    """The place a description that opens at ``at`` ends with: "… resort of Sochi" after "the Black Sea"."""
    m = _DESCRIPTION_OF.match(text, at)
    return m["place"] if m else None


def described(text: str) -> str | None:
    """'at talks in the border truce village of Panmunjom': Panmunjom."""
    m = _DESCRIBED.search(text)
    return m["place"] if m else None


def destination(evidence: Evidence, mentions: list[Mention], start: int, end: int) -> tuple[str | None, Agent | None]:
    """The capital, state or seat of government a trip at evidence.text[start:end] went to ("visited
    Rabat", "flew to Doha to meet", "visited the White House")."""
    for m in mentions:
        at = m.start - evidence.start
        if not start < at <= end + 6:
            continue
        surface = re.sub(r"^[Tt]he\s+", "", evidence.text[at:m.end - evidence.start])
        if m.agent.kind == "state" and m.how in ("capital", "name"):
            return surface, m.agent
        if m.agent.kind == "org" and m.agent.org_class == "GovernmentBody" and m.agent.country and m.how == "body":
            return surface, None
    named = _TRIP_END.search(evidence.text, start, end + 6)   # a city the gazetteer leaves alone ("Santiago")
    return (named["place"], None) if named else (None, None)
