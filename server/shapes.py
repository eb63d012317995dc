"""``/shapes``: the SHACL shapes from ``settings.shapes_dir``, as RDF or as an HTML listing.

The shapes are named in the namespace ``http://irnews.example.org/shapes#``
(``irnsh:``), so each shape is ``/shapes#Name`` and has an anchor there, as the
ontology's terms do at ``/ontology#Term``: an RDF client asking for the namespace
gets the Turtle file, a browser a page of the node shapes, each with the class it
targets and the rules (path, constraints, message) it checks.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox
from flask import Blueprint, Flask, Response

from kg.vocab import SHAPES_IRI
from server import context
from server.namespaces import PREFIXES, curie
from server.ontology import COMMENT, LABEL, RDF_TYPE, document, text

bp = Blueprint("shapes", __name__)
SH, RDF = "http://www.w3.org/ns/shacl#", PREFIXES["rdf"]
NAMESPACE = SHAPES_IRI + "#"
NOT_CONSTRAINTS = {SH + "path", SH + "message", SH + "select", SH + "prefixes", RDF_TYPE}


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


@bp.route("/shapes")
def shapes() -> Response:
    return document(context.settings().shapes_dir, "shapes", "shapes.html", listing)


def listing(triples: list[ox.Triple]) -> dict:
    """The document's label and comment, its node shapes and its named property shapes, in name order."""
    about = defaultdict(lambda: defaultdict(list))
    for triple in triples:
        about[triple.subject][triple.predicate.value].append(triple.object)
    named = sorted((s for s in about if isinstance(s, ox.NamedNode) and s.value.startswith(NAMESPACE)),
                   key=lambda s: s.value)
    kinds = {"Node shapes": SH + "NodeShape", "Property shapes": SH + "PropertyShape"}
    header = about.get(ox.NamedNode(SHAPES_IRI), {})
    return {"iri": SHAPES_IRI, "label": text(header, LABEL), "comment": text(header, COMMENT),
            "kinds": {kind: [_shape(s, about) for s in named if any(t.value == iri for t in about[s][RDF_TYPE])]
                      for kind, iri in kinds.items()}}


def _shape(shape: ox.NamedNode, about) -> dict:
    values = about[shape]
    targets = [(t.value, _curie(t.value)) for t in values.get(SH + "targetClass", [])]
    if SH + "path" in values:  # a named property shape: its one rule
        rules = [{**_rule(shape, about), "ref": ""}]
    else:
        rules = [_rule(part, about) for part in values.get(SH + "property", []) + values.get(SH + "sparql", [])]
    return {"name": shape.value[len(NAMESPACE):], "targets": targets, "rules": rules}


def _rule(node, about) -> dict:
    """One property shape or SPARQL constraint: its path, its other constraints, its message."""
    values = about[node]
    named = node.value[len(NAMESPACE):] if isinstance(node, ox.NamedNode) else ""
    paths = values.get(SH + "path", [])
    path = _show(paths[0], about) if paths else "SPARQL"
    constraints = [f"{_curie(p)} {_show(o, about)}" for p, objects in values.items() if p not in NOT_CONSTRAINTS
                   for o in objects]
    return {"ref": named, "path": path, "constraints": constraints, "message": text(values, SH + "message")}


def _show(term, about) -> str:
    """A term as the page writes it: a CURIE, a literal's value, a list, or a nested shape."""
    if isinstance(term, ox.NamedNode):
        return _curie(term.value)
    if isinstance(term, ox.Literal):
        return f'"{term.value}"' if term.datatype.value.endswith("#string") else term.value
    values = about.get(term, {})
    if RDF + "first" in values:
        return "( " + " ".join(_show(item, about) for item in _items(term, about)) + " )"
    if SH + "alternativePath" in values:
        return " | ".join(_show(item, about) for item in _items(values[SH + "alternativePath"][0], about))
    return "[ " + " ; ".join(f"{_curie(p)} {_show(o, about)}" for p, objects in values.items() for o in objects) + " ]"


def _curie(iri: str) -> str:
    for prefix, namespace in (("sh", SH), ("irnsh", NAMESPACE)):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return curie(iri)


def _items(node, about) -> list:
    """The members of the RDF list starting at ``node``."""
    items = []
    while RDF + "first" in about.get(node, {}):
        items.append(about[node][RDF + "first"][0])
        node = about[node][RDF + "rest"][0]
    return items
