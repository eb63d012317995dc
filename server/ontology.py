"""``/ontology``: the OWL ontology from ``settings.ontology_dir``, as RDF or as an HTML listing.

Its terms are ``/ontology#Term``, so each class and property has an anchor there.
:func:`document` answers any such folder of Turtle files (``/shapes`` uses it too);
:func:`completion_terms` gives the query editor every term the ontology names.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Flask, Response, abort, render_template, request, send_file

from kg.vocab import ONTOLOGY_IRI
from server import context
from server.namespaces import PREFIXES, curie
from server.negotiation import GRAPHS, HTML, negotiate

bp = Blueprint("ontology", __name__)
TURTLE = GRAPHS[0]
RDF_TYPE, OWL = PREFIXES["rdf"] + "type", PREFIXES["owl"]
LABEL, COMMENT = PREFIXES["rdfs"] + "label", PREFIXES["rdfs"] + "comment"
KINDS = {"Classes": (OWL + "Class",),
         "Properties": (OWL + "ObjectProperty", OWL + "DatatypeProperty", OWL + "AnnotationProperty")}


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


@bp.route("/ontology")
def ontology() -> Response:
    return document(context.settings().ontology_dir, "ontology", "ontology.html", _listing)


def document(folder: Path, name: str, template: str, listing) -> Response:
    """The Turtle files of ``folder`` as one RDF document in the negotiated format (the file itself
    for Turtle), or ``template`` filled with ``listing(triples)`` for a browser."""
    chosen = negotiate(GRAPHS + (HTML,), request.accept_mimetypes, request.args.get("format"), f"the {name}")
    files = sorted(Path(folder).glob("*.ttl"))
    if not files:
        abort(404, f"no {name} (*.ttl) in {Path(folder).name}/")
    if chosen is TURTLE and len(files) == 1:
        return send_file(files[0], mimetype=TURTLE.media_type)
    triples = [quad.triple for path in files for quad in ox.parse(path=path, format=ox.RdfFormat.TURTLE)]
    if chosen is not HTML:
        body = ox.serialize(triples, format=ox.RdfFormat.from_media_type(chosen.media_type), prefixes=PREFIXES)
        return Response(body, mimetype=chosen.media_type)
    return Response(render_template(template, **listing(triples)), mimetype=HTML.media_type)


def completion_terms(folder: Path) -> tuple[dict, ...]:
    """Every IRI the ontology files in ``folder`` name under a known prefix (its classes and
    properties, and the terms it builds on), as ``{prefix, name, label}``, in name order."""
    files = sorted(Path(folder).glob("*.ttl"))
    try:
        return _terms(tuple((str(path), path.stat().st_mtime_ns) for path in files))
    except (OSError, SyntaxError):  # every page carries the terms: a broken ontology must not break them
        return ()


@lru_cache(maxsize=4)
def _terms(files: tuple[tuple[str, int], ...]) -> tuple[dict, ...]:
    triples = [quad.triple for path, _ in files for quad in ox.parse(path=path, format=ox.RdfFormat.TURTLE)]
    labels = {t.subject.value: t.object.value for t in triples
              if t.predicate.value == LABEL and isinstance(t.object, ox.Literal) and t.object.language in (None, "en")}
    iris = {term.value for t in triples for term in t if isinstance(term, ox.NamedNode)}
    named = (curie(iri).split(":", 1) + [labels.get(iri, "")] for iri in iris if curie(iri) != iri)
    return tuple({"prefix": prefix, "name": name, "label": label} for prefix, name, label in sorted(named))


def _listing(triples: list[ox.Triple]) -> dict:
    """The ontology's own label and comment, and its terms by kind, in name order."""
    about = defaultdict(lambda: defaultdict(list))
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode):
            about[triple.subject.value][triple.predicate.value].append(triple.object)
    kinds = {kind: sorted(_term(iri, about[iri]) for iri in about
                          if any(t.value in types for t in about[iri][RDF_TYPE]))
             for kind, types in KINDS.items()}
    header = about.get(ONTOLOGY_IRI, {})
    return {"iri": ONTOLOGY_IRI, "label": text(header, LABEL), "comment": text(header, COMMENT), "kinds": kinds}


def _term(iri: str, values: dict) -> tuple[str, str, str, str]:
    name = iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]
    return name, iri, text(values, LABEL), text(values, COMMENT)


def text(values: dict, predicate: str) -> str:
    """The English (or untagged, else any) value of ``predicate`` among ``values``; "" when none."""
    literals = [o for o in values.get(predicate, []) if isinstance(o, ox.Literal)]
    english = [o for o in literals if o.language in (None, "en")]
    return (english or literals or [ox.Literal("")])[0].value
