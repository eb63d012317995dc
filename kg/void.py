"""The description of a release in VoID and DCAT: ``void.ttl``, also served at ``/.well-known/void``.

VoID (https://www.w3.org/TR/void/), "Describing dataset statistics": ``void:triples`` counts
the distinct triples of the union of the graphs in scope, ``void:entities`` the distinct subjects
in ``void:uriSpace``; a class partition counts the instances of its class (``void:entities``
those in the URI space, ``void:distinctSubjects`` all), a property partition the distinct triples
of its property. A server publishes the description of its datasets at ``/.well-known/void``
(https://www.w3.org/TR/void/#well-known). DCAT 3 (https://www.w3.org/TR/vocab-dcat-3/): one
``dcat:Distribution`` per dump, with its media type, size and SHA-256 (``spdx:checksum``).

Licence and publisher come from ``meta`` (``license``, ``publisher``, ``publisher_url``), with
:data:`LICENSE` and :data:`PUBLISHER` as defaults.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, XSD

from . import release
from .dumps import Content, oxigraph_term
from .iris import Minter
from .vocab import DCAT, IRN, SCHEMA, VOID, WIKIDATA

LICENSE = "https://creativecommons.org/licenses/by/4.0/"
PUBLISHER = "irnews project"
TITLE = "International relations news knowledge graph"
DESCRIPTION = ("Agreements, meetings, claims, reports, states, organizations and people extracted from news "
               "articles about international relations: one named graph per article, the triples OWL 2 RL "
               "reasoning adds, and the ontology.")
KINDS = {"articles": "Asserted: one named graph per article",
         "inferred": "Inferred by OWL 2 RL reasoning, trivial triples left out",
         "ontology": "The ontology"}
SUBSET_DUMPS = {"articles": "asserted.nq.gz", "inferred": "inferred.nq.gz", "ontology": "ontology.ttl"}
DATASET_DUMPS = ("kg.ttl", "kg.ttl.gz", "kg.nt.gz", "kg.nq.gz", "kg.trig.gz")
STATS = ("triples", "entities", "classes", "properties", "distinctSubjects", "distinctObjects")
WIKIDATA_DATASET = URIRef("http://www.wikidata.org/")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
FEATURES = {"text/turtle": FORMATS.Turtle, "application/n-triples": FORMATS["N-Triples"],
            "application/n-quads": FORMATS["N-Quads"], "application/trig": FORMATS.TriG}
MEDIA = Namespace("https://www.iana.org/assignments/media-types/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
TYPE = f"<{RDF.type}>"
PREFIXES = {"void": str(VOID), "dcat": str(DCAT), "dcterms": str(DCTERMS), "foaf": str(FOAF), "schema": str(SCHEMA),
            "spdx": str(SPDX), "formats": str(FORMATS), "owl": str(OWL), "rdfs": str(RDFS),
            "xsd": str(XSD), "irn": str(IRN), "prov": "http://www.w3.org/ns/prov#", "oa": "http://www.w3.org/ns/oa#"}


@dataclass
class Statistics:
    scopes: dict[str, dict[str, int]]  # "dataset" and each of KINDS -> the VoID counts of STATS
    classes: dict[str, tuple[int, int]]  # class IRI -> (instances in the URI space, all instances)
    properties: dict[str, int]  # property IRI -> distinct triples


def statistics(content: Content, minter: Minter) -> Statistics:
    """The counts of every scope and the partitions of the whole dataset, from the N-Triples terms."""
    inferred, ontology = str(minter.inferred_graph), str(minter.ontology_graph)
    articles: set = set()
    for name, triples in content.graphs.items():
        if name not in (inferred, ontology):
            articles.update(triples)
    space, dataset = f"<{minter.base}id/", content.distinct()
    scopes = {"dataset": _scope(dataset, space), "articles": _scope(articles, space),
              "inferred": _scope(content.graphs[inferred], space),
              "ontology": _scope(content.graphs[ontology], space)}
    instances = defaultdict(set)
    for s, p, o in dataset:
        if p == TYPE:
            instances[o].add(s)
    iri = {term: content.terms[term].value for term in instances if isinstance(content.terms[term], ox.NamedNode)}
    classes = {iri[c]: (sum(s.startswith(space) for s in members), len(members))
               for c, members in instances.items() if c in iri}
    properties = {content.terms[p].value: n for p, n in Counter(p for _, p, _ in dataset).items()}
    return Statistics(scopes, dict(sorted(classes.items())), dict(sorted(properties.items())))


def _scope(triples, space: str) -> dict[str, int]:
    """The VoID counts of distinct ``triples``."""
    subjects = {s for s, _, _ in triples}
    return {"triples": len(triples), "entities": sum(s.startswith(space) for s in subjects),
            "classes": len({o for _, p, o in triples if p == TYPE}), "properties": len({p for _, p, _ in triples}),
            "distinctSubjects": len(subjects), "distinctObjects": len({o for _, _, o in triples})}


def description(stats: Statistics, minter: Minter, meta: dict, version: str, created: str,
                files: dict[str, tuple[int, str]]) -> bytes:
    """void.ttl: the dataset, its subsets and partitions, its distributions, its publisher and licence.

    ``files`` holds (bytes, SHA-256) of every file written before this one."""
    base = minter.base
    dataset, licence = URIRef(f"{base}dataset"), URIRef(meta.get("license") or LICENSE)
    when = Literal(created, datatype=XSD.dateTime, normalize=False)
    publisher = URIRef(f"{base}dataset#publisher")
    triples = [(dataset, RDF.type, VOID.Dataset), (dataset, RDF.type, DCAT.Dataset),
               (dataset, DCTERMS.title, Literal(TITLE, lang="en")),
               (dataset, DCTERMS.description, Literal(DESCRIPTION, lang="en")),
               (dataset, DCTERMS.license, licence), (dataset, DCTERMS.publisher, publisher),
               (dataset, DCTERMS.issued, when), (dataset, DCTERMS.modified, when),
               (dataset, OWL.versionInfo, Literal(version)), (dataset, DCAT.version, Literal(version)),
               (dataset, DCAT.landingPage, URIRef(base)), (dataset, VOID.sparqlEndpoint, URIRef(f"{base}sparql")),
               (dataset, VOID.uriSpace, Literal(f"{base}id/")), (dataset, VOID.vocabulary, URIRef(str(IRN)))]
    triples += _related(dataset, base, version, files)
    triples += _counts(dataset, stats.scopes["dataset"])
    triples += _distributions(dataset, DATASET_DUMPS, base, version, files, licence)
    for kind, title in KINDS.items():
        subset = URIRef(f"{dataset}#{kind}")
        triples += [(dataset, VOID.subset, subset), (subset, RDF.type, VOID.Dataset),
                    (subset, DCTERMS.title, Literal(title, lang="en"))]
        triples += _counts(subset, stats.scopes[kind])
        triples += _distributions(subset, (SUBSET_DUMPS[kind],), base, version, files, licence)
    triples += _linkset(dataset, stats.properties.get(str(IRN.wikidata), 0))
    triples += _partitions(dataset, stats)
    triples += _publisher(publisher, meta)
    triples += _service(dataset, base)
    return _turtle(triples)


def _publisher(node: URIRef, meta: dict) -> list:
    name = Literal(meta.get("publisher") or PUBLISHER)
    triples = [(node, RDF.type, FOAF.Organization), (node, RDF.type, SCHEMA.Organization),
               (node, FOAF.name, name), (node, SCHEMA.name, name)]
    if meta.get("publisher_url"):
        triples += [(node, FOAF.homepage, URIRef(meta["publisher_url"])),
                    (node, SCHEMA.url, URIRef(meta["publisher_url"]))]
    return triples


def _counts(node: URIRef, counts: dict[str, int]) -> list:
    return [(node, VOID[name], _integer(counts[name])) for name in STATS]


def _partitions(dataset: URIRef, stats: Statistics) -> list:
    triples = []
    for number, (iri, (entities, instances)) in enumerate(stats.classes.items()):
        part = URIRef(f"{dataset}#class-{number}")
        triples += [(dataset, VOID.classPartition, part), (part, VOID["class"], URIRef(iri)),
                    (part, VOID.entities, _integer(entities)), (part, VOID.distinctSubjects, _integer(instances))]
    for number, (iri, count) in enumerate(stats.properties.items()):
        part = URIRef(f"{dataset}#property-{number}")
        triples += [(dataset, VOID.propertyPartition, part), (part, VOID.property, URIRef(iri)),
                    (part, VOID.triples, _integer(count))]
    return triples


def _distributions(dataset: URIRef, names, base: str, version: str, files: dict, licence: URIRef) -> list:
    """void:dataDump (the current release's URL) and a dcat:Distribution (this release's) per file."""
    triples = []
    for name in (name for name in names if name in files):
        file, (size, sha256) = release.FILES[name], files[name]
        node, checksum = URIRef(f"{base}dataset#{name}"), URIRef(f"{base}dataset#{name}-sha256")
        triples += [
            (dataset, VOID.dataDump, URIRef(f"{base}dumps/{name}")),
            (dataset, VOID.feature, FEATURES[file.content_type]), (dataset, DCAT.distribution, node),
            (node, RDF.type, DCAT.Distribution), (node, DCTERMS.title, Literal(name)),
            (node, DCTERMS.description, Literal(file.description, lang="en")), (node, DCTERMS.license, licence),
            (node, DCAT.accessURL, URIRef(f"{base}dumps/")),
            (node, DCAT.downloadURL, URIRef(f"{base}dumps/{version}/{name}")),
            (node, DCAT.mediaType, MEDIA[file.content_type]),
            (node, DCAT.byteSize, Literal(size, datatype=XSD.nonNegativeInteger)),
            (node, SPDX.checksum, checksum), (checksum, RDF.type, SPDX.Checksum),
            (checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256),
            (checksum, SPDX.checksumValue, Literal(sha256, datatype=XSD.hexBinary))]
        if file.gzip:
            triples.append((node, DCAT.compressFormat, MEDIA["application/gzip"]))
    return triples


def _linkset(dataset: URIRef, links: int) -> list:
    linkset = URIRef(f"{dataset}#wikidata")
    return [(dataset, VOID.subset, linkset), (linkset, RDF.type, VOID.Linkset),
            (linkset, VOID.linkPredicate, IRN.wikidata), (linkset, VOID.subjectsTarget, dataset),
            (linkset, VOID.objectsTarget, WIKIDATA_DATASET), (linkset, VOID.triples, _integer(links)),
            (WIKIDATA_DATASET, RDF.type, VOID.Dataset), (WIKIDATA_DATASET, DCTERMS.title, Literal("Wikidata")),
            (WIKIDATA_DATASET, VOID.uriSpace, Literal(str(WIKIDATA)))]


def _service(dataset: URIRef, base: str) -> list:
    endpoint = URIRef(f"{base}sparql")
    return [(endpoint, RDF.type, DCAT.DataService), (endpoint, DCAT.endpointURL, endpoint),
            (endpoint, DCAT.servesDataset, dataset),
            (endpoint, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en"))]


def _related(dataset: URIRef, base: str, version: str, files: dict) -> list:
    """The shapes the data conforms to and the validation report, when the release has them."""
    triples = []
    if "shapes.ttl" in files:
        triples.append((dataset, DCTERMS.conformsTo, URIRef(f"{base}dumps/{version}/shapes.ttl")))
    if "validation.ttl" in files:
        triples.append((dataset, RDFS.seeAlso, URIRef(f"{base}dumps/{version}/validation.ttl")))
    return triples


def _turtle(triples: list) -> bytes:
    """Turtle in the order the triples were made: each subject once, each of its predicates once."""
    grouped: dict = {}
    for s, p, o in triples:
        grouped.setdefault(s, {}).setdefault(p, {})[o] = None
    ordered = (ox.Triple(oxigraph_term(s), oxigraph_term(p), oxigraph_term(o))
               for s, predicates in grouped.items() for p, objects in predicates.items() for o in objects)
    return ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)
