"""Who the parties of an agreement are when the clause does not name them plainly: the sentence's
subject ("New Delhi sent a diplomat … but did not sign"), the states a reference names earlier in the
same sentence ("after India and Pakistan fought …, the two sides agreed"), the referent of a pronoun
("In August it signed …"), and the state named inside the object ("ratified an agreement that will
let Italy hold migrants")."""

from __future__ import annotations

import re

from .actors import Mention
from .attribution import Attribution
from .events import EventRules, Found, _eligible, _in_appositive
from .gazetteer import Agent

_COUNTS = {"two": 2, "both": 2, "pair": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
#: A word that ends a sentence's subject: a finite verb or an auxiliary (not "nuclear-armed", not "United").
_VERB = re.compile(r"(?<![\w’'-])(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|did|does|do|could|can|may|"
                   r"might|must|shall|should|said|says|sent|told|made|took|left|gave|met|held|won|broke|began|"
                   r"brought|sought|went|came|saw|put|set|kept|got|struck|became|spent|signs|agrees|"
                   r"refuses|rejects|joins|quits|withdrew|drew|chose)(?![\w’'-])")
_PRONOUN = re.compile(r"(?<![\w’'-])(?:(?P<p>[Ii]t|[Hh]e|[Ss]he)|(?P<his>[Hh]is|[Hh]er)\s+(?:government|administration))\s+"
                      r"(?:(?:also|then|later|subsequently|itself|"
                      r"has|had|have|is|was|will|would|[a-z]+ly)\s+)*$")
_AFTER_THAT = re.compile(r"\b(?:that|said|says)\s+(?:(?:on|last|late|early)\s+[A-Z]?[a-z]+\s+)?$")   # "said on Thursday it had …"
_OBJECT_CLAUSE = r"\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?{nouns}\s+(?:that|which|under which)\b[^,;]{{0,140}}"


def size_of(reference: str) -> int | None:
    """How many states "the two sides", "the three countries" names (None for "they", "the leaders")."""
    return next((_COUNTS[w] if w in _COUNTS else int(w) for w in re.findall(r"[a-z]+|\d+", reference.lower())
                 if w in _COUNTS or w.isdigit()), None)


def acting_states(text: str, mentions: list[Mention], attribution: Attribution | None, rules: EventRules,
                  start: int, end: int) -> list[Agent]:
    """The states acting in text[start:end], in order, each once."""
    found: dict[str, Agent] = {}
    for m in mentions:
        if start <= m.start < end and m.agent.kind == "state" and _eligible(m, attribution) and rules.acting(text, m):
            found.setdefault(m.agent.key, m.agent)
    return list(found.values())


def named_before(text: str, sentence_start: int, found: Found, mentions: list[Mention],
                 attribution: Attribution | None, rules: EventRules, recalled: list[Agent] = ()) -> list[Agent]:
    """'…after India and Pakistan fought …, the two sides agreed to a ceasefire': the states a numbered
    reference stands for when the same sentence names that many before it: the pair the reader has in
    mind (``recalled``) if the sentence names it, else the nearest ones."""
    refs = list(rules.party_refs.finditer(text, sentence_start, sentence_start + found.start))
    size = size_of(refs[-1].group()) if refs else None
    their = bool(refs) and refs[-1].group().lower().startswith("their ")
    if not size and not their:
        return []
    at = refs[-1].start()
    before = [m for m in mentions if sentence_start <= m.start < at and not _in_appositive(text, sentence_start, m)]
    states = acting_states(text, before, attribution, rules, sentence_start, at)
    if their:   # "Norway and Russia ended the dispute in 2010, when their foreign ministers signed …"
        return states if len(states) >= 2 else []
    if recalled and len(recalled) == size and {a.key for a in recalled} <= {s.key for s in states}:
        return list(recalled)
    nearest = []
    for m in sorted(before, key=lambda m: -m.start):
        agent = next((s for s in states if s.key == m.agent.key), None)
        if agent and agent not in nearest:
            nearest.append(agent)
    if len(nearest) < size:   # "Benin, Niger's main route to the sea, …, the two countries": an
        named = [m for m in mentions if sentence_start <= m.start < at and m.agent.kind == "state"   # aside names one
                 and m.how in ("name", "capital") and not m.place_only]
        nearest = list({m.agent.key: m.agent for m in named}.values())
        return nearest if len(nearest) == size else []
    return list(reversed(nearest[:size])) if len(nearest) >= size else []


def subject_states(text: str, sentence_start: int, at: int, mentions: list[Mention],
                   attribution: Attribution | None, rules: EventRules) -> list[Agent]:
    """The states of the sentence's subject: named before its first verb (and before ``at``)."""
    verb = _VERB.search(text, sentence_start, at)
    plain = [m for m in mentions if not _in_appositive(text, sentence_start, m)]   # "Nicaragua, an ally of Moscow,"
    return acting_states(text, plain, attribution, rules, sentence_start, verb.start() if verb else at)


def pronoun_subject(sentence: str, at: int) -> str | None:
    """'In August it signed …', 'he left without one', 'his government signed …' (his: the person's state): the
    pronoun that is the trigger's subject."""
    m = _PRONOUN.search(sentence, 0, at)
    if not m or _AFTER_THAT.search(sentence, 0, m.start()):
        return None   # "said it would sign": the sayer, named in the sentence
    return m["p"].lower() if m["p"] else {"his": "he", "her": "she"}[m["his"].lower()]


def in_object(text: str, sentence_start: int, found: Found, mentions: list[Mention],
              attribution: Attribution | None, rules: EventRules) -> list[Agent]:
    """'ratified an agreement that will let Italy hold migrants': the state the object's clause names."""
    m = re.compile(_OBJECT_CLAUSE.format(nouns=rules.nouns.pattern), re.I).match(
        text, sentence_start + found.end)
    if not m:
        return []
    return acting_states(text, mentions, attribution, rules, m.start(), m.end())
