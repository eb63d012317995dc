"""The home page: what is published, the query editor with the example queries one click
away, and the pictures of the cooperation network and the timeline.

``/?query=...`` opens the page with that query in the editor (the shareable link the
page's script writes, and runs). Its machine-readable twins: ``application/json``
(release metadata and examples) and ``text/turtle`` (the release's VoID description).
Every page carries :func:`site_config`, what its scripts need to know of the site.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from flask import Blueprint, Flask, Response, abort, jsonify, render_template, request, send_file, url_for
from werkzeug.exceptions import HTTPException

from kg import release as layout
from kg.vocab import ONTOLOGY_IRI, STATUSES
from server import context, ontology, pictures
from server.namespaces import PREFIXES
from server.negotiation import GRAPHS, HTML, JSON, RESULTS, negotiate

bp = Blueprint("home", __name__)
TURTLE = GRAPHS[0]
COUNTS = """SELECT ?triples ?articles ?states ?agreements WHERE {
  { SELECT (COUNT(DISTINCT *) AS ?triples) WHERE { ?s ?p ?o } }
  { SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a irn:NewsArticle } }
  { SELECT (COUNT(DISTINCT ?c) AS ?states) WHERE { ?c a irn:State } }
  { SELECT (COUNT(DISTINCT ?t) AS ?agreements) WHERE { ?t a irn:Agreement } }
}"""


@dataclass(frozen=True)
class Example:
    """One competency query from ``settings.queries_dir``: its leading ``#`` lines describe it."""

    name: str
    title: str
    description: str
    query: str


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.add_template_global(site_config)


def site_config() -> dict:
    """What the page scripts need: how IRIs map to pages, the prefixes and terms to complete,
    the endpoint and the ``format=`` names it answers in, the statuses of an agreement."""
    return {"base": context.settings().base_iri, "root": url_for("home.index"),
            "endpoint": url_for("sparql.endpoint"), "ontology": ONTOLOGY_IRI,
            "ontologyPage": url_for("ontology.ontology"), "prefixes": PREFIXES,
            "terms": ontology.completion_terms(context.settings().ontology_dir),
            "formats": {"results": [f.name for f in RESULTS], "graph": [f.name for f in GRAPHS]},
            "statuses": STATUSES}


@bp.route("/")
def index() -> Response:
    chosen = negotiate((HTML, JSON, TURTLE), request.accept_mimetypes, request.args.get("format"), "the home page")
    folder = layout.current(context.settings().out)
    metadata = layout.metadata(folder) if folder else None
    examples = read_examples(context.settings().queries_dir)
    if chosen is JSON:
        return jsonify(release=metadata, sparql=url_for("sparql.endpoint", _external=True),
                       dumps=url_for("dumps.listing", _external=True),
                       examples=[asdict(example) for example in examples])
    if chosen is TURTLE:
        if folder is None or not (folder / "void.ttl").is_file():
            abort(404, "no VoID description is published yet")
        return send_file(folder / "void.ttl", mimetype=TURTLE.media_type)
    counts = context.remembered(folder, lambda: _counts(metadata)) if metadata else {}
    page = render_template("home.html", metadata=metadata, counts=counts, examples=examples,
                           query=request.args.get("query", ""), pictures=pictures.for_home())
    return Response(page, mimetype=HTML.media_type)


def read_examples(folder: Path) -> list[Example]:
    if not Path(folder).is_dir():
        return []
    return [_example(path) for path in sorted(Path(folder).glob("*.rq"))]


def _example(path: Path) -> Example:
    text = path.read_text(encoding="utf-8")
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line.lstrip("#").strip())
    title = comments[0] if comments and comments[0] else path.stem.replace("_", " ").replace("-", " ")
    return Example(path.stem, title, " ".join(c for c in comments[1:] if c), text)


def _counts(metadata: dict) -> dict[str, int]:
    """Triples, articles, states and agreements: one quick query (release.json's triples if given)."""
    try:
        outcome = context.run(COUNTS, trusted=True, results_type=JSON.media_type)
    except HTTPException:
        return {}
    rows = json.loads(outcome.body)["results"]["bindings"] if outcome.status == 200 else []
    counts = {name: int(term["value"]) for name, term in rows[0].items()} if rows else {}
    if isinstance(metadata.get("triples"), int):
        counts["triples"] = metadata["triples"]
    return counts
