"""Whom a sentence is attributed to: "Milenio reported", "according to The Diplomat",
"the Foreign Ministry told the press", "X's statement said"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..iris import slug
from .actors import NAME_TOKEN, ActorFinder, Mention, patterns
from .dates import CALENDAR_WORDS
from .gazetteer import Agent, leaders
from .prefilter import Gate


@dataclass(frozen=True)
class Attribution:
    source: Agent
    start: int     # the span of the attribution clause, to keep it out of parties
    end: int
    others: tuple[Agent, ...] = ()   # "a joint statement issued by X and Y": Y

    @property
    def sources(self) -> tuple[Agent, ...]:
        return (self.source,) + self.others


#: A second clause of the sentence with a speaker of its own: "…, while China's Xinhua news agency stressed …".
_SECOND_SPEAKER = re.compile(r"(?:,\s+(?:while|whereas)|;)\s+")


#: "…, Honduras and El Salvador at the White House on Friday and said …": a second verb of the sentence's subject, after
#: "and", tells of no one else speaking.
_NOT_A_PREDICATE = r"(?<!\sand)(?<!\sbut)(?<!\sthen)(?<!\slater)"
#: "released early on Friday by": the day a statement came out, between its verb and its author.
_ON_A_DAY = r"(?:\s+(?:(?:early|late)\s+)?on\s+[A-Z][a-z]+)?"


#: A court named by its kind alone ("the court", "the tribunal", "the World Court").
_THE_COURT = re.compile(r"(?:(?:In|On|By|Later|Earlier|Then)\s+(?:[\w.]+\s+){0,3}?)?(?:[Tt]he\s+)?(?:[Ww]orld\s+)?(?:[Cc]ourt|[Tt]ribunal)")
#: A court or tribunal named in full ("the International Court of Justice", "the Permanent Court of Arbitration").
_NAMED_COURT = re.compile(r"(?P<name>(?:(?!The\s)[A-Z][\w-]+\s+)+(?:Court|Tribunal)(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]+"
                          r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+)*)?)")


#: What may open a sentence before its speaker: a short phrase ("On Monday, "), or a longer one led by a preposition
#: ("In a statement read on national television, ").
_LEAD_IN = (r"(?:[A-Z][^,]{0,30},\s+|(?:In|At|On|During|After|Before|Speaking|Earlier|Later)\s[^,“”\"]{0,70},\s+|"
            r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?[–—-]\s+)")   # a live blog's time: "15:30 – The ANC said …"


class AttributionFinder:
    def __init__(self, actors: ActorFinder):
        p = patterns()["attribution"]
        verbs = p["verbs"]
        self.actors = actors
        self._text = ""   # the article being read (find sets it)
        self.trailing = re.compile(rf"[,”\"’]\s*(?P<src>[^,“”\"]{{2,90}}?){_NOT_A_PREDICATE}(?:[’']s\s+\w+)?\s+"
                                   rf"(?:has\s+|have\s+|had\s+)?{verbs}\b[^,;“”\"]{{0,160}}[.!?]?[”\"]?$")
        self.trailing_clause = re.compile(rf"[,”\"’]\s*(?P<src>[^,“”\"]{{2,90}}?){_NOT_A_PREDICATE}(?:[’']s\s+\w+)?\s+"
                                          rf"{verbs}\b[^,;“”\"]{{0,80}},\s+[a-z][^“”\"]*[.!?]?[”\"]?$")
        #: '"…," Anurag Srivastava, spokesperson for India's Ministry of External Affairs, said': a speaker and what he is
        self.trailing_apposed = re.compile(rf"[”\"’]\s*(?P<src>[A-Z][^,“”\"]{{2,60}},\s+(?:a|an|the)?\s*[^,“”\"]{{2,140}}?,)"
                                           rf"\s+(?:has\s+|had\s+)?{verbs}\b")
        self.issued_by = re.compile(r"\b(?:statements?|communiqu[eé]|declaration|readout|images|footage|data|figures|report|polls?|"
                                    r"documents?|survey|study|analysis)(?:,\s+which\s+(?:was|were)|,)?\s+(?:issued|released|"
                                    r"published|carried|compiled|obtained|reported|relayed)" + _ON_A_DAY + r"\s+by\s+"
                                    r"(?P<src>(?:(?!\s+(?:(?:that|late|early|last|earlier|said|says|showed|shows|show|stated|noted|added)\s|"
                                    r"on\s+(?:[A-Z][a-z]+day|\d|(?:January|February|March|April|May|June|July|August|September|October|November|"
                                    r"December)\b)))[^;“”\"]){2,160})")
        #: "Washington welcomed the release in a statement from the State Department": the body the statement came from
        self.statement_from = re.compile(r"\bin\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release)\s+"
                                         r"(?:from|by|issued\s+by)\s+(?![A-Z][a-z]+(?:[,.;]|\s+[a-z]))"   # (not "from Geneva")
                                         r"(?P<src>(?:the\s+)?(?:U\.[SKN]\.\s+)?[A-Z][^,;.“”\"]{1,80}?)"
                                         r"(?=\s+(?:on|in|that|last|this|earlier|late)\b|[,.;]|$)")
        #: "Analysts at the Armed Conflict Location & Event Data Project (ACLED) say …": the body they speak for
        self.staff_say = re.compile(r"(?:^|;\s+)" + _LEAD_IN + r"?(?P<src>" + _STAFF + r"\s+(?:at|with|from)\s+(?:the\s+)?[A-Z]"
                                    r"[^,;“”\"]{1,90}?|(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+){0,6}(?:[A-Z][\w’'&.-]*|police))\s+say\b")
        # ("Kazakh police say", "NATO and the EU say": a body's name then "say", nothing between)
        #: "Vucic said in comments carried by the state news agency Tanjug": the outlet that carried what was said
        self.remarks_by = re.compile(r"\b" + _REMARKS_CARRIED_BY + _ON_A_DAY + r"\s+by\s+(?P<src>[^,;“”\"]{2,90}?)"
                                     r"(?=\s+(?:that|on|in|last|earlier|this)\b|[,;.“”\"]|$)")
        self.leading = re.compile(rf"(?:^|;\s+){_LEAD_IN}?(?P<src>[^,;“”\"]{{2,90}}?(?:[’']s\s+\w+)?"
                                  rf"(?:,\s+[^“”\"]{{1,140}}?,)?)\s+(?:(?:has|have|had|also|later|previously|since|repeatedly)\s+)*"
                                  rf"(?:{verbs}|{p['describing']})\b")   # "Downing Street described it as …" opens a sentence,
        # or a clause after a semicolon ("Washington welcomed the outcome; a State Department spokesman said …")
        self.participle = re.compile(r"\bwith\s+(?P<src>[^,“”\"]{2,90}?)\s+(?:saying|adding|noting|arguing|insisting|"
                                     r"telling|warning|stating)\b")
        self.statement = re.compile(r"^" + _LEAD_IN + r"?(?P<src>[^,“”\"]{2,90}?)\s+(?:[a-z]+\s+){0,3}"
                                    r"(?:with|in|issued|released)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
                                    r"(?:statement|communiqu[eé]|press release|announcement)")
        #: "Aoun's office rejected that reading, saying …": whoever did something, saying so
        self.saying = re.compile(r"^" + _LEAD_IN + r"?(?P<src>[^,“”\"]{2,90}?)\s+[a-z]+ed\b[^,;“”\"]{0,120},\s+"
                                 r"(?:saying|adding|arguing|warning|insisting|stating|noting)\b")
        self.according = re.compile(rf"\b{p['according_to']}(?P<src>(?:the\s+)?(?:U\.[SKN]\.\s+)?[^,.;“”\"]{{2,90}})")
        #: "The draft, first reported by Reuters last week, …": the outlet that broke the news
        self.reported_by = re.compile(r"\b(?:(?:first|as|previously|earlier|was|were|been)\s+(?:reported|published)|(?<=,\s)reported|(?:was|were|been)\s+"
                                      r"(?:confirmed|announced|disclosed|revealed|published))\s+by\s+"
                                      r"(?P<src>(?:the\s+)?(?:(?:[a-z]+\s+)?(?:broadcaster|newspaper|daily|weekly|magazine|channel|"
                                      r"network|website|outlet|news\s+agency|news\s+site|television|radio)\s+)?"
                                      r"[A-Z][^,.;“”\"]{1,60}?)(?=\s+(?:on|in|last|earlier|this|to)\b|[,.;]|$)")
        #: "The decree, published on the Kremlin's website, bans …": whose website carried it
        self.posted_on = re.compile(r"\b(?:published|posted|released|issued|announced|carried)\s+on\s+(?:the\s+)?"
                                    r"(?P<src>[A-Z][^,.;“”\"]{1,60}?)[’']s?\s+(?:official\s+)?(?:website|web\s+site|"
                                    r"Telegram\s+channel|social\s+media\s+accounts?|X\s+account|Twitter\s+account)\b")
        #: "Stats NZ data show …": who published the figures
        self.data = re.compile(r"^(?:[A-Z][^,]{0,30},\s+)?(?P<src>[A-Z][\w&.’'-]*(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w&.’'-]*){0,5})\s+"
                               r"(?:(?:trade|customs|"
                               r"official|latest|monthly|quarterly|annual)\s+)?(?:data|figures|statistics)\s+(?:show|showed|shows|"
                               r"suggest|suggests|suggested|indicate|indicates|indicated)\b")
        self.capitalised = re.compile(rf"(?:The\s+)?{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|de|del|la|las|los|da|do|du|des|di|of|al|for|and|on|the)){{0,8}}(?<!\band)(?<!\bthe)$")
        self.patterns = [(p, Gate(p)) for p in (self.according, self.reported_by, self.issued_by, self.statement_from, self.trailing,
                                                self.trailing_clause, self.trailing_apposed, self.leading, self.participle, self.statement, self.saying,
                                                self.data, self.remarks_by, self.posted_on, self.staff_say)]   # in order
        self.any = Gate.union([gate for _, gate in self.patterns])

    def find(self, text: str, start: int, end: int, mentions: list[Mention]) -> Attribution | None:
        self._text = text
        sentence = text[start:end]
        if not self.any.may_match(sentence):
            if not _OUTLET_CUE.search(sentence):
                return None
            others = self._also(text, start, end, mentions, None)   # "announced on state television Télé Sahel"
            return Attribution(others[0], start, start, others[1:]) if others else None
        for pattern, gate in self.patterns:
            for m in pattern.finditer(sentence) if gate.may_match(sentence) else ():
                joint = self._joint_ministries(m["src"])   # "the Turkish and Armenian foreign ministries": both
                if joint:
                    return Attribution(joint[0], start + m.start(), start + m.end(), tuple(joint[1:]))
                office = _OFFICE_AFTER.match(sentence, m.end("src"))   # "Yoon's office said": not Yoon
                phrase = m["src"] + office.group() if office else m["src"]
                source = self._resolve(phrase, start + m.start("src"), mentions, m.group())
                at = start + m.start("src")
                if pattern is self.data and (source is None or source.kind == "person") and " " in m["src"] \
                        and not _FIGURES_WORD.match(m["src"]) and not any(x.agent.kind == "state" and x.start <= at
                                                                         and start + m.end("src") <= x.end for x in mentions):
                    source = Agent("org", slug(m["src"]), m["src"], None, organization_word(m["src"]) or "Organization")
                    # "Stats NZ data show": whoever publishes figures is a body (a name of two words or more: not
                    # "Satellite data show")
                covering = next((x.agent for x in mentions if x.agent.kind == "org" and x.how == "body" and (
                    x.start < at < x.end or (re.fullmatch(r",\s+", text[x.end:at]) and _NAME_GOES_ON.fullmatch(m["src"]))
                )), None)
                source = covering or source   # "Japan's Ministry of Economy, Trade and Industry said": the whole name
                whose = _WHOSE_BODY.fullmatch(phrase.strip())   # "… to Eswatini, whose government said …": its government
                owner = next((x.agent for x in mentions if x.agent.kind == "state" and whose
                              and re.fullmatch(r",\s*", text[x.end:start + m.start("src")])), None)
                source = self.actors.government_body(owner, whose["body"].title()) if owner else source
                its = _ITS_BODY.fullmatch(phrase.strip()) if not whose else None
                if its:   # "China … said it hoped …, according to its foreign ministry": the subject state's ministry
                    owner = next((x.agent for x in mentions if x.agent.kind == "state" and x.how == "name"
                                  and start <= x.start <= start + 4), None)
                    source = self.actors.government_body(owner, its["body"].title()) if owner else source
                official = _OFFICIAL_OF.match(phrase) if (source is None or source.kind == "person") \
                    and _IN_STATEMENT_AFTER.match(sentence, m.end()) else None
                if official:   # "X, the permanent secretary in the Ministry of Foreign Affairs, said in a statement"
                    source = self._resolve(official["org"], start + m.start("src") + official.start("org"), mentions, m.group())
                carried = pattern is self.remarks_by or pattern is self.issued_by and _CARRIED.match(m.group())
                if carried:   # "X said in a statement carried by Y", "in comments carried by Y"
                    speaker = self._speaker(text, start, sentence, mentions)
                    issuers = (_orgs_in(mentions, start + m.start("src"), start + m.end("src")) or [source]) \
                        if source else []
                    if speaker and speaker.key not in {a.key for a in issuers}:
                        return Attribution(speaker, start, start + m.end(), tuple(issuers))
                if source and (pattern is self.issued_by or pattern is self.remarks_by):
                    issuers = _orgs_in(mentions, start + m.start("src"), start + m.end("src")) or [source]
                    return Attribution(issuers[0], start + m.start(), start + m.end(), tuple(issuers[1:]))
                if source:
                    src = (start + m.start("src"), start + m.end("src"))
                    others = self._also(text, start, end, [x for x in mentions if not (x.start < src[1] and src[0] < x.end)],
                                        source)
                    joint = [a for a in _orgs_in(mentions, *src) if a.key != source.key] \
                        if re.search(r"\band\b", m["src"]) else []   # "the IMF and the World Bank said": both
                    second = _SECOND_SPEAKER.search(sentence, m.end())
                    also = self.find(text, start + second.end(), end, mentions) if second else None
                    whereas = bool(re.match(r"\s*(?:while|whereas)\s", m["src"]))   # the first of the two speaks too;
                    told_after = pattern is self.trailing or pattern is self.trailing_clause   # and "A spokesman for the
                    if also is None and m.start() > 0 and (whereas or told_after):   # South Korean presidential office
                        also = self.find(text, start, start + m.start(), mentions)   # said …, Yonhap news agency
                        if also and not whereas and (also.start == also.end or _NOT_A_BODY_SPEAKING.match(   # reported"
                                text, also.start, also.end)):
                            also = None   # not a person described ("Cecilia Malmström, the EU home affairs commissioner,
                            # has warned …, Corriere della Sera reported"), a document, nor an organization the sentence
                            # only names (`_also`: no attribution of its own, start = end)
                    seconds = tuple(a for a in also.sources if a.kind == "org" and a.key != source.key
                                    and a.key not in {o.key for o in joint + list(others)}) if also else ()
                    # "The Vietnam News Agency said …, while China's Xinhua news agency stressed …": both speak
                    return Attribution(source, start + m.start(), start + m.end(), tuple(joint) + others + seconds)
        others = self._also(text, start, end, mentions, None)   # "Officials confirmed it to the news agency EFE"
        return Attribution(others[0], start, start, others[1:]) if others else None

    def _speaker(self, text: str, start: int, sentence: str, mentions: list[Mention]) -> Agent | None:
        """The body that opens a sentence speaking "in a statement": "The Saudi foreign ministry said in a
        statement carried by the Saudi Press Agency"."""
        m = self.statement.match(sentence)
        source = self._resolve(m["src"], start + m.start("src"), mentions, m.group()) if m else None
        lead = _OFFICIAL_SAID.match(sentence) if not (source and source.kind == "org") else None
        official = _OFFICIAL_OF.match(lead["src"]) if lead else None
        owned = _STATES_NAMED_BODY.fullmatch(official["org"]) if official else None
        if owned and organization_word(owned["body"]):   # "Sheikh Saif, director of Qatar's Government Communications
            source = Agent("org", slug(owned["body"]), owned["body"], None, organization_word(owned["body"]))   # Office,
        elif official:                                   # said in a statement": the office
            source = self._resolve(official["org"], start + official.start("org"), mentions, lead.group())
        return source if source and source.kind == "org" else None

    def _apposed(self, phrase: str, at: int, mentions: list[Mention]) -> Agent | None:
        """A body named beside what it is, in either order: "Itamaraty, Brazil's foreign ministry,", "The
        Pakistani military's media wing, ISPR,": the name, of the kind the description says."""
        m = _APPOSITION.match(phrase)
        for name, described in ((m["a"], m["b"]), (m["b"], m["a"])) if m else ():
            name = re.sub(r"\s+\([A-Z][A-Za-z]{1,7}\)$", "", name)   # "Inter-Services Public Relations (ISPR)"
            body = _BODY.search(described)
            if not body or _PERSON_WORD.search(described) or _PERSON_WORD.search(name) or not _BARE_NAME.fullmatch(name) \
                    or re.match(r"(?:who|whose|which|where|when)\b", described) \
                    or (self.actors.is_person_name(name) and not _NO_PERSONS_WORD.search(name)
                        and not _OWNED_BODY.fullmatch(described) and not _COMPANY.search(described)) \
                    or name.split()[0] in _DETERMINERS:
                continue   # "Niger's state radio, La Voix du Sahel,": a state's body, whatever its name looks like
            begins = at + phrase.index(name)
            if any(x.start <= begins and begins + len(name) <= x.end and x.agent.kind == "state" for x in mentions):
                continue   # "Brazil, the bloc's largest economy,": a state ("Migración Colombia, the country's
                # immigration agency,": a body whose name holds one)
            kind = "NewsAgency" if re.search(r"\bnews\b", described, re.I) else _BODY_KINDS.get(body.group().lower())
            return Agent("org", slug(name), name, None, kind or "GovernmentBody")
        return None

    def _owner_named_before(self, body: str, at: int) -> Agent | None:
        """Whose presidency (``body``: "presidential office", "presidency") the article means at ``at``: the state it
        last named with it ("South Korea's presidential office"), else the state of the president it named last
        ("President Yoon Suk Yeol convened a meeting …. …, the presidential office said")."""
        named = re.compile(rf"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:[’']s)?\s+(?i:{re.escape(body)})\b").finditer(self._text, 0, at)
        for m in reversed(list(named)):
            known = self.actors.gaz.surfaces.get(m[1]) or self.actors.gaz.surfaces.get(m[1].split()[-1])   # "The South Korean"
            if known and known[0].kind == "state":
                return known[0]
        for m in reversed(list(_PRESIDENT_NAMED.finditer(self._text, max(0, at - 600), at))):
            known = leaders().get(m["name"]) or leaders().get(f"President {m['name'].split()[-1]}")
            if known:
                return known
        return None

    def _joint_ministries(self, phrase: str) -> list[Agent]:
        """'the Turkish and Armenian foreign ministries': one ministry of each state."""
        m = _JOINT_MINISTRIES.search(phrase)
        states = [self.actors.gaz.demonym_state(d) for d in (m["one"], m["other"])] if m else []
        if not states or not all(states):
            return []
        kind = m["kind"].lower()
        return [Agent("org", f"{state.agent.key.lower()}-{kind}-ministry", f"{d} {kind.title()} Ministry", None,
                      "GovernmentBody", state.agent.key) for d, state in zip((m["one"], m["other"]), states)]

    def _also(self, text: str, start: int, end: int, mentions: list[Mention], first: Agent | None) -> tuple[Agent, ...]:
        """Organizations the sentence also quotes: "…, while Amnesty International called it illegal";
        the agency a source gave the news to ("confirmed … to the Spanish news agency EFE"; not one a
        speaker merely "told")."""
        found = []
        for m in mentions:
            if m.agent.kind != "org" or m.how == "in-body" or (first and m.agent.key == first.key):
                continue
            if (_STATEMENT_AFTER.match(text, m.end) or _SPOKESPERSON_AFTER.match(text, m.end)) \
                    and m.agent.org_class not in ("NewsAgency", "NewsOrganization"):
                found.append(m.agent)   # "It follows a White House statement on August 23 that …"; "Iran's foreign
                continue                # ministry spokeswoman Marzieh Afkham said …, the ISNA news agency reported"
            speaks = (_ALSO_SAYS.match(text, m.end) and (_ALSO_BEFORE.search(text, max(start, m.start - 12), m.start)
                                                         or text[start:m.start].strip() in ("", "The"))) \
                or _WHICH_SAID.match(text, m.end)   # "drawing criticism from the UN refugee agency UNHCR, which said …"
            told = m.agent.org_class in ("NewsAgency", "NewsOrganization") and (
                _TOLD.search(text, max(start, m.start - 150), m.start) or _INTERVIEW_WITH.search(text, max(start, m.start - 60), m.start)
                or _TO_OUTLET.search(text, max(start, m.start - 80), m.start) or _ON_AIR.search(text, max(start, m.start - 40), m.start)
                or _REMARKS_CARRIED.search(text, max(start, m.start - 80), m.start))
            if speaks or told:
                found.append(m.agent)
        return tuple({a.key: a for a in found + _named_outlets(text, start, end, mentions)}.values())

    def _resolve(self, phrase: str, at: int, mentions: list[Mention], clause: str) -> Agent | None:
        found = self._resolved(phrase, at, mentions, clause)
        seats = {m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and m.how == "capital"
                 and _BRIEFED_IN.search(self._text[max(0, m.start - 40):m.start])} if self._text else {}
        if found and found.kind == "org" and found.org_class == "GovernmentBody" and found.country is None \
                and len(seats) == 1 and _MINISTRY_ALONE.fullmatch(found.label):   # "Foreign Ministry spokesman Wang
            return self.actors.government_body(next(iter(seats.values())), found.label)   # Wenbin told a briefing in
        return found                                                              # Beijing": the capital's ministry

    def _resolved(self, phrase: str, at: int, mentions: list[Mention], clause: str) -> Agent | None:
        phrase = _ACRONYM_AFTER.sub("", phrase)
        if _THE_COURT.fullmatch(phrase.strip()) and self._text:   # "In summaries of the judgments, the court said": the
            named = [m["name"] for m in _NAMED_COURT.finditer(self._text, 0, at)]   # court the article named before (the
            if named:                                                              # one it names most, then the last)
                name = max(reversed(named), key=named.count)
                return self.actors.gaz.org_named(name) or Agent("org", slug(name), name, None, "Organization")
        joined = _JOINED_CLAUSE.match(phrase)   # "…, while Asmara's information ministry said": the ministry
        if joined:
            return self._resolved(phrase[joined.end():], at + joined.end(), mentions, clause)
        governing = _GOVERNING_BODY.fullmatch(phrase.strip())
        if governing:   # "FIFA's disciplinary committee also fined …, and world football's governing body said": the body
            before = [m.agent for m in mentions if m.agent.kind == "org" and m.end <= at   # the sentence named before
                      and m.agent.org_class not in ("NewsOrganization", "NewsAgency", "GovernmentBody")]
            if before:
                return before[-1]
        named = self._apposed(phrase, at, mentions)   # "Itamaraty, Brazil's foreign ministry," said
        if named:
            return named
        run_by = _RUN_BY.match(phrase.strip())   # "The Global Times, a tabloid run by the … People's Daily," said: the
        if run_by:                                # paper named first, not its owner
            name, kind = run_by["name"], organization_word(run_by["name"])
            bare = re.sub(r"^The\s+", "", name)
            return self._resolved(name, at + phrase.index(name), mentions, clause) or (
                Agent("org", slug(bare), bare, None, kind) if kind else None)
        issued = _STATEMENT_FROM.match(phrase.strip())   # "according to a statement from the French general staff": the
        if issued:                                         # staff
            org = re.sub(r"^the\s+", "", issued["org"].strip())
            return self._resolve(issued["org"], at + phrase.index(issued["org"]), mentions, clause) or (
                Agent("org", slug(org), org, None, "Organization") if _BARE_NAME.fullmatch(org) and len(org.split()) > 1
                and not self.actors.is_person_name(org) else None)   # "a summary released by Nabucco Gas Pipeline
            # International": who issues a document is a body when no person
        customs = _CUSTOMS_DATA.match(phrase)   # "according to Chinese customs data": the customs service
        if customs:
            return Agent("org", slug(customs["org"]), customs["org"], None, "GovernmentBody")
        data = _DATA_FROM.match(phrase)   # "according to data from Sri Lanka's central bank": the bank
        if data:
            return self._resolve(data["org"], at + data.start("org"), mentions, clause)
        data = _DATA_OF.fullmatch(phrase.strip())   # "according to Statistics Canada data": the statistics office
        if data and not _FIGURES_WORD.match(data["org"]):
            found = self._resolve(data["org"], at + phrase.index(data["org"]), mentions, clause)
            if found and found.kind == "org":
                return found
            if _STATISTICS_OFFICE.fullmatch(data["org"]):
                return Agent("org", slug(data["org"]), data["org"], None, "GovernmentBody")
        named_speaker = _NAMED_SPEAKER_FOR.search(phrase)   # "Colonel Amadou Abdramane, spokesman for the ruling
        if named_speaker:                                     # National Council for the Safeguard of the Homeland (CNSP),"
            return self._resolve(named_speaker["org"], at + named_speaker.start("org"), mentions, clause)
        local = _PLACE_BODY.fullmatch(phrase.strip()) or _PARTY.fullmatch(phrase.strip())   # "the Gaza health ministry":
        # a body of a place that is no state; "The Congress party said"
        if local and not any(m.agent.kind == "state" for m in mentions if at <= m.start < at + len(phrase)):
            kind = "Organization" if local.re is _PARTY else "GovernmentBody"
            return Agent("org", slug(local["name"]), local["name"], None, kind)   # "The GNA's foreign ministry", as
            # written (also "the GNA foreign ministry": `_body_aliases`)
        speaker = _SPEAKER_FOR.match(phrase)   # "A spokesperson for the State Department", "Analysts at the ACLED": the body
        if speaker:
            return self._resolve(speaker["org"], at + speaker.start("org"), mentions, clause)
        bare = _BARE_SPOKESPERSON.match(phrase.strip())   # "ministry spokesman Yigal Palmor": the ministry the
        if bare:                                                 # sentence named before ("Israel's Foreign Ministry")
            named = [m.agent for m in mentions if m.agent.kind == "org" and m.agent.org_class == "GovernmentBody"
                     and m.start < at and bare["body"].lower() in m.agent.label.lower()]
            if named:
                return named[-1]
        phrase = _speaker_of(phrase)   # "A Home Office spokesperson" -> "A Home Office"
        inside = [m for m in mentions if at <= m.start < at + len(phrase) and m.how != "in-body"]
        aside = _ASIDE.search(phrase)   # "Brazil, which is not an OPEC member, said": Brazil speaks
        orgs = [m for m in inside if m.agent.kind == "org" and not (aside and aside.start() <= m.start - at < aside.end())
                and not _ORG_AS_OBJECT.search(phrase, 0, m.start - at) and not _ORG_AS_MODIFIER.match(phrase, m.end - at)]
        # "thanked Riyadh for its support in the fight against Islamic State and said", "the Hamas-run Gaza Strip": the
        # body is what the speaker acts on, or qualifies a place; it says nothing
        head = _POSSESSED.search(phrase)
        owned = _BODY_OF_ORG.fullmatch(phrase.strip())   # "The European Union's foreign service said": that body, as written
        if owned and any(m.agent.kind == "org" and m.agent.org_class == "IntergovernmentalOrganization"
                         and m.end - at == phrase.index(owned["owner"]) + len(owned["owner"]) for m in inside):
            name = re.sub(r"^[Tt]he\s+", "", phrase.strip())
            return Agent("org", slug(name), name, None, "IntergovernmentalOrganization")
        owner = _OWNER_OF_DATA.search(phrase)   # "the Lowy Institute's Pacific Aid Map": the institute
        if owner:
            return self._resolve(phrase[:owner.start()], at, mentions, clause)
        sport = _SPORT_BODY.fullmatch(phrase.strip())   # "Tennis Australia said": the sport's governing body, not the
        if sport and any(m.agent.kind == "state" and m.end - at == sport.end("name") for m in inside):   # state
            return Agent("org", slug(sport["name"]), sport["name"], None, "Organization")
        sport = _STATE_SPORT_BODY.fullmatch(phrase.strip())   # "Sri Lanka Cricket said"
        if sport and any(m.agent.kind == "state" and m.start - at == sport.start("name") for m in inside):
            return Agent("org", slug(sport["name"]), sport["name"], None, "Organization")
        located = _LOCATED_ORG.match(phrase.strip())   # "London-listed Energean said": a company
        if located and not any(m.agent.kind == "org" for m in inside):   # "London" a place only
            return Agent("org", slug(located["name"]), located["name"], None, "Organization")
        outlet = _DESCRIBED_OUTLET.search(phrase)   # "Polls published by public broadcaster Yle": the outlet
        if outlet and not inside and not self.actors.is_person_name(outlet["name"]):
            kind = "NewsAgency" if outlet["kind"].startswith("news agency") else "NewsOrganization"
            return Agent("org", slug(outlet["name"]), outlet["name"], None, kind)
        named = _DESCRIBED_ORG.search(phrase)   # "the campaign group Greenpeace said": the name after its kind
        if named and not inside and not self.actors.is_person_name(named["name"]):
            return Agent("org", slug(named["name"]), named["name"], None, "Organization")
        office = _LEADER_OFFICE.search(phrase) or _OFFICE_OF.search(phrase)   # "Kurti's office said", "the office of
        if office:                                                               # Prime Minister Hamdok"
            return Agent("org", slug(office.group()), office.group(), None, "GovernmentBody")
        if head and organization_word(head["head"]) and not _PERSON_WORD.search(head["head"]) and \
                not any(m.start <= at + head.start("head") < m.end for m in orgs):
            return Agent("org", slug(head["head"]), head["head"], None, organization_word(head["head"]))
        office = _OFFICE_OF_THE.fullmatch(phrase.strip())   # "the Office of the UN Special Envoy for Yemen said": the
        if office:                                          # office, not the UN its name holds
            return Agent("org", slug(office["name"]), office["name"], None, "Organization")
        if orgs and _OFFICIAL_IN_PERSON.search(_DESCRIBED_AFTER.sub("", phrase)) and not _SPOKES.search(clause):
            return None   # "EU foreign policy chief Josep Borrell said": an official speaking in person, no source
        if orgs:
            return orgs[-1].agent
        lower = _DEMONYM_BODY.fullmatch(phrase.strip())   # "the French armed forces ministry said", "the French general
        if lower and not orgs and self.actors.gaz.demonym_state(lower["demonym"]):   # staff": that state's body, as written
            name = re.sub(r"^[Tt]he\s+", "", phrase.strip())
            return Agent("org", slug(name), name, None, "GovernmentBody", self.actors.gaz.demonym_state(lower["demonym"]).iso3)
        forces = _ARMED_FORCES.search(phrase)   # "Indian army officials said": the army
        if forces and self.actors.gaz.demonym_state(forces["demonym"]):
            return Agent("org", slug(forces["org"]), forces["org"], None, "GovernmentBody")
        bare = _BARE_BODY.match(phrase.strip())   # "according to the chancellery": the state whose chancellery the
        country = self.actors.country              # article named before, else the article's state
        owner = self._owner_named_before(bare["body"], at) if bare and not inside and bare["body"].startswith("presiden") else None
        if bare and not inside and (owner or country is not None and country.kind == "state"):   # (a ministry: the article's)
            label = self.actors.body_label(bare["body"])
            body = self.actors.government_body(owner or country, label)
            if label == bare["body"].title():
                return body
            state = self.actors.gaz.state(body.country)   # "the presidential palace": the Afghan presidential palace, as
            return Agent("org", body.key, f"{state.demonym or state.name} {bare['body']}", None, body.org_class, body.country)
            # written (one body with "the Presidency")
        owned = _STATE_BODY.search(phrase)   # "Sri Lanka's central bank": that state's
        owner = next((m for m in inside if m.agent.kind == "state" and m.end - at == owned.start()), None) \
            if owned else None
        if owner is not None:   # named as written: "Sri Lanka's central bank"; "Seoul's foreign ministry": South Korea's
            body = self.actors.government_body(owner.agent, owned["body"].title())
            return body if owner.how == "capital" else \
                Agent("org", body.key, re.sub(r"^[Tt]he\s+", "", phrase.strip()), None, body.org_class, body.country)
        governs = _PLACE_GOVERNMENT.match(_ASIDE.sub("", phrase.strip()))   # "Greenland's government, which …,"
        if governs and not any(m.agent.kind == "state" for m in inside):
            return Agent("org", slug(governs.group()), re.sub(r"^[Tt]he\s+", "", governs.group()), None, "GovernmentBody")
        media = _STATE_MEDIA.fullmatch(phrase.strip())   # "Saudi state television reported": that broadcaster
        if media and not orgs:
            return Agent("org", slug(media["name"]), media["name"], None, "NewsOrganization")
        outlet = _OWNED_OUTLET.fullmatch(phrase.strip()) or _OUTLET_NAMED_BEFORE.fullmatch(phrase.strip()) \
            or _RUN_OUTLET.fullmatch(phrase.strip())
        if outlet and not orgs and not self.actors.gaz.surfaces.get(outlet["name"]) \
                and (outlet.re is _OUTLET_NAMED_BEFORE or re.search(r"\breport(?:ed|s)?\b", clause)):
            agency = outlet.re is _OUTLET_NAMED_BEFORE and outlet["desc"].startswith("news agency")
            return Agent("org", slug(outlet["name"]), outlet["name"], None, "NewsAgency" if agency else "NewsOrganization")
        party = _NAMED_PARTY.fullmatch(phrase.strip())   # "The main opposition Congress party said": that party
        if party and not inside and not orgs:
            return Agent("org", slug(party["name"] + " party"), party["name"] + " party", None, "Organization")
        name = _clean(_ACRONYM_AFTER.sub("", _ASIDE.sub("", phrase.strip())))   # "The Economic Commission for Latin
        # America and the Caribbean (ECLAC), which acts as the agreement's secretariat, welcomed …": the commission
        if name in CALENDAR_WORDS:
            return None   # "according to a joint statement released on Monday": a day, no one
        if not name or not self.capitalised.fullmatch(_INITIALS_FIRST.sub("", name)) or name.split()[0] in _DETERMINERS and len(name.split()) == 1:
            return None   # "The report, compiled by …, estimated": no one named
        of = re.match(r"(?P<who>.+?)\s+of\s+the\s+", name)
        if of and self.actors.is_person_name(of["who"]):
            return None   # "Chhay Sothea of the Mekong Policy Centre said": a person speaking, no body's statement
        if name in _COMMON_SPEAKERS:
            return None   # "Ministers said in their joint statement": people of no one body
        if re.fullmatch(r"(?:The\s+)?(?:Ministry|Office|Department|Agency|Bureau|Directorate)", name):
            return None   # "Ministry spokesman Syed Akbaruddin said": which ministry, the sentence does not say
        if _OFFICIAL_IN_PERSON.search(name) and not _SPOKES.search(clause):
            return None   # "Commission President José Manuel Barroso told a news conference": a person, in person
        kind = organization_word(name) or organization_word(re.sub(r"^The\s+", "", name)) or organization_word(_OF_PLACE.sub("", name)) \
            or organization_word(_OF_ANY.sub("", name))   # "Petroleum Authority of Uganda", "The Federation of Zambian Road Hauliers"
        if kind:
            name = name if kind in ("NewsOrganization", "NewsAgency") else re.sub(r"^The\s+", "", name)   # not "The
            return Agent("org", slug(name), name, None, kind)   # World Uyghur Congress"; "The Times" keeps its article
        national = self._named_for_state(name, inside) or self._paper_of_state(name, inside, clause)
        if national:
            return national
        if any(not (aside and aside.start() <= m.start - at < aside.end()) for m in inside):
            return None   # (not a state named in an aside: "Chevron, which has a concession on the Saudi half, said")
        if _ACRONYM.fullmatch(re.sub(r"^The\s+", "", name)):   # "The KFA said"
            name = re.sub(r"^The\s+", "", name)
            return Agent("org", slug(name), name, None, "Organization")   # "the PLO said": a body by its initials
        if re.match(r"(?:El|La|Los|Las|Le|Les|Il|O|Al)\s+[A-Z]", name) and re.search(r"\breport(?:ed|s)?\b", clause):
            return Agent("org", slug(name), name, None, "NewsOrganization")   # "El Universal reported": a newspaper
        if re.fullmatch(r"(?:\S+\s+)?reported", clause.split(name)[-1].strip(" ,")) and len(name.split()) <= 3 \
                and not self.actors.gaz.surfaces.get(name) and not re.search(r"\b(?:Mr|Mrs|Ms|Dr)\b", name):
            return Agent("org", slug(name), name, None, "NewsOrganization")   # "Ambito Financiero reported last week
            # that …": what reports is an outlet, unless the name is a known person's
        if self.actors.is_person_name(name):
            return Agent("person", slug(name), name)
        if re.search(r"\breport(?:ed|s)?\b", clause) and len(name.split()) <= 5 and name.split()[0] != "It":
            return Agent("org", slug(name), name, None, "NewsOrganization")
        if re.search(r"\bstatement\b", clause) and len(name.split()) <= 4 and name.split()[0] not in ("It", "The") \
                and not (" " not in name and self._surname(name)):
            return Agent("org", slug(name), name, None, "Organization")
        return None

    def _named_for_state(self, name: str, inside: list[Mention]) -> Agent | None:
        """A body whose name is words then a state's name ("Grain Producers Australia said", "State House Uganda"): the
        body, not the state; not a title, a region or a person before it ("Prime Minister Australia", "Western
        Australia")."""
        if len(inside) != 1 or inside[0].agent.kind != "state" or inside[0].how != "name":
            return None
        state = self._text[inside[0].start:inside[0].end]
        words = name[:-len(state)].split() if name.endswith(" " + state) else []
        if not 1 <= len(words) <= 3 or not all(_name_word(w) for w in words):
            return None
        kind = organization_word(" ".join(words))   # "Grain Producers": a body, though it reads as a person's name
        return None if kind is None and self.actors.is_person_name(" ".join(words)) else \
            Agent("org", slug(name), name, None, kind or "Organization")

    def _paper_of_state(self, name: str, inside: list[Mention], clause: str) -> Agent | None:
        """A paper named after its state, then a word of its own, that reported ("the Jamaica Gleaner reported", "the
        Cyprus Mail reported"): the paper, not the state; not the state's government or forces ("the Mexican Army")."""
        if len(inside) != 1 or inside[0].agent.kind != "state" or inside[0].how != "name" or not _REPORTED_AT_END.search(clause):
            return None
        state = self._text[inside[0].start:inside[0].end]
        words = name[len(state):].split() if name.startswith(state + " ") else []
        if len(words) != 1 or not re.fullmatch(r"[A-Z][a-z]{2,}", words[0]) or words[0] in _NOT_A_PAPER \
                or words[0] in _NOT_BEFORE_STATE or organization_word(words[0]):
            return None
        return Agent("org", slug(name), name, None, "NewsOrganization")

    def _surname(self, word: str) -> bool:
        """Did the article name a person whose last name is ``word`` ("Foreign Minister Ricardo Patiño", then
        "Patiño said, reading from a statement")?"""
        return any(self.actors.is_person_name(m.group()) for m in re.finditer(
            rf"(?<![\w’'.-])[A-Z][a-z]+\s+{re.escape(word)}\b", self._text))


#: The verb of a paper that reported, ending the sentence: "…, the Jamaica Gleaner reported."
_REPORTED_AT_END = re.compile(r"\sreported\W*$")
#: Words after a state's name that make no paper of it: its government, people and forces (with `_NOT_BEFORE_STATE`'s
#: titles and forms of state).
_NOT_A_PAPER = frozenset({"Government", "Police", "Army", "Navy", "Military", "Customs", "Embassy", "Officials", "Authorities",
                          "State", "Federation"})


#: A sport's governing body told by what it is: "world football's governing body", "the sport's governing body".
_GOVERNING_BODY = re.compile(r"(?:(?:and|but|while)\s+)?(?:[Tt]he\s+)?(?:[a-z]+\s+)?[a-z]+[’']s\s+(?:world\s+)?governing\s+body")
#: A body's spokesperson named after it: what the spokesperson said, the body said.
_SPOKESPERSON_AFTER = re.compile(r"\s+(?:deputy\s+|chief\s+|official\s+)?(?:spokes(?:man|woman|person|people)|press\s+secretary)\b")


#: A state's broadcaster told, named by what it is: "told Iranian state television that", "told Turkmen state TV".
_TOLD_STATE_MEDIA = re.compile(r"\b(?:told|in\s+an\s+interview\s+with)\s+(?P<name>[A-Z][a-z]+\s+state\s+(?:television|TV|radio|"
                               r"broadcaster))\b(?!\s+[A-Z])")


def _named_outlets(text: str, start: int, end: int, mentions: list[Mention]) -> list[Agent]:
    """Agencies the gazetteer does not know, told or spoken through and named after what they are: "told the
    Namibia Press Agency (Nampa)". (One named after a word before it, "the state news agency ATPE", is an
    outlet mention already: `ActorFinder._outlets`.)"""
    found = []
    for m in _UNKNOWN_AGENCY.finditer(text, start, end):
        if not any(x.start <= m.start("name") < x.end and x.agent.kind == "org" for x in mentions):
            found.append(Agent("org", slug(m["name"]), m["name"], None, "NewsAgency"))
    for m in _TOLD_STATE_MEDIA.finditer(text, start, end):   # "told Iranian state television that …"
        found.append(Agent("org", slug(m["name"]), m["name"], None, "NewsOrganization"))
    for rx in (_UNKNOWN_OUTLET, *_DESCRIBED_OUTLETS):   # "told ZNBC that", "quoted by Mosaique FM", "told the Al-Ahram daily"
        for m in rx.finditer(text, start, end):
            if not any(x.start <= m.start("name") < x.end for x in mentions) and m["name"].split()[0] not in _DETERMINERS:
                found.append(Agent("org", slug(m["name"]), m["name"], None, "NewsOrganization"))
    return found


def _orgs_in(mentions: list[Mention], start: int, end: int) -> list[Agent]:
    found = [m.agent for m in mentions if start <= m.start < end and m.agent.kind == "org" and m.how != "in-body"]
    return list({a.key: a for a in found}.values())


#: A body named as the object of a preposition (or the second of two objects): "the fight against ", "the war between
#: Israel and ", "talks with ".
_ORG_AS_OBJECT = re.compile(r"\b(?:against|between|with|into|towards?)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$")
#: A body that qualifies what follows it: "the Hamas-run Gaza Strip", "Houthi-controlled areas".
_ORG_AS_MODIFIER = re.compile(r"-(?:run|led|controlled|backed|held|administered|affiliated|linked|allied|aligned|dominated)\b")
_BARE_SPOKESPERSON = re.compile(r"^(?:[Aa]\s+|[Tt]he\s+)?(?P<body>ministry|department|office|embassy|presidency)\s+"
                                r"spokes(?:person|man|woman)\b")
_SPOKESPERSON = re.compile(r"^(?:(?:[Aa]n?|[Tt]he)\s+(?:senior|top|high-ranking|junior|unnamed)\s+(?=[A-Z]))?"
                           r"(?P<org>(?:[Aa]n?\s+|[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5})\s+"
                           r"(?:spokes(?:person|man|woman)\b|"
                           r"(?:representative|official|source|statement|report|statistics|data|figures|estimates)\b(?!\s+(?:[A-Z]|news\b|press\b|media\b|newspapers?\b|daily\b|agency\b|broadcaster\b|"
                           r"television\b|radio\b|channel\b|website\b|outlet\b|mouthpiece\b)))")
#: People who speak for a body, named by what they are: "Officials at the State Department", "Analysts at the …".
_STAFF = r"(?:Officials|Representatives|Diplomats|Sources|Analysts|Researchers|Experts|Economists|Scientists|Investigators|Staff)"
#: "A spokesperson for the State Department", "Analysts at the Armed Conflict Location & Event Data Project": the body.
_SPEAKER_FOR = re.compile(r"^(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[a-z][\w-]*\s+){0,2}?(?:spokes(?:person|man|woman)|"
                          r"representatives?|officials?|sources?|diplomats?)|" + _STAFF + r")"
                          r"\s+(?:for|of|at|from|with)\s+(?P<org>(?:the\s+)?[A-Z].*)$")
_OWNER_OF_DATA = re.compile(r"[’']s\s+(?:(?:[A-Z][\w-]*|own|latest|annual|new)\s+){0,5}(?:Report|Index|Map|Survey|Monitor|Outlook|"
                            r"Yearbook|Review|Tracker|Database|Barometer|report|survey|data|figures|statistics|estimates|study)\b")


def _speaker_of(phrase: str) -> str:
    """The body a spokesperson, representative or data speak for ("A Home Office spokesperson",
    "Home Office statistics published in February")."""
    m = _SPOKESPERSON.match(phrase)
    if m and m["org"] in _DETERMINERS:
        return phrase   # "The official news agency APS": 'official' describes the agency
    return re.sub(r"^(?:[Aa]n?|[Tt]he)\s+(?=[A-Z])", "", m["org"]) if m else phrase


#: "U.N. Secretary-General António Guterres", "The ECOWAS commissioner for political affairs, Abdel-Fatau Musah":
#: the head or an officer of a body, named: what they say in person makes no source of the body.
_OFFICIAL_IN_PERSON = re.compile(r"\b(?:chief|[Cc]ommissioner|[Ss]ecretary-[Gg]eneral|[Pp]resident|[Dd]irector(?:[- ][Gg]eneral)?|"
                                 r"head|[Cc]hair(?:man|woman|person)?|[Ee]nvoy|[Hh]igh [Rr]epresentative|[Ll]eader|[Ll]awmaker)\b"
                                 r",?\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+,?$")
#: "…, an Austrian who took office this month,": what a named official is, after the name.
_DESCRIBED_AFTER = re.compile(r",\s+(?:an?|the)\s[^,]*,$")
_SPOKES = re.compile(r"(?i)\bspokes(?:person|man|woman)\b|\bstatement\b")
_JOINT_MINISTRIES = re.compile(r"^(?:the\s+)?(?P<one>[A-Z][\w-]+)\s+and\s+(?P<other>[A-Z][\w-]+)\s+(?P<kind>foreign|defen[cs]e|"
                               r"interior|economy|finance|trade|health|energy)\s+ministries\b", re.I)
#: "Trade and Industry" of "Japan's Ministry of Economy, Trade and Industry said": the rest of a body's name.
_NAME_GOES_ON = re.compile(r"(?:[A-Z][\w-]+,?\s+)*and\s+[A-Z][\w-]+")
_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,]*,$")
_POSSESSED = re.compile(r"[’']s\s+(?P<head>(?:[A-Z][\w-]*\s+(?:(?:of|for|on|and)\s+)?){0,5}[A-Z][\w-]*)$")
_NAMED_PARTY = re.compile(r"(?:[Tt]he\s+)?(?:(?:main|ruling|opposition|governing|nationalist|conservative|centre-right|"
                          r"centre-left|far-right|left-wing|right-wing|junior|coalition)\s+)*(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
                          r"\s+party")
_DESCRIBED_ORG = re.compile(r"\b(?:lobby|group|organi[sz]ation|watchdog|think[- ]tank|NGO|charity|association|federation|"
                            r"network|coalition|movement|campaigners|party)\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})$")
_DESCRIBED_OUTLET = re.compile(r"\b(?P<kind>broadcaster|newspaper|daily|weekly|magazine|news\s+agency|news\s+site|channel)\s+"
                               r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})$")
#: A leader's office speaks for the leader's government ("Kurti's office said").
_LEADER_OFFICE = re.compile(r"(?:\b(?:(?!The\b)[A-Z][\w-]+\s+)?(?:[Pp]rime\s+[Mm]inister|[Pp]resident)|(?<![\w’'-])[A-Z][\w’'-]+)"
                            r"[’']s\s+(?:[Pp]ress\s+|[Mm]edia\s+|[Pp]rivate\s+)?[Oo]ffice$")   # "the Iraqi prime minister's media office"
#: "the office of Prime Minister Abdalla Hamdok said": the leader's office.
_OFFICE_OF = re.compile(r"(?<=\bthe\s)(?:press\s+|media\s+|private\s+)?office\s+of\s+(?:[A-Z][\w’'.-]*\s+){1,5}[A-Z][\w’'.-]*$")
#: "Indian army officials", "the Thai army": a state's armed service speaking.
_ARMED_FORCES = re.compile(r"^(?:[Tt]he\s+)?(?P<org>(?P<demonym>[A-Z][\w-]+)\s+(?:army|navy|air\s+force|armed\s+forces|military|"
                           r"[Cc]oast\s+[Gg]uard|police|[Bb]order\s+[Gg]uard|border\s+police))(?:\s+(?:officials?|sources?|spokes(?:person|man|woman)|statement))?$")
_ORGANIZATION_WORDS = [
    # a body named in Spanish, French or Portuguese says what it is first: "Agence Gabonaise de Presse", "Banco Central de …"
    ("NewsAgency", r"^(?:Agence|Agencia|Agência)\b.*\b(?:Presse|Prensa|Noticias|Notícias|Informa\w*)$"),
    ("GovernmentBody", r"^(?:Ministerio|Ministère|Ministério|Secretaría|Secretaria|Cancillería|Presidencia|Presidência|"
                       r"Gobierno|Governo|Gouvernement)\s+(?:de|do|da|des|du|del)\b"),
    ("Organization", r"^(?:Banco|Banque|Instituto|Institut|Fundación|Fundação|Comisión|Comissão|Consejo|Conselho|Conseil|"
                     r"Asociación|Associação|Federación|Confederación|Cámara|Câmara)\s+(?:[A-Z][\w-]*\s+)?(?:de|do|da|des|du|del)\b"),
    ("NewsAgency", r"\b(?:News Agency|Press Agency|Press Service|Agency)$"),
    ("NewsOrganization", r"\b(?:News|Times|Post|Daily|Herald|Journal|Tribune|Gazette|Television|TV|Radio|Noticias|Press|"
                         r"Courier|Observer|Express|Telegraph|Chronicle|Inquirer|Dispatch|Examiner|Guardian|(?:Financial|Economic|Business)\s+Review)$"),
    ("NewsOrganization", r"\bBroadcast(?:ing|er)(?:\s+(?:Corporate|Corporation|Company|Service|System|Network|Authority))?$"),
    # "Ethiopia's Fana Broadcasting Corporate reported"
    ("GovernmentBody", r"\b(?:Ministry|Office|Department|Presidency|Council|Commission|Parliament|Senate|State Committee|Treasury|Division|Secretariat|Directorate|Bureau)\b"),
    ("GovernmentBody", r"\bAdministration$"),   # "the National Oceanic and Atmospheric Administration"
    ("GovernmentBody", r"\bNational\s+Park$|\bCent(?:ers|res)\s+for\s+[A-Z]"),   # "the Galápagos National Park said", "the U.S.
    # Centers for Disease Control and Prevention"
    ("GovernmentBody", r"^(?:U\.S\.\s+|Special\s+|Lead\s+)*Inspector\s+General\b"),   # "the Special Inspector General for Afghanistan
    # Reconstruction", a watchdog of a government's own
    ("GovernmentBody", r"\b(?:Geological|Antarctic|Ordnance|Hydrographic)\s+Survey$"),   # "the U.S. Geological Survey"
    ("GovernmentBody", r"\b(?:Chiefs\s+of\s+Staff|General\s+Staff)$"),   # "South Korea's Joint Chiefs of Staff"
    ("GovernmentBody", r"\bCabinet$"),   # "the Royal Cabinet", not "Chief Cabinet Secretary X"
    ("NonGovernmentalOrganization", r"\b(?:Institutes?|Foundation|Centre|Center|Watch|Group)$"),
    ("NonGovernmentalOrganization", r"\b(?:Institutes?|Foundation|Centre|Center)\s+(?:for|of|on)\s+[A-Z]"),   # "… Institute for
    # Conflict and Security Studies"
    ("Organization", r"\b(?:Organi[sz]ation|Chamber|Association|Federation|Union|Committee|Authority|Board|Bank|Company|"
                     r"Corporation|Council|Alliance|Forum|Party|Front|Movement|Network|Service|Fund|Programme|Panel|"
                     r"Coalition|Lobby|Society|Legion|Initiative|Congress|League|Consortium|Project|Defen[cs]e Forces?)$"),
    ("Organization", r"\b(?:Committee|Authority|Board|Agency|Fund|Programme|League)\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]"),
    # "the Supreme Committee for Delivery and Legacy said", "the Authority for the Protection of …"
    ("Organization", r"\b(?:Energy|Electric\s+Power|Electricity|Utilities|Petroleum|Oil|Gas|Airlines|Airways|Motors|Holdings|Resources|Mining|Shipping|"
                     r"Telecom|Industries|Technologies|Limited|Ltd\.?|Inc\.?|PLC|plc|LLC)$"),   # a company: "Kosmos Energy said",
    # "Nuclear Power Plant Company Bangladesh Limited"
    ("Organization", r"[A-Z][\w’'-]*\s+(?:Farmers|Workers|Employers|Exporters|Importers|Manufacturers|Producers|Growers|Fishermen|Retailers|"
                     r"Shippers|Hauliers|Truckers|Doctors|Lawyers|Journalists|Veterans)$"),   # "Federated Farmers": people of a trade
]


_BODY_OF_ORG = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})[’']s\s+(?:[a-z]+\s+){0,2}"
                          r"(?:service|secretariat|executive|commission|agency|mission|delegation|office)")
_OFFICE_OF_THE = re.compile(r"(?:[Tt]he\s+)?(?P<name>Office\s+of\s+the\s+(?:U\.N\.\s+|UN\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|on|and|the))*)")
_TITLE_OF = re.compile(r"\b(?:Minister|Secretary|Ambassador|Commissioner|Governor)\s+(?:of|for)\s")
_TITLED_BODY = re.compile(r"\b(?:Office|Ministry|Department|Secretariat|Cabinet|Bureau)\b")
_OF_ANY = re.compile(r"\s+of\s+.*$")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$")


def organization_word(name: str) -> str | None:
    """An organization's class when its name says what it is ("Saudi Press Agency"); none for a person's title ("Ghana's
    Minister of Energy", not a company for its last word)."""
    if _TITLE_OF.search(name) and not _TITLED_BODY.search(name):
        return None
    return next((kind for kind, rx in _ORGANIZATION_WORDS if re.search(rx, name)), None)


def _clean(phrase: str) -> str:
    """'The opposition Democratic Party' -> 'Democratic Party'; 'the Joint Coordination Centre in Istanbul'
    -> 'Joint Coordination Centre'."""
    phrase = _OPENING.sub("", phrase.strip())   # "In a statement issued in Gaza on Tuesday, the PLO"
    phrase = re.sub(r",.*$", "", phrase)
    phrase = re.sub(r"^(?:and|but|as|while|which|that)\s+", "", phrase)
    phrase = re.sub(r"^[Tt]he\s+(?=[a-z])", "", phrase)
    phrase = re.sub(r"^(?:[Tt]he\s+)?[A-Z][\w’'.-]*-based\s+(?=[A-Z])", "", phrase)   # "the Islamabad-based Pakistan Institute …"
    phrase = re.sub(r"\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?$", "", phrase)
    return re.sub(r"^(?:[a-z][\w-]*\s+)+", "", phrase).strip()


_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: "Ethiopia's state-run Fana Broadcasting Corporate reported": an outlet of a state, named after how it is run.
_OWNED_OUTLET = re.compile(r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?[’']s\s+(?:state-run|state-owned|state|official|"
                           r"government-run|public|independent|private|privately[- ]owned|leading|main|largest)\s+"
                           r"(?P<name>(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})")
#: "the state-run Global New Light of Myanmar reported": an outlet named after how it is run.
_RUN_OUTLET = re.compile(r"(?:the\s+)?(?:state-run|state-owned|government-run|government-owned|semi-official|official|pro-government)\s+"
                         r"(?P<name>(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,5})")
#: "The Nation newspaper, citing unnamed officials, said": an outlet named before what it is.
_OUTLET_NAMED_BEFORE = re.compile(r"(?:the\s+)?(?:(?:[Oo]fficial|[Ss]emi-official|[Ss]tate-run|[Ss]tate-owned|[Ss]tate|"
                                  r"[Pp]ro-government|[Ii]ndependent|[Pp]rivate)\s+)*"
                                  r"(?P<name>(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+(?P<desc>newspaper|daily|weekly|"
                                  r"news\s+agency|news\s+site|news\s+website|broadcaster|magazine)(?:,\s+[^,]{2,60},)?")
_STATE_MEDIA = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w’'-]*\s+state(?:-run|-owned)?\s+(?:television|TV|radio|broadcaster|media))")
#: A phrase that opens the sentence before its subject: "In a statement issued on Tuesday, ", "On Friday, ".
_OPENING = re.compile(r"^(?:In|On|At|After|Before|Later|Earlier)\b[^,]{0,80},\s+(?=(?:the\s+)?[A-Z])")
_ALSO_BEFORE = re.compile(r"(?:\b(?:while|whereas|and|but)|[,;])\s+(?:the\s+)?$")
_WHICH_SAID = re.compile(r"(?:\s+(?:last|this|on|early|late)\s+[A-Z]?[a-z]+)?,\s+which\s+(?:(?:also|later|has|had)\s+)?(?:said|says|reported|warned|told|added|noted|"
                         r"denounced|criticised|criticized|welcomed)\b")
_ALSO_SAYS = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:reported|reports|wrote|said|says|called|described|warned|argued|added|noted|told|denounced|criticised|criticized|welcomed)\b")
_TOLD = re.compile(r"\b(?:confirmed|revealed|disclosed|leaked|gave)\b[^.;“”\"]{0,80}?\bto\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:state|news|wire|"
                   r"official|private)\s+)*(?:news agency|agency|newspaper|daily|broadcaster|outlet|television|radio|"
                   r"channel|website|site)?\s*$")


_APPOSITION = re.compile(r"^(?:[Tt]he\s+)?(?P<a>[^,]+),\s+(?P<b>[^,]+),$")
_BARE_NAME = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|for|and|de|du|del))*")
#: Words no person's name holds: "Inter-Services Public Relations" is a body's.
_NO_PERSONS_WORD = re.compile(r"\b(?:Relations|Affairs|Services?|Public|Information|Communications?|Media|Press|Security|Defen[cs]e)\b")
#: What a company is called, never a person: "the country's largest carrier, Aerolíneas Argentinas,".
_COMPANY_WORDS = ("company", "firm", "operator", "maker", "manufacturer", "producer", "developer", "builder", "carrier", "utility",
                  "airline", "insurer", "lender", "exporter", "importer", "shipper")
_COMPANY = re.compile(r"\b(?:" + "|".join(_COMPANY_WORDS) + r")\b")
_BODY = re.compile(r"\b(?:ministry|(?<!took )(?<!taking )(?<!takes )(?<!left )(?<!leaving )(?<!in )(?<!for )(?<!from )office|department|wing|service|agency|council|commission|authority|regulator|"
                   r"bureau|directorate|cabinet|group|federation|association|union|lobby|charity|foundation|"
                   r"organi[sz]ation|NGO|watchdog|institute|think\s+tank|alliance|coalition|movement|(?<!executive\s)body|"
                   r"radio|television|broadcaster|newspaper|daily|" + "|".join(_COMPANY_WORDS) + r")\b")
#: "Niger's state radio", "the country's immigration agency": a body owned by a state, nothing else.
_OWNED_BODY = re.compile(r"(?:[Tt]he\s+country|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)[’']s\s+(?:[a-z]+\s+){0,2}(?:radio|television|"
                         r"broadcaster|newspaper|daily|news\s+agency|agency|ministry|office|department|service)")
_BODY_KINDS = {**dict.fromkeys(_COMPANY_WORDS, "Organization"),
               "group": "Organization", "federation": "Organization", "association": "Organization", "union": "Organization",
               "lobby": "Organization", "charity": "Organization", "foundation": "Organization",
               "organisation": "Organization", "organization": "Organization", "ngo": "Organization",
               "watchdog": "Organization", "institute": "Organization", "think tank": "Organization",
               "alliance": "Organization", "coalition": "Organization", "movement": "Organization", "body": "Organization",
               "radio": "NewsOrganization", "television": "NewsOrganization", "broadcaster": "NewsOrganization",
               "newspaper": "NewsOrganization", "daily": "NewsOrganization"}
_PERSON_TITLES = (r"researcher|fellow|analyst|professor|director|minister|spokes(?:person|man|woman)|"
                  r"official|head|chief|ambassador|envoy|president|secretary|advis[eo]r|economist|expert|"
                  r"lawyer|member|leader|chair(?:man|woman)?|founder|author|editor|correspondent|scholar|"
                  r"lecturer|commander|general|officer")
_PERSON_WORD = re.compile(r"\b(?:" + _PERSON_TITLES + r")\b", re.I)
#: What opens a clause that is no body speaking, though it names one (`find`, before "…, Yonhap reported"): a person
#: described ("Nikolai Bordyuzha, the CSTO secretary general,"), a document ("The statement, issued at the … summit,").
_NOT_A_BODY_SPEAKING = re.compile(r"[^,]*,\s+(?:an?\s+|the\s+)?[^,]*\b(?:" + _PERSON_TITLES + r"|commissioner)\b[^,]*,"
                                  r"|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?(?:statement|report|communiqu[eé]|declaration|letter|document)\b",
                                  re.I)

#: "in comments carried by", "remarks were broadcast by" (before "by"): what an outlet relayed of a speaker's words.
_REMARKS_CARRIED_BY = (r"(?:comments|remarks|interview)\s+(?:(?:was|were)\s+)?(?:carried|published|reported|relayed|"
                       r"broadcast|aired)")
#: "a statement carried by the Saudi Press Agency": the outlet carried what a body said, and both are sources.
_CARRIED = re.compile(r"(?:statements?|communiqu[eé]|declaration|readout)\s+(?:carried|published|reported|relayed)\s+by\b")

#: An outlet the speaker told, or spoke through, is a source: "told Fox News", "told the French newspaper Le
#: Monde", "issued an announcement through the state news agency SANA", "told Egypt's state news agency MENA", "in an
#: interview with CNN".
_OUTLET_WORDS = (r"(?:(?:[A-Z][\w-]+|state(?:-run|-owned)?|official|private|public|local|independent|online|"
                 r"news|wire|weekly|daily)\s+){0,3}(?:(?:news\s+)?agency|newspaper|daily|broadcaster|outlet|"
                 r"television|radio|channel|website|site|portal|magazine|weekly)(?:\s+(?:network|station))?")
_UNKNOWN_AGENCY = re.compile(r"\b(?:told|through|via)\s+(?:the\s+)?(?P<name>(?:[A-Z][\w-]+\s+){1,4}(?:News|Press)\s+Agency|"
                             r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4}(?=(?:\s+\([A-Z]{2,8}\))?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                             r"news\s+agency\b))")   # "told Rastriya Samachar Samiti (RSS), the national news agency"
#: An outlet the gazetteer does not know, told or quoting: a broadcaster's letters ("told ZNBC that") or a station's
#: name ("quoted by Mosaique FM").
_UNKNOWN_OUTLET = re.compile(r"\b(?:told|quoted\s+by|in\s+an\s+interview\s+with)\s+(?:the\s+)?(?P<name>(?:El|La|Le|Al|Il|Die|Der|"
                             r"Het|De|O|The)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s+(?:that|on|in|last|this|earlier|late|"
                             r"after|before)\b|[,.;])|[A-Z]{3,6}(?=\s+(?:that|on|in|"
                             r"during|last|this|earlier|late|after|before)\b|[,.;])|(?:[A-Z][\w’'-]+\s+){1,2}(?:FM|TV|Radio)\b|"
                             r"Radio\s+[A-Z][\w’'-]+|(?:[A-Z][\w’'-]+\s+){1,3}(?:Broadcasting\s+(?:Corporation|Company|System|Service|"
                             r"Network)|Chronicle|Herald|Gazette|Tribune|Times|Post|Journal|Observer|Courier|Telegraph|Dispatch)\b(?!\s+[A-Z]))")
#: Outlets the gazetteer does not know, named with what they are: "told the state-run Al-Ahram daily", "announced on
#: state television Télé Sahel", "Nournews, an outlet close to Iran's security establishment, quoted …".
_OUTLET_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
#: "announced on state television Télé Sahel": the broadcaster that aired it.
_ON_AIR = re.compile(r"\b(?:on|to)\s+(?:the\s+)?(?:(?:state|national|public|private)\s+)?(?:television|TV|radio)(?:\s+channel)?\s+$")
_STATEMENT_AFTER = re.compile(r"(?:[’']s)?\s+(?:(?:joint|written|official|earlier|brief|terse)\s+)?statement\b")
_OUTLET_CUE = re.compile(r"\b(?:told|quoted|television|TV|radio|daily|newspaper|outlet|broadcaster|interview)\b")
_DESCRIBED_OUTLETS = (
    re.compile(r"\b(?:told|to|in|by)\s+(?:the\s+)?(?:state-run\s+|state-owned\s+|pro-government\s+|independent\s+|"
               r"opposition\s+|privately\s+owned\s+)?" + _OUTLET_NAME +
               r"\s+(?:daily|newspaper|weekly|broadcaster|news\s+(?:web)?site|TV\s+channel)\b(?!\s+[A-Z])"),   # not "Mexican
    # newspaper El Universal": a place or a demonym before the kind, the name after it
    re.compile(r"\b(?:on|told|to|with)\s+(?:state\s+|national\s+|public\s+|private\s+)?(?:television|TV|radio)(?:\s+(?:channel|station))?\s+"
               + _OUTLET_NAME + r"(?![\w’'-])"),
    re.compile(r"(?:(?<=\n)|(?<=[.!?]\s)|(?<=\A))" + _OUTLET_NAME + r",\s+an?\s+(?:[\w’'-]+\s+){0,3}?(?:outlet|news\s+agency|"
               r"news\s+(?:web)?site|newspaper|daily|broadcaster|channel)\b"))
_TO_OUTLET = re.compile(rf"\b(?:told|through|via)\s+(?:the\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+)?(?:(?:state-run|state-owned|pro-government|independent|official|"
                        rf"private|public|local|online|opposition)\s+)*(?:{_OUTLET_WORDS}\s+)?$")
#: "…, in remarks reported by Stabroek News, called …": the outlet that carried what the source said.
_REMARKS_CARRIED = re.compile(rf"\b{_REMARKS_CARRIED_BY}\s+by\s+(?:the\s+)?(?:{_OUTLET_WORDS}\s+)?$")
_INTERVIEW_WITH = re.compile(rf"\bin\s+an?\s+(?:[\w-]+\s+){{0,2}}?interview\s+with\s+(?:the\s+)?(?:{_OUTLET_WORDS}\s+)?$")
_CUSTOMS_DATA = re.compile(r"^(?:the\s+)?(?:latest\s+|official\s+|monthly\s+)?(?P<org>(?:[A-Z][\w-]+\s+){1,2}customs)\s+"
                           r"(?:data|figures|statistics)$")
#: Words that open "Official figures show" and name no one.
_FIGURES_WORD = re.compile(r"(?:Official|Latest|Government|Preliminary|Provisional|New|Recent|Early|Final|Monthly|Annual|"
                           r"Quarterly|Trade|Customs|Its|Their|These|Those|The|Such)\b")
#: "Turkey's intelligence agency (MIT) said": the acronym after a name repeats it.
_ACRONYM_AFTER = re.compile(r"\s+\([A-Z][A-Za-z]{1,7}\)$")

#: "the U.S. Treasury": a body named after its state's initials.
_INITIALS_FIRST = re.compile(r"^(?:U\.S\.|U\.K\.)\s+(?=[A-Z])")

_DEMONYM_BODY = re.compile(r"(?:[Tt]he\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?:(?:[a-z-]+\s+){1,3}ministry|general\s+staff|presidency|"
                           r"high\s+command|coast\s+guard)")   # not "the Kenyan ministry", the one named before
_STATEMENT_FROM = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:statement|communiqu[eé]|press\s+release|release|readout|"
                             r"summary|note|briefing|fact\s+sheet)\s+"
                             r"(?:from|by|(?:issued|released|published|circulated)" + _ON_A_DAY + r"\s+by|of)\s+"
                             r"(?P<org>(?:the\s+)?[A-Z].*)$")
_DATA_FROM = re.compile(r"^(?:the\s+)?(?:latest\s+|official\s+|preliminary\s+)?(?:data|figures|statistics|estimates|numbers)"
                        r"\s+(?:from|by|of|published\s+by|released\s+by|compiled\s+by)\s+(?P<org>.+)$")
#: "Sri Lanka Cricket", "New Zealand Rugby": the same, named by the state and the sport.
_STATE_SPORT_BODY = re.compile(r"(?:(?:and|but|while)\s+)?(?:[Tt]he\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:Cricket|Rugby|"
                               r"Football|Netball|Hockey|Athletics|Tennis|Basketball|Swimming|Cycling))")
#: "Tennis Australia", "Cricket South Africa": a sport's national body, named by the sport and the state.
_SPORT_BODY = re.compile(r"(?:(?:and|but|while)\s+)?(?:[Tt]he\s+)?(?P<name>(?:Tennis|Cricket|Rugby|Football|Netball|Hockey|Swimming|"
                         r"Athletics|Basketball|Volleyball|Cycling|Rowing|Sailing|Golf|Badminton|Baseball|Softball|Boxing|Judo|"
                         r"Gymnastics|Triathlon|Surfing|Skiing|Equestrian|Sport|Paralympics)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
#: "Statistics Canada data", "Eurostat figures": whose figures (before them).
_DATA_OF = re.compile(r"(?:the\s+)?(?:latest\s+|official\s+)?(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:of\s+)?[A-Z][\w&.’'-]*){0,5})\s+"
                      r"(?:data|figures|statistics|estimates)")
#: A state's statistics office by its usual name: "Statistics Canada", "Stats NZ", "Statistics Norway".
_STATISTICS_OFFICE = re.compile(r"(?:Statistics|Stats)\s+[A-Z][\w-]+|[A-Z][\w-]+\s+(?:Statistics|Statistical)\s+(?:Office|Agency|Bureau|Service|Institute)")
_LOCATED_ORG = re.compile(r"^(?:(?:and|but|while)\s+)?(?:[Tt]he\s+)?[A-Z][\w.’'-]*-(?:listed|based|headquartered)\s+"
                          r"(?P<name>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})$")
#: A government body named by what it is alone: the body of the state the article is about.
#: A ministry named without its state: "Foreign Ministry", "Defence Ministry", "Ministry of Foreign Affairs".
#: Where a spokesperson speaks, just before the capital: "told a regular news briefing in Beijing".
_BRIEFED_IN = re.compile(r"\b(?:briefing|conference|reporters|journalists|press)\s+in\s+$")
_MINISTRY_ALONE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}Ministry|Ministry\s+of\s+(?:[A-Z][a-z]+\s*){1,3}|Foreign\s+Office")
_BARE_BODY = re.compile(r"^[Tt]he\s+(?P<body>chancellery|presidency|presidential\s+(?:palace|office)|(?:[a-z]+\s+){1,2}ministry)$")
#: "…, Yoon's office said", "the Prime Minister's Office said": the office the trailing source's possessive names.
_OFFICE_AFTER = re.compile(r"[’']s\s+(?:[Pp]ress\s+|[Mm]edia\s+|[Pp]rivate\s+)?[Oo]ffice\b")
#: "President Yoon Suk Yeol": a president named with his title.
_PRESIDENT_NAMED = re.compile(r"\bPresident\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
#: "Colonel Amadou Abdramane, spokesman for the ruling National Council … (CNSP),": the body a named spokesman speaks for.
#: "Vincent Waiswa, the permanent secretary in the Ministry of Foreign Affairs,": an official of a body, who speaks
#: for it in a statement.
_OFFICIAL_OF = re.compile(r"^[A-Z][^,]{2,60},\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){1,4}(?:in|of|at)\s+"
                          r"(?P<org>the\s+[A-Z][^,]{2,100}?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?[’']s\s+[A-Z][^,]{2,100}?)"
                          r"(?:\s+\([A-Z]{2,8}\))?,?$")
_ITS_BODY = re.compile(r"its\s+(?P<body>government|cabinet|presidency|(?:foreign|defen[cs]e|interior|finance|trade)\s+ministry)")
_WHOSE_BODY = re.compile(r"whose\s+(?P<body>government|cabinet|presidency|(?:foreign|defen[cs]e|interior|finance)\s+ministry)")
_STATES_NAMED_BODY = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?[’']s\s+(?P<body>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,5})")
_RUN_BY = re.compile(r"(?P<name>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}"
                     r"[a-z][\w-]*\s+(?:run|owned|published|backed|controlled|founded|funded|affiliated\s+with|linked\s+to)\b.*")
_OFFICIAL_SAID = re.compile(r"^(?P<src>[A-Z][^,]{2,60},\s+[^,]{3,120}),\s+said\s+(?:in|with)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
                            r"(?:statement|communiqu[eé]|press\s+release)\b")
_IN_STATEMENT_AFTER = re.compile(r"\s+(?:in|with)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release)\b")
_NAMED_SPEAKER_FOR = re.compile(r"^[A-Z][^,]{2,60},\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\s+"
                                r"(?:the\s+)?(?:ruling\s+)?(?P<org>[A-Z][^,]{2,100}?)(?:\s+\([A-Z]{2,8}\))?,?$")
#: "the Gaza health ministry": a ministry of a place that is no state; "The Congress party": a party.
_PLACE_BODY = re.compile(r"(?:[Tt]he\s+)?(?P<name>(?!(?:The|Its|Their|His|Her|This|That)\b)[A-Z][\w-]+(?:[’']s)?\s+(?:health|interior|foreign|"
                         r"defen[cs]e|finance|information)\s+ministry)")
_PARTY = re.compile(r"(?:[Tt]he\s+)?(?:opposition\s+|ruling\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+party)")
#: "Greenland's government said": a government named by the place it governs, as written.
_PLACE_GOVERNMENT = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s\s+(?:regional\s+|local\s+|home-rule\s+|"
                               r"autonomous\s+)?government$")
_STATE_BODY = re.compile(r"[’']s\s+(?P<body>(?:[a-z]+\s+){0,2}(?:ministry|central\s+bank|chancellery|presidency|"
                         r"statistics\s+(?:office|agency|bureau)|customs\s+(?:service|agency)|[Bb]order\s+[Gg]uard|police)|"
                         r"(?!(?:news|military|transitional|interim|local|national|new|ruling|government|state)\s)[a-z]+\s+"
                         r"authorities|"   # "Vietnam's fisheries authorities" (not "Mali's military authorities": its rulers)
                         r"(?!news\s)(?:[a-z]+\s+){1,2}agency)$")   # "North Korea's space agency"
#: A clause joined before the speaker ("…, while Asmara's information ministry said").
_JOINED_CLAUSE = re.compile(r"(?:while|whereas)\s+(?=\S)")

#: Plural common nouns that open a sentence capitalised ("Ministers said …"), and adjectives left of a speaker
#: ("Presidential spokesman X said"): no one's name.
_COMMON_SPEAKERS = frozenset({"Ministers", "Officials", "Analysts", "Diplomats", "Experts", "Critics", "Observers", "Leaders",
                              "Lawmakers", "Negotiators", "Sources", "Residents", "Witnesses", "Authorities", "Delegates",
                              "Presidential", "Government", "Official", "Military", "Diplomatic"})
#: Words before a state's name that make no body's name of it (`_named_for_state`): titles, regions, words of states'
#: own names.
_NOT_BEFORE_STATE = frozenset({"Prime", "Minister", "President", "King", "Queen", "Premier", "Chancellor", "Ambassador",
                               "Secretary", "General", "Foreign", "Defence", "Defense", "North", "South", "East", "West",
                               "Northern", "Southern", "Eastern", "Western", "Central", "New", "Greater", "Upper", "Lower",
                               "Democratic", "Republic", "Islamic", "United", "Federal", "Kingdom", "Mainland", "Rural",
                               "Coastal", "Inner", "Outer", "Team"})
#: Words that open a clause or a sentence, not a name (`_named_for_state`: "When Kosovo declared independence …").
_OPENING_WORDS = frozenset("""a an the and but or nor yet so if when while whereas as since until unless because although though
once after before during under over of in on at to for from with by about against between into through like unlike both
either neither only even then now today yesterday meanwhile also why how what where whether which who not did does do has
had have is was were will would could should can may might must said says""".split())


def _name_word(word: str) -> bool:
    """Can ``word`` be a word of a body's name before a state's ("Grain", "Producers", "State"; not "Energy-hungry",
    "When", "Western")?"""
    return all(part[:1].isupper() and part[1:].islower() and part.isalpha() for part in word.split("-")) \
        and word not in _NOT_BEFORE_STATE and word.lower() not in _OPENING_WORDS


_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Their", "His", "Her"})
