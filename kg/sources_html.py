"""HTML pages -> ``Article``: the main text by trafilatura, the metadata from JSON-LD and OpenGraph.

Metadata, first found wins: headline from JSON-LD ``NewsArticle.headline``, ``og:title``, trafilatura;
date from ``datePublished``, ``article:published_time``, trafilatura (meta tags only, never a date
guessed from the body); publisher from ``publisher.name``, ``og:site_name``, trafilatura; URL from
``<link rel="canonical">``, JSON-LD ``url``, ``og:url``, the URL the page was fetched from.

Billion laughs (shared/SECURITY-NOTES.md): a page is refused above ``MAX_HTML_BYTES`` before it is
parsed, a page that declares entities (``<!ENTITY``) is refused, and lxml's HTML parser expands
none, loads no DTD and never touches the network (``no_network=True``, ``huge_tree=False``).
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import trafilatura
from lxml import etree

from .errors import SourceError
from .sources import Article
from .sources_meta import Metadata, compose, iso_date, one_line

MAX_HTML_BYTES = 5 * 1024 * 1024
ARTICLE_TYPES = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BackgroundNewsArticle",
                 "OpinionNewsArticle", "ReviewNewsArticle", "ReportageNews", "BlogPosting"}
NOT_TEXT = {"table", "graphic", "code", "image"}   # trafilatura elements that are not prose
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html_file(path: Path) -> Article:
    """The article of an .html/.htm file; SourceError naming the file when it cannot be one."""
    with path.open("rb") as file:
        data = file.read(MAX_HTML_BYTES + 1)
    return parse_html(data, path.name)


def parse_html(data: bytes, name: str, base_url: str | None = None, encoding: str | None = None) -> Article:
    """The article of an HTML page; ``base_url`` is where it was fetched from, ``encoding`` the HTTP charset."""
    tree = parse_tree(data, name, encoding)
    meta = page_metadata(tree, base_url)
    document = _main_text(tree, name, base_url)
    blocks, headings = text_blocks(document.body)
    if not blocks:
        raise SourceError(name, "no main text found in the HTML")
    return compose("\n\n".join(blocks), name, _with_fallbacks(meta, document, base_url), frozenset(headings))


def _main_text(tree: lxml.html.HtmlElement, name: str, base_url: str | None):
    """trafilatura's document (``.body`` is its main text as p/head/list elements); a page it fails on costs one page."""
    try:
        document = trafilatura.bare_extraction(
            tree, url=base_url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, date_extraction_params=_DATE_PARAMS)
    except Exception as error:  # noqa: BLE001 - a library failure on one page must not stop the build
        raise SourceError(name, f"main text could not be extracted ({type(error).__name__}: {error})") from None
    if document is None or document.body is None:
        raise SourceError(name, "no main text found in the HTML")
    return document


def parse_tree(data: bytes, name: str, encoding: str | None = None) -> lxml.html.HtmlElement:
    """An lxml tree of ``data``, refused when too large or declaring entities; no entity is expanded."""
    if len(data) > MAX_HTML_BYTES:
        raise SourceError(name, f"larger than {MAX_HTML_BYTES} bytes; not parsed")
    text = data.decode(_encoding(data, encoding), errors="replace")
    if _ENTITY_DECLARATION.search(text):
        raise SourceError(name, "declares entities (<!ENTITY …>), as an entity-expansion bomb does; refused")
    try:
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=html_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise SourceError(name, f"not HTML ({str(error).splitlines()[0] if str(error) else 'empty'})") from None


def html_parser() -> lxml.html.HTMLParser:
    """lxml's HTML parser for UTF-8 input: no DTD, no network, no huge trees, entities left unexpanded."""
    return lxml.html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=False, remove_comments=True,
                                remove_pis=True, collect_ids=False, default_doctype=False)


def _encoding(data: bytes, hint: str | None) -> str:
    """The HTTP charset, else a BOM, else a <meta charset>, else UTF-8: a codec Python knows."""
    for candidate in filter(None, (hint, _bom(data), _sniff(data))):
        try:
            codecs.lookup(candidate)
        except LookupError:
            continue
        return candidate
    return "utf-8"


def _bom(data: bytes) -> str | None:
    boms = {codecs.BOM_UTF8: "utf-8-sig", codecs.BOM_UTF16_LE: "utf-16", codecs.BOM_UTF16_BE: "utf-16"}
    return next((name for bom, name in boms.items() if data.startswith(bom)), None)


def _sniff(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    name = match.group(1).decode("ascii") if match else None
    return None if name and name.lower().startswith(("utf-16", "utf-32")) else name  # bytes read as ASCII


def fragment_text(fragment: str, name: str) -> str:
    """The paragraphs (separated by blank lines) of an HTML fragment, as a feed gives an article's text ("<p>…</p>
    <p>…</p>"): one per paragraph, heading, quote, list item or line break; images, figures and their captions,
    scripts and styles are no text; character references are the characters they stand for."""
    if _ENTITY_DECLARATION.search(fragment):
        raise SourceError(name, "declares entities (<!ENTITY …>), as an entity-expansion bomb does; refused")
    try:
        tree = lxml.html.fragment_fromstring(fragment.encode("utf-8"), create_parent="div", parser=html_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise SourceError(name, f"its text is not readable HTML ({str(error).splitlines()[0] if str(error) else 'empty'})") from None
    for element in tree.xpath(".//script|.//style|.//noscript|.//template|.//iframe|.//figure|.//figcaption|.//img"):
        element.drop_tree()
    for element in tree.iter(*_FRAGMENT_BLOCKS):
        element.text, element.tail = "\n\n" + (element.text or ""), "\n\n" + (element.tail or "")
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", tree.text_content()))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


#: Elements that make a paragraph of their own (`fragment_text`).
_FRAGMENT_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article",
                    "header", "footer", "aside", "pre", "dd", "dt")
#: A text that is HTML: it holds paragraph, break or other common tags.
HTML_TEXT = re.compile(r"<(?:p|br|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|blockquote|figure|img)\b[^<>]{0,2000}?/?>", re.I)


def text_blocks(body: etree._Element) -> tuple[list[str], list[str]]:
    """The paragraphs of trafilatura's body (one per p, head, quote, list item) and which are headings."""
    blocks, headings = [], []
    for element in body:
        if element.tag in NOT_TEXT:
            continue
        for part in element.iter("item") if element.tag == "list" else [element]:
            text = " ".join("".join(part.itertext()).split())
            if text:
                blocks.append(text)
                if element.tag == "head":
                    headings.append(text)
    return blocks, headings


def page_metadata(tree: lxml.html.HtmlElement, base_url: str | None = None) -> Metadata:
    """Headline, date, publisher, canonical URL and authors from JSON-LD, then OpenGraph and <link>."""
    ld = json_ld_article(tree)
    meta = {(m.get("property") or m.get("name") or "").strip().lower(): m.get("content")
            for m in tree.iter("meta") if m.get("content")}
    canonical = next((link.get("href") for link in tree.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split()), None)
    page = ld.get("mainEntityOfPage")
    return Metadata(
        title=one_line(ld.get("headline")) or one_line(meta.get("og:title")),
        published=iso_date(ld.get("datePublished")) or iso_date(meta.get("article:published_time")),
        publisher=_name(ld.get("publisher")) or one_line(meta.get("og:site_name")),
        url=next(filter(None, (_http(u, base_url) for u in (
            canonical, ld.get("url"), page.get("@id") if isinstance(page, dict) else page, meta.get("og:url")))),
            None),
        authors=_names(ld.get("author")))


def json_ld_article(tree: lxml.html.HtmlElement) -> dict:
    """The first schema.org Article (or NewsArticle …) node in the page's JSON-LD, else {}."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        nodes = data if isinstance(data, list) else [data]
        nodes = [n for node in nodes if isinstance(node, dict) for n in [node, *_list(node.get("@graph"))]]
        for node in nodes:
            if isinstance(node, dict) and ARTICLE_TYPES & set(_list(node.get("@type"))):
                return node
    return {}


def _list(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _name(value) -> str | None:
    """A schema.org Person or Organization's name, or a plain string."""
    return one_line(value.get("name")) if isinstance(value, dict) else one_line(value)


def _names(value) -> tuple[str, ...]:
    return tuple(filter(None, (_name(v) for v in _list(value))))


def _http(value, base_url: str | None) -> str | None:
    """``value`` made absolute against ``base_url`` when it is an http(s) URL, else None."""
    value = one_line(value)
    if not value:
        return None
    url = urljoin(base_url, value) if base_url else value
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _with_fallbacks(meta: Metadata, document, base_url: str | None) -> Metadata:
    """``meta`` with what trafilatura found where JSON-LD and OpenGraph said nothing."""
    authors = meta.authors or tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    return Metadata(
        title=meta.title or one_line(document.title),
        published=meta.published or iso_date(document.date),
        publisher=meta.publisher or one_line(document.sitename),
        url=meta.url or _http(document.url, base_url) or _http(base_url, None),
        authors=authors)
