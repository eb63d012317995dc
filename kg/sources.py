"""Sources: files and folders of English news articles -> ``Article`` values.

Two text forms are read:

(a) plain text: the title on the first line, then page furniture (photo credits,
    a byline "By …", a date line such as "Apr 19, 2023"), then the body, and
    trailing "Read More:" / share / related lines that are not body text;
(b) the same preceded by a header block of ``Key: value`` lines (Title,
    Publisher, Date as YYYY-MM-DD, URL, Author) that ends at the first blank line.

Offsets of every quote count into ``Article.text``: the text after the header,
newlines normalised to ``\\n``, otherwise exactly as written.

Other inputs (.html/.htm pages, .jsonl batches, http(s) URLs) are read by the
modules named in ``READERS``, the one table of formats.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .credits import AGENCIES, OUTLET_WORDS, Credit, authors, byline, credit_line, is_person
from .errors import SourceError

HEADER_KEYS = {"title", "publisher", "date", "url", "author", "source", "language"}
MAX_BYTES = 2 * 1024 * 1024
# the one table of input formats: suffix (or "url") -> (module, reader); formats are imported when used
READERS = {
    ".txt": ("kg.sources", "read_article"),
    ".md": ("kg.sources", "read_article"),
    ".markdown": ("kg.sources", "read_article"),
    ".html": ("kg.sources_html", "read_html_file"),
    ".htm": ("kg.sources_html", "read_html_file"),
    ".jsonl": ("kg.sources_jsonl", "read_jsonl"),
    "url": ("kg.fetch", "read_url"),
}
ARTICLE_SUFFIXES = {suffix for suffix in READERS if suffix.startswith(".")}
BATCH_SUFFIXES = {".jsonl"}   # readers that yield many articles and errors, one per line

#: What may open a date line: "Published: ", "Updated on ", a place ("New Delhi, ", "Rooppur (Pabna), "), a weekday.
_DATE_LEAD = (r"^(?:(?:Published|Updated|Posted|Last\s+updated|First\s+published|Date|Dated)(?:\s+on)?\s*:?\s+|"
              r"(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+(?:\s+\([A-Z][^()]{1,30}\))?,\s+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|"
              r"Jul|Aug|Sep|Oct|Nov|Dec|\d))|"
              r"(?:The\s+)?(?:[A-Z][\w'’.&-]+\s+){0,3}[A-Z][\w'’.&-]+\s+[—–|]\s+)?"   # "The Gulf Chronicle — Wednesday, …"
              r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?,?\s+)?")   # "10:32 AM, March 14, 2023"
_WEEKDAY = r"(?:(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-zA-Z]*,?\s+)?"
_MONTH_WORD = r"(?P<month>(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))[a-zA-Z]*\.?"   # "MARCH 14, 2023" too
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"   # "March 14th, 2023"


def _date_forms(year: str) -> tuple[str, str, str, str]:
    """The forms of a full date, ``year`` the pattern of its year: "March 14, 2023", "14 March 2023",
    "2023-03-14", and all in figures: "14.03.2023" (day first), "03/14/2023" (month first where it can be),
    "2023/03/14". `_line_date` reads a match of any of them."""
    return (_MONTH_WORD + r"\s+" + _DAY + rf",?\s+(?P<year>{year})",
            _DAY + r"\s+(?:of\s+)?" + _MONTH_WORD + rf",?\s+(?P<year>{year})",
            rf"(?P<iso>{year}-\d{{2}}-\d{{2}})",
            rf"(?:(?P<a>\d{{1,2}})(?P<sep>[./])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{year})|(?P<y2>{year})/(?P<m2>\d{{1,2}})/(?P<d2>\d{{1,2}}))")


_MDY, _DMY, _ISO, _FIGURES = _date_forms(r"\d{4}")
#: Where a date line's date ends: at a word's end, or at a time glued to its year by a copied page ("April 19,
#: 20233:45 PM GMT+2Updated 2 days ago": "2023" and "3:45 PM").
_DATE_END = r"(?:\b|(?=\d{1,2}:\d{2}))"
_DATE_LINE = re.compile(_DATE_LEAD + _WEEKDAY + _MDY + _DATE_END + r".{0,40}$")
_DMY_DATE_LINE = re.compile(_DATE_LEAD + _WEEKDAY + _DMY + _DATE_END + r".{0,40}$")
_NUMERIC_DATE_LINE = re.compile(_DATE_LEAD + _WEEKDAY + _FIGURES + r"\b.{0,60}$")   # "… at 09:14 GMT | Updated …"
_ISO_DATE_LINE = re.compile(_DATE_LEAD + _ISO + r"(?:\b|T\d).{0,60}$")
#: A full date anywhere in a line (of this century or the last), each form on its own: `_early_date`.
_ANY_DATES = tuple(re.compile(r"\b" + form + r"\b") for form in _date_forms(r"(?:19|20)\d{2}"))
#: A byline that ends with the date: "By Julieta Pelcastre | April 19, 2023", "By A, Reuters, 19 April 2023".
_BYLINE_DATE = re.compile(r"(?:\s*[|·•,–—-]\s*)(?P<date>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?"
                          r"\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\b.{0,20})$")
#: The date a page's address often holds: ".../2023/04/19/...".
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>0[1-9]|1[0-2])/(?P<day>0[1-9]|[12]\d|3[01])(?:/|$)")
_BYLINE = re.compile(r"^By\s+(?P<who>.+?)\s*$")
_NEWS_NAME = re.compile(rf"^(?:{AGENCIES})$|\b(?:{OUTLET_WORDS})$")
_SOURCE_LINE = re.compile(r"^Source\s*:\s*(?P<who>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})(?:,?\s+(?:and|&)\s+(?:news\s+)?"
                          r"(?P<wires>agencies|wires))?\.?$")
_PHOTO = re.compile(r"^(?:Photo|Image|Photograph|Picture|Credit|Foto)s?\s*(?:credit)?\s*:\s*(?P<who>.{2,80}?)\s*$", re.I)
#: What a live page says about itself: "All times are GMT", "Updates are in Central European Time, newest first",
#: "Refresh for the latest". Case counts: "times are hard" is text.
LIVE_PAGE_NOTE = (r"(?:All )?(?:[Tt]imes|[Uu]pdates) are (?:in |shown in )?(?:[A-Z]|local\b|newest\b|latest\b)|"
                  r"Refresh (?:this page )?for\b|This (?:page|blog) (?:is|will be) updated\b")
_NOISE = re.compile(
    r"^(?:Read (?:More|more|also|next)\b|Also read\b|Related\b|See also\b|Share\b|Share this\b|Tweet\b|"
    r"Follow us\b|Subscribe\b|Sign up\b|Advertisement\b|Click (?:here|to)\b|Comments?\b|Tags?:|"
    r"(?:In|Inside) (?:today's|today’s|this) (?:edition|issue|newsletter|briefing):|"   # a newsletter's contents line
    r"Get (?:the|our) .{0,40}newsletter|.{0,60}\b(?:newsletter|inbox)\b.{0,40}$|Our Standards:|Thank you for reading\b|"
    r"This (?:article|story) (?:was|is) (?:originally |first )?(?:published|republished)\b.{0,80}$|"
    r"(?:©|\(c\)|Copyright\b).{0,80}$|.{0,80}\bAll rights reserved\.?$|(?:Updated|Last updated)\s+\d+\s+\w+\s+ago$|"
    rf"(?!.*\b(?:said|says|told|tells|according\s+to|reported)\b)(?-i:{LIVE_PAGE_NOTE}).{{0,200}}$)",
    re.I)
#: A photo caption with its agency's credit in brackets at its end: "(AP Photo/Hadi Mizban)", "(… via AP)",
#: "(Reuters/Thaier Al-Sudani)", "(Photo: Getty Images)".
_PHOTO_CAPTION = re.compile(r"\((?P<credit>(?:AP|AFP|EPA|Reuters|Getty Images|Xinhua|Anadolu|Kyodo|Yonhap|Pool)(?:\s+Photo)?\s*/"
                            r"[^()]{1,60}|[^()]{1,80}?(?=\s+via\s+(?:AP|AFP|Reuters|Getty Images|EPA))|Photo(?:graph)?:\s*[^()]{1,60}|"
                            r"(?:AP|AFP|EPA)\s+Photo)(?:\s+via\s+[^()]{1,40})?\)\s*$")
#: Site chrome above the headline: "Skip to main content", "Menu", "World | Politics | Business".
_CHROME = re.compile(r"^(?:Skip to (?:main )?content|Skip navigation|Toggle navigation|Open (?:navigation|main) menu|Menu|"
                     r"Search|Sign in|Log in|Home|Advertisement|Subscribe(?: now)?|"
                     r"(?!By\s)(?:[^|·•\d]{1,25}\s+[|·•]\s+){2,}[^|·•\d]{1,25}|"
                     r"(?:[^|·•\d\s]{1,20}(?: [^|·•\d\s]{1,20})?[|·•]){1,3}[^|·•\d\s]{1,20}(?: [^|·•\d\s]{1,20})?)$",
                     re.I)   # "News|Politics", "News|Israel-Palestine conflict": a site's sections, no headline
_LINK_LIST = re.compile(r"^(?:Read (?:More|more|also)|Also read|Related|See also)\b", re.I)
#: The heading of a list of links to other articles, alone on its line: the headlines that follow are no part of
#: this one ("Most read", "Related:", "More from Africa").
_LINK_HEAD = re.compile(r"(?:Read (?:More|more|also|next)|Also read|Up next|Read this next|Related(?: (?:stories|articles|coverage|news|content))?|See also|"
                        r"More from(?: [\w ]{1,30})?|More (?:stories|on this story|news|in [\w ]{1,20}|(?:live )?coverage|live blogs?|videos?)|"
                        r"Most (?:read|popular|viewed|shared)|Trending(?: now)?|Recommended(?: for you)?|"
                        r"You (?:may|might) (?:also )?(?:like|be interested in)|Top stories|Latest(?: news| stories)?|"
                        r"Editor['’]s picks|What to read next|Popular(?: now)?)\s*:?", re.I)
#: An item of such a list: a numbered or bulleted line, or a headline (no sentence's end).
_LINK_ITEM = re.compile(r"^(?:\d{1,2}[.)]\s|[-•·*]\s)|^[^.!?]{0,140}$")
_DASH = re.compile(r"\s+[–—-]\s+")
MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


@dataclass(frozen=True)
class Article:
    source: str                      # the input file name (never a path)
    text: str                        # what every offset counts into
    title: str
    published: dt.date | None
    publisher: str | None = None
    url: str | None = None
    credits: tuple[Credit, ...] = ()
    body: tuple[tuple[int, int], ...] = ()   # (start, end) of body paragraphs in text
    headings: tuple[tuple[int, int], ...] = ()  # title and sub-headings: text, not sentences
    dateline: tuple[int, int] | None = None   # "JAKARTA, Feb 10 (Reuters) -": a place and the story's agency


@dataclass
class _Page:
    """What the furniture lines of a page say, filled in while they are read."""

    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    credits: list[Credit] = field(default_factory=list)
    body: list[tuple[int, int]] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)


def read_sources(paths: list[str | Path]) -> Iterator[Article | SourceError]:
    """Every article found under ``paths`` (files, folders, http(s) URLs); what cannot be read yields its error."""
    for found in inputs(paths):
        yield from read_input(found)


def inputs(paths: list[str | Path]) -> Iterator[Path | str | SourceError]:
    """What ``paths`` name, in reading order: files (folders expanded, sorted), URLs, or the error of a path
    that names nothing."""
    for path in paths:
        if is_url(path):
            yield str(path)
            continue
        path = Path(path)
        if path.is_dir():
            yield from sorted(_files_under(path), key=lambda p: p.parts)   # as Paths sort, 3 times faster
        elif path.is_file():
            yield path
        else:
            yield SourceError(str(path), "no such file or folder")


def _files_under(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, as ``folder.rglob("*")`` finds them (symbolic links to files
    in, links to folders not followed, unreadable folders passed over), in one directory read per
    folder: ``os.scandir`` says what each entry is without a ``stat`` of its own."""
    try:
        with os.scandir(folder) as entries:
            found = list(entries)
    except PermissionError:
        return
    for entry in found:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _files_under(folder / entry.name)
            elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES and entry.is_file():
                yield folder / entry.name
        except OSError:
            continue


def read_input(found: Path | str | SourceError) -> Iterator[Article | SourceError]:
    """The articles (or errors) of one of `inputs`."""
    if isinstance(found, SourceError):
        yield found
    elif isinstance(found, Path):
        yield from _read_file(found)
    else:
        yield _read_or_error(found, *READERS["url"])


def is_url(value: object) -> bool:
    """An http(s) URL given as a string (paths come as ``Path`` or as strings without a scheme)."""
    return isinstance(value, str) and value[:8].lower().startswith(("http://", "https://"))


def _read_file(path: Path) -> Iterator[Article | SourceError]:
    """A batch's articles and errors, or the one article (or error) of any other file."""
    module, name = READERS.get(path.suffix.lower(), READERS[".txt"])
    if path.suffix.lower() in BATCH_SUFFIXES:
        yield from getattr(importlib.import_module(module), name)(path)
    else:
        yield _read_or_error(path, module, name)


def _read_or_error(source: Path | str, module: str, name: str) -> Article | SourceError:
    try:
        return getattr(importlib.import_module(module), name)(source)
    except SourceError as error:
        return error
    except OSError as error:
        label = source.name if isinstance(source, Path) else source
        return SourceError(label, f"cannot be read ({error.strerror or error})")


def read_article(path: Path) -> Article:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise SourceError(path.name, f"larger than {MAX_BYTES} bytes")
    if _HTML_DOCUMENT.match(data) and _HTML_PARTS.search(data):
        # a page saved under a .txt name ("curl … > story.txt"): read as the page it is
        return importlib.import_module("kg.sources_html").parse_html(data, path.name)
    text = decode(data, path.name)
    if path.suffix.lower() in (".md", ".markdown") or _MARKDOWN_HEADLINE.match(text):
        text = plain_of_markdown(text)   # "# Headline", "**LIMA** –", "[Reuters](https://…)": the text they mark up
    return parse_article(text, path.name)


def plain_of_markdown(text: str) -> str:
    """The text of a Markdown article, its markup gone: headings' '#', emphasis, links (their words stay), images,
    block quotes' '>' and horizontal rules; lists keep their '-' (a list item is read as one)."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(lambda m: m["words"], text)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_STRONG.sub(lambda m: m["words"], text)
    return _MD_EMPHASIS.sub(lambda m: m["words"], text)


_MARKDOWN_HEADLINE = re.compile(r"\A\s*#{1,2} \S")   # a text file that opens with a Markdown headline
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[(?P<words>[^\]\n]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+\"[^\"\n]*\")?\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$", re.M)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_RULE = re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M)
_MD_STRONG = re.compile(r"(\*\*|__)(?P<words>\S(?:[^\n]*?\S)?)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?P<words>[^\s*_](?:[^\n*_]*?[^\s*_])?)\1(?![\w*])")


#: The start of an HTML document, after a byte order mark, white space and comments: "<!DOCTYPE html", "<html".
_HTML_DOCUMENT = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_HTML_PARTS = re.compile(rb"<(?:head|body)\b[^>]*>", re.I)


def decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise SourceError(name, "binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(name, f"not UTF-8 text (byte {error.start})") from None
    return unescaped(text.replace("\r\n", "\n").replace("\r", "\n"))


def unescaped(text: str) -> str:
    """``text`` with the HTML character references a feed or a scraper left in it ("Côte d&#8217;Ivoire", "&amp;")
    written as the characters they stand for; only whole references, ending with ';'."""
    return _REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def parse_article(raw: str, name: str) -> Article:
    header, text = split_header(raw, name)
    page = _read_page(text, header.get("title"))
    title = header.get("title") or page.title
    if not title:
        raise SourceError(name, "empty: no title and no text")
    if not page.body:
        raise SourceError(name, "no body text after the title and page furniture")
    dateline = _dateline(text, page.body[0])
    published = _header_date(header.get("date"), name) or page.published \
        or _url_date(header.get("url") or page.url) or _early_date(text, page.body[0], dateline)
    credits = list(page.credits)
    if header.get("author") and not any(c.role == "author" for c in credits):   # "Author: A and B": each
        credits += authors(header["author"], header.get("publisher") or page.publisher)
    return Article(
        source=name, text=text, title=title, published=published,
        publisher=header.get("publisher") or page.publisher, url=header.get("url") or page.url,
        credits=tuple(credits), body=tuple(page.body), headings=tuple(page.headings),
        dateline=dateline)


def _early_date(text: str, first: tuple[int, int], wire: tuple[int, int] | None) -> dt.date | None:
    """The first full date in the page's top (its lines before the body, and the ``wire`` dateline opening the
    body: "TOKYO, March 16, 2023 (Asia-Pacific Newswire) —"), when no line of its own gives the date."""
    top = text[:first[0]] + ("\n" + text[wire[0]:wire[1]] if wire else "")
    found = sorted(((m.start(), order, m) for order, rx in enumerate(_ANY_DATES) for m in rx.finditer(top)),
                   key=lambda f: f[:2])
    return next((date for _, _, m in found if (date := _line_date(m))), None)


def _url_date(url: str | None) -> dt.date | None:
    """The date in a page's address (".../2023/04/19/..."), when the page gives none."""
    m = _URL_DATE.search(url or "")
    try:
        return dt.date(int(m["year"]), int(m["month"]), int(m["day"])) if m else None
    except ValueError:
        return None


def split_header(raw: str, name: str) -> tuple[dict[str, str], str]:
    """Split form (b)'s ``Key: value`` block from the text; form (a) has an empty header."""
    lines = raw.split("\n")
    header: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if header:
                return header, "\n".join(lines[index + 1:])
            return {}, raw
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in HEADER_KEYS:
            return ({}, raw) if not header else _bad_header(name, index + 1, line)
        header[key.strip().lower()] = value.strip()
    return header, ""


def _bad_header(name: str, line_no: int, line: str):
    raise SourceError(name, f"line {line_no}: header block must be 'Key: value' lines ending at a blank line, "
                            f"got {line[:60]!r}")


def _header_date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise SourceError(name, f"header Date {value!r} is not YYYY-MM-DD") from None


def _read_page(text: str, title: str | None = None) -> _Page:
    """The page's title, furniture, headings and body paragraphs. Its first line is its headline, unless a
    header gave the title and the page opens with something else (its lead paragraph, a dateline)."""
    page = _Page()
    paragraphs = list(_paragraphs(text))
    links = False   # inside a list of links to other articles ("Most read", then their headlines)
    for index, (start, end) in enumerate(paragraphs):
        line = text[start:end].strip().replace("\n", " ")   # a wrapped paragraph (`_paragraphs`) as one line
        if links and _LINK_ITEM.match(line):
            continue
        links = False
        if _CHROME.match(line):
            continue   # no headline, byline or date line has this form
        if page.title is None and title and " ".join(line.split()) != " ".join(title.split()) and (len(line) > 150 or _SENTENCE_END.search(line) and len(line.split()) >= 8):
            page.title = title.strip()   # the header's; this first line, too long for a headline or ending as a
            # sentence does ("WASHINGTON (Reuters) - Modi arrived … on Wednesday."), is read as text
        if page.title is None and not title and _LEAD_PARAGRAPH.search(line) and len(line) > _LONGEST_HEADLINE:
            page.title = _headline_of(line)   # no headline, the page opens with its lead: "Brazil and Argentina …
            page.body.append((start, end))    # on Tuesday. The pipeline …": its first sentence names it
        elif page.title is None:
            page.title = line
            page.headings.append((start, end))
        elif line == page.title or (title and " ".join(line.split()) == " ".join(title.split())) or _furniture(line, page):
            continue   # the headline again, under a masthead the page opened with ("NEWS BULLETIN | Issue 22")
        elif _NOISE.match(line) or _LINK_HEAD.fullmatch(line):
            if (_LINK_LIST.match(line) or _LINK_HEAD.fullmatch(line)) and index >= len(paragraphs) - 4 \
                    and not any(_is_text(text[a:b]) for a, b in paragraphs[index + 1:]):
                break   # a trailing list of links: what follows are other articles' titles (unless a paragraph of text
                # follows: "Related: Mauritania renews licences", then two more paragraphs of the story)
            links = bool(_LINK_HEAD.fullmatch(line))   # "Most read": the headlines that follow are other articles'
        elif (caption := _PHOTO_CAPTION.search(line)) and len(line) < 500:
            # "…, center, watches as … in Baghdad, Sunday, March 19, 2023. (Iraqi Prime Minister Media Office via AP)": no
            # text; "(Zhang Wei/Xinhua via AP)": its photographer is credited
            credit = caption["credit"].strip()
            if "/" in credit:
                name, affiliation = _photographer(credit)
                if not is_person(name) and affiliation and is_person(affiliation):
                    name, affiliation = affiliation, name   # "(AP Photo/Hadi Mizban)": the agency first
                if is_person(name) and " " in name:
                    page.credits.append(Credit(name, "photographer", affiliation))
            continue
        elif _is_heading(line):
            page.headings.append((start, end))
        else:
            page.body.append((start, end))
    if not page.body and page.headings and _SENTENCE_END.search(page.title) and len(page.title.split()) >= 4:
        page.body.append(page.headings.pop(0))   # a file of one sentence ("Brazil and Argentina agreed on Tuesday
    return page                                  # to build a gas pipeline, Reuters reported."): title and text


def _is_text(paragraph: str) -> bool:
    """Whether a paragraph is a sentence of text, not a headline, a list item or page furniture: twelve words or more
    ending as a sentence does."""
    line = " ".join(paragraph.split())
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line)) and not _NOISE.match(line) \
        and not _LINK_ITEM.match(line) and not _PHOTO_CAPTION.search(line)


#: A line of more than one sentence, longer than headlines are: a paragraph of text (`_read_page`).
_LEAD_PARAGRAPH = re.compile(r"[a-z0-9)\]][.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")
_LONGEST_HEADLINE = 200


def _headline_of(paragraph: str) -> str:
    """A title for an article that has none: its first sentence, cut at a word before 150 characters."""
    first = paragraph[:_LEAD_PARAGRAPH.search(paragraph).start() + 2].strip()
    return first if len(first) <= 150 else first[:first.rfind(" ", 0, 149)].rstrip(",;:") + " …"


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line, whitespace trimmed; the lines of a hard-wrapped paragraph
    (`_unwrapped`) are one."""
    lines: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip(" \t\u00a0\u200b"):
            lead = len(line) - len(line.lstrip(" \t\u00a0\u200b"))
            trail = len(line) - len(line.rstrip(" \t\u00a0\u200b"))
            lines.append((match.start() + lead, match.end() - trail))
    if len(lines) < 2:
        return iter(lines)
    return iter(_unwrapped(text, lines, _wrap_width(text, lines)))


def _unwrapped(text: str, lines: list[tuple[int, int]], width: int | None) -> list[tuple[int, int]]:
    """The paragraphs of the lines: each line (a headline, a date line, a list of links, a paragraph on a line of its
    own), except that a line of text wrapped at a fixed width goes on into the next line when nothing but a line
    break separates them (`_goes_on`)."""
    joined = [lines[0]]
    for (a, b), (start, end) in zip(lines, lines[1:]):
        if _next_line(text, b, start) and _goes_on(text[a:b], text[start:end], width):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width text is wrapped at, if it is (most of its long lines are no longer than a width of 100 characters
    at most, and some line breaks a sentence off in mid-phrase), else None."""
    long = sorted(end - start for start, end in lines if end - start >= _WRAPPED_LINE)
    if len(long) < 5:
        return None
    width = long[int(0.9 * (len(long) - 1))]
    if width > 100 or sum(n >= width - _WRAP_SLACK for n in long) < len(long) / 2:
        return None
    broken = any(_runs_on(text[a:b], text[c:d]) for (a, b), (c, d) in zip(lines, lines[1:]) if _next_line(text, b, c))
    return width if broken else None


def _next_line(text: str, end: int, start: int) -> bool:
    """Whether the line starting at ``start`` follows the one ending at ``end`` with no blank line between."""
    return text.count("\n", end, start) == 1


_WRAPPED_LINE = 40   # a line of wrapped text is longer than this; a headline, date line or credit may be shorter
_WRAP_SLACK = 25     # how much shorter than the width a wrapped line may be (its next word did not fit)
#: A line that stops mid-sentence: on a comma or a word no headline or link ends with ("… in Lima and").
_STOPS_SHORT = re.compile(r"(?:,|\b(?:a|an|the|of|to|for|with|from|and|or|that|which|its|their|is|are|was|were|"
                          r"has|have|had|will|would|than|into|between))\s*$")
#: A line that begins page furniture (a byline, a credit, a list of links): no line before runs on into it, nor does it
#: run on into the next; or an item of a list ("- …", "• …", "3. …"), which the line before does not run on into.
_FURNITURE_LINE = re.compile(r"B[yY]\s|(?:Photo|PHOTO|Image|Picture|Credit|Source|Read\s+[Mm]ore|READ\s+MORE|Related|RELATED)\b")
_OWN_LINE = re.compile(rf"[-–—•*·]\s|\d{{1,2}}[.)]\s|{_FURNITURE_LINE.pattern}")


def _goes_on(line: str, following: str, width: int | None) -> bool:
    """Whether ``following`` continues the paragraph of ``line``: it does when the line breaks a sentence in
    mid-phrase (`_runs_on`), or, in text wrapped at ``width``, when the line is about that wide and the next is
    text (a long line or the end of a sentence), not a list item, a credit or a date line."""
    if line.endswith(":") or _OWN_LINE.match(following) or _FURNITURE_LINE.match(line) or _date_line(following):
        return False
    if _runs_on(line, following):
        return True
    return width is not None and len(line) >= max(width - _WRAP_SLACK, _WRAPPED_LINE) \
        and (len(following) >= _WRAPPED_LINE or bool(_SENTENCE_END.search(following)))


def _runs_on(line: str, following: str) -> bool:
    """Whether ``line`` breaks off a sentence that ``following`` goes on with: a long line that does not end as a
    sentence does, followed by a word in lower case, or itself ending on a comma or a word no sentence ends with."""
    return len(line) >= _WRAPPED_LINE and not _SENTENCE_END.search(line) and not line.endswith(":") \
        and not _OWN_LINE.match(following) and (following[:1].islower() or bool(_STOPS_SHORT.search(line)))


def _date_line(line: str) -> re.Match | None:
    """A match of one of the date lines ("Apr 19, 2023", "19 April 2023", "2023-04-19"), or None."""
    return _DATE_LINE.match(line) or _DMY_DATE_LINE.match(line) or _ISO_DATE_LINE.match(line) or _NUMERIC_DATE_LINE.match(line)


def _numeric_date(m: re.Match) -> dt.date:
    """A date in figures: year first; else the day first with dots, or where the first number is no month
    ("14/03/2023"); else the month first ("03/14/2023", and "03/04/2023" as the U.S. writes it)."""
    if m["y2"]:
        return dt.date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    return dt.date(year, b, a) if m["sep"] == "." or a > 12 else dt.date(year, a, b)


def _line_date(m: re.Match) -> dt.date | None:
    """The date a match of a date line reads (None if it is no calendar date)."""
    try:
        forms = m.re.groupindex
        if "iso" in forms:
            return dt.date.fromisoformat(m["iso"])
        if "sep" in forms:
            return _numeric_date(m)
        return dt.date(int(m["year"]), MONTHS[m["month"][:3].lower()], int(m["day"]))
    except (ValueError, KeyError):
        return None


def _furniture(line: str, page: _Page) -> bool:
    """Read a photo credit, byline or date line into ``page``; False when it is none of them."""
    if m := _PHOTO.match(line):
        who = m["who"]
        if _CAPTION_TEXT.search(who):   # "Picture: Albanese and Marape exchange the treaty. Photo: AAP": a caption
            credit = _TRAILING_CREDIT.search(who) or _OUTLET_SLASH_NAME.search(who)   # whose credit, if any, comes
            who = credit["who"] if credit else None   # last ("… at the ceremony – Lakeside Courier / M. Okafor")
        if who:
            name, affiliation = _photographer(who)
            if is_person(name) and not _PICTURED.search(name):   # "Photo: Energy Secretary Rocío Nahle (file) – …":
                page.credits.append(Credit(name, "photographer", affiliation))   # who is in the picture, not who took it
        return True
    if (m := _BYLINE.match(line)) and len(line) < 120:
        who, dated = m["who"], _BYLINE_DATE.search(m["who"])
        if dated and (found := _date_line(dated["date"])):
            who = who[:dated.start()]
            if page.published is None:
                page.published = _line_date(found)
        publisher, people = byline(who)
        page.publisher = page.publisher or publisher
        page.credits.extend(people)
        return True
    if (people := credit_line(line)) is not None:
        page.credits.extend(people)
        return True
    if (m := _SOURCE_LINE.match(line)) and (m["wires"] or _NEWS_NAME.search(m["who"])):   # "Source: Al Jazeera and
        page.publisher = page.publisher or m["who"]   # news agencies", "Source: Xinhua": who published the page (not
        return True                                   # "Source: World Bank" under a chart)
    if page.published is None and (m := _date_line(line)):
        page.published = _line_date(m)
        return True
    return False


_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'/-]+(?:\s+[A-Z][A-Z.'/-]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*\(|,\s*[A-Z][a-z]{2,8}\.?\s+\d))"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=\s*\(|,\s*[A-Z][a-z]{2,8}\.?\s+\d))?"   # "JEDDAH, Saudi Arabia (AP)"
    r"(?:\s*\([^)]{2,40}\))?,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d{2})?,?\s*)?(?:\((?:[A-Za-z .-]{2,30})\))?"
    r"\s*(?:\.-|[-—–]{1,2})\s*")


def _dateline(text: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """The wire dateline opening the first paragraph, if any."""
    m = _DATELINE.match(text, first[0], first[1])
    if not m or m.end() - m.start() >= 90:
        return None
    plain = not re.search(r"[(\d]", m.group())
    return None if plain and not re.search(r"[—–]", m.group()) else (m.start(), m.end())


#: A caption, not a credit: a sentence (a lower-case verb after the names).
_CAPTION_TEXT = re.compile(r"\b(?:[a-z]{3,}s|[a-z]{3,}ed|is|are|was|were|at|during|after|before)\b.*\w")
#: A caption's subject, not a photographer: a title, or "(file)" ("Mexican Energy Secretary Rocío Nahle (file)").
_PICTURED = re.compile(r"\(|\b(?:President|Minister|Secretary|Premier|King|Queen|Prince|Princess|Chancellor|Ambassador|"
                       r"Leader|General|Senator|Governor|Mayor|Emir|Sheikh|Pope)\b")
_OUTLET_WORD = re.compile(rf"\b(?:{OUTLET_WORDS})\b")   # what names an outlet ("Lakeside Courier")
_OUTLET_SLASH_NAME = re.compile(r"\s[–—]\s+(?P<who>[^–—/]{2,60}/\s*[^–—/]{2,40}?)\s*$")
_TRAILING_CREDIT = re.compile(r"[.!]\s+(?:Photo|Picture|Image|Credit)s?\s*:\s*(?P<who>[^.]{2,60}?)\s*$")


def _split_credit(who: str) -> tuple[str, str | None]:
    parts = _DASH.split(who, maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(), parts[1].strip()
    parts = [p.strip() for p in who.split("/", 1)]
    return parts[0], (parts[1] if len(parts) == 2 else None)


def _photographer(who: str) -> tuple[str, str | None]:
    """The photographer of a credit: "NAME – AGENCY", "NAME / AGENCY", or a caption before "OUTLET / NAME"
    ("Signing ceremony in the Coronation Hall – Rhine Valley Courier / J. Albrecht")."""
    name, affiliation = _split_credit(who)
    if affiliation and "/" not in affiliation and _OUTLET_WORD.search(name) and is_person(affiliation) \
            and " " in affiliation and not _OUTLET_WORD.search(affiliation):
        return affiliation, name   # "Lakeside Courier / M. Okafor": the outlet, then its photographer
    if affiliation and "/" in affiliation and not is_person(name):
        outlet, _, last = affiliation.rpartition("/")
        if is_person(last.strip()) and " " in last.strip():
            return last.strip(), outlet.strip()
    return name, affiliation


#: A line that ends as a sentence does (a full stop, perhaps inside a closing quote): body text, not a headline.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")


def _is_heading(line: str) -> bool:
    """A short line that does not end a sentence: a sub-heading, not body text."""
    return len(line) < 80 and not re.search(r"[.!?:;\"”’)]\s*$", line)
