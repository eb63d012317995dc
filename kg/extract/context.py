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

    def __init__(self, leaders: dict[str, Agent] | None = None):
        self.groups: list[list[Agent]] = []
        self.people: dict[str, Agent] = dict(leaders or {})
        self.event_date: str | None = None   # of the meeting reported last
        self._pattern: re.Pattern | None = None

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
            self.people[name] = record.affiliation
            surname = name.split()[-1]
            if len(surname) > 3:
                self.people[surname] = record.affiliation
            self._pattern = None

    def person_mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """States acting through people named earlier in the article."""
        if not self.people:
            return []
        if self._pattern is None:
            names = sorted(self.people, key=len, reverse=True)
            self._pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        return [Mention(self.people[m.group()], m.start(), m.end(), "person")
                for m in self._pattern.finditer(text, start, end)]
