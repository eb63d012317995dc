"""Extraction: an ``Article`` -> an ``Extraction`` of plain records, sentence by sentence.

Rules are data (``kg/rules/*.json``); this module only composes the finders and
keeps the little context a reader keeps: which states "the two countries" are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from functools import cached_property, lru_cache

from ..iris import slug
from ..credits import is_person
from ..sources import LIVE_PAGE_NOTE, Article, Credit
from .actors import ActorFinder, Mention
from .attribution import Attribution, AttributionFinder, organization_word
from .dates import CALENDAR_WORDS, MONTHS, anaphoric_dates, count_of, find_dates
from .context import Context, Names
from .events import (_NO_SIDE_WITH, _PLUS, _people_of, _RATIFYING, _WITH_BEFORE, SIGNERS_THEN_SIGN, WATCHING_VERBS, EventRules, Found,
                     actors_in, between, meeting_sides, nearest_date, parties_of, with_bodies)
from .prefilter import Gate, words_ready
from .parties import in_object, named_before, pronoun_subject, size_of, subject_states
from .gazetteer import TITLES_BEFORE_SURNAME, Agent, leader_offices, leaders, load
from .instruments import InstrumentFinder
from .people import MONARCHS, PeopleFinder
from .records import (AgreementRecord, Evidence, Extraction, MeetingRecord, PersonRecord, ReportRecord,
                      Statement, agreement_node)
from .reports import ReportFinder
from .text import Sentence, sentences
from .venues import demonym_capital, described, description_of, destination

EXTRACTOR = "irnews-rules/0.1"
_PLACE_AFTER = re.compile(r"(?:(?!(?<!\bon\s)(?<!\bfor\s)(?<!\bof\s)\bthat\b|\b(?:which|who|where|when|after|while|allowing|enabling|"
                          r"permitting|letting|giving|granting|requiring|creating|establishing|providing|covering)\b|\bto\s+(?!(?:the|an?|its|their|his|her|this|that)\b)[a-z]+\s)[^.;,]"
                          r"|\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Jr|Sr)\."   # "with U.S. Trade Representative X in"
                          r"|,\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*,(?=\s+(?:in|at)\s)){0,100}?"   # "with X's predecessor, Mike Pompeo, in"
                          r"\b(?:in|at)\s+(?:the\s+|an?\s+)?"
                          r"(?P<word>[A-Z][\w-]+|(?:[a-z-]+\s+){0,2}(?:ceremony|palace|court|residence)\b)")
#: A sentence that opens where it happened: "In Addis Ababa in November he and …", "On a visit to Bishkek, …".
_PLACE_FIRST = re.compile(r"(?:(?:The\s+(?:next|following|same)\s+(?:day|morning|afternoon|evening)|A\s+day\s+later|Later|Earlier|"
                          r"On\s+[A-Z][a-z]+day),\s+(?:also\s+)?(?:in|at)|In|At|On\s+(?:a|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to)\s+"
                          r"(?P<word>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:,|\s+(?:in|on|last|this)\b)")
#: A promise ("pledged to invest … in Kenya") names where the money goes, not where anyone met; a text
#: issued "on the situation in the Middle East" names its subject.
_PROMISE = re.compile(r"(?:pledged|committed|vowed|issued|released|adopted|presented|unveiled)\b")
_TRIGGER_WORD = re.compile(r"\S+(?:\s+\S+)?")


class Extractor:
    def __init__(self):
        self.gaz = load()
        self.leaders = Names(leaders(), known=lambda word: word in self.gaz.surfaces)   # "From Australia Xi": no given name
        self.given_name_first = frozenset(self.gaz.by_iso2[c].iso3 for c in self.gaz.rules["given_name_first"])
        self.family_name_first = frozenset(self.gaz.by_iso2[c].iso3 for c in self.gaz.rules["family_name_first"])
        self.family_first_of_three = frozenset(self.gaz.by_iso2[c].iso3 for c in self.gaz.rules["family_name_first_of_three"])
        self.actors = ActorFinder(self.gaz)
        self.people = PeopleFinder(self.actors)
        self.attribution = AttributionFinder(self.actors)
        self.events = EventRules()
        self.reports = ReportFinder()
        self.instruments = InstrumentFinder(self.events)
        words_ready()   # every gate made: the words they ask for found from the first sentence on

    def extract(self, article: Article) -> Extraction:
        """Records of ``article``; their offsets count into ``article.text`` (quotes are sliced from it)."""
        view = _line_breaks_as_spaces(matching_view(article.text), article.body)
        result = self._extract(dataclasses.replace(article, text=view))
        result.article = article
        return result

    def _extract(self, article: Article) -> Extraction:
        result = Extraction(article, self._publisher(article))
        self.actors.prefer(self._article_preferences(article))
        self.actors.the_country(None)
        self.actors.published = article.published
        self.actors.koreas = _both_koreas_named(article.text)
        found: list[tuple[tuple[int, int], list[Mention]]] = [
            (span, self.actors.find(article.text, *span)) for span in article.headings]
        context = Context(self.leaders, self.given_name_first, _home(article, self.gaz), self.family_name_first,
                          self.family_first_of_three)
        context.meetings = result.meetings
        headline = list({m.agent.key: m.agent for m in found[0][1] if m.agent.kind == "state" and not m.place_only}.values()) \
            if found else []
        context.singles.extend(headline if len(headline) == 2 else [])   # "Kyrgyzstan and Tajikistan counting their dead":
        # "the two foreign ministries" of a story whose sentences never name the two together are the headline's
        context.two_plus_two = bool(_TWO_PLUS_TWO.search(article.text))
        spelled = _acronyms_spelled_out(article.text, self.gaz)
        previous: Attribution | None = None
        read = sentences(article)
        context.story_date = _story_date(article, read)
        sections = [start for start, end in article.headings if _NUMBERED.match(article.text, start)]
        for sentence in read:
            if sections and sections[0] < sentence.start:
                context.new_section(len(result.agreements))   # "3. Pyongyang ratifies treaty with Moscow": the next story
                sections = [at for at in sections if at > sentence.start]
            context.begin(sentence.paragraph)
            if not (_LIST_ITEM.match(sentence.text) or _INSTRUMENT_ITEM.match(sentence.text)):
                context.lead_in = sentence.text if sentence.text.rstrip().endswith(":") else None
            # "SEOUL, March 21 (Yonhap) -- …, the defense ministry said": the dateline's state until one has acted
            self.actors.the_country(context.most_salient() or context.home, context.salience)
            evidence = Evidence(sentence.start, sentence.end, sentence.text)
            mentions = _in_dateline(self.actors.find(article.text, sentence.start, sentence.end), article.dateline)
            if spelled:   # "the International Cricket Council said …; the ICC board": not the criminal court
                mentions = [dataclasses.replace(m, agent=spelled[article.text[m.start:m.end]])
                            if m.agent.kind == "org" and article.text[m.start:m.end] in spelled else m for m in mentions]
            found.append(((sentence.start, sentence.end), mentions))
            people = self.people.find(article.text, evidence, mentions)
            context.learn(people)   # "Trade Minister Don Farrell rejected …": he acts in his own sentence
            persons = context.person_mentions(article.text, sentence.start, sentence.end)
            mentions = _merged(mentions, persons)
            attribution = self.attribution.find(article.text, sentence.start, sentence.end, mentions)
            attribution = attribution or _carried(previous, sentence, article)
            previous = attribution if attribution else None
            told, met = len(result.agreements), len(result.meetings)
            reports = self._collect(result, article, evidence, mentions, attribution, context)
            issuers = attribution.sources if attribution else ()
            issuers = issuers + tuple(r.publisher for r in reports if r.publisher and r.publisher not in issuers)[:1]
            result.statements.extend(Statement(s, evidence) for s in issuers   # the publisher is not its own source
                                     if s.kind == "org" and not (result.publisher and s.key == result.publisher.key))
            self._organizations(result, article.text, mentions)
            result.people.extend(people + self._named_leaders(article.text, evidence, persons, people))
            acting = actors_in(article.text, mentions, attribution, self.events)
            if not context.apart:
                for listed in _listed_states(article.text, mentions):   # "Niger, Mali and Burkina Faso …, accusing
                    if len(listed) != len(acting):                     # it of serving France": the three
                        context.remember(listed)
                context.remember(acting)
                named = _named_pair(article.text, mentions, acting)
                if named:   # "… the United States is responsible for Palau's defence. A review agreement that the two
                    context.remember(named)   # governments signed …": the two the sentence named, one not acting
            for agreement in result.agreements[told:]:   # "the two countries" next: the parties just told of
                context.remember([p for p in agreement.parties if p.kind == "state" or p.org_class == "ArmedGroup"])
                context.count_armed(agreement.parties)
            if len(result.meetings) == met + 1:   # "Xi met Biden in Lima …. The two leaders agreed": those who met
                context.remember([p for p in result.meetings[met].participants if p.kind == "state"])
            context.count(acting)
            first = min(persons, key=lambda p: p.start) if persons else None
            if first and not (context.last_person and (_LEADING_PRONOUN.match(sentence.text) or _FRAMED_PRONOUN.match(
                    sentence.text) or _PRONOUN_WORD.search(sentence.text, 0, first.start - sentence.start))):
                context.person_named(first.agent)   # "He met Biden …", "Accompanied by envoy X, he met …": still he
            context.remember_subject(lambda s=sentence, m=mentions, a=attribution, one=acting: subject_states(
                article.text, s.start, s.end, m, a, self.events) or (one if len(one) == 1 else [])
                or [x.agent for x in m if x.start == s.start and x.agent.kind == "state" and x.how == "name"][:1])
            # "Rwanda has been down this road before. It signed …": the state that opens the sentence
            # "The pact is India's first …. Since 2021 it has signed …": the one state a sentence names acting
        result.people.extend(self._credits(article))
        result.states = self._states(article, found)
        _body_aliases(result, self.gaz)
        _acronyms_named(result)
        return _deduplicated(_none_ahead(result, article.published))

    def _named_leaders(self, text: str, evidence: Evidence, persons: list[Mention],
                       found: list[PersonRecord]) -> list[PersonRecord]:
        """Leaders named in full without a role ("Narendra Modi on Friday became …") are people of the article."""
        names = {p.person.label for p in found}
        named = [PersonRecord(self.people.person(text[m.start:m.end]), None, m.agent, evidence) for m in persons
                 if " " in text[m.start:m.end] and text[m.start:m.end] in self.leaders.names
                 and not text[m.start:m.end].startswith(TITLES_BEFORE_SURNAME)   # "President Ali": an office and a surname
                 and not any(text[m.start:m.end] in n for n in names)]
        for m in _BRACKETED_GIVEN.finditer(evidence.text):   # "post-[Hugo] Chávez Venezuela": an editor's insertion
            name = f"{m['given']} {m['family']}"
            state = self.leaders.names.get(name)
            if state is not None and not any(name in n for n in names):
                named.append(PersonRecord(self.people.person(name), None, state, evidence))
        return named

    def _article_preferences(self, article: Article) -> dict[str, Agent]:
        """Ambiguous names read as the state the article names unambiguously: "Congo" is the DR Congo
        in an article that says "Democratic Republic of Congo" (or "Kinshasa")."""
        if not any(surface in article.text for surface in self.gaz.rules["ambiguous"]):
            return {}   # no ambiguous name in the article: nothing to prefer (most articles)
        named = {m.agent.key for m in self.gaz.find(article.text) if m.agent.kind == "state"}
        return {surface: self.gaz.state(iso3).agent for surface, choices in self.gaz.rules["ambiguous"].items()
                for iso3 in choices if iso3 in named and self.gaz.surfaces.get(surface, (None,))[0] is not None
                and self.gaz.surfaces[surface][0].key != iso3
                and not any(c in named and c != iso3 and _named_plainly(self.gaz, article.text, c) for c in choices)}

    @staticmethod
    def _organizations(result: Extraction, text: str, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.agent.kind != "org":
                continue
            result.organizations.append(m.agent)
            surface = re.sub(r"^[Tt]he\s+", "", text[m.start:m.end])
            if m.how in ("org", "body") and surface != m.agent.label:
                result.aliases.setdefault(m.agent.key, set()).add(surface)

    def _collect(self, result: Extraction, article: Article, evidence: Evidence, mentions: list[Mention],
                 attribution: Attribution | None, context: Context) -> list[ReportRecord]:
        source, every = (attribution.source if attribution else None), mentions
        dates = _outside(find_dates(evidence.text, article.published), evidence.start, article.dateline)
        later = anaphoric_dates(evidence.text, context.last_date, dates)   # "Two years later, …": from the date before
        if later:
            dates = sorted(dates + [d for d in later if not any(d.start < o.end and o.start < d.end for o in dates)],
                           key=lambda d: d.start)
        mediated = self.events.mediated(article.text, evidence.start, evidence.end)
        context.mediators |= {m.agent.key for m in mentions if m.agent.kind == "state" and any(a <= m.start < b for a, b in mediated)}
        watched = [m for m in mentions if not any(a <= m.start < b for a, b in mediated)]
        mediated += self.events.observed(article.text, evidence.start, evidence.end)
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in mediated)]
        companies = {m.start for m in mentions if m.agent.kind == "org" and m.agent.org_class == "Organization"}
        parties = [m for m in mentions if not (m.agent.kind == "state" and (_LED_BY.match(article.text, m.end)
                                                                            or _owns_company(article.text, m, companies)))]
        # "an armistice signed by the US-led United Nations Command, North Korea and China": the US only led the Command
        told = self._agreements(article, evidence, _bodies_as_states(parties, self.gaz), attribution, context, dates,
                                result.agreements)
        told += self.instruments.find(article.text, evidence, mentions, attribution, context, article.published, told,
                                      result.agreements)
        if not told and context.lead_in and _INSTRUMENT_ITEM.match(evidence.text):
            told = _listed_instrument(result.agreements, context.lead_in, evidence, attribution, self.events)
        first = min((f.start for f in self.events.agreement_triggers(evidence.text)), default=None) if told else None
        told = [_without_frame(r, evidence, mentions, first) for r in told]
        result.agreements.extend(told)
        sides = [m for m in mentions if not (m.agent.kind == "state" and _QUALIFYING.match(article.text, m.end))]
        meeting = self._meeting(article, evidence, sides, attribution, context, dates, result.agreements)
        # "Japan signed a U.S.-backed defence pact with the Philippines in Manila": who backs it was not there
        if meeting is None and len(watched) > len(mentions) and _SIGNED_BEFORE_WITNESSES.search(evidence.text):
            meeting = self._meeting(article, evidence, watched, attribution, context, dates, result.agreements)
            # "The contract was signed in Abu Dhabi in the presence of President Lee and President Khalifa": the
            # leaders who watched it signed are who met
        attended_by = _ATTENDED_BY.search(evidence.text) if "attended by" in evidence.text else None   # few sentences
        if attended_by and len(watched) > len(mentions):   # "… signed at a ceremony in Tunis attended by Meloni and
            attended = self._meeting(article, evidence, watched, attribution, context, dates, result.agreements)
            if attended and (meeting is None or len(attended.participants) > len(meeting.participants)):
                meeting = attended   # Rutte": who attended met there too
        if attended_by and meeting:
            meeting = _with_attendees(meeting, evidence, watched, attended_by.end())
        if meeting and meeting.date:
            context.event_date = meeting.date
        where = _WHERE_THEY.search(evidence.text) if meeting and told else None
        if where and not {p.key for p in told[0].parties if p.kind == "state"} <= {p.key for p in meeting.participants} \
                and not _CLAUSE_AFTER.search(evidence.text, 0, where.start()):   # "Xi hosted the five presidents in
            at = len(result.agreements) - len(told)   # Xi'an, where they signed …": those who met signed (the first
            result.agreements[at] = told[0] = dataclasses.replace(   # clause's; "…, and Islamabad and Kabul agreed" its own)
                told[0], parties=tuple(meeting.participants) + tuple(p for p in told[0].parties if p.kind != "state"))
        if meeting and _only_those_met_apart(meeting, evidence, mentions):
            meeting = None   # "EU foreign policy chief Borrell met Vučić and Kurti separately": the two did not meet
        conjuncts = self._meeting_conjuncts(article, evidence, mentions, attribution, context, dates, result.agreements,
                                            meeting) if meeting else []
        meeting = conjuncts[0] if len(conjuncts) == 1 else meeting   # "Kan met Wen and Lee separately …, and officials
        # said …": the one conjunct told of a meeting may still be several
        apart = ((conjuncts if len(conjuncts) > 1 else [])
                 or _each_predicate(meeting, evidence, mentions, article.published)
                 or _each_destination(meeting, evidence, mentions)
                 or _each_leg(meeting, evidence, mentions)
                 or _each_stop(meeting, evidence, every)
                 or _each_place_in_turn(meeting, evidence, mentions)
                 or _each_met(meeting, evidence, mentions, article.published)
                 or _each_separately(meeting, evidence, mentions)
                 or _each_met_apart(meeting, evidence, mentions)
                 or _each_separate_meeting(meeting, evidence, mentions)
                 or _each_day(meeting, evidence, mentions, article.published)
                 or _each_time(meeting, evidence, mentions, dates)
                 or _each_date_listed(meeting, evidence, mentions, article.published)
                 or _each_counterpart(meeting, evidence, mentions) or conjuncts) if meeting else []
        if len(apart) == 1 and not meeting.signing:
            apart += self._another_time(article, evidence, mentions, attribution, context, dates, result.agreements, meeting)
        result.meetings.extend(apart)
        context.apart = len(apart) > 1   # "talks with A in X and with B in Y": A and B did not act together
        context.sentence_date = next((d.value for d in reversed(dates) if not _after(d.value, article.published)), None)
        # (not "… power stations in the three countries from 2005" in a paper of 2003: the time of no meeting told next)
        context.last_date = dates[-1].value if dates and not _after(dates[-1].value, article.published) else context.last_date
        date = nearest_date(dates, attribution, evidence.start)
        reports = self.reports.find(article.text, evidence, mentions, source, int(date[:4]) if date else None,
                                    article.published.year if article.published else None, dates)
        result.reports.extend(reports)
        return reports

    def _agreements(self, article, evidence, mentions, attribution, context, dates,
                    previous: list[AgreementRecord]) -> list[AgreementRecord]:
        """One agreement, or one per conjunct that has its own subject and trigger ("Denmark signed … with
        Washington, and Norway concluded … with the United States"), or one per counterpart where each
        has its own 'with' and date ("signed deals with Australia, in January 2022, and with the UK, …")."""
        owned = _OWNED_TALKS.search(evidence.text) if "trade" in evidence.text else None
        if not self.events.agreement_triggers(evidence.text):   # most sentences: nothing, or talks a state owns
            return _owned_talks([], owned, evidence, mentions, self._referent, context, attribution, dates) if owned else []
        records = self._told(article, evidence, mentions, attribution, context, dates, previous)
        records = _each_with(records, evidence, mentions, article.published)
        records = _with_each_dated(records, evidence, mentions, article.published)
        records = _each_of_those_told(records, evidence, previous)
        dated = _each_dated_counterpart(records, evidence, mentions, article.published)
        whole = dated and len(records[0].parties) > 2   # "with several states, including A in 2016, B in 2018": each
        records = dated if whole else _each_subject(records, evidence, mentions) + dated
        records = _each_partner_in_talks(records, evidence, mentions)
        records = _owned_talks(records, owned, evidence, mentions, self._referent, context, attribution, dates) \
            if owned else records
        records += self._joined_beside(article, evidence, mentions, attribution, context, dates, previous, records)
        records += self._then_undone(article, evidence, mentions, attribution, records)
        records = records + _gapped(records, evidence, mentions, article.published) + \
            _dated_gaps(records, evidence, article.published) + _second_instruments(records, evidence, article.published) + \
            _again_dated(records, evidence, article.published) + _separate_deal(records, evidence, mentions) + \
            _signed_but_refused(records, evidence, mentions) + _listed_years(records, evidence)
        return records + _their_dated_instruments(records, evidence, mentions, article.published, self.events.nouns.pattern,
                                                  previous)

    def _then_undone(self, article, evidence, mentions, attribution, records: list[AgreementRecord]) -> list[AgreementRecord]:
        """'signed the treaty in 1997 but ratified it only in 2012', '…, and the U.S. Senate voted against
        ratifying it in 1999', '…, but Brasília pulled out of the joint venture in 2015': a later step on the
        instrument just told of, dated on its own, is an agreement of its own, by the clause's subject (the
        first clause's when it names none; both sides for "the two sides restored it")."""
        m = _THEN_UNDONE.search(evidence.text) if records else None
        if not m:
            return []
        own = find_dates(m["rest"], article.published)
        if not own or any(r.date == own[0].value for r in records):
            return []
        text, start = article.text, evidence.start
        named = [x.agent for x in mentions if x.agent.kind == "state"
                 and start + m.end("join") <= x.start < start + m.start("verb")]
        named = list({a.key: a for a in named}.values())
        first = records[0]
        if named:
            parties = named
        elif m["subject"] and self.events.party_refs.fullmatch(m["subject"].strip()):
            parties = [p for p in first.parties if p.kind == "state"]   # "the two sides restored it"
        elif m["subject"] and not _SAME_SUBJECT.fullmatch(m["subject"]):
            return []   # someone the sentence does not place ("the junta", "a court")
        else:
            parties = subject_states(text, start, start + m.start(), mentions, attribution, self.events) \
                if not _RENEWING.match(m["verb"]) else [p for p in first.parties if p.kind == "state"]
        if not parties:
            return []
        status = "signed" if _RENEWING.match(m["verb"]) or m["verb"].startswith("ratified") else "denied"
        sides = [p for p in first.parties if p.kind == "state"]
        if status == "denied" and len(sides) == 2 and {p.key for p in parties} < {p.key for p in sides}:
            parties = sides   # "…, but Britain scrapped it in July 2024": one side ends the two sides' agreement
        if len(parties) < 2 and status == "signed" and not m["verb"].startswith("ratified"):
            return []
        return [dataclasses.replace(first, parties=tuple(parties), status=status, date=own[0].value,
                                    topic=first.topic)]

    def _joined_beside(self, article, evidence, mentions, attribution, context, dates, previous,
                       records: list[AgreementRecord]) -> list[AgreementRecord]:
        """'India and Pakistan became full members of the grouping …, after China and Russia founded it':
        a state's joining told beside another agreement is an agreement of its own."""
        told = {frozenset(p.key for p in r.parties if p.kind == "state") for r in records}
        for found in self.events.agreement_triggers(evidence.text) if records else ():
            if not found.alone or not _JOINING_VERB.match(evidence.text, found.start):
                continue
            parties = self._parties(article, evidence, mentions, attribution, context, found, previous)
            date = self._agreement_date(article, evidence.text, found, dates, attribution, context, evidence.start)
            record = AgreementRecord(tuple(parties), found.status, self.events.topic(evidence.text, found.end), date,
                                     evidence, attribution.source if attribution else None)
            joiners = _each_joiner(found, record, evidence, mentions) or ([record] if parties else [])
            return [j for j in joiners if frozenset(p.key for p in j.parties if p.kind == "state") not in told]
        return []

    def _told(self, article, evidence, mentions, attribution, context, dates, previous) -> list[AgreementRecord]:
        conjuncts = self._conjuncts(article, evidence, mentions, attribution, context, dates, previous)
        if conjuncts:
            return conjuncts
        hit = self._agreement_found(article, evidence, mentions, attribution, context, dates, previous)
        if hit is None:
            return []
        found, record = hit
        joiners = _each_joiner(found, record, evidence, mentions)
        if joiners:
            return joiners
        shared = _shared_subject(record, evidence, mentions) or _followed_by(record, evidence, mentions, article.published)
        if shared:
            return shared
        record = _same_as_before(record, evidence.text, previous)
        respectively = _respectively(record, evidence, mentions, dates)
        if not respectively and _IT_OPENS.match(evidence.text):   # "It already has RAAs with Canberra and London,
            referent = [r for r in self._referent("it", evidence, mentions, context, 0)   # signed in … respectively"
                        if r.key not in {p.key for p in record.parties}]
            respectively = _respectively(dataclasses.replace(record, parties=tuple(referent) + record.parties),
                                         evidence, mentions, dates) if referent else []
        if not respectively and _AGREEMENTS_WITH.search(evidence.text):   # "The free trade agreements with Australia and
            others = [m.agent for m in mentions if m.agent.kind == "state" and not m.place_only   # New Zealand, signed in
                      and m.agent.key not in {p.key for p in record.parties}]   # … respectively, are the first … Britain"
            owner = others[:1] if len({a.key for a in others}) == 1 else [a for a in [context.most_salient()] if a]
            respectively = _respectively(dataclasses.replace(record, parties=tuple(owner) + record.parties),
                                         evidence, mentions, dates) if owner else []
        if respectively:
            return respectively
        nouns = self.events.nouns.pattern
        objects = self._coordinated_objects(article, record, evidence) or self._two_objects(record, evidence, found) \
            or self._counted_two(record, evidence, found) or self._followed_by_another(article, record, evidence, found) \
            or self._along_with_each(record, evidence, found)
        if objects:   # "signed two treaties with the Seychelles, and in 2010 it signed a framework agreement with France"
            second = self._second_predicate(article, evidence, mentions, attribution, dates, found, record)
            return [_without_later_predicate(o, second, evidence, mentions, found, self.events.agreement_triggers)
                    for o in objects] + second
        each = _each_counterpart_of_plural(record, evidence, mentions, found, nouns) \
            or _each_subject_with_one(record, evidence, mentions, found, nouns) or _each_switched(record, evidence, found) \
            or _each_with_ties(record, evidence, mentions, found)
        if each:   # "signed deals with A and B, and agreed a framework with C": C's is the second predicate's
            return each + self._second_predicate(article, evidence, mentions, attribution, dates, found, record)
        segments = list(re.finditer(rf"\bwith\s+(?:the\s+)?(?-i:[A-Z])[^;]*?(?=,?\s+and\s+(?:with\b|(?:an?|the|another)\s+"
                                    rf"(?:[\w-]+\s+){{0,6}}?{nouns}\s+with\b)|{_CLAUSE_AFTER.pattern}|,\s+(?:which|who)\b|[.;]?$)", evidence.text, re.I))
        ends = [i for i, (one, after) in enumerate(zip(segments, segments[1:]))
                if _CLAUSE_AFTER.match(evidence.text, one.end())]
        segments = segments[:ends[0] + 1] if ends else segments   # "…, and Tunisia settled its border with Algeria"
        relative = [i for i, (one, after) in enumerate(zip(segments, segments[1:]))
                    if _RELATIVE_OPENS.search(evidence.text, one.end(), after.start())
                    and not _AND_BEFORE.search(evidence.text, one.end(), after.start())]
        segments = segments[:relative[0] + 1] if relative else segments   # "… with Egypt, which is locked in its own
        # dispute with Ethiopia": the relative clause's, no counterpart
        if len(segments) < 2:
            second = self._second_predicate(article, evidence, mentions, attribution, dates, found, record)
            return self._serial_predicates(evidence, mentions, dates, found, record) or \
                [_without_later_predicate(record, second, evidence, mentions, found,
                                          self.events.agreement_triggers)] + second + \
                self._their_earlier_instrument(article, evidence, dates, found, record) + \
                self._undone_instrument(article, evidence, mentions, attribution, found, record)
        split = []
        subject = {m.agent.key for m in mentions if m.agent.kind == "state" and m.start < evidence.start + segments[0].start()}
        for seg in segments:
            start, end = evidence.start + seg.start(), evidence.start + seg.end()
            others = list({m.agent.key: m.agent for m in mentions if start <= m.start < end and m.agent.kind == "state"}.values())
            others = [o for o in others if o.key not in subject] if len(others) > 1 else others   # "… and with Japan
            # during President Vo Van Thuong's visit to Tokyo": Japan, not the subject's own president
            dates = find_dates(seg.group(), article.published)
            if len(others) != 1:
                return [record]
            split.append((others[0], dates[0].value if dates else record.date))
        counterparts = {c.key for c, _ in split}
        own = tuple(p for p in record.parties if p.key not in counterparts)
        owner = context.most_salient() if not own and _OWNER.match(evidence.text) else None
        if not own and (owner is None or owner.key in counterparts):
            return [record]   # "… with Chile in 2005 and with Peru in 2009": whose deals, we cannot tell
        own = own or (owner,)   # "Among its trade pacts were those signed with A in 2009 and with B in 2011"
        return [dataclasses.replace(record, parties=own + (c,), date=d) for c, d in split]

    def _second_predicate(self, article, evidence, mentions, attribution, dates, found: Found,
                          record: AgreementRecord) -> list[AgreementRecord]:
        """'which normalised ties in 1972 and signed a treaty of peace in 1978': a second verb of the same
        subject, with an object of its own, tells of a second agreement (its own date, its own counterparts)."""
        text, nouns = evidence.text, self.events.nouns
        for other in self.events.agreement_triggers(text):
            first, second = sorted([found, other], key=lambda f: f.start)
            stop = _CLAUSE_END.search(text, second.end)
            segments = (text[first.start:second.start], text[second.start:stop.start() if stop else len(text)])
            joined = _AND_VERB.fullmatch(text, first.end, second.start)
            if other == found or not joined \
                    or not all(nouns.search(seg) or _TIES.search(seg) or _AGREED_TO_DO.match(seg)
                               or _NEGOTIATING_OBJECT.match(seg) for seg in segments):
                continue
            lo, hi = (other.start, found.start) if other is first else (other.start, len(segments[1]) + other.start)
            lo = joined.start("when") if other is second and joined["when"] else lo   # "…, and in 2010 it signed …"
            subject = [p for p in record.parties if not _with_after(article.text, evidence.start + first.end, mentions, p)]
            own = [m.agent for m in mentions if evidence.start + lo <= m.start < evidence.start + hi
                   and m.agent.kind == "state" and _eligible_state(m)]
            own_dates = [d for d in dates if lo <= d.start < hi]
            parties = _union(subject, own)
            if len(parties) < 2 and other.status != "denied":
                continue
            return [dataclasses.replace(record, parties=tuple(parties), status=other.status,
                                        topic=self.events.topic(text, other.end),
                                        date=own_dates[0].value if own_dates else record.date)]
        return []

    def _their_earlier_instrument(self, article, evidence, dates, found: Found, record: AgreementRecord) -> list[AgreementRecord]:
        """'…, building on a mutual defence pact they concluded in September 2023', 'suspended the friendship treaty it had
        signed with Spain in 2002': an instrument the same parties made before, told of in a relative clause of its own,
        with its own date."""
        text, nouns = evidence.text, self.events.nouns.pattern
        for other in self.events.agreement_triggers(text):
            if other.start <= found.end or other.status != "signed":
                continue
            m = re.compile(rf"\b(?:an?|the|their)\s+(?P<name>(?:[\w-]+\s+){{0,4}}?{nouns})\s+(?:that\s+|which\s+)?"
                           rf"(?:they|it|both|the\s+two\s+(?:countries|sides|governments|states))\s+(?:had\s+|have\s+|has\s+)?$",
                           re.I).search(text, max(found.start, other.start - 120), other.start)   # (the noun may end the
            # trigger: "suspended the friendship treaty")
            own = [d for d in dates if other.end <= d.start < other.end + 40 and not _after(d.value, article.published)]
            if m and own and own[0].value != record.date:
                return [dataclasses.replace(record, status="signed", topic=" ".join(m["name"].split()[:10]),
                                            date=own[0].value)]
        return []

    def _serial_predicates(self, evidence, mentions, dates, found: Found, record: AgreementRecord) -> list[AgreementRecord]:
        """'X and Y normalised relations in 1995, signed a trade agreement in 2000 and set up a partnership in
        2013': one subject, a series of predicates, each with its own object and date, each an agreement."""
        text, chains = evidence.text, [[]]
        for other in sorted(self.events.agreement_triggers(text), key=lambda f: f.start):
            last = chains[-1][-1][0] if chains[-1] else None
            if other.alone or (last and other.start < last.end):
                continue
            if last and _PARTICIPLE.match(text, other.start) and text[:other.start].rstrip().endswith(","):
                continue   # "restored relations on Friday, signing a joint communique": how, not a second agreement
            stop = _CLAUSE_END.search(text, other.end)
            segment = (other.start, stop.start() if stop else len(text))
            if not (self.events.nouns.search(text, *segment) or _TIES.search(text, *segment)):
                chains.append([])
                continue
            if last and not (_SERIES.search(text, last.end, other.start) and not any(
                    evidence.start + last.end <= m.start < evidence.start + other.start and m.agent.kind == "state"
                    for m in mentions)):
                chains.append([])   # another subject, or no series
            chains[-1].append((other, segment))
        chain = next((c for c in chains if any(f == found for f, _ in c)), [])
        if len(chain) < 2:
            return []
        out = []
        for other, (lo, hi) in chain:
            own = [d for d in dates if lo <= d.start < hi]
            out.append(dataclasses.replace(record, status=other.status, topic=self.events.topic(text, other.end),
                                           date=own[0].value if own else record.date))
        return out

    def _two_objects(self, record: AgreementRecord, evidence: Evidence, found: Found) -> list[AgreementRecord]:
        """'concluded the fisheries agreement and an amendment on tariffs', 'signed a trade deal and a
        memorandum on health': two instruments signed together, two agreements."""
        nouns = self.events.nouns.pattern
        m = re.compile(rf"\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){{0,4}}?{nouns}(?:\s+(?:on|over|for|of|to)(?:\s+[\w’'-]+){{1,6}}?)?"
                       rf"\s+and\s+(?:the|an?|another|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?P<second>{nouns}|amendments?)\b",
                       re.I).match(evidence.text, found.end) or _together_with(nouns).match(evidence.text, found.end)
        if not m or found.alone or re.match(r"(?:\s+[\w-]+){0,3}?\s+between\b", evidence.text[m.end():]):
            return []   # "and a memorandum between their gem institutes": that one has parties of its own
        return [record, dataclasses.replace(record, topic=self.events.topic(evidence.text, m.start("second") - 1))]

    def _followed_by_another(self, article, record: AgreementRecord, evidence: Evidence, found: Found) -> list[AgreementRecord]:
        """'signed an agreement on … in 1993, followed in 1996 by an accord on military confidence-building measures':
        a second instrument of the same parties, on its own date."""
        m = re.compile(rf",\s+(?:and\s+)?followed\s+(?P<when>[^,;]{{2,30}}?\s+)?by(?P<np>\s+(?:an?|the|another)\s+(?:[\w-]+\s+){{0,4}}?"
                       rf"(?P<noun>{self.events.nouns.pattern}))\b", re.I).search(evidence.text, found.end)
        if not m or found.alone or not m["when"]:
            return []
        when = find_dates(m["when"], article.published) or anaphoric_dates(m["when"], record.date)   # "a year later"
        if not when:
            return []
        return [record, dataclasses.replace(record, date=when[0].value, topic=self.events.topic(evidence.text, m.start("np")))]

    def _along_with_each(self, record: AgreementRecord, evidence: Evidence, found: Found) -> list[AgreementRecord]:
        """'signed the nuclear accord …, along with agreements on oil and gas exploration and on lifting visa
        requirements': the instrument named, and one more for each 'on'."""
        m = _ALONG_WITH_EACH.match(evidence.text, found.end)
        if not m or found.alone or record.status != "signed":
            return []
        return [record] + [dataclasses.replace(record, topic=f"{m['what']} on {' '.join(m[part].split()[:8])}")
                           for part in ("one", "two")]

    def _counted_two(self, record: AgreementRecord, evidence: Evidence, found: Found) -> list[AgreementRecord]:
        """'inked two maritime security memorandums', 'signed two protocols in Zurich': two instruments, two
        agreements."""
        m = _TWO_INSTRUMENTS.match(evidence.text, found.end)
        if m and not found.alone:
            return [dataclasses.replace(record, topic=f"{m['what']} ({n})") for n in ("first", "second")]
        m = _TWO_KINDS.match(evidence.text, found.end)   # "signed security and maritime boundary memorandums"
        if not m or found.alone:
            return []
        return [dataclasses.replace(record, topic=f"{m[kind]} {m['what']}") for kind in ("one", "other")]

    def _coordinated_objects(self, article, record: AgreementRecord, evidence: Evidence) -> list[AgreementRecord]:
        """'withdrew from the INF Treaty in August 2019, …, and from the Open Skies Treaty last November':
        one agreement per coordinated object, each with its own date."""
        nouns = self.events.nouns.pattern
        segments = list(re.finditer(r"\b(?:from|out of)\s+[^;]*?(?=,?\s+and\s+(?:from|out of)\b|[.;]?$)", evidence.text))
        if len(segments) < 2 or not all(re.search(nouns, seg.group(), re.I) for seg in segments):
            return []
        split = []
        for seg in segments:
            dates = [d for d in find_dates(seg.group(), article.published) if not _after(d.value, article.published)]
            split.append(dataclasses.replace(record, date=dates[0].value if dates else record.date,
                                             topic=self.events.topic(seg.group(), len(seg.group().split()[0]))))
        return split

    def _conjuncts(self, article, evidence, mentions, attribution, context, dates, previous) -> list[AgreementRecord]:
        """Agreements of coordinated clauses, each read on its own; none unless two clauses each give one
        between different states."""
        clauses, subjects = [], []

        def read(part, inside, shifted):
            hit = self._agreement_found(article, part, inside, attribution, context, shifted, previous)
            if hit is None:
                record = self._subject_carried(part, inside, shifted, subjects, attribution)
                if record:   # "Indonesia signed an agreement with Chile in 2017, and officials expect to sign one with
                    clauses.append(part)   # Canada": the second clause's subject is the first's
                return record
            clauses.append(part)
            found, record = hit   # "A and B signed agreements with C, and D agreed …": A with C, B with C, D …
            if len(subjects) >= 2 and _THEY_OPEN.fullmatch(part.text, 0, found.start):   # "Egypt and Israel signed a
                record = dataclasses.replace(record, parties=tuple(subjects) + tuple(   # treaty in 1979, and in 2005
                    p for p in record.parties if p.kind != "state"))   # they agreed …": they are the first clause's subject
                return record
            subjects[:] = [p for p in record.parties if p.kind == "state" and any(
                m.agent.key == p.key and m.start < part.start + found.start for m in inside)]
            return _each_subject_with_one(record, part, inside, found, self.events.nouns.pattern) \
                or _each_with_ties(record, part, inside, found) or record
        listed = _LISTED_CLAUSE if _LAST_CLAUSE.search(evidence.text) else None
        records = _by_clause(evidence, mentions, dates, read, listed)
        if len(clauses) < 2 or len({frozenset(p.key for p in r.parties) for r in records}) < len(records):
            return []
        return records

    def _subject_carried(self, part: Evidence, inside: list[Mention], shifted: list, subjects: list[Agent],
                         attribution) -> AgreementRecord | None:
        """A clause with no state for its subject ("and officials expect to sign one with Canada") after a clause whose
        subject was one state: that state's agreement with the states named after the clause's 'with'."""
        triggers = self.events.agreement_triggers(part.text) if len(subjects) == 1 and _SUBJECT_LESS.match(part.text) else []
        if len(triggers) != 1 or any(m.agent.kind == "state" and m.start < part.start + triggers[0].start for m in inside):
            return None
        found = triggers[0]
        with_at = _WITH_WORD.search(part.text, found.end)
        counterparts = _union([], [m.agent for m in inside if m.agent.kind == "state" and not m.place_only and with_at
                                   and m.start >= part.start + with_at.end() and m.agent.key != subjects[0].key])
        if not counterparts:
            return None
        dates = [d for d in shifted if d.start > found.start]
        return AgreementRecord(tuple(subjects + counterparts), found.status, self.events.topic(part.text, found.end),
                               dates[0].value if dates else None, part, attribution.source if attribution else None)

    def _meeting_conjuncts(self, article, evidence, mentions, attribution, context, dates,
                           agreements, meeting: MeetingRecord | None) -> list[MeetingRecord]:
        """Meetings of coordinated clauses, each read on its own ("In March 2021 Zarif and Wang signed … in
        Tehran, and in March this year Iran and Saudi Arabia agreed in Beijing …"); none unless two clauses
        each give one, of other sides or on another day. A single clause that tells of the meeting with
        fewer sides than the whole sentence names is the meeting (the other clause's states took no part)."""
        records = _by_clause(evidence, mentions, dates, lambda part, inside, shifted: self._meeting(
            article, part, inside, attribution, context, shifted, agreements), _SINCE_MET)
        told = {(frozenset(p.key for p in r.participants), r.date) for r in records}
        if len(records) == 1 and meeting and set(told.pop()[0]) < {p.key for p in meeting.participants}:
            left = {p.key for p in meeting.participants} - {p.key for p in records[0].participants}
            first = min((m.start for m in mentions if m.agent.key in left), default=evidence.end) - evidence.start
            cut = max((c.end() for c in _CONJUNCT.finditer(evidence.text, 0, first)), default=first)
            # "held talks with Egypt's president, Qatar's emir, Sheikh Tamim, and Bahrain's king": the last item of
            # a list, no clause of its own (no verb after it)
            return records if _FINITE_VERB.search(evidence.text, cut) else []
        return records if len(records) >= 2 and len(told) == len(records) else []

    def _agreement(self, article, evidence, mentions, attribution, context, dates,
                   previous=()) -> AgreementRecord | None:
        found_record = self._agreement_found(article, evidence, mentions, attribution, context, dates, previous)
        return found_record[1] if found_record else None

    def _agreement_found(self, article, evidence, mentions, attribution, context, dates,
                         previous=()) -> tuple[Found, AgreementRecord] | None:
        """The first trigger of the sentence that has its parties, and the agreement it tells of."""
        triggers = self.events.agreement_triggers(evidence.text)   # none in most sentences: nothing more to read
        scope = _HEDGE_OVER.search(evidence.text) if triggers else None
        if scope and scope.start() < min(f.start for f in triggers):
            return None   # "It was not clear whether the two sides intend to sign …", "no parliament to ratify it"
        if not triggers or (self.events.not_agreement_gate.may_match(evidence.text)
                            and self._hedged(evidence.text, triggers) and not self._firm(evidence.text)):
            return None
        aside = [(evidence.start + m.start(), evidence.start + m.end()) for m in _AS_FACILITATORS.finditer(evidence.text)]
        hosted = [(evidence.start + m.start(), evidence.start + m.end()) for m in _HOSTED_BY.finditer(evidence.text)]
        # "…, with Angola and the DRC as facilitators,": no parties; "in a ceremony hosted by Angolan President
        # João Lourenço": the host, no party when the signatories are two others
        acting = [m for m in mentions if not any(a <= m.start < b for a, b in aside)] if aside else mentions
        in_host = [any(a <= m.start < b for a, b in hosted) for m in mentions]
        hosts = {m.agent.key for m, host in zip(mentions, in_host) if host} - \
            {m.agent.key for m, host in zip(mentions, in_host) if not host}
        for found in triggers:
            if _AS_WITNESSES.match(evidence.text, found.end):
                continue   # "Representatives of Britain, France, … signed the accord as witnesses": not parties
            parties = self._parties(article, evidence, acting, attribution, context, found, previous)
            parties = _without_hosts(parties, hosts)
            followed = _FOLLOWED_BY.search(evidence.text, found.end) if found.status == "signed" else None
            if followed:   # "Clinton became the first leader to sign the treaty, followed within hours by the foreign
                stop = _LIST_STOP.search(evidence.text, followed.end())   # ministers of China, Russia, France and Britain"
                lo, hi = evidence.start + followed.end(), evidence.start + (stop.start() if stop else len(evidence.text))
                parties = _union(parties, [m.agent for m in acting if lo <= m.start < hi and m.agent.kind == "state"
                                           and not m.place_only])
            if found.alone and all(p.kind == "state" for p in parties):
                parties = _union(parties, _joined_body(evidence, found, mentions))
            alone = found.status == "denied" or found.alone or _RATIFYING.match(evidence.text, found.start) \
                or (_LEGISLATORS.search(evidence.text, 0, found.start) and _APPROVED.match(evidence.text, found.start)) \
                or _BLOC_SUBJECT.search(evidence.text, 0, found.start) \
                or (found.status == "signed" and _ARMED_SIDE.search(evidence.text))   # "the bloc signed a deal with
            # Singapore"; "Liberia's government and the two rebel movements fighting it signed a peace agreement": the
            # state is the one party the gold counts, its counterpart a group of no name
            if len(parties) < 2 and found.status in ("agreed", "planned"):
                continue   # joining without the body joined named: no agreement we can tell of
            last = context.groups[-1] if context.groups and len(parties) < 2 else []
            brokered = _BROKERED_THEN.search(evidence.text, max(0, found.start - 120), found.start) if last else None
            before = brokered.start() if brokered else found.start   # "The Minsk agreements, brokered by France and
            # Germany and signed in February 2015": the noun before who brokered them
            if len(last) == 2 and found.status == "signed" and self._noun_before.search(evidence.text, max(0, before - 60),
                                                                                       before) \
                    and _SIGNED_PARTICIPLE.match(evidence.text, found.start, found.end) \
                    and _IN_A_PAST_YEAR.match(evidence.text, found.end) \
                    and {m.agent.key for m in mentions if m.agent.kind == "state"} <= {p.key for p in last} \
                    and {p.key for p in parties} <= {p.key for p in last} and not self.events.party_refs.search(evidence.text):
                parties = list(last)   # "… covered by an intergovernmental agreement signed in December 2008", "Under a
                # defence agreement signed in 1951, the U.S. military runs Thule": a sentence that names no state, or one
                # of the pair told last, tells of that pair (not "the agreements signed on Tuesday", the news told
                # before; not two of three who signed a treaty: no pair to tell of)
            if len(parties) < 2 and not (alone and parties):
                continue   # a refusal, a ratification or a membership may name one state; anything else takes two
            owned = _OWNED_WITH.match(evidence.text, found.start) if len(parties) == 1 and found.status == "denied" else None
            at = evidence.start + owned.end() if owned else -1
            if owned and any(m.start == at and m.agent.key == parties[0].key for m in mentions):
                owner = [m.agent for m in mentions if m.agent.kind == "state" and owned["owner"]
                         and m.start == evidence.start + owned.start("owner")]
                if not owner:
                    continue   # "the CNSP denounced several military cooperation agreements with France": not France
                parties = owner + parties   # "the junta denounced Niger's military cooperation agreements with Paris"
            if found.status == "denied" and _never_together(evidence, mentions, found, parties):
                continue   # "Tokyo and Moscow have never signed a peace treaty": no agreement at all, not a refusal
            if len(parties) == 1 and found.status == "denied" and _only_counterpart(evidence, mentions, found, parties[0]):
                continue   # "the junta tore up its agreement with France": who tore it up is not France
            if len(parties) == 1 and found.status == "denied":
                parties = parties + _counterpart_told(evidence, mentions, found, parties[0])
            if found.status in ("planned", "signed") and (_STILL_TO_RATIFY.match(evidence.text)
                                                          or _AWAITS_RATIFICATION.search(evidence.text)) and any(
                    {p.key for p in parties} <= {p.key for p in r.parties} for r in previous[context.told_from:]):
                return None   # "The treaty must still be ratified by both parliaments": the instrument told of, again
            date = self._agreement_date(article, evidence.text, found, dates, attribution, context, evidence.start)
            definite = _PASSIVE_DEFINITE.match(evidence.text[:found.start]) if not dates and found.status == "signed" else None
            if definite:
                keys = {p.key for p in parties}   # "The deal was signed by the defence ministers": the deal told of
                told = [r for r in reversed(previous[context.told_from:]) if r.status == "signed" and r.date
                        and {p.key for p in r.parties} == keys]   # before, on its day: the one of that kind if any
                noun = re.search(_INSTRUMENT, definite.group()).group().lower()   # ("The memorandum": not the treaty
                told = next((r for r in told if noun in r.topic.lower()), told[0] if told else None)   # named since)
                date = told.date if told else date
            return found, AgreementRecord(tuple(parties), found.status, self.events.topic(evidence.text, found.end),
                                          date, evidence, attribution.source if attribution else None)
        return None

    @cached_property
    def _noun_before(self) -> re.Pattern:
        """An instrument's noun right before what follows it ("the deal[,] signed by …")."""
        return re.compile(rf"(?:{self.events.nouns.pattern})\s*,?\s+$", re.I)

    def _signed_by_after_noun(self, evidence: Evidence, mentions: list[Mention], start: int, end: int,
                              groups: bool = False) -> list[Agent]:
        """'the deal signed by Russia and Ukraine in Istanbul': an instrument, then who signed it after 'by' (the
        trigger at [start, end)); the states named there, to the end of that phrase (and, with ``groups``, the armed
        movements: "…, signed in Nairobi by Khartoum and the southern rebels of the SPLM")."""
        verb = _SIGNED_PARTICIPLE.match(evidence.text, start, end)   # a signing in a place: its match runs on
        by = _BY_AFTER_WHERE.match(evidence.text, verb.end()) if verb else None   # "signed in Paris by …"
        if not by or not self._noun_before.search(evidence.text, max(0, start - 60), start):
            return []
        stop = _BY_LIST_END.search(evidence.text, by.end())
        lo, hi = evidence.start + by.end(), evidence.start + (stop.start() if stop else len(evidence.text))
        signers = _union([], [m.agent for m in mentions if lo <= m.start < hi and not m.place_only and (
            m.agent.kind == "state" or (groups and m.agent.org_class == "ArmedGroup"))])
        with_at = _BY_WITH.search(evidence.text, by.end(), hi - evidence.start)
        if with_at:   # "concluded in Vienna by Iran with the United States, Britain, France, …": the whole list after 'with'
            states = [m for m in mentions if m.agent.kind == "state" and not m.place_only]
            chain = next((run for run in _runs(evidence.text, states, evidence.start)
                          if run[0].start == evidence.start + with_at.end()), [])
            signers = _union(signers, [m.agent for m in chain])
        return signers

    @cached_property
    def _owned_with(self) -> re.Pattern:
        """'India's civil nuclear agreement with the United States, ' right before a participle."""
        return re.compile(rf"(?<![\w’'-])(?P<owner>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){{0,3}})[’']s\s+(?:[\w-]+\s+){{0,4}}?"
                          rf"(?:{self.events.nouns.pattern})\s+with\s+(?P<with>(?:the\s+)?(?-i:[A-Z])[^,;()]{{1,40}}?),\s+$", re.I)

    def _owned_with_before(self, evidence: Evidence, mentions: list[Mention], found: Found) -> list[Agent]:
        """'…, clearing the way for India's civil nuclear agreement with the United States, signed the following month':
        a signing told by a participle after a state's instrument with another: the two states, one named in each part."""
        if found.status != "signed" or not _SIGNED_PARTICIPLE.match(evidence.text, found.start, found.end):
            return []
        m = self._owned_with.search(evidence.text, max(0, found.start - 160), found.start)
        if not m:
            return []
        def states(group: str) -> list[Agent]:
            lo, hi = evidence.start + m.start(group), evidence.start + m.end(group)
            return _union([], [x.agent for x in mentions if lo <= x.start < hi and x.agent.kind == "state"])
        owner, other = states("owner"), states("with")
        return owner + other if len(owner) == 1 and len(other) == 1 and owner[0].key != other[0].key else []

    def _signed_by_passive(self, evidence: Evidence, mentions: list[Mention], start: int, end: int) -> list[Agent]:
        """'The deal, known formally as …, was concluded in Vienna on July 14 last year by Iran and six powers: the
        United States, Britain, …': an instrument the sentence's subject, a passive signing, and the states named
        after 'by' to the end of their list, past a colon after 'six powers' (a company named by a demonym is no state)."""
        verb = _SIGNED_PARTICIPLE.match(evidence.text, start, end)
        by = _BY_AFTER_WHERE.match(evidence.text, verb.end()) if verb else None
        if not by or not (_PASSIVE_AUX.search(evidence.text, max(0, start - 30), start)
                          and self.events.instrument_opening.match(evidence.text, 0, start)):
            return []
        stop = _BY_LIST_END.search(evidence.text, by.end())
        if stop and stop.group().strip() in (":", "–", "—") and _GROUP_NOUN_END.search(evidence.text, by.end(), stop.start()):
            stop = _COLON_LIST_END.search(evidence.text, stop.end())   # "by Iran and six powers: the United States, …"
        lo, hi = evidence.start + by.end(), evidence.start + (stop.start() if stop else len(evidence.text))
        return _union([], [m.agent for m in mentions if lo <= m.start < hi and m.agent.kind == "state" and not m.place_only
                           and (m.how != "demonym" or _DEMONYM_OFFICIAL.match(evidence.text, m.end - evidence.start))])

    def _parties(self, article, evidence, mentions, attribution, context, found, previous) -> list[Agent]:
        text, start, rules = article.text, evidence.start, self.events
        parties, reference = parties_of(text, (start, evidence.end), found, mentions, attribution, rules)
        if found.status == "denied":   # "New Delhi sent a diplomat … but did not sign": the subject refused
            subject = _adjacent_subject(evidence, mentions, found) \
                or subject_states(text, start, start + found.start, mentions, attribution, rules)
            parties = _union(subject, [p for p in parties if p.key not in {s.key for s in subject}
                                       and _with_after(text, start + found.end, mentions, p)]) if subject else parties
            if subject and _OTHERS_INSTRUMENT.match(evidence.text, found.end):
                parties = subject   # "voted against ratifying the EU's agreement with Canada": Canada refused nothing
            leaving = _WITHDRAWING.match(evidence.text, found.start)
            pulled = [m.agent for m in mentions if m.agent.kind == "state" and leaving and leaving["what"]
                      and evidence.start + leaving.start("what") <= m.start < evidence.start + leaving.end("what")]
            own = leaving and not leaving["what"] and _OWN_INSTRUMENT_WITH.match(evidence.text, leaving.end())
            if pulled or (subject and leaving and not own):   # "Trump pulled the United States out of the nuclear deal with
                parties = pulled or subject        # Iran": Iran stayed; "Havana withdrew from its agreement with Brazil": both
            undoer = self._undoer(text, evidence, mentions, attribution, found)
            other = [p for p in parties if p.kind == "state" and p.key not in {u.key for u in undoer}
                     and _with_after(text, start + found.end, mentions, p)][:1]
            parties = undoer + other if undoer else parties   # "Niger ended its accord with the United States": the
            # accord's two parties (Niger undid it)
        if not parties and not reference and context.lead_in and _LIST_ITEM.match(evidence.text):
            lead = rules.party_refs.search(context.lead_in)   # "the two presidents:" / "- agreed to speed up …"
            reference = lead.group() if lead else None
        by = _BY_AFTER.match(evidence.text, found.end)   # "… signed by the two countries", "… approved by EU governments"
        officials = _OFFICIALS_OF.match(evidence.text, by.end("by")) if by else None   # "by the first presidents of
        by_reference = rules.party_refs.match(evidence.text, officials.end() if officials else by.end("by")) \
            if by and not reference and len(parties) < 2 else None                      # the two countries"
        reference = by_reference.group() if by_reference else reference   # "an arrangement signed by the two countries"
        signers = self._signed_by_after_noun(evidence, mentions, found.start, found.end, True)
        if len(signers) >= 2:   # "Turkey welcomed the deal signed by Russia and Ukraine": who signed, not who welcomed
            parties, reference = signers, None   # (nor "Both governments" who appeal to it)
        signers = self._signed_by_passive(evidence, mentions, found.start, found.end) if not reference else []
        if len(signers) > len(parties) and {p.key for p in parties} <= {s.key for s in signers}:
            parties = signers   # more of the list than the clause gave, none of its parties less
        owned = self._owned_with_before(evidence, mentions, found) if not reference else []
        if owned:   # "clearing the way for India's civil nuclear agreement with the United States, signed the following
            parties = owned   # month": the instrument's owner and its counterpart, whoever the clause's subject
        if reference == "they" and any(q.start() < found.start < q.end() for q in _QUOTED.finditer(evidence.text)):
            reference = None   # "… what the treaty they signed requires," a speaker's 'they' is not the article's states
        visit = _visitor_and_host(evidence, mentions, found.start, reference) if reference else []
        if visit:   # "Draghi was in Algiers for a summit at which the two governments signed": Italy and Algeria
            parties, reference = visit, None
        added = [p for p in parties if p.kind == "state"] if reference and _PLUS.search(evidence.text) else []
        if added:   # "the five coastal states plus Finland, Iceland and Sweden": the group told before, and these
            recalled = context.recall(reference)
            parties, reference = (_union(recalled, added), None) if size_of(reference) == len(recalled) else (parties, reference)
        said = (_SAID_THEY.search(evidence.text, 0, found.start) or _WHICH_THEY.search(evidence.text, 0, found.start)) \
            if reference == "they" else None
        told = subject_states(text, start, start + said.start(), mentions, attribution, rules) if said else []
        if len(told) >= 2:   # "South Korea and the United States announced in July 2016 that they had agreed …": they
            parties, reference = told, None   # are the sentence's subject, not the states of the sentence before
        if reference:   # "the two countries", "they": the states the reader has in mind
            recalled = context.recall(reference, [p for p in parties if p.kind == "state"], _venue(mentions),
                                      _named_here(evidence, mentions, attribution), _told_by(evidence, mentions, attribution),
                                      _sides_here(evidence, mentions, attribution, found.start) if reference != "they" else None)
            parties = named_before(text, start, found, mentions, attribution, rules, recalled) or recalled or parties
            if len(parties) < 2:   # "X hosted Y in Astana, where the two leaders signed …"
                parties = _union(parties, actors_in(text, mentions, attribution, rules))
            parties = self._between_named(evidence, mentions, found, reference) or parties
            ties = _RELATIONS_WITH.search(evidence.text, found.start) if size_of(reference) == len(
                [p for p in parties if p.kind == "state"]) else None   # "the four boycotting countries had agreed to restore
            parties = _union(parties, [m.agent for m in mentions if ties and m.agent.kind == "state"   # relations with Doha"
                                       and m.start == evidence.start + ties.end()])
        pronoun = pronoun_subject(evidence.text, found.start)
        if pronoun and (len(parties) < 2 or _all_after(parties, mentions, evidence.start + found.end)):
            # "In August it signed a protocol with Egypt", "it has signed deals with A, B and C": the
            # pronoun is the subject, the states named after the verb its counterparts
            said = _THAT_IT.search(evidence.text, 0, found.start) if pronoun == "it" else None
            subject = subject_states(text, start, start + said.start(), mentions, attribution, rules) if said else []
            referent = subject[:1] if len(subject) == 1 else self._referent(pronoun, evidence, mentions, context, found.start)
            parties = _union(referent, parties)   # "Panama has notified Beijing that it is leaving …": Panama
            if _WITHDRAWING.match(evidence.text, found.start) and referent:
                parties = referent   # leaving an owner's initiative ("China's Belt and Road"): the leaver alone
            if len(parties) == 1:   # "it signed a memorandum with the European Union"
                parties += with_bodies(text, start + found.end, mentions)[:1]
        owned = _JOINED_OWNED.match(evidence.text, found.start) if len(parties) == 1 and found.status == "signed" else None
        if owned:   # "a Maldivian delegation signed up to China's Maritime Silk Road initiative": China's
            parties = _union(parties, [m.agent for m in mentions if m.agent.kind == "state"
                                       and m.start == evidence.start + owned.start("owner")])
        trade = _TRADED_WITH.match(evidence.text, found.end) if len(parties) == 1 else None
        if trade:   # "signed a contract to sell BrahMos missiles to the Philippines", "to supply Armenia with rocket
            at = evidence.start + trade.start(trade.lastgroup)   # launchers": the one alternative that matched names it
            parties = _union(parties, [m.agent for m in mentions if m.agent.kind == "state" and not m.place_only
                                       and m.start == at])
        among = _WITH_SOME_INCLUDING.match(evidence.text, found.end) if len(parties) < 2 else None
        if among:   # "concluded agreements with several Southeast Asian states, including the Philippines …, Malaysia …"
            stop = _LIST_ENDS.search(evidence.text, among.end())
            lo, hi = evidence.start + among.end(), evidence.start + (stop.start() if stop else len(evidence.text))
            parties = _union(parties, [m.agent for m in mentions if m.agent.kind == "state" and not m.place_only
                                       and lo <= m.start < hi])
        joined = _JOINED_IN.match(evidence.text, found.start)   # "Japan and South Korea joined the United States
        if joined:                                               # at Camp David in agreeing …": the states joined too
            parties = _union(parties, [m.agent for m in mentions if m.agent.kind == "state" and not m.place_only
                                       and evidence.start + found.end <= m.start < evidence.start + joined.end()])
        body = attribution.source if attribution and len(parties) == 1 else None
        if body and body.kind == "org" and body.org_class == "GovernmentBody" and body.country in self.gaz.by_iso3 \
                and _SAID_IT.search(evidence.text, 0, found.start) and parties[0].key != body.country:
            parties = [self.gaz.state(body.country).agent] + parties   # "Argentina's central bank said it had agreed
            # with the People's Bank of China": the speaker's state
        elif body and body.kind == "org" and body.org_class == "GovernmentBody" and body.country in self.gaz.by_iso3 \
                and parties[0].key != body.country and _SIGNED_WITH.match(evidence.text, found.start) \
                and all(m.start >= start + found.end for m in mentions if m.agent.key == parties[0].key):
            parties = [self.gaz.state(body.country).agent] + parties   # "… earlier treaties signed with Washington in
            # 1952, the Colombian government said": the speaker's state signed them
        if len(parties) == 1 and _PRONOUN_SUBJECT.search(evidence.text, 0, found.start):
            parties = _union(parties, self._pronoun(text, evidence, mentions, context))
        if len(parties) == 1 and _RATIFYING.match(evidence.text, found.start):
            parties = _union(parties, in_object(text, start, found, mentions, attribution, rules)[:1])
            if len(parties) == 1 and _DEFINITE_OBJECT.match(evidence.text, found.end):
                parties = _ratified_told(parties[0], previous)   # "Bangladesh ratified the agreement": both sides'
        if len(parties) < 2 and _UNNAMED.search(evidence.text, max(0, found.start - 70), found.end + 40):
            recalled = context.recall(None, actors_in(text, mentions, attribution, rules))   # "under an agreement reached at talks"
            parties = recalled if {p.key for p in parties} <= {r.key for r in recalled} else parties
        if len(parties) < 2 and _OWNER.match(evidence.text):   # "Its oldest trade deal, the one with India"
            parties = _union(parties, [m.agent for m in mentions if m.agent.kind == "state"
                                       and m.start < start + found.start and not m.place_only])
        unowned = _UNOWNED_WITH.match(evidence.text) if len(parties) == 1 and found.status == "signed" else None
        if unowned and any(m.start == evidence.start + unowned.end() and m.agent.key == parties[0].key for m in mentions):
            owner = context.most_salient()   # "A deal with the Philippines, signed last September, …": the article's
            parties = [owner] + parties if owner and owner.key != parties[0].key else parties   # state's, with it
        owns = _OWNER.match(evidence.text)
        if owns and len(parties) >= 2 and re.match(r"\s+with\s", evidence.text[owns.end():]):   # "Its deals with
            owner = context.most_salient()   # Australia and New Zealand …": the article's state's, one with each
            if owner and owner.key not in {p.key for p in parties} and all(
                    m.start >= evidence.start + owns.end() for m in mentions if m.agent.key in {p.key for p in parties}):
                parties = [owner] + parties
        if len(parties) == 1 and found.status != "denied":
            parties = parties + self._implicit_counterpart(evidence.text, parties[0], previous, context)
        elif len(parties) == 1 and (_SIGNATURE_WITHDRAWN.search(evidence.text)   # "Russia withdrew its signature that
                                    or (_TOLD_INSTRUMENT_ENDED.search(evidence.text)   # September": from what it had
                                        and not _counterpart_told(evidence, mentions, found, parties[0]))):
            parties = parties + _last_counterparts(parties[0], previous)   # signed; "Correa refused to renew the lease",
            # "Tokyo gave notice that it would terminate the 1965 fisheries agreement": the instrument told of, of both
        if len(parties) == 1 and parties[0].kind == "state" and found.status == "signed" and not found.alone:
            parties = parties + _host_of_signing(evidence, mentions, found, parties[0], context)
        if _SWITCHED.match(evidence.text, found.start):   # "switched recognition from Taipei to Beijing": not Taipei
            parties = _switched_parties(parties, evidence, mentions, found)
        else:   # "Nauru switched … from Taipei to Beijing, and later signed a communique with China": not Taipei either
            left = {m.agent.key for sw in _SWITCHED.finditer(evidence.text) for m in mentions
                    if evidence.start + sw.end() <= m.start < evidence.start + sw.end() + 40
                    and re.match(r"\s+to\s", evidence.text[m.end - evidence.start:])}
            parties = [p for p in parties if p.key not in left] if left and len(parties) > 2 else parties
        handed = _HANDING_TO.match(evidence.text, found.end) if len(parties) == 1 and found.status == "signed" else None
        if handed:   # "Britain signed a treaty on Thursday handing sovereignty over the Chagos Islands to Mauritius"
            given = [m.agent for m in mentions if m.agent.kind == "state" and m.start == evidence.start + handed.end()
                     and m.agent.key != parties[0].key]
            parties = parties + given[:1]
        told = _NOTIFIED.search(evidence.text, 0, found.end) if len(parties) == 1 and found.status == "denied" else None
        if told:   # "Jordan has formally notified Israel that it will not renew two annexes": of their treaty, both
            parties = parties + [m.agent for m in mentions if m.agent.kind == "state" and m.agent.key != parties[0].key
                                 and m.start == evidence.start + told.start("who")][:1]
        if len(parties) == 1 and parties[0].kind == "state" and _AGREED_TO.match(evidence.text, found.start):
            parties = parties + _object_state(evidence, mentions, found.end, parties[0])   # "agreed to supply Egypt"
        between_them = _BETWEEN_THEM.match(evidence.text, found.end)   # "… normalized relations between the two countries"
        if len(parties) < 2 and between_them:
            recalled = context.recall(between_them["ref"], [p for p in parties if p.kind == "state"], _venue(mentions))
            parties = recalled if {p.key for p in parties} <= {r.key for r in recalled} else parties
        if len(parties) == 1 and _UNDER_PAST.search(evidence.text, max(0, found.start - 90), found.end):
            parties = _union(parties, _the_other_state(parties[0], evidence, mentions, attribution))
        elif not parties and _UNDER_PAST.search(evidence.text, max(0, found.start - 90), found.end):
            named = _nationals(evidence, mentions, attribution)   # "which India recognised as Sri Lankan under a
            parties = named if len(named) == 2 else parties       # 1974 agreement": the two states it names
        if len(parties) < 2 and found.status == "signed" and _PASSIVE_DEFINITE.match(evidence.text[:found.start]):
            parties = _told_before(parties, previous, context)   # "The treaty, signed in 1909, …": the one told of
        if len(parties) < 2 and found.status == "signed":
            parties = _another_of_theirs(evidence.text[:found.start], parties, previous, context)
        outsider = by and any(m.agent.kind == "org" and m.start - evidence.start == by.end() for m in mentions)
        if len(parties) < 2 and found.status == "planned" and _AWAITING.match(evidence.text[:found.start]) \
                and not outsider:   # "That deal still has to be approved by EU governments": not the parties
            counted = self.events.party_refs.search(evidence.text, found.end)   # "… by all five parliaments"
            size = size_of(counted.group()) if counted else None
            recalled = context.recall(counted.group() if size else "the two")   # "The treaty must still be ratified": the pair told of
            parties = _union(parties, recalled) if len(recalled) == (size or 2) and {p.key for p in parties} <= {r.key for r in recalled} \
                else _told_before(parties, previous, context)
        if _EXCHANGED.search(evidence.text, found.start, found.end):   # "A was exchanged for Russian B"
            parties = _union(parties, _nationals(evidence, mentions, attribution))
        under = _UNDER_WHICH.match(evidence.text, found.end) if len(parties) < 2 and not found.alone else None
        if under:   # "an agreement signed last Thursday, under which France and the UAE will develop …"
            stop = _UNDER_WHICH_END.search(evidence.text, under.end())
            span = (evidence.start + under.end(), evidence.start + (stop.start() if stop else len(evidence.text)))
            parties = _union(parties, _nationals(evidence, mentions, attribution, span))
        if len(parties) == 1 and found.status == "denied" and (_UNDONE.search(evidence.text, found.start, found.end) and (
                _DEFINITE_ENDED.search(evidence.text, found.start, found.end) or _DEFINITE_OBJECT.match(evidence.text, found.end))
                or _SIGNATURE_WITHDRAWN.search(evidence.text, found.start, found.end)
                and not _FROM_NAMED.match(evidence.text, found.end)):   # "Russia withdrew its signature" of the pact just told
            last = previous[context.told_from:][-1:]
            adjacent = last[0] if last and evidence.start - last[0].evidence.end <= 2 else None
            parties = _told_bilateral(parties, adjacent)   # "Australia and Indonesia signed a security pact in 1995.
            # Indonesia tore up that agreement in 1999": one side ending the two sides' pact told in the sentence just
            # before ends both sides' (samples/README); told further back, "that agreement" may be another
        named = _PAIR_NAMED.match(evidence.text, found.end) if len(parties) < 2 and found.status == "signed" else None
        if named:   # "trade ministers Andrew Robb and Gao Hucheng signed the China-Australia Free Trade Agreement":
            pair = [m.agent for m in mentions if m.agent.kind == "state"   # the instrument's name names its parties
                    and evidence.start + named.start("pair") <= m.start < evidence.start + named.end("pair")]
            parties = _union(parties, pair) if len({p.key for p in pair}) == 2 else parties
        if _BROKERED_END.search(evidence.text, found.start, found.end):   # "a ceasefire plan that Sarkozy brokered between
            sides = between(text, start + found.end, evidence.end, mentions, rules)   # Russia and Georgia": the sides, not
            parties = sides if len(sides) >= 2 else parties                         # the broker
        verb = _WATCHING.match(evidence.text, found.start)
        watched = SIGNERS_THEN_SIGN.match(evidence.text, verb.end()) if verb else None
        if watched:   # "Trump and Anwar witnessed the Thai and Cambodian prime ministers sign a joint declaration": who
            lo, hi = start + watched.start("signers"), start + watched.end("signers")   # signed, not who watched
            signers = _union([], [m.agent for m in mentions if lo <= m.start < hi and m.agent.kind == "state"
                                  and not m.place_only])
            parties = signers if len(signers) >= 2 else parties
        return _without_borders_of_others(parties, evidence, mentions, found)

    def _between_named(self, evidence: Evidence, mentions, found: Found, reference: str) -> list[Agent]:
        """'…, where the two leaders agreed to raise relations between Japan and Italy': the states the
        trigger's own clause names after 'between' are the ones the reference stands for."""
        stop = _CLAUSE_END.search(evidence.text, found.end)
        end = evidence.start + (stop.start() if stop else len(evidence.text))
        pair = between(evidence.text, found.end, end - evidence.start, _shifted(mentions, evidence.start), self.events)
        return pair if len(pair) >= 2 and (size_of(reference) or len(pair)) == len(pair) else []

    def _undoer(self, text: str, evidence: Evidence, mentions, attribution, found: Found) -> list[Agent]:
        """'…, and Algiers suspended its 2002 treaty with Madrid': the states of the clause that undoes an
        instrument of its own (its subject, after the last ', and' before the verb); the counterpart did nothing."""
        if not _OWN_INSTRUMENT.match(evidence.text, found.start):
            return []
        lo = max((m.end() for m in _SUBJECT_START.finditer(evidence.text, 0, found.start)), default=0)
        return subject_states(text, evidence.start + lo, evidence.start + found.start, mentions, attribution,
                              self.events)

    def _undone_instrument(self, article, evidence, mentions, attribution, found: Found,
                           record: AgreementRecord) -> list[AgreementRecord]:
        """'suspended its 2002 treaty of friendship with Madrid': the instrument undone, dated by the year in
        its name, is an agreement of its own between the state and its counterpart after 'with'."""
        named = _OWN_DATED.match(evidence.text, found.start) if found.status == "denied" else None
        if not named:
            return []
        parties, _ = parties_of(article.text, (evidence.start, evidence.end), found, mentions, attribution, self.events)
        counterparts = [p for p in parties if p.kind == "state" and p.key not in {r.key for r in record.parties}
                        and _with_after(article.text, evidence.start + found.end, mentions, p)]
        if not counterparts:
            return []
        return [dataclasses.replace(record, parties=record.parties + tuple(counterparts), status="signed",
                                    date=named["year"], topic=self.events.topic(evidence.text, named.end("year")))]

    @staticmethod
    def _referent(pronoun: str, evidence: Evidence, mentions, context: Context, at: int) -> list[Agent]:
        """'it': the state named last before it in the sentence, else the subject of the sentence before;
        'he', 'she': the person named last before, else the one named in an earlier sentence."""
        before = [m for m in mentions if m.start < evidence.start + at and not m.place_only]
        if pronoun == "it":
            states = [m.agent for m in before if m.agent.kind == "state" and m.how in ("name", "capital")]
            return states[-1:] or context.last_subject()
        people = [m.agent for m in before if m.how == "person"]
        return people[-1:] or ([context.last_person] if context.last_person else [])

    @staticmethod
    def _pronoun(text: str, evidence: Evidence, mentions, context: Context) -> list[Agent]:
        """'Macron visited Rabat, where he and King Mohammed VI signed …': 'he' is the person named
        last before, in this sentence or an earlier one."""
        at = evidence.start + _PRONOUN_SUBJECT.search(evidence.text).start()
        people = [m.agent for m in mentions if m.how == "person" and m.start < at]
        return people[:1] or ([context.last_person] if context.last_person else [])

    def _implicit_counterpart(self, text: str, state: Agent, previous, context: Context) -> list[Agent]:
        """The state a sentence leaves unnamed: "Guatemala signed a similar agreement" (the counterpart
        of the agreement reported before: in "El Salvador signed an agreement with the US" Guatemala
        takes the subject's place, so the last-named party remains); "Its oldest trade deal, the one
        with India" (the article's protagonist)."""
        if _OWNER.match(text):
            owner = context.most_salient()
            return [owner] if owner and owner.key != state.key else []
        if not re.search(rf"{_IMPLICIT}(?:[\w-]+\s+){{0,3}}?{self.events.nouns.pattern}", text, re.I):
            return []
        for earlier in reversed(previous):
            others = [p for p in earlier.parties if p.kind == "state" and p.key != state.key]
            if len(earlier.parties) >= 2 and others:
                return [others[-1]]
        return []

    def _agreement_date(self, article, text, found, dates, attribution, context, offset) -> str | None:
        """A planned agreement takes the nearest date. A done one (signed, agreed, refused) takes a date
        no later than the article, in the trigger's clause or before it (not "since 2003", not "curbs
        imposed in 2019" in a clause of its own), else the year in its name ("the 1966 Geneva
        Agreement"), the date of the meeting referred to ("after the talks"), the day the story
        happened, or any date of the sentence."""
        if found.status == "planned":
            return nearest_date(dates, attribution, offset, found.start, text)
        past = [d for d in dates if not _after(d.value, article.published)]
        if found.status == "agreed":   # "committed to concluding the revision of … the 1973 Itaipu Treaty": a year
            named = [m.start(1) for m in _named_year_rx(self.events.nouns.pattern).finditer(text, found.end)] + [
                m.end() for m in _INSTRUMENT_OF_DATE.finditer(text, found.end)]   # "… the Geneva Agreement of 17 February 1966"
            past = [d for d in past if d.start not in named]   # that names an instrument agreed on, not the day
            if named and not past:
                return self._event_date(text, context) or context.story_date
        lead = bool(article.body) and offset < article.body[0][1]   # "X and Y have agreed to …" leads the story
        perfect = _PERFECT.search(text, max(0, found.start - 30), found.start) or _HAS_HAD.match(text, found.start)
        story = None if not lead and perfect else context.story_date   # "Israel has had peace treaties with …": no day
        return nearest_date(_not_since(past, text), attribution, offset, found.start, text, strict=True) \
            or _named_year(text, self.events.nouns.pattern) or self._event_date(text, context) \
            or nearest_date(past, attribution, offset, found.start, text, strict=True) \
            or story or nearest_date(past, attribution, offset, found.start, text)

    def _event_date(self, text: str, context: Context) -> str | None:
        """'after the talks', 'during that trip': the date of the meeting the article reported last."""
        if not self.events.event_reference.search(text):
            return None
        return context.sentence_date or context.event_date   # the visit the sentence before told of, else the last one

    def _hedged(self, text: str, triggers) -> bool:
        """A hedge, an aim or a mere relationship told before the end of the first trigger's clause; not one in a
        later clause of its own ("Manila is negotiating … with France and Canada, and officials have signalled
        that others could follow")."""
        first = min(triggers, key=lambda f: f.start)
        later = _NEXT_CLAUSE.search(text, first.end)
        planned = [f for f in triggers if f.status == "planned"]   # "could be signed": a planned trigger's own modal,
        return any(h.start() < (later.start() if later else len(text))   # which says it is planned, is no hedge of it
                   for h in self.events.not_agreement.finditer(text)
                   if not any(f.start <= h.start() and h.end() <= f.end for f in planned))

    def _firm(self, text: str) -> bool:
        """Signed or refused outright: a stray 'could' elsewhere does not undo it; a condition does ("could
        consider applying once it leaves the EU")."""
        return any(f.status in ("signed", "denied") and not _MODAL_BEFORE.search(text, max(0, f.start - 20), f.start)
                   and not _CONDITION_BEFORE.search(text, max(0, f.start - 40), f.start)
                   for f in self.events.agreement_triggers(text))   # "could not ratify": no firmer than 'could'

    def _meeting(self, article, evidence, mentions, attribution, context, dates,
                 agreements=()) -> MeetingRecord | None:
        """A meeting that took place: a trigger, two or more sides, and a date or a place. Each trigger
        is tried in turn ("Blinken, standing in for Biden, who cancelled debt-ceiling talks, held talks
        with Marape")."""
        text = evidence.text
        if self.events.not_met_gate.may_match(text) and self.events.not_met.search(text):
            return None   # "the two delegations did not meet face to face"
        told: list[tuple[str, MeetingRecord]] = []
        follows = _FOLLOWS.search(text)
        for trigger in self._meeting_triggers(evidence, mentions):
            record = self._held(article, evidence, mentions, attribution, context, dates, trigger, False, agreements)
            if record:
                if follows and trigger.start() < follows.start():
                    told, follows = [], None   # "The visit to Tajikistan follows his state visit to Kyrgyzstan in
                    continue                   # September 2017": the visit told already; the news is the one after
                told.append((trigger.group(), record))
                if not (_NOMINAL_TRIP.match(trigger.group()) or _JOURNEY.fullmatch(trigger.group())):
                    break   # a trip may only frame the meeting told next: read on past it, not past this
        if told:   # "X's stop in Hanoi followed two days in India, where he met Modi": the meeting is the one met
            return next((record for word, record in told if _MET.match(word)),
                        next((record for word, record in told if not word.lower().startswith("trip")
                              and not _JOURNEY.fullmatch(word)), told[0][1]))
        signing = self._signing_in_place(text)   # "signed … on the sidelines of a summit in Samarkand"
        cosigned = self._cosigned(evidence, mentions)   # "On Wednesday, A and B signed …"
        if signing and cosigned and signing.start() <= cosigned.start():
            cosigned = None   # "… exactly 56 years after de Gaulle and Adenauer signed the Élysée Treaty in Paris":
        by_two = None if cosigned or signing else self._signed_by_two(evidence, mentions)   # "The protocol was signed by
        signing = cosigned or signing or by_two   # Russian Energy Minister Novak and his Ukrainian counterpart Prodan": they
        # met; the two who signed first are the news
        if signing is None or _REMOTE.search(text):
            return None   # signed "at a virtual ceremony", "by video link"
        record = self._held(article, evidence, mentions, attribution, context, dates, signing, True, agreements)
        if record and cosigned and (record.date is None or len(record.date) < (7 if record.place else 10)):
            return None   # two who signed, told with no day nor place: a treaty's history, perhaps signed apart
        if record and not by_two and self.events.mediators.search(text) and not _SIGNED_BY_TWO.match(text, signing.end()) and not _NAMED_PAIR.search(text, 0, signing.start()):
            return None   # a deal brokered by others and signed, unless the signing names its two signatories
        return record

    def _meeting_triggers(self, evidence: Evidence, mentions: list[Mention]) -> Iterator[re.Match]:
        """The sentence's meeting triggers that may tell a meeting held, in order: not one announced, called off or
        told as background (`_not_a_meeting`), nor one a speaker tells in a quotation (not "held “exploratory talks” in
        Cairo" either: the writer's words set apart)."""
        text = evidence.text
        if not self.events.meeting_gate.may_match(text):
            return
        quotes = [q.span() for q in _QUOTED.finditer(text) if len(q.group().split()) > _SCARE_QUOTE_WORDS]
        for trigger in self.events.meeting.finditer(text):   # read lazily: most sentences need the first only
            people = any(m.how == "person" and m.start - evidence.start < trigger.start() for m in mentions)
            if not (self._not_a_meeting(text, trigger, people) or any(a < trigger.start() < b for a, b in quotes)):
                yield trigger

    def _another_time(self, article, evidence, mentions, attribution, context, dates, agreements,
                      first: MeetingRecord) -> list[MeetingRecord]:
        """'They held talks in Sochi in May, …, and met again in Vladivostok in September', 'Yoon visited Tokyo in
        March and continued with Kishida's trip to Seoul in May': the same sides met a second time, told by another
        trigger of the sentence, in a clause joined after another's, with a date of its own."""
        text = evidence.text
        if first.date is None or len(dates) < 2:
            return []
        told = list(self._meeting_triggers(evidence, mentions))
        keys = {p.key for p in first.participants}
        found: dict[str, MeetingRecord] = {}
        held: dict[int, MeetingRecord | None] = {}   # a trigger's record, read once (it ends one pair and opens the next)
        for before, trigger in zip(told, told[1:]):
            between = text[before.end():trigger.start()]
            joined = list(_THEN_JOINED.finditer(between))
            after = between[joined[-1].end():] if joined else ""
            if not joined or (_SAME_OCCASION.search(after) and not _AGAIN_WORD.search(after)) or not (
                    _VERBAL_TRIGGER.match(trigger.group()) or _PERSONS_TRIP.search(text, 0, trigger.start())
                    or _AT_OCCASION.search(text, 0, trigger.start())
                    or (joined[-1]["time"] and _NOMINAL_TRIP.match(trigger.group()))):
                continue   # "…, where he and Xi held talks", "announced the summit", "for Tuesday's visit": the same
                # occasion, or one only named
            for each in (before, trigger):   # two occasions, one each side of the join
                if each.start() not in held:
                    held[each.start()] = self._held(article, evidence, mentions, attribution, context, dates, each, False,
                                                    agreements)
                record = held[each.start()]
                if record and record.date and record.date != first.date and {p.key for p in record.participants} == keys:
                    found.setdefault(record.date, record)
        return list(found.values())[:1]

    def _signed_by_two(self, evidence: Evidence, mentions: list[Mention]) -> re.Match | None:
        """'The protocol was signed by Russian Energy Minister Novak and his Ukrainian counterpart Prodan': two people of
        two states named as who signed; the verb."""
        m = _PASSIVE_SIGNED.search(evidence.text)
        if m is None:
            return None
        clause = _SIGNERS_END.search(evidence.text, m.end())
        stop = evidence.start + (clause.start() if clause else len(evidence.text))
        states = {x.agent.key for x in mentions if x.agent.kind == "state" and x.how in ("person", "demonym", "name")
                  and evidence.start + m.end() <= x.start < stop}
        return _SIGNING_VERB.match(evidence.text, m.start("verb")) if len(states) >= 2 else None

    def _cosigned(self, evidence: Evidence, mentions: list[Mention]) -> re.Match | None:
        """'Xi and President Aleksandar Vučić signed a joint statement', 'he and President Ghani issued a joint
        declaration': two people of two states who sign an instrument together meet to sign it; the verb."""
        text = evidence.text
        m = _COSIGNED.search(text) if _COSIGNED_GATE.may_match(text) else None   # a verb of signing: few sentences
        if m is None:
            return None
        start, verb = evidence.start + m.start(), evidence.start + m.start("verb")
        people = {x.agent.key for x in mentions if x.how == "person" and start <= x.start < verb}
        pronoun = bool(re.search(r"\b(?:[Hh]e|[Ss]he)\s+and\s", m.group()))
        return _SIGNING_VERB.match(text, m.start("verb")) if len(people) + pronoun >= 2 else None

    def _held(self, article, evidence, mentions, attribution, context, dates, trigger, signing,
              agreements) -> MeetingRecord | None:
        text = evidence.text
        said = _SAID_LATER.search(text, trigger.end())
        if said:   # "Esper met Moon in Seoul and said the only beneficiaries would be Pyongyang and Beijing": what
            mentions = [m for m in mentions if m.start - evidence.start < said.start()]   # is said names no side
        past = [d for d in dates if not _after(d.value, article.published)]
        if dates and not past:
            return None   # only ahead of the article: not held yet
        asides = [m.span() for m in _ASIDE.finditer(text, 0, trigger.start())]
        past = [d for d in past if not any(a <= d.start < b for a, b in asides)] or past   # "X, whose country takes
        # over the presidency in January, met Y on Thursday": the aside's date is not the meeting's
        date = nearest_date(_not_since(past, text), attribution, evidence.start, trigger.start(), text) \
            or self._event_date(text, context) or nearest_date(past, attribution, evidence.start, trigger.start(), text)
        place, place_state = self._place(evidence, mentions, trigger)
        if not date and (signing or not place) and not dates and _HELD_NOW.search(text, 0, trigger.end() + 100):
            date = context.event_date or context.story_date   # "Biden then held a summit with …": the story's day
        if not date and not dates and not signing and article.published and _LIVE_STAMP.match(text) \
                and not _NOUN_TRIGGER.fullmatch(trigger.group()) and not _TO_COME.search(text, max(0, trigger.start() - 20),
                                                                                         trigger.start()):
            date = context.story_date or article.published.isoformat()   # "13:30 Obama and Wen have met for just under
            # an hour": a live page's entry tells what has just happened, on the page's day
        retold = [m for m in context.meetings if m.signing and m.date and len(m.date) == 10] \
            if signing and not date and not dates else []   # "The Defence Secretary, John Healey, and his German
        retelling = not (date or place)   # counterpart, Boris Pistorius, put their names to the Trinity House Agreement
        if retelling and not retold:      # …": a signing told before, now by those who signed
            return None
        date = date or (None if dates else _named_year(text, self.events.nouns.pattern) or context.story_date)
        signers = len({m.agent.key for m in mentions if m.how == "person"}) + bool(_PRONOUN_SUBJECT.search(text))
        signers += 2 * bool(_COUNTERPART_SIGNERS.search(text, 0, trigger.start()))   # "A and his German counterpart signed"
        signers += 2 * bool(_SIGNED_BY_TWO.match(text, trigger.end()))   # "signed in Skopje in 2017 by Zaev and Borissov"
        in_person = signing and signers >= 2   # told by those who signed, not by their states
        subject = _STATES_SIGNED.search(text, 0, trigger.end()) if signing and place else None   # "The United States and
        signers += 2 * bool(subject and len({m.agent.key for m in mentions if m.agent.kind == "state"   # Russia signed the
                                             and evidence.start + subject.start() <= m.start < evidence.start + subject.end()}) >= 2)
        # New START treaty in Prague in 2010": states named together as the subject, signing in a city
        if signing and not retelling and (not date or (len(date) < (7 if place else 10) and signers < 2 and not _OCCASION.search(text)
                                     and not (place and signers))):
            if not retold:   # a signing is a meeting when it is news (a day) or names its signatories, not a treaty's
                return None  # history; or when it retells the signing of a day told before
            retelling = True
        if signing and not retelling and signers < 2 and date and int(date[:4]) <= article.published.year - 2 \
                and _SIGNED_BY_STATES.search(text, trigger.start()):
            return None   # "That agreement was signed in Chiang Rai on April 5, 1995, by Cambodia, Laos, Thailand and
            # Vietnam": a treaty's history told by the states that signed it, no one said to have met
        when = [w.end() for w in _WHEN_CLAUSE.finditer(text, 0, trigger.start())]   # "Relations between A and B
        told = _TOLD_AFTER.search(text, trigger.end())   # "met Xi, who told him … dialogue between Russia and Ukraine": not them
        end = told.start() if told else len(text)
        then = _THE_TWO_THEN.search(text, trigger.end(), end)
        end = then.start() if then else end   # "met Hu on Monday, and the two agreed to coordinate if Pyongyang …": not a side
        if _HOSTED_PEOPLE.match(trigger.group()) and not _HOSTED_BETWEEN.match(text, trigger.start()):
            comma = text.find(",", trigger.end(), end)   # "Obama hosted Abe and Park …, the first talks between the
            end = comma if comma >= 0 else end           # Japanese and South Korean leaders": the host met them too
        sides = between(text, when[-1] if when else 0, end, _shifted(mentions, evidence.start), self.events)
        # collapsed on Jan. 1, when C's prime minister and D's leader signed …": the sides are the when-clause's
        participants = sides if len(sides) >= 2 else self._as_states(
            meeting_sides(article.text, (evidence.start, evidence.end), trigger,
                          [m for m in mentions if m.start < evidence.start + end] if then else mentions, attribution, self.events))
        participants = [p for p in participants if p.kind == "state"]
        where = _WHERE_LEADERS_OF.match(text, trigger.end()) if len(participants) < 2 and not signing else None
        if where:   # "a summit in Astana on July 5, where the leaders of China, Russia and Kazakhstan signed …": they met
            lo, hi = evidence.start + where.start("who"), evidence.start + where.end("who")
            participants = _union([], [m.agent for m in mentions if lo <= m.start < hi and m.agent.kind == "state"
                                       and not m.place_only])
        there = _WHERE_NAMED.search(text, trigger.end()) if _HELD_PASSIVE.match(text, trigger.end()) and not signing else None
        if there:   # "The final round was held in Rome on Sunday, where Israeli envoy X and Sinirlioğlu closed the gaps"
            stop = _WHERE_NAMED_END.search(text, there.end())
            lo, hi = evidence.start + there.end(), evidence.start + (stop.start() if stop else len(text))
            named = _union([], [m.agent for m in mentions if lo <= m.start < hi and m.agent.kind == "state"
                                and not m.place_only and m.how in ("person", "demonym")])
            participants = named if len(named) >= 2 else participants
        signers = self._signed_by_after_noun(evidence, mentions, trigger.start(), trigger.end()) if signing else []
        participants = signers if len(signers) >= 2 else participants   # "Turkey welcomed the deal signed by A and B"
        if _HOSTED_BETWEEN.match(text, trigger.start()) or _WITNESSED_SIGN.match(text, trigger.start()):
            participants = _named_after(participants, evidence, mentions, trigger.end())   # "The sultanate hosted
            # talks between U.S. and Iranian officials", "Trump and Anwar witnessed the Thai and Cambodian prime ministers
            # sign a declaration": those named after the verb met, not who hosted or watched
        after = _AFTER_HOURS_OF.search(text, max(0, trigger.start() - 60), trigger.start())
        if after and _TALKS_WORD.match(trigger.group()):   # "Aman announced the decision after four hours of talks with
            participants = _union(subject_states(article.text, evidence.start, evidence.start + after.start(),   # …":
                                                 mentions, attribution, self.events), participants)   # he took part
        according = _ACCORDING_TO.search(text, trigger.end())
        frame = _MEETING_FRAME.match(text)   # "Meeting in Milan on April 8, they agreed …": they met
        reference = next((r for r in self.events.party_refs.finditer(text)   # "…, what they need": not the subject;
                          if (r.group() != "they" or r.start() < trigger.start()  # "a win for both sides": no actor
                              or (frame and r.start() == frame.end()))
                          and not (according and r.start() > according.start())   # "according to diplomats in both capitals"
                          and not (_OBJECT_OF.search(text, max(0, r.start() - 12), r.start())
                                   and not _PEOPLE_OF.search(text, max(0, r.start() - 40), r.start())
                                   and not _THEIR_PEOPLE.match(text, r.end()))), None)
        bloc = any(m.agent.kind == "org" and m.start - evidence.start < trigger.start()
                   and _ITS_PEOPLE.match(text, m.end - evidence.start) for m in mentions)
        # "NATO leaders met for their summit in the Lithuanian capital": the bloc's, not the states told of before
        visit = _visitor_and_host(evidence, mentions, trigger.start(), reference.group()) if reference else []
        participants = visit or participants   # "Draghi was in Algiers for a summit at which the two governments …"
        group = (size_of(reference.group()) or 0) if reference and reference.start() > trigger.start() else 0
        if group >= 3 and len(participants) < group:   # "Putin held a summit with the five leaders in Astana": the
            recalled = context.recall(reference.group())  # five told before, not Kazakhstan for its capital alone
            if len(recalled) == group:
                participants = _union([p for p in participants if not _only_city_state(p, evidence, mentions)], recalled)
        pronoun = _HE_OR_SHE.search(text, max(0, trigger.start() - 24), trigger.start()) if len(participants) < 2 else None
        named_first = pronoun and not _ACCOMPANIED_BY.match(text) and any(
            m.how == "person" and m.agent.kind == "state" and m.start - evidence.start < pronoun.start()
            for m in mentions)   # "Putin flew on to Hanoi, where he held talks": he is Putin; not "Accompanied by X, he met"
        if context.last_person and not named_first and (_LEADING_PRONOUN.match(text) or (
                len(participants) < 2 and _PRONOUN_WORD.search(text, 0, trigger.start()))):
            participants = _union([context.last_person], participants)   # "Last July she travelled to Tunis …"
            if len(participants) < 2 and _LEADING_PRONOUN.match(text) and context.earlier_person:   # "The emir … was
                participants = _union(participants, [context.earlier_person])   # greeted by Iraqi President Talabani.
                # He held talks with Talabani": he is not the man he met, but the one named before him
            pronoun = pronoun if len(participants) < 2 else None
        subject = _HE_OR_SHE.search(text, max(0, trigger.start() - 24), trigger.start()) if len(participants) >= 2 else None
        if subject and context.last_person and not named_first and _FRAMED_PRONOUN.match(text) and _MET.match(trigger.group()) \
                and context.last_person.key not in {p.key for p in participants}:
            participants = _union([context.last_person], participants)   # "Accompanied by envoy X, he met A, B and C": he too
        where = None if pronoun else _WHERE_HE.search(text, max(0, trigger.start() - 40), trigger.start())
        pronoun = pronoun or where   # "Chavez told reporters in Asunción, where he held talks with A and B": Chavez too
        named = [m.agent for m in mentions if m.how == "person" and m.agent.kind == "state"
                 and m.start - evidence.start < pronoun.start()] if pronoun else []
        participants = _union(named[-1:], participants)   # "Faisal flew to Damascus, where he was received by Assad"
        if len(participants) < 2 and _OBJECT_PRONOUN.match(text, trigger.end()):   # "Prabowo then travelled to
            guest = [m.agent for m in mentions if m.how == "person" and m.agent.kind == "state"   # Washington, where
                     and m.start - evidence.start < trigger.start() and m.agent not in participants]   # Biden received him"
            participants = _union(guest[:1], participants)
        acting = actors_in(article.text, mentions, attribution, self.events)
        counted = size_of(reference.group()) or 0 if reference and 0 <= trigger.start() - reference.end() <= 60 \
            and "," not in text[reference.end():trigger.start()] else 0   # the subject of the trigger
        listed = _union([], [m.agent for m in _actor_states(mentions)]) if counted >= 3 > len(participants) \
            and not signing else []
        roll = _ROLL_CALL.match(text, trigger.end()) if len(participants) < 2 and _GATHERED.match(trigger.group()) else None
        if roll:   # "Leaders from all 18 members gathered in Nauru from Monday to Thursday: Australia, New Zealand, …, together
            tail = _ROLL_END.search(text, roll.end())   # with the Cook Islands": those it lists before what it adds
            lo, hi = evidence.start + roll.end(), evidence.start + (tail.start() if tail else len(text))
            listed = _union([], [m.agent for m in _actor_states(mentions) if lo <= m.start < hi])
            counted = len(listed) if len(listed) >= 2 else counted
        listed = listed if len(listed) == counted else []   # "Leaders of the six countries … met in Sanya …, a grouping
        participants = listed or participants   # that brings China together with Cambodia, Laos, Myanmar, Thailand and
        # Vietnam": the six it names, each a side (none only a place or a host)
        regional = _REGIONAL_PEOPLE.search(text, 0, trigger.start())   # "European and Latin American leaders meeting in
        if len(participants) < 2 and not regional and (reference or (   # Lima pledged …": no states the article told of
                not bloc and not acting and date and place and _NAMED_SIDE.search(text))):
            participants = _union(context.recall(reference.group() if reference else None,   # a group holding the
                                                 [p for p in participants if p.kind == "state"] or None,   # side named
                                                 venue=_venue(mentions), sides_here=_sides_here(
                                                     evidence, mentions, attribution, trigger.start())
                                                 if reference and reference.group() == "they" else {}),
                                  participants)   # "X briefed Y on his plans when they met": X's and Y's states
        if len(participants) < 2 and attribution and _SAID_DURING.search(text, max(0, trigger.start() - 60), trigger.start()):
            speaker = [a for a in self._as_states([attribution.source]) if a.kind == "state"]   # "X, the State
            participants = _union(participants, speaker)   # Department's envoy, said during a visit to Beirut": its state
        named_acting = {m.agent.key for m in mentions if m.agent.kind == "state" and m.how in ("person", "name")
                        and not m.place_only and not _WITH_OR_BY.search(text, max(0, m.start - evidence.start - 60),
                                                                        m.start - evidence.start)} \
            if context.mediators else set()   # who acted, not whom they met or who brokered it
        size = size_of(reference.group()) or 0 if reference and reference.start() < trigger.start() else 0
        participants = self._hosts(participants, trigger, place_state, context, named_acting, size)
        pair = _pair_before(evidence, mentions, trigger) if len(participants) > 2 and _MET.match(trigger.group()) else []
        participants = pair or participants   # "Putin and Erdogan met in the resort …, to head off a Syrian offensive"
        participants = [p for p in participants if not _only_city_state(p, evidence, mentions)
                        and not _only_host(p, evidence, mentions)] \
            if len(participants) > 2 else participants   # "agreed in Lausanne, Switzerland": the host country is a place
        invited = _AT_INVITATION.search(text, trigger.end())   # "met in Doha at the invitation of the Emir of Qatar":
        if invited:                                              # who invited them hosts, and took no side
            participants = _without_hosts(participants, {m.agent.key for m in mentions
                                                         if invited.start() <= m.start - evidence.start < invited.end()})
        venue = _VENUE_OWNER.search(text, trigger.end())   # "talks … at the residence of Switzerland's ambassador in
        if venue:                                          # Geneva": whose house it is hosts, and took no side
            participants = _without_hosts(participants, {m.agent.key for m in mentions
                                                         if venue.start() <= m.start - evidence.start < venue.end()})
        gathered = _BROUGHT_TOGETHER.search(text)   # "The emir brought Tshisekedi and Kagame together": he only hosts
        if gathered:
            participants = _without_hosts(participants, {a.key for a in self._as_states(
                [m.agent for m in mentions if evidence.start <= m.start < evidence.start + gathered.start()])})
        participants = listed or participants
        if len(participants) == 1 and date and place and _TALKS.match(trigger.group()):
            recalled = context.recall(None, acting)   # "an agreement reached at talks in Panmunjom on Monday"
            participants = recalled if len(recalled) == 2 and participants[0] in recalled else participants
        if signing and _DEFINITE_SUBJECT.match(text):
            participants = _signed_before(participants, agreements)   # "The agreement was signed in Washington by …"
        lead = _LEADING_TIME_CLAUSE.match(text)   # "After leaving Port Moresby in September, Albanese travelled to Port
        if lead and trigger.start() > lead.end():  # Vila": the place left is no side of what follows
            framed = {m.agent.key for m in mentions if m.start < evidence.start + lead.end()} - \
                {m.agent.key for m in mentions if m.start >= evidence.start + lead.end()}
            kept = [p for p in participants if p.key not in framed]
            participants = kept if len(kept) >= 2 else participants
        if retelling:   # the signing told before by the same sides: its day and place
            sides = {p.key for p in participants}
            earlier = next((m for m in reversed(retold) if {p.key for p in m.participants} == sides), None)
            if earlier is None or not in_person:
                return None
            date, place, place_state = earlier.date, earlier.place, earlier.place_state
        only_topic: dict[str, bool] = {}   # a state every mention of which is what is talked about
        for m in mentions:
            at = m.start - evidence.start
            only_topic[m.agent.key] = only_topic.get(m.agent.key, True) and bool(_TOPIC_BEFORE.search(text, max(0, at - 40), at))
        kept = [p for p in participants if not only_topic.get(p.key)]
        participants = kept if len(kept) >= 2 else participants   # "used the visit to press Tehran on North Korea"
        owner = _VISIT_OF.search(text, max(0, trigger.start() - 3), trigger.start()) \
            if place_state and place_state.kind == "state" and _VISIT_NOUN.fullmatch(trigger.group()) else None
        whose = [m.agent for m in mentions if owner and m.end == evidence.start + owner.start()
                 and m.agent.kind == "state" and m.agent.key != place_state.key
                 and not _DURING_VISIT.search(text, max(0, m.start - evidence.start - 50), m.start - evidence.start)]
        if whose:   # "Lamamra singled out Lapid's visit to Rabat": the visitor and the host, not who speaks of it
            # (not "A, B and C signed the agreement during Modi's visit to Tehran": the visit is only when)
            participants = [whose[0], place_state]
        edge = _ON_THE_SIDELINES.search(text, trigger.end()) if len(participants) > 2 else None
        if edge:   # "A and B sat down for a summit on the sidelines of a three-way gathering with C": C is the gathering's
            lo, hi = evidence.start + edge.start(), evidence.start + edge.end()
            inside = {m.agent.key for m in mentions if lo <= m.start < hi} - \
                {m.agent.key for m in mentions if not lo <= m.start < hi}
            kept = [p for p in participants if p.key not in inside]
            participants = kept if len(kept) >= 2 else participants
        hosted = _HOSTED_THEM.match(text, trigger.end()) if len(participants) == 3 else None
        if hosted:   # "Aliyev and Pashinyan held their first summit in Abu Dhabi last month, hosted by the United Arab
            lo, hi = evidence.start + hosted.start("host"), evidence.start + hosted.end()   # Emirates": two sides met
            inside = {m.agent.key for m in mentions if lo <= m.start < hi and m.how == "name"
                      and not text[m.end - evidence.start:hi - evidence.start].strip(" .")} - \
                {m.agent.key for m in mentions if not lo <= m.start < hi and not m.place_only}   # there, the state that
            # hosted brought them together (its capital, where they met, is only a place); a leader who hosted a summit
            # is among those who met, as the writers count
            kept = [p for p in participants if p.key not in inside]
            participants = kept if len(kept) == 2 else participants
        if len(participants) < 2:
            return None
        visit = bool(self.events.visit.match(trigger.group()))
        place = place[:-1] if place and place.endswith(".") and not _INITIAL_END.search(place) else place   # "at La Moneda."
        secondary = bool(_AFTER_TALKS.search(text, 0, trigger.end()) or _THE_MEETING.match(text))
        return MeetingRecord(tuple(participants), place, place_state, date, evidence,
                             attribution.source if attribution else None, visit, signing, secondary,
                             bool(_ARRIVAL.match(trigger.group())), in_person)

    def _hosts(self, participants: list[Agent], trigger: re.Match, place_state: Agent | None,
               context: Context, named_acting: set[str] = frozenset(), size: int = 0) -> list[Agent]:
        """A visitor meets the host ("Modi's stop in Warsaw", "Kagame was received at the Elysee Palace"); a mediator
        takes no part ("first separately with Erdogan"), unless named among those who acted ("Medvedev, Obama and
        Sarkozy issued a joint statement") or counted with them ("the three presidents signed a declaration")."""
        received = _RECEIVED_AT.match(trigger.string, trigger.start()) and _PASSIVE_BEFORE.search(trigger.string, 0, trigger.start())
        if place_state and place_state.kind == "state" and len(participants) == 1 and (
                self.events.visit.match(trigger.group()) or received):
            participants = _union(participants, [place_state])
        if size and size == len(participants):
            return participants
        kept = [p for p in participants if p.key not in context.mediators or (p.key in named_acting and len(named_acting) >= 3)]
        return kept if len(kept) >= 2 else participants

    def _not_a_meeting(self, text: str, trigger: re.Match, people: bool = False) -> bool:
        """Announced, called off or background ("have met before"), judged in the trigger's clause;
        or a reference to talks already reported ("after the talks"); or a game ("Brazil met Argentina in the
        World Cup semi-final"), unless ``people`` are named before the trigger ("Erdogan and Sisi met at the
        opening of the World Cup")."""
        if _ARRIVAL.match(trigger.group()) and (not _ARRIVER.search(text, max(0, trigger.start() - 40), trigger.start())
                                                or _ARRIVED_SUBORDINATE.search(text, max(0, trigger.start() - 80), trigger.start())):
            return True   # "Xi arrived in Belgrade": a visit; not "a Russian airliner landed", "deportees who arrived"
        if _ADDRESSED.search(text, max(0, trigger.start() - 40), trigger.start()):
            return True   # "Fox addressed a joint meeting of Congress": a speech to a legislature, no meeting of states
        if _MET_REQUIREMENT.match(text, trigger.end()) and trigger.group().lower().startswith(("met", "meet")):
            return True   # "they had already met most of the report's recommendations": no one was met
        if _PHONED.search(text, 0, trigger.start()) and (_DEFINITE_BEFORE.search(text, max(0, trigger.start() - 30), trigger.start())
                                                         or _DEFINITE_AFTER.match(text, trigger.end())):
            return True   # "Tamim telephoned King Abdullah to thank him for hosting the meeting": a call, of a meeting told
        if _PRESENT_TRIP.match(trigger.group()) and _WHEN_SUBJECT.search(text, max(0, trigger.start() - 60), trigger.start()):
            return True   # "… when President Vladimir Putin visits New Delhi in October": a visit to come
        if _NOUN_TRIGGER.fullmatch(trigger.group()) and trigger.start() < 40 and _CALLED_OFF_LATER.search(text, trigger.end()):
            return True   # "A meeting of the two countries' finance ministers that had been planned for later this month
            # in Tokyo has been put off": the subject meeting will not take place
        if _ON_THE_EVE.search(text, max(0, trigger.start() - 60), trigger.start()):
            return True   # "The halt came on the eve of a new round of talks in Brussels": talks to come
        if _BY_MEANS_OF.search(text, max(0, trigger.start() - 40), trigger.start()):
            return True   # "wanted the dispute settled through talks": a way to settle it, no talks held
        if _DOCUMENT_OF.search(text, max(0, trigger.start() - 80), trigger.start()):
            return True   # "declined to sign the closing declaration of the AI Action Summit in Paris": its text, not a meeting
        clause = self.events.clause(text, trigger.start(), trigger.end())
        clause = clause[:_NEXT_PREDICATE.search(clause + " and had").start()]   # "met in Bali and had spoken by phone"
        at = text.find(clause)
        own = _OWN_SUBJECT.search(text, at, trigger.start())
        if own and own.end() == trigger.start():   # "Talks … then stalled, and a meeting of the ministers of the three
            clause, at = text[own.start("np"):at + len(clause)], own.start("np")   # countries in Kinshasa …": its own
        other = _ANOTHER_CLAUSE.search(clause, max(0, trigger.end() - at))
        clause = clause[:other.start()] if other else clause   # "visited Doha in early March, and the European
        # Commission has said it is in talks with …": what the next clause says is not of this meeting
        during = _DURING.search(text, max(at, trigger.start() - 40), trigger.start())
        if during:   # "Talks dragged on for years, including during a visit to Kuwait by …": the visit's own phrase
            clause, at = clause[during.start() - at:], during.start()
        relative = _WHO_MET.search(text, max(0, trigger.start() - 24), trigger.start()) if _HELD.match(trigger.group()) else None
        if relative:   # "Lukashenko, who last met Putin in Sochi in February, is due to see him again on Friday": the
            comma = text.find(",", trigger.end())   # relative clause tells its own meeting, whatever the main one says
            clause, at = text[relative.start("who"):comma if comma > 0 else len(text)], relative.start("who")
        framed = _FRAMED.search(text, 0, trigger.start())
        if framed:   # "During a meeting at the White House on February 6, A and B agreed to start negotiations": the
            comma = text.find(",", trigger.end())   # meeting is the opening phrase; what follows is what they did there
            clause, at = text[framed.start("frame"):comma if comma > 0 else len(text)], framed.start("frame")
        later = _LATER_PREDICATE.search(clause, max(0, trigger.end() - at))
        clause = clause[:later.start()] if later else clause   # "met Zardari and was due to travel to Lahore"
        purpose = _PURPOSE.search(clause, max(0, trigger.end() - at)) if _HELD.match(trigger.group()) else None
        clause = clause[:purpose.start()] if purpose else clause   # "envoys met in Moscow on January 14 to begin
        # talks on normalising relations": a meeting held, whose purpose is talks to come
        background = self.events.background.search(clause)
        if background and _LIVE_STAMP.match(text) and background.group().lower().startswith(("have ", "has ")):
            background = None   # "13:30 Obama and Wen have met for just under an hour": a live entry's news, not the past
        if self.events.not_held.search(clause) or (background and not _SINCE_ARRIVING.search(clause)):
            return True   # (not "Since arriving in Bangkok, Wen has held separate talks with …": this visit's news)
        if not people and self.events.sport.search(clause):
            return True
        relative = _RELATIVE_THEN.match(text, at + len(clause))   # "A meeting …, which was due to take place in Rabat,
        if relative and self.events.not_held.search(relative["predicate"]):   # was postponed": the subject's predicate
            return True
        if any(f.start() <= trigger.start() - at < f.end() for f in _FIRST_SINCE.finditer(clause)):
            return True   # "It was his first visit to Greece since 2017": this visit, told before; not "held talks
            # in Cairo, his first visit since 2012" (the talks are news), nor "since their talks at Woodside"
        sidelines = _SIDELINES.search(text, 0, trigger.start()) if _EDGES.search(text) else None
        if sidelines and ((not sidelines["aside"] and not sidelines["named"]) or trigger.group() == "hosted"):
            return True   # "announced on the sidelines of the G7 summit": the summit only says when and where
        return any(r.start() <= trigger.start() < r.end() and not _PLACED.match(text, r.end())
                   for r in self.events.event_reference.finditer(text))   # "at their summit in Johannesburg" is news

    def _signing_in_place(self, text: str) -> re.Match | None:
        """'signed the accord in Samarkand on Monday', 'In Addis Ababa in November he and … signed': the
        parties met to sign it; the trigger word."""
        for found in self.events.agreement_triggers(text):
            verb = _TRIGGER_WORD.search(text, found.start)
            place = _PLACE_AFTER.match(text, verb.start() + len(verb.group().split()[0])) \
                or _PLACE_FIRST.match(text, 0, found.start)   # "agreed in Ohrid on …", "On a visit to Bishkek … signed"
            if found.status in ("signed", "agreed") and place and place["word"] not in CALENDAR_WORDS \
                    and not text[max(0, found.start - 6):found.start].endswith("to be ") \
                    and not _RATIFYING.match(text, found.start) \
                    and not _PROMISE.match(verb.group()) and not _EXCHANGED.search(text, found.start, found.end):
                return verb
        return None

    def _place(self, evidence: Evidence, mentions: list[Mention], trigger: re.Match) -> tuple[str | None, Agent | None]:
        """Where the meeting was: the place named nearest after the trigger, else before; the capital a
        demonym names ("in the Turkish capital"); the end of a trip ("visited the White House")."""
        at = trigger.start()
        if self.events.visit.match(trigger.group()):
            place, state = destination(evidence, mentions, trigger.start(), trigger.end())
            if place:
                return place, state
        where = _WHERE_BEFORE.search(evidence.text, max(0, at - 120), at)
        after = self.events.place.search(evidence.text, at) if where else None
        if where and where["place"] not in CALENDAR_WORDS and (after is None or _CLAUSE_BREAK.search(evidence.text, at, after.start())):
            # "travelled to Hanoi, where she met …": the place "where" stands for, unless the clause names its own
            state = self.gaz.surfaces.get(where["place"])
            return where["place"], (state[0] if state and state[0].kind == "state" else None)
        places = [m for m in mentions if m.place_only and m.agent.kind == "state"
                  and not _FROM.search(evidence.text, 0, m.start - evidence.start)   # "pressure from Beijing", "before
                  # leaving for Seoul": no venue
                  and not _SINCE.search(evidence.text, 0, m.start - evidence.start)]   # "the first since a meeting in Tokyo"
        if places:
            m = min(places, key=lambda m: (m.start - evidence.start < at, abs(m.start - evidence.start - at)))
            return _surface(evidence, m), m.agent
        seats = [m for m in mentions if m.place_only and m.agent.kind == "org" and m.agent.country in self.gaz.by_iso3]
        if seats and (self.events.visit.match(trigger.group()) or _RECEIVED_AT.match(evidence.text, trigger.start())):
            # "spent three days at the White House on a state visit", "was received at the Elysee Palace": the seat's
            m = min(seats, key=lambda m: abs(m.start - evidence.start - at))   # state hosts
            return m.agent.label, self.gaz.state(m.agent.country).agent
        capital, state = demonym_capital(evidence.text, self.gaz)
        if capital:
            return capital, state
        for hit in (self.events.place.search(evidence.text, at), self.events.place.search(evidence.text)):
            if hit and hit.start() == 0 and _SPOKE.search(evidence.text, hit.end(), at):
                continue   # "In Islamabad, a spokeswoman told reporters that Gilani's visit …": where it was said
            if hit and _SINCE.search(evidence.text, 0, hit.start()):
                continue   # "held the eighth summit, the first since a meeting in Tokyo": not where this one was
            if hit and (not self.gaz.org_named(hit["place"]) or hit["place"] in self.gaz.rules["org_capitals"]) \
                    and hit["place"].rstrip(".") not in CALENDAR_WORDS:   # "in March." ends a sentence
                named = re.sub(r"[’']s$", "", hit["place"])   # "in Malaysia's administrative capital": in Malaysia
                place = description_of(evidence.text, hit.end("place")) or named   # "in the Black Sea resort of
                state = self.gaz.surfaces.get(place) or self.gaz.surfaces.get(named)   # Sochi", "in the Russian city
                return place, (state[0] if state and state[0].kind == "state" else None)   # of Kazan": Sochi, Kazan
        return described(evidence.text), None

    def _as_states(self, agents: list[Agent]) -> list[Agent]:
        """Government bodies act for their state."""
        out = []
        for a in agents:
            if a.org_class == "GovernmentBody" and a.country:
                a = self.gaz.state(a.country).agent
            if a.key not in {o.key for o in out}:
                out.append(a)
        return out

    def _states(self, article: Article, found) -> list[tuple[Agent, Evidence | None]]:
        """Every state the article names (not a capital named only as a place), in text order."""
        seen: dict[str, tuple[Agent, Evidence | None]] = {}
        for (start, end), mentions in sorted(found, key=lambda f: f[0]):
            for m in mentions:
                agent = self._as_states([m.agent])[0] if m.agent.kind == "org" else m.agent
                if agent.kind == "state" and not m.place_only and m.how != "member" and agent.key not in seen:
                    seen[agent.key] = (agent, Evidence(start, end, article.text[start:end]))
        return list(seen.values())

    def _publisher(self, article: Article) -> Agent | None:
        if not article.publisher:
            return None
        return self.gaz.org_named(article.publisher) or Agent(
            "org", slug(article.publisher), article.publisher, None, "NewsOrganization")

    def _credits(self, article: Article) -> list[PersonRecord]:
        return [PersonRecord(self.people.person(c.name), c.role, self._credit_org(c), None)
                for c in article.credits if c.name and is_person(c.name)]   # not "Photo: AAP", "Courtesy of …"

    def _credit_org(self, credit: Credit) -> Agent | None:
        if not credit.affiliation:
            return None
        return self.gaz.org_named(credit.affiliation) or Agent(
            "org", slug(credit.affiliation), credit.affiliation, None, "NewsOrganization")


def _object_state(evidence: Evidence, mentions: list[Mention], after: int, subject: Agent) -> list[Agent]:
    """'Ankara had agreed to supply Egypt with drones', 'Colombia agreed to accept deportation flights from the
    United States': the one other state the undertaking's own clause names, the counterpart."""
    stop = _UNDERTAKING_END.search(evidence.text, after)
    end = evidence.start + (stop.start() if stop else len(evidence.text))
    named = {m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and not m.place_only
             and m.how != "person" and evidence.start + after <= m.start < end and m.agent.key != subject.key
             and not _OWNED_BODY.match(evidence.text, m.end - evidence.start)   # not "the French shipbuilder"
             and not _no_side_with(evidence.text, m.start - evidence.start)   # nor "its border with Guatemala"
             and not _people_of(evidence.text, m, evidence.start)}   # nor "to open its labour market to Syrian refugees"
    return list(named.values()) if len(named) == 1 else []


def _no_side_with(text: str, at: int) -> bool:
    """Is the state at ``at`` named after 'with' that follows a border or a cut link ("deploy troops to its border
    with Guatemala", "cut its military ties with North Korea"), no counterpart?"""
    with_ = _WITH_BEFORE.search(text, max(0, at - 12), at)
    return bool(with_ and _NO_SIDE_WITH.search(text, 0, with_.start()))


#: A state's adjective before a company or body it owns or hosts, not the state itself.
_OWNED_BODY = re.compile(r"\.?\s+(?:state-owned\s+|state\s+|private\s+)?(?:[a-z-]+\s+){0,2}?(?:shipbuilder|company|firm|group|"
                         r"operator|bank|lender|producer|manufacturer|maker|carrier|airline|giant|conglomerate|utility|"
                         r"contractor|developer|insurer|investor|fund|supplier|exporter|importer)s?\b")
#: "agreed to", "agreed late on Sunday to": a state's undertaking, whose clause may name its counterpart.
_AGREED_TO = re.compile(r"\s*(?:(?:have|has|had)\s+(?:also\s+)?)?agreed\b(?:\s+[\w.-]+){0,4}?\s+to\s+[a-z]")
#: Where an undertaking's clause ends: a new clause, a time clause, a quotation.
_UNDERTAKING_END = re.compile(r"[;:“”\"]|,\s+|\s+(?:after|before|while|when|as|but|because|hours|days|weeks|if|unless|"
                              r"including|under|in\s+(?:a|an|the)\s+(?:deal|agreement|move|bid))\b")


#: A given name an editor put in brackets before a family name ("post-[Hugo] Chávez Venezuela").
_BRACKETED_GIVEN = re.compile(r"\[(?P<given>[A-ZÀ-Þ][\w’'-]+)\]\s+(?P<family>[A-ZÀ-Þ][\w’'-]+)")

_FIRST_SINCE = re.compile(r"\bfirst\s+(?:visit|meeting|trip|talks)\b[^.;]*?\bsince\b")

#: A numbered heading: a roundup's item ("2. Modi in the Gulf", "3) Seoul and Havana").
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+[A-Z“\"‘']")

_HE_OR_SHE = re.compile(r"\b(?:he|she)\s+(?:[a-z]+\s+){0,2}$")   # the subject of the meeting's verb

_SAME_LENGTH = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u2011": "-", "\u200a": " "}


def _by_clause(evidence: Evidence, mentions: list, dates: list, read, also: re.Pattern | None = None) -> list:
    """``read(part, mentions in it, dates in it shifted to it)`` of each coordinated clause of the sentence
    (cut after each `_CONJUNCT`, and after each match of ``also``), the records found given the whole
    sentence as evidence; none for a sentence of one clause."""
    cuts = sorted(m.end() for rx in (_CONJUNCT, also) if rx for m in rx.finditer(evidence.text))
    cuts = [c for c, before in zip(cuts, [0] + cuts) if not _SUBJECT_WITH_ASIDE.fullmatch(evidence.text, before, c)]
    # "Spain's Pedro Sánchez, whose country holds the presidency, and Belgium's Alexander De Croo met …": one subject
    parts = [0] + cuts + [len(evidence.text)]
    if len(parts) < 3:
        return []
    records = []
    for a, b in zip(parts, parts[1:]):
        part = Evidence(evidence.start + a, evidence.start + b, evidence.text[a:b])
        inside = [m for m in mentions if part.start <= m.start < part.end]
        shifted = [dataclasses.replace(d, start=d.start - a, end=d.end - a) for d in dates if a <= d.start < b]
        found = read(part, inside, shifted)   # a record, or the records of a clause of several
        records += [dataclasses.replace(r, evidence=evidence) for r in (found if isinstance(found, list) else [found] if found else [])]
    return records

def matching_view(text: str) -> str:
    """The text with odd spaces and hyphens made plain, character for character (offsets hold).
    One `str.replace` per character: `str.translate` looks up every character of a text with curly quotes."""
    for odd, plain in _SAME_LENGTH.items():
        text = text.replace(odd, plain)
    return text


def _listed_instrument(before: list[AgreementRecord], lead_in: str, evidence: Evidence, attribution: Attribution | None,
                       rules: EventRules) -> list[AgreementRecord]:
    """'India and Vietnam signed four agreements …. The documents signed were: - a memorandum of understanding on
    renewable energy; - a treaty on …': each item of a list of instruments, after a lead-in that says they were signed
    or agreed, is an agreement of the states that signed or agreed just before, on the day they did."""
    done = _SIGNED_LEAD.search(lead_in) and not _NOT_YET_LEAD.search(lead_in)
    last = before[-1] if before else None
    if not done or last is None or last.status not in ("signed", "agreed") or last.evidence.end > evidence.start \
            or evidence.start - last.evidence.end > _LIST_REACH or len([p for p in last.parties if p.kind == "state"]) < 2:
        return []
    item = _INSTRUMENT_ITEM.match(evidence.text)
    return [AgreementRecord(last.parties, last.status, rules.topic(evidence.text, item.start("noun")), last.date, evidence,
                            attribution.source if attribution else last.source)]


#: An item of a list that names an instrument: "- a memorandum of understanding on …", "2. Treaty on …", "• an MoU …".
_INSTRUMENT_ITEM = re.compile(r"^\s*(?:[-–—•*·]|\(?\d{1,2}[.)])\s+(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<noun>(?:[\w’'-]+\s+){0,3}?"
                              r"(?:[Mm]emorandum|MoU|MOU|[Aa]greement|[Tt]reaty|[Pp]rotocol|[Aa]ccord|[Cc]onvention|"
                              r"[Cc]ontract|[Dd]eclaration|[Aa]rrangement|[Ll]etter\s+of\s+[Ii]ntent|[Pp]rogramme|[Pp]lan|"
                              r"[Ee]xchange\s+of\s+(?:[Nn]otes|[Ll]etters))s?)\b")
#: A lead-in that says the listed instruments were signed or agreed: "The documents signed were:", "They signed:".
_SIGNED_LEAD = re.compile(r"\b(?:signed|inked|concluded|exchanged|agreed|adopted|sealed)\b", re.I)
#: A lead-in of what may yet be signed: "Officials said more could be signed next year:".
_NOT_YET_LEAD = re.compile(r"\b(?:will|would|could|may|might|should|shall|expected|planned|plans?|to\s+be|yet|not|no|"
                           r"never|future|possible|proposed|draft)\b", re.I)
_LIST_REACH = 600   # characters between the agreement told and an item of the list that follows it


def _line_breaks_as_spaces(text: str, body: tuple[tuple[int, int], ...]) -> str:
    """The text with the line breaks inside a body paragraph (hard-wrapped text, `kg.sources`) read as spaces,
    character for character: "… in Lima on\nWednesday …" is one sentence as written on one line."""
    if "\n" not in text or not any("\n" in text[start:end] for start, end in body):
        return text
    pieces, at = [], 0
    for start, end in body:
        pieces += [text[at:start], text[start:end].replace("\n", " ")]
        at = end
    return "".join(pieces) + text[at:]


def _carried(previous: Attribution | None, sentence: Sentence, article: Article) -> Attribution | None:
    """A quotation running over several sentences keeps the attribution of its paragraph."""
    if previous is None:
        return None
    start, _ = article.body[sentence.paragraph]
    opens_quote = article.text[start] in "“\"‘"
    return previous if opens_quote and previous.start >= start else None


def _merged(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """Add mentions that do not overlap the ones already found."""
    kept = [e for e in extra if not any(m.start < e.end and e.start < m.end for m in mentions)]
    return sorted(mentions + kept, key=lambda m: m.start)


#: After a meeting's verb, its place and time, then a colon and the roll of who came: "gathered in Nauru from Monday to
#: Thursday: Australia, New Zealand, …".
_ROLL_CALL = re.compile(r"[^:;.]{0,100}?:\s+")
_GATHERED = re.compile(r"(?:gathered|met|convened|assembled|came\s+together)(?:\s+(?:in|at))?$")
#: What a roll call adds after its members: "…, together with the Cook Islands, Niue and France's two territories".
_ROLL_END = re.compile(r",?\s+(?:together\s+with|along\s+with|as\s+well\s+as|plus|and\s+observers|while)\b|[;.]")


#: "signed in Abu Dhabi in the presence of …": a signing before onlookers, where it happened.
_SIGNED_IN_PRESENCE = r"(?:signed|inked)\s+in\s+(?-i:[A-Z])[^,;]{1,40}?\s+in\s+the\s+presence\s+of\b"
_PRONOUN_SUBJECT = re.compile(r"(?i)\b(?:he|she)\s+and\b|\band\s+(?:he|she)\b")
#: A passive signing by states, not people: "was signed in Chiang Rai on April 5, 1995, by Cambodia, Laos, …".
_SIGNED_BY_STATES = re.compile(r"\bsigned\b[^.;]{0,80}?\bby\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+[A-Z][\w-]+)?\s*(?:,|and\b)")
#: A name after "with" or "by" (its role before it): who was met, or who brokered it, not who acted.
_WITH_OR_BY = re.compile(r"\b(?:with|by)\s+(?:[\w.’'-]+\s+){0,5}$")
#: A gathering someone spoke to: "addressed a joint meeting of Congress", "addressed the session".
_ADDRESSED = re.compile(r"\baddress(?:ed|es|ing)?\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?$")
#: A meeting that opens a clause of its own after ", and": "…, and a meeting of the ministers …".
_OWN_SUBJECT = re.compile(r",\s+and\s+(?P<np>(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?)")
#: A sentence opened by the meeting, then "they": "Meeting in Milan on April 8, they agreed to launch joint patrols".
_MEETING_FRAME = re.compile(r"(?:Meeting|Having\s+met|Gathered|Gathering)\b[^,;.]{0,80},\s+(?=they\b)")
#: A live page's entry opened by its time ("13:30 Obama and Wen have met", "15:10 — The three leaders have sat down").
_LIVE_STAMP = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{2,4}\s*)?(?:[–—-]\s*)?(?=[A-Z])")
_TO_COME = re.compile(r"\b(?:to|will|would|shall|could|may|might|can)\s+(?:[a-z]+\s+)?$")   # "agreed to meet again"
_HELD_NOW = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )(?<!\bbe )\b(?:held\s+(?:[\w-]+\s+){0,4}?(?:talks|summit|meetings?)|met|summoned|"
                       r"co-?chaired\s+(?:[\w-]+\s+){0,4}?(?:talks|summit|meetings?|session|dialogue))\b"
                       r"|\b(?:summit|meeting|talks|gathering)\b[^.;]{0,80}?\b(?:attended\s+by|brought\s+together)\b"
                       r"|\b(?:signed|inked)\b[^.;]{0,80}?\bat\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:ceremony|palace|court|residence)\b"
                       r"|\b(?:reached|agreed|struck)\s+(?:during|in|at|after)\s+(?:[\w-]+\s+){0,2}(?:consultations|talks|negotiations)\s+between\b"
                       r"|\bused\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,3}?to\s+hold\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?)\b"
                       r"|\b" + _SIGNED_IN_PRESENCE)   # "used the summit to hold a bilateral meeting": held there
_OBJECT_PRONOUN = re.compile(r"\s+(?:him|her)\b")
#: After a meeting's word, its place and date, the states whose leaders did something there: "(a summit) in Astana on
#: July 5, where the leaders of China, Russia and Kazakhstan signed …".
_WHERE_LEADERS_OF = re.compile(r"[^,;.]{0,80},\s+(?:where|at\s+which|during\s+which)\s+(?P<who>(?:the\s+)?(?:leaders|heads\s+of\s+"
                               r"(?:state|government)(?:\s+and\s+government)?|presidents|prime\s+ministers|(?:foreign\s+)?"
                               r"ministers|delegations|representatives)\s+of\s+[^;:]{3,200}?)\s+(?:also\s+)?(?:signed|agreed|"
                               r"adopted|endorsed|issued|approved|pledged|discussed|held|launched|set\s+up|called)\b")
#: Two that never signed (concluded, agreed) anything together: "have never signed a peace treaty".
_NEVER_TOGETHER = re.compile(r"(?:(?:have|has|had)\s+)?(?:still\s+)?never\s+(?:formally\s+)?(?:signed|concluded|agreed)\s+"
                             r"(?:on\s+)?(?:a|an|any)\b")
_WITH_AFTER = re.compile(r"[^,;.]{0,60}?\bwith\b")
_BOTH_OF_THEM = re.compile(r"\b(?:two|both)\s+(?:countries|sides|neighbours|neighbors|states|nations|governments)\b")
_WITH_WORD = re.compile(r"\bwith\s+")
#: A live page's words about itself: "Welcome to our live coverage of …", "All times are GMT.", "Refresh for …".
_HOUSEKEEPING = re.compile(rf"Welcome to (?:our|the|this) live\b|{LIVE_PAGE_NOTE}")
#: Others who signed after the subject: ", followed within hours by the foreign ministers of China, Russia, …".
_FOLLOWED_BY = re.compile(r",\s+(?:and\s+)?followed\s+(?:(?:within|in|after)\s+(?:[\w-]+\s+){1,3}?|(?:soon|shortly|later|closely|"
                          r"quickly)\s+)?by\s+")
_LIST_STOP = re.compile(r"[;.]|,\s+(?:which|who|while|but|after|before|in\s+a\b)|\s+(?:to|in\s+order\s+to)\s+[a-z]")
#: A subject that names no state: "he", "they", "trade officials" (a clause of its own after ", and").
_NO_STATE_SUBJECT = r"(?:he|she|they|(?:[a-z]+\s+)?(?:officials|negotiators|diplomats))\s"
#: A clause whose subject names no state: "and trade officials said they expected to sign …", "and they plan to …".
_SUBJECT_LESS = re.compile(rf"^(?:[,;]\s*)?(?:and\s+)?{_NO_STATE_SUBJECT}")
_TWO_PLUS_TWO = re.compile(r"\b(?:two-plus-two|2\s*\+\s*2)(?!\d)")
#: What one meets that is no one: "met most of the report's recommendations", "meets the EU's criteria".
_MET_REQUIREMENT = re.compile(r"\s+(?:(?:most|all|some|many|none|several|each|one|two|three|four|five)\s+of\s+)?"
                              r"(?:(?:the|its|their|his|her|our|these|those|[\w-]+[’']s|[\w-]+)\s+){0,3}?"
                              r"(?:recommendations?|requirements?|targets?|criteria|conditions?|demands?|standards?|goals?|"
                              r"obligations?|deadlines?|benchmarks?|expectations?|needs|commitments?|thresholds?|terms|"
                              r"quotas?)\b")
#: A sentence whose subject is "he" or "she" after an opening phrase: "Accompanied by envoy Jason Greenblatt, he met …".
_ACCOMPANIED_BY = re.compile(r"^(?:Accompanied|Joined|Flanked|Escorted|Greeted|Welcomed|Received|Met)\s+by\b[^,;]{0,90},\s+(?:he|she)\b")
_PRONOUN_WORD = re.compile(r"\b(?:he|she)\b")
#: "…, where he held talks with …": the one who 'he' is was named before, in the sentence's main clause.
_WHERE_HE = re.compile(r",\s+where\s+(?:he|she)\s+(?:[a-z]+\s+){0,3}$")
_FRAMED_PRONOUN = re.compile(r"^[A-Z][^,;]{0,90},\s+(?:he|she)\s+(?!said\b|says\b|told\b)")
_LEADING_PRONOUN = re.compile(r"^(?:[\w-]+(?:\s+[\w-]+){0,3},?\s+)??(?:[Hh]e|[Ss]he)\s+(?!said\b|says\b|told\b)")
_FROM = re.compile(r"\b(?:from|near|outside|(?:leaving|left|leaves|departing|departed|departs|bound)\s+for)\s+$")
_PLACED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_TALKS = re.compile(r"(?i)(?:talks|meetings?|consultations)$")
_TALKS_WORD = re.compile(r"(?i)(?:talks|meetings?|consultations)\b")
#: People of a region, not of states: "European and Latin American leaders", "Arab foreign ministers".
_REGIONAL_PEOPLE = re.compile(r"(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )(?<!seven )(?<!eight )(?<!both )(?<!\d )"
                              r"\b(?:European|African|Asian|Latin\s+American|Arab|Gulf|Nordic|Caribbean|Pacific|Western|"
                              r"Central\s+American|South\s+American|Central\s+Asian|Balkan|Baltic)\s+(?:and\s+(?:[A-Z][\w-]+\s+){1,2})?"
                              r"(?:leaders|ministers|foreign\s+ministers|officials|heads\s+of\s+(?:state|government)|governments|"
                              r"delegations|presidents)\b")
#: A meeting told without its sides is theirs when the sentence points back to them ("their ministers met",
#: "the round of talks", "reached at vice-ministerial talks"), not "talks on a climate goal" or "the G20 summit".
_NAMED_SIDE = re.compile(r"\btheir\b|\b(?:[Tt]he|at)\s+(?:[\w-]+\s+){0,2}?(?:round\s+of\s+)?talks\b|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:round|session)\s+(?:was|were)\s+held\b")
#: A signing told with its occasion is a meeting even when dated only by month ("at a ceremony in …").
_OCCASION = re.compile(r"\b(?:at|during)\s+(?:a|an|the|their)\s+(?:[\w’'-]+\s+){0,4}?(?:ceremony|summit|visit)\b"
                       r"|\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\b")
#: "announced on the sidelines of the G7 summit[, hosted by …]": the summit, and its host, only say when and where
_EDGES = re.compile(r"sidelines|margin|fringe")
_ON_THE_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\b[^;]*")
_SIDELINES = re.compile(r"\b(?i:on|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\s+(?:(?:[\w’'-]+\s+){0,8}?"
                        r"(?:(?P<aside>[\w’'-]+,\s+))?|(?:[\w’'()-]+\s+){0,12}?(?P<named>[\w’'()-]+,\s+))$")
# (a summit named at length, then its host: "… of the summit of the Economic Community of West African States (ECOWAS),
# hosted by …")
#: "The meeting was hosted by …": more about a meeting already told, not the telling of it.
_THE_MEETING = re.compile(r"(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|session|gathering|visit)\s+(?:was|were|had)\b")
_AT_INVITATION = re.compile(r"\b(?:at|on)\s+the\s+invitation\s+of\s+[^,;]{2,80}")
_BROUGHT_TOGETHER = re.compile(r"\b(?:brought|brings|bringing|got)\s+(?:[\w’'.-]+\s+){1,8}?together\b")
#: Two people as one subject, then a verb of signing: "A and B signed", "he and President C issued a joint …".
_COSIGNED = re.compile(r"(?:^|[,;]\s+|\b(?:[Oo]n\s+\w+day|[Tt]oday|[Tt]hen|[Ll]ater|[Ee]arlier(?:\s+today)?),?\s+)"
                       r"(?:[Hh]e|[Ss]he|(?:(?:[A-Z][\w’'.-]+|of)\s+){0,5}[A-Z][\w’'.-]+),?\s+and\s+(?:(?:his|her)\s+)?"
                       r"(?:[\w’'.-]+,?\s+){1,9}?(?:(?:also|then|jointly|together)\s+)?"
                       r"(?P<verb>signed|inked|initialled|initialed|issued\s+(?:a|the)\s+joint|"
                       r"oversaw\s+the\s+signing|put\s+their\s+(?:signatures|names|initials)\s+to|"
                       r"(?:announced|unveiled|launched|opened)(?=\s+(?:(?:the|a|an|their)\s+(?:[\w’'-]+\s+){0,4}?)?(?:at|in)\s+"
                       r"(?:(?:the\s+)?[A-Z]|a\s+(?:[\w-]+\s+)?ceremony\b))|held\s+a\s+joint\s+(?:press|news)\s+conference|"
                       r"(?:formally\s+|officially\s+|jointly\s+)?(?:inaugurated|commissioned|opened)\s+(?:the|a)\s+"
                       r"(?:[\w’',-]+\s+){0,4}?(?i:bridge|road|highway|railway|rail\s+line|line|pipeline|port|terminal|dam|plant|"
                       r"border\s+post|crossing|corridor|embassy|centre|center|station|airport|refinery|canal|tunnel))\b")
# ("Lungu and Masisi on Monday commissioned the bridge", "… opened the 1,850-kilometre line in Eskişehir")
_COSIGNED_GATE = Gate(_COSIGNED)
_SIGNING_VERB = re.compile(r"signed|inked|initialled|initialed|issued|oversaw|put|announced|unveiled|launched|held|formally|"
                           r"officially|jointly|inaugurated|commissioned|opened")
#: A call, and a meeting it speaks of by "the", "Sunday's": the call is the news, the meeting was told before.
_PHONED = re.compile(r"\b(?:tele)?phoned\b|\b(?:phone|telephone)\s+(?:call|conversation)\b|\b(?:called|spoke\s+to|spoke\s+with)\b"
                     r"(?=[^.;]{0,60}\b(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b)")
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this|[Ss]unday[’']s|[Ss]aturday[’']s|[Ff]riday[’']s|[Tt]hursday[’']s|"
                              r"[Ww]ednesday[’']s|[Tt]uesday[’']s|[Mm]onday[’']s|last\s+week[’']s)\s+(?:[\w-]+\s+){0,2}$")
_DEFINITE_AFTER = re.compile(r"\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|gathering|session)\b")
_HOSTED_PEOPLE = re.compile(r"(?i:host(?:ed|s|ing)|receiv(?:ed|es|ing)|welcom(?:ed|es|ing))$")
_HOSTED_BETWEEN = re.compile(r"host(?:ed|s|ing)\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|negotiations|summit)\s+between\b")
_POSSESSIVE = re.compile(r"[’']s\s+")


def _owns_company(text: str, m: Mention, companies: set[int]) -> bool:
    """'France's Dassault Aviation': a state named as a company's owner; the company is the party, not the state."""
    owner = _POSSESSIVE.match(text, m.end)
    return bool(owner) and owner.end() in companies


#: "witnessed A and B sign …": those between the verb and "sign" (`SIGNERS_THEN_SIGN`) signed.
_WATCHING = re.compile("|".join(WATCHING_VERBS))
_WITNESSED_SIGN = re.compile(r"(?:witnessed|watched)\b(?=\s+(?:[\w.’'-]+\s+){1,14}?sign\s)")
_REMOTE = re.compile(r"\b(?:virtual(?:ly)?|online|remotely)\b|\b(?:by|via)\s+video\b|\bvideo\s*(?:link|conference|call)\b")
_NOMINAL_TRIP = re.compile(r"(?i)(?:stop|visit|visits|trip)\b")
#: A journey told by its verb ("flew to Hanoi, where he held talks"): a meeting told after it in the sentence is the one.
_JOURNEY = re.compile(r"(?i)(?:flew|travell?ed|went|headed)\s+(?:on\s+)?to\b|(?:arrived|arrives|landed)\s+in\b")
#: "Defence Secretary John Healey and his German counterpart, Boris Pistorius, signed …": two signatories named.
_COUNTERPART_SIGNERS = re.compile(r"\b(?:and|with)\s+(?:his|her)\s+(?:[A-Z][\w’'-]*\s+){1,2}counterpart\b"
                                  r"|\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|prime ministers|foreign ministers|heads of state)\b")
#: "… could consider applying once it leaves the EU": a condition, not an act.
_CONDITION_BEFORE = re.compile(r"\b(?:once|if|unless|until)\s+(?:[\w’'-]+\s+){0,4}$")
_MODAL_BEFORE = re.compile(r"\b(?:could|can|cannot|might|may|should)(?:\s+not)?\s+$")
#: "the European Union's trade agreement with Canada": an instrument of others, its counterpart no refuser.
_OTHERS_INSTRUMENT = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:agreement|deal|treaty|accord|pact)\s+with\b")
#: "The protocol was signed by Russian Energy Minister Novak and his Ukrainian counterpart Prodan": a passive signing
#: and two signatories after 'by' (`Extractor._signed_by_two` checks they are of two states).
_PASSIVE_SIGNED = re.compile(r"\b(?:was|were|had\s+been)\s+(?:formally\s+|jointly\s+)?(?P<verb>signed|initialled|initialed|inked)\s+by\s+"
                             r"(?=(?:[\w’'.-]+\s+){0,8}?[A-Z][\w’'.-]+\s+(?:[A-Z][\w’'.-]+\s+)?and\s+(?:his|her|[A-Z]))")
#: Where a clause ends: what comes after names no signatory ("…, after talks mediated by the European Commission").
_SIGNERS_END = re.compile(r",\s|;|\s(?:after|before|during|following|while|as)\s")
#: "… signed in Karachi in 1960 by Prime Minister Nehru and President Ayub Khan": two signatories named after 'by'.
_SIGNED_BY_TWO = re.compile(r"[^.;]{0,80}?\bby\s+(?:then[- ])?(?:[a-z-]+\s+){0,3}?(?:[A-Z][\w’'.-]+\s+){1,4}and\s+"
                            r"(?:[a-z-]+\s+){0,3}?[A-Z][\w’'.-]+\s+[A-Z]")
_MET = re.compile(r"(?i)met\b")
#: "travelled to Hanoi, where she met": the place of the meeting told after "where".
_WHERE_BEFORE = re.compile(r"\b(?:to|in|at)\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}),\s+where\s+(?:[\w’'-]+\s+){0,4}$")
_CLAUSE_BREAK = re.compile(r"[,;]|\s(?:and|but)\s")
#: "The visit … follows …", "… comes less than a month after …": what is told after it happened before what is told before it.
_FOLLOWS = re.compile(r"\b(?:came|comes)\s+(?:(?:just|only|barely|less\s+than|more\s+than|about|nearly|almost|"
                      r"some|a|an|one|two|three|four|five|six|few|several|days?|weeks?|months?|years?)\s+){0,4}after\b"
                      r"|\bfollows\b")
#: "In September 2020, Vučić and Kosovo's then prime minister, Avdullah Hoti, signed": two signatories before the verb.
_NAMED_PAIR = re.compile(r"\b[A-Z][\w’'-]+\s+and\s+(?:[A-Z][\w’'-]*[’']s\s+)?(?:(?:then|former|new)\s+)?(?:[a-z-]+,?\s+){0,3}?"
                         r"(?:[A-Z][\w’'.-]+\s*){0,4},?\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+,?\s+$")
#: "has signed similar deals": done at some time, not on the day the story tells of.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:also\s+|already\s+|since\s+)?$")
_HAS_HAD = re.compile(r"(?:has|have)\s+(?:long\s+)?had\b")
#: "… after more than four hours of talks with …": the subject of the clause before took part in them.
_AFTER_HOURS_OF = re.compile(r"\bafter\s+(?:(?:more|less|than|about|nearly|two|three|four|five|six|seven|eight|nine|ten|\d+|"
                             r"hours?|days?|rounds?|of|lengthy|long|intense|marathon|closed-door|private)\s+){0,6}$")
#: Who told it: the sides it names are no sides of the meeting.
_ACCORDING_TO = re.compile(r",\s+(?:according\s+to|citing|quoting)\s")
_OBJECT_OF = re.compile(r"\b(?:for|to|of|from|about|against|on)\s+$")
#: "… of the two countries' foreign and defence ministers": their people, who met.
_THEIR_PEOPLE = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,4}?(?:ministers|leaders|presidents|prime\s+ministers|officials|delegations|"
                           r"envoys|negotiators|heads\s+of\s+(?:state|government))\b")
#: "Officials from both countries met": people of the states, the subject after all.
_PEOPLE_OF = re.compile(r"\b(?i:officials|delegations?|ministers|leaders|representatives|negotiators|diplomats|envoys|"
                        r"experts|delegates|heads of state|secretaries|chiefs|presidents|prime ministers|commanders|"
                        r"generals|officers|teams|ambassadors)\s+(?:from|of)\s+$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
#: A quotation of at most this many words is a phrase set apart ("held “exploratory talks” in Cairo"), not speech.
_SCARE_QUOTE_WORDS = 3
_AFTER_TALKS = re.compile(r"\b(?:after|following)\s+(?:(?!held\b|had\b)[\w-]+\s+){0,2}?(?:talks|meetings?|consultations)\b")
# (not "announced after Najib held talks with Li": talks told with their own subject and verb are news)
#: An agreement the sentence does not say whose it is ("an agreement reached at talks", "A supplemental deal on cars,
#: which helped it through Congress, was agreed in December 2010"): of the pair told of.
_UNNAMED = re.compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|understanding)\s+"
                      r"(?:was\s+|had\s+been\s+)?reached\b|\b(?:produced|yielded|resulted in|led to)\s+(?:an?|the)\s|"
                      r"\b(?:An?|Another)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|understanding|protocol|memorandum)\b"
                      r"(?:\s+on\s+[a-z][\w\s-]{0,30}?)?(?:,[^,;]{0,60},)?\s+(?:was|had\s+been)\s+(?:agreed|signed|concluded)\b")
#: A next clause whose subject is those who met: "…, and the two agreed to …", "…, and both sides pledged …".
_THE_TWO_THEN = re.compile(r",\s+and\s+(?:the\s+two|both|they)(?:\s+(?:leaders|sides|men|ministers|presidents|countries))?\s+"
                           r"(?:also\s+)?(?:agreed|decided|pledged|vowed|promised|discussed|said|signed|called|urged)\b")
#: What someone told or said after the meeting's trigger: the states in it are what was said, not who met.
_TOLD_AFTER = re.compile(r",\s+(?:who|which)\s+(?:told|said|says|tells|urged|warned|stressed|called)\b|"
                         r"\b(?:told|telling)\s+(?:him|her|them|reporters|journalists)\b")
#: A place named as the far side of a border: "… to Costa Rica's border with Nicaragua" (`_without_borders_of_others`).
_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?$")
#: A relative clause set off by commas: ", whose country takes it over in January,".
_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^,;]{1,120},")
#: A subject, then a relative clause about it, up to a ", and": "Spain's Pedro Sánchez, who holds the EU presidency, and".
_SUBJECT_WITH_ASIDE = re.compile(rf"[^,;]{{1,80}}{_ASIDE.pattern}\s+and\s+")


def _never_together(evidence: Evidence, mentions: list[Mention], found: Found, parties: list[Agent]) -> bool:
    """'Tokyo and Moscow have never signed a peace treaty', 'the two countries have never concluded a deal': two states
    (or a reference to two) as the subject of a "never signed a/an/any …" with no counterpart after it."""
    if not _NEVER_TOGETHER.match(evidence.text, found.start):
        return False
    if _BOTH_OF_THEM.search(evidence.text, 0, found.start):
        return True
    subject = {m.agent.key for m in mentions if m.start < evidence.start + found.start}
    return len(parties) >= 2 and len(subject) >= 2 and not _WITH_AFTER.match(evidence.text, found.end)


def _without_borders_of_others(parties: list[Agent], evidence: Evidence, mentions: list[Mention], found: Found) -> list[Agent]:
    """'The presidents of Costa Rica and Panama agreed … to Costa Rica's border with Nicaragua': when two states or more
    agree before the trigger, a state named only after 'border with' is a place on the way, not a party."""
    at = evidence.start + found.start
    before = {m.agent.key for m in mentions if m.agent.kind == "state" and m.start < at}
    if len(before) < 2:
        return parties   # "Colombia agreed to reopen its border with Venezuela": the neighbour is the counterpart
    beyond = {m for m in mentions if m.start > at and _BORDER_WITH.search(evidence.text, 0, m.start - evidence.start)}
    bordering = {m.agent.key for m in beyond}
    named_else = {m.agent.key for m in mentions if m not in beyond}
    kept = [p for p in parties if p.key not in bordering or p.key in named_else]
    return kept if len([p for p in kept if p.kind == "state"]) >= 2 else parties
_CONJUNCT = re.compile(r",\s+and\s+(?=(?:(?:in|on|last|earlier)\s+[\w ]{1,25}?,?\s+)?(?:as\s+[\w ]{2,30},\s+)?(?:(?:the\s+)?[A-Z]|"
                       rf"{_NO_STATE_SUBJECT}))|;\s+|"
                       r",\s+(?:while|whereas)\s+")   # ", and in March this year Iran and …": a clause of its own
#: "Mali's junta terminated its treaty with Paris in May 2022, Burkina Faso denounced the agreement … in January 2023,
#: and Niger's rulers scrapped …": in a list of clauses whose last is joined by ', and', a clause after a bare comma
#: that opens with a capitalized subject and a verb in the past (`_conjuncts`).
_SUBJECT_ACTED = (r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}(?:['’]s(?:\s+[\w-]+){1,3}?)?\s+"
                  r"(?:[a-z]+ed|signed|quit|withdrew|tore\s+up|left|broke|struck|made)")   # "Niger's new rulers scrapped"
_LISTED_CLAUSE = re.compile(rf",\s+(?={_SUBJECT_ACTED}\s+(?:its|their|the|a|an|from|out|up|with)\b)")
_LAST_CLAUSE = re.compile(rf",\s+and\s+{_SUBJECT_ACTED}\b")
#: A verb that makes what follows a ', and' a clause of its own.
_FINITE_VERB = re.compile(r"\b(?:[a-z]+ed|said|says|met|meets|signed|agreed|is|was|were|are|has|have|had|will|would|held|"
                          r"holds|made|took|told|went|came|saw|left|began|won|set|sent|led|spoke|gave|spent|flew|kept|brought|sought|struck|"
                          r"wrote|became|ran|paid|chose|drew|rose|fell|stood|put|broke|sat|lost|built|found|felt|got|"
                          r"remains|remained|continues)\b")
#: A state undoing an instrument of its own: "suspended its treaty", "ended their accord", "tore up its deal".
_UNDOING = r"suspend|end|terminat|scrap|cancel|annul|revok|abrogat|renounc|fr(?:o|ee)z|tore\s+up|ripped\s+up"
_OWN_INSTRUMENT = re.compile(rf"(?i:{_UNDOING})\w*\s+(?:its|their)\s+")
_OWN_DATED = re.compile(r"\S+(?:\s+up)?\s+(?:its|their)\s+(?P<year>(?:19|20)\d{2})\s+")
#: Where a clause's subject starts: after the last ', and', ';' or ', but' before its verb.
_SUBJECT_START = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
_IMPLICIT = r"\b(?:similar|comparable|corresponding|parallel|identical|equivalent|its own|their own)\s+"
_OWNER = re.compile(r"^(?:(?:Among|Of|One\s+of)\s+)?(?:Its|Their|its|their)\s+(?:[\w-]+\s+){0,4}?(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies))\b")
#: "A deal with the Philippines, signed last September, …": an instrument with one state, of no owner named.
_UNOWNED_WITH = re.compile(r"^(?:An?|Another|A\s+separate)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact|treaty)\s+with\s+"
                           r"(?:the\s+)?(?=[A-Z][^,]{2,40},\s+(?:signed|concluded|sealed|inked)\b)")
_DEFINITE = re.compile(r"\s+(?:the|this|that|their)\s+(?:[\w-]+\s+){0,2}?(?i:deal|accord|agreement|pact|treaty|"
                       r"declaration|memorandum|contract|charter|roadmap|document|text)\b")   # "the Pukpuk Treaty" too


#: "ratified the agreement", "ratify it", "approved the same compromise": an instrument the article told of.
_DEFINITE_OBJECT = re.compile(r"(?:\s+it\b|\s+(?:the|this|that)\s+(?:same\s+|bilateral\s+|boundary\s+|border\s+)?"
                              r"(?:deal|accord|agreement|pact|treaty|protocol|compromise|document|text)\b(?!\s+(?:with|between|on)\b))")


_DEFINITE_SUBJECT = re.compile(r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact|treaty|"
                               r"declaration|memorandum|contract|charter)\b")


#: The kinds of instrument a sentence's subject names, and a definite one opening a sentence ("The friendship treaty").
_INSTRUMENT = r"(?i:agreement|deal|accord|pact|treaty|declaration|memorandum|contract|charter|convention|protocol)"
_THE_INSTRUMENT = rf"^(?:The|This|That|Their)\s+(?:[\w’'-]+\s+){{0,3}}?{_INSTRUMENT}"

#: "The treaty, which covers …, was signed in …", "The friendship treaty with Bulgaria was signed …", "The
#: agreement on the status of the base was signed …", "The accord, signed in 1909, …": a definite instrument as the subject of a passive signing (text up to the trigger).
_PASSIVE_DEFINITE = re.compile(_THE_INSTRUMENT + r"(?:\s+(?:on|over|for|governing|covering)\s+[^,]{1,120}?)?(?:\s+with\s+[^,]{1,60}?)?"
                               r"(?:,\s+(?:which|that)\s+[^,]{1,160},)?(?:,\s+|\s+(?:was|were|had\s+been|has\s+been)\s+"
                               r"(?:(?:first|formally|originally|also|then|later)\s+)?)$")


@lru_cache(maxsize=4)
def _together_with(nouns: str) -> re.Pattern:
    """'was signed in Lima on Monday together with a separate accord on water': a second instrument."""
    return re.compile(rf"[^;:]{{0,80}}?\s+(?:together|along)\s+with\s+(?:an?\s+separate|another|a\s+second)\s+"
                      rf"(?:[\w-]+\s+){{0,3}}?(?P<second>{nouns})\b", re.I)


#: "…, along with agreements on oil and gas exploration and on lifting visa requirements": two more instruments.
_ALONG_WITH_EACH = re.compile(r"[^;:]{0,120}?,?\s+(?:together|along)\s+with\s+(?:other\s+|separate\s+|further\s+)?"
                              r"(?P<what>agreements|accords|deals|memorand(?:a|ums)|protocols)\s+on\s+(?P<one>[^,;.]+?)\s+"
                              r"and\s+on\s+(?P<two>[^,;.]+)", re.I)
#: "The treaty must still be ratified by …": a definite instrument that awaits approval is the one told of.
_AWAITING = re.compile(rf"^(?:The|This|That|Their|A|An)\s+(?:[\w’'-]+\s+){{0,3}}?{_INSTRUMENT}"
                       r"(?:\s+(?:on|for|of|covering)\s+[^,;]{1,60}?)?\s+$")   # "A more detailed agreement on the fund is still being negotiated"


#: "A bilateral agreement signed in 1991 …", "A separate accord on water was signed at the same ceremony": an
#: instrument named only by what sets it beside the one told of, as the subject of a passive signing.
_INDEFINITE_PASSIVE = re.compile(r"^(?:An?|Another)\s+(?:(?P<bilateral>bilateral)|separate|second|third|further|additional)\s+"
                                 rf"(?:[\w’'-]+\s+){{0,3}}?{_INSTRUMENT}(?:\s+(?:on|for|of)\s+[^,]{{1,60}}?)?"
                                 r"(?:,\s+|\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:also|then|later)\s+)?|\s+)$")


def _another_of_theirs(before: str, parties: list[Agent], previous: list[AgreementRecord],
                       context: Context) -> list[Agent]:
    """The parties of an instrument told of as another one of theirs: a bilateral one is the pair the
    reader has in mind; a separate, second or further one, that of the agreement told of last."""
    m = _INDEFINITE_PASSIVE.match(before)
    if not m:
        return parties
    if not m["bilateral"]:
        return _told_before(parties, previous, context)
    recalled = context.recall("the two")
    keys = {p.key for p in parties}
    told = {frozenset(a.key for a in g) for g in context.groups}   # a pair the article named, not a guess
    return recalled if frozenset(r.key for r in recalled) in told and keys <= {r.key for r in recalled} else parties


def _told_before(parties: list[Agent], previous: list[AgreementRecord], context: Context) -> list[Agent]:
    """The parties of the agreement told of last that holds the states already found, else the pair the
    reader has in mind (when it holds them)."""
    keys = {p.key for p in parties}
    for earlier in reversed(previous[context.told_from:]):   # not one of a roundup's earlier story
        states = [p for p in earlier.parties if p.kind == "state"]
        if len(states) >= 2 and keys <= {p.key for p in states}:
            return _union(parties, states)
    recalled = context.recall("the two")
    return _union(parties, recalled) if len(recalled) == 2 and keys <= {r.key for r in recalled} else parties


def _told_bilateral(parties: list[Agent], earlier: AgreementRecord | None) -> list[Agent]:
    """The two states of ``earlier`` when it is between the one state found and one other; else ``parties``."""
    states = [p for p in earlier.parties if p.kind == "state"] if earlier else []
    return _union(parties, states) if len(states) == 2 and parties[0].key in {p.key for p in states} else parties


_UNDONE = re.compile(rf"(?i:{_UNDOING})")   # ended, not left ("withdrew from that agreement": a multilateral one, often)
#: "decided to scrap the pact": the instrument ended is one told of already.
_DEFINITE_ENDED = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:deal|accord|agreement|pact|treaty|arrangement)$")
_FROM_NAMED = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
#: "The agreement must still be approved by both congresses", "It still has to be ratified": an instrument told of
#: before, awaiting its ratification (most writers list it once, where it was signed or agreed).
_STILL_TO_RATIFY = re.compile(r"(?:The|This|That|Both|All|It|Its)\b[^.;]{0,60}?\b(?:must|still|needs?\s+to|has\s+to|have\s+to|"
                              r"yet\s+to)\b[^.;]{0,40}?\b(?:ratif|approv)")
#: The same, further into the sentence: "The deal, which took lawmakers in both countries by surprise, still has to be
#: ratified by …", "…, and the treaty must still be ratified by both countries", "Parliaments in all five countries must
#: now ratify it".
_AWAITS_RATIFICATION = re.compile(
    r"(?:\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|treaty|pact|protocol|text|memorandum|convention|"
    r"charter)|\bit)(?:,[^,;]{0,100},)?\s+(?:still\s+|now\s+|also\s+)*(?:must|has\s+to|have\s+to|needs?\s+to|(?:has|have|is)\s+"
    r"yet\s+to)\s+(?:(?:still\s+|now\s+|also\s+|first\s+)*be\s+(?:formally\s+)?(?:ratified|approved|signed)|"
    r"pass\s+(?:through\s+)?(?:both\s+|the\s+)?(?:parliaments?|legislatures?|congress|senate))\b"   # ("still has to pass
    # through both parliaments")
    r"|\b(?:must|need\s+to|have\s+to)\s+(?:now\s+|still\s+|yet\s+|also\s+)?(?:ratify|approve)\s+(?:it|the\s+(?:deal|agreement|"
    r"accord|treaty|pact|text))\b", re.I)
#: Who brokered an instrument, told between its noun and its signing: ", brokered by France and Germany and" (signed …).
_BROKERED_THEN = re.compile(r"\b(?:brokered|mediated|facilitated)\s+by\s+[^,;]{2,80}?\s+and\s+$")
_AS_FACILITATORS = re.compile(r"\bwith\s+(?:the\s+)?(?-i:[A-Z])(?:(?!\bwith\b)[^,;]){0,80}?\s+as\s+(?:the\s+)?(?:facilitators?|mediators?|"
                              r"brokers?|intermediar(?:y|ies)|go-betweens?|guarantors?|witnesses|observers?)\b", re.I)
#: After a meeting's trigger, who hosted it: "…, hosted by the United Arab Emirates".
_HOSTED_THEM = re.compile(r"[^;]{0,80}?,?\s+(?:and\s+)?hosted\s+by\s+(?:the\s+)?(?P<host>[^,;]{3,80})")
_HOSTED_BY = re.compile(r"\b(?:ceremony|summit|talks|meeting|signing)\s+(?:[a-z]+\s+)?hosted\s+by\s+[^,;]{3,80}")
#: "notified Israel that it will not renew": the state told of the decision is the other side of the instrument.
_NOTIFIED = re.compile(r"\b(?:notified|informed)\s+(?:the\s+)?(?P<who>[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)?\s+"
                       r"(?:(?:on\s+\w+|formally|officially)\s+)?that\s+(?:it|they)\s+(?:would|will|was|were|had|did)\b")
#: "said during a visit to Beirut": the one who speaks is the visitor.
_SAID_DURING = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){1,3}?|spoke|speaking|announced)\s+(?:on|during|in\s+the\s+course\s+of)\s+"
                          r"(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?$")
#: "during a visit to Kuwait by …", "during his state visit": a meeting told as the time of something else.
_DURING = re.compile(r"\bduring\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?$")
#: What a state named right after is talked about, not who talks: "pressed Tehran on North Korea", "talks about Syria".
_TOPIC_BEFORE = re.compile(r"\b(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$|\b(?:on|about|over)\s+(?:[\w-]+\s+){1,3}?"
                           r"(?:for|to|of)\s+$")   # "talks with Tusk on security guarantees for Ukraine"
#: A visit as a possession ("Lapid's visit to Rabat"): whose visit it was.
_VISIT_OF = re.compile(r"[’']s\s$")
_DURING_VISIT = re.compile(r"\b(?:during|on|amid|in\s+the\s+course\s+of)\b[^,;.]*$", re.I)
_VISIT_NOUN = re.compile(r"(?:state\s+|official\s+|working\s+)?visit", re.I)
#: A sentence (or the text after its dateline) opening with the meeting as a phrase of time or place.
_RECEIVED_AT = re.compile(r"(?:received|welcomed|hosted)\s+(?:at|in)\s+")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|had\s+been|has\s+been|is|are)\s+(?:[a-z]+ly\s+)?$")
#: A relative clause of the subject that opens at the trigger: "Lukashenko, who last met …".
_WHO_MET = re.compile(r",\s+(?P<who>who)\s+(?:(?:last|first|also|had|has|have|already|previously|then)\s+){0,2}$")
#: "… was held in Rome, where" after a meeting told in the passive: who met is told in the clause that follows.
_WHERE_NAMED = re.compile(r",\s+where\s+")
_HELD_PASSIVE = re.compile(r"\s+(?:was|were)\s+held\b|\s+took\s+place\b")
_WHERE_NAMED_END = re.compile(r"[;.]|,\s+(?:which|who|but|while|after|before)\b")
_FRAMED = re.compile(r"(?:^|\s[-–—]\s)(?P<frame>(?:During|At|After|Following)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w’'-]+\s+){0,3}?)$")


#: An opening phrase that sets the scene before the sentence's subject: "In Prague in October 2022, at a meeting
#: with Macron and Michel, " or "At a trilateral meeting of Chinese, Pakistani and Afghan ministers in Beijing, ".
_FRAME = re.compile(r"^(?:In|At|During|On)\s[^;]{0,120}?\b(?:meeting|summit|talks|ceremony|conference|session|sidelines|"
                    r"gathering|visit)\b")


def _without_frame(record: AgreementRecord, evidence: Evidence, mentions: list[Mention], trigger: int | None) -> AgreementRecord:
    """A record whose parties are named both in an opening phrase and as the subject after it: the subject's
    states only (those of the scene, a host or a meeting's others, took no part)."""
    if trigger is None or len(record.parties) < 3:
        return record
    cut = evidence.text.rfind(", ", 0, trigger) + 2
    if cut < 2:
        return record
    opening = _FRAME.match(evidence.text, 0, cut)
    for m in sorted(mentions, key=lambda m: -m.start):   # "…, Turkey, Iraq, Qatar and the UAE signed": the list is the subject
        if m.agent.kind == "state" and evidence.start + cut - 2 == m.end:
            back = max(0, evidence.text.rfind(", ", 0, m.start - evidence.start) + 2)
            if m.how != "person":
                cut = back if back >= 2 else 0
            elif opening and back >= opening.end():   # "At that meeting, Guinea's President Alpha Condé, Sierra Leone's
                cut = back                             # Koroma and …": a list of leaders, not the meeting's guests
    frame = _FRAME.match(evidence.text, 0, cut) if cut else None
    if not frame:
        return record
    subject = {m.agent.key for m in mentions if m.agent.kind == "state" and evidence.start + cut <= m.start < evidence.start + trigger}
    if len(subject) < 2:
        return record
    after = {m.agent.key for m in mentions if m.start >= evidence.start + cut and m.agent.kind == "state"}
    kept = tuple(p for p in record.parties if p.kind != "state" or p.key in after)
    return dataclasses.replace(record, parties=kept) if sum(p.kind == "state" for p in kept) >= 2 else record


def _without_later_predicate(record: AgreementRecord, second: list[AgreementRecord], evidence: Evidence,
                             mentions: list[Mention], found: Found, events_of_text) -> AgreementRecord:
    """'Japan signed an agreement with Vietnam and agreed a framework with Thailand': a state named only in the
    second predicate (`Extractor._second_predicate`) is a party of its agreement, not of the first."""
    if not second:
        return record
    later = [f.start for f in events_of_text(evidence.text) if f.start > found.end
             and _AND_VERB.fullmatch(evidence.text, found.end, f.start)]
    theirs = {p.key for p in second[0].parties}
    if not later:   # the second predicate came first ("…, and in 1978 signed …" read from its second verb): a state
        earlier = [f for f in events_of_text(evidence.text) if f.end <= found.start   # named only in it is its party
                   and _AND_VERB.fullmatch(evidence.text, f.end, found.start)]   # ("Norway agreed to pay Guyana …,
        if not earlier:                                                         # and in 2010 it signed … with Indonesia")
            return record
        lo, hi = evidence.start + earlier[0].end, evidence.start + found.start
        kept = tuple(p for p in record.parties if p.key not in theirs or p.kind != "state"
                     or any(x.agent.key == p.key and not lo <= x.start < hi and not x.place_only for x in mentions))
        return dataclasses.replace(record, parties=kept) if len(kept) >= 2 else record
    at = evidence.start + later[0]
    kept = tuple(p for p in record.parties if p.key not in theirs or p.kind != "state"
                 or any(x.agent.key == p.key and x.start < at for x in mentions))
    return dataclasses.replace(record, parties=kept) if len(kept) >= 2 else record


def _each_counterpart_of_plural(record: AgreementRecord, evidence: Evidence, mentions: list[Mention], found: Found,
                                nouns: str) -> list[AgreementRecord]:
    """'Rabat has signed similar deals with Ghana and Senegal': deals, plural, with each state of the list,
    one agreement per counterpart (the subject's with each)."""
    plural = r"(?:deals|agreements|accords|pacts|treaties|memorandums|memoranda|MoUs|contracts|arrangements|partnerships|" \
             r"protocols|frameworks|(?-i:FTAs|RAAs|SOFAs|VFAs|BITs))"
    told = re.search(rf"{plural}$", evidence.text[found.start:found.end], re.I)   # "working on similar agreements"
    m = re.compile((r"" if told else rf"\s+(?:[\w-]+\s+){{0,3}}?{plural}") +
                   rf"(?:\s+(?:[\w-]+\s+){{0,4}}?)?\s*with\s+(?P<list>[^;:.]*)", re.I).match(evidence.text, found.end)
    if not m:   # "Britain's trade deals with Australia and New Zealand took effect in May": the owner's, before the verb
        m = re.compile(rf"[’']s\s+(?:[\w-]+\s+){{0,3}}?{plural}\s+with\s+(?P<list>[^;:.,]*?),?\s+$", re.I
                       ).search(evidence.text, 0, found.start)
        owner = [x.agent for x in mentions if x.agent.kind == "state" and m and x.start < evidence.start + m.start()
                 and x.end == evidence.start + m.start()] if m else []
        if not m:   # "Its deals with Australia and New Zealand … took effect": the owner the parties already hold;
            # "Similar agreements with Denmark and Canada could be signed within days": the one the sentence names apart
            m = re.compile(rf"^(?:(?:Its|Their)\s+|(?:[\w’'-]+\s+){{0,8}}?(?:similar|such|further|other)\s+)(?:[\w-]+\s+){{0,3}}?"
                           rf"{plural}\s+with\s+(?P<list>[^;:.,]*)", re.I).match(evidence.text, 0, found.start)
            at = evidence.start + m.start("list") if m else -1
            owner = [p for p in record.parties if p.kind == "state"
                     and not any(x.agent.key == p.key and x.start >= at for x in mentions)] if m else []
            owner = owner if len(owner) == 1 else []
        if not owner:
            return []
        record = dataclasses.replace(record, parties=tuple(_union(owner, list(record.parties))))
    lo = evidence.start + m.start("list")
    listed = [x for x in mentions if lo <= x.start and x.agent.kind == "state" and _eligible_state(x)]
    clause = re.match(r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+in\s+(?:19|20)\d{2})?"
                      r"(?:,\s+|\s+and\s+|,\s+and\s+)?)+", m["list"])   # "with India in 2022 and Georgia in 2023"
    listed = [x for x in listed if clause and x.start < lo + clause.end()]
    counterparts = _union([], [x.agent for x in listed])
    if len(counterparts) < 2:   # "… agreements with Chancellor A in Berlin and with President B in Paris": each 'with'
        counterparts = _union([], [x.agent for x in _after_each_with(evidence, mentions, m.start("list") - 5)])
    beyond = lo + clause.end() if clause else None   # "…, and agreed a framework with Thailand": a later predicate's
    own = [p for p in record.parties if p.key not in {c.key for c in counterparts}
           and not (beyond and all(x.start >= beyond for x in mentions if x.agent.key == p.key)
                    and any(x.agent.key == p.key for x in mentions))]
    if len(counterparts) < 2 or len(own) != 1:
        return []
    withs = [w.end() for w in _WITH_WORD.finditer(evidence.text[m.start("list") - 5:])]
    dates = {}   # "with Abkhazia in 2014 and with South Ossetia in 2015": each its own year
    if len(withs) == len(counterparts):
        bounds = [m.start("list") - 5 + w for w in withs] + [len(evidence.text)]
        for c, lo, hi in zip(counterparts, bounds, bounds[1:]):
            year = re.search(r"\bin\s+((?:19|20)\d{2})\b", evidence.text[lo:hi])
            dates[c.key] = year.group(1) if year else None
    if not all(dates.get(c.key) for c in counterparts) and clause:   # "with India in 2022 and Georgia in 2023"
        years = {x.agent.key: y.group(1) for x in listed
                 if (y := re.match(r"\s+in\s+((?:19|20)\d{2})\b", evidence.text[x.end - evidence.start:]))}
        dates = years if len(years) == len(counterparts) else {}
    if not all(dates.get(c.key) for c in counterparts):
        dates = {}
    return [dataclasses.replace(record, parties=(own[0], c), date=dates.get(c.key, record.date)) for c in counterparts]


_WITH_CLAUSE_END = re.compile(r"[;:.]|,\s+(?:which|who|when|while|but|after|before)\b")


def _after_each_with(evidence: Evidence, mentions: list[Mention], at: int) -> list[Mention]:
    """The first state named after each 'with' of the clause from ``at``, when every 'with' names one
    ("with A in Berlin and with B in Paris")."""
    stop = _WITH_CLAUSE_END.search(evidence.text, at)
    end = stop.start() if stop else len(evidence.text)
    withs = list(_WITH_WORD.finditer(evidence.text[:end][at:]))
    if len(withs) < 2 or "," in evidence.text[at + withs[0].start():at + withs[-1].start()]:
        return []   # "with A, in March 2021, and with B, in May 2022": each its own date (`_gapped`)
    found = []
    for w in withs:
        lo = evidence.start + at + w.end()
        first = next((x for x in mentions if lo <= x.start < lo + 60 and x.agent.kind == "state" and _eligible_state(x)
                      and not re.search(r"[,;]|\bwith\b", evidence.text[lo - evidence.start:x.start - evidence.start])),
                     None)
        if first is None:
            return []
        found.append(first)
    return found


#: People exchanged between states: "was exchanged for", "swapped ten agents", "released … in exchange".
_EXCHANGED = re.compile(r"exchang|swapp|traded")
#: The instrument the trigger names, then a clause of what it binds its parties to (up to the clause's end).
_UNDER_WHICH = re.compile(r"[^.;:]{0,140}?,?\s+under\s+which\b")
_UNDER_WHICH_END = re.compile(r"[;:]|,\s+(?:during|after|before|when|while|as|but|which|who)\b")
_SAYS_AFTER = re.compile(r"(?:[’']s\s+(?:[\w-]+\s+){0,3})?(?:said|says|told|reported|announced)\b")
_PLACE_BEFORE = re.compile(r"(?<!\bheld )(?<!\bjailed )(?<!\bdetained )\b(?:in|at|to|near|from|over|across)\s+(?:the\s+)?$")


def _nationals(evidence: Evidence, mentions: list[Mention], attribution,
               span: tuple[int, int] | None = None) -> list[Agent]:
    """The states a sentence names as nations or actors, not as places ("US basketball star Brittney Griner",
    "Russian arms dealer Viktor Bout", not "in Abu Dhabi"; but "held in Germany"): whose people an exchange
    is between; within ``span``, the states an instrument's "under which" clause binds."""
    lo, hi = span or (evidence.start, evidence.end)
    return list({m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and not m.place_only
                 and m.how in ("name", "demonym", "person", "capital") and lo <= m.start < hi
                 and not (attribution and attribution.start <= m.start < attribution.end)
                 and not _SAYS_AFTER.match(evidence.text, m.end - evidence.start)   # "Turkey's intelligence agency said"
                 and not _PLACE_BEFORE.search(evidence.text, max(0, m.start - evidence.start - 12),
                                              m.start - evidence.start)}.values())


def _named_here(evidence: Evidence, mentions: list[Mention], attribution) -> set[str]:
    """Every state the sentence names, in any way and role (not as the one telling of it)."""
    return {m.agent.key for m in mentions if m.agent.kind == "state" and evidence.start <= m.start < evidence.end
            and not (attribution and attribution.start <= m.start < attribution.end)}


def _sides_here(evidence: Evidence, mentions: list[Mention], attribution, at: int) -> dict[str, Agent]:
    """The states the clause of a trigger at ``at`` names as maybe acting: not where ("in Singapore", "the Angolan
    capital"), not through whom ("through Washington"), not in a compound ("the Soviet-Japanese declaration"), not in the
    next clause (", and a summit Lourenço planned …")."""
    text = evidence.text
    end = _NEXT_MAIN_CLAUSE.search(text, at)
    end = evidence.start + (end.start() if end else len(text))
    asides = [(evidence.start + a.start(), evidence.start + a.end()) for a in _RELATIVE_ASIDE.finditer(text)]
    return {m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and evidence.start <= m.start < end
            and not any(a <= m.start < b for a, b in asides)   # ("the group, which also includes the United States")
            and not m.place_only and not (attribution and attribution.start <= m.start < attribution.end)
            and not _NO_SIDE_BEFORE.search(text, 0, m.start - evidence.start)
            and not _NO_SIDE_AFTER.match(text, m.end - evidence.start)}


_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*")
_NEXT_MAIN_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|though|although)\s|;")
_NO_SIDE_BEFORE = re.compile(r"(?:\b(?:in|at|through|via|from|to|near|outside)\s+(?:the\s+)?|-)$", re.I)
_NO_SIDE_AFTER = re.compile(r"-|\s+(?:capital|city|port|resort|border)\b")


def _told_by(evidence: Evidence, mentions: list[Mention], attribution) -> list[Agent]:
    """The state of the one who tells of the sentence at its end, when one alone ("…, Pakistani Foreign Secretary
    X told reporters")."""
    teller = _TELLER_AT_END.search(evidence.text)
    if not teller:
        return []
    lo, hi = evidence.start + teller.start("who"), evidence.start + teller.end("who")
    told = list({m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and lo <= m.start < hi}.values())
    return told if len(told) == 1 else []


_TELLER_AT_END = re.compile(r",\s+(?P<who>[^,;“”\"]{3,90}?)\s+(?:told|said|says|added)\b[^,;“”\"]{0,60}$")


def _all_after(parties: list[Agent], mentions: list[Mention], at: int) -> bool:
    """Is every party named only after ``at`` (the counterparts after the verb, no subject)?"""
    keys = {p.key for p in parties}
    return bool(parties) and not any(m.agent.key in keys and m.start < at for m in mentions)


def _each_joiner(found: Found, record: AgreementRecord, evidence: Evidence, mentions: list[Mention]) -> list[AgreementRecord]:
    """'India and Pakistan joined in 2017', 'Fiji and Samoa became full members of the bloc': each state
    joins on its own, one membership per state (leaving together stays one act: "A, B and C left ECOWAS"; and
    signing a named accord together is one signing: "A and B signed the Itaipu Treaty"). The state whose
    initiative is joined ("Nepal joined China's Belt and Road Initiative") is each joiner's counterpart."""
    text = evidence.text
    states = [p for p in record.parties if p.kind == "state"]
    if not found.alone or not _JOINING_VERB.match(text, found.start) or len(states) < 2:
        return []
    owners = {m.agent.key for m in mentions if m.agent.kind == "state" and m.start >= evidence.start + found.start
              and _POSSESSIVE.match(text, m.end - evidence.start)}
    joiners = [s for s in states if s.key not in owners]
    if owners and len(joiners) < len(states):
        owned = tuple(s for s in states if s.key in owners)
        return [dataclasses.replace(record, parties=(state,) + owned) for state in joiners] if joiners else []
    bodies = tuple(p for p in record.parties if p.kind != "state")
    return [dataclasses.replace(record, parties=(state,) + bodies) for state in states]


_JOINING_VERB = re.compile(r"(?:re-?)?join|acced|was\s+admitted|bec[oa]m")


def _bodies_as_states(mentions: list[Mention], gaz) -> list[Mention]:
    """'The Reserve Bank of India and the Central Bank of the UAE signed …', "India's foreign ministry and …":
    a government body signs for its state."""
    out = []
    for m in mentions:
        a = m.agent
        if a.kind == "org" and a.org_class == "GovernmentBody" and a.country in gaz.by_iso3 and m.how in ("body", "org"):
            m = dataclasses.replace(m, agent=gaz.state(a.country).agent, how="name")
        out.append(m)
    return out


def _each_subject_with_one(record: AgreementRecord, evidence: Evidence, mentions: list[Mention], found: Found,
                           nouns: str) -> list[AgreementRecord]:
    """'The UAE and Bahrain signed normalisation agreements with Israel', 'Morocco and Sudan agreed to
    normalise relations with Israel': agreements, plural, or relations, which are always between two, of each
    subject with the one counterpart."""
    m = re.compile(rf"(?:\s+(?:[\w-]+\s+){{0,3}}?(?-i:deals|agreements|accords|pacts|treaties|memorandums|memoranda|MoUs|"
                   rf"contracts)|(?:\s+[\w-]+){{0,4}}?\s+(?:diplomatic\s+)?(?:relations|ties))\s+with\s+", re.I
                   ).match(evidence.text, found.end)
    told = m or _PLURAL_WITH.search(evidence.text, 0, found.start)   # "A and B both have agreements with C, signed …"
    if not told:
        return []
    m, upto = told, (found.start if m else told.start())
    at = evidence.start + m.end()
    after = [x for x in mentions if x.start >= at and x.agent.kind == "state" and _eligible_state(x)]
    if not after or after[0].start != at + len(re.match(r"(?:the\s+)?", evidence.text[m.end():]).group()):
        return []
    counterpart = after[0].agent
    before = {x.agent.key for x in mentions if x.start < evidence.start + upto}
    own = [p for p in record.parties if p.kind == "state" and p.key != counterpart.key and p.key in before]
    if len(own) < 2 or len(record.parties) != len(own) + 1:
        return []   # the subjects are the states before the verb, the counterpart the one state after 'with'

    return [dataclasses.replace(record, parties=(state, counterpart)) for state in own]


#: A state recognising another in place of a third: "switched diplomatic recognition from Taipei to Beijing",
#: "switched recognition to Beijing".
_SWITCHED = re.compile(r"(?:(?:switched|switches|switching|shifted|shifts)\s+(?:its\s+|their\s+)?(?:diplomatic\s+)?"
                       r"(?:recognition|ties|relations|allegiance)\s+from|(?:switched|switches|shifted|shifts)\s+"
                       r"(?:its\s+|their\s+)?(?:diplomatic\s+)?(?:recognition|allegiance)\s+to)\s+")


def _switched_parties(parties: list[Agent], evidence: Evidence, mentions: list[Mention], found: Found) -> list[Agent]:
    """The states that switched (named before the verb) and the one they now recognise (the first after
    the trigger's 'to'); the one they left is no party."""
    at = evidence.start + found.end
    after = [m.agent for m in mentions if m.agent.kind == "state" and at <= m.start <= at + 5]
    left = {m.agent.key for m in mentions if m.agent.kind == "state" and evidence.start + found.start <= m.start < at}
    own = [p for p in parties if p.key not in left and not (after and p.key == after[0].key)
           and any(m.agent.key == p.key and m.start < evidence.start + found.start for m in mentions)]
    return own + after[:1] if own and after else parties


def _each_switched(record: AgreementRecord, evidence: Evidence, found: Found) -> list[AgreementRecord]:
    """'Kiribati and Solomon Islands both switched recognition from Taipei to Beijing' (or '… to Beijing'): each its own."""
    if not _SWITCHED.match(evidence.text, found.start) or len(record.parties) < 3:
        return []
    *own, counterpart = record.parties
    return [dataclasses.replace(record, parties=(state, counterpart)) for state in own]


def _each_with_ties(record: AgreementRecord, evidence: Evidence, mentions: list[Mention], found: Found) -> list[AgreementRecord]:
    """'The Dominican Republic and El Salvador established diplomatic ties with China': relations between
    states are each a pair's, one with the state named after 'with' for each state before the verb."""
    m = _TIES_WITH.match(evidence.text, found.start)
    if not m or len(record.parties) < 3:
        return []
    at = evidence.start + m.start("with")
    counterparts = [x.agent for x in mentions if x.agent.kind == "state" and at <= x.start < evidence.start + m.end()]
    if len({c.key for c in counterparts}) != 1:
        return []
    other = counterparts[0]
    own = [p for p in record.parties if p.key != other.key]
    before = {x.agent.key for x in mentions if evidence.start <= x.start < evidence.start + found.start}
    if len(own) < 2 or not all(p.kind == "state" and p.key in before for p in own):
        return []   # each state that set them up is named before the verb
    return [dataclasses.replace(record, parties=(state, other)) for state in own]


#: Relations set up, restored or normalised "with" one state: "established diplomatic ties with China".
_TIES_WITH = re.compile(r"(?:established|restored|re-?established|normali[sz]ed|resumed|opened)\s+(?:full\s+|formal\s+)?"
                        r"(?:diplomatic\s+)?(?:ties|relations)\s+(?P<with>with\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")


#: Instruments, plural, with one counterpart, before the trigger: "… both have free trade agreements with China, signed …".
_PLURAL_WITH = re.compile(r"\b(?:both|each|separately|also)\s+(?:[\w-]+\s+){0,4}?(?:deals|agreements|accords|pacts|"
                          r"treaties|memorandums|memoranda|MoUs|contracts)\s+with\s+")


def _ratified_told(state: Agent, previous: list[AgreementRecord]) -> list[Agent]:
    """The parties of the agreement told of last in which ``state`` took part, when it was between states;
    a multilateral one ratified stays the ratifier's own ("Russia ratified the pact")."""
    for earlier in reversed(previous):
        states = [p for p in earlier.parties if p.kind == "state"]
        if state.key in {p.key for p in states}:
            return _union([state], states) if len(states) == 2 and len(earlier.parties) == 2 else [state]
    return [state]


#: A second predicate of the same subject: what it says ("and had last spoken by phone") is not about the first.
_DOCUMENT_OF = re.compile(r"\b(?:declaration|communiqu[eé]|statement|text|document|conclusions)\s+of\s+(?:the\s+)?"
                          r"(?:[\w’'-]+\s+){0,6}$", re.I)
_SINCE_ARRIVING = re.compile(r"\b(?:since\s+(?:arriving|landing|(?:his|her|their)\s+arrival)|during\s+(?:this|the\s+current)\s+"
                             r"(?:visit|trip|tour))\b", re.I)
#: A visit in the present after "when" is one to come ("when Putin visits New Delhi in October").
_PRESENT_TRIP = re.compile(r"(?:visits|meets|hosts|travels|comes|flies|arrives)\b", re.I)
_WHEN_SUBJECT = re.compile(r"\bwhen\s+(?:he|she|they|(?:(?-i:[A-Z])[\w.’'-]*\s+){1,4}?)\s*(?:next\s+|finally\s+)?$", re.I)
#: Talks told as the means of settling something ("settled through talks", "via direct negotiations").
_BY_MEANS_OF = re.compile(r"\b(?:through|via)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_ARRIVAL = re.compile(r"(?i)arriv|landed")
#: Who arrives on a visit: a person named or titled just before the verb.
_ARRIVER = re.compile(r"(?:(?-i:[A-Z])[\w’'.-]+|\b(?:minister|president|premier|chancellor|secretary|envoy|delegation|leader|king|"
                      r"emir|prince|counterpart|ambassador))\s+(?:(?:finally|first|also|then|later|had)\s+)?$", re.I)
#: An arrival told in a subordinate or relative clause frames something else ("hours before Yoon landed in Tokyo").
_ARRIVED_SUBORDINATE = re.compile(r"\b(?:who|which|that|before|after|when|until|once|as)\b[^,;.]*$", re.I)
#: Where a coordinate clause with a subject of its own begins (", and officials have signalled …"), or a relative one
#: with its own subject (", which officials in Tokyo hope to conclude …"): a hedge there does not unmake the
#: agreement before it.
_NEXT_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?:the\s+|other\s+|some\s+)?(?:[A-Z][\w’'.-]*|officials|analysts|"
                          r"diplomats|experts|critics|observers|others|they|it|he|she)\b(?!\s+(?:to|in|on|at)\b)|"
                          r",\s+which\s+(?:officials|negotiators|diplomats|both\s+(?:sides|governments|countries)|"
                          r"the\s+two\s+(?:sides|governments|countries)|[A-Z][\w’'.-]*)\b|"
                          r",\s+(?:the|a|an|in\s+a)\s+(?:[\w-]+\s+){0,2}?(?:sign|signal|move|step|gesture|indication)\b|"
                          r",\s+(?:seeking|hoping|aiming|trying|looking)\s+to\b")   # ", seeking to contain the fallout": the act's aim
_IT_OPENS = re.compile(r"(?:It|Its)\s")
_ANOTHER_CLAUSE = re.compile(r",\s+and\s+(?:the\s+)?(?:[\w’'.-]+\s+){1,4}?(?:has|have|had|is|are|was|were|said|says|"
                             r"discussed|signed|agreed|decided|pledged|vowed|promised|called|urged|announced|expressed|welcomed)\b")
_NEXT_PREDICATE = re.compile(r"\s+and\s+(?:had|has|have)\b")
#: A second predicate of the meeting's subject, after the trigger: what it says (a plan, a hope) is not of the
#: meeting ("held talks on Monday and agreed to meet again next year", "met Zardari and was due to fly on").
_LATER_PREDICATE = re.compile(r",?\s+and\s+(?:(?:also|then|later)\s+)?(?:was|were|is|are|will|would|agreed|pledged|"
                              r"vowed|promised|decided|announced|said|signed|plans?|planned|expects?|expected|hopes?|hoped)\b")


_AND_VERB = re.compile(r"(?:,\s+(?:when|after)\s+[^,.;:]{1,80}(?=,\s+and\s)|"   # "…, when Hu Jintao visited Islamabad, and"
                       r"\bwhile\s+[^,.;:]{1,80}(?=,\s+and\s+(?:they|the\s+two|both)\b)|"   # "… while Britain was in the EU,
                       # and the two countries have been negotiating …"
                       r"(?![.;:]|\b(?:which|who|that|when|after|before|but)\b|\bwhile\b(?!\s+[a-z]+ing\b)).){1,120}?\s+and\s+"
                       r"(?:(?P<when>(?:in|on|by)\s+(?:[\w-]+\s+){0,3}?(?:19|20)\d{2}),?\s+(?:they|it|the\s+two(?:\s+[a-z]+)?|both(?:\s+[a-z]+)?)\s+|"
                       r"(?:they|the\s+two(?:\s+[a-z]+)?|both(?:\s+[a-z]+)?)\s+|"   # "…, and the two countries have been negotiating"
                       r"(?:in|later)\s+(?:the\s+same|that|the\s+following|the\s+next)\s+(?:year|month|week),?(?:\s+(?:they|it)\b)?\s*)?"
                       r"(?:also\s+|then\s+|later\s+)?", re.S)   # "…, and in 2000 they signed a further agreement"
#: "agreed in 1965 to partition the area": an agreement told by what was agreed, no instrument named.
_AGREED_TO_DO = re.compile(r"\s*agreed\s+(?:(?:in|on)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d{2}\s+)?to\s+(?!the\b|a\b|an\b)[a-z]+\s")
_SERIES = re.compile(r"(?:,|\band)\s+(?:then\s+|later\s+|also\s+)?$")
#: "have been negotiating a second phase of tariff cuts", "opened negotiations with Costa Rica": talks on something
#: named, or with someone, though no instrument's noun.
_NEGOTIATING_OBJECT = re.compile(r"(?:(?:have|has)\s+been\s+|are\s+|were\s+)?negotiating\s+(?:a|an|the|their|its)\s+\w|"
                                 r"(?:opened|began|launched|started)\s+(?:formal\s+|free[ -]trade\s+)?(?:negotiations|talks)\s+with\s")
_CLAUSE_END = re.compile(r"[.;:]|,\s+(?:which|who|while|but)\b")
_TIES = re.compile(r"\b(?:ties|relations)\b")


def _eligible_state(m: Mention) -> bool:
    return not m.place_only and m.how in ("name", "capital", "demonym", "person")


def _with_after(text: str, at: int, mentions: list[Mention], agent: Agent) -> bool:
    """Is ``agent`` named after ``at`` (the counterpart in "refused to sign the accord with Ecuador")?"""
    return any(m.agent.key == agent.key and m.start >= at and not m.place_only for m in mentions)   # not "in Oslo"


def _joined_body(evidence: Evidence, found: Found, mentions: list[Mention]) -> list[Agent]:
    """The organisation a state joins or leaves: the one named right after the verb, else the one the
    sentence names ("Brazil, not an OPEC member, would join the group's charter")."""
    bodies = [m for m in mentions if m.agent.kind == "org" and m.agent.org_class in _BODIES
              and evidence.start <= m.start < evidence.end]
    after = [m for m in bodies if evidence.start + found.end <= m.start <= evidence.start + found.end + 40]
    if not after and _INSTRUMENT_NEXT.match(evidence.text, found.end):
        return []   # "withdrew from the Open Skies Treaty, accusing NATO …": a treaty, not a body
    return [(after or bodies)[0].agent] if after or bodies else []


#: The instrument a verb of leaving names next ("withdrew from the Open Skies Treaty"), not a body.
_INSTRUMENT_NEXT = re.compile(r"\s+(?:the\s+|a\s+|its\s+)?(?:[\w’'-]+\s+){0,5}?(?i:treaty|treaties|accords?|convention|statute|"
                              r"agreement|protocol|pact)\b")


_BODIES = ("IntergovernmentalOrganization",)


def _signed_before(participants: list[Agent], agreements: list[AgreementRecord]) -> list[Agent]:
    """The parties of the agreement reported last that includes the states already found."""
    keys = {p.key for p in participants}
    for earlier in reversed(agreements):
        states = [p for p in earlier.parties if p.kind == "state"]
        if len(states) >= 2 and keys < {p.key for p in states}:
            return _union(participants, states)
    return participants


#: The object of an undoing verb, an instrument "with" a state (its owner's, when a possessive names one): "denounced
#: Niger's military cooperation agreements with ".
_OWNED_WITH = re.compile(r"[a-z]+(?:\s+(?:up|out\s+of|away\s+from))?\s+(?:(?:the|a|an|its|their|several|all|both|that|this)\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)?"
                         r"(?=[’']s\s))?(?:[’']s\s+)?(?:[\w-]+\s+){0,5}?(?:agreements?|treat(?:y|ies)|accords?|pacts?|deals?)"
                         r"\s+with\s+(?:the\s+)?")


def _only_counterpart(evidence: Evidence, mentions: list[Mention], found: Found, party: Agent) -> bool:
    """Is the one party named only after 'with', past the trigger (the other side of what was undone)?"""
    named = [m for m in mentions if m.agent.key == party.key]
    return bool(named) and all(m.start - evidence.start >= found.start
                               and _WITH_BEFORE.search(evidence.text, max(0, m.start - evidence.start - 12), m.start - evidence.start)
                               for m in named)


def _one_meeting_per_event(meetings: list[MeetingRecord]) -> list[MeetingRecord]:
    """One record per meeting: sentences telling of the same sides on the same day are one event, told
    best by talks ("held talks with"), then by a visit, then by a signing (told by those who signed before told by
    their states), then by an arrival."""
    best: dict[tuple, list[MeetingRecord]] = {}
    held = {id(m): bool(_TALKS_HELD.search(m.evidence.text)) for m in meetings}
    rank = lambda m: (0 if held[id(m)] and not m.signing
                      else 3 if m.arrival else 2 if m.signing else 1 if m.visit or m.secondary else 0,
                      not held[id(m)], m.signing and not m.in_person, m.place is None)
    # then one that says they held talks or met, in a clause of its own; then one that says where
    for m in meetings:
        key = frozenset(p.key for p in m.participants) if m.date and len(m.date) == 10 else id(m)
        same = best.setdefault(key, [])
        at = next((i for i, o in enumerate(same) if _same_place(o, m) and (
            o.date == m.date or (_days_apart(o.date, m.date) <= 1 and rank(o)[0] != rank(m)[0]))), None)
        # Bishkek today, Astana before: two; talks on Sunday and the signing on Monday of one visit: one
        if at is None:
            same.append(m)
        elif rank(m) < rank(same[at]):
            same[at] = m
    kept = {id(m) for ms in best.values() for m in ms}
    return [m for m in meetings if id(m) in kept]


#: Talks told as what someone did, in a clause of its own ("Abiy and Sisi held talks at the presidential palace",
#: "Morales, on his second visit to Israel, held talks with Netanyahu"), not in passing ("as the two leaders wrapped up
#: talks in Cairo", "after talks with").
_TALKS_HELD = re.compile(r"^(?:(?!\b(?:as\s+(?:the|they|he|she|both|two)|when|while|after|before|following|since|until|during)\b)[^;:])*?\b(?:(?:held|had|holding|hold)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:talks|meetings?|summit|discussions)|sat\s+down\s+(?:together|with)|"
                         r"(?:the|their|his|her|from\s+a)\s+(?:[\w-]+\s+)?(?:meeting|talks)\s+with|(?<!has )(?<!have )(?<!now )(?<!already )met(?!\s+(?:with\s+)?(?:criticism|"
                         r"resistance|opposition|protests?|demands?|targets?|requirements?|the\s+(?:criteria|conditions|deadline))\b))\b")


_WITH_IN = re.compile(r"\bwith\s+(?P<who>[^,;]{2,80}?)\s+in\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _each_counterpart(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'held talks with X in Bamako and with Y in Ouagadougou', 'met Netanyahu in Jerusalem and Palestinian President
    Abbas in Ramallah', 'met X, the UAE's vice-president, in Dubai the same evening, and held talks with Sheikh Tamim in
    Doha the following day': one meeting per counterpart and place. A counterpart of no state named (Sheikh Tamim)
    is the host of the capital he was met in."""
    segments = [(m.start("who"), m.end("who"), m.start("place"), m.end("place")) for m in _WITH_IN.finditer(evidence.text)]
    if len(segments) < 2 or not all(re.match(r",?\s+and\s+$", evidence.text[a[3]:b[0] - len("with ")])
                                    for a, b in zip(segments, segments[1:])):
        pair = _TWO_COUNTERPARTS.search(evidence.text)
        if not pair:
            return [meeting]
        segments = [(pair.start(f"who{i}"), pair.end(f"who{i}"), pair.start(f"place{i}"), pair.end(f"place{i}")) for i in (1, 2)]
    def named(lo: int, hi: int, how: str | None = None) -> dict[str, Agent]:
        return {m.agent.key: m.agent for m in mentions if evidence.start + lo <= m.start < evidence.start + hi
                and m.agent.kind == "state" and (how is None or m.how == how)}
    sides = []
    for who_start, who_end, place_start, place_end in segments:
        states = named(who_start, who_end) or named(place_start, place_end, "capital")
        if len(states) != 1:
            return [meeting]
        sides.append((next(iter(states.values())), evidence.text[place_start:place_end]))
    own = tuple(p for p in meeting.participants if p.key not in {s.key for s, _ in sides})
    if sides[0][0].key == sides[1][0].key or any(place.split()[0] in CALENDAR_WORDS for _, place in sides):
        return [meeting]
    if not own:   # a visitor of no state ("FIFA's president met Netanyahu in … and Abbas in …") met each host alone:
        # the hosts did not meet (a meeting of one state and a person of no state is not one the graph holds)
        return [] if all(named(a, b, "person") for a, b, _, _ in segments) else [meeting]
    return [dataclasses.replace(meeting, participants=own + (side,), place=place, place_state=None)
            for side, place in sides]


#: Two counterparts met in turn, each in a place of its own: "met A in P and B in Q", "met A, its foreign minister,
#: in P the same evening, and held talks with B in Q the following day", "held talks with A in P and, days later,
#: with B in Q".
_TWO_COUNTERPARTS = re.compile(
    r"\b(?:met|(?:held|had)\s+talks\s+with)\s+(?P<who1>[^,;]{2,80}?(?:,\s+[^,;]{2,60},)?)\s+in\s+"
    r"(?P<place1>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:\s+(?:on|at|the|that|last|this|during|early|late)\b[^,;]{0,40}?)?"
    r",?\s+and(?:\s+then\s+|,\s*[\w\s]{1,20}?\blater,\s+|\s+)(?:(?:held|had)\s+talks\s+with\s+|met\s+|with\s+)?"
    r"(?!(?:in|at|to|for|on|from)\s)(?P<who2>[^,;]{2,80}?)\s+in\s+(?P<place2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b")


_CHOSE = re.compile(r"\bchose\s+(?P<dest>[^.;]{2,60}?)\s+for\s+(?:his|her|their)\b")


def _each_destination(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'chose Vietnam and Indonesia for his first trip abroad': one meeting with each host."""
    m = _CHOSE.search(evidence.text)
    if not m:
        return []
    hosts = _hosts(evidence, mentions, m)
    own = tuple(p for p in meeting.participants if p.key not in {h.key for h in hosts})
    if len(hosts) < 2 or not own:
        return []
    return [dataclasses.replace(meeting, participants=own + (host,), place=None, place_state=host) for host in hosts]


def _each_leg(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'held talks with Berri in Beirut before flying to Israel to meet Netanyahu': a meeting on each leg of the
    journey, the traveller's with the state named on that leg."""
    m = _NEXT_LEG.search(evidence.text)
    if not m or len(meeting.participants) < 3:
        return []
    at = evidence.start + m.start()
    first = {x.agent.key for x in mentions if x.start < at and x.agent.kind == "state"}
    second = [p for p in meeting.participants if p.key not in first and
              any(x.agent.key == p.key and x.start >= at for x in mentions)]
    if second and (m["dest2"] or m["dest3"]):   # "…, where on Wednesday he met Lithuania's X and Latvia's Y": all they met
        second = _union(second, [x.agent for x in mentions if x.start >= at and x.agent.kind == "state"
                                 and x.agent.key not in first and not x.place_only])
    own = [p for p in meeting.participants if p.key not in {q.key for q in second}]
    traveller = [p for p in own if not any(x.agent.key == p.key and evidence.start + _first_trigger_at(evidence.text) <= x.start < at
                                           for x in mentions)]
    counterparts = [p for p in own if p not in traveller]
    if len(traveller) != 1 or not counterparts or not second:
        return []
    return [dataclasses.replace(meeting, participants=tuple(traveller + counterparts)),
            dataclasses.replace(meeting, participants=tuple(traveller + second), place=m["dest"] or m["dest2"] or m["dest3"],
                                place_state=second[0])]


#: "before flying to Israel to meet …", "then travelled on to Amman for talks with …", "… and flew on to Vilnius, where
#: …": the next leg of a journey.
_NEXT_LEG = re.compile(r"\b(?:before|then|and\s+then|later)\s+(?:flying|travell?ing|heading|going|flew|travell?ed|headed|went)\s+"
                       r"(?:on\s+)?to\s+(?P<dest>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)?)\s+(?:to\s+meet|for\s+talks|to\s+hold\s+talks)\b"
                       r"|,\s+and\s+(?:then\s+)?(?:on\s+)?to\s+(?P<dest2>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)?),\s+where\b"
                       r"|\s+and\s+(?:then\s+)?(?:flew|travell?ed|went|headed|drove)\s+(?:on\s+)?to\s+"
                       r"(?P<dest3>(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)?),\s+where\b")
# "travelled to Asmara, where he held talks with …, and then to Cairo, where …": the verb left out


def _hosts(evidence: Evidence, mentions: list[Mention], m: re.Match) -> list[Agent]:
    """The states named in the match's list of destinations (its group "dest"), each once, in order."""
    lo, hi = evidence.start + m.start("dest"), evidence.start + m.end("dest")
    return list({x.agent.key: x.agent for x in mentions if lo <= x.start < hi and x.agent.kind == "state"}.values())


def _each_stop(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'visited Kenya, Tanzania and South Africa', 'flew to Moscow and Tbilisi', 'a tour that took him to Rwanda,
    Tanzania and Madagascar': one visit to each state on the way, by the traveller's state (named before the
    verb, perhaps as the mediator the meeting leaves out)."""
    m = _STOPS.search(evidence.text)
    if not m:
        return []
    hosts = _hosts(evidence, mentions, m)
    if len(hosts) < 2:
        return []
    keys = {h.key for h in hosts}
    before = [x.agent for x in mentions if x.start < evidence.start + m.start() and x.agent.kind == "state"
              and x.agent.key not in keys and not x.place_only]
    own = tuple(p for p in meeting.participants if p.key not in keys) or tuple(before[-1:])
    taken = re.match(r"(?:took|taken)\b", m.group()) and meeting.place_state is not None and meeting.place_state.key not in keys
    if taken and len(own) == 2:   # "arrived in Tehran …, on a tour that has already taken him to Turkey and Algeria"
        own = tuple(p for p in own if p.key != meeting.place_state.key)
    if len(own) != 1:
        return []
    stops = [dataclasses.replace(meeting, participants=own + (host,), place=None, place_state=host, visit=True)
             for host in hosts]
    earlier = taken and meeting.place_state.key != own[0].key   # the visit told, and the stops before it (on other
    stops = [dataclasses.replace(s, date=None) for s in stops] if earlier else stops   # days): all of them
    return ([dataclasses.replace(meeting, participants=own + (meeting.place_state,))] if earlier else []) + stops


#: A leading clause of time that names where the traveller went before or after ("Before reaching Cuba, ").
_LEADING_TIME_CLAUSE = re.compile(r"(?:Before|After|On\s+(?:his|her|their)\s+way\s+(?:to|from))\s+(?:leaving|reaching|visiting|"
                                  r"arriving\s+in|returning\s+from|a\s+stop\s+in)\s+[^,;]{1,60},")
#: A journey to several states in a row, the list of its stops ("Rwanda, Tanzania, Ethiopia and Madagascar").
_STOPS = re.compile(r"\b(?:visited|toured|visits\s+to|trips?\s+to|(?:flew|travell?ed|went)\s+(?:on\s+)?to|(?:took|taken)\s+(?:him|her|them)\s+to|stopped\s+(?:off\s+)?in"
                    r"|took\s+in)\s+(?P<dest>(?:the\s+)?(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}"
                    r"(?:,\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]+(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w’'.-]+){0,3}){0,6},?"
                    r"\s+and\s+(?:then\s+)?(?:to\s+)?(?:the\s+)?(?-i:[A-Z])[\w’'.-]+(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w’'.-]+){0,3})")


def _each_place_in_turn(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'holding talks in Bamako and Ouagadougou with Mali's Goïta and Burkina Faso's Traoré': the places and
    the hosts in the same order, one meeting in each (each place the capital of its host)."""
    m = _PLACES_WITH.search(evidence.text)
    if not m:
        return []
    def states(group: str) -> list[Mention]:
        lo, hi = evidence.start + m.start(group), evidence.start + m.end(group)
        return [x for x in mentions if lo <= x.start < hi and x.agent.kind == "state"]
    places, hosts = states("places"), states("who")
    places = [x for x in places if x.how == "capital"]
    hosts = list({x.agent.key: x for x in hosts}.values())
    if len(places) != 2 or len(hosts) != 2 or [x.agent.key for x in places] != [x.agent.key for x in hosts]:
        return []
    own = tuple(p for p in meeting.participants if p.key not in {h.agent.key for h in hosts})
    if not own:
        return []
    return [dataclasses.replace(meeting, participants=own + (h.agent,), place=evidence.text[x.start - evidence.start:x.end - evidence.start],
                                place_state=h.agent) for x, h in zip(places, hosts)]


_PLACES_WITH = re.compile(r"\bin\s+(?P<places>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
                          r"\s+with\s+(?P<who>[^;]{4,160}?)(?=;|,\s+(?:where|when|before|after|and)\b|[.!?]?$)")
_WITH_ON = re.compile(r"\bwith\s+(?P<who>[^,;]{2,80}?)\s+(?P<when>on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      r"Sunday|[A-Z][a-z]+\s+\d{1,2})\b)")


def _each_day(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention], published) -> list[MeetingRecord]:
    """'held talks with Kim on Sunday evening and with Trump on Monday': one meeting per counterpart and day."""
    segments = list(_WITH_ON.finditer(evidence.text))
    if len(segments) != 2 or not re.match(r"[\w ]{0,12}?,?\s+and\s+$", evidence.text[segments[0].end():segments[1].start()]):
        return []
    sides = []
    for seg in segments:
        lo, hi = evidence.start + seg.start("who"), evidence.start + seg.end("who")
        states = {m.agent.key: m.agent for m in mentions if lo <= m.start < hi and m.agent.kind == "state"}
        when = find_dates(seg["when"], published)
        if len(states) != 1:
            return []
        sides.append((next(iter(states.values())), when[0].value if when else meeting.date))
    own = tuple(p for p in meeting.participants if p.key not in {s.key for s, _ in sides})
    if not own or sides[0][0].key == sides[1][0].key:
        return []
    return [dataclasses.replace(meeting, participants=own + (side,), date=date) for side, date in sides]


def _each_predicate(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention], published) -> list[MeetingRecord]:
    """'… held talks with South Korean officials in Seoul on Monday, met Japanese officials in Tokyo on Tuesday and is
    due to meet Chinese officials in Beijing on Wednesday': one subject, one predicate after another, each meeting
    another side on another day: one meeting each, and none for the one still to come."""
    verbs = list(_MEETING_PREDICATE.finditer(evidence.text))
    if len(verbs) < 2:
        return []
    legs = []
    for verb, after in zip(verbs, verbs[1:] + [None]):
        if after is not None and not _PREDICATE_JOIN.search(evidence.text, verb.end(), after.start()):
            return []   # not one predicate after another ("met X, who had visited Y")
        lo, hi = evidence.start + verb.end(), evidence.start + (after.start() if after else len(evidence.text))
        states = {m.agent.key: m.agent for m in mentions if lo <= m.start < hi and m.agent.kind == "state" and not m.place_only}
        when = find_dates(evidence.text[verb.end():hi - evidence.start], published)
        if len(states) != 1 or len(when) != 1:
            return []
        place = _IN_PLACE.search(evidence.text, verb.end(), hi - evidence.start)
        legs.append((next(iter(states.values())), when[0].value, place["place"] if place else None, bool(verb["aux"])))
    held = [leg for leg in legs if not leg[3]]
    sides = {side.key for side, *_ in legs}
    own = tuple(p for p in meeting.participants if p.key not in sides)
    if len(held) < 2 or len(sides) < len(legs) or len({date for _, date, _, _ in held}) < len(held) or not own:
        return []
    return [dataclasses.replace(meeting, participants=own + (side,), date=date, place=place or meeting.place, place_state=None)
            for side, date, place, _ in held]


#: A predicate that tells of meeting someone, perhaps still to come ("is due to meet").
_MEETING_PREDICATE = re.compile(r"\b(?P<aux>(?:is|are)\s+(?:due|expected|scheduled|set)\s+to\s+|will\s+|plans\s+to\s+)?"
                                r"(?:held\s+(?:[\w-]+\s+){0,3}?talks\s+with|met(?:\s+with)?|hold\s+talks\s+with|meet(?:\s+with)?)\s")
#: What joins one predicate to the next: a comma, "and", "then".
_PREDICATE_JOIN = re.compile(r"(?:,|,?\s+and)\s+(?:then\s+|later\s+|also\s+)?$")
_IN_PLACE = re.compile(r"\bin\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def _each_time(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention], dates: list) -> list[MeetingRecord]:
    """'met … in Istanbul in July and again in Geneva in late August', 'rounds followed in Vienna, in February
    and in May': the same sides met more than once, each time with its own place or date."""
    m = _AGAIN.search(evidence.text)
    if not m:
        return []
    first = [d for d in dates if d.end <= m.start("then")]
    second = [d for d in dates if m.start("then") <= d.start < m.end()] or \
        [d for d in dates if m.end() <= d.start < m.end() + 24 and _PLACE_ASIDE.fullmatch(evidence.text, m.end(), d.start)]
    # "… and at Mamallapuram, near Chennai, in October 2019": the place's own aside, then the date
    place = m["place"]
    if not (second or place) or (second and first and second[0].value == first[-1].value):
        return []
    where = [x.agent for x in mentions if x.agent.kind == "state" and place
             and evidence.start + m.start("place") <= x.start < evidence.start + m.end("place")]
    again = dataclasses.replace(meeting, place=place or meeting.place,
                                place_state=where[0] if where else (None if place else meeting.place_state),
                                date=second[0].value if second else meeting.date)
    earlier = dataclasses.replace(meeting, date=first[-1].value) if first else meeting
    return [earlier, again]


def _each_date_listed(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention], published) -> list[MeetingRecord]:
    """'talks were held in Ankara in July and August', 'the summits held in Pyongyang in 2000 and 2007', 'informal
    summits in Wuhan in 2018 and Mamallapuram in 2019': the same sides met once at each date listed (at the place
    named before the second date, if one is)."""
    listed = _DATES_LISTED.search(evidence.text) if meeting.date and not meeting.signing else None
    if not listed or not _PLURAL_MEETINGS.search(evidence.text, 0, listed.start()):
        return []   # "toured India in December 2012 and January 2013": one tour
    first = find_dates(listed["first"], published)
    second = find_dates("in " + listed["second"], published)
    if not first or not second or first[0].value == second[0].value or meeting.date != first[0].value:
        return []
    place = listed["place"]
    where = [x.agent for x in mentions if x.agent.kind == "state" and place
             and evidence.start + listed.start("place") <= x.start < evidence.start + listed.end("place")]
    return [meeting, dataclasses.replace(meeting, date=second[0].value, place=place or meeting.place,
                                         place_state=where[0] if where else (None if place else meeting.place_state))]


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
#: Meetings in the plural: "the summits held in …", "two rounds of talks".
_PLURAL_MEETINGS = re.compile(r"\b(?:summits|rounds|meetings|visits|sessions|encounters)\b")
#: A date in a list of two: "July", "late August", "March 5, 2019", "2007".
_LISTED_WHEN = rf"(?:(?:early|mid-|late)\s*)?{_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}}"
#: "in July and August", "in 2000 and 2007", "in Wuhan in 2018 and Mamallapuram in 2019": two dates, a place between.
_DATES_LISTED = re.compile(
    rf"\b(?P<first>(?:in|on)\s+(?:{_LISTED_WHEN}))\s*,?\s+and\s+(?:in\s+|on\s+)?"
    r"(?:(?P<place>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)\s+in\s+)?"
    rf"(?P<second>(?:{_LISTED_WHEN}))\b(?!\s+respectively|\s+[a-z]+ed\b)")


_PLACE_ASIDE = re.compile(r",\s+(?:near|outside|in)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:in|on)\s+")
#: "… and again in Geneva in late August", "…, in February and in May": a second time, its place or date.
_AGAIN = re.compile(rf"(?:,?\s+and\s+again\s+|,\s+in\s+(?=(?:early\s+|mid-|late\s+)?{_MONTH}[^.;]{{0,20}}?\s+and\s+in\s)"
                    rf"[^.;]{{0,30}}?\s+and\s+|(?<=\bin\s)(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+(?:in|on)\s+"
                    rf"(?=(?:early\s+|mid-|late\s+)?{_MONTH}|\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                    rf"[^,;.]{{3,25}}?\s+and\s+(?=(?:in|at)\s+(?-i:[A-Z])(?!{_MONTH})))(?P<then>in|at)\s+(?:(?!{_MONTH})(?P<place>(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?))?"
                    r"[^.;,]{0,40}")


#: A later step on the instrument just told of, in a clause of its own: "…, but Brasília pulled out of the joint
#: venture in 2015", "… and renewed it for another five years last October".
_THEN_UNDONE = re.compile(
    r"(?P<join>,?\s+(?:and|but)\s+)(?:(?P<subject>(?:[\w’'.-]+\s+){1,5}?))??(?:(?:later|then|also|formally|only|eventually|"
    r"finally|effectively|quietly|unilaterally)\s+)?(?P<verb>suspended|annulled|revoked|scrapped|terminated|abandoned|cancell?ed|"
    r"tore\s+up|ripped\s+up|pulled\s+out\s+of|withdrew\s+from|quit|voted\s+against\s+ratifying|rejected|"
    r"refused\s+to\s+ratify|ratified|renewed|extended|restored|revived|reinstated|shelved|dropped|froze|denounced|"
    r"abrogated|repudiated|walked\s+away\s+from|stopped\s+applying|declared(?=\s+(?:it|them|the\s+(?:[\w-]+\s+){0,3}?\w+)"
    r"\s+(?:null|void|invalid)\b))\s+"
    r"(?P<what>it|them|(?:the|that|this|those|these|its|their)\s+(?:[\w-]+\s+){0,3}?(?:treaty|treaties|agreements?|"
    r"deal|accord|pact|protocols?|memorand(?:um|a)|arrangements?|joint\s+venture|declaration|contract|compact|project|"
    r"scheme|plan))\b"
    r"(?P<rest>[^.;]{0,60})")
_RENEWING = re.compile(r"renewed|extended|restored|revived|reinstated")
#: A subject that only takes up the first clause's: "… and formally annulled", "…, and it later suspended".
_SAME_SUBJECT = re.compile(r"(?:it|they|then|later|also)\s+")


_PLACE_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
_MET_AND = re.compile(rf"\bmet\s+(?P<who1>[^,;]{{2,80}}?)\s+in\s+(?P<place1>{_PLACE_NAME})(?P<when1>\s+(?:on|in|last)\s+[\w ]{{3,20}}?)?"
                      rf",?\s+and\s+(?:then\s+)?(?!(?:is|are|was|will|would|also|later)\b)"   # not "… and is due to meet C in Z": a
                      rf"(?P<who2>[^,;]{{2,80}}?(?:,\s+[^,;]{{2,60}}?,)?)\s+in\s+(?P<place2>{_PLACE_NAME})"   # predicate of its own
                      rf"(?P<when2>\s+(?:on|in|last)\s+[\w ]{{3,20}}?)?(?:\s+(?:a|the|one|two|three)\s+days?\s+later|"
                      rf"\s+the\s+(?:next|following)\s+day)?(?=[,;.]|\s+(?:and|to|for|where|before|after)\b|$)")   # "… and
# Putin in St Petersburg a day later"


#: "held talks with Kim on Sunday and with Trump on Monday": one meeting with each, each on its day.
_DAY_WHEN = (r"\s+(?:on\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?|last\s+[a-z]+|"
             r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2}))")
_TALKS_WITH_EACH = re.compile(rf"\b(?:held\s+(?:\w+\s+){{0,2}}talks|met|conferred)\s+with\s+(?P<who1>[^,;]{{2,60}}?)"
                              rf"(?P<when1>{_DAY_WHEN}),?\s+and\s+(?:then\s+|later\s+)?with\s+"
                              rf"(?P<who2>[^,;.]{{2,60}}?)(?P<when2>{_DAY_WHEN})?(?=[,;.]|$)")
_APART_TALKS = re.compile(r"\bseparate\s+(?:bilateral\s+)?(?:talks|meetings)\s+with\s+(?P<who1>[^,;]{2,80}?)\s+and\s+"
                          r"(?:with\s+)?(?P<who2>[^,;.]{2,80}?)(?=[,;.]|$|\s+(?:on|in|at|before|after|during)\b)")


def _each_met(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention], published) -> list[MeetingRecord]:
    """'met Macron in Paris on Monday and Meloni in Rome on Tuesday', 'held separate talks with Albanese and
    with Sunak': one meeting per counterpart, each with its own place and date (each with its own day:
    `_each_day`)."""
    m = next(filter(None, (rx.search(evidence.text) for rx in (_MET_AND, _APART_TALKS, _TALKS_WITH_EACH))), None)
    if not m:
        return []
    sides = []
    for n in ("1", "2"):
        lo, hi = evidence.start + m.start("who" + n), evidence.start + m.end("who" + n)
        states = {x.agent.key: x.agent for x in mentions if lo <= x.start < hi and x.agent.kind == "state"}
        when = find_dates(m["when" + n], published) if m.groupdict().get("when" + n) else []
        if len(states) != 1:
            return []
        sides.append((next(iter(states.values())), m.groupdict().get("place" + n) or meeting.place,
                      when[0].value if when else meeting.date))
    own = tuple(p for p in meeting.participants if p.key not in {s.key for s, _, _ in sides})
    if not own or sides[0][0].key == sides[1][0].key:
        return []
    return [dataclasses.replace(meeting, participants=own + (side,), place=place, place_state=None, date=date)
            for side, place, date in sides]


def _each_separately(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'held talks with Japan's prime minister, and separately met South Korean President Yoon', 'held talks with Kerry
    in The Hague on Monday and also met Ukraine's foreign minister': the subject met each apart, one meeting each."""
    m = _SEPARATELY.search(evidence.text)
    if not m or len(meeting.participants) < 3:
        return []
    cut = evidence.start + m.start()
    teller = _TELLER_AT_END.search(evidence.text, m.end())   # "…, the Russian Foreign Ministry said": who tells, no side
    stop = evidence.start + (teller.start() if teller else len(evidence.text))
    keys = {p.key for p in meeting.participants}
    first = {x.agent.key for x in mentions if x.agent.kind == "state" and x.start < cut and x.agent.key in keys}
    later = {x.agent.key for x in mentions if x.agent.kind == "state" and cut <= x.start < stop and x.agent.key in keys}
    own = [p for p in meeting.participants if p.key in first and p.key not in later
           and any(x.agent.key == p.key and x.start < evidence.start + _first_trigger_at(evidence.text) for x in mentions)]
    one = [p for p in meeting.participants if p.key in first and p not in own and p.key not in later]
    other = [p for p in meeting.participants if p.key in later and p.key not in first]
    if len(own) != 1 or not one or not other:
        return []
    return [dataclasses.replace(meeting, participants=tuple(own + side)) for side in (one, other)]


#: "met Bessent and He separately", "met separately with A and B": the list of those met one at a time.
_MET_APART = re.compile(r"\bmet\s+(?:(?P<list>[^;]{3,120}?)\s+separately\b|separately\s+with\s+(?P<after>[^;]{3,120}?)"
                        r"(?=\s+(?:in|at|on|before|after|during)\b|[,.;]|$))")


def _each_met_apart(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'Keller-Sutter met Bessent and He separately in Geneva': the one named before met each of the list, one
    meeting each."""
    m, listed = _met_apart(evidence, mentions) if len(meeting.participants) >= 3 else (None, set())
    return _one_with_each(meeting, mentions, evidence.start + m.start(), listed) if m else []


def _met_apart(evidence: Evidence, mentions: list[Mention]) -> tuple[re.Match | None, set[str]]:
    """The 'met A and B separately' of the sentence and the keys of those it lists."""
    m = _MET_APART.search(evidence.text)
    if not m:
        return None, set()
    group = "list" if m["list"] else "after"
    lo, hi = evidence.start + m.start(group), evidence.start + m.end(group)
    return m, {x.agent.key for x in mentions if lo <= x.start < hi}


def _named_after(participants: list[Agent], evidence: Evidence, mentions: list[Mention], end: int) -> list[Agent]:
    """The participants named as sides after ``end`` (no capital or place there), if two or more are."""
    after = {m.agent.key for m in mentions if m.agent.kind == "state" and m.how != "capital" and not m.place_only
             and end <= m.start - evidence.start}
    return [p for p in participants if p.key in after] if len(after) >= 2 else participants


def _only_those_met_apart(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> bool:
    """Are the meeting's sides only those someone met one at a time ("met A and B separately"), no state of
    the one who met them?"""
    if len(meeting.participants) != 2:
        return False
    m, listed = _met_apart(evidence, mentions)
    return bool(m) and all(p.key in listed for p in meeting.participants)


def _each_separate_meeting(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention]) -> list[MeetingRecord]:
    """'Modi held separate meetings with Barbados Prime Minister Mia Mottley, Dominica Prime Minister Roosevelt
    Skerrit and Suriname President Chandrikapersad Santokhi', 'Xi received Moon and then Abe in separate meetings':
    the subject met each of the list, one meeting each."""
    m = _SEPARATE_MEETINGS.search(evidence.text)
    if not m or len(meeting.participants) < 3:
        return []
    return _one_with_each(meeting, mentions, evidence.start + m.start())


def _one_with_each(meeting: MeetingRecord, mentions: list[Mention], cut: int,
                   listed: set[str] | None = None) -> list[MeetingRecord]:
    """The one side named before ``cut`` met each of the others (those of ``listed``, if given), one meeting each;
    none unless one side and two others are found."""
    before = {x.agent.key for x in mentions if x.start < cut and not x.place_only}   # not "Since arriving in Bangkok"
    own = [p for p in meeting.participants if p.key in before and not (listed and p.key in listed)]
    others = [p for p in meeting.participants if p.key not in before and (listed is None or p.key in listed)]
    if len(own) != 1 or len(others) < 2:
        return []
    return [dataclasses.replace(meeting, participants=(own[0], other)) for other in others]


_SEPARATE_MEETINGS = re.compile(r"\b(?:held|had)\s+separate\s+(?:bilateral\s+)?(?:meetings|talks)\s+"
                                r"(?:(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s+|on\s+[A-Z][a-z]+\s+){0,2}with\b"
                                r"|\b(?:met|received|hosted)\b(?=[^.;]{0,120}?\bin\s+separate\s+(?:bilateral\s+)?(?:meetings|talks|sessions)\b)")


def _first_trigger_at(text: str) -> int:
    m = _MEETING_WORD.search(text)
    return m.start() if m else len(text)


#: A second meeting of the same subject with another: ", and separately met …", "and also met …", "and later held talks with".
_SEPARATELY = re.compile(r",?\s+and\s+(?:(?:then|later|also|separately)\s+){0,2}(?:met|held\s+(?:separate\s+)?talks\s+with|"
                         r"received)\b")
_MEETING_WORD = re.compile(r"\b(?:met|meets|held\s+(?:\w+\s+){0,2}talks|talks|received|hosted)\b")


def _visitor_and_host(evidence: Evidence, mentions: list[Mention], at: int, reference: str) -> list[Agent]:
    """'the two governments' in a sentence that names one leader of one state in the capital of another
    before the trigger: the visitor's state and the host."""
    before = evidence.start + at
    venue = _venue([m for m in mentions if m.start < before])   # "… in Algiers for a summit at which the two
    if venue is None or "two" not in reference:                 # governments signed": not "signed in Washington"
        return []
    visitors = {m.agent.key: m.agent for m in mentions if m.how == "person" and m.agent.kind == "state"
                and m.start < before and m.agent.key != venue.key}
    others = {m.agent.key for m in mentions if m.agent.kind == "state" and not m.place_only and m.how != "person"
              and m.agent.key not in visitors and m.agent.key != venue.key}
    return [next(iter(visitors.values())), venue] if len(visitors) == 1 and not others else []


#: "…, the first since the three met in Chengdu in December 2019": an earlier meeting, told in a clause of its own.
_SINCE_MET = re.compile(r"\bsince\s+(?=(?:the\s+(?:two|three|four|five|six|seven|leaders)(?:\s+[a-z]+)?|they|both)\s+"
                        r"(?:last\s+|first\s+)?met\b)")
def _adjacent_subject(evidence: Evidence, mentions: list[Mention], found: Found) -> list[Agent]:
    """'…, but Ethiopia boycotted the talks and Sudan declined to sign': the states named right before the
    verb (and those coordinated with them), when a clause of its own begins before them."""
    chain = _coordinated_before(evidence, [m for m in mentions if m.agent.kind == "state" and m.how in ("name", "capital")
                                           and not m.place_only], found.start)
    if not chain:
        return []
    before = evidence.text[:chain[-1].start - evidence.start]
    return _union([], [m.agent for m in reversed(chain)]) if _NEW_CLAUSE_END.search(before) else []


def _coordinated_before(evidence: Evidence, mentions: list[Mention], at: int) -> list[Mention]:
    """The mentions named one after another ("A, B and C") of which the last stands right before the verb at
    ``at`` (an offset in the sentence), nearest first."""
    chain: list[Mention] = []
    for m in sorted((m for m in mentions if m.end <= evidence.start + at), key=lambda m: -m.end):
        gap = (_LIST_GAP if chain else _ADJACENT).fullmatch(
            evidence.text, m.end - evidence.start, (chain[-1].start - evidence.start) if chain else at)
        if not gap:
            break
        chain.append(m)
    return chain


_ADJACENT = re.compile(r"\s+(?:(?:also|then|later|again|too|itself)\s+)?")
#: Between the states of a list: "Niger, Mali and Burkina Faso", "Britain, France, and the United States".
_LIST_GAP = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?")
#: Text that ends where a clause begins: "…, but", "… and", "; ".
_NEW_CLAUSE_END = re.compile(r"(?:[,;]\s*(?:but|and|while|whereas)?|\b(?:but|and|while|whereas))\s+(?:the\s+)?$")
#: An instrument that hands something to a state: "a treaty … handing sovereignty over the islands to Mauritius".
_HANDING_TO = re.compile(r"[^.;:]{0,60}?\b(?:handing|giving|transferring|ceding|returning|granting)\b[^.;:]{0,80}?\bto\s+(?:the\s+)?")
#: "… notified Beijing that it is leaving": 'it' opens a clause told by the sentence's subject.
_OFFICIALS_OF = re.compile(r"(?:the\s+)?(?:(?:first|then|former|late|respective)\s+)?(?:leaders|presidents|prime\s+ministers|"
                           r"foreign\s+ministers|ministers|heads\s+of\s+(?:state|government)|representatives|envoys)\s+of\s+")
_JOINED_IN = re.compile(r"joined\s+(?:[\w.’'-]+,?\s+){1,12}?in\s+(?:signing|agreeing)\b")
#: Two or more states as one subject right before a signing verb: "The United States and Russia signed".
_STATES_SIGNED = re.compile(r"(?:^|,\s+|\b(?:that|which|when|where)\s+)(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
                            r"(?:,\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)*,?\s+and\s+(?:the\s+)?[A-Z][\w.’'-]*"
                            r"(?:\s+[A-Z][\w.’'-]*)*\s+(?:(?:also|then|later|jointly)\s+)?signed\b")
#: A state named in a compound adjective that says what it gave, not where it was ("a U.S.-backed pact").
_QUALIFYING = re.compile(r"-(?:backed|funded|financed|built|made|designed|supplied|armed|trained|drafted)\b")
#: "US-led", "Saudi-backed", "Qatari-brokered": a state that leads or backs what follows, not one that acts.
_LED_BY = re.compile(r"-(?:led|backed|brokered|sponsored|funded)\b")
_SAID_THEY = re.compile(r"\b(?:said|say|says|announced|confirmed|stated|declared|revealed|disclosed)\b[^;.]{0,60}?\s+that\s+they\b")
_SIGNED_WITH = re.compile(r"(?:signed|concluded|reached|struck)\s+with\s")
#: "A and B used the summit to hold a bilateral meeting, at which they agreed …": they are the sentence's subject.
_WHICH_THEY = re.compile(r",\s+(?:(?:at|during|after|in)\s+which|where|when)\s+they\b")
#: A coordinate clause whose subject is "they", after its date: "in 2005 they agreed", "a decade later they also signed".
_THEY_OPEN = re.compile(r"\s*(?:(?:in|on|by|later|then|a|one|two|three|four|five|six|seven|eight|nine|ten|the\s+(?:following|"
                        r"next|same))\b[^,;.]{0,40}?,?\s+)?they(?:\s+(?:also|then|later|had|have|would|finally|formally|"
                        r"jointly|again)){0,2}\s*")
_SAID_IT = re.compile(r"\b(?:said|says|announced|stated|confirmed)\b[^,;.]{0,40}?\s+(?:that\s+)?it\s+(?:had|has|would|will|was)?\b")
_THAT_IT = re.compile(r"\bthat\s+it\b|\b(?:told|informed|notified|assured|warned)\b[^,;.]{1,60}?\s+it\b")
#: "… signed by the two countries", "… approved by EU governments": who acts on the instrument ("the" aside).
_BY_AFTER = re.compile(r"(?P<by>\s+by\s+)(?:the\s+)?")
#: "the deal signed by …": the trigger a bare participle right after its noun (`Extractor._signed_by_after_noun`).
_SIGNED_PARTICIPLE = re.compile(r"(?:signed|concluded|initialled|initialed|inked)\b")
_BY_AFTER_WHERE = re.compile(r"(?:\s+(?:in|at|on)\s+(?:[A-Z][\w’'-]*|\d+)(?:\s+[A-Z0-9][\w’'-]*){0,2},?|\s+(?:19|20)\d{2},?|"
                             r"\s+(?:last|this)\s+(?:year|month|week),?)*(?P<by>\s+by\s+)(?:the\s+)?")
#: "signed in December 2008", "signed in 1996": a signing dated by its year.
_IN_A_PAST_YEAR = re.compile(r"\s+in\s+(?:(?:early|late|mid-)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}\b")
#: Where the list of who signed ends ("by George W. Bush and Vladimir Putin in May 2002": not at an initial's point,
#: nor at an aside's comma: "by Erdoğan, then prime minister, and Aliyev").
#: "by Iran with the United States, …": the signer's counterparts after 'with'.
_BY_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?=[A-Z])")
_BY_LIST_END = re.compile(r",(?!\s+(?:then|now|at\s+the\s+time)\s+[^,;]{1,40},)|[;:]|(?<!\b[A-Z])\.|\s[–—]\s|"
                          r"\s(?:in|on|at|to|which|that|who|after|before|during|under|for)\s")
#: After a demonym, who acts for the state ("by the Egyptian president"), not a company ("the Egyptian Electricity …").
_DEMONYM_OFFICIAL = re.compile(r"\s+(?:(?:then|former|acting|new)\s+)?(?:president|prime\s+minister|premier|government|foreign\s+minister|"
                               r"minister|ambassador|leader|king|emir|chancellor|authorities|officials|delegation|envoy|counterpart)s?\b", re.I)
#: A passive's auxiliary right before the participle ("… was concluded", "had been signed").
_PASSIVE_AUX = re.compile(r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:formally|finally|eventually|later|also)\s+)?$")
#: "… by Iran and six powers:": a group the colon then lists, to the end of the list.
_GROUP_NOUN_END = re.compile(r"\b(?:powers|countries|states|nations|governments|members)\s*$")
_COLON_LIST_END = re.compile(r"[;.]|\s(?:in|on|at|to|which|that|who|after|before|during|under|for)\s|,\s+(?:and\s+)?(?:which|who)\b")
#: A state leaving an instrument: the counterpart named after 'with' did not leave it.
_WITHDRAWING = re.compile(r"(?:pull(?:ed|s|ing)?|took|takes|taking)\s+(?P<what>(?:[\w.]+\s+){1,3})out\s+of\b|"
                          r"(?:pulled|pulls|pulling)\s+out\s+of\b|withdr[ae]w(?:ing|s)?\s+from\b|quit(?:s|ting)?\b|leav(?:e|es|ing)\b|left\b|"
                          r"exit(?:s|ed|ing)?\b|walked\s+away\s+from\b|ruled\s+out\b")
#: "… withdrew from its agreement with Brazil": an instrument of the leaver's own with another state (samples/README).
_OWN_INSTRUMENT_WITH = re.compile(r"\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|accord|deal|pact|treaty|"
                                  r"arrangement|memorandum|partnership|contract)s?\s+with\b")
#: A trigger of mediation ("brokered a deal", "the plan that X brokered") followed by "between" and the sides.
_BROKERED_END = re.compile(r"\bbrokered\s+(?:(?:an?|the)\s+[^.;]*)?$")
_INITIAL_END = re.compile(r"(?:^|[\s.])[A-Z]\.$")   # "Washington, D.C.": the period belongs to the name
#: ", and Starmer presented …": another clause after a 'with' phrase (not ", and with B").
_CLAUSE_AFTER = re.compile(r",\s+(?:and|but|while)\s+(?!with\b)")


def _only_city_state(state: Agent, evidence: Evidence, mentions: list[Mention]) -> bool:
    """Is the state named in the sentence only after a city it holds ("in Lausanne, Switzerland")?"""
    own = [m for m in mentions if m.agent.key == state.key and evidence.start <= m.start < evidence.end]
    cities = [_AFTER_CITY.search(evidence.text, max(0, m.start - evidence.start - 40), m.start - evidence.start)
              for m in own if m.how == "name"]
    elsewhere = {evidence.text[m.start - evidence.start:m.end - evidence.start] for m in mentions   # "in Quito, Colombia
                 if m.how == "capital" and m.agent.key != state.key}                              # signed": no city of it
    return len(cities) == len(own) > 0 and all(c and c["city"] not in CALENDAR_WORDS and c["city"] not in elsewhere
                                                for c in cities)


_AS_WITNESSES = re.compile(r"\s+(?:the|an?|that|it)\s+(?:[\w-]+\s+){0,3}?(?:(?:accord|agreement|treaty|deal|declaration|document|"
                           r"text)\s+)?as\s+(?:witnesses|guarantors|observers|mediators)\b")
#: A legislature approving an instrument acts for its state alone: "Greek lawmakers on Friday approved the Prespa Agreement".
_LEGISLATORS = re.compile(r"\b(?:lawmakers|legislators|deputies|parliament|Parliament|senators|Senate|Congress|congress|"
                          r"National Assembly|MPs|Duma|Knesset|Rada)\b")
_APPROVED = re.compile(r"approved\b")
#: An item of a list whose subject is the line before it ("- agreed to speed up negotiations …").
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·]\s+)?[a-z]")


def _pair_before(evidence: Evidence, mentions: list[Mention], trigger: re.Match) -> list[Agent]:
    """'A and B met …': the two named right before the verb (not 'met with C', not the end of a longer list)."""
    if re.match(r"\s+(?:with\b|(?:the\s+)?[A-Z]|his\b|her\b|their\b)", evidence.text[trigger.end():]):
        return []   # "met with C", "met President Joe Biden": more than the two
    chain = _coordinated_before(evidence, [m for m in mentions if m.agent.kind == "state"], trigger.start())
    if len(chain) != 2 or chain[0].agent.key == chain[1].agent.key:
        return []
    last, first = chain
    joined = re.fullmatch(r"\s+and\s+", evidence.text[first.end - evidence.start:last.start - evidence.start])
    return [first.agent, last.agent] if joined else []


def _listed_states(text: str, mentions: list[Mention]) -> list[list[Agent]]:
    """The lists of three or more states a sentence names one after another ("Niger, Mali and Burkina Faso")."""
    named = [m for m in mentions if m.agent.kind == "state" and m.how in ("name", "capital") and not m.place_only]
    return [_union([], [m.agent for m in run]) for run in _runs(text, named) if len({m.agent.key for m in run}) >= 3]


def _runs(text: str, mentions: list[Mention], offset: int = 0) -> list[list[Mention]]:
    """The mentions in the order of the text, cut into runs named one after another ("A, B and C"): each run's
    mentions joined by `_LIST_GAP` (``offset``: where ``text`` begins in the article)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    runs, current = [], ordered[:1]
    for before, m in zip(ordered, ordered[1:]):
        if _LIST_GAP.fullmatch(text, before.end - offset, m.start - offset):
            current.append(m)
            continue
        runs.append(current)
        current = [m]
    return runs + [current] if current else runs



def _only_host(state: Agent, evidence: Evidence, mentions: list[Mention]) -> bool:
    """Is the state named in the sentence only as the host, the venue or a later stop of a meeting of others
    ("met at the U.S. Treasury", "hosted by Singapore", "with Turkish Foreign Minister Hakan Fidan opening the
    session", "before continuing to Honduras")?"""
    own = [m for m in mentions if m.agent.key == state.key and evidence.start <= m.start < evidence.end]
    def hosting(m: Mention) -> bool:
        before = evidence.text[max(0, m.start - evidence.start - 60):m.start - evidence.start]
        return bool(_HOST_BEFORE.search(before) or (_WITH_END.search(before)
                                                    and _HOST_AFTER.match(evidence.text, m.end - evidence.start)))
    return bool(own) and all(hosting(m) for m in own)


_HOST_BEFORE = re.compile(r"(?:\b(?:hosted\s+by|at\s+the\s+invitation\s+of|met\s+at|held\s+at|gathered\s+at|"
                          r"(?:continuing|travell?ing|flying|heading|going)\s+(?:on\s+)?to(?:\s+(?-i:[A-Z])[\w’'.-]*(?:,|\s+and))*)\s+(?:the\s+)?)$")
_WITH_END = re.compile(r"\bwith\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){0,5}$")
_HOST_AFTER = re.compile(r"(?:[’']s)?(?:\s+(?-i:[A-Z])[\w’'.-]*){0,5}\s+(?:opening|chairing|hosting|presiding\s+over|"
                         r"welcoming)\b")
_AFTER_CITY = re.compile(r"\b(?:in|at|near)\s+(?P<city>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|(?:el|al|es|de|del|da|do|dos|la|le)"
                         r"(?:-[A-Z][\w’'-]*)?)){0,2}),\s*$")   # "in Sharm el-Sheikh, Egypt", "Dar es Salaam, Tanzania"


def _host_of_signing(evidence: Evidence, mentions: list[Mention], found: Found, party: Agent, context: Context) -> list[Agent]:
    """'In May 2015, Minister Nitin Gadkari signed a memorandum in Tehran': an instrument one state signed in the
    capital of another, which the sentence names no more, is with that state (not a mediator's, nor a seat of
    organizations where states meet to sign)."""
    m = _IN_CAPITAL_AFTER.match(evidence.text, found.end)
    at = evidence.start + m.end() if m else -1
    host = next((x.agent for x in mentions if x.start == at and x.how == "capital" and x.agent.kind == "state"), None)
    if host is None or host.key == party.key or host.key in context.mediators \
            or evidence.text[m.end():m.end() + 30].split(" ")[0].strip(",.;") in _MEETING_PLACES:
        return []
    others = {x.agent.key for x in mentions if x.agent.kind == "state" and x.start != at} - {party.key}
    return [host] if not others else []


#: After the verb, its object, then the capital it was signed in: "signed a memorandum of understanding in Tehran".
_IN_CAPITAL_AFTER = re.compile(r"(?:\s+(?:an?|the|two|three|several|its|their)\s+(?:[\w-]+\s+){0,6}?(?:agreements?|deals?|"
                               r"accords?|pacts?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|protocols?|contracts?)"
                               r"(?:\s+of\s+understanding)?)?(?:\s+on\s+[a-z][^,;.]{0,40}?)?\s+in\s+")
#: Capitals where states meet to sign what they agree between themselves, hosted by no party.
_MEETING_PLACES = {"Vienna", "Geneva", "Brussels", "Addis", "Doha", "Pretoria", "Nairobi", "Jakarta", "Astana"}


def _venue(mentions: list[Mention]) -> Agent | None:
    """The state whose capital the sentence names as a place ("at their summit in Niamey")."""
    return next((m.agent for m in mentions if m.place_only and m.how == "capital" and m.agent.kind == "state"), None)


_BETWEEN_THEM = re.compile(r"\s*(?:[\w-]+\s+){0,4}?between\s+(?:(?:[a-z][\w-]*,?\s+){1,6}?of\s+)?"   # "between ministries,
                           r"(?P<ref>(?:the\s+two|both)\s+(?:countries|nations|states|"         # sectors and localities of
                           r"governments|neighbou?rs|sides|allies|rivals))\b")                  # the two countries"
#: "hosts Australia's centre under a memorandum signed in 2021": the instrument one state acts under, with
#: the other state the sentence names.
_UNDER_PAST = re.compile(r"\b[Uu]nder\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:agreements?|memorand(?:um|a)(?:\s+of\s+"
                         r"understanding)?|treaty|accord|pact|deal|arrangement|protocol)\s+(?:signed|concluded|agreed|reached)\b"
                         r"|\bunder\s+(?:a|the)\s+(?:19|20)\d{2}\s+")   # "recognised as Sri Lankan under a 1974 agreement"


def _the_other_state(state: Agent, evidence: Evidence, mentions: list[Mention], attribution) -> list[Agent]:
    """The one other state the sentence names, if it names exactly one."""
    others = {m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and m.agent.key != state.key
              and not m.place_only and evidence.start <= m.start < evidence.end
              and not (attribution and attribution.start <= m.start < attribution.end)}
    return list(others.values()) if len(others) == 1 else []


#: An armed group told of by its kind, a side of a state's signing: "the two rebel movements", "with the rebels".
_ARMED_SIDE = re.compile(r"\b(?:and|with)\s+(?:the\s+)?(?:(?:two|three|four|main|armed|[A-Z][\w-]+)\s+)*(?:rebel\s+(?:movements?|groups?|"
                         r"factions?|forces|alliance)|rebels|insurgents|insurgent\s+groups?|militias?|guerrillas?|armed\s+groups?|"
                         r"separatists|separatist\s+(?:groups?|movements?))\b")
#: A bloc told of by its kind ("the bloc", "the union"): its counterpart state is the one party we can name.
_BLOC_SUBJECT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:bloc|union|alliance|grouping)\s+(?:(?:has|had|also|then|later)\s+)*$")


def _days_apart(one: str, other: str) -> int:
    return abs((dt.date.fromisoformat(one) - dt.date.fromisoformat(other)).days)


def _same_place(one: MeetingRecord, other: MeetingRecord) -> bool:
    """Could the two be told of one meeting: not talks held in two different states?"""
    if one.signing or other.signing or not (one.place_state and other.place_state):
        return True
    return one.place_state.key == other.place_state.key


#: An action agreed on a thing named with "the" at the end of the sentence: "had agreed to create the group".
_AGREED_TO_THE = re.compile(r"\bagreed\s+to\s+(?:[a-z]+\s+){1,2}?the\s+(?P<noun>[a-z]{4,})\s*[.;]?$")
_ANOTHER = re.compile(r"\b(?:a|an|another|a second|a separate)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|pact|treaty|"
                      r"memorandum|protocol|contract)\b")


def _topic_words(topic: str) -> set[str]:
    """What a topic says of its instrument beyond the kind of instrument ("agreement on a unified military base": unified,
    military, base)."""
    return set(re.findall(r"[a-z]+", topic.lower())) - _TOPIC_FILLER


#: A topic told by what the instrument is about, after a noun in lower case ("agreement on a unified military base").
_QUALIFIED_TOPIC = re.compile(r"(?:[a-z][\w-]*\s+){0,3}?(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|memorand(?:um|a|ums)|"
                              r"protocols?|contracts?|declarations?)\s+(?:on|over|for|concerning|regarding|covering)\s+"
                              r"(?!(?:the\s+)?(?:sidelines|margins|shore|shores|eve|occasion|day|night|morning|afternoon|evening|"
                              r"behalf|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|"
                              r"November|December|\d)\b)(?P<what>.+)")   # not "signed the accord on the shore of Lake Prespa"
_TOPIC_FILLER = frozenset("""a an the their its new on of for over in to and with between agreement agreements deal deals
accord accords pact pacts treaty treaties memorandum memorandums memoranda understanding protocol protocols contract
contracts declaration declarations document documents unspecified""".split())


def _named_pair(text: str, mentions: list[Mention], acting: list[Agent]) -> list[Agent]:
    """The state that acts in a sentence and one it names as an owner ("the United States is responsible for Palau's
    defence"): a pair "the two governments" may stand for next (none when the sentence names more states)."""
    if len(acting) != 1:
        return []
    named = {m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and not m.place_only and m.how == "name"}
    owners = {m.agent.key for m in mentions if m.agent.kind == "state" and m.how == "name" and _OWNER_AFTER.match(text, m.end)}
    return list(named.values()) if len(named) == 2 and acting[0].key in named and owners - {acting[0].key} else []


#: A possessive after a state's name: "Palau's".
_OWNER_AFTER = re.compile(r"[’']s\s")


def _same_as_before(record: AgreementRecord, text: str, previous: list[AgreementRecord]) -> AgreementRecord:
    """'… signed the deal at a ceremony': a definite mention of an agreement the article already
    reported between the same states is that agreement (one node, one more supporting claim)."""
    action = _AGREED_TO_THE.search(text) if record.status == "agreed" else None
    if action:   # "… had agreed to create the group": the group they agreed to set up, told before
        keys = {p.key for p in record.parties}
        for earlier in reversed(previous):
            if earlier.status == "agreed" and {p.key for p in earlier.parties} == keys \
                    and action["noun"] in re.findall(r"[a-z]+", earlier.topic.lower()) \
                    and (record.date is None or earlier.date is None or record.date == earlier.date):
                return dataclasses.replace(record, topic=earlier.topic, date=earlier.date or record.date, parties=earlier.parties)
    trigger = re.search(r"\b(?:signed|inked|concluded|sealed|agreed|initialled|put\s+(?:their|its|his|her)\s+"
                        r"(?:names?|signatures?)\s+to)\b", text)
    passive = bool(trigger and _PASSIVE_DEFINITE.match(text[:trigger.start()]))   # "The pact was signed in …"
    if not trigger or not (passive or _DEFINITE.match(text, trigger.end())) or _ANOTHER.search(text, trigger.end()) \
            or _ALSO_BEFORE_VERB.search(text, 0, trigger.start()):
        return record   # "signed the pact …, together with an agreement that …", "also signed": a second one is news
    named = _NAMED_INSTRUMENT_AFTER.match(text, trigger.end())   # "signed the Agreement on the Demarcation of …"
    keys = {p.key for p in record.parties}
    qualified = _QUALIFIED_TOPIC.match(record.topic)
    own = _topic_words(qualified["what"]) if qualified else set()
    for earlier in reversed(previous):
        if named and earlier.topic[:1].isupper() and not _same_name(named["name"], earlier.topic):
            continue   # another instrument, by its name (not one told before as "a security treaty")
        if len(own & _topic_words(earlier.topic)) * 2 < len(own):
            continue   # "signed the agreement on a unified Russian military base": that one, not the debt agreement
        if {p.key for p in earlier.parties} == keys and earlier.status == record.status \
                and (record.date is None or earlier.date is None or record.date.startswith(earlier.date)
                     or earlier.date.startswith(record.date)):
            return dataclasses.replace(record, topic=earlier.topic, date=earlier.date or record.date,
                                       parties=earlier.parties)
    return record


#: A clause joined after the first meeting's, which may tell another: ", and", "; ", ", followed by".
_THEN_JOINED = re.compile(r",?\s+and\s+|;\s+|,\s+(?:followed\s+by|then)\b|"
                          r",\s+(?:[\w-]+\s+){0,3}?(?P<time>before|after|following)\b")
#: "again": a second time, however joined ("…, and again when Obama visited Seoul").
_AGAIN_WORD = re.compile(r"\bagain\b")
#: A meeting named as where something was done: "… at a high-level meeting in the Moroccan capital".
_AT_OCCASION = re.compile(r"\b(?:at|during)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}$")
#: Words that tie what follows to the same occasion: "…, where he and Xi held talks", "with whom he held talks".
_SAME_OCCASION = re.compile(r"\b(?:where|when|whom|during|at\s+which|in\s+which)\b")
#: A trigger that tells an act of meeting, not a noun that only names one ("announced the summit").
_VERBAL_TRIGGER = re.compile(r"(?i)(?:met|meet|meets|held|hold|holds|visited|visits|travell?ed|flew|went|came|returned|"
                             r"received|hosted|attended)\b")
#: A person's trip or visit: "continued with Kishida's " (before "trip to Seoul").
_PERSONS_TRIP = re.compile(r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]+[’']s\s+"
                           r"(?:(?:first|second|third|own|return|state|official)\s+)?$")
#: A meeting named by a noun, which may be a sentence's subject.
_NOUN_TRIGGER = re.compile(r"(?i)(?:meeting|summit|talks|visit|trip|conference)")
#: What befalls the subject meeting: "… has been put off", "… was postponed".
_CALLED_OFF_LATER = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:(?:since|now|also)\s+)?(?:been\s+)?(?:put\s+off|postponed|"
                               r"cancell?ed|called\s+off|scrapped|shelved|delayed|suspended)\b")
#: What is on the eve of a meeting has not met yet: "came on the eve of a new round of" (before "talks").
_ON_THE_EVE = re.compile(r"\bon\s+the\s+eve\s+of\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,5}?$", re.I)
#: A relative clause opening: ", which", ", whose", ", who".
_RELATIVE_OPENS = re.compile(r",\s+(?:which|whose|who|whom)\b")
#: "and" right before: a conjunct ("…, which took effect on May 31, and " before "with India").
_AND_BEFORE = re.compile(r"\band\s+$")
#: An agreement told as what those who met did there: "…, where they signed", "…, at which the leaders agreed".
_WHERE_THEY = re.compile(r",\s+(?:where|at\s+which|during\s+which)\s+(?:they|the\s+(?:leaders|presidents|ministers|"
                         r"delegations))\b")
#: A hedge over all that follows, however firm its verbs: "It was not immediately clear whether the two sides intend
#: to sign a new document or to bring into force the agreement concluded in 2020"; "Sudan has no parliament to ratify it".
_HEDGE_OVER = re.compile(r"\b(?:(?:not|never)\s+(?:immediately\s+|yet\s+|entirely\s+)?clear|unclear)\s+(?:whether|if|when)\b|"
                         r"\bno\s+such\s+(?:treaty|agreement|deal|accord|pact|document)\b|"   # "no such treaty was ever concluded"
                         r"\bno\s+(?:[\w-]+\s+){0,2}?(?:parliament|legislature|assembly|government)\s+(?:able\s+)?to\s+"
                         r"(?:ratify|approve|sign)\b", re.I)
_ALSO_BEFORE_VERB = re.compile(r"\balso\s+(?:(?:formally|jointly)\s+)?$")
#: An instrument by its name: "the Agreement on the Demarcation of the State Border", "the Treaty of Lausanne".
_NAMED_INSTRUMENT_AFTER = re.compile(r"\s+the\s+(?P<name>(?:[A-Z][\w’'-]*\s+){0,3}?(?:Agreement|Treaty|Accord|Pact|Declaration|"
                                     r"Memorandum|Protocol|Convention|Charter)\s+(?:on|of|for|between)\s+(?:the\s+)?[A-Z][\w’'-]*)")


def _same_name(name: str, topic: str) -> bool:
    """Does an earlier agreement's topic name the instrument ``name`` names (its first words)?"""
    words = lambda t: re.sub(r"\bthe\b", " ", t.lower()).split()
    one, other = words(name), words(topic)
    return one == other[:len(one)] or other == one[:len(other)]


_GAP = re.compile(r"(?:,\s+|\s+)(?:as\s+did|and(?:\s+so\s+did)?)\s+(?P<who>(?:the\s+)?[A-Z][^,;:()]{0,80}?)"
                  r"(?:\s+(?:followed(?:\s+suit)?|did\s+(?:so|the\s+same)))?"   # "and B followed in 2020"
                  r"(?:\s+(?P<when>in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2}|(?:last|this)\s+year)\b|(?=\s*[,;.]|$))")
_GAP_FILLER = re.compile(r"^(?:[\s,]|\band\b|\bthe\b)*$")


def _gapped(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention], published) -> list[AgreementRecord]:
    """'Qatar left the group in 2019 and Ecuador in 2020', 'X established relations with China in 2021, as
    did Panama in 2017 and El Salvador and the Dominican Republic in 2018': a clause without its verb tells
    of the same agreement for other states, each its own, with its own date (the subject changes, the
    counterpart stays)."""
    out, chain = [], -1
    for gap in _GAP.finditer(evidence.text):
        as_did = gap.group().lstrip(", ").startswith("as") or gap.start() == chain   # "as did A in 2017 and B in 2018"
        if not gap["when"] and not as_did:
            continue   # "and X" alone is no gap; "and X in 2020" or "as did X" is
        lo, hi = evidence.start + gap.start("who"), evidence.start + gap.end("who")
        named = [m for m in mentions if lo <= m.start < hi]
        rest = evidence.text[gap.start("who"):gap.end("who")]
        for m in sorted(named, key=lambda m: -m.start):
            rest = rest[:m.start - lo] + " " + rest[m.end - lo:]
        states = list({m.agent.key: m.agent for m in named if m.agent.kind == "state"}.values())
        if not states or not _GAP_FILLER.match(rest):
            continue
        record = _gap_owner(records, evidence, mentions, lo)
        if record is None or (sum(p.kind == "state" for p in record.parties) > 1 and not as_did):
            continue   # "Ghana signed with Togo in 2019 and Benin in 2020": Benin may take either place
        chain = gap.end() if as_did else -1
        subject = _first_named(record, mentions, evidence.start)
        others = tuple(p for p in record.parties if p.key != subject.key and p.key not in {s.key for s in states})
        when = find_dates(gap["when"], published) if gap["when"] else []
        date = when[0].value if when else record.date
        if not any(p.kind == "state" for p in others):   # "and B and C left the bloc in 2020": together
            out.append(dataclasses.replace(record, parties=tuple(states) + others, date=date))
            continue
        out += [dataclasses.replace(record, parties=(s,) + others, date=date)
                for s in states if len(others) + 1 >= len(record.parties)]
    return out


_DATE_GAP = re.compile(r",?\s+and\s+(?:then\s+|later\s+)?(?P<when>in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?|"
                       r"(?:19|20)\d{2}))\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?P<what>[\w-]+)")


def _dated_gaps(records: list[AgreementRecord], evidence: Evidence, published) -> list[AgreementRecord]:
    """'agreed in August 2022 to scrap entry documents, and in November to a compromise on plates': the
    same parties agreed again, at another date, with the verb left out."""
    if len(records) != 1 or records[0].status != "agreed":
        return []
    out = []
    for gap in _DATE_GAP.finditer(evidence.text):
        when = find_dates(gap["when"], published)
        if when and when[0].value != records[0].date:
            out.append(dataclasses.replace(records[0], date=when[0].value,
                                           topic=" ".join(evidence.text[gap.start("what"):].split()[:8])))
    return out


def _again_dated(records: list[AgreementRecord], evidence: Evidence, published) -> list[AgreementRecord]:
    """'In July 2011 the two sides agreed on freedom of movement, and in December that year they agreed to manage the
    crossings jointly', 'signed a memorandum in October 2011, and in April 2018 their defence ministers adopted a joint
    vision statement', 'In 1988 the two sides agreed on guiding principles, and a decade later they signed an
    agreement': the same sides, named again by a pronoun or as 'the two …', agree or sign again at a date of their
    own, told at the head of the joined clause."""
    sides = {frozenset(p.key for p in r.parties if p.kind == "state") for r in records}
    if len(sides) != 1 or len(next(iter(sides))) < 2:
        return []
    first = records[0]
    out = []
    for again in _AGAIN_DATED.finditer(evidence.text):
        when = _again_when(again["when"], first.date, published)
        if not when or any(r.date == when for r in records + out):
            continue
        status = "agreed" if again["verb"] in ("agreed", "reached") else "signed"
        clause = _CLAUSE_END.search(evidence.text, again.end())
        topic = evidence.text[again.end():clause.start() if clause else len(evidence.text)]
        out.append(dataclasses.replace(first, status=status, date=when, topic=" ".join(topic.split()[:8]) or first.topic))
    return out


def _owned_talks(records: list[AgreementRecord], m: re.Match, evidence: Evidence, mentions: list[Mention], referent,
                 context: Context, attribution, dates: list) -> list[AgreementRecord]:
    """"China opened free trade talks with Iceland last year", "Australia's own free trade negotiations with China began
    in 2005", "Colombia's and Peru's free trade talks with the United States", "New Zealand, which is in the middle of its
    own free trade negotiations with China": talks towards a free trade agreement, of a state (the subject that opened
    them, the possessive, or 'its': the state named last before it) with the state named after 'with', are a planned
    agreement of the two, one per owner, whatever else the sentence tells (the same two states' record of the sentence
    is replaced)."""
    at = lambda x: x.start - evidence.start
    states = [x for x in mentions if x.agent.kind == "state" and not x.place_only]
    counterpart = next((x.agent for x in states if at(x) == m.end()), None)
    if m["its"]:
        before = [x.agent for x in states if at(x) < m.start("its")]
        owners = before[-1:] or referent("it", evidence, mentions, context, m.start("its"))[:1]
    elif m["opened"]:   # "China opened …": the state right before the verb
        owners = [x.agent for x in states if 0 <= m.start("opened") - (x.end - evidence.start) <= 20
                  and not _CLAUSE_CUT.search(evidence.text, x.end - evidence.start, m.start("opened"))][-1:]
    else:
        owners = _union([], [x.agent for x in states if m.start("owners") <= at(x) < m.end("owners")])
    if counterpart is None or not owners or any(o.key == counterpart.key for o in owners):
        return records
    year = [d for d in dates if d.start > m.start() - 40]   # "opened … talks … last year", "… began in 2005"
    pairs = {frozenset((o.key, counterpart.key)) for o in owners}
    kept = [r for r in records if frozenset(p.key for p in r.parties if p.kind == "state") not in pairs]
    return kept + [AgreementRecord((owner, counterpart), "planned", "free trade agreement",
                                   year[0].value if year and m["opened"] else None, evidence,
                                   attribution.source if attribution else None) for owner in owners]


#: Talks towards a free trade agreement, owned by a state: "China opened free trade talks with ", "Australia's own free
#: trade negotiations with ", "Colombia's and Peru's free trade talks with the ", "its own free trade negotiations with ".
_OWNED_TALKS = re.compile(r"(?:(?P<owners>(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}[’']s,?\s+(?:and\s+)?)+)|(?P<its>\b[Ii]ts\s+)|"
                          r"(?P<opened>\b(?:opened|began|launched|started)\s+))"
                          r"(?:own\s+|(?:first|formal|separate|bilateral)\s+)?free[ -]trade\s+(?:talks|negotiations)\s+with\s+"
                          r"(?:the\s+)?")
_CLAUSE_CUT = re.compile(r"[,;:]")


def _separate_deal(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention]) -> list[AgreementRecord]:
    """'Rwanda said it had agreed to accept migrants from the United States, and Uganda reached a separate deal to
    take in …': another state's deal of its own with the same counterpart, who is named once."""
    sides = [r for r in records if len({p.key for p in r.parties if p.kind == "state"}) == 2]
    separate = _SEPARATE_DEAL.search(evidence.text) if len(sides) == 1 else None
    if not separate:
        return []
    first = sides[0]
    lo, hi = evidence.start + separate.start("who"), evidence.start + separate.end("who")
    named = [m.agent for m in mentions if m.agent.kind == "state" and lo <= m.start < hi]
    keys = [p.key for p in first.parties if p.kind == "state"]
    subject = min((m for m in mentions if m.agent.key in keys), key=lambda m: m.start, default=None)
    if len(named) != 1 or named[0].key in keys or subject is None:
        return []
    counterpart = [p for p in first.parties if p.kind == "state" and p.key != subject.agent.key]
    status = "agreed" if separate["verb"] in ("reached", "agreed", "struck") else "signed"
    return [dataclasses.replace(first, parties=(named[0], *counterpart), status=status)]


#: ", and Uganda reached a separate deal", "…, while Kenya signed its own separate agreement".
_SEPARATE_DEAL = re.compile(r",?\s+(?:and|while)\s+(?P<who>(?:[\w’'.-]+\s+){1,3}?)(?:also\s+|later\s+)?(?:has\s+|had\s+)?"
                            r"(?P<verb>reached|struck|agreed|signed|concluded)\s+(?:a|its\s+own)\s+separate\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|arrangement|pact)\b")


def _signed_but_refused(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention]) -> list[AgreementRecord]:
    """'Egypt on Friday initialled a U.S.-drafted agreement on the dam, but Sudan declined to sign': one state's signing
    told before another's refusal of the same instrument is a signing of its own, by that state alone."""
    if len(records) != 1 or records[0].status != "denied" or len(records[0].parties) != 1:
        return []
    turn = _BUT_REFUSED.search(evidence.text)
    at = lambda m: m.start - evidence.start
    refuser = records[0].parties[0]
    if not turn or not any(m.agent.key == refuser.key and at(m) > turn.end("verb") for m in mentions):
        return []
    before = {m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and at(m) < turn.start("verb")}
    if len(before) != 1 or refuser.key in before:
        return []
    return [dataclasses.replace(records[0], parties=tuple(before.values()), status="signed",
                                topic=" ".join(turn["what"].split()[:8]))]


#: "initialled a U.S.-drafted agreement on the dam, but": a signing, its object, and a turn to another's refusal.
_BUT_REFUSED = re.compile(r"\b(?P<verb>signed|initiall?ed|ratified)\s+(?P<what>(?:an?|the|its)\s+[^,;]{3,120}?),?\s+"
                          r"(?:but|while|whereas)\s+(?=[^.;]{0,120}?\b(?:declined|refused|did\s+not|would\s+not|"
                          r"will\s+not)\s+(?:to\s+)?(?:sign|ratify|initial)\b)")


def _listed_years(records: list[AgreementRecord], evidence: Evidence) -> list[AgreementRecord]:
    """'the agreements of 1993 and 1996', 'cooperation treaties signed with Washington in 1952 and 1974', 'after the
    Joint Statement of 1972, the Treaty of Peace and Friendship signed in 1978 and the Joint Declaration of 1998': the
    sides' instruments listed with a year each are one agreement each, of the sides of the sentence's agreement."""
    sides = {frozenset(p.key for p in r.parties if p.kind == "state") for r in records}
    if len(sides) != 1 or len(next(iter(sides))) < 2:
        return []
    pairs = list(_YEARS_AND.finditer(evidence.text))
    years = [m["second"] for m in pairs] if _PLURAL_INSTRUMENT.search(evidence.text) else []
    named = [m["year"] for m in _NAMED_WITH_YEAR.finditer(evidence.text)]
    if len(set(named)) >= 2:
        years += named
    first, out = records[0], []
    told = {r.date[:4] for r in records if r.date}
    if not first.date or first.date[:4] not in {*years, *(m["first"] for m in pairs)}:
        return []   # the years listed are not those of the agreement read ("… since 2010, in 2014 and 2016")
    for year in years:
        if year not in told:
            told.add(year)
            out.append(dataclasses.replace(first, date=year, status="signed" if first.status == "agreed" else first.status))
    return out


#: "of 1993 and 1996", "in 1952 and 1974": two years, each an instrument's.
_YEARS_AND = re.compile(r"\b(?:of|in)\s+(?P<first>(?:19|20)\d{2})\s+and\s+(?:in\s+)?(?P<second>(?:19|20)\d{2})\b(?!\s+respectively)")
_PLURAL_INSTRUMENT = re.compile(r"\b(?:agreements|treaties|accords|protocols|pacts|memorand(?:a|ums)|declarations|conventions)\b")
#: "the Joint Statement of 1972", "the Treaty of Peace and Friendship signed in 1978": an instrument named, with its year.
_NAMED_WITH_YEAR = re.compile(r"\b(?:Joint\s+)?(?:Statement|Treaty|Declaration|Agreement|Accord|Protocol|Communiqu[eé]|Convention|"
                              r"Pact)\b(?:\s+(?:of|on|for)\s+(?:[A-Z][\w-]*|and|of|the)(?:\s+(?:[A-Z][\w-]*|and|of|the)){0,6})?"
                              r"(?:,?\s+(?:signed|concluded|adopted))?\s+(?:of|in)\s+(?P<year>(?:19|20)\d{2})\b")


def _again_when(when: str, before: str | None, published) -> str | None:
    """The date a joined clause opens with: as written ("in April 2018"), in the year of the clause before ("in
    December that year") or counted from it ("a decade later", "two years later")."""
    found = find_dates(when, published)
    if found and _BARE_YEAR.search(found[0].value[:4]) and "that year" not in when:
        return found[0].value
    if not before:
        return None
    month = _MONTH_NAME.search(when)
    if month and "that year" in when:
        return f"{before[:4]}-{MONTHS[month.group().lower()]:02d}"
    later = _YEARS_LATER.fullmatch(when.strip())
    if later:
        return str(int(before[:4]) + count_of(later["n"]) * (10 if later["unit"].startswith("decade") else 1))
    return None


#: ", and in December that year they agreed", ", and a decade later they signed", ", but in April 2018 their defence
#: ministers adopted": a clause that opens with its date, the same sides for its subject, and a verb of agreeing.
_AGAIN_DATED = re.compile(
    r",?\s+(?:and|but)\s+(?P<when>(?:in|on|by)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?:(?:19|20)\d{2}|that\s+year)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|decades?)\s+later),?\s+"
    r"(?:they|the\s+two\s+(?:sides|countries|governments|leaders|states|nations)|both\s+(?:sides|countries|governments)|"
    r"their\s+(?:[\w-]+\s+){0,2}?(?:ministers|leaders|presidents|negotiators|envoys|delegations))\s+"
    r"(?:also\s+|then\s+|later\s+|formally\s+)?(?P<verb>agreed|signed|concluded|adopted|inked|initiall?ed|sealed|reached)\b")
_MONTH_NAME = re.compile(rf"\b{_MONTH}")
_YEARS_LATER = re.compile(r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>years?|decades?)\s+later")


def _with_attendees(meeting: MeetingRecord, evidence: Evidence, mentions: list[Mention], at: int) -> MeetingRecord:
    """'Nazarbayev, Putin and Lukashenko put their signatures to the treaty … at a session …, which was also attended by
    the presidents of Armenia and Kyrgyzstan': those who attended met the others there too (the states named in the
    list after 'attended by', to the end of its clause)."""
    stop = _ATTENDEES_END.search(evidence.text, at)
    lo, hi = evidence.start + at, evidence.start + (stop.start() if stop else len(evidence.text))
    attendees = [m.agent for m in mentions if lo <= m.start < hi and m.agent.kind == "state" and _eligible_state(m)]
    joined = _union(list(meeting.participants), attendees)
    return dataclasses.replace(meeting, participants=tuple(joined)) if len(joined) > len(meeting.participants) else meeting


#: Where the list of those who attended ends: "…, while Milei stayed away", "…, with Congo's president joining by video".
_ATTENDEES_END = re.compile(r"[.;]|,\s+(?!(?:and|the|then|former|his|her|their|its|senior|top|both)\b)[a-z]|,\s+(?:with|while|whose|who|which)\b|"
                            r"\s+(?:and\s+)?which\b|\s+(?:only\s+)?(?:a|an|one|two|three|four|five|several|some)\s+(?:days?|weeks?|"
                            r"months?|years?)\s+(?:after|before|later|earlier)\b")
#: A gathering its attendees are named at: "at a ceremony in Niš attended by …", "The summit … was attended by …".
_ATTENDED_BY = re.compile(r"\b(?:ceremony|inauguration|summit|session|meeting)\b[^.;]{0,100}?\battended\s+by\b")
#: An instrument signed, with no signer named, before those in whose presence it was signed.
_SIGNED_BEFORE_WITNESSES = re.compile(r"\b(?:was|were)\s+" + _SIGNED_IN_PRESENCE)
#: "signed two agreements", "inked two maritime security memorandums": two instruments.
_TWO_INSTRUMENTS = re.compile(r"\s+(?:the\s+)?two\s+(?P<what>(?:[\w-]+\s+){0,3}?(?:agreements|accords|treaties|memorand(?:a|ums)|"
                              r"protocols|pacts|contracts|conventions))\b")


#: "the China-Australia Free Trade Agreement": two states joined by a hyphen in the name of the instrument signed.
_PAIR_NAMED = re.compile(r"\s+the\s+(?P<pair>[A-Z][\w.’']*(?:\s+[A-Z][\w’']*)?[-–][A-Z][\w.’']*(?:\s+[A-Z][\w’']*)?)\s+"
                         r"(?:[A-Z][\w-]*\s+){0,4}(?:Agreement|Treaty|Accord|Pact|Partnership|Declaration|Memorandum|Protocol|"
                         r"Convention|Deal)\b")
#: "signed security and maritime boundary memorandums": two kinds of one plural instrument, two instruments.
_TWO_KINDS = re.compile(r"\s+(?P<one>[a-z][\w-]*)\s+and\s+(?P<other>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<what>agreements|"
                        r"accords|treaties|memorand(?:a|ums)|protocols|pacts|deals)\b")


def _each_of_those_told(records: list[AgreementRecord], evidence: Evidence,
                        previous: list[AgreementRecord]) -> list[AgreementRecord]:
    """'The United States signed asylum agreements with Guatemala, Honduras and El Salvador in 2019. … In February 2021,
    the Biden administration suspended the three agreements': one state ending "the three agreements" ends each of the
    three it was told to have made, each with its counterpart."""
    out = []
    for record in records:
        states = [p for p in record.parties if p.kind == "state"]
        m = _THE_N_INSTRUMENTS.search(evidence.text) if len(states) == 1 and record.status == "denied" else None
        n = _COUNT_WORDS.get(m["n"].lower()) if m else None
        told = []   # the last pairs told that hold the state, each with its last record (read only for "the n agreements")
        for r in reversed([r for r in previous if r.evidence.start < evidence.start] if n else []):
            sides = frozenset(p.key for p in r.parties if p.kind == "state")
            if states[0].key in sides and len(sides) == 2 and sides not in {t for t, _ in told}:
                told.append((sides, r))
        if n and len(told) >= n and len({r.topic for _, r in told[:n]}) == 1:   # the last n told, of one kind
            out += [dataclasses.replace(record, parties=tuple(p for p in r.parties if p.kind == "state"), topic=r.topic)
                    for _, r in reversed(told[:n])]
        else:
            out.append(record)
    return out


_THE_N_INSTRUMENTS = re.compile(r"\b(?:the|all|those|these)\s+(?P<n>two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?(?:agreements|"
                                r"deals|accords|pacts|treaties|arrangements|memorandums|memoranda)\b")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counterpart_told(evidence: Evidence, mentions: list[Mention], found: Found, party: Agent) -> list[Agent]:
    """The other party of an instrument a state ended, told without 'with': "revoked the agreement that allowed
    American troops to operate", "… that allowed French special forces to …", "terminated the pipeline agreement that
    Turkey and Iraq signed in 1973" (not "accusing Russia of violating it": the samples' writers disagree there)."""
    if not _ENDING.match(evidence.text, found.start):
        return []
    stop = _INSTRUMENT_WORDS_END.search(evidence.text, found.end)
    end = stop.start() if stop else len(evidence.text)
    signers = _SIGNED_BY_THE_TWO.match(evidence.text, found.end)
    if signers and signers.end() <= end:
        lo, hi = evidence.start + signers.start("two"), evidence.start + signers.end("two")
        two = {m.agent.key: m.agent for m in mentions if m.agent.kind == "state" and lo <= m.start < hi}
        if len(two) == 2 and party.key in two:
            return [a for k, a in two.items() if k != party.key]
    for m in mentions:
        at = m.start - evidence.start
        if m.agent.kind != "state" or m.agent.key == party.key or not found.end <= at < end:
            continue
        if _FORCES_AFTER.match(evidence.text, m.end - evidence.start) and not _OF_BEFORE.search(evidence.text, 0, at):
            return [m.agent]
        if m.how in ("name", "capital") and _LEFT_TALKS_WITH.fullmatch(evidence.text, found.end, at) \
                and re.search(r"\b(?:negotiations|talks)\b", evidence.text[found.start:at]):
            return [m.agent]   # "withdrew from negotiations with Japan on a peace treaty": Japan
    return []


#: Talks a state left, then its counterpart: " from negotiations with " (not an instrument "with" a state: who pulled out
#: of "the fisheries deal with Chile" is the withdrawal's one party, as the samples' writers have it).
_LEFT_TALKS_WITH = re.compile(r"\s+(?:(?:from\s+)?(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:negotiations|talks)\s+)?with\s+"
                              r"(?:the\s+)?")
_ENDING = re.compile(rf"(?i:{_UNDOING}|withdr[ae]w|left|leav|quit|pull|(?:would|will|did|does|do)\s+not\s+renew|"
                     rf"(?:refused|refuses|declined|declines)\s+to\s+(?:renew|extend|prolong))")   # undoing, leaving, not renewing
#: What a state's forces are called after its name or demonym: "American troops", "French special forces", "the Indian
#: navy", "U.S. military personnel".
_FORCES_AFTER = re.compile(r"\s+(?:(?:special|armed|naval|air|ground|combat|military|security|defence|defense|elite)\s+)?"
                           r"(?:troops|forces|soldiers|military|personnel|bases?|drones|navy|army|warships|aircraft|farmers|"
                           r"fishermen|fishers|fishing\s+(?:boats|vessels|fleets?)|boats|trawlers|vessels|workers)\b")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")   # "the withdrawal of Russian troops from …": whose troops left, no party
#: "… the crude oil pipeline agreement that Turkey and Iraq signed": the relative clause names the two signatories.
_SIGNED_BY_THE_TWO = re.compile(r"[^;]{0,60}?\b(?:that|which)\s+(?P<two>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+and\s+"
                                r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)\s+(?:had\s+)?(?:signed|concluded|struck|reached|agreed)\b")
#: Where an ended instrument's own words stop: the next clause (`_SUBJECT_START`), or one about what the end did.
_INSTRUMENT_WORDS_END = re.compile(_SUBJECT_START.pattern + r"|;|,\s+(?:dealing|raising|prompting|leaving|days|weeks)\b")


def _followed_by(record: AgreementRecord, evidence: Evidence, mentions: list[Mention], published) -> list[AgreementRecord]:
    """'The UAE signed its first such agreement with India in February, followed by Israel in May and Indonesia in
    July': one agreement with each counterpart in turn, each on its own date."""
    m = _WITH_THEN_FOLLOWED.search(evidence.text)
    if not m:
        return []
    spans = [(m.start("first"), m.end("first"))]
    at = m.start("rest")
    for item in re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", m["rest"]):
        if item and not re.fullmatch(r",\s+(?:and\s+)?|\s+and\s+", item):
            spans.append((at, at + len(item)))
        at += len(item)
    sides = []
    for lo, hi in spans:
        named = {x.agent.key: x.agent for x in mentions if x.agent.kind == "state" and not x.place_only
                 and evidence.start + lo <= x.start < evidence.start + hi}
        if len(named) != 1:
            return []
        when = find_dates(evidence.text[lo:hi], published)
        value = when[0].value if when else None
        before = sides[-1][1] if sides else None
        if value and before and len(value) >= 7 and not re.search(r"\b(?:19|20)\d{2}\b", evidence.text[lo:hi]):
            year = int(before[:4]) + (value[5:7] < before[5:7] if len(before) >= 7 else 0)   # "in May", after "February
            value = f"{year}{value[4:]}"                                                   # last year": that year's May
        sides.append((next(iter(named.values())), value))
    listed = {side.key for side, _ in sides}
    own = tuple(p for p in record.parties if p.key not in listed)
    if not own or len(listed) != len(sides):
        return []
    if _ITS_OWN.search(evidence.text, 0, m.start()):   # "Serbia signed its own agreement with Moscow a week later, followed by
        counterpart = sides[0][0]                        # Hungary, Greece …": each signs one of its own with Moscow
        return [dataclasses.replace(record, parties=own + (counterpart,))] + [
            dataclasses.replace(record, parties=(side, counterpart), date=when) for side, when in sides[1:]]
    return [dataclasses.replace(record, parties=own + (side,), date=when or (record.date if i == 0 else None))
            for i, (side, when) in enumerate(sides)]


#: "its own agreement": one of each signatory's, so those who follow sign their own too.
_ITS_OWN = re.compile(r"\b(?:its|their)\s+own\b")
#: "… with India in February last year, followed by Israel in May and Indonesia in July": counterparts in turn.
_WITH_THEN_FOLLOWED = re.compile(r"\bwith\s+(?P<first>(?:the\s+)?[A-Z][^,;]{1,60}?),\s+followed\s+by\s+"
                                 r"(?P<rest>(?:the\s+)?[A-Z][^;]{1,160}?)(?=[.;]?$|,\s+(?:which|who|while|but|as)\b)")


def _shared_subject(record: AgreementRecord, evidence: Evidence, mentions: list[Mention]) -> list[AgreementRecord]:
    """'Washington signed a memorandum with Armenia on …, and agreed with Azerbaijan to begin work on …': one subject,
    two verbs, a counterpart each: two agreements, each with its own status."""
    m = _SECOND_VERB_WITH.search(evidence.text)
    if not m:
        return []
    def states(lo: int, hi: int) -> list[Agent]:
        found = [x.agent for x in mentions if x.agent.kind == "state" and evidence.start + lo <= x.start < evidence.start + hi]
        return list({a.key: a for a in found}.values())
    first, second = states(m.start("a"), m.end("a")), states(m.start("b"), m.end("b"))
    subject = [p for p in record.parties if p.kind == "state" and p.key not in {a.key for a in first + second}]
    if len(subject) != 1 or len(first) != 1 or len(second) != 1 or first[0].key == second[0].key:
        return []
    status = "agreed" if m["verb"] in ("agreed", "reached") else "signed"
    return [dataclasses.replace(record, parties=(subject[0], first[0])),
            dataclasses.replace(record, parties=(subject[0], second[0]), status=status)]


_SECOND_VERB_WITH = re.compile(r"\bwith\s+(?P<a>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\b[^;]*?,\s+and\s+"
                               r"(?:also\s+|later\s+)?(?P<verb>agreed|signed|concluded|reached|inked)\s+(?:[\w-]+\s+){0,3}?"
                               r"with\s+(?P<b>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


#: "at the residence of Switzerland's ambassador to the United Nations", "at Qatar's embassy in Kabul": a house and its owner.
_VENUE_OWNER = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:(?:official\s+)?(?:residence|embassy|mission|villa|home)\s+of\s+"
                          r"(?:the\s+)?[^,;.]{2,60}?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?[’']s\s+(?:embassy|residence|mission))"
                          r"(?=\s+(?:in|on|at)\b|[,;.]|$)")


def _without_hosts(sides: list[Agent], hosts: set[str]) -> list[Agent]:
    """The sides but the ``hosts`` (of a signing ceremony, a meeting they invited to or brought about), if two or
    more remain; else the sides as they are."""
    guests = [p for p in sides if p.key not in hosts]
    return guests if len(guests) >= 2 else sides


def _actor_states(mentions: list[Mention]) -> list[Mention]:
    """The mentions of states that are not only places."""
    return [m for m in mentions if m.agent.kind == "state" and not m.place_only]


#: A participle opening a clause after a comma ("…, signing a joint communique"): how, not another predicate.
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
#: A state taking back its own signature, ratification or consent of an instrument told of before ("Russia withdrew its
#: signature a few months later", "Tbilisi withdrew its consent to that deal"; not "… from the Rome Statute").
_SIGNATURE_WITHDRAWN = re.compile(r"\b(?:withdr[ae]w|withdrawn|withdrawing|withdraws|revoked|revoking|rescinded|retracted)\s+"
                                  r"(?:its|their)\s+(?:signature|ratification|consent)\b(?!\s+(?:from|of)\s+(?:the\s+)?[A-Z])")


#: A state ending or not renewing an instrument named as one told of (definite, no "with"): an instrument of its own.
_TOLD_INSTRUMENT_ENDED = re.compile(
    r"\b(?:(?:refused|refuses|declined|declines|would\s+not|will\s+not|did\s+not)\s+(?:to\s+)?(?:renew|extend|prolong)|"
    r"(?:would|will|to)\s+(?:terminate|scrap|abrogate|end)|terminated|scrapped|abrogated)\s+"
    r"(?:it\b|(?:the|its|their)\s+(?:(?:19|20)\d{2}\s+)?(?:[\w-]+\s+){0,2}?(?:lease|agreement|deal|accord|arrangements?|"
    r"contract|treaty|pact)\b)(?!\s+(?:with|between)\b)", re.I)


def _last_counterparts(state: Agent, previous: list[AgreementRecord]) -> list[Agent]:
    """The other state parties of the last agreement told of that ``state`` was a party to (none if none)."""
    for earlier in reversed(previous):
        keys = {p.key for p in earlier.parties}
        if state.key in keys and len(keys) >= 2:
            return [p for p in earlier.parties if p.kind == "state" and p.key != state.key]
    return []


#: People of a body named before them ("NATO leaders", "EU foreign ministers", "ASEAN members").
_ITS_PEOPLE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:leaders|ministers|heads\s+of\s+(?:state|government)|members|"
                         r"member\s+states|envoys|delegates|delegations|officials)\b")


def _split(records: list[AgreementRecord], keys: set[str], split) -> list[AgreementRecord] | None:
    """``records`` with those whose state parties are ``keys`` replaced by ``split(first of them)``; None if none is."""
    whole = [r for r in records if {p.key for p in r.parties if p.kind == "state"} == keys]
    return [r for r in records if r not in whole] + split(whole[0]) if whole else None


def _each_with(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention],
               published) -> list[AgreementRecord]:
    """'Australia signed a free trade agreement with South Korea in 2014, and an economic partnership agreement with
    Japan in July 2014', 'its 1998 Visiting Forces Agreement with the United States and the agreement it signed with
    Australia in 2007': one instrument per counterpart, each with its own date, not one of all three states."""
    second = _SECOND_WITH.search(evidence.text)
    if not second or not records:
        return records
    states = _actor_states(mentions)
    at = lambda m: m.start - evidence.start
    b = next((m.agent for m in states if at(m) == second.end()), None)
    firsts = {w.end() for w in _WITH.finditer(evidence.text, 0, second.start())}
    first = next((m for m in states if at(m) in firsts), None)   # mentions are in the order of the text
    if first is None or b is None or first.agent.key == b.key:
        return records
    a = first.agent
    subjects = {m.agent.key: m.agent for m in states if at(m) < at(first) and m.agent.key not in (a.key, b.key)}
    if len(subjects) != 1:
        return records
    subject = next(iter(subjects.values()))
    before = find_dates(evidence.text[:second.start()], published)
    after = find_dates(evidence.text[second.start():], published)
    year = _BARE_YEAR.findall(evidence.text, 0, second.start()) if not before else []

    def split(record: AgreementRecord) -> list[AgreementRecord]:
        first_date = before[-1].value if before else year[-1] if len(year) == 1 else record.date   # "its 1998
        return [dataclasses.replace(record, parties=(subject, a), date=first_date),               # VFA with …"
                dataclasses.replace(record, parties=(subject, b), date=after[0].value if after else record.date,
                                    status="planned" if _PLANNED_SECOND.search(second.group()) else record.status)]
    return _split(records, {a.key, b.key, subject.key}, split) or records


def _with_each_dated(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention],
                     published) -> list[AgreementRecord]:
    """'reached trade deals with Britain in May, with Vietnam and Indonesia this month, and with the Philippines on
    Tuesday': one agreement per state listed after each 'with', dated by its own part of the list, of the one state
    that is the subject."""
    if len(records) != 1 or len({p.key for p in records[0].parties if p.kind == "state"}) < 3:
        return records
    record = records[0]
    withs = list(_WITH.finditer(evidence.text))
    if len(withs) < 2 or not all(_LIST_GAP.fullmatch(evidence.text, _segment_end(evidence.text, a.end(), b.start()), b.start())
                                 for a, b in zip(withs, withs[1:])):
        return records   # not one list of 'with' parts ("with Japan, which it signed with …")
    states = _actor_states(mentions)
    listed: list[tuple[Agent, str | None]] = []
    for i, w in enumerate(withs):
        end = withs[i + 1].start() if i + 1 < len(withs) else len(evidence.text)
        at, named = w.end(), []
        for m in (m for m in states if w.end() <= m.start - evidence.start < end):
            if not (_LIST_GAP.fullmatch(evidence.text, at, m.start - evidence.start) if named
                    else m.start - evidence.start == at):
                break
            named.append(m.agent)
            at = m.end - evidence.start
        if not named:
            return records   # "with the United States and Canada in 2010, with the help of the IAEA": one deal
        when = find_dates(evidence.text[at:end], published)
        listed += [(a, when[0].value if when else record.date) for a in named]
    keys = {a.key for a, _ in listed}
    subject = [p for p in record.parties if p.kind == "state" and p.key not in keys]
    if len(subject) != 1 or len(keys) < 2 or keys | {subject[0].key} != {p.key for p in record.parties if p.kind == "state"}:
        return records
    return [dataclasses.replace(record, parties=(subject[0], a), date=when) for a, when in listed]


def _segment_end(text: str, start: int, stop: int) -> int:
    """Where the part of a list that opens at ``start`` gives way to the separator before ``stop``."""
    gap = re.search(r"(?:,\s+and\s+|,\s+|\s+and\s+)$", text[start:stop])
    return start + gap.start() if gap else stop


def _each_partner_in_talks(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention]) -> list[AgreementRecord]:
    """'Turkey is negotiating to buy used Typhoons from Qatar and Oman', 'U.S. officials have been in talks with Kazakhstan
    and Uzbekistan': talks of one state with each of a list, one planned agreement each, not one of them all."""
    if not any(r.status == "planned" for r in records):
        return records
    talks = _TALKS_WITH.search(evidence.text)
    if not talks:
        return records
    states = [m for m in _actor_states(mentions) if m.start - evidence.start >= talks.end()]
    listed, end = [], talks.end()
    for m in states:
        gap = evidence.text[end:m.start - evidence.start]
        if not (_LIST_GAP.fullmatch(gap) if listed else re.fullmatch(r"(?:the\s+)?", gap)):
            break
        listed.append(m.agent)
        end = m.end - evidence.start
    if re.match(r",?\s+and\s+(?:[\w-]+\s+){0,2}?others?\b", evidence.text[end:]):
        return records   # "the Trans-Pacific Partnership with the United States, Japan and nine other countries": one deal
    keys = {a.key for a in listed}
    opens = max((c.end() for c in _CLAUSE_OPENS.finditer(evidence.text, 0, talks.start())), default=0)
    named = {m.agent.key for m in mentions if opens <= m.start - evidence.start < talks.start()}

    def each(record: AgreementRecord) -> list[AgreementRecord]:
        subject = [p for p in record.parties if p.kind == "state" and p.key not in keys and p.key in named]
        if record.status != "planned" or len(subject) != 1 or not keys <= {p.key for p in record.parties}:
            return [record]
        return [dataclasses.replace(record, parties=(subject[0], other)) for other in listed]
    return [one for record in records for one in each(record)] if len(keys) >= 2 else records


_WITH_SOME_INCLUDING = re.compile(r"[^.;]{0,60}?\bwith\s+(?:several|some|a\s+number\s+of|a\s+dozen|\w+)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:states|countries|nations|partners|neighbou?rs|governments),\s+(?:including|among\s+them|"
                                  r"such\s+as|notably)\s+")
#: The other side of a sale the instrument is for: "to sell … to the Philippines", "to supply Armenia with …", "to buy …
#: from France" (not "from France's Dassault Aviation": the company sells).
_TRADED_WITH = re.compile(r"[^,;.]{0,120}?\bto\s+(?:(?:sell|supply|deliver|export|provide|transfer)\b[^,;.]{0,80}?\bto\s+(?:the\s+)?"
                          r"(?P<other>[A-Z])|(?:supply|provide|arm|equip)\s+(?:the\s+)?(?=[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+with\b)"
                          r"(?P<other2>[A-Z])|(?:buy|purchase|acquire|import)\b[^,;.]{0,80}?\bfrom\s+(?:the\s+)?"
                          r"(?P<other3>[A-Z])(?![\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\b))"
                          r"|[^,;.]{0,60}?\b(?:for|to\s+(?:buy|purchase|acquire|import))\s+(?P<other4>[A-Z])(?=[\w.]*(?:\s+[A-Z][\w.-]*)?"
                          r"(?:[’']s\s+|\s+)(?:[\w-]+\s+){0,3}?(?:[A-Z][\w-]*\d\w*|weapons|arms|jets?|fighters?|missiles?|submarines?|frigates?|"
                          r"warships?|tanks?|helicopters?|drones?|reactors?|vaccines?|(?:air|missile)\s+defen[cs]e)\b)")
_JOINED_OWNED = re.compile(r"(?:joined|signed\s+up\s+(?:to|for)|signed\s+on\s+to|endorsed)\s+(?:the\s+)?"
                           r"(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)[’']s\s+(?:[A-Z][\w-]*\s+){1,5}"
                           r"(?:[Ii]nitiative|[Pp]lan|[Pp]roject|[Pp]rogramme|[Pp]rogram)\b")
_LIST_ENDS = re.compile(r"[.;:]|,\s+(?!and\b|or\b)[a-z]")   # "…, including A in 1976 and B in 1993, because …"
_CLAUSE_OPENS = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
_TALKS_WITH = re.compile(r"\b(?:negotiating|in\s+talks|negotiations|talks)\b[^.;,]{0,60}?\b(?:with|from)\s+")


def _each_subject(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention]) -> list[AgreementRecord]:
    """'Greece and Portugal each signed similar documents with China': one instrument per state of the subject, each
    with the counterpart. 'Uganda and Tanzania each signed a host government agreement with the pipeline company, in
    2020 and 2021 respectively': with a counterpart that is no state, one instrument per state alone (dated in turn
    when 'respectively' gives a date each). Not 'each signed commitments at the White House', with no counterpart:
    one instrument of both."""
    each = _EACH_VERB.search(evidence.text)
    if not each or not records:
        return records
    at = lambda m: m.start - evidence.start
    states = _actor_states(mentions)
    subjects = list({m.agent.key: m.agent for m in states if at(m) < each.start()}.values())
    others = list({m.agent.key: m.agent for m in states if at(m) > each.end()}.values())
    if len(subjects) >= 2 and not others and _WITH_WORD.search(evidence.text, each.end()):
        years = _BARE_YEAR.findall(evidence.text, each.end()) if _RESPECTIVELY.search(evidence.text, each.end()) else []
        dated = years if len(years) == len(subjects) else [None] * len(subjects)
        return _split(records, {a.key for a in subjects}, lambda record: [
            dataclasses.replace(record, parties=(subject,), date=when or record.date)
            for subject, when in zip(subjects, dated)]) or records
    if len(subjects) < 2 or len(others) != 1:
        return records
    return _split(records, {a.key for a in subjects + others},
                  lambda record: [dataclasses.replace(record, parties=(subject, others[0])) for subject in subjects]) \
        or records


def _each_dated_counterpart(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention],
                            published=None) -> list[AgreementRecord]:
    """'Cyprus signed agreements delimiting its zone with Egypt in 2003, Lebanon in 2007 and Israel in 2010', '… with
    several states, including the Philippines in 2016, Malaysia in 2018 and Indonesia in March this year': after the
    first counterpart and its date, one instrument per state listed with a date of its own."""
    if len(records) != 1 or records[0].status not in ("signed", "agreed"):
        return []
    record = records[0]
    parties = {p.key for p in record.parties}
    at = lambda m: m.start - evidence.start
    states = _actor_states(mentions)
    first = next(((m, when) for m in states if m.agent.key in parties
                  and (_WITH_BEFORE.search(evidence.text, max(0, at(m) - 12), at(m))
                       or _INCLUDING_BEFORE.search(evidence.text, max(0, at(m) - 16), at(m)))
                  for when in [_listed_date(evidence.text, at(m) + (m.end - m.start), published)] if when), None)
    if first is None:
        return []
    m0, (end, value) = first
    subject = [p for p in record.parties if p.key != m0.agent.key and p.key not in
               {m.agent.key for m in states if at(m) > at(m0)}]
    out = [dataclasses.replace(record, parties=tuple(subject) + (m0.agent,), date=value)] \
        if len(record.parties) > 2 else []
    # "with Egypt in 2003, …": the record read already is the first's; "…, including the Philippines in 2016": it is all of them
    listed = 0
    for m in states:
        if at(m) < end:
            continue
        again = _AND_WITH.fullmatch(evidence.text, end, at(m))   # "with Panama in 1976 and with Jamaica in 1993"
        if not listed and not again and not _LISTED_COMMA.fullmatch(evidence.text, end, at(m)):
            break   # "… with Togo in 2019, and Benin in 2020": Benin may have signed too; a list goes on by a comma
        when = _listed_date(evidence.text, at(m) + (m.end - m.start), published)
        if not ((again or _LIST_GAP.fullmatch(evidence.text, end, at(m))) and when) \
                or m.agent.key in {p.key for p in subject}:
            break
        out.append(dataclasses.replace(record, parties=tuple(subject) + (m.agent,), date=when[1]))
        end, listed = when[0], listed + 1
    return out if len(subject) == 1 and listed else []


def _listed_date(text: str, at: int, published) -> tuple[int, str] | None:
    """The date told right after a listed state ("in 2016", "in March this year"): where it ends, and its value."""
    m = _IN_WHEN.match(text, at)
    if not m:
        return None
    if m["year"] and not m["month"]:
        return m.end(), m["year"]
    found = find_dates(m["when"] or m["bare"], published) if published else []
    return (m.end(), found[0].value) if found else None


_IN_WHEN = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:\s+in\s+[A-Z][\w’'-]+)?)?"   # "at Aachen"
                      r"\s+(?:in\s+(?P<when>(?P<month>(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December)\s+)?(?:(?P<year>(?:19|20)\d{2})\b|this\s+year|last\s+year))|"
                      r"(?P<bare>last\s+year|this\s+year)\b)")
_AND_WITH = re.compile(r"(?:,\s+|,?\s+and\s+)with\s+(?:the\s+)?")
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|such\s+as|notably)\s+(?:the\s+)?$")


_EACH_VERB = re.compile(r"\s+(?:then\s+|also\s+|have\s+|had\s+)?each\s+(?:signed|concluded|inked|agreed|reached)\b")
_RESPECTIVELY = re.compile(r"\brespectively\b")
_LISTED_COMMA = re.compile(r",\s+(?:the\s+)?")
_WITH = re.compile(r"\bwith\s+(?:the\s+)?")
_BARE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PLANNED_SECOND = re.compile(r"\b(?:is|are)\s+(?:also\s+|now\s+|still\s+)?negotiating\b|\b(?:will|plans?\s+to|expects?\s+to)\b")
#: A second instrument with a counterpart of its own: "…, and an economic partnership agreement with Japan", "… and the
#: status of visiting forces agreement it signed with Australia".
_SECOND_WITH = re.compile(r",?\s+and\s+(?:also\s+)?(?:(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,5}?(?:agreement|treaty|accord|"
                          r"pact|deal|memorandum|partnership|protocol|arrangement|convention)|another|a\s+(?:second|third)"
                          r"(?:\s+one)?)\s+(?:(?:it|they|he|she)\s+"
                          r"(?:signed|concluded|reached)\s+)?with\s+(?:the\s+)?")


def _second_instruments(records: list[AgreementRecord], evidence: Evidence, published) -> list[AgreementRecord]:
    """'signed a treaty of friendship in Rabat in 1991, and a readmission agreement in Madrid in 1992': a
    second instrument of the same parties, with the verb left out and a date of its own."""
    if len(records) != 1 or records[0].status != "signed":
        return []
    out = []
    for gap in _INSTRUMENT_GAP.finditer(evidence.text):
        when = find_dates(gap["when"], published)
        if when and when[0].value != records[0].date:
            out.append(dataclasses.replace(records[0], date=when[0].value, topic=" ".join(gap["what"].split()[:8])))
    return out


def _their_dated_instruments(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention], published,
                             nouns: str, previous: list[AgreementRecord]) -> list[AgreementRecord]:
    """'the largest deal between the two countries since the 1979 peace treaty', 'largely confirming a 1977
    continental shelf accord': an instrument named by its year beside an agreement of the same states is
    one of theirs, signed that year, unless its own clause names another state. Not the year of the news nor
    of an agreement told before ("the 2018 agreement" is the one the article is about), nor a contract (a
    company's)."""
    sides = [r for r in records if len({p.key for p in r.parties if p.kind == "state"}) >= 2]
    if len({frozenset(p.key for p in r.parties) for r in sides}) != 1:
        return []
    record, out = sides[0], []
    told = {r.date[:4] for r in [*records, *previous] if r.date} | ({str(published.year)} if published else set())
    keys = {p.key for p in record.parties}
    for m in re.finditer(rf"\b(?:the|an?|its|their)\s+(?P<year>(?:19|20)\d{{2}})\s+(?P<what>(?:[\w’'-]+\s+){{0,5}}?{nouns})",
                         evidence.text):
        year = m["year"]
        if year in told or (published and int(year) > published.year) or re.match(r"contracts?\b", m["what"].split()[-1]):
            continue
        clause = _CLAUSE_END.search(evidence.text, m.end())
        lo, hi = evidence.start + m.start(), evidence.start + (clause.start() if clause else len(evidence.text))
        if any(lo <= x.start < hi and x.agent.kind == "state" and x.agent.key not in keys for x in mentions) \
                or re.match(r"\s+(?:with|among|between)\s+(?!the\s+two\b|both\b|them\b|each\s+other\b)", evidence.text[m.end():]):
            continue   # "its 2014 defence treaty with France", "a 1954 agreement among the three countries"
        told.add(year)
        out.append(dataclasses.replace(record, status="signed", date=year, topic=" ".join(m["what"].split()[:8])))
    return out


_INSTRUMENT_GAP = re.compile(r",?\s+and\s+(?:also\s+)?(?:an?|another)\s+(?P<what>(?:[\w-]+\s+){0,4}?(?:treaty|agreement|"
                             r"accord|pact|memorandum|protocol|convention)\b)(?:(?!\b(?:was|were|is|are|has|had|been|"
                             r"will|would)\b)[^,;.]){0,60}?\s+(?P<when>in\s+(?:19|20)\d{2}|"
                             r"(?:in|on)\s+[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2})\s*(?:[.;,]|$)")


def _gap_owner(records: list[AgreementRecord], evidence: Evidence, mentions: list[Mention], at: int):
    """The agreement whose subject is named last before ``at``."""
    owners = [(_first_at(r, mentions, evidence.start), r) for r in records]
    owners = [(pos, r) for pos, r in owners if pos is not None and pos < at]
    return max(owners, key=lambda o: o[0])[1] if owners else None


def _first_at(record: AgreementRecord, mentions: list[Mention], start: int) -> int | None:
    keys = {p.key for p in record.parties}
    return min((m.start for m in mentions if m.agent.key in keys and m.start >= start), default=None)


def _first_named(record: AgreementRecord, mentions: list[Mention], start: int) -> Agent:
    at = _first_at(record, mentions, start)
    return next((m.agent for m in mentions if m.start == at and m.agent.key in {p.key for p in record.parties}),
                record.parties[0])


#: "… relations with Doha": the state a group's relations are restored, cut or set up with.
_RELATIONS_WITH = re.compile(r"\b(?:relations|ties)\s+with\s+(?:the\s+)?")
#: "The free trade agreements with Australia and New Zealand": instruments of a state the sentence may not name first.
_AGREEMENTS_WITH = re.compile(r"^(?:The|Its|Their)\s+(?:[\w-]+\s+){0,4}?(?:agreements|deals|accords|pacts|treaties)\s+with\b")


def _respectively(record: AgreementRecord, evidence: Evidence, mentions: list[Mention],
                  dates) -> list[AgreementRecord]:
    """'agreements with Chile, Peru and Costa Rica, signed in 2005, 2009 and 2010 respectively':
    one agreement per counterpart, each with its own date."""
    text = evidence.text
    with_at, respectively = re.search(r"\bwith\b", text), re.search(r"\brespectively\b", text)
    if not respectively or not with_at:
        return []
    keys = {p.key for p in record.parties}
    after = [m for m in mentions if m.agent.key in keys and with_at.end() < m.start - evidence.start < respectively.start()]
    counterparts = list({m.agent.key: m.agent for m in after}.values())
    own = tuple(p for p in record.parties if p.key not in {c.key for c in counterparts})
    last = max((m.end - evidence.start for m in after), default=0)
    later = [d.value for d in dates if d.start >= last]
    if len(later) != len(counterparts):
        later = re.findall(r"\b(?:19|20)\d{2}\b", text[last:])
    if len(counterparts) == 1 and len(own) >= 2:   # "Egypt and Jordan, which made peace with Israel in 1979 and 1994
        years = re.findall(r"\b(?:19|20)\d{2}\b", text[last:respectively.start()])   # respectively": each subject its own
        subjects = list({m.agent.key: m.agent for m in mentions if m.agent.key in {p.key for p in own}
                         and m.start - evidence.start < with_at.start()}.values())
        if len(years) == len(subjects) == len(own):
            return [dataclasses.replace(record, parties=(s, counterparts[0]), date=y) for s, y in zip(subjects, years)]
    if len(counterparts) < 2 or len(later) != len(counterparts) or not own:
        return []
    return [dataclasses.replace(record, parties=own + (c,), date=d) for c, d in zip(counterparts, later)]


_SPOKE = re.compile(r"\b(?:said|says|told|tells|announced|stated|added|wrote|reported)\b")
#: ", when" opening the clause that tells the event: what came before it is its circumstance.
_WHEN_CLAUSE = re.compile(r",\s+when\s")
#: A relative clause after a subject, then the subject's own predicate: ", which was due in Rabat, was postponed".
_RELATIVE_THEN = re.compile(r",?\s*(?:which|that)\s+[^,;]{0,160},\s+(?P<predicate>(?:was|were|has|have|had|is|are)\s+[^,.;]*)")
#: A later predicate of speech after a meeting's verb: what follows is said, not who met.
_SAID_LATER = re.compile(r"(?:,\s+|\s+and\s+(?:later\s+|then\s+)?)(?:said|told|added|warned|stressed|noted|saying|telling|"
                         r"warning|stressing|adding|accused|accusing|criticised|criticized|condemned|urged)\b")
#: A meeting told as held (a finite verb in the past), and the purpose that may follow it.
_HELD = re.compile(r"(?:met|held|hosted|gathered|convened)\b")
_PURPOSE = re.compile(r"\s+to\s+(?:start|begin|launch|open|resume|continue)\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|consultations)\b")


def _acronyms_spelled_out(text: str, gaz) -> dict[str, Agent]:
    """Acronyms the gazetteer gives to one body that the article spells out as another: "ICC" where the article
    names the International Cricket Council (and not the International Criminal Court). The body spelled out,
    by its full name, for each."""
    found = {}
    for acronym in set(_ACRONYM_WORD.findall(text)):
        known = gaz.org_named(acronym)
        if known is None or known.label in text:
            continue
        for run in _CAPITALISED_RUN.finditer(text):
            name = re.sub(r"^The\s+|[’']s$", "", run.group())   # "the International Cricket Council's technical committee"
            words = [w for w in name.split() if w[0].isupper()]
            paired = re.sub(r"\s+and\s+\S+", "", name).split()   # "England and Wales Cricket Board": the ECB
            if acronym in ("".join(w[0] for w in words), "".join(w[0] for w in paired if w[0].isupper())) \
                    and name != known.label:
                found[acronym] = gaz.org_named(name) or Agent("org", slug(name), name, None,
                                                              organization_word(name) or "Organization")
                break
    return found


_ACRONYM_WORD = re.compile(r"\b[A-Z]{2,6}\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)*[A-Z][\w’'-]*){1,6}")


def _home(article: Article, gaz) -> Agent | None:
    """The state of the dateline ("CANBERRA —"): the country whose officials the story names without one."""
    if article.dateline is None:
        return None
    line = article.text[slice(*article.dateline)].title()   # "CANBERRA" -> "Canberra"
    states = [m.agent for m in gaz.find(line) if m.agent.kind == "state"]
    return states[-1] if states else None


def _in_dateline(mentions: list[Mention], dateline: tuple[int, int] | None) -> list[Mention]:
    """A dateline names where the story was filed: a place, never a party or a source."""
    if dateline is None:
        return mentions
    return [dataclasses.replace(m, place_only=True) if dateline[0] <= m.start < dateline[1] else m
            for m in mentions if not (m.agent.kind == "org" and dateline[0] <= m.start < dateline[1])]


def _named_plainly(gaz, text: str, iso3: str) -> bool:
    """Is the state named in the text by a name that is not ambiguous?"""
    ambiguous = set(gaz.rules["ambiguous"])
    return any(m.agent.key == iso3 and text[m.start:m.end] not in ambiguous for m in gaz.find(text))


def _shifted(mentions: list[Mention], offset: int) -> list[Mention]:
    """Mentions with offsets into the sentence instead of the article."""
    return [dataclasses.replace(m, start=m.start - offset, end=m.end - offset) for m in mentions]


def _story_date(article: Article, read: list[Sentence]) -> str | None:
    """The day the news happened: the first exact date in the opening sentences that is no later
    than the article and at most ten days before it ("… on Tuesday"), not the dateline's filing date."""
    if article.published is None:
        return None
    for sentence in [s for s in read if not _HOUSEKEEPING.match(s.text)][:3]:   # not "Welcome to our live coverage …"
        for d in _outside(find_dates(sentence.text, article.published), sentence.start, article.dateline):
            if len(d.value) == 10 and 0 <= (article.published - dt.date.fromisoformat(d.value)).days <= 10:
                return d.value
    return None


def _outside(dates: list, offset: int, dateline: tuple[int, int] | None) -> list:
    """Dates not in the wire dateline ("LUANDA, July 31 (Reuters) -" says when the story was filed)."""
    if dateline is None:
        return dates
    return [d for d in dates if not dateline[0] <= offset + d.start < dateline[1]]


_SINCE = re.compile(r"(?i)\bsince\b(?!\s+(?:arriving|landing)\b)[^.;,()]{0,60}?$")   # "since 2003", "the first since a meeting in Tokyo in May 2018"


def _not_since(dates: list, text: str) -> list:
    """'since 2003', 'the first since a meeting in Tokyo in May 2018': what 'since' opens starts a period; it
    never dates an event."""
    return [d for d in dates if not (text[d.start:d.start + 6].lower() == "since " or _SINCE.search(text, 0, d.start))]


@lru_cache(maxsize=4)
def _named_year_rx(nouns: str) -> re.Pattern:
    return re.compile(rf"(?:\b(?:the|a|its|their)|[’']s)\s+((?:19|20)\d{{2}})\s+(?:[\w’'-]+\s+){{0,5}}?{nouns}", re.I)


_INSTRUMENT_OF_DATE = re.compile(r"\b(?:Agreement|Treaty|Accord|Accords|Convention|Declaration|Protocol|Charter|Pact)\s+of\s+(?=\d)")


def _named_year(text: str, nouns: str) -> str | None:
    """'the 1966 Geneva Agreement', 'a 1965 treaty': the year in an agreement's name."""
    m = _named_year_rx(nouns).search(text) if re.search(r"\d", text) else None
    return m.group(1) if m else None


def _after(date: str | None, published) -> bool:
    """Is a date (at any precision) later than the publication date?"""
    return bool(date and published and date > published.isoformat()[:len(date)])


def _surface(evidence: Evidence, m: Mention) -> str:
    return evidence.text[m.start - evidence.start:m.end - evidence.start]


def _union(first: list[Agent], second: list[Agent]) -> list[Agent]:
    out = list(first)
    for a in second:
        if a.key not in {o.key for o in out}:
            out.append(a)
    return out


def _none_ahead(result: Extraction, published) -> Extraction:
    """Nothing told as done is dated after the article: a meeting dated later was not held (dropped); a
    signing or an agreement dated later keeps no date (the date was misread: "in January" read as the next
    one). The shapes reject such a claim, and the whole article with it."""
    result.meetings = [m for m in result.meetings if not _after(m.date, published)]
    result.agreements = [dataclasses.replace(a, date=None) if a.status in ("signed", "agreed")
                         and _after(a.date, published) else a for a in result.agreements]
    return result


def _both_koreas_named(text: str) -> bool:
    """Does the article name both Koreas (so that "the North" and "the South" are they)?"""
    return bool(_NORTH_KOREA.search(text)) and bool(_SOUTH_KOREA.search(text)) if "Korea" in text else False


_NORTH_KOREA = re.compile(r"\bNorth Korea|\bPyongyang\b|\bDPRK\b|\bKoreas\b")
_SOUTH_KOREA = re.compile(r"\bSouth Korea|\bSeoul\b|\bKoreas\b")


#: "Sudani's office", "Netanyahu's media office": a leader's office named by his surname.
_LEADERS_OFFICE = re.compile(r"(?P<leader>[A-Z][\w-]+)[’']s\s+(?:press\s+|media\s+|private\s+)?office")
#: "Pakistan's Foreign Office": a body named by its owner's possessive, as often written without it.
_POSSESSIVE_BODY = re.compile(r"^(\S+(?:\s\S+)?)[’']s\s")


_PRESIDENTIAL_SEAT = re.compile(r"\b[Pp]residential\s+(?:office|palace|administration)\b")


def _body_aliases(result: Extraction, gaz) -> None:
    """A state's body we name by its demonym ("Swazi government", "Chinese Foreign Ministry") is also named, as
    often, by the state's name ("Eswatini government", "China's Foreign Ministry")."""
    for agent in {s.source.key: s.source for s in result.statements}.values():
        office = _LEADERS_OFFICE.fullmatch(agent.label) if agent.org_class == "GovernmentBody" else None
        known = leader_offices().get(office["leader"]) if office else None
        if known and known[0] in gaz.by_iso3:   # "Sudani's office" is also "the Iraqi prime minister's office"
            state = gaz.state(known[0])
            result.aliases.setdefault(agent.key, set()).update(
                f"{owner} {known[1].lower()}’s office" for owner in {state.demonym or state.name, f"{state.name}’s"})
        if agent.org_class == "GovernmentBody" and agent.country is None and _POSSESSIVE_BODY.match(agent.label) \
                and not office:
            result.aliases.setdefault(agent.key, set()).add(_POSSESSIVE_BODY.sub(r"\1 ", agent.label))   # "Greenland's
            continue   # foreign ministry" (a place that is no state) is also "the Greenland foreign ministry"
        if agent.org_class != "GovernmentBody" or agent.country not in gaz.by_iso3:
            continue
        state = gaz.state(agent.country)
        names = result.aliases.setdefault(agent.key, set())
        if state.demonym and agent.label.startswith(state.demonym + " "):
            body = agent.label[len(state.demonym) + 1:]
            names.update({f"{state.name} {body}", f"{state.name}’s {body}"})
        if agent.label.endswith(" Presidency"):   # "the South Korean presidential office" was read as the Presidency: also
            names.update(f"{owner} {written.lower()}" for written in set(_PRESIDENTIAL_SEAT.findall(result.article.text))
                         for owner in {state.demonym or state.name, f"{state.name}’s"})   # named as the article wrote it
        names.update({_POSSESSIVE_BODY.sub(r"\1 ", n) for n in names})   # "Pakistan's Foreign Office" ->
        # "Pakistan Foreign Office", as often written
        if state.demonym:   # "South Korea's presidential office" -> "South Korean presidential office"
            owned = re.compile(rf"^{re.escape(state.name)}[’']s\s+")
            names.update({owned.sub(state.demonym + " ", n) for n in names if owned.match(n)})


def _initials(name: str) -> str:
    """The initials of a name's words, its small words left out ("All India Tennis Association" -> "AITA")."""
    return "".join(w[0] for w in re.sub(r"^The\s+", "", name).split() if w[0].isupper())


def _acronyms_named(result: Extraction) -> None:
    """'The state-owned Sri Lanka Ports Authority (SLPA) will run the terminal …. the SLPA said': a body the article
    cites by an acronym it spelled out is also known by the name spelled out."""
    cited = [s.source for s in result.statements] + [r.publisher for r in result.reports if r.publisher]
    listed = {o.key for o in result.organizations}
    for agent in {a.key: a for a in cited if a.kind == "org" and _ACRONYM_WORD.fullmatch(a.label)}.values():
        spelled = re.search(rf"(?:The\s+)?({_CAPITALISED_RUN.pattern})\s+\({re.escape(agent.label)}\)", result.article.text)
        name = spelled.group(1) if spelled else next(
            (re.sub(r"^The\s+", "", run.group()) for run in _CAPITALISED_RUN.finditer(result.article.text)
             if _initials(run.group()) == agent.label), None) if len(agent.label) >= 3 else None
        # ("the All India Tennis Association …. The AITA said": a name whose initials the acronym spells)
        if name:
            result.aliases.setdefault(agent.key, set()).add(name)
            if agent.key not in listed:
                result.organizations.append(agent)
                listed.add(agent.key)


def _withdrawn_from_bilateral(agreements: list[AgreementRecord]) -> list[AgreementRecord]:
    """'Washington gave notice that it would withdraw from the 1972 Anti-Ballistic Missile Treaty': a state leaving an
    instrument the same sentence dates as signed by it and one other state leaves an instrument of two; the signing
    told only by the instrument's year is background to the withdrawal, not a second agreement."""
    widened, background = {}, set()
    for r in agreements:
        states = [p for p in r.parties if p.kind == "state"]
        if r.status != "denied" or len(states) != 1 or len(r.parties) != 1:
            continue
        signed = [o for o in agreements if o.evidence.start == r.evidence.start and o.status == "signed" and o.date
                  and len(o.date) == 4 and len(o.parties) == 2 and all(p.kind == "state" for p in o.parties)
                  and states[0].key in {p.key for p in o.parties} and o.date in r.topic]
        if len(signed) == 1:
            widened[id(r)] = dataclasses.replace(r, parties=signed[0].parties)
            background.add(id(signed[0]))
    return [widened.get(id(r), r) for r in agreements if id(r) not in background]


def _one_node_per_instrument(agreements: list[AgreementRecord]) -> list[AgreementRecord]:
    """'Australia and South Korea signed a free trade agreement in Seoul on Tuesday …. Robb and Yoon signed the
    Korea–Australia Free Trade Agreement at the Blue House': the same parties, status and day (or month), and a topic
    whose words are all in the other's, are one instrument, told by the topic told first."""
    words = lambda topic: set(re.findall(r"[a-z]+", topic.lower())) - {"the", "a", "an", "their", "its", "new"}
    first: list[AgreementRecord] = []
    out = []
    for a in agreements:
        mine = words(a.topic)
        same = next((f for f in first if f.status == a.status and f.date == a.date and a.date and len(a.date) >= 7
                     and {p.key for p in f.parties} == {p.key for p in a.parties} and slug(f.topic) != slug(a.topic)
                     and f.evidence.start != a.evidence.start   # (two told in one sentence are two)
                     and re.search(_INSTRUMENT, min(f.topic, a.topic, key=len))
                     and (words(f.topic) <= mine or mine <= words(f.topic))), None)
        out.append(dataclasses.replace(a, topic=same.topic) if same else a)
        if not same:
            first.append(a)
    return out


def _told_again_alone(agreements: list[AgreementRecord]) -> list[AgreementRecord]:
    """'Nepal and India agreed on Monday to review the 1950 Treaty of Peace and Friendship …. The treaty, signed in
    Kathmandu in July 1950, …': an older instrument first named in a sentence that tells a later agreement, and told
    again in a sentence of its own, rests on the later sentences; the first only names it."""
    told: dict[tuple, list[AgreementRecord]] = {}
    for a in agreements:
        told.setdefault(agreement_node(a), []).append(a)
    named_only = set()
    for key, records in told.items():
        first, date = min(r.evidence.start for r in records), key[2]
        if all(r.evidence.start == first for r in records):
            continue   # told in one sentence only: that sentence is its evidence
        if date and any(a.evidence.start == first and agreement_node(a) != key and (a.date or "")[:4] > date[:4]
                        for a in agreements):   # a later agreement told in that first sentence
            named_only |= {id(r) for r in records if r.evidence.start == first}
    return [a for a in agreements if id(a) not in named_only]


def _deduplicated(result: Extraction) -> Extraction:
    result.organizations = list({o.key: o for o in result.organizations}.values())
    result.agreements = _one_node_per_instrument(_told_again_alone(_withdrawn_from_bilateral(result.agreements)))
    result.agreements = [a for a in result.agreements if a.status not in ("agreed", "planned")
                         or len({p.key for p in a.parties}) >= 2]   # what the shapes refuse (one party agreed), left
    # out here: withheld at validation, it took the sentence's other facts with it
    result.meetings = _one_meeting_per_event(result.meetings)
    _short_names_resolved(result)
    result.reports = _merged_reports(result.reports)
    people: dict[str, PersonRecord] = {}
    for p in result.people:
        known = people.get(p.person.key)
        if known is None or (not known.role and p.role):
            people[p.person.key] = p
    result.people = _without_surname_duplicates(list(people.values()))
    return result


def _short_names_resolved(result: Extraction) -> None:
    """'The Wall Street Journal said …. According to the Journal, …': a source named later by the end of
    a longer name the article gave it is that source, in the statements and in the claims it supports."""
    bare = lambda agent: re.sub(r"^[Tt]he\s+", "", agent.label).split()
    full: dict[str, tuple[Agent, int]] = {}   # each longer name, and where the article first gives it
    for s in result.statements:
        if len(bare(s.source)) > 1:
            full.setdefault(s.source.key, (s.source, s.evidence.start))

    def longer(source: Agent | None, at: int) -> Agent | None:
        words = bare(source) if source else []
        if not words or source.wikidata or (len(words) > 2 and not (source.org_class == "GovernmentBody"
                                                                     and source.country is None)):
            return None   # ("the External Affairs Ministry", its state's, named in full before, is that one)
        return next((a for a, first in full.values() if a.key != source.key and a.label.split()[-len(words):] == words
                     and first <= at), None)   # named in full before, not only after ("Foreign Ministry" of another)

    for kind in ("statements", "agreements", "meetings", "reports"):
        setattr(result, kind, [dataclasses.replace(r, source=full_name) if (full_name := longer(r.source, r.evidence.start))
                               else r for r in getattr(result, kind)])


def _merged_reports(reports: list[ReportRecord]) -> list[ReportRecord]:
    """An untitled mention ("in its report") of a publisher's titled report is that report; a title given to
    "the document" or "the report" told of just before is that report's."""
    reports = list(reports)
    for i, r in enumerate(reports):
        if i and r.title and not r.publisher and _THE_DOCUMENT.match(r.evidence.text) and reports[i - 1].publisher:
            reports[i] = dataclasses.replace(r, publisher=reports[i - 1].publisher, year=r.year or reports[i - 1].year)
        elif i and not r.title and r.publisher and _THE_KIND.match(r.evidence.text) and reports[i - 1].title \
                and not reports[i - 1].publisher:   # "… according to the Global Terrorism Index 2024. The index,
            reports[i - 1] = dataclasses.replace(reports[i - 1], publisher=r.publisher)   # published on Thursday by
            reports[i] = None                                                            # the IEP, found …": one report
    reports = [r for r in reports if r is not None]
    titled = {r.publisher.key: r for r in reports if r.title and r.publisher}
    return [dataclasses.replace(r, title=titled[r.publisher.key].title, year=titled[r.publisher.key].year)
            if not r.title and r.publisher and r.publisher.key in titled else r for r in reports]


def _without_surname_duplicates(people: list[PersonRecord]) -> list[PersonRecord]:
    titled = {m["surname"] for p in people if (m := _COURTESY_TITLE.fullmatch(p.person.label))}
    people = [_without_courtesy_title(p) for p in people]   # "Mr Kishida" -> "Kishida", then dropped beside
    names = [p.person.label for p in people]               # "Fumio Kishida" ("Mr Kim" beside "Kim Jong Un")
    royal = {p.person.label: m["word"] for p in people if (m := _MONARCH.fullmatch(p.person.label))}
    return [p for p in people if not any(o != p.person.label and (o.endswith(" " + p.person.label) or (
        p.person.label in titled and p.person.label in o.split()) or royal.get(p.person.label) == _MONARCH.sub(r"\g<word>", o).split()[0])
        for o in names)]
    # "King Abdullah" beside "King Abdullah II", "Emir Tamim" beside "Tamim bin Hamad Al Thani": one person


_MONARCH = re.compile(rf"{MONARCHS} (?P<word>\S+)")   # a monarch named by one name (`people`)


def _without_courtesy_title(record: PersonRecord) -> PersonRecord:
    """'Mr. Lapid', 'Ms Bishop': the surname alone, which names the person the article named in full, if any;
    'Hon Julie Bishop MP': the name without the style."""
    m = _COURTESY_TITLE.fullmatch(record.person.label) or _STYLED.fullmatch(record.person.label)
    if not m:
        return record
    name = next(group for group in m.groups() if group)   # each form names the person in one group
    return dataclasses.replace(record, person=dataclasses.replace(record.person, key=slug(name), label=name))


_THE_KIND = re.compile(r"(?:The|That|This)\s+(?:document|report|study|assessment|paper|index|survey|review|yearbook|"
                       r"analysis|ranking|outlook)\b")
_THE_DOCUMENT = re.compile(r"(?:The|That|This)\s+(?:document|report|study|assessment|paper),?\s+(?:titled|entitled|called)\b")
_COURTESY_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme)\.?\s+(?P<surname>[A-Z][\w’'-]+)")
#: "Hon Julie Bishop MP": a parliamentary style around the name.
_STYLED = re.compile(r"(?:The\s+)?(?:Hon|Honourable|Honorable)\.?\s+(?P<styled>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}?)(?:\s+(?:MP|MLA|MHR|QC|KC|OBE|CBE|KBE))?|"
                     r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}?)\s+(?:MP|MLA|MHR|QC|KC)")


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def extract(article: Article) -> Extraction:
    return extractor().extract(article)
