"""JSON Lines batches -> ``Article`` values: one JSON object per line.

Each line is ``{"url", "title", "published", "publisher", "text"}`` (and optionally ``"author"``,
a name or a list of names). ``text`` is plain text with paragraphs separated by blank lines, as in
form (a) of ``kg.sources``; when it does not start with the title, the title is put first.
``published`` is YYYY-MM-DD (a date-time is cut to its date).

A line that cannot be read is reported as ``batch.jsonl:LINE`` and the other lines are still read;
an article read from line 3 has the source ``batch.jsonl:3``.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import urlsplit

from .errors import SourceError
from .sources import MAX_BYTES, Article, unescaped
from .sources_meta import Metadata, compose, iso_date

MAX_LINE_BYTES = MAX_BYTES
STRING_FIELDS = ("url", "title", "published", "publisher", "text")


def read_jsonl(path: Path) -> Iterator[Article | SourceError]:
    """Every article of a batch, and an error for each line that is not one."""
    try:
        file = path.open("rb")
    except OSError as error:
        yield SourceError(path.name, f"cannot be read ({error.strerror or error})")
        return
    with file:
        for number, line in enumerate(_lines(file), 1):
            name = f"{path.name}:{number}"
            if line is None:
                yield SourceError(name, f"line longer than {MAX_LINE_BYTES} bytes")
            elif line.strip():
                try:
                    yield parse_record(line, name)
                except SourceError as error:
                    yield error


def _lines(file: BinaryIO) -> Iterator[bytes | None]:
    """Each line of ``file``; None for a line over the cap, which is skipped without being kept."""
    while line := file.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES:
            while not line.endswith(b"\n") and (line := file.readline(MAX_LINE_BYTES)):
                pass
            yield None
        else:
            yield line


def parse_record(line: bytes, name: str) -> Article:
    """The article of one JSON Lines record; SourceError saying which field is wrong."""
    record = _object(line, name)
    for key in STRING_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise SourceError(name, f"'{key}' must be a string, got {type(record[key]).__name__}")
    if not (record.get("text") or "").strip():
        raise SourceError(name, "no 'text' (the article, paragraphs separated by blank lines)")
    published = iso_date(record.get("published"))
    if record.get("published") and published is None:
        raise SourceError(name, f"'published' {record['published'][:40]!r} is not YYYY-MM-DD")
    url = record.get("url")
    if url and urlsplit(url).scheme not in ("http", "https"):
        raise SourceError(name, f"'url' {url[:60]!r} is not an http(s) URL")
    meta = Metadata(title=unescaped(record["title"]) if record.get("title") else None, published=published,
                    publisher=record.get("publisher"), url=url, authors=_authors(record.get("author"), name))
    text = record["text"]
    if "<" in text and _html().HTML_TEXT.search(text):   # a feed's HTML ("<p>…</p><p>…</p>"): its paragraphs
        return compose(_html().fragment_text(text, name), name, meta)
    return compose(unescaped(text), name, meta)


def _html():
    """kg.sources_html, imported when a record needs it (it imports trafilatura)."""
    return importlib.import_module("kg.sources_html")


def _object(line: bytes, name: str) -> dict:
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise SourceError(name, f"not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise SourceError(name, f"not JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise SourceError(name, "not JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise SourceError(name, f"not a JSON object but {type(record).__name__}; "
                                "expected {url, title, published, publisher, text}")
    return record


def _authors(value, name: str) -> tuple[str, ...]:
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else [] if value is None else None
    if names is None or not all(isinstance(n, str) for n in names):
        raise SourceError(name, "'author' must be a name or a list of names")
    return tuple(names)
