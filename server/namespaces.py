"""The prefixes queries may use without declaring them, and that answers are written with."""

from __future__ import annotations

from kg.vocab import DCAT, IRN, OA, SCHEMA, SD, VOID, WIKIDATA

PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "irn": str(IRN._NS),
    "schema": str(SCHEMA),
    "oa": str(OA),
    "void": str(VOID),
    "dcat": str(DCAT),
    "sd": str(SD),
    "wd": str(WIKIDATA),
}


def curie(iri: str) -> str:
    """``irn:State`` for the ontology's State class; the IRI itself when no prefix fits."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
