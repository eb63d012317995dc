"""The seed article the project started from (in ../shared; skipped where it is absent)."""

import csv
import io
from pathlib import Path

import pytest

from kg.cli import main
from kg.pipeline import build
from kg.query import run_file
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not there")
WD = "http://www.wikidata.org/entity/"


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "dist"
    build(Settings(out=out), [SEEDS])
    return out


def rows(out, name):
    return list(csv.DictReader(io.StringIO(run_file(out, ROOT / "queries" / name))))


def test_the_nine_states(out):
    assert {r["wikidata"] for r in rows(out, "states.rq")} == {
        WD + q for q in ("Q717", "Q423", "Q794", "Q159", "Q30", "Q148", "Q241", "Q739", "Q96")}


def test_four_venezuela_north_korea_agreements(out):
    agreements = {}
    for r in rows(out, "agreements.rq"):
        a = agreements.setdefault(r["agreement"], {"parties": set(), "date": r["date"], "status": r["status"],
                                                     "topic": r["topic"]})
        a["parties"].add(r["partyWikidata"])
    assert all(a["parties"] == {WD + "Q717", WD + "Q423"} for a in agreements.values())
    found = {(a["date"], a["status"]) for a in agreements.values()}
    assert found == {("2022-03", "signed"), ("2022-12", "agreed"), ("2023-02-23", "agreed"), ("", "agreed")}
    topics = " ".join(a["topic"] for a in agreements.values())
    assert "sports" in topics and "economic development" in topics and "visits" in topics


def test_background_sentences_are_not_agreements(out):
    evidence = {r["evidence"] for r in rows(out, "agreements.rq")}
    assert not any(e.startswith("Iran and North Korea have been known") for e in evidence)
    assert not any(e.startswith("The Venezuelan regime also has a relationship") for e in evidence)


def test_the_meeting_in_caracas(out):
    meetings = rows(out, "meetings.rq")
    assert {(r["place"], r["date"]) for r in meetings} == {("Caracas", "2023-02-23")}
    assert {r["participantWikidata"] for r in meetings} == {WD + "Q717", WD + "Q423"}


def test_the_freedom_house_report(out):
    reports = rows(out, "reports.rq")
    assert {(r["title"], r["publisher"], r["year"]) for r in reports} == {("Freedom in the World 2023", "Freedom House", "2023")}


def test_the_sources(out):
    labels = {r["label"] for r in rows(out, "sources.rq")}
    for name in ("Milenio", "EFE", "The Diplomat", "Imagen Noticias", "Venezuelan Foreign Ministry", "Freedom House"):
        assert name in labels


def test_people_with_roles(out):
    people = {r["name"]: r for r in rows(out, "people.rq")}
    assert people["Tatiana Pugh"]["role"] == "Vice Minister for Asia, the Middle East, and Oceania"
    assert people["Tatiana Pugh"]["affiliationWikidata"] == WD + "Q717"
    assert people["Ri Sung Gil"]["role"] == "Ambassador to Venezuela"
    assert people["Ri Sung Gil"]["affiliationWikidata"] == WD + "Q423"


def test_partners_both_ways(out):
    pairs = {(r["stateWikidata"], r["partnerWikidata"]) for r in rows(out, "partners.rq")}
    assert pairs == {(WD + "Q717", WD + "Q423"), (WD + "Q423", WD + "Q717")}


def test_evaluate_prints_one_line_per_measure(out, capsys):
    assert main(["evaluate", "--gold", str(SEEDS), "--release", str(out)]) == 0
    printed = capsys.readouterr().out
    for measure in ("states", "agreements", "meetings", "reports", "sources", "people"):
        assert any(line.startswith(measure) and "F1=" in line for line in printed.splitlines())
