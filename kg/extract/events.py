"""Agreements (parties, status, topic, date) and meetings (participants, place, date)
in one sentence, given the actors and attribution already found in it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Mention, patterns
from .attribution import Attribution
from .dates import DateMention
from .gazetteer import Agent


def _compile(rxs: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{rx})" for rx in rxs), re.I)


@dataclass(frozen=True)
class Found:
    status: str
    start: int
    end: int


class EventRules:
    def __init__(self):
        p = patterns()
        self.status = [(name, _compile(rxs)) for name, rxs in
                       (("denied", p["status"]["denied"]), ("planned", p["status"]["planned"]),
                        ("signed", p["status"]["signed"]), ("agreed", p["status"]["agreed"]))]
        self.not_agreement = _compile(p["not_agreement"])
        self.nouns = re.compile(rf"\b{p['agreement_nouns']}\b")
        self.party_refs = re.compile(p["party_refs"], re.I)
        m = p["meeting"]
        self.meeting = _compile(m["held"])
        self.announced = _compile(m["announced"])
        self.background = _compile(m["background"])
        self.place = re.compile(m["place"])

    def agreement_status(self, sentence: str) -> Found | None:
        for name, rx in self.status:
            m = rx.search(sentence)
            if m and (name != "signed" or self.nouns.search(sentence)):
                return Found(name, m.start(), m.end())
        return None

    def topic(self, sentence: str, trigger_end: int) -> str:
        rest = sentence[trigger_end:]
        noun = re.search(rf"^(?:\s+(?:a|an|the|two|three|several|new|their|its))?\s+(?P<mods>(?:[\w-]+\s+){{0,5}}?)"
                         rf"{self.nouns.pattern}(?P<on>\s+(?:on|over|covering|concerning|regarding)\s+[^,.;“”\"]{{3,60}})?", rest)
        if noun:
            topic = (noun["mods"] + (noun["on"] or "")).strip()
        else:
            topic = re.split(r"[,.;“”\"]|\s+(?:in order|so that|because|while|after)\b", rest.strip(), maxsplit=1)[0]
        words = topic.split()[:10]
        return " ".join(words) or "unspecified"


def parties_of(sentence_start: int, trigger: Found, mentions: list[Mention], attribution: Attribution | None,
               text: str) -> list[Agent]:
    """States (and organizations) acting in the sentence: before the trigger, or after 'with'/'between'."""
    subject_end = sentence_start + trigger.start
    chosen = []
    for m in mentions:
        if not _eligible(m, attribution):
            continue
        if m.start < subject_end or _after_with(text, sentence_start + trigger.end, m.start):
            chosen.append(m.agent)
    return _distinct(chosen)


def actors_in(mentions: list[Mention], attribution: Attribution | None) -> list[Agent]:
    return _distinct(m.agent for m in mentions if _eligible(m, attribution) and m.agent.kind == "state")


def _eligible(m: Mention, attribution: Attribution | None) -> bool:
    if m.place_only or m.how in ("in-body", "outlet"):
        return False
    if m.agent.kind == "person" or (m.agent.kind == "org" and m.agent.org_class in
                                    ("NewsOrganization", "NewsAgency", "NonGovernmentalOrganization")):
        return False
    if attribution and attribution.start <= m.start < attribution.end:
        return False
    return True


def _after_with(text: str, trigger_end: int, at: int) -> bool:
    between = text[trigger_end:at]
    return bool(re.search(r"\b(?:with|between|and)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}$", between)) \
        and "." not in between and len(between) < 120


def _distinct(agents) -> list[Agent]:
    seen, out = set(), []
    for a in agents:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out


def first_date(dates: list[DateMention], attribution: Attribution | None, offset: int) -> str | None:
    for d in dates:
        if attribution and attribution.start <= offset + d.start < attribution.end:
            continue
        return d.value
    return None
