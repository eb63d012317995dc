"""The gazetteer: states and organizations, and one matcher that finds them in text.

States come from ``kg/data/states.tsv`` (ISO codes, Wikidata QIDs, names, aliases,
demonyms, capitals, cross-checked public reference data); organizations from
``kg/data/organizations.tsv``. Context rules that decide when a string names a
state live in ``kg/rules/states.json``.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
RULES = Path(__file__).resolve().parent.parent / "rules"

ORG_KINDS = {
    "igo": "IntergovernmentalOrganization", "bloc": "IntergovernmentalOrganization",
    "un_body": "IntergovernmentalOrganization", "financial_institution": "IntergovernmentalOrganization",
    "news_agency": "NewsAgency", "newspaper": "NewsOrganization", "broadcaster": "NewsOrganization",
    "magazine": "NewsOrganization", "news_site": "NewsOrganization",
    "ngo": "NonGovernmentalOrganization", "think_tank": "NonGovernmentalOrganization",
    "government": "GovernmentBody", "armed_group": "ArmedGroup", "other": "Organization",
}


_WORD = re.compile(r"(?<![\w])[^\W_]+")


def _first_word(surface: str) -> str:
    return _WORD.match(surface).group() if _WORD.match(surface) else surface


def words_among(firsts) -> re.Pattern:
    """`_WORD`, finding only the words that may be one of ``firsts``: those starting with any capital A-Z
    (if one of them starts with a capital: the pattern stays the same as an article's people are learned,
    and is compiled once) or with a capital beyond ASCII one of them starts with, and the others as
    written (most words of a sentence are none)."""
    capitals = {w[0] for w in firsts if w[:1].isupper()}
    beyond_ascii = "".join(sorted(c for c in capitals if not c.isascii())) if capitals else None
    return _words_among(beyond_ascii, tuple(sorted((w for w in firsts if not w[:1].isupper()), key=lambda w: (-len(w), w))))


@lru_cache(maxsize=16)
def _words_among(beyond_ascii: str | None, others: tuple[str, ...]) -> re.Pattern:
    starts = [f"(?=[A-Z{''.join(map(re.escape, beyond_ascii))}])"] if beyond_ascii is not None else []
    starts += [rf"(?=(?:{'|'.join(map(re.escape, others))})(?![^\W_]))"] if others else []
    return re.compile(rf"(?<![\w])(?:{'|'.join(starts) or '(?!)'})[^\W_]+")


def _is_word_char(text: str, at: int) -> bool:
    return at < len(text) and (text[at].isalnum() or text[at] == "_")


@dataclass(frozen=True)
class Agent:
    """A state, an organization or a person, as extraction knows it."""

    kind: str                    # "state" | "org" | "person"
    key: str                     # ISO alpha-3 for states, a slug otherwise
    label: str
    wikidata: str | None = None  # a full Wikidata entity IRI, only where known for certain
    org_class: str | None = None  # an ontology class name for organizations
    country: str | None = None   # ISO alpha-3 of the state an organization belongs to


@dataclass(frozen=True)
class State:
    iso2: str
    iso3: str
    name: str
    wikidata: str
    demonym: str | None
    capitals: tuple[str, ...]

    @property
    def agent(self) -> Agent:
        return Agent("state", self.iso3 or _slug(self.name), self.name, self.wikidata or None)


@dataclass(frozen=True)
class Match:
    """One gazetteer hit: ``agent`` named at text[start:end] by a ``how`` form."""

    agent: Agent
    start: int
    end: int
    how: str          # "name" | "demonym" | "capital" | "org"
    place_only: bool = False


#: Officials already placed by a state's name ("met North Korean officials in Beijing"): the capital after them is
#: where they were, not whose officials ("officials in Beijing said" are China's).
_QUALIFIED_IN = re.compile(r"\b(?:[A-Z][\w.-]*\s+){0,2}(?!(?:Government|Senior|Top|Local|Some|Many|Other|The|Two|Three|"
                           r"Several|Western|Foreign|Military)\s)[A-Z][\w.-]*\s+(?:(?:government|military|defen[cs]e|trade|security)\s+)?"
                           r"(?:officials|diplomats|negotiators|envoys|delegates)\s+(?:in|at)\s+$")


class Gazetteer:
    def __init__(self, states: list[State], orgs: list[tuple[Agent, list[str]]], surfaces: dict[str, tuple[Agent, str]],
                 rules: dict):
        self.states = states
        self.by_iso2 = {s.iso2: s for s in states if s.iso2}
        self.by_iso3 = {s.agent.key: s for s in states}
        self.orgs = {o.key: o for o, _ in orgs}
        self.surfaces = surfaces
        self.rules = rules
        openers = f"(?:{rules['openers']})"   # the words that open a sentence or a clause, written once
        self._not_after = {k: re.compile(v.replace("<openers>", openers)) for k, v in rules["not_after"].items()}
        self._not_before = {k: re.compile(v) for k, v in rules["not_before"].items()}
        self._feature_before = re.compile(rules["feature_before"])   # "the Gulf of Finland": a sea, not Finland
        self._event_after = re.compile(rules["event_after"])   # "the Tokyo 2020 Games": an event, not Japan
        self._place_after = re.compile(rules["place_only_after"])
        #: names of a state that stand for a place after these words ("at the Vatican"), capital or not
        self._place_names = {k: re.compile(v) for k, v in rules.get("place_names", {}).items() if not k.startswith("_")}
        self._place_before = re.compile(rules["place_only_before"])
        self._by_first: dict[str, list[str]] = {}
        for surface in sorted(surfaces, key=len, reverse=True):
            self._by_first.setdefault(_first_word(surface), []).append(surface)
        self._words = words_among(self._by_first)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Every surface string at word boundaries, longest first, left to right, not overlapping.
        Candidates are looked up by their first word: far faster than one alternation of 1,500 names."""
        end = len(text) if end is None else end
        found, pos = [], start
        for word in self._words.finditer(text, start, end):
            if word.start() < pos:
                continue
            for surface in self._by_first.get(word.group(), ()):
                stop = word.start() + len(surface)
                if stop <= end and text.startswith(surface, word.start()) and not _is_word_char(text, stop):
                    match = self._judge(text, surface, word.start(), stop)
                    if match:
                        found.append(match)
                    pos = stop
                    break
        return found

    def _judge(self, text: str, surface: str, start: int, end: int) -> Match | None:
        agent, how = self.surfaces[surface]
        before, after = text[max(0, start - 24):start], text[end:end + 48]
        if surface in self._not_after and self._not_after[surface].search(before):
            return None
        if surface in self._not_before and self._not_before[surface].search(after):
            return None
        if self._feature_before.search(before) or (how == "capital" and self._event_after.search(after)):
            return None
        place_only = how == "capital" and bool(self._place_after.search(before) or self._place_before.search(after)
                                               or _QUALIFIED_IN.search(text, max(0, start - 60), start)) \
            or surface in self._place_names and bool(self._place_names[surface].search(before))
        return Match(agent, start, end, how, place_only)

    def state(self, iso3: str) -> State:
        return self.by_iso3[iso3]

    def org_named(self, name: str) -> Agent | None:
        hit = self.surfaces.get(name) or self.surfaces.get(re.sub(r"^[Tt]he\s+", "", name))
        return hit[0] if hit and hit[0].kind == "org" else None

    def demonym_state(self, word: str) -> State | None:
        hit = self.surfaces.get(word)
        return self.by_iso3[hit[0].key] if hit and hit[0].kind == "state" else None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    rules = json.loads((RULES / "states.json").read_text(encoding="utf-8"))
    states = _read_states()
    orgs = _read_orgs()
    surfaces = _surfaces(states, orgs, rules)
    return Gazetteer(states, orgs, surfaces, rules)


#: Offices the news puts before a current leader's surname ("President Ali", "Prime Minister Gonsalves").
TITLES_BEFORE_SURNAME = ("President", "Prime Minister", "Chancellor", "Foreign Minister", "Defence Minister")


@lru_cache(maxsize=1)
def leaders() -> dict[str, Agent]:
    """Leaders and foreign ministers named without their country in news ("Erdoğan said"):
    full name -> state, and the surname alone where it is distinctive."""
    gaz = load()
    found: dict[str, Agent] = {}
    titled: dict[str, set[str]] = {}   # "President Ali": the surname after the office, for one state only
    former: dict[str, set[str]] = {}   # the same of former heads of state and government
    for row in _leader_rows():
        state = gaz.by_iso3[row["iso3"]].agent
        found[row["name"]] = state
        if row["name"].endswith((" Jr.", " Sr.")):   # "… and President Ferdinand Marcos Jr." ends a sentence
            found.setdefault(row["name"][:-1], state)
        if row["surname_alone"] == "yes":
            found.setdefault(row["name"].split()[-1], state)
        if row["role"] in TITLES_BEFORE_SURNAME and " bin " not in row["name"]:
            titled.setdefault(f"{row['role']} {row['name'].split()[-1]}", set()).add(row["iso3"])
        elif _FORMER_HEAD.fullmatch(row["role"]) and " bin " not in row["name"]:   # "President Bush", whichever it
            former.setdefault(f"{row['role'].removeprefix('former ')} {_surname(row['name'])}", set()).add(row["iso3"])   # was
    for name, states in titled.items():
        if len(states) == 1:
            found.setdefault(name, gaz.by_iso3[next(iter(states))].agent)
    given = {row["name"].split()[0] for row in _leader_rows()}
    for name, states in former.items():   # (a title a current leader holds is his: "President Ali", Guyana's; not a
        if len(states) == 1 and name not in titled and name.split()[-1] not in given:   # given name too: "President
            # Abdelaziz Bouteflika")
            found.setdefault(name, gaz.by_iso3[next(iter(states))].agent)
    return found


@lru_cache(maxsize=1)
def _leader_rows() -> tuple[dict[str, str], ...]:
    """The rows of `kg/data/leaders.tsv`, read once for `leaders()` and `governments()`."""
    with open(DATA / "leaders.tsv", encoding="utf-8") as f:
        return tuple(csv.DictReader(f, delimiter="\t"))


@lru_cache(maxsize=1)
def leader_offices() -> dict[str, tuple[str, str]]:
    """A serving leader's surname (with and without "al-") and full name -> (ISO alpha-3, role): whose office "Sudani's
    office" is. Surnames two leaders share are left out."""
    found: dict[str, tuple[str, str]] = {}
    shared: set[str] = set()
    for row in _leader_rows():
        if row["role"].startswith("former "):
            continue
        surname = row["name"].split()[-1]
        for key in {row["name"], surname, re.sub(r"^(?:al|el)-", "", surname)}:
            if key in found and found[key] != (row["iso3"], row["role"]):
                shared.add(key)
            found[key] = (row["iso3"], row["role"])
    return {k: v for k, v in found.items() if k not in shared}


@lru_cache(maxsize=1)
def governments() -> dict[str, str]:
    """'the Bush administration', 'the Abe government': the government of a head of state or government's state
    (whichever Bush it was), for a surname everyone of which `leaders.tsv` lists is of one state (not "the Johnson
    government": Lyndon, Boris) -> that state's ISO 3 code."""
    heads: set[str] = set()
    named: dict[str, set[str]] = {}   # a surname -> the states of everyone listed under it
    for row in _leader_rows():
        named.setdefault(_surname(row["name"]), set()).add(row["iso3"])
        if _HEAD.fullmatch(row["role"]):
            heads.add(_surname(row["name"]))
    return {f"{surname} {word}": next(iter(named[surname])) for surname in heads
            for word in ("administration", "government")
            if len(named[surname]) == 1 and len(surname) > 2 and surname[0].isupper()}


_FORMER_HEAD = re.compile(r"former (?:President|Prime Minister|Chancellor)")
_HEAD = re.compile(r"(?:former\s+)?(?:President|Prime\s+Minister|Premier|Chancellor)")


def _surname(name: str) -> str:
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1] in ("Jr.", "Sr.", "Jr", "Sr") else words[-1]


def _read_states() -> list[State]:
    with open(DATA / "states.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [State(r["iso2"], r["iso3"], r["name"], r["wikidata"],
                  _split(r["demonyms"])[0] if r["demonyms"] else None, tuple(_split(r["capital"])))
            for r in rows]


def _read_orgs() -> list[tuple[Agent, list[str]]]:
    """Each organization with its curated aliases ("the …" forms are matched without "the")."""
    with open(DATA / "organizations.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    iso3 = {s.iso2: s.iso3 for s in _read_states()}   # read once, not once per organization
    return [(Agent("org", _slug(r["name"]), r["name"], r["wikidata"] or None, ORG_KINDS[r["kind"]],
                   iso3.get(r["country"]) if r["country"] else None),
             [a for a in _split(r["aliases"]) if not a.startswith("the ")])
            for r in rows]


def _surfaces(states: list[State], orgs: list[tuple[Agent, list[str]]], rules: dict) -> dict[str, tuple[Agent, str]]:
    """Every surface string -> (agent, how); states first, then organizations over them."""
    surfaces: dict[str, tuple[Agent, str]] = {}
    with open(DATA / "states.tsv", encoding="utf-8") as f:
        rows = {r["iso2"] or r["name"]: r for r in csv.DictReader(f, delimiter="\t")}
    by_code = {s.iso2 or s.name: s for s in states}
    drop = set(rules["drop"])
    for code, row in rows.items():
        agent = by_code[code].agent
        forms = [("name", s) for s in _split(row["aliases"])]
        forms += [("demonym", s) for s in _split(row["demonyms"])]
        forms += [("demonym", s + "s") for s in _split(row["demonyms"]) if s[-1] in "niy"]
        forms += [("capital", s) for s in _split(row["capital"])]
        forms += [("name", s) for s in rules["extra_aliases"].get(code, [])]
        for how, surface in forms:
            if surface in drop or len(surface) < 2:
                continue
            if surface in surfaces and rules["prefer"].get(surface, code) != code:
                continue
            if surfaces.get(surface) == (agent, "name"):
                continue   # "New Zealand" is the name; it is also the demonym ("New Zealand wine")
            surfaces[surface] = (agent, how)
    by_iso3 = {s.iso3: s.agent for s in states}
    for surface, iso3 in governments().items():
        surfaces.setdefault(surface, (by_iso3[iso3], "name"))
    by_name = {o.label: o for o, _ in orgs}
    for org, aliases in orgs:
        for surface in [org.label] + aliases:
            surfaces[surface] = (org, "org")
    for capital, org_name in rules["org_capitals"].items():
        surfaces[capital] = (by_name[org_name], "org")
    return surfaces


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _slug(text: str) -> str:
    from ..iris import slug
    return slug(text)
