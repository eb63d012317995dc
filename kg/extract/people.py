"""People named with a role ("Venezuela's Vice Minister for Asia … Tatiana Pugh"),
in an appositive ("Mauricio Jaramillo, a researcher at …") or as speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..iris import slug
from .actors import NAME_TOKEN, ActorFinder, Mention, patterns
from .gazetteer import Agent
from .prefilter import Gate
from .records import Evidence, PersonRecord

#: "… and his Kyrgyz counterpart", "… in El Alamein and Qatar's emir": a second office holder joined to the role, whose
#: name the apposition gives.
_ANOTHER_HOLDER = re.compile(r"\band\s+(?:(?:his|her|their|its)\b|(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}[’']s\s))")
_FUNCTION = {"for", "of", "to", "on", "the", "and", ","}
_TRAILING = re.compile(r"(?:[\s,.;:]+|(?<![\w’'-])(?:and|to|of|for|on|the|in|at)\b)+$")   # not "Jae-in"
_SPEECH = re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}})(?:\s+and\s+(?P<other>{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}))?"
                     rf"\s+(?:said|told|added|says|stated|explained|noted|argued|warned|wrote|stressed|insisted|commented|"
                     rf"met|held talks|signed|agreed|visited|hosted|spoke|attended|announced)\b")
_POSSESSIVE = re.compile(r"[’']s$")
_LISTED_NAME = rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,3}}"
_LISTED_STATE = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
#: "The ministers of defence of Estonia, Latvia and Lithuania, Hanno Pevkur, Andris Sprūds and Arvydas Anušauskas,"
_LISTED_OFFICIALS = re.compile(
    rf"\b(?P<office>(?:(?:foreign|defen[cs]e|trade|finance|energy|interior|prime)\s+)?(?:ministers|presidents|leaders)"
    rf"(?:\s+of\s+[a-z]+(?:\s+[a-z]+){{0,2}}?(?=\s+of\b))?)\s+of\s+(?P<states>{_LISTED_STATE}(?:,\s+{_LISTED_STATE})*,?\s+and\s+"
    rf"{_LISTED_STATE}),\s+(?P<names>{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME})(?=,|\s+[a-z])")
_NAME = rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|(?:al|el|bin|ibn|de|da|del|van|von|der|di|du|le|la)(?=\s))){{1,4}})"
#: "Ana Ruiz of the Lima Policy Centre in Lima said": an analyst and the institution they speak for.
_OF_BODY_SAID = re.compile(_NAME + r"\s+(?:of|at|from)\s+(?:the\s+)?(?P<body>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|on|the|de))*?)"
                           r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?,?\s+(?:said|says|told|wrote|argued|noted|"
                           r"warned|added|believes|thinks|cautioned|explained|put\s+it|pointed\s+out|observed|countered|"
                           r"insisted|suggested|predicted)\b")
#: "…,” said Ana Ruiz of the Lima Policy Centre.": the same, the verb first.
_SAID_OF_BODY = re.compile(r"\b(?:said|says|told|wrote|added)\s+" + _NAME + r"\s+(?:of|at|from)\s+(?:the\s+)?"
                           r"(?P<body>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|on|the|de))*)")
#: "said Ana Ruiz, who teaches law at …", "Ana Ruiz, who heads the council, wrote": a person described.
_WHO_DOES = re.compile(_NAME + r",\s+who\s+(?:heads|leads|chairs|runs|directs|teaches|studies|works|worked|"
                       r"researches|advises|represents|served|serves|was|is|had|has|follows|covers|tracks|monitors|"
                       r"specialises|specializes|writes|lectures|edits|coordinates|oversees|manages)\b")
#: "The Norwegian Football Federation, led by Lise Klaveness, said": the person at the head of a body.
_LED_BY = re.compile(r"\b(?:led|headed|chaired)\s+by\s+" + _NAME + r"(?=[,.;]|\s+(?:said|says|told|and)\b)")
#: "freed Ana Ruiz, 63,", "Ana Ruiz, a 33-year-old Swede": a person named with their age.
_AGED = re.compile(_NAME + r",\s+(?:\d{2},|an?\s+\d{2}-year-old\b)")
#: "(Photo: Ana Ruiz / Outlet)", "(Ana Ruiz/Xinhua via AP)", "AFP PHOTO / Ana RUIZ": a photographer.
_CREDIT_NEEDS = re.compile(r"\(|PHOTO")
_CREDIT = re.compile(r"(?:\((?:Photo|Picture|Image)s?(?:\s+by)?:\s*|PHOTO\s*/\s*|\((?=[^()/]{3,40}/))"
                     r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*(?:/|\)|$)")
#: Military ranks written before a name ("army chief, Field Marshal Asim Munir"): no part of it.
#: An honorific inside a name ("Hassan Sheikh Mohamud"), not a new role.
#: A family name after an Arabic article: "al-Sisi", "el-Sisi", "ash-Sharaa".
_PREFIXED = re.compile(r"(?:al|el|ad|as|ash|at|ar|ul|an|az)-[A-Z]")
_INSIDE_NAME = re.compile(r"(?:Sheikh|Sheikha|Prince|Princess)\s+[A-Z]")   # "Foreign Minister Prince Faisal …": one person
#: Lower-case roles whose holder's name must come right after them ("intelligence service director Suh Hoon").
_NAME_NEXT = re.compile(r"(?:^|\s)(?:director|chairman|adviser|advisor|chief of staff|vice-chairman|vice-president|vice-premier|sister|brother|wife|"
                        r"husband|daughter)$")
#: "the Order of King Abdulaziz", "HMS Queen Elizabeth": a thing named after a monarch.
_NAMED_AFTER = re.compile(r"\b(?:Order\s+of|HMS|USS|RFA|INS)\s+(?:the\s+)?$")
#: A monarch's title, and the one name that follows it ("King Abdullah", "Sultan Qaboos", "King Abdullah II").
MONARCHS = r"(?:King|Queen|Emir|Sultan|Crown Prince)"
_ROYAL = re.compile(rf"\b{MONARCHS}$")
_ONE_NAME = re.compile(r"\s+(?P<word>[A-Z][a-z’'-]+)(?:\s+(?P<numeral>I{1,3}|IV|VI{0,3}))?(?![\w’'-]|\s+[A-Z])")
#: ", and " (and an honorific) just before a name in a role's run: the name is the next of a list.
_NEXT_OF_LIST = re.compile(r",\s+and\s+(?:(?:Sayyid|Sayyida|Sheikh|Sheikha|Prince|Princess|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?$")
_RANKS = (r"(?:Field Marshal|General|Gen\.|Lieutenant General|Lt\. Gen\.|Major General|Admiral|Adm\.|Colonel|Col\.|"
          r"Air Chief Marshal|Sheikh|Prince|Princess|King|Queen|Emir|Sultan)")   # and honorifics ("emir, Sheikh Tamim …")


@dataclass
class PeopleFinder:
    actors: ActorFinder

    def __post_init__(self):
        p = patterns()
        self.role = re.compile(rf"\b(?P<role>{p['roles']})(?:\b|(?<=\.))")   # "Sen. Bob Dole": a title may end in a period
        self.appositive = re.compile(
            rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|{'|'.join(p['particles'])})){{1,4}}),\s+(?P<role>{p['appositive_roles']})"
            rf"(?P<rest>[^,.;“”\"]{{0,160}})")
        self.stop = set(p["name_stop"])
        self.particles = set(p["particles"])
        self.role_comma = re.compile(rf"\b(?P<role>{p['roles']})\b(?P<rest>[^,.;“”\"]{{0,70}}),\s+(?:{_RANKS}\s+)?"
                                     rf"(?P<name>{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|{'|'.join(p['particles'])})){{1,4}}?)"
                                     rf"(?:\s+and\s+(?P<other>{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|{'|'.join(p['particles'])})){{1,4}}?))?"
                                     rf"(?:,|\.?$|\.\s)")
        #: keyed by id: hashing a compiled pattern hashes all its code (microseconds, four times a sentence)
        self.gates = {id(rx): Gate(rx) for rx in (self.role, self.appositive, self.role_comma, _SPEECH)}

    def _may(self, rx: re.Pattern, sentence: Evidence) -> bool:
        """False when ``rx`` certainly finds nothing in the sentence (most sentences name no one)."""
        return self.gates[id(rx)].may_match(sentence.text)

    def find(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        found = self._with_role(text, sentence, mentions)
        found += self._role_then_name(text, sentence, mentions)
        found += self._appositives(text, sentence, mentions)
        found += self._possessed(text, sentence, mentions)
        found += self._speakers(text, sentence)
        found += self._described(text, sentence, mentions)
        listed = self._listed_officials(text, sentence, mentions)   # who holds the office for which state, in turn
        return [p for p in found if p.person.label not in {x.person.label for x in listed}] + listed

    def _listed_officials(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        """"The ministers of defence of Estonia, Latvia and Lithuania, Hanno Pevkur, Andris Sprūds and Arvydas
        Anušauskas, met": each name in turn holds the office for each state in turn."""
        m = _LISTED_OFFICIALS.search(text, sentence.start, sentence.end) if "," in sentence.text else None
        if not m:
            return []
        states = [x.agent for x in mentions if x.agent.kind == "state" and m.start("states") <= x.start < m.end("states")]
        names = [n for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", m["names"]) if n]
        if len(states) != len(names) or len({s.key for s in states}) != len(states) \
                or not all(self.actors.is_person_name(n) for n in names):
            return []
        role = re.sub(r"s\b", "", m["office"], count=1).strip()   # "ministers of defence" -> "minister of defence"
        return [PersonRecord(self.person(n), role, state, sentence) for n, state in zip(names, states)]

    def _role_then_name(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        """"Ecuador's minister of production and foreign trade, Julio José Prado, …"."""
        found = []
        for m in self.role_comma.finditer(text, sentence.start, sentence.end) if self._may(self.role_comma, sentence) else ():
            holder = _ANOTHER_HOLDER.search(m["rest"])
            if holder:   # "The Russian president and his Kyrgyz counterpart, Askar Akayev": the name is the counterpart's
                m = self.role_comma.search(text, m.start("rest") + holder.end(), m.end())
                if m is None:
                    continue
            plural = m["other"] and re.search(r"[a-rt-z]s$", m["role"])   # "Their special envoys, Serdar Kılıç and
            for name in (m["name"], m["other"]) if plural else (m["name"],):   # Ruben Rubinyan,": both hold it
                if self.actors.is_person_name(name) and not self.role.fullmatch(name):
                    affiliation = None if plural else self._affiliation_before(text, m.start(), mentions)
                    role = re.sub(r"s$", "", m["role"]) if plural else m["role"]
                    found.append(PersonRecord(self.person(name), (role + m["rest"]).strip(), affiliation, sentence))
        return found

    def _possessed(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        """"Brazil's Luiz Inácio Lula da Silva": a person named after their state's possessive."""
        found = []
        for m in mentions:
            if m.agent.kind != "state" or not re.match(r"[’']s\s+[A-Z]", text[m.end:m.end + 4]):
                continue
            run = re.match(rf"[’']s\s+(?P<name>{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|{'|'.join(self.particles)})){{1,4}})",
                           text[m.end:min(m.end + 80, sentence.end)])
            name = run and _POSSESSIVE.sub("", run["name"])
            after = text[m.end + run.end():m.end + run.end() + 30] if run else ""
            if name and not self.role.match(name) and self.actors.is_person_name(name) and not _KIND_AFTER.match(after):
                found.append(PersonRecord(self.person(name), None, m.agent, sentence))
        return found

    def _with_role(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        found = []
        for m in self.role.finditer(text, sentence.start, sentence.end) if self._may(self.role, sentence) else ():
            run_end = self._run_end(text, m.end(), sentence.end)
            run = text[m.end():run_end]
            if _NAME_NEXT.search(m["role"]) and not re.match(r"\s+[A-Z]", run):
                continue   # "director of the Instituto Paraguayo …": a body, no name; "director Suh Hoon" is one
            names = self._all_names(run) if re.search(r"[a-rt-z]s\.?$", m["role"]) else [self._trailing_name(run)]
            title = _ROYAL.search(m["role"]) if names == [(None, 0)] else None
            one = _ONE_NAME.match(run) if title and not _NAMED_AFTER.search(text, max(0, m.start() - 12), m.start()) else None
            if one and not self.actors.gaz.surfaces.get(one["word"]):   # "Saudi Arabia's late King Abdullah": a
                monarch = " ".join(filter(None, (title.group(), one["word"], one["numeral"])))   # monarch by one name
                names = [(monarch, one.start("word"))]
            for name, name_at in names:
                if not name:
                    continue
                listed = _NEXT_OF_LIST.search(run, 0, name_at)   # "the secretary of the council, and Musaed al-Aiban":
                # the next of a list, whose role is told after the name, if at all
                role = m["role"] if len(names) > 1 else (m["role"] + run[:listed.start() if listed else name_at]).strip(" ,")
                first = self._joined_role(text, sentence.start, m.start())   # "Saudi Crown Prince and Prime Minister
                role = f"{first['role']} and {role}" if first else role       # Mohammed bin Salman": both his
                affiliation = self._affiliation_before(text, first.start() if first else m.start(), mentions) or \
                    self._affiliation_in(role, mentions, m.end())
                found.append(PersonRecord(self.person(name), role, affiliation, sentence))
        return found

    def _joined_role(self, text: str, start: int, at: int) -> re.Match | None:
        """The role joined by "and" to the one at ``at`` ("Crown Prince and Prime Minister"), if any."""
        if not text.endswith(" and ", start, at):
            return None
        return next((r for r in self.role.finditer(text, max(start, at - 60), at - 5) if r.end() == at - 5), None)

    def _all_names(self, run: str) -> list[tuple[str | None, int]]:
        """'Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov': every name of a plural role."""
        found, offset = [], 0
        for part in re.split(r"(,?\s+and\s+|,\s+)", run):
            name, at = self._name_at_end(part)
            if name:
                found.append((name, offset + at))
            offset += len(part)
        return found

    def _run_end(self, text: str, pos: int, limit: int) -> int:
        """Where the role's complement and the name end: at a lower-case word or a new role."""
        for token in re.finditer(r"[\w’'.-]+|[,;:()“”\"]", text[pos:limit]):
            word = token.group()
            if word in (";", ":", "(", ")", "“", "”", '"'):
                return pos + token.start()
            if word[0].islower() and word not in _FUNCTION and word not in self.particles and not _PREFIXED.match(word):
                return pos + token.start()   # "al-Sisi" goes on with the name
            if token.start() > 0 and self.role.match(text, pos + token.start()) and not _INSIDE_NAME.match(text, pos + token.start()):
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
        """The last run of capitalised words in ``run`` that makes a person's name
        ("Mohamed Bazoum on July" -> Mohamed Bazoum)."""
        run = self._strip_trailing_actors(run)
        for tail in reversed(self._capitalised_runs(run)):
            while tail and (tail[0].group() in self.stop or tail[0].group() in self.particles
                            or self.actors.gaz.surfaces.get(tail[0].group())):
                tail.pop(0)
            tail = tail[-5:]
            owner = next((i for i, t in enumerate(tail) if _POSSESSIVE.search(t.group())), None)
            tail = tail if owner is None else tail[:owner + 1]   # "Boris Johnson's Conservative government"
            name = _POSSESSIVE.sub("", " ".join(t.group() for t in tail))
            if tail and self.actors.is_person_name(name):
                return name, tail[0].start()
        return None, 0

    def _capitalised_runs(self, run: str) -> list[list[re.Match]]:
        runs: list[list[re.Match]] = [[]]
        for t in re.finditer(r"[^\s,]+", run):
            word = t.group()
            if word[0].isupper() or re.match(r"(?:al|el|bin|ibn|de|da|ul)-[A-Z]", word) or \
                    (word in self.particles and runs[-1]):
                runs[-1].append(t)
                if run[t.end():t.end() + 1] == ",":
                    runs.append([])
            elif runs[-1]:
                runs.append([])
        return [r for r in runs if r]

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
            if not (0 <= at - m.end <= 4 and re.fullmatch(r"(?:[’']s)?\s*", text[m.end:at])):
                continue
            if m.agent.kind == "state":
                return m.agent
            if m.agent.kind == "org" and m.agent.org_class == "GovernmentBody" and m.agent.country \
                    and m.agent.country in self.actors.gaz.by_iso3:   # "White House adviser Jared Kushner": the
                return self.actors.gaz.state(m.agent.country).agent     # government he serves
        return None

    def _affiliation_in(self, role: str, mentions: list[Mention], role_end: int) -> Agent | None:
        of = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w\s’'-]+)", role)
        if not of:
            return None
        return self.actors.gaz.org_named(of.group(1).strip()) or _state_named(self.actors, of.group(1).strip())

    def _appositives(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        found = []
        for m in self.appositive.finditer(text, sentence.start, sentence.end) if self._may(self.appositive, sentence) else ():
            name = _last_name_run(m["name"])
            if not self.actors.is_person_name(name):
                continue
            role = (m["role"] + m["rest"]).strip()
            if role.startswith("whose "):
                continue   # "Air Peace, whose chairman Allen Onyema offered …": a relative clause of a body, no role
            role = re.sub(r"^(?:a|an|the)\s+", "", role)
            employer = self._employer(m["rest"], mentions)
            if employer and role[:1].isupper() and not (self.actors.gaz.org_named(employer.label) or employer.kind == "state"):
                employer = None   # "…, Minister of Commerce": a portfolio, no employer
            owner = next((x.agent for x in mentions if x.agent.kind == "state" and x.start == m.start("role")
                          and re.match(r"[’']s\s", text[x.end:x.end + 3])), None)
            employer = owner or employer   # "…, Britain's special envoy for Libya": Britain's, whatever he is for
            found.append(PersonRecord(self.person(name), role, employer, sentence))
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
        for m in _SPEECH.finditer(text, sentence.start, sentence.end) if self._may(_SPEECH, sentence) else ():
            for group in ("name", "other"):
                name = _last_name_run(m[group]) if m[group] else None
                roles = list(self.role.finditer(name)) if name else []
                name = name[roles[-1].end():].strip() if roles else name
                if name and self.actors.is_person_name(name) and not self.actors.gaz.org_named(name):
                    found.append(PersonRecord(self.person(name), None, None, sentence))
        return found

    def _described(self, text: str, sentence: Evidence, mentions: list[Mention]) -> list[PersonRecord]:
        """People named with their institution ("Ana Ruiz of the Lima Policy Centre said"), with a relative
        clause ("said Ana Ruiz, who teaches law at …"), with their age ("freed Ana Ruiz, 63,") or in a
        photo credit ("(Photo: Ana Ruiz / Outlet)")."""
        found, words = [], sentence.text
        for rx, needs, gate in _DESCRIBED:
            if not (gate.may_match(words) and needs.search(words)):
                continue   # most sentences have none of the words each pattern needs
            for m in rx.finditer(text, sentence.start, sentence.end):
                name = _last_name_run(m["name"])
                roles = list(self.role.finditer(name))
                name = name[roles[-1].end():].strip() if roles else name
                name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in name.split())
                if not self.actors.is_person_name(name) or self.actors.gaz.org_named(name) or re.search(r"[’']s\b", name):
                    continue   # "Kyrgyzstan's Cabinet, which …": an owner's thing, no person
                body = m.groupdict().get("body")
                employer = (self.actors.gaz.org_named(body) or _state_named(self.actors, body)
                            or Agent("org", slug(body), body, None, "Organization")) if body else None
                found.append(PersonRecord(self.person(name), None, employer, sentence))
        return found

    def person(self, name: str) -> Agent:
        name = re.sub(r"(?<=[a-zà-ÿ]{3})\.$", "", name.strip())   # "Petro." ends a sentence; "Jr." stays
        return Agent("person", slug(name), name)


_SAYS = re.compile(r"\b(?:said|says|told|wrote|argued|noted|warned|added|believes|thinks|cautioned|explained|put\s+it|"
                   r"pointed\s+out|observed|countered|insisted|suggested|predicted)\b")
_OF_THEN_SAYS = re.compile(r"\b(?:of|at|from)\s+(?:the\s+)?[A-Z][^,.;]{0,90},?\s+" + _SAYS.pattern)
_DESCRIBED = tuple((rx, needs, Gate(needs)) for rx, needs in (
    (_OF_BODY_SAID, _OF_THEN_SAYS), (_SAID_OF_BODY, _SAYS), (_WHO_DOES, re.compile(r", who ")),
    (_AGED, re.compile(r", (?:an? )?\d\d")), (_CREDIT, _CREDIT_NEEDS),
    (_LED_BY, re.compile(r"\b(?:led|headed|chaired) by\b"))))


#: "Peru's El Comercio newspaper": what follows the name says it is an outlet or a firm, no person.
_KIND_AFTER = re.compile(r"\s+(?:newspaper|daily|weekly|magazine|news\s+agency|agency|broadcaster|television|radio|channel|"
                         r"website|news\s+site|company|firm|group|consortium|bank)\b")


def _last_name_run(name: str) -> str:
    """'Venezuela Ri Sung Gil' -> the tokens after the last known non-name word."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[0] in ("The", "Although", "But", "And", "While", "When", "As", "In", "On", "After",
                                            "Before", "If", "Since", "Once", "Until", "Because", "Then", "So"):
        tokens.pop(0)
    return " ".join(tokens)


def _state_named(actors: ActorFinder, name: str) -> Agent | None:
    hit = actors.gaz.surfaces.get(name)
    return hit[0] if hit and hit[0].kind == "state" else None
