"""Pages over real HTTP: the home page, linked data for every minted IRI, named graphs,
the ontology, the dumps, and errors in the negotiated format."""

from __future__ import annotations

import gzip
import hashlib
import html
import http.client
import json
import re
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import rdflib
import requests
from rdflib.compare import isomorphic

from kg import release as layout
from kg.vocab import SHAPES_IRI, STATUSES
from server.namespaces import PREFIXES
from server.negotiation import GRAPHS, RESULTS
from test_server_sample import AGREEMENT, BASE, CLAIM, GRAPH2, IRN, QUOTE_TEXT, TRIG, VEN, call, site_settings

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
IRNS = rdflib.Namespace("http://irnews.example.org/ontology#")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
VEN_WIKIDATA = "http://www.wikidata.org/entity/Q717"
LINKS = f"<{BASE}graph/links> {{ <{VEN}> <{IRNS.wikidata}> <{VEN_WIKIDATA}> . }}\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory, release_builder):
    root = tmp_path_factory.mktemp("pages")
    site = server_factory(site_settings(root))
    site.release = release_builder(root / "out", "v1", TRIG + LINKS)
    return site


def get(site, path, accept="*/*", **options):
    """GET ``path``; every answer must carry nosniff and open CORS."""
    response = requests.get(site.url + path, headers={"Accept": accept}, timeout=30, **options)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    return response


def turtle(response) -> rdflib.Graph:
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/turtle")
    return rdflib.Graph().parse(data=response.text, format="turtle")


# ---------------------------------------------------------------- home

def test_home_page_shows_counts_form_and_example_queries(site):
    page = get(site, "/", BROWSER)
    assert page.headers["Content-Type"].startswith("text/html")
    assert 'action="/sparql"' in page.text and "Release <strong>v1</strong>" in page.text
    triples = layout.metadata(site.release)["triples"]
    assert f"<dt>triples</dt><dd>{triples}</dd>" in page.text
    assert "<dt>articles</dt><dd>2</dd>" in page.text and "<dt>states</dt><dd>3</dd>" in page.text
    assert "<dt>agreements</dt><dd>1</dd>" in page.text
    assert "States in the graph" in page.text and "Agreements and their parties" in page.text
    assert "Every state any article mentions, by name." in page.text
    link = re.search(r'<a href="(/sparql\?query=[^"]+)" data-example="states">States in the graph', page.text)[1]
    results = get(site, link.replace("&amp;", "&"), BROWSER)
    assert results.status_code == 200 and "Venezuela" in results.text and 'href="/id/state/VEN"' in results.text


def test_the_shareable_link_puts_its_query_in_the_editor(site):
    query = 'SELECT ?s WHERE { ?s rdfs:label "<b>" }'
    page = get(site, "/?" + requests.compat.urlencode({"query": query}), BROWSER)
    editor = re.search(r'<textarea id="query"[^>]*>(.*?)</textarea>', page.text, re.S).group(1)
    assert html.unescape(editor) == query and "<b>" not in page.text


def test_pages_carry_their_settings_for_the_scripts(site):
    page = get(site, "/id/state/VEN", BROWSER).text
    config = json.loads(re.search(r'<script type="application/json" id="site-config">(.*?)</script>', page, re.S)[1])
    assert config["base"] == BASE and config["root"] == "/" and config["endpoint"] == "/sparql"
    assert config["prefixes"] == PREFIXES and config["ontologyPage"] == "/ontology"
    assert {"prefix": "irn", "name": "State", "label": "State"} in config["terms"]  # and what it builds on:
    assert {"prefix": "rdfs", "name": "label", "label": ""} in config["terms"] and config["statuses"] == list(STATUSES)
    assert config["formats"] == {"results": [f.name for f in RESULTS], "graph": [f.name for f in GRAPHS]}


def test_scripts_are_static_modules_the_content_security_policy_allows(site):
    page = get(site, "/", BROWSER)
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy and "unsafe" not in policy
    scripts = re.findall(r"<script([^>]*)>", page.text)
    assert scripts and all('src="/static/' in s or 'type="application/json"' in s for s in scripts)
    pending, seen = ["main.js"], set()
    while pending:
        seen.add(name := pending.pop())
        script = get(site, f"/static/{name}")
        assert script.status_code == 200 and "javascript" in script.headers["Content-Type"]
        assert "http://" not in script.text.replace("http://www.w3.org/", "") and "eval(" not in script.text
        pending += [n for n in re.findall(r'from "\./([\w-]+\.js)"', script.text) if n not in seen]
    assert {"editor.js", "syntax.js", "query.js", "network.js", "timeline.js"} <= seen


def test_pictures_are_drawn_from_queries_the_endpoint_answers(site):
    home = get(site, "/", BROWSER).text
    pictures = dict(re.findall(r'data-picture="(\w+)" data-query="([^"]*)"', home))
    network = sparql_rows(site, html.unescape(pictures["network"]))
    assert {(r["state"]["value"], r.get("partner", {}).get("value"), r["label"]["value"], int(r["agreements"]["value"]))
            for r in network} == {(VEN, None, "Venezuela", 1), (IRN, None, "Iran", 1), (IRN, VEN, "Iran", 1)}
    assert [float(r["pull"]["value"]) for r in network if "partner" in r] == [1.0]   # a row per state and per pair
    timeline = sparql_rows(site, html.unescape(pictures["timeline"]))   # a row per year, kind and status
    assert [(r["year"]["value"], r["kind"]["value"], r["status"]["value"], r["events"]["value"]) for r in timeline] == [
        ("2023", "agreement", "signed", "1")]
    drill = html.unescape(re.search(r'data-picture="timeline"[^>]* data-drill="([^"]*)"', home)[1])
    listed = sparql_rows(site, drill.replace('("agreement" 2000 "signed")', '("agreement" 2023 "signed")'))
    assert [r["event"]["value"] for r in listed] == [AGREEMENT]
    assert sparql_rows(site, drill.replace('("agreement" 2000 "signed")', '("agreement" 2023 "planned")')) == []
    assert sparql_rows(site, drill.replace('("agreement" 2000 "signed")', '("meeting" 2023 UNDEF)')) == []
    state = get(site, "/id/state/CUB", BROWSER).text
    assert f'data-focus="{BASE}id/state/CUB"' in state and "<h2>Partners</h2>" in state
    assert sparql_rows(site, html.unescape(re.search(r'data-query="([^"]*)"', state).group(1))) == []
    link = re.search(r'<a class="picture-query" href="([^"]+)"', state)[1]
    assert "/id/state/CUB" in requests.utils.unquote(html.unescape(link))
    assert "data-picture" not in get(site, "/id/agreement/ven-irn-energy-2023", BROWSER).text


def sparql_rows(site, q):
    return call(site, "POST", data={"query": q}, headers={"Accept": "application/json"}).json()["results"]["bindings"]


def test_home_page_twins(site):
    as_json = get(site, "/", "application/json").json()
    assert as_json["release"]["version"] == "v1"
    assert [e["name"] for e in as_json["examples"]] == ["agreements", "states"]
    assert as_json["sparql"] == site.url + "/sparql"
    void = turtle(get(site, "/", "text/turtle"))
    assert (None, rdflib.RDF.type, rdflib.URIRef("http://rdfs.org/ns/void#Dataset")) in void


def test_home_page_counts_triples_by_query_when_release_json_has_none(tmp_path, server_factory,
                                                                     release_builder):
    folder = release_builder(tmp_path / "out", "v1", TRIG, metadata={"triples": None})
    page = get(server_factory(site_settings(tmp_path)), "/", BROWSER)
    quads = ox.parse(gzip.decompress((folder / "kg.nq.gz").read_bytes()), format=ox.RdfFormat.N_QUADS)
    distinct = len({quad.triple for quad in quads})
    assert f"<dt>triples</dt><dd>{distinct}</dd>" in page.text


# ---------------------------------------------------------------- linked data

def test_a_state_as_html_for_browsers(site):
    page = get(site, "/id/state/VEN", BROWSER)
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<h1>Venezuela</h1>" in page.text
    assert 'href="/ontology#State"' in page.text
    assert 'href="/id/agreement/ven-irn-energy-2023"' in page.text  # incoming irn:hasParty, with its label
    assert "Venezuela-Iran energy agreement" in page.text
    assert 'href="/id/state/IRN"' in page.text and "Iran" in page.text  # irn:hasAgreementWith (inferred)


def test_a_state_as_rdf_outgoing_and_incoming(site):
    graph = turtle(get(site, "/id/state/VEN", "text/turtle"))
    ven = rdflib.URIRef(VEN)
    assert (ven, rdflib.RDFS.label, rdflib.Literal("Venezuela", lang="en")) in graph
    assert (rdflib.URIRef(AGREEMENT), IRNS.hasParty, ven) in graph
    assert (ven, IRNS.hasAgreementWith, rdflib.URIRef(IRN)) in graph
    for media_type, name in [("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
                             ("application/rdf+xml", "xml")]:
        response = get(site, "/id/state/VEN", media_type)
        assert response.headers["Content-Type"].startswith(media_type)
        assert isomorphic(rdflib.Graph().parse(data=response.content, format=name), graph)
    assert isomorphic(turtle(get(site, "/id/state/VEN?format=turtle", BROWSER)), graph)


def test_a_claim_page_shows_its_quote(site):
    page = get(site, "/id/claim/c1", BROWSER)
    assert f"<blockquote class=\"quote\">“{QUOTE_TEXT}”</blockquote>" in page.text
    assert 'href="/id/article/a1"' in page.text
    graph = turtle(get(site, "/id/claim/c1", "text/turtle"))
    assert (rdflib.URIRef(CLAIM), IRNS.evidence, rdflib.URIRef(f"{BASE}id/quote/q1")) in graph


def test_an_agreement_page_shows_its_evidence_with_article_and_source(site):
    page = get(site, "/id/agreement/ven-irn-energy-2023", BROWSER).text
    evidence = page[page.index('<section class="evidence">'):page.index("</section>")]
    assert f"“{QUOTE_TEXT}”" in evidence
    assert 'href="/id/org/efe"' in evidence and ">EFE</a>" in evidence
    assert 'href="/id/article/a1"' in evidence and "Venezuela and Iran sign an energy agreement" in evidence
    assert "2023-06-12" in evidence and 'href="/id/claim/c1"' in evidence


def test_a_state_page_links_its_wikidata_item_and_shows_its_agreements_evidence(site):
    page = get(site, "/id/state/VEN", BROWSER).text
    assert f'<a class="wikidata" href="{VEN_WIKIDATA}">Wikidata Q717</a>' in page and "<h2>Timeline</h2>" in page
    assert f"“{QUOTE_TEXT}”" in page and 'href="/id/agreement/ven-irn-energy-2023"' in page


def test_pages_escape_data_and_never_link_other_schemes(site):
    page = get(site, "/id/org/efe", BROWSER)
    assert page.status_code == 200
    assert "<script>" not in page.text and "&lt;script&gt;" in page.text
    assert 'href="javascript:' not in page.text


@pytest.mark.parametrize("path", ["/id/state/XXX", "/id/agreement/none", "/id/state/a%20b", "/id/state/%3E"])
def test_an_unknown_iri_is_404_in_the_negotiated_format(site, path):
    plain = get(site, path)
    assert plain.status_code == 404 and plain.headers["Content-Type"].startswith("text/plain")
    assert plain.text.count("\n") == 1
    page = get(site, path, BROWSER)
    assert page.status_code == 404 and page.headers["Content-Type"].startswith("text/html")
    assert get(site, path, "text/turtle").status_code == 404


def test_a_graph_iri_answers_its_triples(site):
    graph = turtle(get(site, "/graph/article/a2", "text/turtle"))
    expected = rdflib.Dataset()
    expected.parse(data=TRIG, format="trig")
    assert isomorphic(graph, expected.graph(rdflib.URIRef(GRAPH2)))
    page = get(site, "/graph/article/a2", BROWSER)
    assert 'href="/id/state/CUB"' in page.text and "Cuba" in page.text
    assert get(site, "/graph/article/none").status_code == 404


def test_linked_data_rejects_unknown_formats(site):
    assert get(site, "/id/state/VEN", "image/png").status_code == 406
    assert get(site, "/id/state/VEN?format=yaml").status_code == 400


# ---------------------------------------------------------------- ontology

def test_ontology_as_turtle_and_as_html(site):
    graph = turtle(get(site, "/ontology", "text/turtle"))
    assert (IRNS.State, rdflib.RDF.type, rdflib.OWL.Class) in graph
    page = get(site, "/ontology", BROWSER)
    assert 'id="State"' in page.text and 'id="hasParty"' in page.text
    ntriples = get(site, "/ontology?format=ntriples")
    assert isomorphic(rdflib.Graph().parse(data=ntriples.text, format="nt"), graph)


def test_the_ontology_and_the_shapes_resolve_at_their_namespace_iris(site):
    """An IRI ``…/ontology#State`` or ``…/shapes#State`` is fetched without its fragment: the document at
    the namespace answers Turtle to an RDF client and a page with an anchor per term to a browser."""
    [shapes_file] = site.app.extensions["irnews"].settings.shapes_dir.glob("*.ttl")
    declared = rdflib.Graph().parse(shapes_file, format="turtle")
    shapes_namespace = dict(declared.namespaces())["irnsh"]
    assert shapes_namespace == rdflib.URIRef(SHAPES_IRI + "#")
    assert (rdflib.URIRef(SHAPES_IRI), rdflib.RDF.type, rdflib.OWL.Ontology) in declared
    for namespace in (str(IRNS), str(shapes_namespace)):
        path = urlsplit(namespace).path
        graph = turtle(get(site, path, "text/turtle"))
        page = get(site, path, BROWSER)
        assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
        term = rdflib.URIRef(namespace + "State")
        assert (term, rdflib.RDF.type, None) in graph and 'id="State"' in page.text
    shapes = turtle(get(site, "/shapes", "text/turtle"))
    assert isomorphic(shapes, declared)
    assert (rdflib.URIRef("http://irnews.example.org/shapes#State"), SH.targetClass, IRNS.State) in shapes
    page = get(site, "/shapes", BROWSER).text
    assert 'href="/ontology#State"' in page and 'href="#Label"' in page and "needs a non-empty label" in page
    assert 'href="/shapes"' in get(site, "/ontology", BROWSER).text
    ntriples = get(site, "/shapes?format=ntriples")
    assert isomorphic(rdflib.Graph().parse(data=ntriples.text, format="nt"), shapes)
    assert get(site, "/shapes", "image/png").status_code == 406


# ---------------------------------------------------------------- dumps

def test_dumps_listing_has_every_file_with_its_size(site):
    page = get(site, "/dumps/", BROWSER)
    listing = get(site, "/dumps/", "application/json").json()
    assert listing["version"] == "v1"
    sizes = {f["name"]: f["bytes"] for f in listing["files"]}
    assert sizes == {name: (site.release / name).stat().st_size for name in layout.DUMPS}
    for name in layout.DUMPS:
        assert f">{name}</a>" in page.text


def test_dumps_download_with_their_content_types(site):
    ttl = get(site, "/dumps/kg.ttl")
    assert ttl.headers["Content-Type"].startswith("text/turtle")
    assert ttl.content == (site.release / "kg.ttl").read_bytes()
    nq = get(site, "/dumps/kg.nq.gz")
    assert nq.headers["Content-Type"] == "application/gzip"
    quads = list(ox.parse(gzip.decompress(nq.content), format=ox.RdfFormat.N_QUADS))
    assert {q.graph_name.value for q in quads} >= {GRAPH2}
    sums = get(site, "/dumps/SHA256SUMS").text
    assert f"{hashlib.sha256(ttl.content).hexdigest()}  kg.ttl" in sums


@pytest.mark.parametrize("path", ["/dumps/../dumps/../release.json", "/dumps/%2e%2e/%2e%2e/etc/passwd",
                                  "/dumps/..%2f..%2fv1%2fkg.ttl", "/dumps/store", "/dumps/store%2fCURRENT",
                                  "/dumps/..", "/dumps/%2e%2e%2fout.releases%2fv1%2fkg.ttl"])
def test_dumps_refuse_path_traversal(site, path):
    connection = http.client.HTTPConnection(urlsplit(site.url).netloc, timeout=10)
    connection.request("GET", path)  # sent as is: no client-side normalisation
    response = connection.getresponse()
    body = response.read()
    assert response.status in (404, 400)
    assert b"@prefix" not in body and b"root:" not in body and b'"version"' not in body


# ---------------------------------------------------------------- errors and assets

def test_unknown_paths_are_404_in_the_negotiated_format(site):
    plain = get(site, "/nowhere")
    assert plain.status_code == 404 and plain.text.startswith("404 Not Found: ")
    page = get(site, "/nowhere", BROWSER)
    assert page.status_code == 404 and "<h1>404 Not Found</h1>" in page.text


def test_stylesheet_is_served_locally(site):
    css = get(site, "/static/style.css")
    assert css.status_code == 200 and css.headers["Content-Type"].startswith("text/css")
    page = get(site, "/", BROWSER).text
    assert not re.search(r'(src|href)="(https?:)?//', page.replace(site.url, ""))


def test_a_bug_is_a_500_with_a_generic_line(tmp_path, server_factory, release_builder):
    release_builder(tmp_path / "out", "v1", TRIG)
    site = server_factory(site_settings(tmp_path))

    def broken():
        raise RuntimeError("internal detail /srv/secret.key")

    site.app.add_url_rule("/broken", "broken", broken)  # before the app's first request
    plain = get(site, "/broken")
    assert plain.status_code == 500 and plain.text.count("\n") == 1
    assert plain.text.startswith("500 Internal Server Error: ") and "secret" not in plain.text
    page = get(site, "/broken", BROWSER)
    assert page.status_code == 500 and "<h1>500 Internal Server Error</h1>" in page.text
    assert "secret" not in page.text and "Traceback" not in page.text
