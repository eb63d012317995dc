"""Synthetic news articles about international relations, each with its gold annotations.

    python -m bench.generate N OUTDIR [--seed S]

writes ``OUTDIR/articles/<n>.txt`` in the header form of ``samples/articles`` (Title, Publisher, Date,
URL, Author, a blank line, the page) and ``OUTDIR/gold/<n>.gold.json`` in the format of
``/work/shared/GOLD-FORMAT.md``, so that ``kg build OUTDIR/articles`` then ``kg evaluate --gold OUTDIR/gold``
checks the extractor and the generator against each other.

The sentences are our own templates. The states (names, demonyms, capitals, Wikidata items) come from
``kg/data/states.tsv`` and the outlets and report publishers from ``kg/data/organizations.tsv``; people,
report titles and events are invented. Events are drawn from a shared pool, so that one agreement or
meeting is reported by several articles (one node, several claims), as in real news. Articles are
about 800 words. The same N and seed always give the same corpus.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
FIRST_DAY, LAST_DAY = dt.date(2021, 1, 1), dt.date(2024, 12, 31)
TARGET_WORDS = 800
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# States whose names, demonyms or capitals are ambiguous in running text are left out
# (`ambiguous` column of states.tsv); these well-known ones are kept with their plain forms.
KEEP_ANYWAY = {"CN", "US", "MX", "ES", "IL", "KR", "IE", "CL", "BG"}
OUTLET_KINDS = {"news_agency", "newspaper", "broadcaster", "magazine", "news_site"}
NEEDS_THE = ("Committee", "International", "Armed", "Institute", "Center", "Council", "Carnegie", "Brookings",
             "Stockholm", "German", "Peterson", "Heritage", "Observer", "RAND", "V-Dem", "Pew")

FIRST_NAMES = ["Amara", "Tomas", "Lena", "Rafael", "Ingrid", "Kenji", "Nadia", "Omar", "Priya", "Sergio",
               "Yara", "Mikael", "Aiko", "Dario", "Elif", "Farid", "Greta", "Hana", "Idris", "Jana",
               "Kofi", "Lucia", "Mateo", "Nora", "Oskar", "Paola", "Ravi", "Sana", "Teodor", "Ulla",
               "Viktor", "Wanjiru", "Ximena", "Yusuf", "Zofia", "Anika", "Bruno", "Chiara", "Dmitri", "Esme"]
SURNAMES = ["Okafor", "Lindqvist", "Moreau", "Castellano", "Haddadi", "Tanaka", "Novak", "Petrovic",
            "Mensah", "Kowalski", "Rahimi", "Osei", "Varga", "Brandt", "Sato", "Ferreira", "Quispe",
            "Nyberg", "Duarte", "Achterberg", "Bakshi", "Cardenas", "Dlamini", "Eriksen", "Fonseca",
            "Gallardo", "Hoffmann", "Iwasaki", "Jovanovic", "Kamau", "Lozano", "Marchetti", "Nakamura",
            "Oyelaran", "Pacheco", "Rasmussen", "Salazar", "Takahashi", "Urquhart", "Valdivia"]
TOPICS = ["trade", "energy cooperation", "visa waiver", "defence cooperation", "fisheries", "health cooperation",
          "investment protection", "extradition", "cultural exchange", "nuclear energy", "space cooperation",
          "digital economy", "maritime security", "agricultural trade", "climate finance", "railway",
          "double taxation", "customs cooperation", "water sharing", "education exchange"]
NOUNS = ["agreement", "accord", "treaty", "pact", "deal", "memorandum of understanding"]
ACTIONS = ["expand cooperation in renewable energy", "resume direct flights between their capitals",
           "reopen their embassies", "ease visa rules for business travellers",
           "set up a joint commission on border security", "double bilateral trade within five years",
           "coordinate their positions on food security", "share data on migration flows",
           "build a new rail link across the border", "restore consular services in both countries",
           "hold regular consultations between their defence ministries", "cut tariffs on farm goods",
           "launch a joint fund for small businesses", "speed up the return of migrants"]
REPORT_TITLES = ["Global Trade Outlook", "Regional Security Review", "Democracy Barometer", "Migration Monitor",
                 "Press Freedom Index", "Arms Transfers Yearbook", "Food Security Outlook", "Civic Space Index"]
REPORT_CLAIMS = ["press freedom in {A} deteriorated for a third consecutive year",
                 "arms imports to {A} rose by a third over five years",
                 "{A} had tightened restrictions on independent media",
                 "food prices in {A} remained among the highest in the region",
                 "the number of people displaced inside {A} had doubled"]
STATEMENT_CLAIMS = ["the two governments had discussed tariffs on steel and aluminium",
                    "exports from {A} to {B} had doubled since {Y}",
                    "both sides wanted to keep the dialogue going",
                    "{A} would send a technical team to {B} in the coming weeks",
                    "officials from both countries had exchanged documents on the issue",
                    "the deal would not affect relations with third countries",
                    "companies from {A} were eager to invest in {B}"]
QUOTES = ["This is a step forward, but implementation will be the real test",
          "Both capitals have strong reasons to make this work",
          "The economic logic is clear; the politics are harder",
          "Nobody expects miracles, but the direction has changed"]
FILLER = ["Trade between the two countries has grown steadily over the past decade.",
          "{A} is among the largest trading partners of {B} in the region.",
          "Diplomats described the atmosphere as constructive and businesslike.",
          "Economists expect the benefits to take several years to reach ordinary households.",
          "Opposition lawmakers in {A} have questioned the cost of the arrangements.",
          "Shipping companies have long complained about delays at the border crossings.",
          "Energy prices in the region remain volatile after two difficult winters.",
          "Civil society groups in {B} have asked for more transparency about the process.",
          "Tourism between the two countries fell sharply during the pandemic and has only partly recovered.",
          "Business associations in {A} welcomed the prospect of lower tariffs.",
          "The relationship has not always been smooth, and disputes over fishing rights flared up repeatedly.",
          "Farmers on both sides of the border worry about competition from cheaper imports.",
          "Remittances from workers abroad make up a large share of the economy of {B}.",
          "Several ministers from {A} are expected to travel abroad in the months ahead.",
          "Critics argue that the benefits will flow mainly to large companies rather than small producers.",
          "The border region has suffered from poor roads and unreliable electricity for decades.",
          "Students from {B} make up one of the largest groups of foreign students in {A}.",
          "Investors have so far reacted cautiously, waiting for the details to be published.",
          "Human rights groups have urged both governments to put people before profits.",
          "Public opinion in {A} remains divided over how close ties with {B} should be.",
          "Officials declined to give a timetable for the next steps.",
          "The plan still needs the approval of parliament before it can take effect.",
          "Local media in {B} gave the news prominent coverage on their front pages.",
          "Prices for fertiliser and grain have been a sensitive issue across the region."]
SUBJECTS = ["Exporters in {A}", "Farmers in {B}", "Economists", "Shipping companies", "Diplomats in {A}",
            "Young people in {B}", "Local officials", "Small businesses in {A}", "Trade unions in {B}",
            "Opposition parties in {A}", "Energy companies", "Retailers in {B}", "Port operators", "Many residents"]
PREDICATES = ["have long complained about delays at the border crossings",
              "worry about competition from cheaper imports", "expect the benefits to take years to arrive",
              "have asked for clearer rules on customs paperwork", "see the new climate as an opportunity",
              "remain sceptical about promises made in the past", "have called the plan overdue",
              "fear that higher costs will be passed on to consumers", "are watching the exchange rate closely",
              "have struggled with high interest rates this year", "want faster decisions on permits",
              "point to a shortage of skilled workers", "hope that travel will become easier and cheaper",
              "note that the region has seen similar plans before"]
NOT_AGREEMENTS = ["{A} and {B} have long had close ties in {field}.",
                  "{A} has sought closer ties with {B} since {Y}.",
                  "{A} could sign a similar deal with {B} later this year, officials said.",
                  "{A} urged {B} to drop its objections to the {topic} {noun}."]
FIELDS = ["education", "agriculture", "mining", "tourism", "public health", "energy"]


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    demonym: str
    capital: str
    qid: str


@dataclass(frozen=True)
class Agreement:
    parties: tuple[Country, Country]
    status: str          # signed | agreed | planned | denied
    date: dt.date
    topic: str           # a topic (signed, planned, denied) or an action (agreed)
    noun: str


@dataclass(frozen=True)
class Meeting:
    host: Country
    guest: Country
    date: dt.date
    form: str            # met | talks | visit


@dataclass
class Sentence:
    text: str
    states: set[str] = field(default_factory=set)
    gold: dict = field(default_factory=dict)   # gold list name -> one item


@dataclass
class World:
    """Everything the articles of one corpus draw on, made once from the seed."""

    countries: list[Country]
    outlets: list[str]
    publishers: list[str]
    analysts_at: list[str]
    agreements: list[Agreement]   # each pool sorted by date, so that an article's window is a slice
    meetings: list[Meeting]
    ministers: dict[str, str]
    presidents: dict[str, str]
    planned: list[Agreement] = field(default_factory=list)
    dates: dict[str, list[dt.date]] = field(default_factory=dict)

    @classmethod
    def make(cls, rng: random.Random, articles: int) -> "World":
        countries = read_countries()
        orgs = read_organizations()
        names = iter(rng.sample([f"{f} {s}" for f in FIRST_NAMES for s in SURNAMES], 2 * len(countries)))
        world = cls(countries, [n for n, k in orgs if k in OUTLET_KINDS],
                    [n for n, k in orgs if k == "ngo" and not n.startswith(NEEDS_THE)],
                    [n for n, k in orgs if k == "think_tank" and n.startswith(NEEDS_THE)], [], [],
                    {c.iso2: next(names) for c in countries}, {c.iso2: next(names) for c in countries})
        pool = sorted((world.random_agreement(rng) for _ in range(max(20, articles // 2))), key=when)
        world.agreements = [a for a in pool if a.status != "planned"]
        world.planned = [a for a in pool if a.status == "planned"]
        world.meetings = sorted((world.random_meeting(rng) for _ in range(max(10, articles // 3))), key=when)
        world.dates = {name: [e.date for e in getattr(world, name)] for name in ("agreements", "planned", "meetings")}
        return world

    def pair(self, rng: random.Random) -> tuple[Country, Country]:
        a, b = rng.sample(self.countries, 2)
        return a, b

    def random_agreement(self, rng: random.Random) -> Agreement:
        status = rng.choices(["signed", "agreed", "planned", "denied"], [5, 4, 2, 1])[0]
        topic = rng.choice(ACTIONS) if status == "agreed" else rng.choice(TOPICS)
        return Agreement(self.pair(rng), status, random_day(rng), topic, rng.choice(NOUNS))

    def random_meeting(self, rng: random.Random) -> Meeting:
        host, guest = self.pair(rng)
        return Meeting(host, guest, random_day(rng), rng.choice(["met", "talks", "visit"]))


def when(event) -> dt.date:
    return event.date


def random_day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))


def read_countries() -> list[Country]:
    with open(DATA / "states.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    found = []
    for r in rows:
        if r["status"] != "member" or (r["ambiguous"] and r["iso2"] not in KEEP_ANYWAY):
            continue
        demonym, capital = first(r["demonyms"]), first(r["capital"])
        if r["wikidata"] and demonym and capital and " " not in demonym:
            found.append(Country(r["iso2"], r["name"], demonym, capital, r["wikidata"].rsplit("/", 1)[-1]))
    return found


def read_organizations() -> list[tuple[str, str]]:
    with open(DATA / "organizations.tsv", encoding="utf-8") as f:
        return [(r["name"], r["kind"]) for r in csv.DictReader(f, delimiter="\t")]


def first(value: str) -> str:
    return next((v.strip() for v in value.split("|") if v.strip()), "")


# --- dates as the text gives them ------------------------------------------------------------


def spoken(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def relative(day: dt.date, published: dt.date) -> str:
    """'on Tuesday' within the week before publication, 'on March 3' within the year, else the full date."""
    if 0 < (published - day).days < 7:
        return f"on {WEEKDAYS[day.weekday()]}"
    if day.year == published.year and day < published:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    return f"on {spoken(day)}"


# --- sentences, each with the gold it contributes --------------------------------------------


class Writer:
    """Writes the sentences of one article and collects what a careful reader would annotate."""

    def __init__(self, world: World, rng: random.Random, published: dt.date, outlet: str):
        self.w, self.rng, self.published, self.outlet = world, rng, published, outlet

    def agreement(self, a: Agreement, tail: bool) -> Sentence:
        x, y = a.parties
        source = self.rng.choice(self.w.outlets) if tail else None
        end = f", {source} reported." if source else "."
        article = "an" if a.topic[0] in "aeiou" else "a"
        if a.status == "signed":
            text = f"On {spoken(a.date)}, {x.name} and {y.name} signed {article} {a.topic} {a.noun} in {x.capital}{end}"
            date = a.date.isoformat()
        elif a.status == "agreed":
            text = f"On {spoken(a.date)}, {x.name} and {y.name} agreed to {a.topic}{end}"
            date = a.date.isoformat()
        elif a.status == "planned":
            text = f"{x.name} and {y.name} are expected to sign {article} {a.topic} {a.noun} in " \
                   f"{MONTHS[a.date.month - 1]} {a.date.year}{end}"
            date = f"{a.date.year:04d}-{a.date.month:02d}"
        else:
            text = f"In {MONTHS[a.date.month - 1]} {a.date.year}, {x.name} refused to sign {article} {a.topic} " \
                   f"{a.noun} with {y.name}{end}"
            date = f"{a.date.year:04d}-{a.date.month:02d}"
        gold = {"parties": sorted([x.qid, y.qid]), "date": date, "status": [a.status], "topic": a.topic,
                "evidence": text}
        return Sentence(text, {x.qid, y.qid}, {"agreements": gold, "sources": source})

    def follow_up(self, x: Country, y: Country) -> Sentence:
        """'The two countries also agreed to …': the parties come from the sentences before."""
        action = self.rng.choice(ACTIONS)
        text = f"The two countries also agreed to {action}."
        gold = {"parties": sorted([x.qid, y.qid]), "date": None, "status": ["agreed"], "topic": action,
                "evidence": text}
        return Sentence(text, set(), {"agreements": gold})

    def meeting(self, m: Meeting) -> Sentence:
        host, guest, when = m.host, m.guest, relative(m.date, self.published)
        people = []
        if m.form == "met":
            first, second = self.w.ministers[host.iso2], self.w.ministers[guest.iso2]
            text = f"{host.demonym} Foreign Minister {first} and his {guest.demonym} counterpart, {second}, " \
                   f"met in {host.capital} {when}."
            people = [(first, "Foreign Minister", host.qid), (second, "Foreign Minister", guest.qid)]
            place = host.capital
        elif m.form == "talks":
            text = f"Officials from {host.name} and {guest.name} held talks in {host.capital} {when}."
            place = host.capital
        else:
            president = self.w.presidents[guest.iso2]
            text = f"{guest.demonym} President {president} visited {host.name} {when}, " \
                   f"the first such trip in a decade."
            people = [(president, "President", guest.qid)]
            place = None
        gold = {"participants": sorted([host.qid, guest.qid]), "place": place, "date": m.date.isoformat(),
                "evidence": text}
        return Sentence(text, {host.qid, guest.qid}, {"meetings": gold, "people": people})

    def report(self, x: Country) -> Sentence:
        publisher = self.rng.choice(self.w.publishers)
        claim = self.rng.choice(REPORT_CLAIMS).format(A=x.name)
        if self.rng.random() < 0.5:
            year = self.published.year - self.rng.randint(0, 1)
            title = f"{self.rng.choice(REPORT_TITLES)} {year}"
            text = f"In its annual {title}, {publisher} said that {claim}."
        else:
            day = self.published - dt.timedelta(days=self.rng.randint(1, 40))
            title, year = None, day.year
            text = f"A report published by {publisher} {relative(day, self.published)} found that {claim}."
        gold = {"title": title, "publisher": publisher, "year": year, "evidence": text}
        return Sentence(text, {x.qid}, {"reports": gold, "sources": publisher})

    def statement(self, x: Country, y: Country) -> Sentence:
        claim = self.rng.choice(STATEMENT_CLAIMS).format(A=x.name, B=y.name, Y=self.published.year - 3)
        states = {x.qid, y.qid} if "{A}" in claim or x.name in claim else set()
        form = self.rng.randrange(3)
        if form == 0:
            source = self.rng.choice(self.w.outlets)
            text = f"{source} reported that {claim}."
        elif form == 1:
            source = self.rng.choice(self.w.outlets)
            text = f"According to {source}, {claim}."
        else:
            source = f"{x.demonym} Foreign Ministry"
            text = f"The {source} said in a statement that {claim}."
            states.add(x.qid)
        return Sentence(text, {s for s in states if s}, {"sources": source})

    def analyst(self) -> Sentence:
        name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"
        place = self.rng.choice(self.w.analysts_at)
        text = f"“{self.rng.choice(QUOTES)},” said {name}, an analyst at the {place}."
        return Sentence(text, set(), {"people": [(name, f"analyst at {place}", place)]})

    def not_agreement(self, x: Country, y: Country) -> Sentence:
        text = self.rng.choice(NOT_AGREEMENTS).format(
            A=x.name, B=y.name, field=self.rng.choice(FIELDS), Y=self.published.year - self.rng.randint(2, 9),
            topic=self.rng.choice(TOPICS), noun=self.rng.choice(NOUNS))
        return Sentence(text, {x.qid, y.qid}, {"not_agreements": text})

    def filler(self, x: Country, y: Country, template: str) -> Sentence:
        states = ({x.qid} if "{A}" in template else set()) | ({y.qid} if "{B}" in template else set())
        return Sentence(template.format(A=x.name, B=y.name), states)


# --- articles ----------------------------------------------------------------------------------


def make_article(world: World, rng: random.Random, index: int) -> tuple[str, dict]:
    """The text of article ``index`` (header form) and its gold."""
    published = random_day(rng) + dt.timedelta(days=30)
    outlet = rng.choice(world.outlets)
    writer = Writer(world, rng, published, outlet)
    day = dt.timedelta(days=1)
    agreements = reported(rng, world.agreements, world.dates["agreements"], published - 120 * day,
                          published - day, rng.randint(1, 3))
    agreements += reported(rng, world.planned, world.dates["planned"], published + day, published + 180 * day,
                           rng.randint(0, 1))
    meetings = reported(rng, world.meetings, world.dates["meetings"], published - 120 * day, published - day,
                        rng.randint(1, 3))
    main = agreements[0].parties if agreements else world.pair(rng)
    paragraphs = [[writer.agreement(a, tail=rng.random() < 0.3)] for a in agreements]
    if agreements and agreements[0].status in ("signed", "agreed") and rng.random() < 0.5:
        paragraphs[0].append(writer.follow_up(*main))
    paragraphs += [[writer.meeting(m)] for m in meetings]
    paragraphs += [[writer.statement(*main)] for _ in range(rng.randint(2, 3))]
    if rng.random() < 0.6:
        paragraphs.append([writer.report(rng.choice(main))])
    paragraphs += [[writer.not_agreement(*main)] for _ in range(rng.randint(1, 2))]
    paragraphs.append([writer.analyst()])
    fillers = rng.sample(FILLER, len(FILLER)) + [f"{s} {p}." for s, p in rng.sample(
        [(s, p) for s in SUBJECTS for p in PREDICATES], 30)]
    while words(paragraphs) < TARGET_WORDS and fillers:
        x, y = world.pair(rng) if rng.random() < 0.3 else main
        rng.choice(paragraphs[1:] or paragraphs).append(writer.filler(x, y, fillers.pop()))
    title = headline(agreements, meetings, main)
    author = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    photographer = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}" if rng.random() < 0.4 else None
    agency = rng.choice(world.outlets)
    name = f"{index:06d}.txt"
    lines = [f"Title: {title}", f"Publisher: {outlet}", f"Date: {published.isoformat()}",
             f"URL: https://bench.example.org/{published:%Y/%m/%d}/{index:06d}", f"Author: {author}", "", title, ""]
    if photographer:
        lines += [f"Photo: {photographer} – {agency}", ""]
    lines += ["\n\n".join(" ".join(s.text for s in p) for p in paragraphs), ""]
    gold = gold_of(name, title, published, [s for p in paragraphs for s in p], main)
    gold["people"].append({"name": author, "role": "author", "affiliation": outlet})
    if photographer:
        gold["people"].append({"name": photographer, "role": "photographer", "affiliation": agency})
    return "\n".join(lines), gold


def reported(rng: random.Random, pool: list, dates: list[dt.date], first: dt.date, last: dt.date,
             count: int) -> list:
    """Up to ``count`` events of ``pool`` (sorted by date) dated within [first, last], the earlier in
    the window the likelier: an event keeps being reported for months, most often soon after it."""
    lo, hi = bisect.bisect_left(dates, first), bisect.bisect_right(dates, last)
    chosen: list = []
    for _ in range(5 * count if hi > lo else 0):
        event = pool[lo + int((hi - lo) * rng.random() ** 2)]
        if not any(same_pair(event, c) for c in chosen):
            chosen.append(event)
        if len(chosen) == count:
            break
    return chosen


def same_pair(a, b) -> bool:
    pa = {c.iso2 for c in (a.parties if isinstance(a, Agreement) else (a.host, a.guest))}
    pb = {c.iso2 for c in (b.parties if isinstance(b, Agreement) else (b.host, b.guest))}
    return pa == pb


def headline(agreements: list[Agreement], meetings: list[Meeting], main: tuple[Country, Country]) -> str:
    x, y = main
    if agreements:
        a = agreements[0]
        verb = {"signed": "Sign", "agreed": "Agree", "planned": "Prepare", "denied": "Fail to Seal"}[a.status]
        topic = "Cooperation" if a.status == "agreed" else a.topic.title()
        return f"{x.name} and {y.name} {verb} {topic} Deal"
    return f"{x.name} and {y.name} Step Up Contacts"


def words(paragraphs: list[list[Sentence]]) -> int:
    return sum(len(s.text.split()) for p in paragraphs for s in p)


def gold_of(name: str, title: str, published: dt.date, sentences: list[Sentence],
            main: tuple[Country, Country]) -> dict:
    gold = {"article": name, "title": title, "published": published.isoformat(),
            "states": sorted(set().union(*(s.states for s in sentences), {c.qid for c in main}),
                             key=lambda q: int(q[1:])),
            "agreements": [], "meetings": [], "reports": [], "sources": [], "people": [], "not_agreements": []}
    for s in sentences:
        for key, item in s.gold.items():
            if key == "people":
                gold["people"] += [{"name": n, "role": r, "affiliation": a} for n, r, a in item
                                   if n not in {p["name"] for p in gold["people"]}]
            elif key == "sources":
                if item and item not in gold["sources"]:
                    gold["sources"].append(item)
            elif item:
                gold[key].append(item)
    return gold


def generate(count: int, out: Path, seed: int = 0) -> None:
    """Write ``count`` articles and their gold files under ``out``."""
    rng = random.Random(seed)
    world = World.make(rng, count)
    articles, golds = Path(out) / "articles", Path(out) / "gold"
    articles.mkdir(parents=True, exist_ok=True)
    golds.mkdir(parents=True, exist_ok=True)
    for index in range(1, count + 1):
        text, gold = make_article(world, rng, index)
        (articles / gold["article"]).write_text(text, encoding="utf-8")
        (golds / f"{index:06d}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False),
                                                      encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many articles (100, 1000, 10000, 100000...)")
    parser.add_argument("out", type=Path, help="folder to write articles/ and gold/ into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same corpus")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("count must be at least 1")
    generate(args.count, args.out, args.seed)
    print(f"wrote {args.count} articles to {args.out / 'articles'} and their gold to {args.out / 'gold'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
