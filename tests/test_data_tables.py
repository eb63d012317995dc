"""The curated tables in kg/data: leaders.tsv and organizations.tsv hold together with states.tsv."""

import csv
import re
from collections import defaultdict

import pytest

from kg.extract.gazetteer import DATA, ORG_KINDS, leaders

WIKIDATA_IRI = re.compile(r"http://www\.wikidata\.org/entity/Q[1-9][0-9]*")
# Surnames marked "yes" that an older row of another state also ends with (rows kept as they were):
# "Morales" is Evo Morales (Bolivia) and Jimmy Morales (Guatemala); "Fernández" is Alberto Fernández (Argentina) and
# Leonel Fernández (the Dominican Republic, "no"), whom an article that names him in full calls Fernández from then on.
KNOWN_SHARED_SURNAMES = {"Morales", "Fernández"}
TERRITORIES = {"HK"}  # not in states.tsv: an organization there loads with no country


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.fixture(scope="module")
def states():
    return _rows("states.tsv")


@pytest.fixture(scope="module")
def leader_rows():
    return _rows("leaders.tsv")


@pytest.fixture(scope="module")
def org_rows():
    return _rows("organizations.tsv")


def test_every_leader_row_has_four_columns():
    with open(DATA / "leaders.tsv", encoding="utf-8") as f:
        bad = [(n, line) for n, line in enumerate(f, 1) if line.rstrip("\n").count("\t") != 3]
    assert not bad, f"leaders.tsv lines without exactly 4 TAB-separated columns: {bad[:5]}"


def test_every_leader_iso3_is_a_state(states, leader_rows):
    iso3s = {s["iso3"] for s in states if s["iso3"]}
    bad = [(r["name"], r["iso3"]) for r in leader_rows if r["iso3"] not in iso3s]
    assert not bad, f"leaders.tsv: iso3 not in states.tsv: {bad}"


def test_no_leader_name_maps_to_two_states(leader_rows):
    states_of = defaultdict(set)
    for r in leader_rows:
        states_of[r["name"]].add(r["iso3"])
    assert not {n: s for n, s in states_of.items() if len(s) > 1}


def test_surname_alone_is_yes_or_no(leader_rows):
    assert not [r["name"] for r in leader_rows if r["surname_alone"] not in ("yes", "no")]


def test_surname_alone_names_one_state(leader_rows):
    """A surname used alone ("Erdoğan said") must end no other state's leader's name."""
    states_of = defaultdict(set)
    for r in leader_rows:
        states_of[r["name"].split()[-1]].add(r["iso3"])
    shared = {r["name"].split()[-1]: states_of[r["name"].split()[-1]] for r in leader_rows
              if r["surname_alone"] == "yes" and len(states_of[r["name"].split()[-1]]) > 1}
    assert set(shared) <= KNOWN_SHARED_SURNAMES, f"surnames marked 'yes' shared by states: {shared}"


def test_leaders_load(leader_rows):
    assert set(leaders()) >= {r["name"] for r in leader_rows}


def test_every_org_kind_is_known(org_rows):
    assert not [(r["name"], r["kind"]) for r in org_rows if r["kind"] not in ORG_KINDS]


def test_every_org_wikidata_is_an_entity_iri(org_rows):
    bad = [(r["name"], r["wikidata"]) for r in org_rows if r["wikidata"] and not WIKIDATA_IRI.fullmatch(r["wikidata"])]
    assert not bad, f"organizations.tsv: malformed Wikidata IRIs: {bad}"


def test_every_org_country_is_a_state(states, org_rows):
    iso2s = {s["iso2"] for s in states if s["iso2"]} | TERRITORIES
    bad = [(r["name"], r["country"]) for r in org_rows if r["country"] and r["country"] not in iso2s]
    assert not bad, f"organizations.tsv: country (ISO alpha-2) not in states.tsv: {bad}"


def test_no_org_name_or_alias_is_a_state_name(states, org_rows):
    names = {n for s in states for n in [s["name"], s["official_name"], *s["aliases"].split("|")] if n}
    bad = [(r["name"], form) for r in org_rows for form in [r["name"], *r["aliases"].split("|")] if form in names]
    assert not bad, f"organizations.tsv: names or aliases that name a state: {bad}"


def test_no_org_surface_names_two_orgs(org_rows):
    owner = defaultdict(set)
    for r in org_rows:
        for form in [r["name"], *r["aliases"].split("|")]:
            if form:
                owner[form].add(r["name"])
    assert not {f: o for f, o in owner.items() if len(o) > 1}
