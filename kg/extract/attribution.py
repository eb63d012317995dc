"""Whom a sentence is attributed to: "Milenio reported", "according to The Diplomat",
"the Foreign Ministry told the press", "X's statement said"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..iris import slug
from .actors import NAME_TOKEN, ActorFinder, Mention, patterns
from .gazetteer import Agent
from .prefilter import Gate


@dataclass(frozen=True)
class Attribution:
    source: Agent
    start: int     # the span of the attribution clause, to keep it out of parties
    end: int
    others: tuple[Agent, ...] = ()   # "a joint statement issued by X and Y": Y

    @property
    def sources(self) -> tuple[Agent, ...]:
        return (self.source,) + self.others


class AttributionFinder:
    def __init__(self, actors: ActorFinder):
        p = patterns()["attribution"]
        verbs = p["verbs"]
        self.actors = actors
        self.trailing = re.compile(rf"[,”\"’]\s*(?P<src>[^,“”\"]{{2,90}}?)(?:[’']s\s+\w+)?\s+{verbs}\b"
                                   rf"[^,;“”\"]{{0,160}}[.!?]?[”\"]?$")
        self.trailing_clause = re.compile(rf"[,”\"’]\s*(?P<src>[^,“”\"]{{2,90}}?)(?:[’']s\s+\w+)?\s+{verbs}\b"
                                          rf"[^,;“”\"]{{0,80}},\s+[a-z][^“”\"]*[.!?]?[”\"]?$")
        self.issued_by = re.compile(r"\b(?:statement|communiqu[eé]|declaration|readout)\s+(?:issued|released|published|"
                                    r"carried)\s+by\s+(?P<src>[^;“”\"]{2,160})")
        self.leading = re.compile(rf"^(?:[A-Z][^,]{{0,30}},\s+)?(?P<src>[^,“”\"]{{2,90}}?(?:[’']s\s+\w+)?"
                                  rf"(?:,\s+[^“”\"]{{1,140}}?,)?)\s+{verbs}\b")
        self.participle = re.compile(r"\bwith\s+(?P<src>[^,“”\"]{2,90}?)\s+(?:saying|adding|noting|arguing|insisting|"
                                     r"telling|warning|stating)\b")
        self.statement = re.compile(r"^(?:[A-Z][^,]{0,30},\s+)?(?P<src>[^,“”\"]{2,90}?)\s+(?:[a-z]+\s+){0,3}"
                                    r"(?:with|in|issued|released)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
                                    r"(?:statement|communiqu[eé]|press release)")
        self.according = re.compile(rf"\b{p['according_to']}(?P<src>(?:the\s+)?[^,.;“”\"]{{2,90}})")
        self.capitalised = re.compile(rf"(?:The\s+)?{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|de|del|of|al)){{0,5}}$")
        self.patterns = [(p, Gate(p)) for p in (self.according, self.issued_by, self.trailing, self.trailing_clause,
                                                self.leading, self.participle, self.statement)]   # in this order
        self.any = Gate.union([gate for _, gate in self.patterns])

    def find(self, text: str, start: int, end: int, mentions: list[Mention]) -> Attribution | None:
        sentence = text[start:end]
        if not self.any.may_match(sentence):
            return None
        for pattern, gate in self.patterns:
            for m in pattern.finditer(sentence) if gate.may_match(sentence) else ():
                source = self._resolve(m["src"], start + m.start("src"), mentions, m.group())
                if source and pattern is self.issued_by:
                    issuers = _orgs_in(mentions, start + m.start("src"), start + m.end("src")) or [source]
                    return Attribution(issuers[0], start + m.start(), start + m.end(), tuple(issuers[1:]))
                if source:
                    return Attribution(source, start + m.start(), start + m.end())
        return None

    def _resolve(self, phrase: str, at: int, mentions: list[Mention], clause: str) -> Agent | None:
        inside = [m for m in mentions if at <= m.start < at + len(phrase) and m.how != "in-body"]
        orgs = [m for m in inside if m.agent.kind == "org"]
        head = _POSSESSED.search(phrase)
        if head and _organization_word(head["head"]) and \
                not any(m.start <= at + head.start("head") < m.end for m in orgs):
            return Agent("org", slug(head["head"]), head["head"], None, _organization_word(head["head"]))
        if orgs:
            return orgs[-1].agent
        name = _clean(phrase)
        if not name or not self.capitalised.fullmatch(name):
            return None
        kind = _organization_word(name)
        if kind:
            return Agent("org", slug(name), name, None, kind)
        if inside:
            return None
        if self.actors.is_person_name(name):
            return Agent("person", slug(name), name)
        if re.search(r"\breport(?:ed|s)?\b", clause) and len(name.split()) <= 5 and name.split()[0] != "It":
            return Agent("org", slug(name), name, None, "NewsOrganization")
        if re.search(r"\bstatement\b", clause) and len(name.split()) <= 4 and name.split()[0] not in ("It", "The"):
            return Agent("org", slug(name), name, None, "Organization")
        return None


def _orgs_in(mentions: list[Mention], start: int, end: int) -> list[Agent]:
    found = [m.agent for m in mentions if start <= m.start < end and m.agent.kind == "org" and m.how != "in-body"]
    return list({a.key: a for a in found}.values())


_POSSESSED = re.compile(r"[’']s\s+(?P<head>(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)$")
_ORGANIZATION_WORDS = [
    ("NewsAgency", r"\b(?:News Agency|Press Agency|Press Service|Agency)$"),
    ("NewsOrganization", r"\b(?:News|Times|Post|Daily|Herald|Journal|Tribune|Gazette|Television|TV|Radio|Noticias|Press)$"),
    ("GovernmentBody", r"\b(?:Ministry|Office|Department|Presidency|Council|Commission|Parliament|Senate)\b"),
    ("NonGovernmentalOrganization", r"\b(?:Institute|Foundation|Centre|Center|Watch|Group)$"),
    ("Organization", r"\b(?:Chamber|Association|Federation|Union|Committee|Authority|Board|Bank|Company|"
                     r"Corporation|Council|Alliance|Forum)$"),
]


def _organization_word(name: str) -> str | None:
    """An organization's class when its name says what it is ("Saudi Press Agency")."""
    return next((kind for kind, rx in _ORGANIZATION_WORDS if re.search(rx, name)), None)


def _clean(phrase: str) -> str:
    phrase = re.sub(r",.*$", "", phrase.strip())
    phrase = re.sub(r"^(?:and|but|as|while|which|that)\s+", "", phrase)
    return re.sub(r"^(?:[a-z][\w-]*\s+)+", "", phrase).strip()
