"""``/dumps/``: the files of the release being served, and of the older releases still kept.

``/dumps/<name>`` is the current release's file, ``/dumps/<version>/<name>`` the file of one
release kept in ``OUT.releases`` (the previous one stays downloadable until it is pruned).
Only the names of :data:`kg.release.FILES` and the versions :func:`kg.release.find` accepts
are served, so no path reaches anything else (the store, the file system).
``/.well-known/void`` is the current release's VoID description
(https://www.w3.org/TR/void/#well-known).
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Flask, Response, abort, jsonify, render_template, request, send_file, url_for

from kg import release as layout
from server import context
from server.negotiation import HTML, JSON, negotiate

bp = Blueprint("dumps", __name__)

CURRENT_MAX_AGE = 60  # the current release changes with the next build
KEPT_MAX_AGE = 3600  # a release never changes once published


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


@bp.route("/dumps/")
def listing() -> Response:
    return _listing(context.release(), current=True)


@bp.route("/dumps/<version>/")
def release_listing(version: str) -> Response:
    return _listing(_kept(version), current=False)


@bp.route("/dumps/<name>")
def download(name: str) -> Response:
    return _send(context.release(), name, CURRENT_MAX_AGE)


@bp.route("/dumps/<version>/<name>")
def release_download(version: str, name: str) -> Response:
    return _send(_kept(version), name, KEPT_MAX_AGE)


@bp.route("/.well-known/void")
def well_known_void() -> Response:
    return _send(context.release(), "void.ttl", CURRENT_MAX_AGE)


def _kept(version: str) -> Path:
    folder = layout.find(context.settings().out, version)
    if folder is None:
        abort(404, f"no release {version!r} is kept here; /dumps/ lists the releases")
    return folder


def _send(folder: Path, name: str, max_age: int) -> Response:
    if name not in layout.FILES:
        abort(404, f"{name!r} is not one of the dumps; /dumps/ lists them")
    path = folder / name
    if not path.is_file():
        abort(404, f"{name} is not in release {folder.name}")
    return send_file(path, mimetype=layout.FILES[name].media_type, conditional=True, max_age=max_age,
                     download_name=name)


def _listing(folder: Path, current: bool) -> Response:
    """The files of the release in ``folder`` and every release kept, as HTML or JSON."""
    version = layout.metadata(folder).get("version", folder.name)
    served = context.release().name

    def url(name: str) -> str:
        if current:
            return url_for("dumps.download", name=name, _external=True)
        return url_for("dumps.release_download", version=folder.name, name=name, _external=True)

    files = [{"name": name, "bytes": (folder / name).stat().st_size, "media_type": file.media_type,
              "description": file.description, "url": url(name)}
             for name, file in layout.FILES.items() if (folder / name).is_file()]
    releases = [{"version": kept, "current": kept == served,
                 "url": url_for("dumps.release_listing", version=kept, _external=True)}
                for kept in layout.versions(context.settings().out)]
    chosen = negotiate((HTML, JSON), request.accept_mimetypes, request.args.get("format"), "the dump listing")
    if chosen is JSON:
        return jsonify(version=version, current=folder.name == served, files=files, releases=releases)
    page = render_template("dumps.html", version=version, current=folder.name == served, files=files,
                           releases=releases)
    return Response(page, mimetype=HTML.media_type)
