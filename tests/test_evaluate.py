"""kg.evaluate and kg.scoring against hand-computed scores (GOLD-FORMAT.md, "Scoring").

Each test publishes a tiny release (a real pyoxigraph store behind an ``out`` link),
reads it through its own minimal competency queries over a toy vocabulary, and
scores it against gold files written to a temporary folder.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import release as layout
from kg.errors import QueryError, UsageError
from kg.evaluate import details, evaluate, format_report
from kg.scoring import date_agrees, maximum_matching, overlaps, same_name, same_title

EX = "http://example.org/v#"
WD = "http://www.wikidata.org/entity/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIX = f"PREFIX ex: <{EX}>\n"

QUERIES = {
    "articles": """SELECT ?article ?title ?published ?url ?source WHERE {
        ?article a ex:Article ; ex:title ?title ; ex:file ?source .
        OPTIONAL { ?article ex:published ?published } OPTIONAL { ?article ex:url ?url } }""",
    "states": """SELECT ?article ?state ?label ?wikidata WHERE {
        ?article ex:mentions ?state . OPTIONAL { ?state ex:label ?label }
        OPTIONAL { ?state ex:wikidata ?wikidata } }""",
    "agreements": """SELECT ?article ?agreement ?party ?partyWikidata ?date ?status ?topic ?evidence WHERE {
        ?claim ex:about ?agreement ; ex:in ?article ; ex:status ?status ; ex:evidence ?evidence .
        ?agreement a ex:Agreement ; ex:party ?party .
        OPTIONAL { ?party ex:wikidata ?partyWikidata } OPTIONAL { ?claim ex:date ?date }
        OPTIONAL { ?agreement ex:topic ?topic } }""",
    "meetings": """SELECT ?article ?meeting ?participant ?participantWikidata ?place ?date ?evidence WHERE {
        ?claim ex:about ?meeting ; ex:in ?article ; ex:evidence ?evidence .
        ?meeting a ex:Meeting ; ex:party ?participant .
        OPTIONAL { ?participant ex:wikidata ?participantWikidata } OPTIONAL { ?claim ex:date ?date }
        OPTIONAL { ?meeting ex:place ?place } }""",
    "reports": """SELECT ?article ?report ?title ?publisher ?publisherWikidata ?publisherAlias ?year ?evidence WHERE {
        ?report a ex:Report ; ex:in ?article . OPTIONAL { ?report ex:title ?title }
        OPTIONAL { ?report ex:publisher ?publisher } OPTIONAL { ?report ex:year ?year }
        OPTIONAL { ?report ex:alias ?publisherAlias }
        OPTIONAL { ?report ex:evidence ?evidence } }""",
    "sources": """SELECT ?article ?source ?label ?wikidata ?evidence WHERE {
        ?source a ex:Source ; ex:in ?article ; ex:label ?label . OPTIONAL { ?source ex:wikidata ?wikidata }
        OPTIONAL { ?source ex:evidence ?evidence } }""",
    "people": """SELECT ?article ?person ?name ?role ?affiliation ?affiliationWikidata WHERE {
        ?person a ex:Person ; ex:in ?article ; ex:name ?name . OPTIONAL { ?person ex:role ?role }
        OPTIONAL { ?person ex:affiliation ?affiliation }
        OPTIONAL { ?affiliation ex:wikidata ?affiliationWikidata } }""",
}

E1 = ("The Venezuelan and North Korean regimes have agreed to strengthen their political, bilateral, "
      "and multilateral ties, the Venezuelan Foreign Ministry told the press.")
E2 = "Venezuela and North Korea also signed a sports cooperation agreement in March 2022, EFE reported."
E3 = ("During the February 23 meeting held in Caracas, the vice minister and the ambassador agreed "
      "to conduct visits in the near future, Milenio reported.")
NOT_AGREEMENT = "Iran and North Korea have been known to collaborate in the development and sale of weapons."
HUNDRED = ("Venezuela and North Korea signed a memorandum on energy cooperation in Caracas on the 23rd "
           "of March,")
PAIR = ["Q423", "Q717"]

GOLD = {
    "article": "000_a.txt",
    "url": "https://news.example.org/a",
    "title": "Venezuela and North Korea Deepen Cooperation",
    "published": "2023-04-19",
    "states": ["Q717", "Q423", "Q30", "Q148"],
    "agreements": [
        {"parties": PAIR, "date": None, "status": ["agreed"], "topic": "political", "evidence": E1},
        {"parties": PAIR, "date": "2022-03", "status": ["signed"], "topic": "sports", "evidence": E2},
    ],
    "meetings": [{"participants": PAIR, "place": "Caracas", "date": "2023-02-23", "evidence": E3}],
    "reports": [{"title": "Freedom in the World 2023", "publisher": "Freedom House", "year": 2023,
                 "evidence": "In its Freedom in the World 2023 report, Freedom House ranked states."}],
    "sources": ["Venezuelan Foreign Ministry", "Milenio", "EFE", "The Diplomat", "Diálogo Américas"],
    "people": [{"name": "Tatiana Pugh", "role": "Vice Minister", "affiliation": "Q717"},
               {"name": "Ri Sung Gil", "role": "Ambassador", "affiliation": "Q423"},
               {"name": "Julieta Pelcastre", "role": "author", "affiliation": "Diálogo Américas"}],
    "not_agreements": [NOT_AGREEMENT],
}


# --- building a release from a gold-like description ----------------------------------------


def perfect(gold: dict) -> dict:
    """What a perfect extractor would publish for ``gold``, as a mutable description."""
    built = copy.deepcopy(gold)
    for agreement in built["agreements"]:
        agreement["status"] = agreement["status"][0]
    built["people"] = [p["name"] for p in built["people"]]
    return built


def _date(text: str) -> ox.Literal:
    kind = {4: "gYear", 7: "gYearMonth"}.get(len(text), "date")
    return ox.Literal(text, datatype=ox.NamedNode(XSD + kind))


class _Writer:
    def __init__(self, store: ox.Store, article: str):
        self.store, self.article = store, ox.NamedNode(article)
        self.graph = ox.NamedNode(article + "/graph")

    def add(self, s, p: str, o) -> None:
        s = s if isinstance(s, ox.NamedNode) else ox.NamedNode(s)
        o = o if isinstance(o, (ox.NamedNode, ox.Literal)) else ox.Literal(str(o))
        self.store.add(ox.Quad(s, ox.NamedNode(EX + p), o, self.graph))

    def state(self, qid: str) -> ox.NamedNode:
        """A state node; QIDs starting with 'x' have no Wikidata link."""
        node = ox.NamedNode(f"http://example.org/state/{qid}")
        if not qid.startswith("x"):
            self.add(node, "wikidata", ox.NamedNode(WD + qid))
        return node

    def claim(self, kind: str, index: int, item: dict, parties: str) -> None:
        node = ox.NamedNode(f"http://example.org/{kind}/{item.get('id', f'{self.article.value[-1]}{index}')}")
        claim = ox.NamedNode(f"{self.article.value}/{kind}-claim/{index}")
        _rdf_type(self, node, kind.capitalize())
        self.add(claim, "about", node)
        self.add(claim, "in", self.article)
        self.add(claim, "evidence", item["evidence"])
        for qid in item[parties]:
            self.add(node, "party", self.state(qid))
        if item.get("date"):
            self.add(claim, "date", _date(item["date"]))
        if item.get("status"):
            self.add(claim, "status", item["status"])


def _rdf_type(quad_writer: _Writer, node, cls: str) -> None:
    quad_writer.store.add(ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                  ox.NamedNode(EX + cls), quad_writer.graph))


def write_article(store: ox.Store, number: int, built: dict) -> None:
    w = _Writer(store, f"http://example.org/article/{number}")
    _rdf_type(w, w.article, "Article")
    w.add(w.article, "title", built["title"])
    w.add(w.article, "file", built["article"])
    w.add(w.article, "published", _date(built["published"]))
    if built.get("url"):
        w.add(w.article, "url", ox.NamedNode(built["url"]))
    for qid in built["states"]:
        w.add(w.article, "mentions", w.state(qid))
    for i, item in enumerate(built["agreements"]):
        w.claim("agreement", i, item, "parties")
    for i, item in enumerate(built["meetings"]):
        w.claim("meeting", i, item, "participants")
    for kind, key in (("Report", "reports"), ("Source", "sources"), ("Person", "people")):
        items = built[key]
        for i, item in enumerate(items):
            node = ox.NamedNode(f"{w.article.value}/{kind}/{i}")
            _rdf_type(w, node, kind)
            w.add(node, "in", w.article)
            if kind == "Report":
                for key in ("title", "publisher", "year"):
                    if item.get(key) is not None:
                        w.add(node, key, item[key])
                for alias in item.get("aliases", ()):
                    w.add(node, "alias", alias)
            else:
                w.add(node, "label" if kind == "Source" else "name", item)


def publish(tmp_path: Path, articles: list[dict]) -> Path:
    folder = tmp_path / "out.releases" / "v1"
    folder.mkdir(parents=True)
    store = ox.Store(str(folder / layout.STORE))
    for number, built in enumerate(articles):
        write_article(store, number, built)
    store.flush()
    del store
    (folder / layout.METADATA).write_text(json.dumps({"version": "v1"}), encoding="utf-8")
    layout.swap(tmp_path / "out", folder)
    return tmp_path / "out"


def write_queries(folder: Path) -> Path:
    folder.mkdir()
    for name, text in QUERIES.items():
        (folder / f"{name}.rq").write_text(PREFIX + text, encoding="utf-8")
    return folder


def score(tmp_path: Path, built: list[dict], golds: list[dict]):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for gold in golds:
        path = gold_dir / (gold["article"].removesuffix(".txt") + ".gold.json")
        path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return evaluate(publish(tmp_path, built), gold_dir, write_queries(tmp_path / "queries"))


def prf(report, measure: str) -> tuple:
    s = report.scores[measure]
    return (s.tp, s.fp, s.fn, s.precision, s.recall, s.f1)


def agreement(evidence: str, date=None, status="agreed", parties=PAIR) -> dict:
    return {"parties": parties, "date": date, "status": status, "evidence": evidence}


def gold_with(agreements: list[dict], **changes) -> dict:
    gold = copy.deepcopy(GOLD)
    gold["agreements"] = agreements
    gold.update(changes)
    return gold


# --- whole releases -------------------------------------------------------------------------


def test_perfect_match_scores_one_everywhere(tmp_path):
    report = score(tmp_path, [perfect(GOLD)], [GOLD])
    for measure, s in report.scores.items():
        assert (s.precision, s.recall, s.f1, s.fp, s.fn) == (1.0, 1.0, 1.0, 0, 0), measure
    assert (report.dates.correct, report.dates.total) == (2, 2)  # agreement 2022-03 and the meeting
    assert (report.agreement_dates.total, report.meeting_dates.total) == (1, 1)
    assert (report.statuses.correct, report.statuses.total) == (2, 2)
    assert report.negations == 0 and report.misses == {} and report.ignored_articles == 0


def test_one_missing_state_lowers_recall_by_one_quarter(tmp_path):
    built = perfect(GOLD)
    built["states"].remove("Q148")
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "states") == (3, 0, 1, 1.0, 0.75, pytest.approx(6 / 7))
    assert report.misses == {"000_a.txt": ["states: Q148"]}
    assert format_report(report).splitlines()[0] == \
        "states       P=1.000 R=0.750 F1=0.857  (tp=3 fp=0 fn=1)"


def test_state_without_wikidata_is_a_false_positive(tmp_path):
    built = perfect(GOLD)
    built["states"].append("xAtlantis")
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "states") == (4, 1, 0, 0.8, 1.0, pytest.approx(8 / 9))


def test_right_parties_but_unrelated_evidence_is_both_false_positive_and_negative(tmp_path):
    built = perfect(GOLD)
    built["agreements"][1]["evidence"] = "Both governments exchanged diplomatic notes about oil shipments."
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "agreements") == (1, 1, 1, 0.5, 0.5, 0.5)
    assert report.misses["000_a.txt"] == [f"agreements: [Q423, Q717] {E2!r}"]


def test_right_evidence_but_other_parties_does_not_match(tmp_path):
    built = perfect(GOLD)
    built["agreements"][1]["parties"] = ["Q423", "Q717", "Q159"]
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "agreements") == (1, 1, 1, 0.5, 0.5, 0.5)


def test_party_without_wikidata_never_equals_gold(tmp_path):
    built = perfect(GOLD)
    built["agreements"][1]["parties"] = ["Q423", "xVenezuela"]
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "agreements")[:3] == (1, 1, 1)


@pytest.mark.parametrize("shared, matches", [(61, True), (60, True), (59, False)])
def test_shared_run_of_sixty_percent_of_the_shorter_quote(tmp_path, shared, matches):
    assert len(HUNDRED) == 100
    predicted = HUNDRED[:shared] + "#" * (100 - shared)
    built = perfect(gold_with([agreement(HUNDRED)]))
    built["agreements"][0]["evidence"] = predicted
    report = score(tmp_path, [built], [gold_with([agreement(HUNDRED)])])
    assert prf(report, "agreements")[:3] == ((1, 0, 0) if matches else (0, 1, 1))


def test_quote_contained_in_gold_sentence_matches(tmp_path):
    built = perfect(GOLD)
    built["agreements"][0]["evidence"] = "have agreed to strengthen their political"
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "agreements")[:3] == (2, 0, 0)


def test_one_agreement_node_with_two_claims_is_two_predictions(tmp_path):
    built = perfect(GOLD)
    built["agreements"][1]["id"] = "shared"
    built["agreements"].append(dict(agreement("They also discussed tourism at length."), id="shared"))
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "agreements")[:3] == (2, 1, 0)


def test_names_ignore_articles_words_and_accents(tmp_path):
    built = perfect(GOLD)
    built["sources"] = ["Venezuelan Foreign Ministry", "Milenio", "EFE", "Diplomat", "Dialogo Americas",
                        "AFP"]
    built["people"] = ["tatiana pugh", "Ri Sung-gil", "Pelcastre", "Hugo Chávez"]
    report = score(tmp_path, [built], [GOLD])
    assert prf(report, "sources") == (5, 1, 0, pytest.approx(5 / 6), 1.0, pytest.approx(10 / 11))
    assert prf(report, "people") == (3, 1, 0, 0.75, 1.0, pytest.approx(6 / 7))


def test_dates_agree_at_the_gold_precision(tmp_path):
    sentences = [f"Sentence number {n} says the two states agreed on item {n}." for n in range(6)]
    gold_dates = ["2022-03", "2022-03", "2022", "2022-03-15", "2023", None]
    built_dates = ["2022-03-15", "2022", "2022-07-01", "2022-03-16", None, "2021"]
    gold = gold_with([dict(agreement(s, d), status=["agreed"]) for s, d in zip(sentences, gold_dates)],
                     meetings=[])
    built = perfect(gold)
    for item, date in zip(built["agreements"], built_dates):
        item["date"] = date
    report = score(tmp_path, [built], [gold])
    assert prf(report, "agreements")[:3] == (6, 0, 0)
    assert (report.agreement_dates.correct, report.agreement_dates.total) == (2, 5)
    assert (report.dates.correct, report.dates.total) == (2, 5)


def test_status_must_be_one_of_the_acceptable_values(tmp_path):
    gold = copy.deepcopy(GOLD)
    gold["agreements"][1]["status"] = ["agreed", "planned"]
    built = perfect(gold)
    built["agreements"][0]["status"] = "planned"  # gold: agreed only
    built["agreements"][1]["status"] = "planned"  # gold: agreed or planned
    report = score(tmp_path, [built], [gold])
    assert (report.statuses.correct, report.statuses.total) == (1, 2)
    assert "agreement status accuracy   0.500  (1/2)" in format_report(report)


def test_agreement_from_a_not_agreements_sentence_is_a_negation_false_positive(tmp_path):
    built = perfect(GOLD)
    built["agreements"].append(agreement(NOT_AGREEMENT, parties=["Q794", "Q423"]))
    report = score(tmp_path, [built], [GOLD])
    assert report.negations == 1
    assert prf(report, "agreements")[:3] == (2, 1, 0)
    assert "negation false positives 1" in format_report(report)
    assert f"  extra negation: [Q423, Q794] {NOT_AGREEMENT!r}" in details(report)


def test_reports_match_on_title_or_publisher_and_year(tmp_path):
    gold = copy.deepcopy(GOLD)
    gold["reports"] += [{"title": None, "publisher": "Human Rights Watch", "year": 2022, "evidence": "x"},
                        {"title": "World Report", "publisher": "Amnesty International", "year": 2021,
                         "evidence": "y"}]
    built = perfect(gold)
    built["reports"] = [{"title": "The 'Freedom in the World 2023' report", "publisher": "FH", "year": 2024},
                        {"title": None, "publisher": "Human Rights Watch", "year": "2022"},
                        {"title": "Annual review", "publisher": "Amnesty International", "year": 2020}]
    report = score(tmp_path, [built], [gold])
    two_thirds = pytest.approx(2 / 3)
    assert prf(report, "reports") == (2, 1, 1, two_thirds, two_thirds, two_thirds)


def test_report_publisher_matches_by_any_name_the_article_gives_it(tmp_path):
    gold = copy.deepcopy(GOLD)
    gold["reports"] = [{"title": None, "publisher": "U.N. human rights office", "year": 2015, "evidence": "x"}]
    built = perfect(gold)
    built["reports"] = [{"title": None, "publisher": "Office of the United Nations High Commissioner for Human Rights",
                         "year": "2015", "aliases": ["U.N. human rights office"]}]
    assert prf(score(tmp_path, [built], [gold]), "reports")[:3] == (1, 0, 0)
    built["reports"][0]["aliases"] = ["OHCHR"]
    (tmp_path / "other").mkdir()
    assert prf(score(tmp_path / "other", [built], [gold]), "reports")[:3] == (0, 1, 1)


def test_articles_match_by_url_when_file_names_differ(tmp_path):
    built = perfect(GOLD)
    built["article"] = "renamed.txt"
    other = perfect(gold_with([], article="other.txt", url="https://news.example.org/b", title="Other news"))
    report = score(tmp_path, [other, built], [GOLD])
    assert all(s.f1 == 1.0 for s in report.scores.values())
    assert report.missing_articles == [] and report.ignored_articles == 1
    assert format_report(report).splitlines()[-1] == \
        "articles: 1 gold, 0 not built, 1 built without gold (ignored)"


def test_articles_match_by_title_last(tmp_path):
    built = perfect(GOLD)
    built["article"], built["url"], built["title"] = "renamed.txt", None, GOLD["title"].upper()
    report = score(tmp_path, [built], [GOLD])
    assert report.scores["agreements"].f1 == 1.0 and report.missing_articles == []


def test_gold_article_without_built_article_is_all_false_negatives(tmp_path):
    other = perfect(gold_with([], article="other.txt", url=None, title="Other news"))
    report = score(tmp_path, [other], [GOLD])
    counts = {m: (s.tp, s.fp, s.fn) for m, s in report.scores.items()}
    assert counts == {"states": (0, 0, 4), "agreements": (0, 0, 2), "meetings": (0, 0, 1),
                      "reports": (0, 0, 1), "sources": (0, 0, 5), "people": (0, 0, 3)}
    assert report.scores["states"].precision is None and report.scores["states"].f1 == 0.0
    assert report.missing_articles == ["000_a.txt"] and report.ignored_articles == 1
    assert details(report).startswith("000_a.txt (no built article)\n  miss  states: Q148")


def test_report_has_one_line_per_measure(tmp_path):
    lines = format_report(score(tmp_path, [perfect(GOLD)], [GOLD])).splitlines()
    assert [line.split()[0] for line in lines[:6]] == ["states", "agreements", "meetings", "reports",
                                                       "sources", "people"]
    assert lines[6] == "agreement date accuracy     1.000  (2/2, meetings included)"
    assert lines[7] == "meeting date accuracy       1.000  (1/1)"


def test_missing_query_and_missing_column_say_which_file(tmp_path):
    out = publish(tmp_path, [perfect(GOLD)])
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    queries = write_queries(tmp_path / "queries")
    (queries / "people.rq").write_text(PREFIX + "SELECT ?article WHERE { ?article a ex:Article }")
    with pytest.raises(QueryError, match=r"people\.rq: result lacks column\(s\) \?name"):
        evaluate(out, gold_dir, queries)
    (queries / "people.rq").unlink()
    with pytest.raises(UsageError, match=r"people\.rq: competency query not found"):
        evaluate(out, gold_dir, queries)


# --- the rules on their own -----------------------------------------------------------------


def test_overlap_rules():
    assert overlaps("a  b\nc", "a b c")
    assert not overlaps("", "anything")
    assert overlaps(HUNDRED, HUNDRED[:60] + "#" * 40)
    assert not overlaps(HUNDRED, HUNDRED[:59] + "#" * 41)
    assert overlaps(HUNDRED[:50], "intro " + HUNDRED[:30] + " tail")  # 30 >= 0.6 * 36


def test_name_and_title_rules():
    assert same_name("Diplomat", "The Diplomat") and same_name("Diálogo", "Dialogo")
    assert same_name("U.S. State Department", "US State Department")
    assert not same_name("Milenio", "EFE") and not same_name("", "")
    assert same_title("the Freedom in the World", "Freedom in World 2023")
    assert not same_title("Freedom", "Freedoms of the World")


def test_matching_is_maximum_even_when_the_closest_pair_blocks_it():
    # Greedy alone would pair p0 with its closest g0 and leave p1 unmatched.
    strength = {("p0", "g0"): 2, ("p0", "g1"): 1, ("p1", "g0"): 1}
    pairs = maximum_matching(["p0", "p1"], ["g0", "g1"], lambda p, g: strength.get((p, g)))
    assert pairs == [(0, 1), (1, 0)]


def test_closest_quotes_are_paired_first():
    strength = {("p0", "g0"): 0.7, ("p0", "g1"): 1.0, ("p1", "g0"): 1.0, ("p1", "g1"): 0.7}
    pairs = maximum_matching(["p0", "p1"], ["g0", "g1"], lambda p, g: strength.get((p, g)))
    assert pairs == [(0, 1), (1, 0)]


def test_date_rule():
    assert date_agrees(frozenset({"2022-03-15"}), "2022-03")
    assert not date_agrees(frozenset({"2022"}), "2022-03")
    assert not date_agrees(frozenset(), "2022")
