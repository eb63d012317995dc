"""Whom a sentence is attributed to: "Milenio reported", "according to The Diplomat",
"the Foreign Ministry told the press", "X's statement said"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..iris import slug
from .actors import NAME_TOKEN, ActorFinder, Mention, patterns
from .gazetteer import Agent


@dataclass(frozen=True)
class Attribution:
    source: Agent
    start: int     # the span of the attribution clause, to keep it out of parties
    end: int


class AttributionFinder:
    def __init__(self, actors: ActorFinder):
        p = patterns()["attribution"]
        verbs = p["verbs"]
        self.actors = actors
        self.trailing = re.compile(rf"[,”\"’]\s*(?P<src>[^,“”\"]{{2,90}}?)(?:[’']s\s+\w+)?\s+{verbs}\b[^,;“”\"]{{0,80}}[.!?]?[”\"]?$")
        self.leading = re.compile(rf"^(?:[A-Z][^,]{{0,30}},\s+)?(?P<src>[^,“”\"]{{2,90}}?)(?:[’']s\s+\w+)?\s+{verbs}\b")
        self.according = re.compile(rf"\b{p['according_to']}(?P<src>(?:the\s+)?[^,.;“”\"]{{2,90}})")
        self.capitalised = re.compile(rf"(?:The\s+)?{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|de|del|of|al)){{0,5}}$")

    def find(self, text: str, start: int, end: int, mentions: list[Mention]) -> Attribution | None:
        sentence = text[start:end]
        for pattern in (self.according, self.trailing, self.leading):
            for m in pattern.finditer(sentence):
                source = self._resolve(m["src"], start + m.start("src"), mentions, m.group())
                if source:
                    return Attribution(source, start + m.start(), start + m.end())
        return None

    def _resolve(self, phrase: str, at: int, mentions: list[Mention], clause: str) -> Agent | None:
        inside = [m for m in mentions if at <= m.start < at + len(phrase) and m.how != "in-body"]
        orgs = [m for m in inside if m.agent.kind == "org"]
        if orgs:
            return orgs[-1].agent
        if inside and all(m.agent.kind == "state" for m in inside):
            return None
        name = _clean(phrase)
        if not name or not self.capitalised.fullmatch(name):
            return None
        if self.actors.is_person_name(name):
            return Agent("person", slug(name), name)
        if re.search(r"\breport(?:ed|s)?\b", clause) and len(name.split()) <= 5 and name.split()[0] != "It":
            return Agent("org", slug(name), name, None, "NewsOrganization")
        return None


def _clean(phrase: str) -> str:
    phrase = re.sub(r"^(?:and|but|as|while|which|that)\s+", "", phrase.strip())
    return re.sub(r"^(?:[a-z][\w-]*\s+)+", "", phrase).strip()
