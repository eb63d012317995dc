"""Build an article from a few sentences of our own and extract it."""

from kg.extract import extract
from kg.sources import parse_article


def run(body: str, published: str = "2024-05-15", title: str = "Test article"):
    text = f"Title: {title}\nPublisher: The Meridian Post\nDate: {published}\n\n{title}\n\n{body}\n"
    return extract(parse_article(text, "test.txt"))


def qids(agents) -> set[str]:
    return {a.wikidata.rsplit("/", 1)[-1] for a in agents if a.wikidata}


def states(result) -> set[str]:
    return {a.key for a, _ in result.states}


def agreements(result) -> list[tuple[set[str], str, str | None]]:
    return [({p.key for p in a.parties}, a.status, a.date) for a in result.agreements]


def as_set(found) -> set[tuple[frozenset, str, str | None]]:
    """Agreements (as `agreements` gives them) as a set of (parties, status, date), parties frozen: the order they
    were told in aside."""
    return {(frozenset(parties), status, date) for parties, status, date in found}


def meetings(result) -> set[tuple[frozenset, str | None]]:
    """Meetings as a set of (participants' keys, date)."""
    return {(frozenset(p.key for p in m.participants), m.date) for m in result.meetings}


def sources(result) -> set[str]:
    """The labels of the sources the article's statements are attributed to."""
    return {s.source.label for s in result.statements}


def reports(result) -> set[tuple[str | None, str | None, int | None]]:
    """Reports as a set of (title, publisher's label, year)."""
    return {(r.title, r.publisher.label if r.publisher else None, r.year) for r in result.reports}
