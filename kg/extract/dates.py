"""Date expressions in a sentence, at the precision the text gives.

Relative dates ("last March", "on Tuesday", "February 23", "next year") are
resolved against the article's publication date. Results are ISO strings:
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
#: The names of months and days as written: a date's words, never a place or a source ("in March", "on Monday").
CALENDAR_WORDS = frozenset(name.title() for name in (*MONTHS, *WEEKDAYS))
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
#: Not after a capitalised word: "Good Friday", "Black Monday" name things, not days.
_NOT_NAMED = "".join(rf"(?<![A-Z][a-z]{{{n}}} )" for n in range(1, 10))
PATTERNS = [
    ("range_mdy", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+"
                             r"(?P<year>(?:19|20)\d{2})\b")),
    ("range_dmy", re.compile(r"\b(?P<day>\d{1,2})\s*(?:-|–|to|and)\s*\d{1,2}\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b")),
    ("range_dm", re.compile(r"\b(?P<day>\d{1,2})\s*(?:-|–|to|and)\s*\d{1,2}\s+" + _MONTH + r"\b(?!,?\s*\d{4})")),
    ("mdy", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b")),
    ("dmy", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mm>\d{2})-(?P<dd>\d{2})\b")),
    ("my", re.compile(_MONTH + r"(?:\s+of)?\s+(?P<year>(?:19|20)\d{2})\b")),
    ("md_last_year", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<rel>last|next|this)\s+year\b")),
    ("month_last_year", re.compile(_MONTH + r"\s+(?P<rel>last|next|this)\s+year\b")),
    ("that_year", re.compile(_MONTH + r"\s+(?:of\s+)?(?:that|the same)\s+year\b")),
    ("that_month", re.compile(r"\bthat\s+" + _MONTH + r"(?!\s+\d)")),   # "in Cairo in May 2021 and in Ankara that September"
    ("md", re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})")),
    ("dm", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\b(?!,?\s*\d{4})")),
    ("last_month", re.compile(r"\b(?i:last|this past|earlier this|in late|in early|in mid-?|late|early|mid-?|in|since|until|by|"
                              r"(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+" + _MONTH + r"\b(?!\s+\d)")),
    ("weekday", re.compile(r"(?:\b(?i:on|last|this|late on|early on)\s+|(?<=[a-z] )" + _NOT_NAMED + r")(?P<weekday>Monday|Tuesday|Wednesday|"
                           r"Thursday|Friday|Saturday|Sunday)\b")),   # AP style drops the 'on': "signed a deal Thursday"
    # "During Monday's meeting", "At Tuesday's summit": the day of what it names
    ("weekday_s", re.compile(r"(?<!Black )(?<!Good )(?<!Bloody )(?<!Cyber )(?<!Super )(?<!Easter )(?<!Holy )(?<!Ash )(?<!Palm )(?<!Blue )"
                             r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=[’']s\s+[a-z])")),
    ("rel_year", re.compile(r"\b(?P<rel>(?i:last|next|this))\s+year\b")),
    ("years_ago", re.compile(r"\b(?P<n>\d{1,2}|(?i:two|three|four|five|six|seven|eight|nine|ten))\s+years\s+ago\b")),
    ("days_ago", re.compile(r"\b(?P<n>\d{1,2}|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten))\s+(?P<unit>days|weeks?)\s+ago\b")),
    ("rel_month", re.compile(r"\b(?P<rel>(?i:last|this|next))\s+month\b")),
    ("yesterday", re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]onight|this\s+(?:morning|afternoon|evening)|"
                             r"(?:a\s+few|several|\d{1,2}|two|three|ten|twenty)\s+(?:minutes|hours)\s+ago|moments\s+ago)\b")),
    # "Today at United Nations Headquarters …"; a live page's "signed … a few minutes ago", "this morning": its day
    # "in the summer of 2014", "in spring 2019": the year; "in the spring", "last autumn", "next summer": the year of that season
    ("season_year", re.compile(r"\b(?i:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b")),
    ("season", re.compile(r"\b(?P<rel>(?i:in\s+the|last|this|this\s+past|next))\s+(?P<season>(?i:spring|summer|autumn|fall))\b"
                          r"(?!\s+(?:of\s+)?(?:19|20)\d{2}|\s+of\b)")),   # not "in the fall of Kabul"
    ("year_range", re.compile(r"\b(?i:in|from|during|between)\s+(?P<year>(?:19|20)\d{2})(?:\s*[-–/]\s*(?:19|20)?\d{2}|\s+and\s+(?:19|20)\d{2})\b")),
    ("year", re.compile(r"\b(?:(?i:in|since|by|during|of|from|early|late|mid)\s+|(?i:mid)-)(?:(?i:early|late|mid)[\s-]+)?"
                        r"(?P<year>(?:19|20)\d{2})\b(?![-–/]\d)")),
]


@dataclass(frozen=True)
class DateMention:
    value: str
    start: int
    end: int


#: What each pattern cannot match without: a digit ("d"), a year ("y"), a month's name ("m"), a weekday ("w"), a
#: relative word ("r") or a season ("s"); a sentence is read once for each and the patterns it cannot hold are
#: skipped. A pattern that needs another word must add it here.
_NEEDS = {"range_mdy": "dmy", "range_dmy": "dmy", "range_dm": "dm", "mdy": "dmy", "dmy": "dmy", "iso": "dy", "my": "dmy",
          "month_last_year": "m", "md_last_year": "dmr", "that_year": "m", "that_month": "m", "md": "dm", "dm": "dm", "last_month": "m", "weekday": "w", "weekday_s": "w",
          "rel_year": "r", "years_ago": "r", "days_ago": "r", "rel_month": "r", "yesterday": "r", "year_range": "dy", "season_year": "dsy", "season": "s",
          "year": "dy"}
_HAS = {"d": re.compile(r"\d"), "y": re.compile(r"(?:19|20)\d\d"), "m": re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
        "w": re.compile(r"day\b"), "r": re.compile(r"year|month|[Yy]esterday|[Tt]oday|[Tt]onight|ago\b|morning|afternoon|evening"),
        "s": re.compile(r"spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter")}   # not (?i:…): 5x slower


def find_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """Every date mention, most precise first where two overlap."""
    found: list[DateMention] = []
    has = {k for k, rx in _HAS.items() if rx.search(sentence)}
    if not has:
        return found   # most sentences: four quick searches, cheaper than one for any of the words
    for kind, pattern in PATTERNS:
        if not has.issuperset(_NEEDS[kind]):
            continue
        for m in pattern.finditer(sentence):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            if kind in ("rel_year", "rel_month") and _ANNIVERSARY_OF.match(sentence, m.end()):
                continue   # "next year's 10th anniversary of their treaty": the time of neither the treaty nor the sentence's event
            value = _that_year(sentence, m) if kind in ("that_year", "that_month") else _resolve(kind, m, published)
            if kind in ("md", "dm", "range_dm") and published and (_FUTURE_CUE.search(sentence, max(0, m.start() - 40), m.start())
                                                                      or _CALLED_FOR.search(sentence, max(0, m.start() - 100), m.start())):
                value = _upcoming_day(_month(m["month"]), int(m["day"]), published) or value
            elif kind in ("md", "dm", "range_dm") and published and _ahead_of(sentence, m.start()):
                value = _upcoming_day(_month(m["month"]), int(m["day"]), published, 31) or value   # "EU leaders will try
                # again to overhaul the rules, under which …, at a summit in Brussels on 28-29 June": the one weeks ahead
            if kind == "weekday" and published and not m.group().lower().startswith("last") \
                    and _WEEKDAY_AHEAD.search(sentence, max(0, m.start() - 80), m.start()):   # "are expected to sign a
                value = (published + dt.timedelta(days=(WEEKDAYS[m["weekday"].lower()] - published.weekday()) % 7)).isoformat()
                # memorandum in Almaty on Friday": the coming Friday (the day itself if the article is of that day)
            if value:
                found.append(DateMention(value, m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


#: A possessive date naming an anniversary, which dates no event ("next year's 10th anniversary").
_ANNIVERSARY_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}?(?:anniversary|centenary|centennial|jubilee)\b")


def _that_year(sentence: str, m: re.Match) -> str | None:
    """'in November of that year': the month of the last year named before it in the sentence."""
    years = re.findall(r"\b(?:19|20)\d{2}\b", sentence[:m.start()])
    return f"{years[-1]}-{_month(m['month']):02d}" if years else None


def _month(text: str) -> int:
    key = text.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key[:4] if key.startswith("sept") else key[:3]]


def _resolve(kind: str, m: re.Match, published: dt.date | None) -> str | None:
    if kind in ("mdy", "dmy", "range_mdy", "range_dmy"):
        return _iso(int(m["year"]), _month(m["month"]), int(m["day"]))
    if kind == "iso":
        return _iso(int(m["year"]), int(m["mm"]), int(m["dd"]))
    if kind == "my":
        return f"{int(m['year']):04d}-{_month(m['month']):02d}"
    if kind in ("year", "year_range", "season_year"):
        return m["year"]
    if published is None:
        return None
    return _relative(kind, m, published)


def _relative(kind: str, m: re.Match, published: dt.date) -> str | None:
    if kind in ("md", "dm", "range_dm"):
        month, day = _month(m["month"]), int(m["day"])
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        return _iso(year, month, day)
    if kind == "last_month":
        month = _month(m["month"])
        last = m.group().lower().startswith(("last", "this past"))
        year = published.year if month < published.month or (month == published.month and not last) \
            else published.year - 1
        return f"{year:04d}-{month:02d}"
    if kind in ("weekday", "weekday_s"):
        back = (published.weekday() - WEEKDAYS[m["weekday"].lower()]) % 7
        back = 7 if back == 0 and m.group().lower().startswith("last") else back   # "last Saturday" in Saturday's paper
        return (published - dt.timedelta(days=back)).isoformat()
    if kind == "md_last_year":   # "on July 25 this year", "on March 3 last year"
        return _iso(published.year + {"last": -1, "next": 1, "this": 0}[m["rel"]], _month(m["month"]), int(m["day"]))
    if kind == "month_last_year":
        year = published.year + {"last": -1, "next": 1, "this": 0}[m["rel"]]
        return f"{year:04d}-{_month(m['month']):02d}"
    if kind == "rel_year":
        return str(published.year + {"last": -1, "next": 1, "this": 0}[m["rel"].lower()])
    if kind == "years_ago":
        n = m["n"]
        return str(published.year - (int(n) if n.isdigit() else _NUMBERS[n.lower()]))
    if kind == "days_ago":   # "when he met President Bush … two weeks ago": that day
        n = m["n"].lower()
        count = int(n) if n.isdigit() else 1 if n in ("a", "one") else _NUMBERS[n]
        return (published - dt.timedelta(days=count * (7 if m["unit"].startswith("week") else 1))).isoformat()
    if kind == "rel_month":
        first = published.replace(day=1)
        rel = m["rel"].lower()
        month = first - dt.timedelta(days=1) if rel == "last" else (first + dt.timedelta(days=32) if rel == "next" else first)
        return f"{month.year:04d}-{month.month:02d}"
    if kind == "season":   # spring from March, summer from June, autumn from September
        start = _SEASONS[m["season"].lower()]
        rel = " ".join(m["rel"].lower().split())
        if rel == "next":
            return str(published.year + (published.month >= start))
        if rel == "this":
            return str(published.year)
        if rel in ("last", "this past"):   # the last one over: this year's once it has ended
            return str(published.year - (published.month <= start + 2))
        ahead = _FUTURE_CUE.search(m.string, max(0, m.start() - 40), m.start())   # "will resume in the spring"
        return str(published.year + (published.month >= start) if ahead else published.year - (published.month < start))
    if kind == "yesterday":
        return (published - dt.timedelta(days=1 if m["rel"].lower() == "yesterday" else 0)).isoformat()
    return None


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

#: Words before a weekday that look ahead to a signing that day ("is expected to sign a memorandum … on Friday").
_WEEKDAY_AHEAD = re.compile(r"(?i)\b(?:will|shall|expected\s+to|due\s+to|set\s+to|scheduled\s+to|slated\s+to|plans?\s+to|"
                            r"planning\s+to|is\s+to|are\s+to)\s+(?:\w+\s+)?(?:sign|be\s+signed|conclude|ink|initial)\b[^.;,]*$")
#: The sentence's main verb ahead, however far before the day: "will" ("… will try again …, at a summit on 28-29 June"),
#: unless a verb of the past comes between (`_ahead_of`).
_WILL_BEFORE = re.compile(r"\b(?:will|is\s+due\s+to|are\s+due\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?!have\b)")
_PAST_BETWEEN = re.compile(r"\b(?:was|were|had|signed|agreed|met|held|reached|concluded|took\s+place)\b")
#: Words before a day without a year that look ahead ("starting at midnight on Aug. 4", "until June 30").
_FUTURE_CUE = re.compile(r"(?i)\b(?:starting|start|from|until|till|by|due|scheduled|set for|begins?|beginning|effective|"
                         r"takes? effect|will|expires?|expiring|deadline|next)\b")
#: A meeting called for a day ("has called an extraordinary meeting of EU interior ministers in Brussels for November 25"):
#: that day is ahead.
_CALLED_FOR = re.compile(r"\b(?:called|convened|summoned|scheduled)\b[^.;]{0,80}\bfor\s+$")


def _ahead_of(sentence: str, at: int) -> bool:
    """The sentence looks ahead to what it dates at ``at``: "will" before it, and no verb of the past between."""
    wills = list(_WILL_BEFORE.finditer(sentence, 0, at))
    return bool(wills) and not _PAST_BETWEEN.search(sentence, wills[-1].end(), at)


def _upcoming_day(month: int, day: int, published: dt.date, within: int = 122) -> str | None:
    """A day without a year that the sentence looks ahead to: the next one, within four months (``within`` days)."""
    for year in (published.year, published.year + 1):
        value = _iso(year, month, day)
        if value and 0 <= (dt.date.fromisoformat(value) - published).days <= within:
            return value
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_COUNT_WORDS = "|".join(sorted(_COUNTS, key=len, reverse=True))
_TENS_WORDS = "|".join(_TENS)
#: A time told from the date before it: "two years later", "thirty years later", "a month earlier", "the following
#: year", "the next day".
_ANAPHORIC = re.compile(rf"\b(?:(?P<count>(?i:(?:{_TENS_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{_COUNT_WORDS})|\d{{1,3}})\s+"
                        r"(?P<unit>day|week|month|year)s?\s+(?P<way>later|earlier|afterwards)|[Tt]he\s+(?:following|next)\s+"
                        r"(?P<next>day|month|year))\b")


_THAT_MONTH = re.compile(r"\b(?:[Tt]hat|[Tt]he\s+same)\s+(?P<month>January|February|March|April|May|June|July|August|September|"
                         r"October|November|December)\b(?!\s+\d)")


def anaphoric_dates(sentence: str, before: str | None, own: list[DateMention] = ()) -> list[DateMention]:
    """Dates told from the one before them: the sentence's own ("on July 8, and the next day"), else ``before``, the
    last date the article gave ("In 2018 …. Two years later, …": 2020), at the precision that both allow (a year
    counted from a month is a year; a day needs a day)."""
    if not ("later" in sentence or "earlier" in sentence or "afterwards" in sentence or "following" in sentence
            or "next" in sentence or "that " in sentence):
        return []   # most sentences: six substring tests, cheaper than the expression
    found = []
    def told_before(at: int) -> str | None:
        base = [d for d in own if d.end <= at]
        return base[-1].value if base else before
    for m in _THAT_MONTH.finditer(sentence):   # "Russia withdrew its signature that September": the year told before
        start = told_before(m.start())
        if start is not None:
            found.append(DateMention(f"{start[:4]}-{MONTHS[m['month'].lower()]:02d}", m.start(), m.end()))
    for m in _ANAPHORIC.finditer(sentence):
        start = told_before(m.start())
        if start is None:
            continue
        unit = m["unit"] or m["next"]
        count = 1 if m["next"] else count_of(m["count"])
        count = -count if m["way"] == "earlier" else count
        value = _shifted(start, unit, count)
        if value:
            found.append(DateMention(value, m.start(), m.end()))
    return found


def count_of(words: str) -> int:
    """'30', 'thirty', 'twenty-five', 'a' as a number."""
    if words.isdigit():
        return int(words)
    parts = words.lower().split("-")
    return sum(_TENS.get(p) or _COUNTS[p] for p in parts)


def _shifted(date: str, unit: str, count: int) -> str | None:
    year = int(date[:4])
    if unit == "year":
        return f"{year + count:04d}"
    if unit == "month":
        if len(date) < 7:
            return None   # "a month later" than a year: which month, the text does not say
        months = year * 12 + int(date[5:7]) - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if len(date) < 10:
        return None   # days and weeks count from a day
    return (dt.date.fromisoformat(date) + dt.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()

