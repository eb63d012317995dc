"""``kg query``: run a SPARQL query file against the current release, print the results."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from . import release as rel
from . import store as kg_store
from .errors import QueryError, UsageError


def open_store(out: Path) -> ox.Store:
    folder = rel.current(out)
    if folder is None:
        raise UsageError(f"{out}: no release there; run `kg build` first")
    return ox.Store.read_only(str(folder / rel.STORE))


def run_file(out: Path, file: Path) -> str:
    """The results as CSV (SELECT), 'true'/'false' (ASK) or N-Triples (CONSTRUCT/DESCRIBE)."""
    try:
        text = Path(file).read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"{file}: cannot be read ({error.strerror or error})") from None
    store = open_store(out)
    try:
        results = store.query(text, **kg_store.dataset(store))
    except SyntaxError as error:
        raise QueryError(f"{file}: {str(error).splitlines()[0]}") from None
    if isinstance(results, ox.QuerySolutions):
        return results.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    if isinstance(results, ox.QueryBoolean):
        return "true\n" if bool(results) else "false\n"
    return results.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
