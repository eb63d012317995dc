"""What a reader remembers from earlier sentences: which states "the two countries" are,
and which state a person named before acts for ("Kishida" after "Japanese Prime Minister Fumio Kishida")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .actors import Mention, patterns
from .dates import CALENDAR_WORDS
from .gazetteer import Agent, words_among
from .parties import size_of
from .records import PersonRecord



class Context:
    """One per article. ``leaders`` (name -> state) are heads of state and government and foreign
    ministers from ``kg/data/leaders.tsv``; people the article itself introduces take precedence."""

    def __init__(self, leaders: "Names | None" = None, given_name_first: frozenset[str] = frozenset(),
                 home: Agent | None = None, family_name_first: frozenset[str] = frozenset(),
                 family_first_of_three: frozenset[str] = frozenset()):
        self.groups: list[list[Agent]] = []
        self.keys: list[frozenset[str]] = []   # each group's states' keys
        self.told_together: Counter[frozenset[str]] = Counter()   # how often each group was named
        self.when: list[int] = []            # the sentence each group was read in
        self.sentence = 0
        self.paragraph = 0
        self.salience: Counter[str] = Counter()
        self.singles: list[Agent] = []
        self.leaders = leaders or Names({})
        self.people = Names({})              # introduced by this article; they come first
        self.given_name_first = given_name_first   # states whose leaders go by their given name ("Abiy")
        self.family_name_first = family_name_first  # states whose names start with the family name ("Kim")
        self.family_first_of_three = family_first_of_three   # … when the name has three words ("Lee Hsien Loong")
        self.home = home                     # the state of the dateline: a minister named without one serves it
        self.event_date: str | None = None   # of the meeting reported last
        self.meetings: list = []             # the meetings the article told so far (its records)
        self.story_date: str | None = None   # the day the news happened, from the opening sentences
        self.sentence_date: str | None = None  # the last date of the sentence read before
        self.last_date: str | None = None      # the last date (not ahead of the article) any sentence gave so far
        self.two_plus_two = False   # the article tells of a "two-plus-two" (two states' foreign and defence ministers)
        self.last_person: Agent | None = None  # the state of the person named last ("he met …")
        self.earlier_person: Agent | None = None   # the state of the one named before, of another state
        self.titles: dict[str, Agent | None] = {}   # "crown prince" -> the state of the one the article named
        self.offices: dict[str, set[str]] = {}   # state -> the offices its people the article named hold ("president")
        # (None once officials of two states held it)
        self._title = re.compile(patterns()["meeting"]["titles"])
        self.mediators: set[str] = set()      # states the article names as brokering talks between others
        self.armed: set[str] = set()          # the armed groups that signed or agreed with a state so far
        self.apart = False                   # the sentence read last told of separate meetings, no group
        self.lead_in: str | None = None      # "the two presidents:" before a list whose items have no subject
        self.told_from = 0                    # the first agreement of the roundup's current section
        self._subjects: list = []            # how to read the subject of each sentence so far, latest last
        self.others_surnames: set[str] = set()   # of people the article named, of no state we know: not a leader's

    def begin(self, paragraph: int) -> None:
        """A new sentence; a new paragraph puts distance between it and the sentence before."""
        self.sentence += 1 if paragraph == self.paragraph else 2
        self.paragraph = paragraph

    def new_section(self, told: int) -> None:
        """A numbered section of a roundup ("2. Modi in the Gulf") tells another story: its "two countries"
        are its own, not the states of the sections before, and its agreements begin at the ``told``-th."""
        self.told_from = told
        self.groups, self.keys, self.when, self.singles, self._subjects = [], [], [], [], []
        self.told_together = Counter()
        self.salience = Counter()
        self.last_person = self.earlier_person = None
        self.event_date = None
        self.mediators = set()   # who brokered the last story's talks may take part in this one's

    def person_named(self, state: Agent) -> None:
        """A sentence opened by naming a person of ``state``: the person named last before, if of another state, is
        kept as the one named before ("… was met by Iraqi President Talabani. He held talks with Talabani": he)."""
        if self.last_person is None or self.last_person.key != state.key:
            self.earlier_person = self.last_person
        self.last_person = state

    def remember(self, states: list[Agent]) -> None:
        """The states acting together in the sentence being read."""
        if len(states) >= 2:
            self.groups.append(list(states))
            self.keys.append(frozenset(a.key for a in states))
            self.told_together[self.keys[-1]] += 1
            self.when.append(self.sentence)

    def remember_subject(self, read) -> None:
        """Keep how to read the sentence's subject (read only if a later "it" asks: most never do)."""
        self._subjects = self._subjects[-3:] + [read]

    def last_subject(self) -> list[Agent]:
        """The states the last of the recent sentences that has a state as its subject is about ("it signed …")."""
        for read in reversed(self._subjects):
            states = read()
            if states:
                return states
        return []

    def most_salient(self) -> Agent | None:
        """The state that has acted most so far (an armed group that signed counts in ``salience``, never here)."""
        ranked = self.salience.most_common() if self.armed else self.salience.most_common(1)   # (armed groups: rare)
        key = next((k for k, _ in ranked if k not in self.armed), None)
        if key is None:
            return None
        return next((a for a in reversed(self.singles) if a.key == key), None) or \
            next(a for g in reversed(self.groups) for a in g if a.key == key)

    def count(self, states: list[Agent]) -> None:
        """How often each state has acted so far: the article's protagonists come first."""
        self.salience.update(a.key for a in states)
        self.singles.extend(states)

    def count_armed(self, parties: list[Agent]) -> None:
        """An armed group that signed or agreed with a state is one of "the two sides" as much as the state is
        ("Ethiopia's federal government and the TPLF signed …. Under the deal, the two sides agreed …")."""
        groups = [p for p in parties if p.org_class == "ArmedGroup"]
        self.armed |= {g.key for g in groups}
        self.salience.update(g.key for g in groups)

    def recall(self, reference: str | None = None, candidates: list[Agent] | None = None,
               venue: Agent | None = None, named_here: set[str] = frozenset(), told_by: list[Agent] = (),
               sides_here: dict[str, Agent] | None = None) -> list[Agent]:
        """The states "the two countries" or "they" refers to. A group named in the sentence just before
        wins; else, among the recent groups of the size the reference names and the reference's own
        sentence's states, the group of the article's most salient states. When the sentence names a
        venue state ("the two governments met in Rabat"), only groups that hold it are considered, if any; a
        group whose states the sentence names all (in any role, ``named_here``) is preferred, then one that holds the
        state of whoever tells of it (``told_by``: "the two prime ministers agreed …, Pakistani Foreign Secretary X
        told reporters")."""
        size = size_of(reference or "")
        if size == 4 and self.two_plus_two and re.search(r"\bministers\b", reference or ""):
            size = 2   # "the four ministers" of a "two-plus-two": each state's foreign and defence ministers
        fits = [(g, t, k) for g, t, k in zip(self.groups, self.when, self.keys) if size is None or len(g) == size]
        fits = [f for f in fits if not f[2] <= self.mediators] or fits   # "the two sides": not the two who mediated
        office = _PLURAL_OFFICE.search(reference or "")
        title = _office_key(office["office"]) if office else None
        holding = (lambda keys: all(title in self.offices.get(k, ()) for k in keys)) if title else None
        if holding:   # "the two presidents": not a president's and a prime minister's states
            fits = [f for f in fits if holding(f[2])] or fits
        named = {a.key for a in candidates or []} if candidates and len(candidates) < (size or 2) else set()
        fits = [(g, t) for g, t, k in fits if named <= k] or [(g, t) for g, t, _ in fits]   # "an Iranian minister … the two rivals"
        hosting = self._hosting(fits, venue, size) if venue else []
        hosting = [h for h in hosting if holding({a.key for a in h[0]})] if holding else hosting
        if hosting and not any(venue.key == a.key for a in (candidates or [])):
            fits = hosting
        recent = 3 if reference == "Their" else 1   # "Their second summit, in Hanoi, …": the pair told of last
        sides_here = sides_here or {}
        others_here = (size == 2 or reference == "they") and len(sides_here) == 2 \
            and not (fits and {a.key for a in fits[-1][0]} <= sides_here.keys())
        if fits and fits[-1][1] >= self.sentence - recent and not (candidates and len(candidates) >= (size or 2)) \
                and not others_here:   # "The two countries upgraded their ties … when Xi visited Quito": the two it
            return fits[-1][0]         # names as sides (``sides_here``), not the pair of the sentence before
        if others_here and reference == "they":   # "X briefed Y on his plans when they met": X's and Y's states
            return sorted(sides_here.values(), key=lambda a: -self.salience[a.key])
        options = [g for g, _ in fits[-6:]]
        pool = list({a.key: a for a in (candidates or []) + [a for g in self.groups[-6:] for a in g]}.values())
        if size in (2, 3) and len(pool) < size and not options:   # "the three leaders", no three told together: the
            pool = list({a.key: a for a in pool + self.singles}.values())   # states the article named alone too, once each
        brokers = [a for a in pool if a.key in self.mediators]   # "the two sides" of talks are not who brokered them
        if brokers and len(pool) - len(brokers) >= (size or 2) and _SIDES.search(reference or ""):   # (a broker may be
            pool = [a for a in pool if a.key not in self.mediators]   # one of "the two governments" later)
        if size and len(pool) >= size and (size == 2 or not options):   # "the same seven countries": the seven named together
            options.append(sorted(pool, key=lambda a: -self.salience[a.key])[:size])
        if candidates and len(candidates) >= (size or 2):
            options.append(sorted(candidates, key=lambda a: -self.salience[a.key])[:size or len(candidates)])
        if not options:
            return []
        if hosting:
            options = [g for g in options if any(a.key == venue.key for a in g)] or options
        if others_here and sides_here.keys() <= {a.key for a in (candidates or []) + self.singles
                                                  + [a for g in self.groups for a in g]}:   # told of before, not only here
            options.append(sorted(sides_here.values(), key=lambda a: -self.salience[a.key]))
        options = [g for g in options if named <= {a.key for a in g}] or options
        options = [g for g in options if {a.key for a in g} <= named_here] or options   # "… supplied to Iran"
        teller = {a.key for a in told_by}
        if size == 2 and told_by and not any(teller <= {a.key for a in g} for g in options):
            known = {a.key: a for a in self.singles + [a for g in self.groups for a in g] if a.key not in teller}
            other = max(known.values(), key=lambda a: self.salience[a.key], default=None)
            if other is not None:   # "…, Pakistani Foreign Secretary X told reporters": the teller's and the other
                options.append(list(told_by) + [other])   # most salient
        options = [g for g in options if teller <= {a.key for a in g}] or options
        if holding:
            options = [g for g in options if holding({a.key for a in g})] or options
        best = max(self._weight(g) for g in options)
        return next(g for g in reversed(options) if self._weight(g) == best)

    def _hosting(self, fits: list[tuple[list[Agent], int]], venue: Agent, size: int | None) -> list[tuple[list[Agent], int]]:
        """The recent groups that hold the venue state; else, for "the two governments … in Rabat", the
        host and its most salient partners from a larger recent group that holds it, unless a recent group of the size
        has met there before ("Congo and Rwanda signed … in Washington …, with Rubio looking on. Teams from the two
        countries had initialled it in Washington")."""
        hosting = [(g, t) for g, t in fits[-6:] if any(a.key == venue.key for a in g)]
        met_there = [(g, t) for g, t in fits[-6:] if any(
            m.place_state is not None and m.place_state.key == venue.key
            and {p.key for p in m.participants if p.kind == "state"} == {a.key for a in g} for m in self.meetings)]
        if hosting or not size or met_there:
            return hosting or met_there[-1:]
        wider = [g for g in self.groups[-6:] if any(a.key == venue.key for a in g) and len(g) > size]
        partners = sorted({a.key: a for g in wider for a in g if a.key != venue.key}.values(),
                          key=lambda a: -self.salience[a.key])
        return [([venue] + partners[:size - 1], self.sentence - 2)] if wider and len(partners) >= size - 1 else []

    def _weight(self, group: list[Agent]) -> tuple[int, int]:
        keys = {a.key for a in group}
        return sum(self.salience[k] for k in keys), self.told_together[frozenset(keys)]

    def learn(self, people: list[PersonRecord]) -> None:
        """People the sentence introduced act for their state from now on, by full and short name; an
        official titled without a state or body ("Trade Minister Don Farrell") serves the dateline's."""
        for record in people:
            state = record.affiliation or (None if _in_body_office(record) else self.leaders.names.get(record.person.label))
            if state is None and self.home and record.role and _OFFICE.search(record.role) \
                    and not _OTHER_BODY.search(record.role) and _untitled(record):
                state = self.home
            if state is None and _PLAIN_NAME.fullmatch(record.person.label) and not self._a_leader(record.person.label):
                self.others_surnames.update(w for w in record.person.label.split()[1:] if w[:1].isupper())
                # "President Leonel Fernández" (or "Raúl Fernández Ortega"), then "Fernández": him, not another state's
                # leader of that surname
            if state is not None and state.kind == "state":
                self._call(record.person.label, state, record.role)
                office = _HEAD_OFFICE.search(record.role or "")
                if office:   # "the two presidents" later: two states whose presidents the article named
                    self.offices.setdefault(state.key, set()).add(_office_key(office.group()))
                title = self._title.search(f"the {record.role or ''}".lower())
                if title:   # a title two states' officials hold ("the president" of each) names neither
                    held = self.titles.get(title["title"], state)
                    self.titles[title["title"]] = state if held is not None and held.key == state.key else None

    def _a_leader(self, name: str) -> bool:
        """A known leader, maybe named otherwise ("Antony J. Blinken", "Tayyip Erdogan"): one whose surname and
        one of whose other names the name has, accents aside."""
        words = {_plain(w) for w in name.split()}
        return any(words & given for given in self.leaders.by_surname().get(_plain(name.split()[-1]), ()))

    def person_mentions(self, text: str, start: int, end: int) -> list[Mention]:
        """States acting through people: those the article introduced, then known leaders (whose
        surname alone names them from then on: "Edi Rama", then "Rama")."""
        found = self.people.find(text, start, end)
        known = [m for m in self.leaders.find(text, start, end)
                 if not any(f.start < m.end and m.start < f.end for f in found)
                 and not _BODY_ROLE_BEFORE.search(text, max(start, m.start - 60), m.start)
                 and text[m.start:m.end] not in self.others_surnames]
        # "European Council President Donald Tusk": a leader of a state once, here holding an office of a body
        for m in known:
            if " " in text[m.start:m.end] and text[m.start:m.end] not in self.people.names:
                self._call(text[m.start:m.end], m.agent)
        titled = [Mention(self.titles[m["title"].lower()], m.start(), m.end(), "person")
                  for m in self._title.finditer(text, start, end) if self.titles.get(m["title"].lower())]
        return found + known + [t for t in titled if not any(o.start < t.end and t.start < o.end for o in found + known)]

    def _call(self, name: str, state: Agent, role: str | None = None) -> None:
        """Learn the names a person is called by: the full one, the surname, and the given name where
        the state's custom uses it."""
        words = name.split()
        words = words[:-1] if len(words) > 2 and words[-1].rstrip(".") in _GENERATION else words   # "Ferdinand Marcos Jr."
        if (state.key in self.family_name_first and len(words) > 1) or \
                (state.key in self.family_first_of_three and len(words) == 3):
            short = {words[0]: 2}    # "Kim Jong Un" -> "Kim", "Xi Jinping" -> "Xi"
        else:
            short = {words[-1]: 3} | ({words[0]: 4} if state.key in self.given_name_first and len(words) > 1
                                      and words[0] not in _WORDS_TOO else {})   # "Oli"; "May" only as `Names.find` allows
            article = _ARTICLE_PREFIX.match(words[-1])   # "Bashar al-Assad", then "Assad"
            short |= {words[-1][article.end():]: 4} if article and len(words) > 1 else {}
            short |= {words[-1][:1].upper() + words[-1][1:]: 4} if article and words[-1][:1].islower() else {}
            # "Mutlaq al-Qahtani", then "Al-Qahtani" opening a sentence
            middle = [w for w in words if w not in _HONORIFICS][1:-1]
            short |= {middle[0]: 4} if len(middle) == 1 and not _ARTICLE_PREFIX.match(middle[0]) else {}
            # "Idriss Deby Itno", then "Deby"; "Nicolás Maduro Moros", then "Maduro"
        names = {name: state} | {w: state for w, least in short.items() if len(w) >= least and w[0].isupper()}
        given = [w for w in words if w not in _HONORIFICS]
        titles = [w for w in words if w in _HONORIFICS] or [w for w in (role or "").split()[-1:] if w in _HONORIFICS]
        if len(given) > 2 and given[1] in ("bin", "bint", "ibn"):   # "Foreign Minister Sheikh Abdullah bin Zayed Al
            names |= {f"{h} {given[0]}": state for h in titles}   # Nahyan", later "Sheikh Abdullah"; "Prince Faisal"
        if any(self.people.names.get(n) != s for n, s in names.items()):
            self.people.add(names)


#: A person's name of two words or more, each capitalised, none a possessive ("Leonel Fernández", not "Brazil's Lula").
_PLAIN_NAME = re.compile(r"[A-ZÀ-Þ][\w.-]*(?:\s+(?:(?:de|da|del|dos|van|von|bin|al|el|la)\s+)*[A-ZÀ-Þ][\w.-]*)+")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).casefold()


#: A reference to those on either side of talks, never who brokered them.
_SIDES = re.compile(r"\b(?:sides|parties|delegations)\b")


def _untitled(record: PersonRecord) -> bool:
    """Is the role named without a state or body before it ("Trade Minister Don Farrell", not
    "European Commission President Ursula von der Leyen")?"""
    if record.evidence is None:
        return False
    at = record.evidence.text.find(f"{record.role} {record.person.label}")
    return at >= 0 and not re.search(r"[A-Z][\w’'.-]*\s+$", record.evidence.text[:at])


#: Short surnames that are also words of their own, never a person alone ("Theresa May", then "in May").
_WORDS_TOO = frozenset({"May", "Sun", "Win", "Day", "Law", "New", "Art", "Job", "Mar", "Jun", "Jul", "Aug", "Sep",
                        "Oct", "Nov", "Dec", "Jan", "Feb", "Apr", "Key", "Kay", "Bay", "Gay", "Man", "Son"})
#: What a person named by such a word does next: "May met …", "May's government" (not "May 2019", "May is").
_ACTS_AFTER = re.compile(r"[’']s\s+(?:government|office|cabinet|spokes\w+|visit|trip|talks|meeting)\b|\s+(?:also\s+|later\s+|then\s+|"
                         r"had\s+|has\s+|will\s+|would\s+)?(?:met|meets|said|says|told|tells|flew|held|holds|hosted|hosts|visited|"
                         r"visits|arrived|travelled|traveled|spoke|called|signed|agreed|announced|urged|added|insisted|warned|"
                         r"welcomed|received|discussed|pledged|promised|stressed|struck)\b")
#: What puts a month before it: "in May", "on 3 May", "mid-May", "early May".
_TIME_BEFORE = re.compile(r"(?:\b(?:in|on|of|since|until|till|by|last|next|early|late|mid|through|from|to|between|during|before|"
                          r"after|and|or|this|that)\s+|\d\s*|-)$", re.I)
#: Titles a Gulf royal is named by with the given name alone after the first mention ("Sheikh Abdullah").
_GENERATION = frozenset({"Jr", "Sr", "II", "III", "IV"})   # after a surname, no name the person is called by
_HONORIFICS = ("Sheikh", "Sheikha", "Prince", "Princess", "Emir", "Sultan", "King")
#: The Arabic article before a family name, which news drops on later mentions ("al-Assad", "Assad").
_ARTICLE_PREFIX = re.compile(r"(?:[Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]r|[Aa]sh|[Aa]t)-(?=[A-Z])")

def _in_body_office(record: PersonRecord) -> bool:
    """Is the person titled by an office of an international body where the sentence names them ("European
    Council President Donald Tusk": not Poland's, whatever office he held before)?"""
    text = record.evidence.text if record.evidence else ""
    at = text.find(record.person.label)
    return at > 0 and bool(_BODY_ROLE_BEFORE.search(text, max(0, at - 60), at))


#: A title held in an international body, just before a name ("European Council President ", "NATO Secretary-General ").
_BODY_ROLE_BEFORE = re.compile(r"\b(?:European\s+(?:Council|Commission|Parliament|Union)|Commission|U\.?N\.?|United\s+Nations|NATO|IMF|"
                               r"World\s+Bank|IAEA|WHO|WTO|OSCE|African\s+Union|AU\s+Commission|OPEC|E\.?U\.?|Arab\s+League|ASEAN|"
                               r"OAS|ECOWAS|SADC|Commonwealth)(?:[’']s)?\s+(?:[A-Z][a-z]+\s+|(?!(?:and|or|with|of)\s)[a-z][a-z-]+\s+){0,3}?"
                               r"(?:(?:Executive\s+)?(?:Vice\s+)?President|Secretary[- ]General|Director[- ]General|Managing\s+Director|[Cc]hief|"
                               r"High\s+Representative|Chair(?:man|woman|person)?|[Cc]ommissioner|[Ee]nvoy)(?:,\s+|\s+)$")   # "EU foreign policy
# chief", "the EU's foreign policy chief, Kaja Kallas,"
#: The office a state's leader or minister holds, at the end of a role ("Russian President", not "Vice President").
_HEAD_OFFICE = re.compile(r"(?i)(?<!vice )(?<!vice-)(?<!deputy )(?<!former )(?<!acting )\b(?:president|prime\s+minister|premier|"
                          r"chancellor|foreign\s+minister|foreign\s+secretary|defen[cs]e\s+minister|king|emir)$")
#: "the two presidents", "both foreign ministers": the office both states' people hold.
_PLURAL_OFFICE = re.compile(r"(?i)\b(?:two|both|three)\s+(?P<office>presidents|prime\s+ministers|premiers|chancellors|"
                            r"foreign\s+ministers|foreign\s+secretaries|defen[cs]e\s+ministers|kings|emirs)\b")


def _office_key(office: str) -> str:
    """'Prime  Ministers' -> 'prime minister', 'defense minister' -> 'defence minister', 'Foreign Secretaries' ->
    'foreign secretary'."""
    key = re.sub(r"\s+", " ", office.lower()).replace("defense", "defence")
    return key[:-3] + "y" if key.endswith("ies") else key[:-1] if key.endswith("s") else key


_OFFICE = re.compile(r"(?i)\b(?:minister|president|premier|chancellor|secretary)\b")
#: A role held in a body other than the state's government ("European Commission President").
_OTHER_BODY = re.compile(r"\b(?:Commission|Union|Council|Bank|Nations|Organi[sz]ation|Agency|Fund|Court|Forum|"
                         r"Alliance|Committee|Assembly|Parliament|Party|NATO|EU|UN|AU|IMF)\b|\b(?:of|for|at)\s+(?:the\s+)?[A-Z]")


class Names:
    """Person names -> the state each acts for, found in text by their first word (a dictionary look-up
    per word: far faster than one alternation of hundreds of names)."""

    def __init__(self, names: dict[str, Agent], known=lambda word: False):
        self.names = dict(names)   # grows by `add`
        #: words the caller knows as something else than a given name (states, capitals, demonyms)
        self.known = known
        self.by_first: dict[str, list[str]] = {}
        for name in sorted(names, key=len, reverse=True):
            first = _WORD.match(name)
            self.by_first.setdefault(first.group() if first else name, []).append(name)
        self._words = words_among(self.by_first)
        self._by_surname: dict[str, list[set[str]]] | None = None

    def by_surname(self) -> dict[str, list[set[str]]]:
        """Each surname (its last word, accents aside), and the other names of each one who bears it: made once."""
        if self._by_surname is None:
            self._by_surname = {}
            for full in self.names:
                words = full.split()
                if len(words) > 1:
                    self._by_surname.setdefault(_plain(words[-1]), []).append({_plain(w) for w in words[:-1]})
        return self._by_surname

    def add(self, more: dict[str, Agent]) -> None:
        """Learn more names, in the order ``Names({**self.names, **more})`` would hold them (longest
        first, then as learned), without reading every name again."""
        firsts = len(self.by_first)
        for name, agent in more.items():
            if name not in self.names:
                first = _WORD.match(name)
                same = self.by_first.setdefault(first.group() if first else name, [])
                same.insert(next((i for i, n in enumerate(same) if len(n) < len(name)), len(same)), name)
            self.names[name] = agent
        if len(self.by_first) > firsts:   # a new first word: the words to look at change
            self._words = words_among(self.by_first)
        self._by_surname = None

    def find(self, text: str, start: int, end: int) -> list[Mention]:
        """Every name at word boundaries (not inside a hyphenated word), longest first, not overlapping."""
        found, pos, by_first = [], start, self.by_first
        for word in self._words.finditer(text, start, end):
            at = word.start()
            candidates = by_first.get(word.group())
            if candidates is None or at < pos or (at > 0 and text[at - 1] == "-"):
                continue
            for name in candidates:
                stop = at + len(name)
                if stop <= end and text.startswith(name, at) and not (stop < len(text) and _NAME_CHAR.match(text, stop)):
                    if name in _WORDS_TOO and (not _ACTS_AFTER.match(text, stop) or _TIME_BEFORE.search(text, max(0, at - 16), at)):
                        continue   # "in May", "May 2019": the month; "May met Ramaphosa", "May's government": Theresa May
                    given = _GIVEN_BEFORE.search(text, max(0, at - 40), at) if " " not in name else None
                    word = given and (given["given"] or given["comma"])
                    if word and word not in _NOT_GIVEN and not self.known(word):
                        break   # "press secretary Jay Carney": another person's full name, not Carney the leader
                    more = _NAME_AFTER.match(text, stop, end) if " " not in name else None
                    if more and more["word"] not in _NOT_NAMES_AFTER and not self.known(more["word"]) \
                            and not self._part_of_known(f"{name} {more['word']}"):
                        break   # "Kim" (Kim Kye Gwan), then "Kim Jong Un": another person's full name
                    found.append(Mention(self.names[name], at, stop, "person"))
                    pos = stop
                    break
        return found

    def _part_of_known(self, words: str) -> bool:
        """Do ``words`` begin a name learned, or stand inside one ("Hassan Sheikh" of "Hassan Sheikh Mohamud")?"""
        return any(n.startswith(words) for n in self.by_first.get(words.split(" ", 1)[0], ())) or \
            any(f" {words}" in n for n in self.names)


_WORD = re.compile(r"(?<!\w)[^\W_]+")
#: A capitalised word between a lower-case word and a surname: a given name ("press secretary Jay Carney").
_GIVEN_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[a-z][\w-]*|,)\s(?P<given>[A-Z][a-z]+) $|,\s(?P<comma>[A-Z][a-z]+) $")
_NOT_GIVEN = frozenset({"President", "Minister", "Chancellor", "Premier", "Secretary", "King", "Queen", "Emir", "Sultan",
                        "Prince", "Princess", "Sheikh", "Sheikha", "Mr", "Mrs", "Ms", "Dr", "General", "Leader", "Chairman",
                        "Speaker", "Governor", "Senator", "Ambassador", "Envoy", "Marshal", "Admiral", "Colonel", "Commander",
                        "Pope", "Crown", "Vice", "Deputy", "Counterpart", "Sir", "Dame", "Lord", "Mayor", "Judge",
                        "Justice", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                        "January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December", "Sayyid", "Ayatollah", "Imam", "Field"})
_NAME_CHAR = re.compile(r"[\w-]")
#: A capitalised word right after a one-word name, which makes it part of another full name ("Kim Jong Un")...
_NAME_AFTER = re.compile(r" (?P<word>[A-Z][a-z]+)\b(?![’'.-])")
#: ... unless it is a word that follows a leader's name ("the Modi Government", "Xi Thought").
_NOT_NAMES_AFTER = frozenset({"Government", "Administration", "Cabinet", "Doctrine", "Plan", "Thought", "Era", "Regime",
                              "Said", "Says", "And", "The", "In", "On", "At", "Of", "For", "To", "With", "As", "But"}) \
    | CALENDAR_WORDS   # "Kim on Monday", "Xi in March"
