"""Articles whose metadata comes beside the text: HTML pages and JSON Lines records.

The text and the metadata are written as form (b) of ``kg.sources`` (a ``Title:``,
``Date:``, ``Publisher:``, ``URL:`` header, then the headline as the first line and
the paragraphs separated by blank lines) and read by ``parse_article``, so body
spans, headings, bylines, captions and trailing "Read more" lines are found the
same way for every input form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .errors import SourceError
from .sources import Article, Credit, parse_article

NO_DATE = ("no publication date: give a JSON-LD datePublished, a <meta property=\"article:published_time\">, "
           "or a 'published' field (YYYY-MM-DD)")
_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class Metadata:
    """What a page or a record says about itself, each field optional."""

    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()


def iso_date(value: object) -> dt.date | None:
    """The date of an ISO 8601 date or date-time ("2023-04-04", "2023-04-04T12:00:00Z"), else None."""
    match = _ISO_DATE.match(value) if isinstance(value, str) else None
    try:
        return dt.date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        return None


def one_line(value: object) -> str | None:
    """``value`` with its whitespace collapsed to single spaces; None when it is not a non-empty string."""
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def compose(text: str, name: str, meta: Metadata, headings: frozenset[str] = frozenset()) -> Article:
    """The article of ``text`` (paragraphs separated by blank lines) with ``meta`` winning over the page.

    ``headings`` are paragraphs the input marked as sub-headings; they are never body text.
    Raises SourceError when there is no title, no body or no publication date.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = one_line(meta.title) or one_line(first)
    if not title:
        raise SourceError(name, "empty: no title and no text")
    if one_line(first) != title:
        text = f"{title}\n\n{text}"
    article = parse_article(_header(title, meta) + text + "\n", name)
    if article.published is None:
        raise SourceError(name, NO_DATE)
    return _with_credits(_with_headings(article, headings), meta)


def _header(title: str, meta: Metadata) -> str:
    fields = {"Title": title, "Date": meta.published.isoformat() if meta.published else None,
              "Publisher": one_line(meta.publisher), "URL": one_line(meta.url)}
    return "".join(f"{key}: {value}\n" for key, value in fields.items() if value) + "\n"


def _with_headings(article: Article, headings: frozenset[str]) -> Article:
    marked = [(s, e) for s, e in article.body if article.text[s:e] in headings]
    if not marked:
        return article
    body = tuple(span for span in article.body if span not in marked)
    if not body:
        raise SourceError(article.source, "no body text, only headings")
    return dataclasses.replace(article, body=body, headings=tuple(sorted(article.headings + tuple(marked))))


def _with_credits(article: Article, meta: Metadata) -> Article:
    known = {credit.name for credit in article.credits}
    added = tuple(Credit(name, "author", article.publisher)
                  for name in dict.fromkeys(filter(None, map(one_line, meta.authors))) if name not in known)
    return dataclasses.replace(article, credits=article.credits + added) if added else article
