"""What a reader remembers from earlier sentences: which states "the two countries" are,
and which state a person named before acts for ("Kishida" after "Japanese Prime Minister Fumio Kishida")."""

from __future__ import annotations

import re
from collections import Counter

from .actors import Mention
from .gazetteer import Agent
from .records import PersonRecord

_COUNTS = {"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4, "five": 5}


class Context:
    """One per article. ``leaders`` (name -> state) are heads of state and government and foreign
    ministers from ``kg/data/leaders.tsv``; people the article itself introduces take precedence."""

    def __init__(self, leaders: "Names | None" = None):
        self.groups: list[list[Agent]] = []
        self.leaders = leaders or Names({})
        self.people = Names({})              # introduced by this article; they come first
        self.event_date: str | None = None   # of the meeting reported last

    def remember(self, states: list[Agent]) -> None:
        if len(states) >= 2:
            self.groups.append(list(states))

    def recall(self, reference: str | None = None) -> list[Agent]:
        """The latest group of states, of the size the reference names when it names one."""
        if not self.groups:
            return []
        words = re.findall(r"[a-z]+", (reference or "").lower())
        size = next((_COUNTS[w] for w in words if w in _COUNTS), None)
        recent = [g for g in self.groups if size is None or len(g) == size][-6:] or self.groups[-6:]
        counts = Counter(frozenset(a.key for a in g) for g in recent)
        best = max(counts.values())
        return next(g for g in reversed(recent) if counts[frozenset(a.key for a in g)] == best)

    def learn(self, people: list[PersonRecord]) -> None:
        for record in people:
            if record.affiliation is None or record.affiliation.kind != "state":
                continue
            name = record.person.label
            surname = name.split()[-1]
            self.people = self.people.with_names({name: record.affiliation} |
                                                 ({surname: record.affiliation} if len(surname) > 3 else {}))

    def person_mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """States acting through people: those the article introduced, then known leaders."""
        found = self.people.find(text, start, end)
        return found + [m for m in self.leaders.find(text, start, end)
                        if not any(f.start < m.end and m.start < f.end for f in found)]


class Names:
    """Person names -> the state each acts for, found in text with one compiled pattern."""

    def __init__(self, names: dict[str, Agent]):
        self.names = names
        ordered = sorted(names, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])") \
            if names else None

    def with_names(self, more: dict[str, Agent]) -> "Names":
        return Names({**self.names, **more})

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        if self.pattern is None:
            return []
        return [Mention(self.names[m.group()], m.start(), m.end(), "person")
                for m in self.pattern.finditer(text, start, end)]
