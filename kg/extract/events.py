"""Agreements (parties, status, topic, date) and meetings (participants, place, date)
in one sentence, given the actors and attribution already found in it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .actors import Mention, patterns
from .attribution import Attribution
from .dates import DateMention
from .gazetteer import Agent, governments
from .prefilter import Gate, Selector, Source

STATUS_ORDER = ("denied", "planned", "signed", "agreed")
_CLAUSE = re.compile(r"\b(?:in which|under which|by which|whereby|which|who|after|when|while|because|"
                     r"although|though|whereas|unless|once|but|as(?!\s+(?:a\s+whole|well|such|usual|expected|part\s+of|of)\b)|where|before)\b|\bsince\b(?=\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s)|[;:]|,\s+(?:accusing|blaming|citing|saying|arguing|claiming|alleging|"
                     r"warning|noting|complaining)\b|\bthat\b(?!\s+(?:year|month|week|day|time|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?!\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:[Aa]greements?|"
                     r"[Aa]ccords?|[Dd]eals?|[Tt]reaty|[Dd]eclaration|[Pp]acts?|[Cc]harter|[Pp]rotocol|memorandum|"
                     r"Memorandum|[Cc]ontract)\b)")   # "signed that Declaration of …": a determiner, no clause
_TEMPORAL = re.compile(r"\b(?:when|during)\b")
_COORDINATION = re.compile(r"^(?:[\s,]|[’']s\b|\band\b|\bthe\b|\ban?\b|\bof\b|\bits\b|\btheir\b|\bhis\b|\bher\b|\bboth\b|\bwith\b|\bneighbou?ring\b|"
                           r"\bfellow\b|\bregional\b|\bkey\b|\bclose\b|\blongtime\b|\brival\b|\bally\b|"
                           r"\b(?:negotiators|delegates|envoys|representatives|ministers|officials|delegations)\s+from\b|"
                           r"(?<=\s)from\b)*$")   # "… and ministers from Iceland" ("ministers" already blanked)


def _compile(rxs: list[str], flags=re.I) -> re.Pattern:
    return re.compile("|".join(f"(?:{rx})" for rx in rxs), flags)


class _Alternation:
    """`_compile(rxs)`, searched in a sentence with only the alternatives whose words the sentence holds:
    the same matches (an alternative that matches nowhere takes part in none) from a far smaller pattern."""

    def __init__(self, rxs: list[str], flags=re.I):
        # Gated from their text alone (`prefilter.Source`): compiled only when a sentence holds their words.
        self.gate = Gate(Source("|".join(f"(?:{rx})" for rx in rxs), flags))
        self.flags = flags
        self.rxs = rxs
        self.each = Selector([Gate(Source(f"(?:{rx})", flags)) for rx in rxs])

    def finditer(self, text: str) -> Iterator[re.Match]:
        kept = tuple(self.rxs[i] for i in self.each.open(text)) if self.gate.may_match(text) else ()
        return _compiled(kept, self.flags).finditer(text) if kept else iter(())

    def search(self, text: str) -> re.Match | None:
        kept = tuple(self.rxs[i] for i in self.each.open(text)) if self.gate.may_match(text) else ()
        return _compiled(kept, self.flags).search(text) if kept else None


@lru_cache(maxsize=16384)   # one pattern for each set of alternatives a sentence holds the words of: 2,000 on the samples
def _compiled(rxs: tuple[str, ...], flags) -> re.Pattern:
    pattern = _compile(list(rxs), flags)
    if pattern.groups:
        raise ValueError("alternatives with groups: dropping one would renumber the others'")
    return pattern


@dataclass(frozen=True)
class Found:
    status: str
    start: int
    end: int
    alone: bool = False   # joining or leaving an organisation or a multilateral accord: one state suffices


class EventRules:
    def __init__(self):
        p = patterns()
        self.status = [(name, _Alternation([rf"\b{rx}" for rx in p["status"][name]])) for name in STATUS_ORDER]
        self.membership = _membership(p["membership"])
        self.membership_gate = Gate(words={"join", "accede", "member", "admitted", "signed", "left", "quit", "exit",
                                           "leave", "leaving", "withdr", "walked away", "pulled out", "pull out", "out of", "suspend", "froze",
                                           "freeze", "revok"}, ignore_case=True)
        self.not_agreement = _Alternation(p["not_agreement"])
        self.not_agreement_gate = self.not_agreement.gate
        self.nouns = re.compile(rf"\b{p['agreement_nouns']}\b", re.I)
        #: An instrument opening the sentence as its subject ("The deal, known formally as …, was concluded …").
        self.instrument_opening = re.compile(
            rf"\W*(?:The|This|That|An?|Its|Their)\s+(?P<np>(?:[\w’'-]+\s+){{0,4}}?(?:{p['agreement_nouns']}))\b", re.I)
        #: A passive signing whose subject is the instrument, with the name it is "known as", if told.
        self.instrument_subject = re.compile(
            self.instrument_opening.pattern +
            rf"(?:,\s+(?:(?:known|referred\s+to)\s+(?:formally\s+|officially\s+)?as|called)\s+(?:the\s+)?(?P<name>[^,;]{{3,80}}),)?"
            rf"[^,;]{{0,120}}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
            rf"(?:signed|concluded|initialled|initialed|inked|sealed|agreed|adopted)$", re.I)
        #: "… a joint vision statement" / "… a trilateral declaration signed": the instrument a trigger ends with or
        #: its participle follows (`topic`)
        self.instrument_ending = re.compile(
            rf"\b(?:an?|the|their|its|this|that)\s+(?P<np>(?:[\w-]+\s+){{0,3}}?(?:{self.nouns.pattern}))$", re.I)
        self.instrument_before_participle = re.compile(
            rf"\b(?:an?|the|their|its|this|that)\s+(?P<np>(?:[\w-]+\s+){{0,3}}?(?:{self.nouns.pattern})),?\s+(?:[a-z]+ly\s+)?[a-z]+$",
            re.I)
        self.party_refs = re.compile(p["party_refs"], re.I)
        self.owned_agreement = re.compile(rf"^[’']s\s+(?:[\w-]+\s+){{0,4}}?{p['agreement_nouns']}\b", re.I)
        self.actor_after = re.compile(rf"^(?:[’']s)?(?:,?\s+and\s+(?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*)?\s+(?:(?:[\w-]|\.(?=[\w-]))+\s+){{0,2}}?"
                                      rf"{p['actor_nouns']}\b", re.I)   # "Libya's U.N.-backed government"
        m = p["meeting"]
        self.meeting = _Alternation(m["held"])
        self.meeting_gate = self.meeting.gate
        self.not_held = _Alternation(m["not_held"])
        self.sport = re.compile(m["sport"], re.I)   # a game: teams meet, unless people are named meeting there
        self.not_met = re.compile(m["not_met"], re.I)
        self.not_met_gate = Gate(self.not_met)
        self.visit = re.compile(m["visit"], re.I)
        self.background = _Alternation(m["background"])
        self.place = re.compile(m["place"])
        self.between = re.compile(r"\bbetween\b")
        self.event_reference = re.compile(p["event_reference"], re.I)
        self.mediators = re.compile(p["mediators"], re.I)
        self.mediators_gate = Gate(self.mediators)
        self.observers = re.compile(p["observers"], re.I)
        self._last: tuple[str | None, list[Found]] = (None, [])   # see agreement_triggers

    def clause(self, sentence: str, at: int, end: int) -> str:
        """The clause of the sentence around the trigger at [at, end)."""
        start = _clause_start(sentence, 0, at)
        if re.search(r"\b(?:who|which)\s*$", sentence[:start]):   # "Blinken, who cancelled his trip …, held talks"
            comma = sentence.rfind(",", start, at)
            start = comma + 1 if comma >= 0 else start
        stop = _CLAUSE.search(sentence, end)
        return sentence[start:stop.start() if stop else len(sentence)]

    def mediated(self, text: str, sentence_start: int, sentence_end: int) -> list[tuple[int, int]]:
        """Spans naming mediators ("brokered by China, ..."): never parties or sides."""
        spans = self._spans(self.mediators, text, sentence_start, sentence_end) \
            if self.mediators_gate.may_match(text[sentence_start:sentence_end]) else []   # most sentences name none
        for m in _BROKERING.finditer(text, sentence_start, sentence_end) if _BROKER_WORD.search(text, sentence_start, sentence_end) else ():
            spans.append((_clause_start(text, sentence_start, m.start()), m.start()))
            # "Ankara and the UN also brokered the deal signed by Russia and Ukraine": the subject of the brokering
        return spans

    def observed(self, text: str, sentence_start: int, sentence_end: int) -> list[tuple[int, int]]:
        """Spans naming those who only watch ("with the French envoy in the room", "in the presence of
        the UN chief"): never parties or sides, and no mediators either."""
        if not _ONLOOKING.search(text, sentence_start, sentence_end):
            return []   # most sentences name no onlooker
        return self._spans(self.observers, text, sentence_start, sentence_end)

    @staticmethod
    def _spans(rx: re.Pattern, text: str, sentence_start: int, sentence_end: int) -> list[tuple[int, int]]:
        spans = []
        for m in rx.finditer(text, sentence_start, sentence_end):
            stop = _MEDIATED_END.search(text, m.end(), sentence_end)
            if _OPENING_PHRASE.match(text, sentence_start, m.start()):   # "At talks in Jeddah hosted by Saudi Arabia, …"
                comma = text.find(",", m.end(), sentence_end)
                stop = _FIRST_COMMA.search(text, comma, sentence_end) if comma >= 0 else stop
            hosted = text.find("hosted by", m.start(), m.end())   # the talks themselves, and where, are no mediator
            end = m.end() if _MEDIATOR_BEFORE.search(m.group()) else stop.start() if stop else sentence_end
            spans.append((hosted if hosted >= 0 else m.start(), end))   # "after Swiss mediation": named in the match
        return spans

    def agreement_triggers(self, sentence: str) -> list[Found]:
        """Every status trigger, the stronger families first (denied before planned before signed...).
        Asked again about the same sentence (object), it answers from memory: do not change the list."""
        if sentence is self._last[0]:
            return self._last[1]
        found = []
        has_noun = None   # read when a "signed" trigger asks: most sentences have none
        for name, rx in self.status:
            for m in rx.finditer(sentence):
                if name == "signed" and has_noun is None:
                    has_noun = bool(self.nouns.search(sentence))
                if any(f.start <= m.start() and m.end() <= f.end and f.status != name for f in found):
                    continue   # "has not yet ratified": the ratifying inside a stronger family's words is no trigger
                if name != "signed" or has_noun or m.group().endswith((" it", " peace")) or _RATIFYING.match(m.group()) \
                        or _NAMES_ITS_OBJECT.match(sentence, m.start()):   # "approved the same compromise", "signed a
                    # statement that ended the war": the trigger names the instrument itself
                    found.append(Found(name, m.start(), m.end()))
        if self.membership_gate.may_match(sentence):   # "signed the Artemis Accords": a membership, one state enough
            joined = [Found(name, m.start(), m.end(), True) for name, rx in self.membership for m in rx.finditer(sentence)
                      if not (name == "signed" and _BACKGROUND_JOIN.search(sentence, max(0, m.start() - 60), m.start()))]
            # "since Poland joined NATO in 1999", "until Ukraine joins NATO", "which have never joined the NPT": no joining told
            found = [f for f in found if not any(j.start <= f.start < j.end or f.start <= j.start < f.end
                                                 for j in joined if j.status == f.status)] + joined
        self._last = (sentence, found)
        return found

    def topic(self, sentence: str, trigger_end: int) -> str:
        founded = _FOUNDED_BODY.search(sentence[:trigger_end])
        if founded:   # "The SCO was founded in 2001 by China, …": the body founded, not "in 2001 by China"
            return re.sub(r"^(?:[Tt]he)\s+", "", founded["body"])
        rest = sentence[trigger_end:]
        relations = _RELATIONS_BETWEEN.search(sentence[:trigger_end]) if rest.startswith(" between ") else None
        if relations:   # "Diplomatic relations between A and B were established in 1957": what was established
            return relations.group().strip().lower()
        watched = SIGNERS_THEN_SIGN.match(rest) if sentence[:trigger_end].endswith(WATCHING_VERBS) else None
        rest = rest[watched.end():] if watched else rest   # "witnessed A and B sign a joint declaration": the declaration
        noun = re.search(rf"^(?:\s+(?:a|an|the|two|three|several|new|their|its))?\s+(?P<mods>(?:[\w-]+\s+){{0,5}}?)"
                         rf"(?P<noun>{self.nouns.pattern})(?P<on>\s+(?:on|over|of|for|covering|concerning|regarding|"
                         rf"(?-i:writing\s+off|allowing|creating|setting\s+up|establishing|granting|extending|ending|"
                         rf"opening|cancelling|forgiving|lifting|easing|waiving))\s+[^,.;“”\"]{{3,60}})?", rest, re.I)
        subject = None if noun else self.instrument_subject.match(sentence[:trigger_end])
        named = None if noun or subject else self.instrument_ending.search(sentence[:trigger_end])   # the noun the
        # trigger itself ends with ("adopted a joint vision statement setting out …")
        named = named or (None if noun or subject or not _PLACE_OR_TIME_NEXT.match(rest) else
                          self.instrument_before_participle.search(sentence[:trigger_end]))
        if noun:
            topic = (noun["mods"] + noun["noun"] + (noun["on"] or "")).strip()
        elif subject:   # "The deal, known formally as the Joint Comprehensive Plan of Action, was concluded in Vienna
            topic = subject["name"] or subject["np"]   # … by Iran and …": what was concluded, not where
        elif named:   # "a trilateral declaration signed on November 10 by …": the instrument, not "on November 10"
            topic = named["np"]
        else:
            topic = re.split(r"[,.;“”\"]|\s+(?:in order|so that|because|while|after)\b", rest.strip(), maxsplit=1)[0]
        if not topic.strip():   # "Under a 2006 border agreement, A and B …": the instrument the trigger names
            own = re.search(rf"(?<![\w’'-])(?:(?!(?:under|an?|the|by|through|its|their|his|her|on|in|at|with|without|any|no|"
                            rf"ended|and|of|to)\b)[\w-]+\s+){{0,4}}(?:{self.nouns.pattern})$", sentence[:trigger_end], re.I)
            topic = own.group() if own else ""
        return " ".join(topic.split()[:10]) or "unspecified"

    def acting(self, text: str, m: Mention) -> bool:
        """A state named as an actor: by name, or by a demonym or possessive that qualifies an actor
        ("the Iranian foreign minister", "Venezuela's Vice Minister"), not a thing ("French-designed")."""
        after = text[m.end:m.end + 80]
        if (m.how in ("demonym", "name") and _COMPANY_AFTER.match(after)) or _COMPANY_NAMED.match(after):
            return False   # "Russia's state nuclear corporation Rosatom", "the Czech state-controlled project company": a
            # company is a party of its own kind, never its state
        if m.how == "name" and _ENVOY_FOR.search(text, max(0, m.start - 40), m.start):
            return False   # "the U.S. special representative for Venezuela, Elliott Abrams": what the envoy deals with
        if m.how == "name" and text[m.start:m.end] in governments() and _IN_TIME_OF.search(text, max(0, m.start - 16), m.start):
            return False   # "talks began in 2018 under the Morrison government": a time, no actor
        if m.how == "name" and (_SPORTS_BODY_AFTER.match(after) or _SPORTS_BODY_BEFORE.search(text, max(0, m.start - 12), m.start)):
            return False   # "the Pakistan Cricket Board", "Zimbabwe Cricket", "Cricket Australia": a sports body, no state
        if m.how == "demonym" and re.search(r"\b(?:[Ee]thnic|[Ss]eparatist|[Bb]reakaway|[Rr]ebel)\s+$", text[max(0, m.start - 12):m.start]):
            return False   # "the ethnic Armenian forces in Karabakh": a people or an armed group, not the state
        if m.how == "demonym" and _PEOPLE_OF_REGION.search(text, max(0, m.start - 24), m.start):
            return False   # "the Karabakh Armenian authorities", "Bosnian Serb leaders", "Turkish Cypriot negotiators": a
            # people of a region, not the state their name recalls
        if m.how == "demonym" and (text[m.start - 1:m.start] == "-" or after.startswith("-")) \
                and _PAIRED_INSTRUMENT.match(after):
            return True   # "the Sino-Russian treaty", "the Russian-Chinese border agreement": the pair are its parties
        owner = after[:1] in ("’", "'")   # a possessive after the name
        if owner and m.how in ("person", "name") and _CEREMONY_AFTER.match(after):
            return False   # "met in Chile, on the sidelines of President Michelle Bachelet's inauguration": whose ceremony
            # brought them there, no side
        if owner and m.how in ("name", "capital") and _FEELING_AFTER.match(after) and text.endswith("to ", 0, m.start):
            return False   # "discussed sabotaging the dam …, to Addis Ababa's fury": who minded it, no side
        before = text[max(0, m.start - 120):m.start]
        if ("by " in before and _CLAIMED_BY.search(text, max(0, m.start - 30), m.start)) \
                or (" as " in before and _KNOWN_AS_IN.search(text, max(0, m.start - 50), m.start)):
            return False   # "visited Kunashir, one of the Russian-held islands claimed by Japan", "the islets known as
            # Dokdo in Korea and Takeshima in Japan": who claims a place, or calls it so, is not there
        if ("bypass" in before or "circumvent" in before) and _BYPASSED.search(text, max(0, m.start - 120), m.start):
            return False   # "a pipeline under the Baltic Sea, bypassing Poland, Ukraine and the Baltic states": the
            # states it goes around are no sides
        if _people_of(text, m):
            return False   # "to open its labour market to Syrian refugees", "refugees from Syria": people who come
            # from a state, not the state
        if m.how == "demonym":
            listed = _DEMONYM_LIST.match(after)   # "the British, French and German foreign ministers": the first of a
            return bool(self.actor_after.match(after[listed.end():] if listed else after)) \
                or text[m.start:m.end].endswith("s")   # list of demonyms qualifies the actor too
        if m.how == "name" and re.match(r"^[’']s\s", after):
            return bool(self.actor_after.match(after) or self.owned_agreement.match(after) or _ACCESSION.match(after))
        if m.how == "capital" and _SEATED.search(text, max(0, m.start - 40), m.start):
            return True   # "the governments in Tashkent and Kabul", "officials in Beijing": the capital governs
        if m.how in ("name", "capital") and re.search(r"\b(?:in|at|to|across|over|inside|near)\s+$", text[m.start - 8:m.start]):
            if m.how == "name" and _WHICH_SIGNED.match(after):
                return True   # "based in Bahrain, which signed a defence agreement with Washington": the relative's subject
            return m.how == "capital" and not text[m.start - 3:m.start].endswith("in ")  # "visited Pyongyang" acts
        if m.how == "name" and text[m.start - 2:m.start] in (", ", "d ") \
                and _PLACE_LIST_BEFORE.search(text, max(0, m.start - 120), m.start):
            return False   # "a tour that has already taken him to Cameroon, Liberia and Sudan": all three were places
        if m.how in ("capital", "body", "org", "name") and _ATTRIBUTIVE_PLACE.search(text, max(0, m.start - 12), m.start):
            return False   # "at a ceremony in a Washington hotel", "at a White House ceremony": a place
        if m.how == "capital" and _THING_AFTER.match(after):
            return False   # "the Beijing deal": a capital naming a thing, not a government
        if m.how in ("capital", "body", "org") and _NAMED_INSTRUMENT_AFTER.match(after):
            return False   # "the Brasília Presidential Act", "the Itamaraty Peace Declaration": an instrument's name
        if m.how in ("name", "capital") and _COMPOUND_EVENT.match(after):
            return False   # "the Russia–Africa summit": the name of a gathering, not an actor
        if m.how in ("name", "capital") and _ABSOLUTE_WITH.match(after) and _WITH_BEFORE.search(text, max(0, m.start - 10), m.start):
            return False   # "…, with Sweden then holding the rotating EU presidency": a circumstance, no side
        if m.how in ("name", "demonym") and _ALLY_AFTER.match(after) \
                and _ONE_OF_ALLIES.search(text, max(0, m.start - 40), m.start):
            return False   # "the only leader of a major U.S. ally to do so": whose ally, not a side
        if m.how in ("name", "demonym") and _CURRENCY_AFTER.match(after):
            return False   # "13.8 billion U.S. dollars": a currency, not an actor
        if m.how == "name" and _NAMED_WAR.match(after):
            return False   # "during the Kosovo war", "the Iraq War": the name of a war, not an actor
        if _REGION_OF.search(text, max(0, m.start - 40), m.start):
            return False   # "through the breakaway region of Somaliland": a place
        if _INSTEAD_OF.search(text, max(0, m.start - 16), m.start):
            return False   # "to Türkiye rather than India": India did nothing
        if _SUFFERED.search(text, max(0, m.start - 30), m.start):
            return False   # "since the invasion of Ukraine": what befell a state is no act of it

        return True


#: A feeling of the state named before it: "’s fury", "’s dismay".
_FEELING_AFTER = re.compile(r"[’']s\s+(?:fury|anger|dismay|annoyance|irritation|alarm|delight|surprise|chagrin|displeasure|relief)\b")
#: Who claims a place named before: "claimed by " (before "Japan").
_CLAIMED_BY = re.compile(r"\b(?:claimed|disputed)\s+by\s+(?:the\s+)?$")
#: A place's name in a state's usage: "known as Dokdo in " (before "Korea"), "… and Takeshima in ".
_KNOWN_AS_IN = re.compile(r"\b(?:known|called|referred\s+to)\s+as\s+(?:[A-Z][\w’'-]*\s+)+in\s+(?:(?:[A-Z][\w’'-]*\s+)+and\s+(?:[A-Z][\w’'-]*\s+)+in\s+)?$")
#: The states a route goes around, listed: "bypassing Poland, Ukraine and " (before "the Baltic states").
_BYPASSED = re.compile(r"\b(?:bypass(?:ing|es|ed)?|circumvent(?:ing|s|ed)?)\s+(?:the\s+)?"
                       r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+|,?\s+and\s+)(?:the\s+)?)*$")
#: A ceremony of the one named before, which others attend: "’s inauguration", "’s state funeral".
_CEREMONY_AFTER = re.compile(r"[’']s\s+(?:[a-z]+\s+)?(?:inauguration|funeral|swearing-in|coronation|wedding|investiture|enthronement)\b")
_PEOPLE = r"(?:refugees|migrants|asylum[- ]seekers|pilgrims|tourists|fans|students)"
#: People a demonym says where they come from: "Syrian refugees", "Afghan asylum seekers".
_PEOPLE_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+)?{_PEOPLE}\b")
#: What is done for people a plural demonym names next: "to help " (before "Syrians").
_HELPING_BEFORE = re.compile(r"\b(?:help|helping|helps|aid|aiding|assist|assisting|support|supporting|feed|feeding|shelter|"
                             r"sheltering|protect|protecting|resettle|resettling|evacuate|evacuating)\s+(?:[a-z]+\s+){0,2}$")
#: People from a state named next: "refugees from Syria" (not "migrants from the United States": those it sends on, in a
#: deal of the two)
_PEOPLE_FROM_BEFORE = re.compile(r"\b(?:refugees|asylum[- ]seekers|pilgrims|tourists|fans|students)\s+(?:fleeing|from)\s+(?:the\s+)?$")


def _people_of(text: str, m: Mention, offset: int = 0) -> bool:
    """Does the mention say where people come from ("Syrian refugees", "refugees from Syria"), not name the state?
    (``offset``: where ``text`` begins in the article the mention's offsets count in.)"""
    start, end = m.start - offset, m.end - offset
    if m.how == "demonym" and text[end - 1:end] == "s" and _HELPING_BEFORE.search(text, max(0, start - 30), start):
        return True   # "pledged more than $10bn to help Syrians inside the country": people helped
    if m.how == "demonym":
        return bool(_PEOPLE_AFTER.match(text, end))
    return m.how in ("name", "capital") and ("from " in text[max(0, start - 12):start] or "fleeing " in text[max(0, start - 14):start]) \
        and bool(_PEOPLE_FROM_BEFORE.search(text, max(0, start - 40), start))


#: The rest of a list of places a trip took someone to: "taken him to Cameroon, Liberia and " (before "Sudan").
_PLACE_LIST_BEFORE = re.compile(r"\b(?:taken|took|take|takes|taking) (?:him|her|them|the \w+) (?:also )?(?:to|through) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
                                r"(?:, (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3})*(?:, |,? and (?:the )?)$")
#: ", French and German" after a demonym: the rest of a list of demonyms before the noun they all qualify
#: ("Saudi and U.S. officials").
_DEMONYM_ITEM = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|U\.S\.|U\.K\.|US|UK)"   # "U.S.", "UK": a state's short name as its adjective
_DEMONYM_LIST = re.compile(rf"(?:,\s+{_DEMONYM_ITEM})*,?\s+and\s+{_DEMONYM_ITEM}(?=\s+[a-z])")


def _membership(rules: dict) -> list[tuple[str, re.Pattern]]:
    """'joined OPEC', 'would leave the bloc', 'suspended its membership': (status, pattern) pairs whose
    verb must be followed by something one joins or leaves (an organisation, a multilateral accord)."""
    thing = rules["object"]
    found = [(status, re.compile(rf"\b(?:{rules[status]})(?=\s+{thing})")) for status in ("denied", "planned", "signed")]
    member = ("signed", re.compile(rf"\b(?:{rules['member_of']})"))   # "became a full member of Mercosur": any name
    return [("denied", re.compile(rf"\b(?:{rules['suspended']})")), member] + found


def parties_of(text: str, sentence: tuple[int, int], trigger: Found, mentions: list[Mention],
               attribution: Attribution | None, rules: EventRules) -> tuple[list[Agent], str | None]:
    """The states acting in the trigger's clause (before it, or after 'with'/'between'),
    and whether the clause's subject refers back to earlier states ("the two countries").
    ``sentence`` is the (start, end) of the trigger's sentence in ``text``; ``mentions`` are its mentions."""
    sentence_start, sentence_end = sentence
    at = sentence_start + trigger.start
    clause_start = _clause_start(text, sentence_start, at)
    joined = [j for j in _AND_CLAUSE.finditer(text, clause_start, at) if _FULL_CLAUSE.search(text, clause_start, j.start())
              and any(j.end() <= m.start < at and m.agent.kind == "state" for m in mentions)]
    clause_start = joined[-1].end() if joined else clause_start   # "The UAE reopened its embassy in 2018, and Tunisia
    # and Syria agreed …": the second clause's subject
    acting = [m for m in mentions if (_eligible(m, attribution) or _GOVERNMENT_OF.match(text, m.end) and m.how == "in-body"
                                      and not (attribution and attribution.start <= m.start < attribution.end))
              and rules.acting(text, m) and not _in_appositive(text, sentence_start, m, at)]   # "Peru's government signed"
    chained = [m for m in acting if _in_with_chain(text, sentence_start + trigger.end, m, mentions)
               or (at <= m.start < sentence_start + trigger.end and _WITH_BEFORE.search(text, m.start - 10, m.start))]
    # "agreed with Chad last year to send …": the counterpart inside the trigger's own words
    stop = _CLAUSE.search(text, sentence_start + trigger.end, sentence_end)
    chained += [m for m in mentions if sentence_start + trigger.end <= m.start < (stop.start() if stop else sentence_end)
                and m.how == "name" and _eligible(m, attribution) and (
                    rules.owned_agreement.match(text[m.end:m.end + 80]) or _ACCESSION.match(text[m.end:m.end + 30])
                    or (_JOINING.search(text, m.start - 12, m.start) and text[m.end:m.end + 2] in ("'s", "’s")))]
    # "agreed to send Sweden's accession protocol to parliament", "to join China's Belt and Road Initiative":
    # the owner of the object is a party
    nominal = _NOMINAL.match(text, at)   # "witness the signing of a memorandum between the EU and Tunisia"
    chosen = ([] if nominal else [m for m in acting if clause_start <= m.start < at]) + chained
    reference = rules.party_refs.search(text, clause_start, at)   # "the two countries" as the clause's subject
    if not reference and not any(m.start < at for m in chosen) and _RELATIVE.match(text, clause_start - 6, clause_start):
        chosen += [m for m in acting if sentence_start <= m.start < clause_start]   # "X, …, was the only one that …"
    aside = None if nominal or any(m.start < at for m in chosen) else _RELATIVE_ASIDE.search(text, sentence_start, at)
    inside = aside and reference and reference.start() > aside.start()   # "Bolivia, which the two countries
    if aside and (not reference or inside):   # had courted, signed …": the reference belongs to the relative clause
        # "Svyrydenko, who also serves as economy minister, signed …": the subject is before
        before = _clause_start(text, sentence_start, aside.start())
        named_before = [m for m in acting if before <= m.start < aside.start()]
        own = None if named_before else rules.party_refs.search(text, before, aside.start())
        if own and own.end() == aside.start():   # "The two countries, which back opposing sides, agreed …"
            reference = own
        elif named_before or not inside:
            chosen += named_before
            reference = None
    states = _distinct(m.agent for m in sorted(chosen, key=lambda m: m.start) if m.agent.kind == "state")
    if not states and not reference and _OPENER_BEFORE.fullmatch(text, sentence_start, at) \
            and text.startswith(",", sentence_start + trigger.end):   # "Under a 2006 agreement, Guatemala, Honduras and
        states = _listed_subject(text, sentence_start + trigger.end + 1, acting)   # Nicaragua allow …": the subject
    if len(states) == 1:   # "signed a migration pact with the European Union", "The EU signed … with New Zealand"
        states += _distinct(m.agent for m in chained + chosen if m.agent.kind == "org"
                            and (m in chained or m.agent.org_class in _COUNTERPART_BODIES))[:1]
    named = reference and any(reference.start() <= m.start < reference.end() for m in chosen)
    apposed = _APPOSED_NAMES.match(text, reference.end(), at) if reference and not named else None
    if apposed and apposed.end() == at:   # "the two countries' foreign ministers, Elrington and Guatemala's Haroldo
        return states, reference.group()   # Rodas, signed": the names say who; the reference says which states
    if reference and not named and not any(reference.end() <= m.start < at for m in chosen):
        return states, reference.group()   # "…, and the two countries restored ties": the reference is the subject
    if reference and not named and _PLUS.match(text, reference.end()):
        return states, reference.group()   # "the five coastal states plus Finland, Iceland and Sweden": all eight
    # ("the three Baltic states" names its members: no reference)
    return states, None


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
#: What follows a participle that names no object: where, when or by whom ("signed on November 10, 2020, by …").
_PLACE_OR_TIME_NEXT = re.compile(r"^,?\s+(?:on|in|at|by|last|this|earlier|during|the\s+(?:following|next|same)\s+(?:day|week|month|year))\b")
#: What a state alone in the subject may sign with: a body of states ("Tunisia and the EU signed …") or an armed
#: group that fights it ("Ethiopia's federal government and the TPLF signed …": a party of its own kind).
_COUNTERPART_BODIES = ("IntergovernmentalOrganization", "ArmedGroup")
#: What opens a sentence before an instrument named as a frame: "Under a ", "Under the 1998 ".
_OPENER_BEFORE = re.compile(r"\s*(?:[Uu]nder|[Tt]hrough|[Bb]y)\s+(?:an?|the|their|its)\s+")
_LIST_GAP = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?")


def _listed_subject(text: str, start: int, acting: list[Mention]) -> list[Agent]:
    """The states named one after another right after ``start`` ("Guatemala, Honduras, El Salvador and Nicaragua"),
    the subject of the clause that follows an opening phrase; two or more, else none."""
    listed, at = [], start
    for m in sorted((m for m in acting if m.start >= start and m.agent.kind == "state"), key=lambda m: m.start):
        gap = text[at:m.start]
        if not (re.fullmatch(r"\s*(?:the\s+)?", gap) if not listed else _LIST_GAP.fullmatch(gap)):
            break
        listed.append(m)
        at = m.end
    return _distinct(m.agent for m in listed) if len(listed) >= 2 else []
#: Names set beside a reference to the states, up to the verb: ", Elrington and Guatemala's Haroldo Rodas, ".
_APPOSED_NAMES = re.compile(r"(?:[’']s?)?(?:\s+[a-z][\w-]*){0,3},\s+[A-Z][^,;]{2,80}?(?:,\s+and\s+[A-Z][^,;]{2,80}?)?,\s+(?:[a-z]+\s+)?")
_PAIRED_INSTRUMENT = re.compile(r"(?:-[A-Z][\w]*)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:treaty|agreement|accord|pact|deal|declaration|"
                                r"memorandum|protocol|ceasefire|truce|partnership|alliance|summit|talks)\b")
#: ", and Tunisia …": a second clause with a subject of its own; after a clause with a verb (not a list of names)
_NAMES_ITS_OBJECT = re.compile(r"approved\s|signed\s+(?:a|the|their)\s+(?:[\w-]+\s+){0,2}?statement\s+(?:that|which|in\s+which|committing|pledging)\b")
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:the\s+)?[A-Z])")
_FULL_CLAUSE = re.compile(r"\b(?!(?:and|the|of|for|in|on|at|to|with|from|by|its|their|both|also|followed|follows)\b)[a-z]{3,}(?:ed|s)\b")
_NAMED_INSTRUMENT_AFTER = re.compile(r"^(?:\s+[A-Z][\w-]*){0,3}\s+(?:Declaration|Agreements?|Accords?|Treaty|Protocol|Act|"
                                     r"Memorandum|Charter|Convention|Communiqu[eé]|Statement)\b")
#: A currency named by its state ("U.S. dollars", "Hong Kong dollars", "Chinese yuan").
_CURRENCY_AFTER = re.compile(r"^\s+(?:dollars?|yuan|renminbi|rupees?|roubles?|rubles?|pounds?\s+sterling|euros?|yen|won|pesos?|"
                             r"dinars?|riyals?|rials?|dirhams?|francs?|reais|real|lira|liras|krona|kronor|krone|kroner|shillings?|"
                             r"rand|naira|cedis?|taka|ringgit|baht|rupiah|dong|tenge|manat|som|sums?)\b")
_COMPANY_AFTER = re.compile(r"^\.?(?:[’']s)?\s+(?:state(?:-owned|-run|-controlled)?\s+|national\s+)?(?:[\w-]+\s+){0,3}?(?:company|"
                            r"corporation|firm|conglomerate|utility|operator|manufacturer|carrier|airline|(?:drug|car|auto|chip|"
                            r"arms|plane|ship|steel)\s?maker|shipbuilder)\b")
#: A company whose name holds a state's or its capital's ("China Merchants Holdings", "Qatar Airways",
#: "China Development Bank"): a party of its own kind (a central bank acts for its state: not here).
_COMPANY_NAMED = re.compile(r"^(?:\s+[A-Z][\w&.-]*){0,3}?\s+(?:Holdings|Group|Company|Co\.|Ltd\.?|Limited|"
                            r"Airways|Airlines|Telecom|Telecommunications|Petroleum|Railways?|Construction|Merchants|Shipping|"
                            r"Shipbuilding|Mobile|Steel|Motors|Industries|Development\s+Bank|Exim\s*[Bb]ank|"
                            r"Export-Import\s+Bank|Investment\s+(?:Authority|Fund))\b")
#: A sports body named by its state and its sport ("Pakistan Cricket Board", "Zimbabwe Cricket", "Cricket Australia"):
#: an organisation of its own, never its state.
_SPORT = r"(?:Cricket|Football|Soccer|Rugby|Olympic|Paralympic|Athletics|Tennis|Hockey|Basketball|Volleyball|Handball|Netball)"
_SPORTS_BODY_AFTER = re.compile(rf"^\s+(?:National\s+)?{_SPORT}(?:\s+(?:Board|Federation|Association|Union|Committee|Council|"
                                rf"League|Confederation)\b|(?!\s+(?:team|teams|squad|side|sides|captain|coach|fans|players|World|"
                                rf"series|tour|match|matches|[A-Z]))\b)")
_SPORTS_BODY_BEFORE = re.compile(rf"\b(?:Cricket|Football|Rugby|Tennis|Athletics|Basketball|Hockey|Netball)\s+$")
_ABSOLUTE_WITH = re.compile(r"\s+(?:(?:then|now|still|also)\s+[a-z]+ing|holding|acting\s+as|serving\s+as)\b")
_NAMED_WAR = re.compile(r"^\s+(?:war|wars|conflict|crisis)\b", re.I)
_COMPOUND_EVENT = re.compile(r"^[–-](?:[A-Z][\w]*)\s+(?:summit|forum|conference|dialogue|talks|council|meeting)\b")
#: States added to a group told before: "the five coastal states plus Finland".
_PLUS = re.compile(r"\s+(?:plus|as\s+well\s+as|together\s+with|along\s+with)\s+")


def with_bodies(text: str, trigger_end: int, mentions: list[Mention]) -> list[Agent]:
    """The intergovernmental bodies named right after the trigger's 'with' ("signed a memorandum with the
    European Union"): the counterpart of a state that is the subject."""
    return _distinct(m.agent for m in mentions if m.agent.kind == "org"
                     and m.agent.org_class == "IntergovernmentalOrganization"
                     and _in_with_chain(text, trigger_end, m, mentions))


#: "The Shanghai Cooperation Organisation, which …, was founded": the named body a founding made.
_FOUNDED_BODY = re.compile(r"(?P<body>(?:[Tt]he\s+)?(?!(?:It|They|This|That|These|Those)\b)[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|on|and|de|the)\s+)*[A-Z(][\w’'.&()-]*)*)"
                           r"(?:\s*\([^()]{1,20}\))?(?:,[^,;]{1,120},)?\s+(?:was|were)\s+(?:jointly\s+)?founded$")
_THING_AFTER = re.compile(r"^\s+(?:deal|accord|agreement|talks|summit|meeting|process|declaration|plan|format|"
                          r"framework|consensus|communiqu[eé]|pact|treaty)\b")
_SEATED = re.compile(r"\b(?i:governments?|officials|authorities|leaders|leadership|regimes?|administrations?)\s+in\s+"
                     r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+|\s+and\s+))*$")
_ONLOOKING = re.compile(r"presence|present|room|looking on|attendance|observers|witnesses|ceremony|watched|witnessed|followed|eyed|"
                        r"acting as|serving as")
_ATTRIBUTIVE_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:a|an)\s+$")
_MEDIATED_END = re.compile(r"[;:]|,\s+(?!and\b)(?:[a-z]|the\b)|\s+and\s+(?=(?:brought|gathered|drew|attracted)\b)|$")
_RATIFYING = re.compile(r"(?i)ratif")
WATCHING_VERBS = ("witnessed", "watched", "saw")
#: After "witnessed", "watched" or "saw": who signed, then "sign" ("… A and B sign a joint declaration").
SIGNERS_THEN_SIGN = re.compile(r"(?P<signers>(?:\s+[\w.’'-]+,?){1,14}?)\s+sign\b")
#: What makes a joining background or not one at all: a clause of time ("since it joined …", "until Ukraine joins …"), never.
_BACKGROUND_JOIN = re.compile(r"(?:\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Oo]nce|(?:long|years|decades|well)\s+before)\s+(?:[\w.’'-]+\s+){1,5}?|"
                              r"\bnever\s+)$")   # "…, long before they joined the bloc": when, no joining told
#: A sentence's opening phrase, up to its first comma: a mediator named in it is named there only.
_OPENING_PHRASE = re.compile(r"(?:At|In|During|Under|After|Following)\b[^,;]*$")
_FIRST_COMMA = re.compile(",")
#: Who brokered an instrument or talks, in the active voice: its subject is a mediator ("Qatar mediated the agreement
#: between Rwanda and Congo"); "brokered by" is `EventRules.mediators`' own.
_BROKER_WORD = re.compile(r"\b(?:brokered|mediated|facilitated|broker)\b")
_BROKERING = re.compile(r"\b(?:also\s+)?(?:brokered|mediated|facilitated|helped\s+(?:to\s+)?broker)\s+(?=(?:the|a|an)\s)")
#: A mediator named before the noun of mediation ("after Swiss mediation"): the match itself names it, all of it.
_MEDIATOR_BEFORE = re.compile(r"(?:mediation|brokering|facilitation|good\s+offices)$", re.I)
_SUFFERED = re.compile(r"\b(?:invasion|occupation|annexation|war|attacks?|strikes?|bombing|blockade|siege|sanctions|"
                       r"embargo|collapse|partition)\s+(?:of|on|in|against)\s+(?:the\s+)?$")
_INSTEAD_OF = re.compile(r"\b(?:rather\s+than|instead\s+of|not)\s+(?:to\s+|with\s+)?(?:the\s+)?$")
_REGION_OF = re.compile(r"\b(?:region|province|territory|enclave|coast|shores?|border|soil|island|islands|city|town|village|port)\s+of\s+(?:the\s+)?$")
#: ", maintains only unofficial ties with Taiwan": a verb after a comma starts another predicate
_NEW_PREDICATE = re.compile(r",\s+(?:also\s+|only\s+|still\s+|now\s+)?(?!and\b|or\b|but\b|in\b|on\b|at\b|with\b|as\b|"
                            r"while\b|its\b|this\b|his\b|was\b|has\b|is\b)[a-z]+(?:s|ed)\s+(?!in\b|on\b|at\b|by\b|to\b|of\b|with\b)")
#: ", more than doubling its border with Russia": a participle clause after a comma tells of something else
_PARTICIPLE = re.compile(r",\s+(?:[a-z]+\s+){0,2}?(?!bring)[a-z]{3,}ing\b")
#: ", and Egypt demarcated its waters with Cyprus": a clause with a subject of its own begins.
_NEXT_SUBJECT = re.compile(r",\s+and\s+(?:the\s+)?[A-Z]")
#: People who come from the states after 'from' ("officials from Iran and Oman"), who are sides; goods are not.
_PEOPLE_FROM = re.compile(r"\b(?i:negotiators|delegates|delegations?|envoys|representatives|officials|ministers|leaders|diplomats|"
                          r"directors|counterparts|chiefs|experts|teams)\s+$")
_GERUND_CLAUSE = re.compile(r"\b(?:after|before|while|when)\s*$")
_RELATIVE_SUBJECT = re.compile(r",\s*(?:which|who)\s*$")
#: A place that is the subject of a relative clause telling of an instrument it made.
_WHICH_SIGNED = re.compile(r",\s+which\s+(?:had\s+|has\s+|also\s+|later\s+)?(?:signed|concluded|ratified|inked)\s")
_GOVERNMENT_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+)?(?:government|cabinet)\b", re.I)
_JOINING = re.compile(r"\bjoin(?:s|ed|ing)?\s+$")
_NOMINAL = re.compile(r"(?:the\s+)?signing\s+of\b")
_SIGNING_OF = re.compile(r"(?i)\bsigning\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?\w+$")
#: The relations a trigger "relations (between …) were established" ends with: "diplomatic relations".
_RELATIONS_BETWEEN = re.compile(r"(?:\b(?:diplomatic|full|formal|official|bilateral)\s+)?\b(?:relations|ties)$", re.I)
_ACCESSION = re.compile(r"^[’']s\s+(?:[\w-]+\s+){0,2}?(?:accession|membership|admission|entry)\b")   # "ratify Sweden's accession"
_PURCHASE = re.compile(r"\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|import|imports|imported|"
                       r"acquire[sd]?|order(?:ed|s)?|procure[sd]?)\b")
_PASSIVE = re.compile(r"\b(?:[Ss]igned|concluded|initialled|initialed|ratified|agreed|adopted|reached|founded)$")
_RELATIVE = re.compile(r".*\b(?:that|which|who)$", re.S)
#: A relative clause between a subject and its verb: "X, who also serves as economy minister, signed", "Sheikh Tamim,
#: then only a few months into his reign as emir, signed".
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|then|by\s+then|at\s+the\s+time)\b[^,;]{1,120},\s+(?:(?:also|then|later|formally)\s+)?$")
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the|its|his|her)\s+[a-z]|(?:both|two|three|four|five|all)\s+(?:[a-z]|[A-Z][\w.]*\s+[a-z])|(?:with|in|of|to)\s+which\b|which\b|who\b|whose\b|"
                         r"(?P<participle>(?!including\b|excluding\b|according\b|joined\b)[a-z]{3,}(?:ed|ing)\s)|"   # "Egypt, locked in its
                         # own dispute with Ethiopia, signed": between a subject and its verb only (not ", hosted by X")
                         r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}[’']s\s+(?:main|chief|closest|close|key|biggest|"
                         r"largest|top|oldest|long-time|longtime|traditional|regional|only|former|main|staunch)\b)[^,]{1,100},")


def _in_appositive(text: str, sentence_start: int, m: Mention, trigger_at: int | None = None) -> bool:
    """'Nicaragua, a close ally of Moscow, …': Moscow describes Nicaragua and is no party. Not when the
    trigger is in the same aside ("the Geneva Agreement, which Venezuela and Britain signed …, calls"),
    nor when the closing comma goes on with a list ("which Algeria, Libya and Tunisia founded")."""
    window = text[sentence_start:max(m.end + 80, (trigger_at or 0) + 1)]
    for a in _APPOSITIVE.finditer(window):
        if not a.start() < m.start - sentence_start < a.end():
            continue
        if trigger_at is not None and a.start() < trigger_at - sentence_start < a.end():
            continue
        if a["participle"] and (trigger_at is None or a.end() > trigger_at - sentence_start
                                or re.match(r"\s*(?:which|who)\b", window[a.end():])):
            continue   # "…, clearing the way for Azerbaijan, which in turn pledged": the relative's subject is in it
        if _LIST_GOES_ON.match(window, a.end()):
            continue
        return True
    return False


_LIST_GOES_ON = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,|\s+and\b)")


#: "… U.S. ally", "… American allies", "… Western partner": a state as whose ally someone is described.
_ALLY_AFTER = re.compile(r"\s+(?:allies|ally|partners?|client\s+states?)\b")
#: … after "a (major) ", "of (the) ", "one of …": the ally described, not the state.
_ONE_OF_ALLIES = re.compile(r"\b(?:an?|of|of\s+the|among|other)\s+(?:(?:major|key|close|closest|main|staunch|treaty|important|"
                            r"fellow|former|longtime|long-time|traditional|regional)\s+)*$")


def meeting_sides(text: str, sentence: tuple[int, int], trigger: re.Match, mentions: list[Mention],
                  attribution: Attribution | None, rules: EventRules) -> list[Agent]:
    """States acting in the trigger's clause: its subject, and what follows up to the next clause.
    ``sentence`` is the (start, end) of the trigger's sentence in ``text``; ``mentions`` are its mentions."""
    sentence_start, sentence_end = sentence
    at, end = sentence_start + trigger.start(), sentence_start + trigger.end()
    clause_start = _clause_start(text, sentence_start, at)
    subject_end = sentence_start
    if re.search(r"\b(?:who|which)\s*$", text[sentence_start:clause_start]) and text.rfind(",", clause_start, at) >= 0:
        # "Blinken, standing in for Biden, who cancelled his trip, held talks with …": the main clause
        # resumes after the relative one, and its subject opens the sentence
        clause_start = text.rfind(",", clause_start, at) + 1
        comma = text.find(",", sentence_start, at)
        subject_end = comma if comma >= 0 else sentence_start
    stop = _CLAUSE.search(text, end, sentence_end)
    clause_end = stop.start() if stop else sentence_end
    including = _RELATIVE_THEN_INCLUDING.match(text, clause_end, sentence_end) if stop else None
    listed = (including.end(), sentence_end) if including else (0, 0)   # "with leaders of the Pacific island countries
    # that recognise Beijing, including Fiji's Frank Bainimarama and …": those it includes, not what the clause names
    asked = _ASKING_AFTER.search(text, end, clause_end)   # "met Putin in Sochi and asked for Russian protection from
    clause_end = asked.start() if asked else clause_end    # U.S. actions": what he asked for names no side
    gerund = _GERUND_CLAUSE.search(text, sentence_start, clause_start)
    if gerund and re.fullmatch(r"\s*[a-z]+ing\s+(?:[\w-]+\s+){0,2}", text[clause_start:at]):
        clause_start = _clause_start(text, sentence_start, gerund.start())   # "witnessed the signing after holding talks"
    relative = _RELATIVE_SUBJECT.search(text, sentence_start, clause_start)
    if relative and not any(clause_start <= m.start < at for m in mentions):
        # "Russia and China, which held talks with Iran in Beijing, have urged Washington …": the subject
        # is the noun phrase the relative clause hangs on; the clause ends at its closing comma
        comma = text.find(",", end, clause_end)
        clause_end = comma if comma >= 0 else clause_end
        subject_end = relative.start()
        sentence_start = _clause_start(text, sentence_start, relative.start())
    return _distinct(m.agent for m in mentions if (clause_start <= m.start < clause_end or
                                                    sentence_start <= m.start < subject_end or listed[0] <= m.start < listed[1])
                     and _eligible(m, attribution) and rules.acting(text, m)
                     and not _in_appositive(text, sentence_start, m, at)   # "Lourenço, whose government …, visited"
                     and not _REPORTER.match(text, m.end)   # "…, Borrell said": the one who tells of it
                     and not _goods_from(text, sentence_start, m.start)   # "copper from Zambia"
                     and not _TOPIC_BEFORE.search(text, max(0, m.start - 60), m.start))   # "the summit on Libya"


#: A relative clause on those met, then the ones it includes: "that recognise Beijing, including".
_RELATIVE_THEN_INCLUDING = re.compile(r"(?:that|which|who)\b[^,;.]{1,60},\s+including\s+")
#: What a meeting is about, right before a state: "in Paris for the summit on Libya", "talks about the war in Sudan".
_TOPIC_BEFORE = re.compile(r"\b(?:summit|conference|talks|meeting|negotiations|discussions|consultations)\s+(?:on|about|over)\s+"
                           r"(?:the\s+)?(?:(?:future|situation|war|crisis|conflict|fighting)\s+in\s+)?$")
#: A second predicate of the meeting's subject that asks, urges or blames: its states are no sides of the meeting.
_ASKING_AFTER = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:asked|urged|pressed|appealed|called\s+on|"
                           r"accused|blamed|critici[sz]ed|demanded|warned)\b")


#: A state after 'from' names where things come from, not a side, unless people come from it (`_PEOPLE_FROM`).
_GOODS_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+|\s+and\s+(?:the\s+)?))*$")


def _goods_from(text: str, start: int, at: int) -> bool:
    """Is the state at ``at`` where goods come from ("copper from Zambia"), not people ("officials from Iran")?"""
    lo = max(start, at - 60)
    goods = _GOODS_FROM.search(text, lo, at) if "from" in text[lo:at] else None
    return bool(goods) and not _PEOPLE_FROM.search(text, max(start, goods.start() - 40), goods.start())


#: A name followed by a verb of saying at the end of the sentence tells of the meeting, it takes no part.
_REPORTER = re.compile(r"(?:[’']s\s+(?:[\w-]+\s+){0,2}?(?:office|ministry|spokesman|spokeswoman|spokesperson))?"
                       r"\s+(?:said|says|told|added|announced|reported|wrote|confirmed)\b(?=[^,;.]{0,60}[.!?])")


def _clause_start(text: str, sentence_start: int, trigger_at: int) -> int:
    """Where the clause holding the trigger starts: after the last relative or subordinating word
    that still leaves a subject before the trigger."""
    start = sentence_start
    for m in _CLAUSE.finditer(text, sentence_start, trigger_at):
        if re.search(r"[A-Za-z]{2,}", text[m.end():trigger_at]) and not (
                _PARENTHETICAL.fullmatch(text, m.start(), trigger_at) and _ASIDE_OPENS.search(text, max(0, m.start() - 40), m.start())):
            start = m.end()
    for m in _WHOSE.finditer(text, sentence_start, trigger_at):   # "Chile follows Singapore, whose prime minister
        if _WHOSE_OFFICIAL.fullmatch(text, m.end(), trigger_at):   # signed …": the clause is Singapore's (not
            start = max(start, m.start("antecedent"))               # "Spain's Sanchez, whose country holds …, met")
    return start


#: A relative clause opened by "whose" after a name: its subject is that name ("Singapore, whose prime minister …").
_WHOSE = re.compile(r"(?P<antecedent>\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+whose\s+")
#: … when what follows "whose", up to the trigger, is one of its officials acting, perhaps named in an apposition.
_WHOSE_OFFICIAL = re.compile(r"(?:[\w-]+\s+){0,3}?(?:president|prime\s+minister|minister|leader|king|emir|sultan|"
                             r"chancellor|premier|government|ambassador|envoy|delegation|negotiators?|officials?|"
                             r"representatives?)(?:,\s+[^,;]{2,60},)?\s+(?:[\w-]+\s+){0,2}?", re.I)
#: A region whose people a demonym then names: "Karabakh Armenian", "Kosovo Serb", "Bosnian Croat", "Turkish Cypriot".
_PEOPLE_OF_REGION = re.compile(r"\b(?:(?:Nagorno-)?Karabakh|Kosovo|Bosnian|Abkhaz|South\s+Ossetian|Transnistrian|Crimean|"
                               r"Donbas|Turkish)\s+$")
#: "Sisi, weeks after taking office, met …": a clause word inside a short aside between the subject and its verb.
_ASIDE_OPENS = re.compile(r",\s+(?:[\w’'-]+\s+){0,3}$")
_PARENTHETICAL = re.compile(r"(?:after|before|once|when|while|as|since)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4},\s*")


def actors_in(text: str, mentions: list[Mention], attribution: Attribution | None, rules: EventRules) -> list[Agent]:
    return _distinct(m.agent for m in mentions if _eligible(m, attribution) and m.agent.kind == "state"
                     and rules.acting(text, m))


def between(text: str, start: int, end: int, mentions: list[Mention], rules: EventRules) -> list[Agent]:
    """The states named in 'between X and Y' (the sides of talks, not their host)."""
    m = rules.between.search(text, start, end)
    if not m:
        return []
    chain = [x for x in mentions if x.start > m.end() and x.agent.kind == "state" and not x.place_only
             and _in_with_chain(text, m.start(), x, mentions, word="between")]
    return _distinct(x.agent for x in chain)


def _eligible(m: Mention, attribution: Attribution | None) -> bool:
    if m.place_only or m.how in ("in-body", "outlet"):
        return False
    if m.agent.kind == "person" or (m.agent.kind == "org" and m.agent.org_class in
                                    ("NewsOrganization", "NewsAgency", "NonGovernmentalOrganization", "Organization")):
        return False
    if attribution and attribution.start <= m.start < attribution.end:
        return False
    return True


#: An envoy named by the state or matter they deal with ("special representative for Venezuela", "envoy to Syria"): that
#: state is no actor of the envoy's.
_ENVOY_FOR = re.compile(r"\b(?:[Rr]epresentative|[Ee]nvoy|[Cc]oordinator|[Rr]apporteur)\s+(?:for|on|to)\s+(?:the\s+)?$")
#: "under the Morrison government", "during the Bush administration": a time, told by who governed.
_IN_TIME_OF = re.compile(r"\b(?:under|during|since|before|after|by)\s+(?:the\s+)?$")
#: Words before 'with' that name a place or a severed link, no counterpart: "troops to its border with", "cut its ties
#: with" (not "reopen its border with Venezuela": the neighbour reopens it too).
_NO_SIDE_WITH = re.compile(r"\b(?:(?:to|along|on|at|near|across|over|from|towards?)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:borders?|frontiers?|boundary|boundaries)|(?:cut|cuts|cutting|sever|severs|severed|severing|"
                           r"end|ends|ended|ending|break|breaks|broke|breaking)\s+(?:off\s+)?(?:its|their|all|the)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:ties|links|relations|contacts|cooperation))\s+$")
_INSTRUMENT_WORD = re.compile(r"\b(?:treat(?:y|ies)|agreements?|accords?|deals?|pacts?|protocols?|conventions?|memorand\w*)\b", re.I)


def _in_with_chain(text: str, trigger_end: int, m: Mention, mentions: list[Mention],
                   word: str = "with|between|from|by") -> bool:
    """Is ``m`` in the list of actors right after 'with' or 'between' following the trigger?"""
    if m.start < trigger_end:
        return False
    window = text[trigger_end:m.start]
    hit = None
    for found in re.finditer(rf"\b(?:{word})\b", window):
        if not (found.group() == "from" and _PEOPLE_FROM.search(window, 0, found.start())):
            hit = found   # "by negotiators from Serbia and Kosovo": the 'by' leads the chain
    if hit is None or "." in window[hit.end():] or _CLAUSE.search(window[:hit.start()]) \
            or _NEXT_SUBJECT.search(window, 0, hit.start()) \
            or _NEW_PREDICATE.search(window, 0, hit.start()) or _PARTICIPLE.search(window, 0, hit.start()):
        return False   # the 'with' must belong to the trigger's own clause
    if hit.group() == "with" and _NO_SIDE_WITH.search(window, 0, hit.start()) and not _INSTRUMENT_WORD.search(window, 0, hit.start()):
        return False   # "deploy troops to its southern border with Guatemala", "cut its military ties with North Korea";
    # not "signed a treaty fixing its maritime boundary with Nigeria"
    if hit.group() == "from" and not _PURCHASE.search(window[:hit.start()]):
        return False   # "buy jets from France" names a party; "migrants from Haiti" does not
    if hit.group() == "by" and not (_PASSIVE.search(text, max(0, trigger_end - 12), trigger_end)
                                    or _SIGNING_OF.search(text, max(0, trigger_end - 80), trigger_end)):
        return False   # "signed … by Presidents A and B", "the signing of the accord by A and B" name parties
    rest = window[hit.end():]
    for other in sorted(mentions, key=lambda x: -x.start):
        lo, hi = other.start - trigger_end - hit.end(), other.end - trigger_end - hit.end()
        if 0 <= lo and hi <= len(rest):
            rest = rest[:lo] + " " + rest[hi:]
    rest = re.sub(r"\b(?:[A-Z][\w’'-]*|counterparts?|officials|leaders?|president|minister|prime minister|"
                  r"foreign minister|government|delegation|side|ministers|presidents|prime ministers|then|former|previous|outgoing|"
                  r"incoming|interim|acting|caretaker|new|newly\s+elected|"
                  r"(?:deputy\s+)?secretary(?:\s+of)?|(?:national\s+security\s+)?advis[eo]r|envoy|ambassador|breakaway|"
                  r"self-declared|self-proclaimed|neighbou?ring|landlocked|oil-rich|tiny|fellow)\b|[’']s\b|"
                  r"(?:\b[\w.]+)?-(?:based|backed|led|recogni[sz]ed)\b", " ", rest)   # "with the Tripoli-based government"
    # "between Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Saudi national security adviser …"
    return bool(_COORDINATION.match(rest))


def _distinct(agents) -> list[Agent]:
    seen, out = set(), []
    for a in agents:
        if a.key not in seen:
            seen.add(a.key)
            out.append(a)
    return out


#: A coordinated clause that opens with its own date: ", and in March this year …", "and on Friday …".
_DATED_CONJUNCT = re.compile(r"(?:,\s+|\s+)and\s+(?:then\s+|later\s+)?(?=(?:in|on|last|earlier)\s+(?:[A-Z]|\d|(?:this|last)\s))")


def nearest_date(dates: list[DateMention], attribution: Attribution | None, offset: int,
                 at: int | None = None, sentence: str = "", strict: bool = False) -> str | None:
    """The date of the event at ``at``: in the trigger's own clause if one is there, else the nearest
    before it, else the nearest after; dates in the attribution ("told Diálogo on March 14") come last."""
    outside = [d for d in dates if not (attribution and attribution.start <= offset + d.start < attribution.end)]
    candidates = outside or ([] if strict else dates)
    if not candidates:
        return None
    if at is None:
        return candidates[0].value
    start = _clause_start(sentence, 0, at) if sentence else 0
    stop = _CLAUSE.search(sentence, at) if sentence else None
    end = stop.start() if stop else len(sentence or "x" * 10**6)
    gap = _DATED_CONJUNCT.search(sentence, at, end) if sentence else None
    if gap and any(start <= d.start < gap.start() for d in candidates):
        end = gap.start()   # "In March 2021 A signed …, and in March this year B agreed": the later date is B's
    own = [d for d in candidates if start <= d.start < end]
    before = [d for d in candidates if d.end <= at]
    when = []
    if stop and _TEMPORAL.match(sentence, stop.start()):   # "agreed … when they met in February"
        later = _CLAUSE.search(sentence, stop.end())
        when = [d for d in candidates if stop.end() <= d.start < (later.start() if later else len(sentence))]
    pool = own or before or when or ([] if strict else candidates)
    if not pool:
        return None   # strict: a date in another clause after the trigger dates something else
    return min(pool, key=lambda d: min(abs(d.start - at), abs(d.end - at))).value
