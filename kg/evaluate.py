"""Score a published release against gold annotations (``/work/shared/GOLD-FORMAT.md``).

The graph is read only through the competency queries in ``queries/``, so the score
measures what users get. The rules themselves live in :mod:`kg.scoring`.

Public surface: :func:`evaluate` returns a :class:`Report`; :func:`format_report`
prints one line per measure; :func:`details` lists misses and false positives.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import add
from pathlib import Path

import pyoxigraph

from kg import release as layout
from kg import store as kg_store
from kg.errors import QueryError, SourceError, UsageError
from kg.scoring import MEASURES, Accuracy, Article, ArticleScore, Claim, Cited, Score, score_article
from kg.scoring import normalise_space, words

WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
COLUMNS = {  # the columns the scorer reads from each competency query
    "articles": ("article", "title", "published", "url", "source"),
    "states": ("article", "state", "wikidata"),
    "agreements": ("article", "agreement", "party", "partyWikidata", "date", "status", "evidence"),
    "meetings": ("article", "meeting", "participant", "participantWikidata", "date", "evidence"),
    "reports": ("article", "report", "title", "publisher", "year"),
    "sources": ("article", "source", "label"),
    "people": ("article", "name"),
}
OPTIONAL_COLUMNS = {"reports": ("publisherAlias",)}  # read when the query gives them


@dataclass
class Report:
    """Micro-averaged scores over every gold article, and per-article detail for debugging."""

    scores: dict[str, Score]
    agreement_dates: Accuracy
    meeting_dates: Accuracy
    statuses: Accuracy
    negations: int
    articles: list[ArticleScore] = field(default_factory=list)
    missing_articles: list[str] = field(default_factory=list)  # gold with no built article
    ignored_articles: int = 0  # built articles with no gold file

    @property
    def dates(self) -> Accuracy:
        """Date accuracy as the gold format defines it: meetings counted with agreements."""
        return self.agreement_dates + self.meeting_dates

    @property
    def misses(self) -> dict[str, list[str]]:
        return {a.name: a.misses for a in self.articles if a.misses}


# --- reading the graph ----------------------------------------------------------------------


def _value(term) -> str | None:
    if term is None:
        return None
    return f"_:{term.value}" if isinstance(term, pyoxigraph.BlankNode) else term.value


def run_query(store: pyoxigraph.Store, queries_dir: Path, name: str) -> list[dict[str, str | None]]:
    """Rows of ``queries_dir/<name>.rq`` as plain strings (None where unbound)."""
    path = Path(queries_dir) / f"{name}.rq"
    if not path.is_file():
        raise UsageError(f"{path}: competency query not found; pass the queries folder")
    try:
        solutions = store.query(path.read_text(encoding="utf-8"), **kg_store.dataset(store))
        variables = {v.value for v in solutions.variables}
        missing = [c for c in COLUMNS[name] if c not in variables]
        if missing:
            raise QueryError(f"{path}: result lacks column(s) {', '.join('?' + c for c in missing)}")
        columns = COLUMNS[name] + tuple(c for c in OPTIONAL_COLUMNS.get(name, ()) if c in variables)
        return [{c: _value(row[c]) for c in columns} for row in solutions]
    except (SyntaxError, OSError, ValueError) as error:
        raise QueryError(f"{path}: {error}") from error


def open_store(release: Path) -> pyoxigraph.Store:
    """The store of ``release``: an ``out`` link or a release folder."""
    folder = layout.current(release) or Path(release)
    if not (folder / layout.STORE).is_dir():
        raise UsageError(f"{release}: no published release here; run `kg build` first or pass --out")
    return pyoxigraph.Store.read_only(str(folder / layout.STORE))


def _qid(iri: str | None, fallback: str | None) -> str | None:
    if iri and iri.startswith(WIKIDATA_ENTITY):
        return iri[len(WIKIDATA_ENTITY):]
    return fallback


def _status(term: str | None) -> str | None:
    """A status literal, or the local name of a status IRI, in lower case."""
    return term.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1].lower() if term else None


def _claims(rows: list[dict], node: str, party: str) -> dict[str, list[Claim]]:
    """One claim per (article, node, evidence), with the parties, dates and statuses of its rows."""
    groups: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        group = groups[row["article"], row[node], normalise_space(row["evidence"])]
        member = _qid(row[party + "Wikidata"], row[party])
        status = _status(row.get("status"))
        for key, value in (("parties", member), ("dates", row["date"]), ("statuses", status)):
            if value:
                group[key].add(value)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for (article, _, evidence), g in groups.items():
        claims[article].append(Claim(frozenset(g["parties"]), evidence, frozenset(g["dates"]),
                                     frozenset(g["statuses"])))
    return claims


def _reports(rows: list[dict]) -> dict[str, list[Cited]]:
    """One report per (article, report node); its publisher known by its label and the other names the
    article gives it (``publisherAlias``, when the query has that column)."""
    first: dict[tuple, Cited] = {}
    aliases: dict[tuple, list[str]] = defaultdict(list)
    for row in rows:
        year = row["year"][:4] if row["year"] else None  # "2023", "2023"^^xsd:gYear or a date
        key = (row["article"], row["report"])
        first.setdefault(key, Cited(row["title"], row["publisher"], year))
        if row.get("publisherAlias") and row["publisherAlias"] not in aliases[key]:
            aliases[key].append(row["publisherAlias"])
    reports: dict[str, list[Cited]] = defaultdict(list)
    for (article, report), cited in first.items():
        reports[article].append(dataclasses.replace(cited, aliases=tuple(aliases[article, report])))
    return reports


def _names(rows: list[dict], column: str) -> dict[str, list[str]]:
    names: dict[str, dict[tuple, str]] = defaultdict(dict)
    for row in rows:
        if words(row[column]):
            names[row["article"]].setdefault(tuple(sorted(set(words(row[column])))), row[column])
    return {article: list(by_key.values()) for article, by_key in names.items()}


def _named_entities(rows: list[dict], column: str, entity: str) -> dict[str, list[tuple[str, ...]]]:
    """Per article, one entry per entity IRI holding all its names (label and the forms the article used):
    a source cited as "IRNA" and labelled "Islamic Republic News Agency" is one source with two names."""
    names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        if words(row[column]) and row[column] not in names[row["article"]][row[entity]]:
            names[row["article"]][row[entity]].append(row[column])
    return {article: [tuple(n) for n in by_entity.values()] for article, by_entity in names.items()}


def _states(rows: list[dict]) -> dict[str, set[str]]:
    states: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["wikidata"] or row["state"]:
            states[row["article"]].add(_qid(row["wikidata"], row["state"]))
    return states


def read_built(store: pyoxigraph.Store, queries_dir: Path) -> tuple[list[dict], dict[str, Article]]:
    """The articles.rq rows (first row per article) and what the graph says about each article."""
    q = {name: run_query(store, queries_dir, name) for name in COLUMNS}
    heads = list({row["article"]: row for row in reversed(q["articles"])}.values())[::-1]
    states, reports = _states(q["states"]), _reports(q["reports"])
    agreements = _claims(q["agreements"], "agreement", "party")
    meetings = _claims(q["meetings"], "meeting", "participant")
    sources, people = _named_entities(q["sources"], "label", "source"), _names(q["people"], "name")
    built = {}
    for head in heads:
        iri = head["article"]
        built[iri] = Article(head["source"] or iri, states.get(iri, set()), agreements.get(iri, []),
                             meetings.get(iri, []), reports.get(iri, []), sources.get(iri, []),
                             people.get(iri, []))
    return heads, built


# --- reading gold ---------------------------------------------------------------------------


def _listed(value) -> frozenset[str]:
    """A JSON list (or a lone string, or null) as a set of strings."""
    return frozenset([value] if isinstance(value, str) else value or ())


def _gold_claims(items: list[dict], parties: str) -> list[Claim]:
    return [Claim(_listed(item.get(parties)), normalise_space(item.get("evidence")),
                  _listed(item.get("date")), _listed(item.get("status"))) for item in items]


def _unique_names(names: list[str]) -> list[str]:
    return list({tuple(sorted(set(words(n)))): n for n in reversed(names) if words(n)}.values())[::-1]


def _gold_article(raw: dict, name: str) -> Article:
    reports = [Cited(r.get("title"), r.get("publisher"), None if r.get("year") is None else str(r["year"]))
               for r in raw.get("reports", [])]
    return Article(raw.get("article") or name, set(raw.get("states", [])),
                   _gold_claims(raw.get("agreements", []), "parties"),
                   _gold_claims(raw.get("meetings", []), "participants"), reports,
                   _unique_names(raw.get("sources", [])),
                   _unique_names([p.get("name") for p in raw.get("people", [])]),
                   list(raw.get("not_agreements", [])))


def read_gold(path: Path) -> tuple[dict, Article]:
    """The raw JSON of one gold file and the :class:`Article` it describes."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return raw, _gold_article(raw, path.name)
    except (ValueError, AttributeError, TypeError, KeyError) as error:
        raise SourceError(str(path), f"not a gold file as GOLD-FORMAT.md describes ({error})") from error


def gold_files(gold_dir: Path) -> list[Path]:
    files = sorted(Path(gold_dir).glob("*.gold.json"))
    if not files:
        raise UsageError(f"{gold_dir}: no *.gold.json files; pass the folder of gold annotations")
    return files


# --- putting it together --------------------------------------------------------------------


def find_article(raw: dict, heads: list[dict], taken: set[str]) -> str | None:
    """The built article for a gold file: same input file name, else URL, else title."""
    tests = [lambda h: raw.get("article") and h["source"] == raw["article"],
             lambda h: raw.get("url") and h["url"] == raw["url"],
             lambda h: words(raw.get("title")) and words(h["title"]) == words(raw.get("title"))]
    for test in tests:
        for head in heads:
            if head["article"] not in taken and test(head):
                return head["article"]
    return None


def evaluate(release: Path, gold_dir: Path, queries_dir: Path) -> Report:
    """Score the release ``release`` points to against every ``*.gold.json`` in ``gold_dir``."""
    heads, built = read_built(open_store(release), queries_dir)
    taken: set[str] = set()
    results, missing = [], []
    for path in gold_files(gold_dir):
        raw, gold = read_gold(path)
        iri = find_article(raw, heads, taken)
        if iri is None:
            missing.append(gold.name)
        else:
            taken.add(iri)
        results.append(score_article(gold, built.get(iri)))
    return Report({m: reduce(add, (r.scores[m] for r in results), Score()) for m in MEASURES},
                  sum((r.agreement_dates for r in results), Accuracy()),
                  sum((r.meeting_dates for r in results), Accuracy()),
                  sum((r.statuses for r in results), Accuracy()),
                  sum(r.negations for r in results), results, missing, len(set(built) - taken))


# --- printing -------------------------------------------------------------------------------


def _number(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def _accuracy_line(name: str, accuracy: Accuracy, note: str = "") -> str:
    return f"{name:<27} {_number(accuracy.value)}  ({accuracy.correct}/{accuracy.total}{note})"


def format_report(report: Report) -> str:
    """One line per measure, then the accuracies, negation false positives and article counts."""
    lines = [f"{m:<12} P={_number(s.precision)} R={_number(s.recall)} F1={_number(s.f1)}  "
             f"(tp={s.tp} fp={s.fp} fn={s.fn})" for m, s in report.scores.items()]
    lines += [_accuracy_line("agreement date accuracy", report.dates, ", meetings included"),
              _accuracy_line("meeting date accuracy", report.meeting_dates),
              _accuracy_line("agreement status accuracy", report.statuses),
              f"negation false positives {report.negations}",
              f"articles: {len(report.articles)} gold, {len(report.missing_articles)} not built, "
              f"{report.ignored_articles} built without gold (ignored)"]
    return "\n".join(lines)


def details(report: Report) -> str:
    """Per article: what gold has that the graph lacks, and what the graph claims that gold lacks."""
    lines = []
    for article in report.articles:
        note = " (no built article)" if article.name in report.missing_articles else ""
        lines.append(f"{article.name}{note}")
        lines += [f"  miss  {m}" for m in article.misses] + [f"  extra {f}" for f in article.false_positives]
    return "\n".join(lines)
