"""The home page: what is published, a query form, and the example queries one click away.

Its machine-readable twins: ``application/json`` (release metadata and examples)
and ``text/turtle`` (the release's VoID description).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from flask import Blueprint, Flask, Response, abort, jsonify, render_template, request, send_file, url_for
from werkzeug.exceptions import HTTPException

from kg import release as layout
from server import context
from server.negotiation import GRAPHS, HTML, JSON, negotiate

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
    return Response(render_template("home.html", metadata=metadata, counts=counts, examples=examples),
                    mimetype=HTML.media_type)


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
