"""Actors named in a sentence: states, organizations (known, government bodies,
outlets introduced by a descriptor) and people with their roles."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..iris import slug
from .gazetteer import Agent, Gazetteer
from .prefilter import Gate

RULES = Path(__file__).resolve().parent.parent / "rules" / "patterns.json"
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
#: A word of a name: "Narasimha", "al-Sisi", "W.", or initials run together ("P.V.", never "U.S."); none starts
#: inside an abbreviation ("S. Treasury" of "U.S. Treasury").
NAME_TOKEN = (rf"(?:(?<![\w.])(?!(?:U\.S|U\.K|U\.N|E\.U)\.)(?:[{UPPER}]\.){{2,3}}(?![\w’'-])"
              rf"|(?:(?:al|el|bin|ibn|de|da|ul)-)?(?<!\.)[{UPPER}][\w’'-]*\.?)")
_OPENING_IN = re.compile(r"(?:^|[.\n]\s*|\A)In\s+$")
_THEN_BODY = re.compile(r",\s+(?:the\s+)?")
_BODY_SEATED = re.compile(r"\b[Tt]he\s+(?P<body>[a-z]+(?:\s+[a-z]+)?\s+(?:ministry|office))$")
_HALVES = re.compile(r"\b(?P<half>North|South|East|West)\s+and\s+(?:North|South|East|West)\s+(?P<name>[A-Z][\w-]+)")
_HALVES_GATE = Gate(_HALVES)
_BOTH_KOREAS = re.compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+Koreas\b")
_FUNCTION_WORDS = {"In", "At", "On", "For", "From", "With", "By", "To", "After", "Before", "During", "Under", "Of", "As"}
_OF_END = re.compile(r"\s+of\s+(?:the\s+)?$")   # how every body named before its state ends
#: An organization named in a compound adjective ("Libya's U.N.-backed government", "an AU-brokered truce"): it
#: qualifies another; it is no one acting, no party, no source.
_MODIFYING = re.compile(r"-(?:backed|brokered|led|mediated|sponsored|run|funded|recogni[sz]ed|drafted|supervised|monitored|"
                        r"organi[sz]ed|hosted|chaired|commissioned|appointed|imposed|designated|sanctioned|authori[sz]ed)\b")
#: A seat of government named as where something happened ("signed at the White House", "met on the White
#: House lawn", "talks in Downing Street", "in a side room of the Elysee Palace") is a place there, not the
#: government acting.
_AT_SEAT = re.compile(r"\b(?:at|on|in|outside|inside|(?:room|hall|salon|garden|courtyard|steps|lawn|grounds|gates|library|"
                      r"terrace|balcony|ballroom|wing|corridors?)s?\s+of)\s+$")
#: "the North", "the South's": a half of Korea where the article names both (not "the South China Sea", "the North Pole").
_THE_HALF = re.compile(r"\b[Tt]he\s+(?P<half>North|South)\b(?![\w-]|\s+[A-Z])")
_CAPITAL_OWNS = re.compile(r"[’']s\s")   # "Muscat's foreign ministry"
_THE_COUNTRYS = re.compile(r"\b[Tt]he\s+(?:country|nation)[’']s\s+")   # how every body of "the country" starts


@lru_cache(maxsize=1)
def patterns() -> dict:
    return json.loads(RULES.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Mention:
    agent: Agent
    start: int
    end: int
    how: str              # name | demonym | capital | org | body | outlet | person | member (of a group named)
    place_only: bool = False


class ActorFinder:
    """Finds actors in text spans; one per article keeps the people it has met."""

    def __init__(self, gazetteer: Gazetteer):
        p = patterns()
        self.gaz = gazetteer
        self.bodies = [(label, re.compile(rf"^(?:[’']s)?\s+(?P<body>{rx})\b")) for label, rx in p["government_bodies"].items()]
        self.any_body = re.compile(rf"^(?:[’']s)?\s+(?:{'|'.join(p['government_bodies'].values())})\b")   # one of them
        self.bodies_of = [(label, re.compile(rf"(?P<body>{rx}){_OF_END.pattern}"))
                          for label, rx in p["government_bodies"].items() if label not in ("Government", "Ministry")]
        self.offices = re.compile(p["government_offices"])
        self.offices_after = re.compile(p["government_offices_after"], re.I)
        names = "|".join(re.escape(re.sub(r"^the ", "", n)) for n in sorted(p["government_names"], key=len, reverse=True))
        self.gov_names = re.compile(rf"(?<!\w)(?:the\s+)?(?:{names})(?!\w)", re.I)
        self.gov_lookup = {re.sub(r"^the ", "", k.lower()): v for k, v in p["government_names"].items()}
        #: a Gate reads text beyond ASCII always, ASCII text for these words: a name beyond ASCII ("Élysée")
        #: cannot match ASCII text, so leaving it out keeps the gate exact
        self.gov_gate = Gate(words={n for n in self.gov_lookup if n.isascii()}, ignore_case=True)
        descriptors = "|".join(re.escape(d) for d in sorted(p["outlet_descriptors"], key=len, reverse=True))
        self.outlet = re.compile(
            rf"\b(?P<desc>{descriptors})\s+(?P<name>(?:The\s+)?{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|de|del|la|el|y|of|al)){{0,5}})")
        #: "the ANP news agency", "told SAFM radio": a one-word name before what it is (a media descriptor)
        self.outlet_before = re.compile(r"\b(?P<name>[A-Z][A-Z0-9]{1,7}|[A-Z][a-z]{2,12})\s+(?P<desc>news\s+agency|radio|"
                                        r"television|broadcaster|newspaper|daily|TV\s+channel)\b")
        self.not_person = set(p["not_person_words"])
        self.un_bodies = re.compile(p["un_bodies"])
        self.un_gate, self.outlet_gate = Gate(self.un_bodies), Gate(self.outlet)
        self.outlet_before_gate = Gate(self.outlet_before)
        self.preferences: dict[str, Agent] = {}
        self.country: Agent | None = None
        self.salience: dict[str, int] = {}
        described = {k: set(v) for k, v in p["state_descriptions"].items() if not k.startswith("_")}
        self.descriptions = {k.lower(): v for k, v in described.items()}
        self.described = re.compile(r"\b[Tt]he\s+(?P<what>" + "|".join(f"(?i:{k[0]}){re.escape(k[1:])}" for k in sorted(
            described, key=len, reverse=True)) + r")(?![\w-])(?!\s+of\b)")   # "the kingdom", "The Sultanate's"
        self.described_gate = Gate(self.described)
        governing = {k: v for k, v in p["de_facto_governments"].items() if not k.startswith("_")}
        self.de_facto = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in governing) + r")\b") if governing else None
        self.de_facto_gate = Gate(self.de_facto) if governing else None
        self.de_facto_since = {k: (iso3, dt.date.fromisoformat(day)) for k, (iso3, day) in governing.items()}
        self.published: dt.date | None = None   # the article's date (set per article): who governs then
        self.koreas = False   # does the article name both Koreas (`_korean_halves`)? set per article
        other_count = "".join(f"(?<!{n} )" for n in ("two", "three", "four", "five", "six", "seven", "eight", "nine"))
        self.groups = [(re.compile(rf"\b{other_count}(?:{rx})\b"), members) for rx, members in p["member_groups"].items()
                       if not rx.startswith("_")]   # "the two Nordic countries" are two of them, not the group
        self.groups_gate = Gate.union([Gate(rx) for rx, _ in self.groups])
        self.country_bodies = [(label, re.compile(rf"{_THE_COUNTRYS.pattern}(?P<body>{rx})\b"))
                               for label, rx in p["government_bodies"].items() if label != "Government"]

    def the_country(self, state: Agent | None, salience: dict[str, int] | None = None) -> None:
        """The state "the country's foreign ministry" means here: the article's most salient one; and how
        salient each state is so far, for "the kingdom" (`_described_states`)."""
        self.country = state
        self.salience = salience or {}

    def prefer(self, preferences: dict[str, Agent]) -> None:
        """Read these ambiguous surface strings as these states (set per article)."""
        self.preferences = preferences

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        mentions = [Mention(self.preferences.get(text[m.start:m.end], m.agent), m.start, m.end, m.how, m.place_only)
                    for m in self.gaz.find(text, start, end)]
        mentions = self._government_bodies(text, mentions)
        mentions += self._government_names(text, start, end)
        mentions += self._un_bodies(text, start, end)
        mentions += self._country_bodies(text, start, end)
        mentions += self._outlets(text, start, end, mentions)
        mentions += self._first_halves(text, start, end)
        mentions += self._described_states(text, start, end)
        mentions += self._governing(text, start, end)
        mentions += self._korean_halves(text, start, end)
        mentions = [m for m in mentions if not (m.agent.kind == "org" and _MODIFYING.match(text, m.end))]
        return _without_nested(mentions) + self._members(text, start, end) + self._both_koreas(text, start, end)

    def _korean_halves(self, text: str, start: int, end: int) -> list[Mention]:
        """'the South's delegation was led by …, and the North's by …': in an article that names both Koreas, the
        North and the South are they (`koreas`, set per article)."""
        segment = text[start:end]
        if not self.koreas or not ("North" in segment or "South" in segment):
            return []
        found = []
        for m in _THE_HALF.finditer(text, start, end):
            hit = self.gaz.surfaces.get(f"{m['half']} Korea")
            if hit and hit[0].kind == "state":
                found.append(Mention(hit[0], m.start("half"), m.end("half"), "name"))
        return found

    def _governing(self, text: str, start: int, end: int) -> list[Mention]:
        """'Uzbek and Taliban officials agreed': a movement that governs a state on the article's day acts for it."""
        if self.de_facto is None or self.published is None or not self.de_facto_gate.may_match(text[start:end]):
            return []
        found = []
        for m in self.de_facto.finditer(text, start, end):
            iso3, since = self.de_facto_since[m.group()]
            if self.published >= since and iso3 in self.gaz.by_iso3:
                found.append(Mention(self.gaz.state(iso3).agent, m.start(), m.end(), "name"))
        return found

    def _members(self, text: str, start: int, end: int) -> list[Mention]:
        """'the four EFTA states', 'the three Baltic states': each member, at the group's words (a state the
        group names stands for itself; these are added after the nesting is resolved, all at one span)."""
        if not self.groups_gate.may_match(text[start:end]):
            return []
        return [Mention(self.gaz.state(iso3).agent, m.start(), m.end(), "member")
                for rx, members in self.groups for m in rx.finditer(text, start, end)
                for iso3 in members if iso3 in self.gaz.by_iso3]

    def _described_states(self, text: str, start: int, end: int) -> list[Mention]:
        """'the kingdom', 'the emirate', 'the island nation': the most salient state so far that is one."""
        if not self.salience or not self.described_gate.may_match(text[start:end]):
            return []
        found = []
        for m in self.described.finditer(text, start, end):
            states = self.descriptions[m["what"].lower()]
            best = max((k for k in self.salience if k in states and self.salience[k] > 0),
                       key=lambda k: self.salience[k], default=None)
            if best is not None and best in self.gaz.by_iso3:
                found.append(Mention(self.gaz.state(best).agent, m.start(), m.end(), "name"))
        return found

    def _first_halves(self, text: str, start: int, end: int) -> list[Mention]:
        """'North and South Korea': the first half names a state of its own ("North Korea")."""
        found = []
        for m in _HALVES.finditer(text, start, end) if _HALVES_GATE.may_match(text[start:end]) else ():
            hit = self.gaz.surfaces.get(f"{m['half']} {m['name']}")
            if hit and hit[0].kind == "state":
                found.append(Mention(hit[0], m.start("half"), m.end("half"), "name"))
        return found

    def _both_koreas(self, text: str, start: int, end: int) -> list[Mention]:
        """'the two Koreas', 'both Koreas': both states, at one span (added after the nesting is resolved)."""
        found = []
        for m in _BOTH_KOREAS.finditer(text, start, end) if "Koreas" in text[start:end] else ():
            for half in ("North Korea", "South Korea"):
                hit = self.gaz.surfaces.get(half)
                if hit and hit[0].kind == "state":
                    found.append(Mention(hit[0], m.start(), m.end(), "name"))
        return found

    def _government_bodies(self, text: str, mentions: list[Mention]) -> list[Mention]:
        out = []
        for m in mentions:
            placed = self._body_in_capital(text, m)
            if placed:
                out += [m, placed]
                continue
            body = self._body_after(text, m) or self._body_before(text, m)
            out.append(body or m)
            if body:
                out.append(Mention(m.agent, m.start, m.end, "in-body"))
        return out

    def _body_after(self, text: str, m: Mention) -> Mention | None:
        if m.agent.kind != "state" or (m.how == "capital" and not _CAPITAL_OWNS.match(text, m.end)):
            return None   # "Muscat's foreign ministry" is Oman's; "a Muscat ministry building" is a place's
        after = text[m.end:m.end + 80]
        if not self.any_body.match(after):
            return None   # most states are named with no body after them
        for label, rx in self.bodies:
            hit = rx.match(after)
            if hit:
                name = _label_of(label, hit["body"])
                more = _NAME_GOES_ON.match(text, m.end + hit.end()) if " of " in hit["body"] else None
                return Mention(self.government_body(m.agent, name), m.start, more.end() if more else m.end + hit.end(), "body")
                # "India's Ministry of Commerce and Industry": the whole name, as written (kept as another name of it)
        return None

    def _body_in_capital(self, text: str, m: Mention) -> Mention | None:
        """'In Beijing, foreign ministry spokesman Wang Wenbin said': the ministry of the capital's state
        (the capital itself stays a place)."""
        if m.agent.kind == "state" and m.how == "capital" and text[m.start - 4:m.start] == " in ":
            return self._body_seated_in(text, m)   # "the foreign ministry in Tehran said"
        if m.agent.kind != "state" or m.how != "capital" or not _OPENING_IN.search(text, max(0, m.start - 5), m.start):
            return None
        lead = _THEN_BODY.match(text, m.end)
        if not lead:
            return None
        for label, rx in self.bodies:
            hit = rx.match(" " + text[lead.end():lead.end() + 60])
            if hit and label not in ("Government", "Embassy"):
                name = _label_of(label, hit["body"])
                return Mention(self.government_body(m.agent, name), lead.end(), lead.end() + hit.end() - 1, "body")
        return None

    def _body_seated_in(self, text: str, m: Mention) -> Mention | None:
        """'The foreign ministry in Tehran said': a body named before the capital it sits in is that state's."""
        lead = _BODY_SEATED.search(text, max(0, m.start - 50), m.start - 4)
        if not lead:
            return None
        for label, rx in self.bodies:
            hit = rx.match(" " + lead["body"])
            if hit and hit.end() - 1 == len(lead["body"]) and label not in ("Government", "Embassy", "Ministry"):
                name = _label_of(label, hit["body"])
                return Mention(self.government_body(m.agent, name), lead.start("body"), lead.end("body"), "body")
        return None

    def _body_before(self, text: str, m: Mention) -> Mention | None:
        if m.agent.kind != "state" or m.how != "name":
            return None
        before = text[max(0, m.start - 60):m.start]
        for label, rx in self.bodies_of if _OF_END.search(before) else ():
            hit = rx.search(before)
            if hit:
                return Mention(self.government_body(m.agent, label), m.start - len(before) + hit.start(), m.end, "body")
        title = self.offices_after.match(text[m.end:m.end + 40])
        office = title and self.offices.search(before)
        if office and title:
            start, end = m.start - len(before) + office.start(), m.end + title.end()
            label = re.sub(r"^[Tt]he\s+", "", text[start:end])
            label = label[0].upper() + label[1:]
            agent = Agent("org", f"{m.agent.key.lower()}-{slug(label)}", label, None, "GovernmentBody", m.agent.key)
            return Mention(agent, start, end, "body")
        return None

    def body_label(self, body: str) -> str:
        """The label of a state's body named by what it is ("the presidential office": "Presidency"), as when named
        with its state, so both are one body."""
        for label, rx in self.bodies:
            hit = rx.match(" " + body)
            if hit and hit.end() == len(body) + 1:
                return _label_of(label, hit["body"].title())
        return body.title()

    def government_body(self, state: Agent, label: str) -> Agent:
        info = self.gaz.state(state.key)
        label = label if label[0].isupper() else label.title()   # "coast guard" -> "Coast Guard"
        if label in ("Government", "Cabinet"):
            name = f"{info.demonym or info.name} government"
        else:
            name = f"{info.demonym or info.name} {label}"
        key = "government" if label in ("Government", "Cabinet") else slug(label)
        return Agent("org", f"{state.key.lower()}-{key}", name, None, "GovernmentBody", state.key)

    def _government_names(self, text: str, start: int, end: int) -> list[Mention]:
        lookup = self.gov_lookup
        found = []
        for m in self.gov_names.finditer(text, start, end) if self.gov_gate.may_match(text[start:end]) else ():
            iso3 = lookup[re.sub(r"^the\s+", "", m.group().lower())]
            state = self.gaz.state(iso3).agent
            label = re.sub(r"^[Tt]he\s+", "", m.group())
            label = label[0].upper() + label[1:]
            agent = Agent("org", f"{iso3.lower()}-{slug(label)}", label, None, "GovernmentBody", iso3)
            found.append(Mention(agent, m.start(), m.end(), "body",
                                 bool(_AT_SEAT.search(text, max(start, m.start() - 24), m.start()))))
        return found

    def _country_bodies(self, text: str, start: int, end: int) -> list[Mention]:
        if self.country is None or self.country.kind != "state" or not _THE_COUNTRYS.search(text, start, end):
            return []
        found: dict[int, Mention] = {}
        for label, rx in self.country_bodies:   # the specific labels come before the generic "Ministry"
            for m in rx.finditer(text, start, end):
                name = _label_of(label, m["body"].title())
                found.setdefault(m.start(), Mention(self.government_body(self.country, name), m.start(), m.end(), "body"))
        return list(found.values())

    def _un_bodies(self, text: str, start: int, end: int) -> list[Mention]:
        """'the U.N. Group of Experts on Congo': a body of the UN, named as written."""
        found = []
        for m in self.un_bodies.finditer(text, start, end) if self.un_gate.may_match(text[start:end]) else ():
            name = re.sub(r"\s+(?:of|on|the|in|for)$", "", m.group())
            known = self.gaz.org_named(re.sub(r"^(?:U\.N\.|UN|United Nations)\s+", "", name))   # "the UN Economic Commission
            found.append(Mention(known or Agent("org", slug(name), name, None, "IntergovernmentalOrganization"),   # for …"
                                 m.start(), m.start() + len(name), "org"))
        return found

    def _outlets(self, text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
        kinds = patterns()["outlet_descriptors"]
        found = []
        for m in self.outlet.finditer(text, start, end) if self.outlet_gate.may_match(text[start:end]) else ():
            name = _trim_name(m["name"])
            if not name or any(k.start <= m.start("name") < k.end for k in known):
                continue
            if self.gaz.surfaces.get(name) or name.split()[0] in self.not_person and len(name.split()) == 1:
                continue
            country = next((k.agent.key for k in known if k.agent.kind == "state" and k.how == "demonym"
                            and 0 <= m.start() - k.end <= 2), None)
            agent = Agent("org", slug(name), name, None, kinds[m["desc"]], country)
            found.append(Mention(agent, m.start("name"), m.start("name") + len(name), "outlet"))
        for m in self.outlet_before.finditer(text, start, end) if self.outlet_before_gate.may_match(text[start:end]) else ():
            name = m["name"]
            if any(k.start <= m.start() < k.end for k in known + found) or self.gaz.surfaces.get(name) \
                    or name in self.not_person or name in _NOT_OUTLET_NAMES or text.endswith("The ", 0, m.start()):
                continue   # "the Chinese news agency", "the state radio": no name; "The Nation newspaper": read whole elsewhere
            desc = " ".join(m["desc"].split())
            agent = Agent("org", slug(name), name, None, kinds.get(desc, "NewsOrganization"), None)
            found.append(Mention(agent, m.start("name"), m.end("name"), "outlet"))
        return found

    def is_person_name(self, name: str) -> bool:
        tokens = [t.rstrip(".,;:") or t for t in name.split()]   # "Unification Ministry." ends a sentence
        if len(tokens) == 1 and _JOINED_NAME.fullmatch(tokens[0]):
            return not self.gaz.surfaces.get(tokens[0])   # "Zia-ul-Haq", "Misbah-ul-Haq": a whole name in one word
        if not 2 <= len(tokens) <= 5 or any(c.isdigit() for c in name):
            return False   # "KF-21 Boramae": a thing's model number
        if any(t in self.not_person or t.rstrip("’'s") in self.not_person for t in tokens):
            return False
        if tokens[-2:] == ["National", "Park"]:
            return False   # "the Galápagos National Park said" ("Park" alone may be a surname: Park Geun-hye)
        if _ACRONYM_WORD.fullmatch(tokens[0]):
            return False   # "SOS Méditerranée", "NATO Allied Command": a body's acronym opens no person's name
        given = tokens[0] in _STATES_AS_GIVEN_NAMES and tokens[1] not in _PLACE_WORDS_AFTER
        if tokens[0] in ("The", "A", "An") or tokens[0] in _FUNCTION_WORDS or any(self.gaz.surfaces.get(t, (None, "capital"))[1] != "capital"
                                                  for t in tokens[1 if given else 0:]):
            return False   # a state's name or demonym is no part of a name; a capital may be ("Ana Lima"), and a
            # state's name the gazetteer does not read before a surname may be a given name ("Jordan Pickering")
        particles = set(patterns()["particles"])
        tokens = [re.sub(r"^(?:al|el|bin|ibn|de|da|ul)-", "", t) for t in tokens]
        return tokens[0][0].isupper() and tokens[-1][0].isupper() \
            and all(t[0].isupper() or t in particles for t in tokens) and not self.gaz.surfaces.get(name)


#: A word of three or more capitals that is no Roman numeral ("SOS", "NATO"; not "III").
_ACRONYM_WORD = re.compile(r"(?![IVXLC]+$)[A-Z]{3,}")
#: States' names that are also given names in English ("Jordan Pickering", "Chad Smith", "Georgia Meloni"), and the
#: words that make them places again ("Jordan Valley", "Georgia Tech").
_STATES_AS_GIVEN_NAMES = frozenset({"Jordan", "Chad", "Georgia"})
_PLACE_WORDS_AFTER = frozenset({"River", "Valley", "Basin", "Tech", "State", "Street", "Delta", "Lake", "University"})
#: A name joined by a particle into one word ("Zia-ul-Haq", "Inzamam-ul-Haq", "Fazl-ur-Rehman").
_JOINED_NAME = re.compile(r"[A-Z][a-z]+-(?:ul|ur|ud|ad|al|us|uz)-[A-Z][a-z]+")


#: Capitalised words before "news agency", "radio" that are no outlet's name ("State radio", "The daily").
_NOT_OUTLET_NAMES = frozenset({"The", "State", "National", "Public", "Official", "Local", "Regional", "Private", "Government",
                               "Independent", "Leading", "Main", "Another", "One", "Its", "Their", "His", "Her", "Russian"})


#: Bodies named as the article writes them ("army", "navy", "Ministry of Mines"), not by one label.
_AS_WRITTEN = ("Ministry", "migration agency", "Armed Forces")


#: The rest of a body's name of several parts: "… of Commerce[, Industry] and Industry" (not "and Japan's …").
_NAME_GOES_ON = re.compile(r"(?:,\s+(?:and\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}(?![\w’'-]))*"
                           r",?\s+and\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,2}(?![\w’'-])")


def _label_of(label: str, surface: str) -> str:
    """The label of a body a pattern of `government_bodies` found: as written for the generic ones (`_AS_WRITTEN`),
    else the pattern's, in the article's spelling."""
    return surface if label in _AS_WRITTEN else _spelled(label, surface)


def _spelled(label: str, surface: str) -> str:
    """A body's label in the article's spelling ("defence ministry" -> "Defence Ministry")."""
    return label.replace("Defense", "Defence") if "defence" in surface.lower() else label


def _trim_name(name: str) -> str:
    """Drop trailing words that cannot end a name ('of', 'al', a possessive)."""
    name = re.sub(r"[’']s$", "", name.strip())
    while name.split() and name.split()[-1] in ("de", "del", "la", "el", "y", "of", "al"):
        name = name.rsplit(" ", 1)[0]
    return name.rstrip(".,")


def _without_nested(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one (a demonym inside a ministry's name)."""
    mentions = sorted(set(mentions), key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in mentions:
        if m.how == "in-body":
            out.append(m)
            continue
        if any(o.start <= m.start and m.end <= o.end and o.how != "in-body" and o != m for o in out):
            continue
        out.append(m)
    return out
