"""Instruments told by the year they were made: "the 1961 treaty … between Pyongyang and the Soviet Union",
"a 2019 agreement with India", "their 2014 defence cooperation treaty with France", "the 1960 security
treaty between the two countries". News mentions them in passing, as background; each is an agreement
signed that year (that month, "the March 2016 deal"), between the states its own phrase names: after
'between', or its owner and the states after 'with'. One named with capitals whose phrase names fewer than two
states ("the 1972 Simla Agreement") is of the states its name holds ("the 1890 Anglo-German Agreement"), else of
the article's two states if the sentence names no other; one whose name says many states are party to it (a
convention, a U.N. instrument), or one named in lower case with fewer than two states ("the 2015 nuclear deal"),
is left alone: the phrase does not say who.
"""

from __future__ import annotations

import datetime as dt
import re

from .actors import Mention
from .attribution import Attribution
from .context import Context
from .events import EventRules, _distinct, _eligible, _in_with_chain, between
from .gazetteer import Agent
from .parties import subject_states
from .prefilter import Gate
from .records import AgreementRecord, Evidence

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
#: Where the instrument's own phrase ends: the next clause, or far enough.
_PHRASE_END = re.compile(r"[;:(]|\.(?:\s|$)|,\s+(?:which|who|when|where|while|but|after|before|under|as|and\s+(?:the|a|an|its|their)\b)|"
                         r"\s+(?:which|that|under\s+which|whereby)\s")
_REACH = 120   # characters after the instrument's noun where its parties may be named
_WITH = re.compile(r"\s+(?:(?:on|for|over|covering|of)\s+[^,;]{1,60}?\s+)?with\s+")
_BETWEEN_THEM = re.compile(r"\s+(?:[^,;]{0,60}?\s+)?between\s+(?P<ref>(?:the|its|their)\s+two\s+(?:countries|nations|"
                           r"governments|states|sides|neighbou?rs|allies|rivals)|both\s+(?:countries|sides|governments))\b")
#: An instrument joined to the one before it: "…, and a 1959 agreement with Sudan".
_JOINED = re.compile(r"(?:,|\band)\s+$")
_UNDER = re.compile(r"\b(?:in|under|by|through|via)\s+$")
#: Names of instruments many states are party to: the article's two states are not its parties.
_MANY_PARTIES = re.compile(r"\b(?:U\.?N\.?|United\s+Nations|International|Convention|Conventions|Charter|Geneva|Vienna|Paris|"
                           r"Non-?[Pp]roliferation|Kyoto|Rome|Law\s+of\s+the\s+Sea|Budapest|Minsk|Oslo|Helsinki|Global|Pacific|"
                           r"Atlantic|European|Arms\s+Trade|Chemical|Biological|Ottawa|Montreux|Schengen|Lisbon|Maastricht|"
                           r"Multilateral|Regional|Framework\s+Convention|Universal)\b")
_NOT_AN_INSTRUMENT = re.compile(r"(?i)\b(?:draft|proposed|planned|possible|potential|new|future|would-be|hoped-for|"
                                r"prospective)\b")


class InstrumentFinder:
    def __init__(self, rules: EventRules):
        self.rules = rules
        nouns = rules.nouns.pattern
        self.dated = re.compile(
            rf"(?<![\w’'-])(?:(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|(?P<owner>[A-Z][\w.-]*)[’']s\s+)"
            rf"(?:(?P<month>{'|'.join(_MONTHS)})\s+)?(?P<year>(?:1[89]|20)\d\d)\s+(?P<words>(?:[\w’'-]+\s+){{0,5}}?)"
            rf"(?P<noun>(?i:{nouns}))(?![\w-])")
        self.gate = Gate(self.dated)

    def find(self, text: str, evidence: Evidence, mentions: list[Mention], attribution: Attribution | None,
             context: Context, published: dt.date | None, told: list[AgreementRecord],
             before: list[AgreementRecord] = ()) -> list[AgreementRecord]:
        """The agreements the sentence ``evidence`` mentions by year, each with the two or more states its
        phrase names (or, for a named one, its name or the article's pair), but those the sentence's other records
        (``told``) already hold: the same states, dated that year ("would not renew its 2012 agreement with Uganda"
        tells a refusal now and a signing then); one read with the article's pair is also not told again when the
        sentence tells its signing, or an earlier sentence (``before``) told it that year."""
        sentence = evidence.text
        if not self.gate.may_match(sentence):
            return []
        found: list[AgreementRecord] = []
        named = [x for x in mentions if _eligible(x, attribution) and x.agent.kind == "state"]
        series = None   # where the first of instruments joined by 'and' begins: their subject is before it
        for m in self.dated.finditer(sentence):
            series = series if series is not None and _JOINED.search(sentence, 0, m.start()) else m.start()
            year = int(m["year"])
            if (published and year > published.year) or _NOT_AN_INSTRUMENT.search(m["words"]):
                continue
            parties = self._parties(text, evidence, m, named, attribution, context, series)
            paired = len({p.key for p in parties}) < 2 and m["noun"][0].isupper() \
                and not _MANY_PARTIES.search(m["words"] + m["noun"])
            if paired:
                parties = self._pair(evidence, m, named, context)
            keys = {p.key for p in parties}
            if len(keys) < 2 or any({p.key for p in r.parties} == keys and ((r.date or "")[:4] == m["year"]
                                                                       or paired and r.status == "signed")
                                    for r in told + found) \
                    or paired and any({p.key for p in r.parties} == keys and (r.date or "")[:4] == m["year"] for r in before) \
                    or paired and any(r.status == "signed" and (r.date or "")[:4] == m["year"] for r in told):
                continue   # told already: the same states, that year (or signed, for a name read with the article's pair;
                # or its signing that year, by those the sentence names: "…, signed in Nairobi by Khartoum and the SPLM")
            date = f"{year}-{_MONTHS.index(m['month']) + 1:02d}" if m["month"] else str(year)
            found.append(AgreementRecord(tuple(parties), "signed", self.rules.topic(sentence, m.start("noun")),
                                         date, evidence, attribution.source if attribution else None))
        return found

    @staticmethod
    def _pair(evidence: Evidence, m: re.Match, named: list[Mention], context: Context) -> list[Agent]:
        """A named instrument whose phrase does not say who made it ("the 1972 Simla Agreement"): the states
        its name holds ("the 1890 Anglo-German Agreement"), else the two states the article is about, if the
        sentence (its states: ``named``) names no other."""
        inside = _distinct([x.agent for x in named if evidence.start + m.start() <= x.start < evidence.start + m.end()])
        if len(inside) >= 2:
            return inside
        pair = context.recall("the two countries", [x.agent for x in named])
        keys = {a.key for a in pair}
        return pair if len(keys) == 2 and {x.agent.key for x in named} <= keys else []

    def _parties(self, text: str, evidence: Evidence, m: re.Match, named: list[Mention],
                 attribution: Attribution | None, context: Context, series: int) -> list[Agent]:
        """The states the instrument's own phrase names, of the sentence's states ``named``."""
        sentence, start = evidence.text, evidence.start
        stop = _PHRASE_END.search(sentence, m.end())
        end = min(stop.start() if stop else len(sentence), m.end() + _REACH)
        pair = between(text, start + m.end(), start + end, named, self.rules)
        if len(pair) >= 2:
            return pair
        them = _BETWEEN_THEM.match(sentence, m.end(), end)
        if them:
            recalled = context.recall(them["ref"])
            return recalled if len(recalled) >= 2 else []
        if not _WITH.match(sentence, m.end(), end):
            if _UNDER.search(sentence, max(0, m.start() - 12), m.start()):   # "Canada and Denmark drew a line … in
                subject = subject_states(text, start, start + m.start(), named, attribution, self.rules)
                return subject if len(subject) >= 2 else []                 # a 1973 treaty": the subject's states
            return []
        others = [x.agent for x in named if start + m.end() < x.start < start + end
                  and _in_with_chain(text, start + m.end(), x, named, word="with")]
        if not others:
            return []
        if m["owner"]:   # "Mali's 2014 treaty with France"
            owner = [x.agent for x in named if x.start == start + m.start("owner")]
        else:   # "Muizzu's government said it would not renew a 2019 agreement with …": the clause's subject ("Cairo
            # invokes a 1929 agreement with Britain, …, and a 1959 agreement with Sudan": the first one's, for both)
            owner = subject_states(text, start, start + series, named, attribution, self.rules)[-1:]
        keys = {o.key for o in others}
        return [*(o for o in owner if o.key not in keys), *_distinct(others)]

