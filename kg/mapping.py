"""Mapping: an ``Extraction`` -> the RDF triples of one article.

Deterministic IRIs make one node per real thing: the same agreement (parties,
topic, date, status) reported by two articles is one node with two claims.
Every claim is one sentence of one article: its quote (exact text and offsets),
the article it is stated in, the source it is attributed to, what it is about.

`map_triples` is the build's path: pyoxigraph terms (`kg.terms`), no rdflib graph.
`map_article` gives the same triples as an rdflib graph.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import ValidationError
from .extract import EXTRACTOR
from .extract.gazetteer import Agent, load
from .extract.records import Evidence, Extraction, agreement_node
from .iris import Minter, digest, slug
from .link import wikidata_for
from .terms import Triple, to_graph
from .vocab import IRN

MODALITY = {"signed": "asserted", "agreed": "asserted", "planned": "planned", "denied": "negated"}
DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


class _Names:
    """The pyoxigraph node of every term the mapping writes: ``T.mentions``, ``T.type``..."""

    def __init__(self):
        for name in IRN.__annotations__:
            setattr(self, name, ox.NamedNode(IRN[name]))
        self.type, self.label = ox.NamedNode(RDF.type), ox.NamedNode(RDFS.label)
        self.altLabel = ox.NamedNode(SKOS.altLabel)
        self.dates = {size: ox.NamedNode(datatype) for size, datatype in DATE_TYPES.items()}
        self.xsd_date, self.xsd_gYear = ox.NamedNode(XSD.date), ox.NamedNode(XSD.gYear)
        self.nonNegativeInteger = ox.NamedNode(XSD.nonNegativeInteger)


T = _Names()


def article_key(extraction: Extraction) -> str:
    article = extraction.article
    return digest(article.url) if article.url else digest(article.source, article.text)


def map_triples(extraction: Extraction, minter: Minter) -> tuple[ox.NamedNode, list[Triple]]:
    """The named-graph IRI of the article and its triples (each once, in the order made).

    Raises ValidationError when a term cannot be written in RDF (an article URL that is no IRI)."""
    return _Mapper(extraction, minter).run()


def map_article(extraction: Extraction, minter: Minter) -> tuple[URIRef, Graph]:
    """The named-graph IRI of the article and its triples as an rdflib graph."""
    iri, triples = map_triples(extraction, minter)
    return URIRef(iri.value), to_graph(triples)


def date_literal(value: str) -> Literal:
    return Literal(value, datatype=DATE_TYPES[len(value)])


def _date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=T.dates[len(value)])


class _Mapper:
    def __init__(self, extraction: Extraction, minter: Minter):
        self.x = extraction
        self.m = minter
        self.key = article_key(extraction)
        self.triples: dict[Triple, None] = {}   # an ordered set
        self.nodes: dict[tuple[str, str], ox.NamedNode] = {}
        self.article = self.node("article", self.key)
        self.claims: dict[tuple[int, str], ox.NamedNode] = {}   # (sentence start, modality) -> its claim
        self.quotes: dict[int, ox.NamedNode] = {}
        self.attributed: set[ox.NamedNode] = set()

    def add(self, s, p, o) -> None:
        self.triples[(s, p, o)] = None

    def node(self, kind: str, key: str) -> ox.NamedNode:
        found = self.nodes.get((kind, key))
        if found is None:
            found = self.nodes[(kind, key)] = ox.NamedNode(self.m.resource(kind, key))
        return found

    def run(self) -> tuple[ox.NamedNode, list[Triple]]:
        self._article()
        for state, _ in self.x.states:
            self.add(self.article, T.mentions, self.agent(state))
        for org in self.x.organizations:
            self.add(self.article, T.mentions, self.agent(org))
        named = {org.key: org for org in self.x.organizations}
        named.update((s.source.key, s.source) for s in self.x.statements if s.source.key not in named)   # a source
        for key, org in named.items():   # read from "the foreign ministry said" is named no other way
            for alias in sorted(self.x.aliases.get(key, ())):
                self.add(self.agent(org), T.altLabel, ox.Literal(alias))
        self._agreements()
        self._meetings()
        self._reports()
        self._people()
        for statement in self.x.statements:
            self.statement(statement.evidence, statement.source)
            self.add(self.article, T.cites, self.agent(statement.source))
        return ox.NamedNode(self.m.article_graph(self.key)), list(self.triples)

    def _article(self) -> None:
        a, article = self.article, self.x.article
        self.add(a, T.type, T.NewsArticle)
        self.add(a, T.title, ox.Literal(article.title))
        self.add(a, T.label, ox.Literal(article.title))
        self.add(a, T.sourceFile, ox.Literal(article.source))
        self.add(a, T.text, ox.Literal(article.text))
        if article.published:
            self.add(a, T.datePublished, ox.Literal(article.published.isoformat(), datatype=T.xsd_date))
        if article.url:
            self.add(a, T.url, _external(article.url, "the article URL"))
        if self.x.publisher:
            self.add(a, T.publishedBy, self.agent(self.x.publisher))

    def agent(self, agent: Agent) -> ox.NamedNode:
        node = self.node(agent.kind, agent.key)
        cls = {"state": T.State, "person": T.Person}.get(agent.kind) or getattr(T, agent.org_class or "Organization")
        self.add(node, T.type, cls)
        self.add(node, T.label, ox.Literal(agent.label))
        if wikidata := wikidata_for(agent):
            self.add(node, T.wikidata, _external(wikidata, f"the Wikidata item of {agent.label}"))
        if agent.kind == "state":
            self._state_codes(node, agent)
        elif agent.country:
            self.add(node, T.country, self.agent(load().state(agent.country).agent))
        return node

    def _state_codes(self, node: ox.NamedNode, agent: Agent) -> None:
        state = load().by_iso3.get(agent.key)
        if state and state.iso2:
            self.add(node, T.iso2, ox.Literal(state.iso2))
            self.add(node, T.iso3, ox.Literal(state.iso3))

    def claim(self, evidence: Evidence, about: ox.NamedNode | None, source: Agent | None,
              modality: str = "asserted") -> ox.NamedNode:
        """The claim of the sentence with this modality ("signed … in 2020, and … is expected to be signed
        next month": one asserted, one planned, the same quote), about ``about``."""
        claim = self.claims.get((evidence.start, modality))
        if claim is None:
            claim = self._new_claim(evidence, source, modality)
        elif source is not None and claim not in self.attributed:
            self.add(claim, T.attributedTo, self.agent(source))
            self.attributed.add(claim)
        if about is not None:
            self.add(claim, T.about, about)
            self.add(self.article, T.mentions, about)
        return claim

    def statement(self, evidence: Evidence, source: Agent) -> ox.NamedNode:
        """A sentence attributed to ``source`` (each of its claims); a joint statement is attributed to each issuer."""
        claims = [c for (start, _), c in self.claims.items() if start == evidence.start] \
            or [self._new_claim(evidence, None, "asserted")]
        for claim in claims:
            self.add(claim, T.attributedTo, self.agent(source))
            self.attributed.add(claim)
        return claims[0]

    def _new_claim(self, evidence: Evidence, source: Agent | None, modality: str) -> ox.NamedNode:
        key = f"{self.key}-{evidence.start}"
        claim = self.node("claim", key if modality == "asserted" else f"{key}-{modality}")
        self.claims[(evidence.start, modality)] = claim
        self.add(claim, T.type, T.Claim)
        self.add(claim, T.statedIn, self.article)
        self.add(claim, T.evidence, self._quote(evidence))
        self.add(claim, T.modality, ox.Literal(modality))
        self.add(claim, T.extractor, ox.Literal(EXTRACTOR))
        if source is not None:
            self.add(claim, T.attributedTo, self.agent(source))
            self.attributed.add(claim)
        return claim

    def _quote(self, evidence: Evidence) -> ox.NamedNode:
        """The sentence's quote, one for all its claims."""
        quote = self.quotes.get(evidence.start)
        if quote is None:
            quote = self.quotes[evidence.start] = self.node("quote", f"{self.key}-{evidence.start}")
            self.add(quote, T.type, T.Quote)
            self.add(quote, T.exact, ox.Literal(self.x.article.text[evidence.start:evidence.end]))
            self.add(quote, T.start, ox.Literal(str(evidence.start), datatype=T.nonNegativeInteger))
            self.add(quote, T.end, ox.Literal(str(evidence.end), datatype=T.nonNegativeInteger))
        return quote

    def _agreements(self) -> None:
        for rec in self.x.agreements:
            parties, *rest = agreement_node(rec)
            node = self.node("agreement", digest(*parties, *rest))
            self.add(node, T.type, T.Agreement)
            for party in rec.parties:
                prop = T.hasStateParty if party.kind == "state" else T.hasParty
                self.add(node, prop, self.agent(party))
            self.add(node, T.status, ox.Literal(rec.status))
            self.add(node, T.topic, ox.Literal(rec.topic))
            names = " and ".join(p.label for p in rec.parties)
            self.add(node, T.label, ox.Literal(
                f"{rec.topic} ({names}, {rec.status}{', ' + rec.date if rec.date else ''})"))
            if rec.date:
                self.add(node, T.date, _date(rec.date))
            self.claim(rec.evidence, node, rec.source, MODALITY[rec.status])

    def _meetings(self) -> None:
        for rec in self.x.meetings:
            keys = sorted(p.key for p in rec.participants)
            node = self.node("meeting", digest(*keys, rec.date or "", slug(rec.place or "")))
            self.add(node, T.type, T.Visit if rec.visit else T.Meeting)
            for p in rec.participants:
                prop = T.stateParticipant if p.kind == "state" else T.participant
                self.add(node, prop, self.agent(p))
            names = " and ".join(p.label for p in rec.participants)
            where = f" in {rec.place}" if rec.place else ""
            self.add(node, T.label, ox.Literal(
                f"Meeting of {names}{where}{', ' + rec.date if rec.date else ''}"))
            if rec.date:
                self.add(node, T.date, _date(rec.date))
            if rec.place:
                self.add(node, T.place, self._place(rec.place, rec.place_state))
            self.claim(rec.evidence, node, rec.source)

    def _place(self, name: str, state: Agent | None) -> ox.NamedNode:
        node = self.node("place", slug(name))
        self.add(node, T.type, T.Place)
        self.add(node, T.label, ox.Literal(name))
        if state is not None:
            self.add(node, T.inState, self.agent(state))
        return node

    def _reports(self) -> None:
        for rec in self.x.reports:
            publisher = rec.publisher.key if rec.publisher else ""
            node = self.node("report", digest(publisher, slug(rec.title or ""), str(rec.year or "")))
            self.add(node, T.type, T.Report)
            label = rec.title or f"Report by {rec.publisher.label if rec.publisher else 'unknown publisher'}"
            self.add(node, T.label, ox.Literal(label))
            if rec.title:
                self.add(node, T.title, ox.Literal(rec.title))
            if rec.publisher:
                self.add(node, T.publishedBy, self.agent(rec.publisher))
            if rec.year:
                self.add(node, T.year, ox.Literal(f"{rec.year:04d}", datatype=T.xsd_gYear))
            self.add(self.article, T.cites, node)
            self.claim(rec.evidence, node, rec.source)

    def _people(self) -> None:
        for rec in self.x.people:
            node = self.agent(rec.person)
            self.add(self.article, T.mentions, node)
            if rec.role:
                self.add(node, T.role, ox.Literal(rec.role))
                if rec.role == "author":
                    self.add(self.article, T.author, node)
                if rec.role == "photographer":
                    self.add(self.article, T.photographer, node)
            if rec.affiliation:
                self.add(node, T.affiliation, self.agent(rec.affiliation))
            if rec.evidence:
                self.claim(rec.evidence, node, None)


def _external(iri: str, what: str) -> ox.NamedNode:
    """An IRI the mapping did not mint; ValidationError if it is none."""
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise ValidationError(f"not published: {what} {iri!r} is not an IRI ({exc}); "
                              "correct it in the source") from None
