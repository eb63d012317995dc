"""``kg link``: reconcile organizations and people with Wikidata; ``wikidata_for(agent)`` for mapping.

States carry their QIDs from the verified reference data (``kg/data/states.tsv``), and so do the
organizations of ``kg/data/organizations.tsv`` that have one. The other organizations (outlets,
NGOs, government bodies found in text) and the people get theirs here. ``kg link`` collects those
without an ``irn:wikidata`` link from a built release (or from articles), and reports what the
cache file decides for each. With ``--online`` it asks the Wikidata API about the undecided ones
(``kg/wikidata.py``: the client and the acceptance rule) and writes each decision to the cache,
``kg/data/wikidata-links.tsv``: committed, reviewable, one row per agent, sorted by kind and key,
so the same decisions are always the same bytes. Mapping reads only that file, offline.

A reviewer may edit a row: write a QID and ``match`` into an ``ambiguous`` row, or turn a
``match`` into ``no-match``. A deleted row is decided again by the next online run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import astuple
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .errors import SourceError
from .extract.gazetteer import Agent, load
from .vocab import ONTOLOGY_IRI, WIKIDATA
from .wikidata import Client, Decision, Subject, candidates, check_types, decide

CACHE = Path(__file__).resolve().parent / "data" / "wikidata-links.tsv"
COLUMNS = ("kind", "key", "label", "class", "country", "qid", "decision", "reason", "date")
DECISIONS = ("match", "no-match", "ambiguous")
QID = re.compile(r"^Q[1-9][0-9]*$")
CHUNK = 20   # subjects searched before their candidates are fetched and the cache is written
#: Ontology classes of organizations, most specific first; a node typed with several gets the first.
ORG_CLASSES = ("NewsAgency", "NewsOrganization", "IntergovernmentalOrganization", "GovernmentBody",
               "NonGovernmentalOrganization", "ArmedGroup", "Organization")

_SUBJECTS = f"""PREFIX irn: <{ONTOLOGY_IRI}#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?agent ?class ?label ?iso3 WHERE {{
  VALUES ?class {{ irn:Person {" ".join("irn:" + c for c in ORG_CLASSES)} }}
  ?agent a ?class ; rdfs:label ?label .
  FILTER NOT EXISTS {{ ?agent irn:wikidata ?linked }}
  OPTIONAL {{
    {{ ?agent irn:country ?state }}
    UNION {{ ?agent a irn:Person ; irn:affiliation ?state . ?state a irn:State }}
    UNION {{ ?agent a irn:Person ; irn:affiliation ?body . ?body a irn:GovernmentBody ; irn:country ?state }}
    ?state irn:iso3 ?iso3 .
  }}
}}"""


def wikidata_for(agent: Agent, cache: Path = CACHE) -> str | None:
    """The Wikidata IRI of ``agent``: the verified reference data first (its own value, then
    organizations.tsv by key), then a ``match`` of the cache; else None. Offline; read once."""
    return agent.wikidata or _links(cache).get((agent.kind, agent.key))


@lru_cache(maxsize=4)
def _links(cache: Path | str) -> dict[tuple[str, str], str]:
    """(kind, key) -> IRI: the cache's matches, overridden by the QIDs of organizations.tsv."""
    found = {k: str(WIKIDATA[d.qid]) for k, d in (read_cache(cache) if Path(cache).exists() else {}).items()
             if d.decision == "match"}
    found.update({("org", key): org.wikidata for key, org in load().orgs.items() if org.wikidata})
    return found


def link(subjects: list[Subject], cache: Path, client: Client | None = None,
         today: str | None = None) -> list[tuple[Subject, Decision | None]]:
    """Each subject with its cached decision. With a ``client``, the undecided ones are decided
    first, ``CHUNK`` at a time, and the cache is rewritten after each chunk. Without one, nothing
    but the cache file is read."""
    decisions = read_cache(cache) if Path(cache).exists() else {}
    todo = [s for s in subjects if (s.kind, s.key) not in decisions]
    if client is not None and todo:
        check_types(client)
        day = today or dt.date.today().isoformat()
        for start in range(0, len(todo), CHUNK):
            chunk = todo[start:start + CHUNK]
            hits = [client.search(s.label) for s in chunk]
            entities = client.entities([q for s, h in zip(chunk, hits) for q in candidates(h, s.label)])
            for subject, found in zip(chunk, hits):
                decisions[(subject.kind, subject.key)] = decide(subject, found, entities, day)
            write_cache(cache, decisions)
    return [(s, decisions.get((s.kind, s.key))) for s in subjects]


def report(results: list[tuple[Subject, Decision | None]], cache: Path, online: bool) -> str:
    """One line per subject, then the counts and what to do next."""
    lines = []
    for subject, decision in results:
        status = decision.decision if decision else "undecided"
        target = f" -> {decision.qid}" if decision and decision.qid else ""
        stale = " (decided for other label/class/country)" if decision and _stale(subject, decision) else ""
        lines.append(f"{status:<10} {subject.kind}/{subject.key}  {subject.label}{target}{stale}")
    counts = Counter(d.decision if d else "undecided" for _, d in results)
    summary = ", ".join(f"{counts[k]} {k}" for k in (*DECISIONS, "undecided"))
    lines.append(f"{len(results)} organization(s) and person(s) without a Wikidata link: {summary} (cache {cache})")
    if counts["undecided"] and not online:
        lines.append("run `kg link --online` to decide the undecided ones")
    return "\n".join(lines)


def _stale(subject: Subject, decision: Decision) -> bool:
    return (subject.label, subject.cls, subject.country or "") != (decision.label, decision.cls, decision.country)


# --- the subjects -----------------------------------------------------------------------------

def subjects_from_release(out: Path) -> list[Subject]:
    """The organizations and people of the current release under ``out`` that have no Wikidata link."""
    from .query import open_store
    return _subjects(open_store(out))


def subjects_from_sources(sources: list, base_iri: str) -> tuple[list[Subject], list[SourceError]]:
    """The same, from articles extracted and mapped in memory (not validated, not published)."""
    from .extract import extract
    from .iris import Minter
    from .mapping import map_article
    from .sources import read_sources
    store, minter, skipped = ox.Store(), Minter(base_iri), []
    for item in read_sources(sources):
        if isinstance(item, SourceError):
            skipped.append(item)
            continue
        name, graph = map_article(extract(item), minter)
        triples = ox.parse(graph.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(str(name))) for t in triples)
    return _subjects(store), skipped


def _subjects(store: ox.Store) -> list[Subject]:
    found: dict[str, dict[str, set]] = {}
    for row in store.query(_SUBJECTS, use_default_graph_as_union=True):
        seen = found.setdefault(row["agent"].value, {"class": set(), "label": set(), "iso3": set()})
        seen["class"].add(row["class"].value.rsplit("#", 1)[-1])
        seen["label"].add(row["label"].value)
        if row["iso3"] is not None:
            seen["iso3"].add(row["iso3"].value)
    subjects = [_subject(iri, seen) for iri, seen in found.items()]
    return sorted((s for s in subjects if s is not None), key=lambda s: (s.kind, s.key))


def _subject(iri: str, seen: dict[str, set]) -> Subject | None:
    kind, _, key = iri.rpartition("/id/")[2].partition("/")
    known = load().orgs.get(key) if kind == "org" else None
    if kind not in ("org", "person") or not key or (known is not None and known.wikidata):
        return None   # not an organization or a person, or verified reference data links it
    cls = "Person" if kind == "person" else next(c for c in ORG_CLASSES if c in seen["class"] or c == "Organization")
    country = next(iter(seen["iso3"])) if len(seen["iso3"]) == 1 else None   # several states: none known
    state = load().by_iso3.get(country) if country else None
    qid = state.wikidata.rsplit("/", 1)[-1] if state is not None and state.wikidata else None
    return Subject(kind, key, min(seen["label"]), cls, country if qid else None, qid)


# --- the cache file ---------------------------------------------------------------------------

def read_cache(path: Path) -> dict[tuple[str, str], Decision]:
    """The decisions of a cache file by (kind, key); a malformed row is an error naming its line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise SourceError(str(path), f"cannot be read ({error.strerror or error})") from None
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise SourceError(f"{path}:1", "the header must be the tab-separated columns " + " ".join(COLUMNS))
    found: dict[tuple[str, str], Decision] = {}
    for number, line in enumerate(lines[1:], 2):
        if line.strip():
            decision = _parse(line, f"{path}:{number}")
            found[(decision.kind, decision.key)] = decision
    return found


def _parse(line: str, where: str) -> Decision:
    cells = line.split("\t")
    if len(cells) != len(COLUMNS):
        raise SourceError(where, f"{len(cells)} tab-separated cells, expected {len(COLUMNS)}")
    decision = Decision(*cells)
    if decision.kind not in ("org", "person"):
        raise SourceError(where, f"kind {decision.kind!r}: expected org or person")
    if decision.decision not in DECISIONS:
        raise SourceError(where, f"decision {decision.decision!r}: expected one of {', '.join(DECISIONS)}")
    if (decision.decision == "match") != bool(QID.match(decision.qid)):
        raise SourceError(where, f"qid {decision.qid!r}: a match needs one Q-id, the other decisions none")
    return decision


def write_cache(path: Path, decisions: dict[tuple[str, str], Decision]) -> None:
    """Every decision, sorted by (kind, key), written atomically: the same decisions, the same bytes."""
    rows = ("\t".join(" ".join(str(v).split()) for v in astuple(decisions[k])) for k in sorted(decisions))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text("\t".join(COLUMNS) + "\n" + "".join(row + "\n" for row in rows), encoding="utf-8")
    partial.replace(path)
    _links.cache_clear()
