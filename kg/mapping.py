"""Mapping: an ``Extraction`` -> the RDF graph of one article.

Deterministic IRIs make one node per real thing: the same agreement (parties,
topic, date, status) reported by two articles is one node with two claims.
Every claim is one sentence of one article: its quote (exact text and offsets),
the article it is stated in, the source it is attributed to, what it is about.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from .extract import EXTRACTOR
from .extract.gazetteer import Agent, load
from .extract.records import Evidence, Extraction
from .iris import Minter, digest, slug
from .link import wikidata_for
from .vocab import IRN

MODALITY = {"signed": "asserted", "agreed": "asserted", "planned": "planned", "denied": "negated"}
DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def article_key(extraction: Extraction) -> str:
    article = extraction.article
    return digest(article.url) if article.url else digest(article.source, article.text)


def map_article(extraction: Extraction, minter: Minter) -> tuple[URIRef, Graph]:
    """The named-graph IRI of the article and its triples."""
    return _Mapper(extraction, minter).run()


def date_literal(value: str) -> Literal:
    return Literal(value, datatype=DATE_TYPES[len(value)])


class _Mapper:
    def __init__(self, extraction: Extraction, minter: Minter):
        self.x = extraction
        self.m = minter
        self.key = article_key(extraction)
        self.g = Graph()
        self.article = minter.resource("article", self.key)
        self.claims: dict[int, URIRef] = {}

    def run(self) -> tuple[URIRef, Graph]:
        self._article()
        for state, _ in self.x.states:
            self.g.add((self.article, IRN.mentions, self.agent(state)))
        for org in self.x.organizations:
            node = self.agent(org)
            self.g.add((self.article, IRN.mentions, node))
            for alias in sorted(self.x.aliases.get(org.key, ())):
                self.g.add((node, SKOS.altLabel, Literal(alias)))
        self._agreements()
        self._meetings()
        self._reports()
        self._people()
        for statement in self.x.statements:
            self.claim(statement.evidence, None, statement.source)
            self.g.add((self.article, IRN.cites, self.agent(statement.source)))
        return self.m.article_graph(self.key), self.g

    def _article(self) -> None:
        a, article = self.article, self.x.article
        self.g.add((a, RDF.type, IRN.NewsArticle))
        self.g.add((a, IRN.title, Literal(article.title)))
        self.g.add((a, RDFS.label, Literal(article.title)))
        self.g.add((a, IRN.sourceFile, Literal(article.source)))
        self.g.add((a, IRN.text, Literal(article.text)))
        if article.published:
            self.g.add((a, IRN.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
        if article.url:
            self.g.add((a, IRN.url, URIRef(article.url)))
        if self.x.publisher:
            self.g.add((a, IRN.publishedBy, self.agent(self.x.publisher)))

    def agent(self, agent: Agent) -> URIRef:
        kind = {"state": "state", "org": "org", "person": "person"}[agent.kind]
        node = self.m.resource(kind, agent.key)
        cls = {"state": IRN.State, "person": IRN.Person}.get(agent.kind) or IRN[agent.org_class or "Organization"]
        self.g.add((node, RDF.type, cls))
        self.g.add((node, RDFS.label, Literal(agent.label)))
        if wikidata := wikidata_for(agent):
            self.g.add((node, IRN.wikidata, URIRef(wikidata)))
        if agent.kind == "state":
            self._state_codes(node, agent)
        elif agent.country:
            self.g.add((node, IRN.country, self.agent(load().state(agent.country).agent)))
        return node

    def _state_codes(self, node: URIRef, agent: Agent) -> None:
        state = load().by_iso3.get(agent.key)
        if state and state.iso2:
            self.g.add((node, IRN.iso2, Literal(state.iso2)))
            self.g.add((node, IRN.iso3, Literal(state.iso3)))

    def claim(self, evidence: Evidence, about: URIRef | None, source: Agent | None,
              modality: str = "asserted") -> URIRef:
        claim = self.claims.get(evidence.start)
        if claim is None:
            claim = self._new_claim(evidence, source, modality)
        elif source is not None and (claim, IRN.attributedTo, None) not in self.g:
            self.g.add((claim, IRN.attributedTo, self.agent(source)))
        if about is not None:
            self.g.add((claim, IRN.about, about))
            self.g.add((self.article, IRN.mentions, about))
        return claim

    def _new_claim(self, evidence: Evidence, source: Agent | None, modality: str) -> URIRef:
        key = f"{self.key}-{evidence.start}"
        claim, quote = self.m.resource("claim", key), self.m.resource("quote", key)
        self.claims[evidence.start] = claim
        text = self.x.article.text[evidence.start:evidence.end]
        self.g.add((claim, RDF.type, IRN.Claim))
        self.g.add((claim, IRN.statedIn, self.article))
        self.g.add((claim, IRN.evidence, quote))
        self.g.add((claim, IRN.modality, Literal(modality)))
        self.g.add((claim, IRN.extractor, Literal(EXTRACTOR)))
        if source is not None:
            self.g.add((claim, IRN.attributedTo, self.agent(source)))
        self.g.add((quote, RDF.type, IRN.Quote))
        self.g.add((quote, IRN.exact, Literal(text)))
        self.g.add((quote, IRN.start, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
        self.g.add((quote, IRN.end, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))
        return claim

    def _agreements(self) -> None:
        for rec in self.x.agreements:
            parties = sorted(p.key for p in rec.parties)
            node = self.m.resource("agreement", digest(*parties, slug(rec.topic), rec.date or "", rec.status))
            self.g.add((node, RDF.type, IRN.Agreement))
            for party in rec.parties:
                prop = IRN.hasStateParty if party.kind == "state" else IRN.hasParty
                self.g.add((node, prop, self.agent(party)))
            self.g.add((node, IRN.status, Literal(rec.status)))
            self.g.add((node, IRN.topic, Literal(rec.topic)))
            names = " and ".join(p.label for p in rec.parties)
            self.g.add((node, RDFS.label, Literal(f"{rec.topic} ({names}, {rec.status}{', ' + rec.date if rec.date else ''})")))
            if rec.date:
                self.g.add((node, IRN.date, date_literal(rec.date)))
            self.claim(rec.evidence, node, rec.source, MODALITY[rec.status])

    def _meetings(self) -> None:
        for rec in self.x.meetings:
            keys = sorted(p.key for p in rec.participants)
            node = self.m.resource("meeting", digest(*keys, rec.date or "", slug(rec.place or "")))
            self.g.add((node, RDF.type, IRN.Visit if rec.visit else IRN.Meeting))
            for p in rec.participants:
                prop = IRN.stateParticipant if p.kind == "state" else IRN.participant
                self.g.add((node, prop, self.agent(p)))
            names = " and ".join(p.label for p in rec.participants)
            where = f" in {rec.place}" if rec.place else ""
            self.g.add((node, RDFS.label, Literal(f"Meeting of {names}{where}{', ' + rec.date if rec.date else ''}")))
            if rec.date:
                self.g.add((node, IRN.date, date_literal(rec.date)))
            if rec.place:
                self.g.add((node, IRN.place, self._place(rec.place, rec.place_state)))
            self.claim(rec.evidence, node, rec.source)

    def _place(self, name: str, state: Agent | None) -> URIRef:
        node = self.m.resource("place", slug(name))
        self.g.add((node, RDF.type, IRN.Place))
        self.g.add((node, RDFS.label, Literal(name)))
        if state is not None:
            self.g.add((node, IRN.inState, self.agent(state)))
        return node

    def _reports(self) -> None:
        for rec in self.x.reports:
            publisher = rec.publisher.key if rec.publisher else ""
            node = self.m.resource("report", digest(publisher, slug(rec.title or ""), str(rec.year or "")))
            self.g.add((node, RDF.type, IRN.Report))
            label = rec.title or f"Report by {rec.publisher.label if rec.publisher else 'unknown publisher'}"
            self.g.add((node, RDFS.label, Literal(label)))
            if rec.title:
                self.g.add((node, IRN.title, Literal(rec.title)))
            if rec.publisher:
                self.g.add((node, IRN.publishedBy, self.agent(rec.publisher)))
            if rec.year:
                self.g.add((node, IRN.year, Literal(f"{rec.year:04d}", datatype=XSD.gYear)))
            self.g.add((self.article, IRN.cites, node))
            self.claim(rec.evidence, node, rec.source)

    def _people(self) -> None:
        for rec in self.x.people:
            node = self.agent(rec.person)
            self.g.add((self.article, IRN.mentions, node))
            if rec.role:
                self.g.add((node, IRN.role, Literal(rec.role)))
                if rec.role == "author":
                    self.g.add((self.article, IRN.author, node))
                if rec.role == "photographer":
                    self.g.add((self.article, IRN.photographer, node))
            if rec.affiliation:
                self.g.add((node, IRN.affiliation, self.agent(rec.affiliation)))
            if rec.evidence:
                self.claim(rec.evidence, node, None)
