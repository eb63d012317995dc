"""kg.turtle: Turtle and TriG laid out from N-Triples terms are pyoxigraph's own text, byte for byte,
and cut between subjects they are the same text in pieces."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.dumps import PREFIXES, oxigraph_term
from kg.turtle import Forms, trig, turtle
from test_publish import MINTER, make_inputs

XSD = "http://www.w3.org/2001/XMLSchema#"
ODD = [  # terms pyoxigraph writes in a form of its own: short numbers and booleans, escapes, local names
    f'"5"^^<{XSD}integer>', f'"-0.50"^^<{XSD}decimal>', f'"1.5e3"^^<{XSD}double>', f'"true"^^<{XSD}boolean>',
    f'"2023-02-24"^^<{XSD}date>', '"x"@es-ve', '"a \\"b\\"\\n\\tc"', '"_:b0 <http://x.example/> ."',
    "<https://schema.org/a.b>", "<https://schema.org/a.>", "<https://schema.org/>",
    "<http://www.wikidata.org/entity/Q1-2>",
    "<http://irnews.example.org/ontology#x%20y>", "_:c0abc", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"]


@pytest.fixture(scope="module")
def quads() -> list[tuple[str, str, str, str]]:
    """(graph, subject, predicate, object) of the test release's graphs and of odd terms, sorted."""
    inputs = make_inputs()
    graphs = {**inputs["article_graphs"], MINTER.inferred_graph: inputs["inferred"],
              MINTER.ontology_graph: inputs["ontology"]}
    found = {(f"<{name}>", *(str(oxigraph_term(t)) for t in triple)) for name, graph in graphs.items()
             for triple in graph}
    found |= {("<http://x.example/g>", "<http://x.example/s>", p, o) for p in ODD[-1:] + ["<http://x.example/p>"]
              for o in ODD}
    return sorted(found)


def learnt(quads) -> Forms:
    forms = Forms(PREFIXES)
    forms.learn((term for q in quads for term in (q[0], q[1], q[3])), (q[2] for q in quads))
    return forms


def pyoxigraph_text(lines: str, format) -> bytes:
    parsed = ox.parse(lines, format=ox.RdfFormat.N_QUADS if format == ox.RdfFormat.TRIG else ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=format, prefixes=PREFIXES)


def test_turtle_is_pyoxigraphs_text(quads):
    triples = sorted({q[1:] for q in quads})
    forms = learnt(quads)
    expected = pyoxigraph_text("".join(f"{s} {p} {o} .\n" for s, p, o in triples), ox.RdfFormat.TURTLE)
    assert forms.header + turtle(triples, forms).encode() == expected
    assert b" a " in expected and b"_:c" in expected and b"1.5e3" in expected  # the odd forms were there


def test_trig_is_pyoxigraphs_text(quads):
    forms = learnt(quads)
    blocks: list = []
    for g, s, p, o in quads:
        if not blocks or blocks[-1][0] != g:
            blocks.append((g, []))
        blocks[-1][1].append((s, p, o))
    expected = pyoxigraph_text("".join(f"{s} {p} {o} {g} .\n" for g, s, p, o in quads), ox.RdfFormat.TRIG)
    assert forms.header + trig(blocks, forms).encode() == expected


def test_pieces_cut_between_subjects_are_the_whole_text(quads):
    triples = sorted({q[1:] for q in quads})
    forms = learnt(quads)
    subjects = sorted({s for s, _, _ in triples})
    cut = [subjects[i] for i in range(0, len(subjects), 3)]
    pieces = [turtle([t for t in triples if cut[i] <= t[0] < (cut[i + 1] if i + 1 < len(cut) else "\U0010ffff")],
                     forms) for i in range(len(cut))]
    assert len(pieces) > 3 and "".join(pieces) == turtle(triples, forms)


def test_a_graph_in_two_blocks_reads_as_one(quads):
    """kg.trig.gz may cut a graph between two chunks: TriG reads the blocks of one name as one graph."""
    forms = learnt(quads)
    name = f"<{MINTER.inferred_graph}>"
    triples = [q[1:] for q in quads if q[0] == name]
    half = len(triples) // 2
    while half < len(triples) and triples[half][0] == triples[half - 1][0]:
        half += 1
    text = forms.header + (trig([(name, triples[:half])], forms) + trig([(name, triples[half:])], forms)).encode()
    assert text.count(b"inferred> {") == 2
    whole = "".join(f"{s} {p} {o} {name} .\n" for s, p, o in triples)
    assert sorted(map(str, ox.parse(text, format=ox.RdfFormat.TRIG))) == sorted(
        map(str, ox.parse(whole, format=ox.RdfFormat.N_QUADS)))


def test_learning_a_term_twice_asks_once():
    forms = Forms(PREFIXES)
    forms.learn(["<https://schema.org/name>"], ["<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"])
    forms.learn(["<https://schema.org/name>", '"x"'])
    assert forms.term == {"<https://schema.org/name>": "schema:name", '"x"': '"x"'}
    assert forms.predicate == {"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>": "a"}
    assert forms.header.startswith(b"@prefix ") and forms.header.endswith(b" .\n")
