"""What is left of an article whose graph fails a shape: the article without the sentences at fault.

A violation on a claim, on its quote, or on what a claim is about (an agreement with one party left,
a meeting dated after the article) is the fault of the sentences those claims quote. The article is
published without every record drawn from them (`kg.pipeline.Stages` maps and validates again); a
violation on the article node itself, or on a node no sentence can be blamed for, leaves nothing to
salvage: the article is refused whole, as before.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from .extract.records import Extraction
from .terms import Triple
from .validate import Violation
from .vocab import IRN

ABOUT, EVIDENCE, START = (IRN.about.toPython(), IRN.evidence.toPython(), IRN.start.toPython())


def faulty_sentences(violations: list[Violation], triples: list[Triple], article: str) -> set[int] | None:
    """The start offsets of the sentences to blame for ``violations``, or None when one of them
    cannot be blamed on a sentence (``article``, the article node's IRI, fails, or a node no claim
    quotes or is about)."""
    quote_of, start_of, claims_about, linked_from = _index(triples)
    starts: set[int] = set()
    for focus in {v.focus for v in violations}:
        if focus == article:
            return None
        claims = {focus} if focus in quote_of else set(claims_about.get(focus, ()))
        for holder in linked_from.get(focus, ()):   # a place or an agent through the node that holds it
            claims |= claims_about.get(holder, set())
        found = {start_of[quote_of[c]] for c in claims if quote_of.get(c) in start_of}
        if focus in start_of:                          # the quote itself
            found.add(start_of[focus])
        if not found:
            return None
        starts |= found
    return starts


def _index(triples: list[Triple]):
    quote_of: dict[str, str] = {}
    start_of: dict[str, int] = {}
    claims_about: dict[str, set[str]] = defaultdict(set)
    linked_from: dict[str, set[str]] = defaultdict(set)
    for s, p, o in triples:
        predicate = p.value
        if predicate == EVIDENCE:
            quote_of[s.value] = o.value
        elif predicate == START:
            start_of[s.value] = int(o.value)
        elif predicate == ABOUT:
            claims_about[o.value].add(s.value)
        elif hasattr(o, "value") and not hasattr(o, "datatype"):   # a node linking to a node
            linked_from[o.value].add(s.value)
    return quote_of, start_of, claims_about, linked_from


def without_sentences(extraction: Extraction, starts: set[int], statements: bool = False) -> Extraction:
    """``extraction`` without the agreements, meetings, reports and people drawn from the sentences at
    ``starts``; with ``statements``, without their attributions too (a sentence attributed to a source
    keeps a claim of its own, with no event, unless that claim is at fault as well)."""
    def kept(records):
        return [r for r in records if r.evidence is None or r.evidence.start not in starts]
    return dataclasses.replace(extraction, agreements=kept(extraction.agreements),
                               meetings=kept(extraction.meetings), reports=kept(extraction.reports),
                               people=kept(extraction.people),
                               statements=kept(extraction.statements) if statements else extraction.statements)
