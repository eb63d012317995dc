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
        self.when: list[int] = []            # the sentence each group was read in
        self.sentence = 0
        self.paragraph = 0
        self.salience: Counter[str] = Counter()
        self.singles: list[Agent] = []
        self.leaders = leaders or Names({})
        self.people = Names({})              # introduced by this article; they come first
        self.event_date: str | None = None   # of the meeting reported last
        self.story_date: str | None = None   # the day the news happened, from the opening sentences
        self.sentence_date: str | None = None  # the last date of the sentence read before
        self.last_person: Agent | None = None  # the state of the person named last ("he met …")

    def begin(self, paragraph: int) -> None:
        """A new sentence; a new paragraph puts distance between it and the sentence before."""
        self.sentence += 1 if paragraph == self.paragraph else 2
        self.paragraph = paragraph

    def remember(self, states: list[Agent]) -> None:
        """The states acting together in the sentence being read."""
        if len(states) >= 2:
            self.groups.append(list(states))
            self.when.append(self.sentence)

    def most_salient(self) -> Agent | None:
        if not self.salience:
            return None
        key = self.salience.most_common(1)[0][0]
        return next(a for g in reversed(self.groups + [[a] for a in self.singles]) for a in g if a.key == key)

    def count(self, states: list[Agent]) -> None:
        """How often each state has acted so far: the article's protagonists come first."""
        self.salience.update(a.key for a in states)
        self.singles.extend(states)

    def recall(self, reference: str | None = None, candidates: list[Agent] | None = None) -> list[Agent]:
        """The states "the two countries" or "they" refers to. A group named in the sentence just before
        wins; else, among the recent groups of the size the reference names and the reference's own
        sentence's states, the group of the article's most salient states."""
        words = re.findall(r"[a-z]+", (reference or "").lower())
        size = next((_COUNTS[w] for w in words if w in _COUNTS), None)
        fits = [(g, t) for g, t in zip(self.groups, self.when) if size is None or len(g) == size]
        if fits and fits[-1][1] >= self.sentence - 1 and not (candidates and len(candidates) >= (size or 2)):
            return fits[-1][0]
        options = [g for g, _ in fits[-6:]]
        pool = list({a.key: a for a in (candidates or []) + [a for g in self.groups[-6:] for a in g]}.values())
        if size and len(pool) >= size:
            options.append(sorted(pool, key=lambda a: -self.salience[a.key])[:size])
        if candidates and len(candidates) >= (size or 2):
            options.append(sorted(candidates, key=lambda a: -self.salience[a.key])[:size or len(candidates)])
        if not options:
            return []
        best = max(self._weight(g) for g in options)
        return next(g for g in reversed(options) if self._weight(g) == best)

    def _weight(self, group: list[Agent]) -> tuple[int, int]:
        keys = {a.key for a in group}
        return sum(self.salience[k] for k in keys), sum(1 for g in self.groups if {a.key for a in g} == keys)

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
    """Person names -> the state each acts for, found in text by their first word (a dictionary look-up
    per word: far faster than one alternation of hundreds of names)."""

    def __init__(self, names: dict[str, Agent]):
        self.names = names
        self.by_first: dict[str, list[str]] = {}
        for name in sorted(names, key=len, reverse=True):
            first = _WORD.match(name)
            self.by_first.setdefault(first.group() if first else name, []).append(name)

    def with_names(self, more: dict[str, Agent]) -> "Names":
        return Names({**self.names, **more})

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        """Every name at word boundaries (not inside a hyphenated word), longest first, not overlapping."""
        found, pos, by_first = [], start, self.by_first
        for word in _WORD.finditer(text, start, end):
            at = word.start()
            candidates = by_first.get(word.group())
            if candidates is None or at < pos or (at > 0 and text[at - 1] == "-"):
                continue
            for name in candidates:
                stop = at + len(name)
                if stop <= end and text.startswith(name, at) and not (stop < len(text) and _NAME_CHAR.match(text, stop)):
                    found.append(Mention(self.names[name], at, stop, "person"))
                    pos = stop
                    break
        return found


_WORD = re.compile(r"(?<!\w)[^\W_]+")
_NAME_CHAR = re.compile(r"[\w-]")
