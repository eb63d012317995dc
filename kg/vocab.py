"""Python names for the ontology's terms: the only place code refers to them.

`tests/test_vocab.py` keeps this list equal to the terms defined in
`ontology/irnews.ttl`; a mistyped term is an AttributeError at import time.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "http://irnews.example.org/ontology"
SHAPES_IRI = "http://irnews.example.org/shapes"  # the shapes' document; its namespace is SHAPES_IRI + "#"
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


class IRN(DefinedNamespace):
    """The international-relations news ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Agent: URIRef
    State: URIRef
    Organization: URIRef
    NewsOrganization: URIRef
    NewsAgency: URIRef
    IntergovernmentalOrganization: URIRef
    GovernmentBody: URIRef
    NonGovernmentalOrganization: URIRef
    ArmedGroup: URIRef
    Person: URIRef
    Agreement: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Place: URIRef
    Document: URIRef
    NewsArticle: URIRef
    Report: URIRef
    Claim: URIRef
    Quote: URIRef
    # properties
    hasParty: URIRef
    partyTo: URIRef
    hasStateParty: URIRef
    statePartyTo: URIRef
    hasAgreementWith: URIRef
    status: URIRef
    topic: URIRef
    date: URIRef
    cameoCode: URIRef
    ploverCode: URIRef
    participant: URIRef
    participatedIn: URIRef
    stateParticipant: URIRef
    stateParticipatedIn: URIRef
    metWith: URIRef
    place: URIRef
    inState: URIRef
    resultedIn: URIRef
    wikidata: URIRef
    iso2: URIRef
    iso3: URIRef
    role: URIRef
    affiliation: URIRef
    country: URIRef
    title: URIRef
    datePublished: URIRef
    year: URIRef
    url: URIRef
    sourceFile: URIRef
    text: URIRef
    publishedBy: URIRef
    publishes: URIRef
    author: URIRef
    photographer: URIRef
    mentions: URIRef
    mentionedIn: URIRef
    cites: URIRef
    about: URIRef
    supportedBy: URIRef
    statedIn: URIRef
    attributedTo: URIRef
    evidence: URIRef
    modality: URIRef
    extractor: URIRef
    exact: URIRef
    start: URIRef
    end: URIRef


STATUSES = ("signed", "agreed", "planned", "denied")
