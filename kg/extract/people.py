"""People named with a role ("Venezuela's Vice Minister for Asia … Tatiana Pugh"),
in an appositive ("Mauricio Jaramillo, a researcher at …") or as speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..iris import slug
from .actors import NAME_TOKEN, ActorFinder, Mention, patterns
from .gazetteer import Agent
from .records import Evidence, PersonRecord

_FUNCTION = {"for", "of", "to", "on", "the", "and", ","}
_TRAILING = re.compile(r"(?:[\s,.;:]+|\b(?:and|to|of|for|on|the|in|at)\b)+$")
_SPEECH = re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}})\s+(?:said|told|added|says|stated|explained|"
                     rf"noted|argued|warned|wrote|stressed|insisted|commented)\b")


@dataclass
class PeopleFinder:
    actors: ActorFinder

    def __post_init__(self):
        p = patterns()
        self.role = re.compile(rf"\b(?P<role>{p['roles']})\b")
        self.appositive = re.compile(
            rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|{'|'.join(p['particles'])})){{1,4}}),\s+(?P<role>{p['appositive_roles']})"
            rf"(?P<rest>[^,.;“”\"]{{0,160}})")
        self.stop = set(p["name_stop"])
        self.particles = set(p["particles"])

    def find(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        found = self._with_role(text, sentence, mentions)
        found += self._appositives(text, sentence, mentions)
        found += self._speakers(text, sentence)
        return found

    def _with_role(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        found = []
        for m in self.role.finditer(text, sentence.start, sentence.end):
            run_end = self._run_end(text, m.end(), sentence.end)
            run = text[m.end():run_end]
            name, name_at = self._trailing_name(run)
            if not name:
                continue
            role = (m["role"] + run[:name_at]).strip(" ,")
            affiliation = self._affiliation_before(text, m.start(), mentions) or self._affiliation_in(role, mentions, m.end())
            found.append(PersonRecord(self.person(name), role, affiliation, sentence))
        return found

    def _run_end(self, text: str, pos: int, limit: int) -> int:
        """Where the role's complement and the name end: at a lower-case word or a new role."""
        for token in re.finditer(r"[\w’'.-]+|[,;:()“”\"]", text[pos:limit]):
            word = token.group()
            if word in (";", ":", "(", ")", "“", "”", '"'):
                return pos + token.start()
            if word[0].islower() and word not in _FUNCTION and word not in self.particles:
                return pos + token.start()
            if token.start() > 0 and self.role.match(text, pos + token.start()):
                return pos + token.start()
        return limit

    def _trailing_name(self, run: str) -> tuple[str | None, int]:
        """The person's name in a role's run: in the first 'and'-separated part that ends with one
        ("of State Antony Blinken and Homeland Security" -> Antony Blinken)."""
        offset = 0
        for part in re.split(r"(,?\s+and\s+)", run):
            if not re.fullmatch(r",?\s+and\s+", part):
                name, at = self._name_at_end(part)
                if name:
                    return name, offset + at
            offset += len(part)
        return None, 0

    def _name_at_end(self, run: str) -> tuple[str | None, int]:
        run = self._strip_trailing_actors(run)
        tail = []
        for t in reversed(list(re.finditer(r"[^\s,]+", run))):
            word = t.group()
            if not (word[0].isupper() or (word in self.particles and tail)) or run[t.end():t.end() + 1] == ",":
                if tail or not word[0].isupper():
                    break
            tail.insert(0, t)
        while tail and (tail[0].group() in self.stop or tail[0].group() in self.particles
                        or self.actors.gaz.surfaces.get(tail[0].group())):
            tail.pop(0)
        tail = tail[-5:]
        name = " ".join(t.group() for t in tail)
        if not tail or not self.actors.is_person_name(name):
            return None, 0
        return name, tail[0].start()

    def _strip_trailing_actors(self, run: str) -> str:
        """'… Tatiana Pugh, and North Korean' -> '… Tatiana Pugh' (the next person's demonym)."""
        while True:
            trimmed = _TRAILING.sub("", run)
            hits = [m for m in self.actors.gaz.find(trimmed) if not trimmed[m.end:].strip(" ,.;:")]
            if not hits:
                return trimmed
            run = trimmed[:hits[-1].start]

    def _affiliation_before(self, text: str, at: int, mentions: list[Mention]) -> Agent | None:
        for m in mentions:
            if m.agent.kind == "state" and 0 <= at - m.end <= 4 and re.fullmatch(r"(?:[’']s)?\s*", text[m.end:at]):
                return m.agent
        return None

    def _affiliation_in(self, role: str, mentions: list[Mention], role_end: int) -> Agent | None:
        of = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w\s’'-]+)", role)
        if not of:
            return None
        return self.actors.gaz.org_named(of.group(1).strip()) or _state_named(self.actors, of.group(1).strip())

    def _appositives(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        found = []
        for m in self.appositive.finditer(text, sentence.start, sentence.end):
            name = _last_name_run(m["name"])
            if not self.actors.is_person_name(name):
                continue
            role = (m["role"] + m["rest"]).strip()
            role = re.sub(r"^(?:a|an|the)\s+", "", role)
            found.append(PersonRecord(self.person(name), role, self._employer(m["rest"], mentions), sentence))
        return found

    def _employer(self, rest: str, mentions: list[Mention]) -> Agent | None:
        at = re.search(r"\b(?:at|of|with|for)\s+(?:the\s+)?(?P<org>[A-Z][^,.;]*?)(?:\s+in\s+[A-Z][\w\s]*)?$", rest)
        if not at:
            return None
        name = at["org"].strip()
        known = self.actors.gaz.org_named(name) or _state_named(self.actors, name)
        return known or Agent("org", slug(name), name, None, "Organization")

    def _speakers(self, text: str, sentence: Evidence) -> list[PersonRecord]:
        found = []
        for m in _SPEECH.finditer(text, sentence.start, sentence.end):
            name = _last_name_run(m["name"])
            if self.actors.is_person_name(name) and not self.actors.gaz.org_named(name):
                found.append(PersonRecord(self.person(name), None, None, sentence))
        return found

    def person(self, name: str) -> Agent:
        return Agent("person", slug(name), name)


def _last_name_run(name: str) -> str:
    """'Venezuela Ri Sung Gil' -> the tokens after the last known non-name word."""
    tokens = name.split()
    while len(tokens) > 2 and tokens[0] in ("The", "Although", "But", "And", "While", "When", "As", "In", "On"):
        tokens.pop(0)
    return " ".join(tokens)


def _state_named(actors: ActorFinder, name: str) -> Agent | None:
    hit = actors.gaz.surfaces.get(name)
    return hit[0] if hit and hit[0].kind == "state" else None
