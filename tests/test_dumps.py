"""The dumps read back by independent parsers (Raptor's rapper, Oxigraph), blank nodes named by
content, and the server's /dumps/ and /.well-known/void over real HTTP."""

from __future__ import annotations

import gzip
import zlib
import http.client
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest
import requests
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from kg import release
from kg import dumps
from kg.bnodes import canonical_bnodes
from test_publish import MINTER, SH, make_inputs, publish, rdflib_term
from test_server_sample import site_settings

RAPPER = shutil.which("rapper")
needs_rapper = pytest.mark.skipif(RAPPER is None, reason="Raptor's rapper is not installed "
                                                         "(Debian: apt-get install raptor2-utils)")
ALL, ASSERTED, INFERRED, ONTOLOGY = "every graph", "article graphs", "inferred graph", "ontology graph"
#: file -> (rapper's syntax, Oxigraph's format, what of the store it holds, with graph names?)
DUMPS = {
    "kg.ttl": ("turtle", ox.RdfFormat.TURTLE, ALL, False),
    "kg.ttl.gz": ("turtle", ox.RdfFormat.TURTLE, ALL, False),
    "kg.nt.gz": ("ntriples", ox.RdfFormat.N_TRIPLES, ALL, False),
    "kg.nq.gz": ("nquads", ox.RdfFormat.N_QUADS, ALL, True),
    "kg.trig.gz": ("trig", ox.RdfFormat.TRIG, ALL, True),
    "asserted.nq.gz": ("nquads", ox.RdfFormat.N_QUADS, ASSERTED, True),
    "inferred.nq.gz": ("nquads", ox.RdfFormat.N_QUADS, INFERRED, True),
    "ontology.ttl": ("turtle", ox.RdfFormat.TURTLE, ONTOLOGY, False),
}
OTHERS = ("shapes.ttl", "validation.ttl", "void.ttl")  # Turtle not in the store


@pytest.fixture(scope="module")
def inputs() -> dict:
    return make_inputs()


@pytest.fixture(scope="module", params=["one chunk", "many chunks"])
def folder(request, tmp_path_factory, inputs) -> Path:
    """A release of the test inputs: its dumps in one chunk each, or cut into many (gzip members)."""
    with pytest.MonkeyPatch.context() as patch:
        if request.param == "many chunks":
            patch.setattr(dumps, "LINE_SPACING", 2)
            patch.setattr(dumps, "TRIG_SPACING", 2)
        return publish(tmp_path_factory.mktemp(request.param.replace(" ", "-")) / "out", **inputs)


@pytest.fixture(scope="module")
def stored(folder) -> list:
    """The quads of the store's named graphs (its default graph is their merge: tested below)."""
    return [q for q in ox.Store.read_only(str(folder / release.STORE)) if isinstance(q.graph_name, ox.NamedNode)]


def test_the_store_s_default_graph_is_the_merge_of_its_named_graphs(folder, stored):
    opened = ox.Store.read_only(str(folder / release.STORE))
    merge = [q for q in opened.quads_for_pattern(None, None, None, ox.DefaultGraph())]
    assert len(merge) == len({q.triple for q in stored})  # each triple once (blank nodes keep their names)
    assert {q.triple for q in merge} == {q.triple for q in stored}


def content(folder: Path, name: str) -> bytes:
    data = (folder / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def expected(stored: list, scope: str) -> list:
    def kept(quad) -> bool:
        name = quad.graph_name.value
        return {ALL: True, INFERRED: name == str(MINTER.inferred_graph),
                ONTOLOGY: name == str(MINTER.ontology_graph),
                ASSERTED: name.startswith(MINTER.article_graph(""))}[scope]
    return [quad for quad in stored if kept(quad)]


def by_graph(quads, with_names: bool) -> dict:
    """rdflib graphs by graph name (all in one when ``with_names`` is false)."""
    graphs: dict = {}
    for quad in quads:
        name = quad.graph_name.value if with_names and not isinstance(quad.graph_name, ox.DefaultGraph) else None
        graphs.setdefault(name, Graph()).add(tuple(rdflib_term(t) for t in quad.triple))
    return graphs


def assert_same(parsed, wanted, with_names: bool, name: str) -> None:
    got, want = by_graph(parsed, with_names), by_graph(wanted, with_names)
    assert got.keys() == want.keys(), name
    for graph in want:
        assert isomorphic(got[graph], want[graph]), (name, graph)


def rapper(data: bytes, syntax: str) -> list:
    """``data`` parsed by Raptor, as the quads it writes back (N-Quads: one statement a line)."""
    done = subprocess.run([RAPPER, "--quiet", "--input", syntax, "--output", "nquads", "-", MINTER.base],
                          input=data, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return list(ox.parse(done.stdout, format=ox.RdfFormat.N_QUADS))


# ---------------------------------------------------------------- every dump, read by two parsers

@pytest.mark.parametrize("name", DUMPS)
def test_oxigraph_reads_each_dump_as_the_stores_graphs(folder, stored, name):
    _, format, scope, with_names = DUMPS[name]
    parsed = list(ox.parse(content(folder, name), format=format))
    assert_same(parsed, expected(stored, scope), with_names, name)


@needs_rapper
@pytest.mark.parametrize("name", DUMPS)
def test_rapper_reads_each_dump_as_the_stores_graphs(folder, stored, name):
    syntax, _, scope, with_names = DUMPS[name]
    assert_same(rapper(content(folder, name), syntax), expected(stored, scope), with_names, name)


@pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")  # rdflib's own parsers
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("name", ["kg.trig.gz", "kg.nq.gz", "kg.ttl.gz"])
def test_rdflib_reads_the_dumps_of_many_gzip_members_and_graph_blocks(folder, stored, name):
    """zcat and rdflib read a dump of several gzip members whole, and TriG's blocks of one graph as one."""
    data = (folder / name).read_bytes()
    many = folder.parent.parent.name.startswith("many")
    assert (members(data) > 3) == many  # a member per chunk (and one for the @prefix lines)
    text = subprocess.run(["gzip", "-dc"], input=data, capture_output=True, check=True).stdout
    assert text == gzip.decompress(data)
    _, _, scope, with_names = DUMPS[name]
    if with_names:
        dataset = Dataset()
        dataset.parse(data=text, format="trig" if name.endswith("trig.gz") else "nquads")
        graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
        assert graphs == {quad.graph_name.value for quad in stored}
        for graph in graphs:
            ours = Graph()
            ours += dataset.graph(URIRef(graph))
            assert isomorphic(ours, by_graph([q for q in stored if q.graph_name.value == graph], False)[None]), graph
    else:
        assert isomorphic(Graph().parse(data=text, format="turtle"), by_graph(stored, False)[None])


def members(data: bytes) -> int:
    count = 0
    while data:
        member = zlib.decompressobj(31)
        member.decompress(data)
        data, count = member.unused_data, count + 1
    return count


def test_only_the_ontology_has_blank_nodes(stored):
    """Elsewhere the same N-Triples line is the same triple, whatever the parser."""
    blank = {quad.graph_name.value for quad in stored
             if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)}
    assert blank == {str(MINTER.ontology_graph)}


@pytest.mark.parametrize("name", OTHERS)
def test_the_other_turtle_files_read_the_same_with_both_parsers(folder, inputs, name):
    data = content(folder, name)
    by_oxigraph = by_graph(ox.parse(data, format=ox.RdfFormat.TURTLE), False)[None]
    if RAPPER:
        assert isomorphic(by_graph(rapper(data, "turtle"), False)[None], by_oxigraph)
    assert isomorphic(Graph().parse(data=data, format="turtle"), by_oxigraph)
    if name == "shapes.ttl":
        assert isomorphic(by_oxigraph, inputs["shapes"])


# ---------------------------------------------------------------- blank nodes named by what they say

def shuffled_copy(graph: Graph) -> Graph:
    """The same graph with other blank node ids, added in reverse order."""
    fresh: dict = {}
    copy = Graph()
    for s, p, o in reversed(sorted(graph, key=lambda t: tuple(x.n3() for x in t))):
        copy.add(tuple(fresh.setdefault(t, BNode()) if isinstance(t, BNode) else t for t in (s, p, o)))
    return copy


def as_graph(triples) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def list_graph(*items: str) -> Graph:
    graph = Graph()
    graph.add((URIRef("http://x.example/s"), RDFS.seeAlso, _list(graph, items)))
    return graph


def _list(graph: Graph, items) -> BNode:
    head = node = BNode()
    for number, item in enumerate(items):
        graph.add((node, RDF.first, Literal(item)))
        following = BNode() if number < len(items) - 1 else RDF.nil
        graph.add((node, RDF.rest, following))
        node = following
    return head


CASES = {
    "a list": list_graph("a", "b", "c"),
    "two blank nodes saying the same": Graph().parse(data="<http://x/a> <http://x/p> [ <http://x/q> 1 ], "
                                                          "[ <http://x/q> 1 ] .", format="turtle"),
    "a cycle": Graph().parse(data="_:a <http://x/p> _:b . _:b <http://x/p> _:a .", format="turtle"),
    "no blank node": Graph().parse(data="<http://x/a> <http://x/p> 'x' .", format="turtle"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_canonical_bnodes_keep_the_graph_and_name_it_the_same_way(case):
    graph = CASES[case]
    named, again = canonical_bnodes(graph), canonical_bnodes(shuffled_copy(graph))
    assert isomorphic(as_graph(named), graph) and len(set(named)) == len(graph)
    assert set(named) == set(again)  # the very same triples, blank node names included


def test_canonical_bnodes_with_other_salts_share_no_blank_node():
    graph = CASES["a list"]
    first, second = canonical_bnodes(graph, salt="g1"), canonical_bnodes(graph, salt="g2")
    blank = {term for triple in first for term in triple if isinstance(term, BNode)}
    assert blank and not blank & {term for triple in second for term in triple}


# ---------------------------------------------------------------- /dumps/ and /.well-known/void

@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory, inputs):
    """A server over two releases: the previous (two articles) and the current (three)."""
    root = tmp_path_factory.mktemp("site")
    previous = publish(root / "out", **{**inputs, "article_graphs": dict(list(inputs["article_graphs"].items())[:2])})
    current = publish(root / "out", **inputs)
    site = server_factory(site_settings(root))
    site.root, site.previous, site.current = root, previous, current
    return site


def get(site, path: str, accept: str = "*/*") -> requests.Response:
    return requests.get(site.url + path, headers={"Accept": accept}, timeout=30)


def test_dumps_lists_every_file_of_the_current_release_and_the_releases_kept(site):
    listing = get(site, "/dumps/", "application/json").json()
    assert listing["version"] == site.current.name and listing["current"] is True
    assert {f["name"]: f["bytes"] for f in listing["files"]} == {
        name: (site.current / name).stat().st_size for name in release.FILES}
    assert [(r["version"], r["current"]) for r in listing["releases"]] == [
        (site.current.name, True), (site.previous.name, False)]
    page = get(site, "/dumps/", "text/html").text
    assert f'href="{site.url}/dumps/{site.previous.name}/"' in page


def test_the_previous_release_stays_downloadable(site):
    listing = get(site, f"/dumps/{site.previous.name}/", "application/json").json()
    assert listing["version"] == site.previous.name and listing["current"] is False
    urls = {f["name"]: f["url"] for f in listing["files"]}
    assert urls["kg.nq.gz"] == f"{site.url}/dumps/{site.previous.name}/kg.nq.gz"
    response = requests.get(urls["kg.nq.gz"], timeout=30)
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/gzip"
    assert response.content == (site.previous / "kg.nq.gz").read_bytes()
    assert response.content != (site.current / "kg.nq.gz").read_bytes()


@pytest.mark.parametrize("name", ["kg.nt.gz", "kg.trig.gz", "validation.ttl", "shapes.ttl"])
def test_the_new_dumps_download_with_their_media_types(site, name):
    response = get(site, f"/dumps/{name}")
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == release.FILES[name].media_type
    assert response.content == (site.current / name).read_bytes()


def test_well_known_void_is_the_current_void_description(site):
    response = get(site, "/.well-known/void")
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/turtle")
    assert response.content == (site.current / "void.ttl").read_bytes()
    void = Graph().parse(data=response.text, format="turtle")
    assert (URIRef(f"{MINTER.base}dataset"), RDF.type, URIRef("http://rdfs.org/ns/void#Dataset")) in void


@pytest.fixture(scope="module")
def traps(site):
    """Folders beside the releases that must never be served."""
    root = release.releases_dir(site.root / "out")
    outside = site.root / "outside"
    outside.mkdir()
    (outside / release.METADATA).write_text("{}")
    (outside / "kg.ttl").write_text("secret")
    os.symlink(outside, root / "linked")
    (root / "unfinished").mkdir()
    (root / "unfinished" / "kg.ttl").write_text("secret")
    (root / ".building-1-00").mkdir()
    (root / ".building-1-00" / release.METADATA).write_text("{}")
    return root


@pytest.mark.parametrize("path", [
    "/dumps/linked/kg.ttl", "/dumps/linked/", "/dumps/unfinished/kg.ttl", "/dumps/.building-1-00/release.json",
    "/dumps/..%2foutside/kg.ttl", "/dumps/%2e%2e/outside/kg.ttl", "/dumps/../outside/kg.ttl",
    "/dumps/{previous}/store", "/dumps/{previous}/..%2f..%2foutside%2fkg.ttl", "/dumps/{previous}/../../x",
    "/dumps/nowhere/", "/dumps/nowhere/kg.ttl"])
def test_dumps_serve_only_files_of_releases_kept(site, traps, path):
    connection = http.client.HTTPConnection(urlsplit(site.url).netloc, timeout=10)
    connection.request("GET", path.format(previous=site.previous.name))  # sent as is: no normalisation
    response = connection.getresponse()
    body = response.read()
    assert response.status in (404, 400), path
    assert b"secret" not in body and b"@prefix" not in body
    assert [r["version"] for r in get(site, "/dumps/", "application/json").json()["releases"]] == [
        site.current.name, site.previous.name]
