"""Minting IRIs: deterministic, so the same fact from two articles is one node.

Every resource lives under ``{base}id/{kind}/{key}``; every named graph under
``{base}graph/...``. States are keyed by ISO 3166-1 alpha-3 code, articles by a
hash of their canonical URL (else their file name and text), agreements by
their parties, topic and date.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

KINDS = ("state", "org", "person", "article", "agreement", "meeting", "report",
         "claim", "quote", "place")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': 'Diálogo Américas' -> 'dialogo-americas'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def digest(*parts: str, size: int = 16) -> str:
    joined = "\x1f".join(parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:size]


class Minter:
    """Mints the IRIs of one dataset under one base IRI."""

    def __init__(self, base_iri: str):
        if not base_iri.endswith("/"):
            base_iri += "/"
        self.base = base_iri

    def resource(self, kind: str, key: str) -> URIRef:
        if kind not in KINDS:
            raise ValueError(f"unknown resource kind {kind!r}")
        return URIRef(f"{self.base}id/{kind}/{key}")

    def article_graph(self, article_key: str) -> URIRef:
        return URIRef(f"{self.base}graph/article/{article_key}")

    @property
    def inferred_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/inferred")

    @property
    def ontology_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/ontology")

    def is_minted(self, iri: str) -> bool:
        return iri.startswith(self.base + "id/") or iri.startswith(self.base + "graph/")
