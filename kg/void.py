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

from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterable

import pyoxigraph as ox
from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, RDFS, XSD

from . import release
from .dumps import oxigraph_term
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


@dataclass
class Counts:
    """The VoID counts of a scope's distinct triples among some subjects (N-Triples terms). The dumps
    are cut between triples (`kg.chunks`), so the counts of chunks add up (`total`), but for a subject
    whose statements run over several chunks (`kg.dumpfiles.repeated` says how many times too often it
    is counted); distinct objects do not, and are counted apart (`kg.dumpfiles.Objects`)."""

    triples: int
    subjects: int
    entities: int
    properties: Counter                          # predicate -> triples
    classes: dict[str, list[int]]                # class -> [instances in the URI space, all instances]


def count(triples: list[tuple[str, str, str]], space: str) -> Counts:
    """The counts of distinct ``triples``; ``space`` is the URI space as the start of a term (``<...id/``)."""
    subjects = set(map(itemgetter(0), triples))
    classes: dict = {}
    for s, _, o in filter(_typing, triples):
        found = classes.setdefault(o, [0, 0])
        found[0] += s.startswith(space)
        found[1] += 1
    return Counts(len(triples), len(subjects), sum(s.startswith(space) for s in subjects),
                  Counter(map(itemgetter(1), triples)), classes)


def _typing(triple: tuple[str, str, str]) -> bool:
    return triple[1] == TYPE


def total(parts: Iterable[Counts], less: Iterable[Counts] = ()) -> Counts:
    """The counts of ``parts`` together, without those of ``less`` (parts counted before, now gone)."""
    whole = Counts(0, 0, 0, Counter(), {})
    for part, sign in [*((part, 1) for part in parts), *((part, -1) for part in less)]:
        whole.triples += sign * part.triples
        whole.subjects += sign * part.subjects
        whole.entities += sign * part.entities
        for term, n in part.properties.items():
            whole.properties[term] += sign * n
        for term, (inside, instances) in part.classes.items():
            found = whole.classes.setdefault(term, [0, 0])
            found[0] += sign * inside
            found[1] += sign * instances
    whole.properties = Counter({term: n for term, n in whole.properties.items() if n})
    whole.classes = {term: n for term, n in whole.classes.items() if n[1]}
    return whole


def statistics(scopes: dict[str, Counts], objects: dict[str, int]) -> Statistics:
    """The counts of every scope ("dataset" and `KINDS`) and the partitions of the whole dataset, from each
    scope's `Counts` and its number of distinct objects."""
    found = {name: {"triples": part.triples, "entities": part.entities,
                    "classes": sum(1 for n in part.classes.values() if n[1]),
                    "properties": sum(1 for n in part.properties.values() if n),
                    "distinctSubjects": part.subjects,
                    "distinctObjects": objects[name]}
             for name, part in scopes.items()}
    dataset = scopes["dataset"]
    classes = {_iri(term): tuple(n) for term, n in dataset.classes.items() if n[1] and term.startswith("<")}
    properties = {_iri(term): n for term, n in dataset.properties.items() if n}
    return Statistics(found, dict(sorted(classes.items())), dict(sorted(properties.items())))


def _iri(term: str) -> str:
    """The IRI of an N-Triples IRI term as pyoxigraph writes it (no escapes: an IRI cannot need one)."""
    return term[1:-1]


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
