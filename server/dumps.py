"""``/dumps/``: the files of the release being served, listed and downloadable.

Only the names :data:`kg.release.DUMPS` declares are served, so no path reaches
anything else (the store, another release, the file system).
"""

from __future__ import annotations

from flask import Blueprint, Flask, Response, abort, jsonify, render_template, request, send_file, url_for

from kg import release as layout
from server import context
from server.negotiation import HTML, JSON, negotiate

bp = Blueprint("dumps", __name__)

MEDIA_TYPES = {
    "kg.ttl": "text/turtle",
    "kg.nq.gz": "application/gzip",
    "void.ttl": "text/turtle",
    layout.METADATA: "application/json",
    layout.SUMS: "text/plain",
}
DESCRIPTIONS = {
    "kg.ttl": "every triple of the published graphs (Turtle)",
    "kg.nq.gz": "every quad, with its graph name (gzipped N-Quads)",
    "void.ttl": "VoID description of the dataset, with counts",
    layout.METADATA: "version, date, counts and graph names of this release",
    layout.SUMS: "SHA-256 checksums of the files above (sha256sum -c)",
}


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


@bp.route("/dumps/")
def listing() -> Response:
    folder = context.release()
    files = [{"name": name, "bytes": (folder / name).stat().st_size, "media_type": MEDIA_TYPES[name],
              "description": DESCRIPTIONS[name], "url": url_for("dumps.download", name=name, _external=True)}
             for name in layout.DUMPS if (folder / name).is_file()]
    version = layout.metadata(folder).get("version", folder.name)
    chosen = negotiate((HTML, JSON), request.accept_mimetypes, request.args.get("format"), "the dump listing")
    if chosen is JSON:
        return jsonify(version=version, files=files)
    return Response(render_template("dumps.html", version=version, files=files), mimetype=HTML.media_type)


@bp.route("/dumps/<name>")
def download(name: str) -> Response:
    if name not in layout.DUMPS:
        abort(404, f"{name!r} is not one of the dumps; /dumps/ lists them")
    path = context.release() / name
    if not path.is_file():
        abort(404, f"{name} is not in this release")
    return send_file(path, mimetype=MEDIA_TYPES[name], conditional=True, max_age=60, download_name=name)
