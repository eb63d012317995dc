"""The small release the server tests publish, a check that it follows kg/release.py,
and the two helpers every server test uses to talk HTTP and read a one-line error.

Two article graphs under ``{base}graph/article/``, the inferred graph, three
states, an agreement, a claim with its quote; one literal and one IRI that try
to inject script into HTML pages; two literals a disguised SERVICE would match.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import pyoxigraph as ox
import requests

from kg import release as layout
from kg.settings import Settings

BASE = "http://irnews.example.org/"
VEN, IRN, CUB = (f"{BASE}id/state/{code}" for code in ("VEN", "IRN", "CUB"))
AGREEMENT = f"{BASE}id/agreement/ven-irn-energy-2023"
CLAIM, QUOTE = f"{BASE}id/claim/c1", f"{BASE}id/quote/q1"
ARTICLE1, ARTICLE2 = f"{BASE}id/article/a1", f"{BASE}id/article/a2"
GRAPH1, GRAPH2 = f"{BASE}graph/article/a1", f"{BASE}graph/article/a2"
INFERRED = f"{BASE}graph/inferred"
PROBE = f"{BASE}id/report/probe"  # its two literals make a hidden SERVICE reachable (test_server_sparql)
QUOTE_TEXT = "Venezuela and Iran signed an energy cooperation agreement in Caracas on Monday."
STATES_QUERY = "SELECT ?state WHERE { ?state a irn:State } ORDER BY ?state"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

TRIG = f"""
@prefix irn: <http://irnews.example.org/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{GRAPH1}> {{
  <{ARTICLE1}> a irn:NewsArticle ; irn:title "Venezuela and Iran sign an energy agreement" ;
      irn:datePublished "2023-06-12"^^xsd:date ; irn:mentions <{VEN}>, <{IRN}> .
  <{VEN}> a irn:State ; rdfs:label "Venezuela"@en ; irn:iso3 "VEN" .
  <{IRN}> a irn:State ; rdfs:label "Iran"@en ; irn:iso3 "IRN" .
  <{AGREEMENT}> a irn:Agreement ; rdfs:label "Venezuela-Iran energy agreement"@en ;
      irn:hasParty <{VEN}>, <{IRN}> ; irn:status "signed" ; irn:topic "energy" ;
      irn:date "2023-06-12"^^xsd:date .
  <{CLAIM}> a irn:Claim ; irn:about <{AGREEMENT}> ; irn:statedIn <{ARTICLE1}> ;
      irn:attributedTo <{BASE}id/org/efe> ; irn:evidence <{QUOTE}> ; irn:modality "asserted" .
  <{QUOTE}> a irn:Quote ; irn:exact "{QUOTE_TEXT}" ; irn:start 0 ; irn:end 80 .
  <{BASE}id/org/efe> a irn:NewsAgency ; rdfs:label "EFE"@es ;
      rdfs:comment "<script>alert('literal')</script>" ; rdfs:seeAlso <javascript:alert(1)> .
}}
<{GRAPH2}> {{
  <{ARTICLE2}> a irn:NewsArticle ; irn:title "Cuba hosts talks" ; irn:mentions <{CUB}> .
  <{CUB}> a irn:State ; rdfs:label "Cuba"@en ; irn:iso3 "CUB" .
  <{PROBE}> rdfs:comment 'x" ,', ', " E' .
}}
<{INFERRED}> {{
  <{VEN}> irn:hasAgreementWith <{IRN}> ; irn:statePartyTo <{AGREEMENT}> .
  <{IRN}> irn:hasAgreementWith <{VEN}> ; irn:statePartyTo <{AGREEMENT}> .
}}
"""

EXAMPLES = {
    "states.rq": "# States in the graph\n# Every state any article mentions, by name.\n"
                 "SELECT ?state ?name WHERE { ?state a irn:State ; rdfs:label ?name } ORDER BY ?name\n",
    "agreements.rq": "# Agreements and their parties\nSELECT ?agreement ?party WHERE "
                     "{ ?agreement irn:hasParty ?party }\n",
}


def site_settings(root: Path, **changes) -> Settings:
    """Settings of a test site under ``root``: its own ``out`` and example queries."""
    queries = root / "queries"
    queries.mkdir(exist_ok=True)
    for name, text in EXAMPLES.items():
        (queries / name).write_text(text)
    base = Settings(out=root / "out", queries_dir=queries, workers=2, query_timeout=10,
                    max_query_bytes=4096, max_body_bytes=8192, client_timeout=5)
    return base.replace(**changes)


def call(site, method="GET", params=None, data=None, headers=None, path="/sparql", **options):
    """One request; every answer must carry nosniff and open CORS without credentials."""
    response = requests.request(method, site.url + path, params=params, data=data, headers=headers,
                                timeout=30, **options)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    return response


def assert_one_line_error(response, status: int, *words: str) -> None:
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.text.endswith("\n") and response.text.count("\n") == 1
    assert response.text.startswith(f"{status} ")
    assert "Traceback" not in response.text
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    for word in words:
        assert word in response.text


def test_sample_release_follows_the_release_layout(tmp_path, release_builder):
    folder = release_builder(tmp_path / "out", "v1", TRIG)
    assert layout.current(tmp_path / "out") == folder.resolve()
    assert all((folder / name).is_file() for name in layout.DUMPS)
    for line in (folder / layout.SUMS).read_text().splitlines():
        digest, name = line.split("  ")
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest
    store = ox.Store.read_only(str(folder / layout.STORE))
    graphs = {g.value for g in store.named_graphs()}
    assert graphs == {GRAPH1, GRAPH2, INFERRED}
    quads = gzip.decompress((folder / "kg.nq.gz").read_bytes())
    named = sum(isinstance(q.graph_name, ox.NamedNode) for q in store)
    assert len(list(ox.parse(quads, format=ox.RdfFormat.N_QUADS))) == named
