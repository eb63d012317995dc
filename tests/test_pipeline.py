"""The whole path on the bundled samples: build, query, serve; bad input reported; failures leave
the previous release served."""

import csv
import io
import os
import re
import shutil
from pathlib import Path

import pytest
import requests

from kg import release
from kg.cli import main
from kg.errors import NothingToPublish
from kg.pipeline import build
from kg.query import run_file
from kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
QUERIES = ROOT / "queries"


def rows(out: Path, query: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(run_file(out, QUERIES / query))))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("pipeline") / "dist"
    result = build(Settings(out=out), [SAMPLES])
    return out, result


def test_every_sample_is_published(built):
    out, result = built
    assert result.skipped == []
    assert len(result.published) == len(list(SAMPLES.glob("*.txt")))
    assert {p.name for p in release.current(out).iterdir()} >= {"store", *release.DUMPS}


@pytest.mark.parametrize("query, columns", [
    ("articles.rq", ["article", "title", "published", "url", "source"]),
    ("states.rq", ["article", "state", "label", "wikidata"]),
    ("agreements.rq", ["article", "agreement", "party", "partyWikidata", "date", "status", "topic", "evidence"]),
    ("meetings.rq", ["article", "meeting", "participant", "participantWikidata", "place", "date", "evidence"]),
    ("reports.rq", ["article", "report", "title", "publisher", "publisherWikidata", "publisherAlias", "year", "evidence"]),
    ("sources.rq", ["article", "source", "label", "wikidata", "evidence"]),
    ("people.rq", ["article", "person", "name", "role", "affiliation", "affiliationWikidata"]),
    ("partners.rq", ["state", "stateWikidata", "partner", "partnerWikidata", "agreements"]),
])
def test_competency_queries_answer_with_their_columns(built, query, columns):
    found = rows(built[0], query)
    assert found and list(found[0]) == columns


def test_values_have_the_promised_forms(built):
    out = built[0]
    for row in rows(out, "agreements.rq"):
        assert row["status"] in {"signed", "agreed", "planned", "denied"}
        assert not row["date"] or len(row["date"]) in (4, 7, 10)
        assert not row["partyWikidata"] or row["partyWikidata"].startswith("http://www.wikidata.org/entity/Q")
    assert all(r["source"].endswith(".txt") and "/" not in r["source"] for r in rows(out, "articles.rq"))


def test_partners_are_symmetric_and_never_a_state_with_itself(built):
    pairs = {(r["state"], r["partner"]) for r in rows(built[0], "partners.rq")}
    assert pairs
    assert all(a != b for a, b in pairs)
    assert all((b, a) in pairs for a, b in pairs)


def test_a_corrupt_file_is_reported_and_the_rest_published(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    (folder / "zz_broken.txt").write_bytes(b"\x00\xff\xfe not text")
    (folder / "zz_nodate.txt").write_text("A headline\n\nPeru and Chile signed a deal.\n", encoding="utf-8")
    result = build(Settings(out=tmp_path / "dist"), [folder])
    skipped = {s.source: s.reason for s in result.skipped}
    assert "NUL" in skipped["zz_broken.txt"]
    assert "publication date" in skipped["zz_nodate.txt"] and "NewsArticle" in skipped["zz_nodate.txt"]
    assert len(result.published) == len(list(SAMPLES.glob("*.txt")))
    meta = release.metadata(release.current(tmp_path / "dist"))
    assert {s["source"] for s in meta["skipped"]} == {"zz_broken.txt", "zz_nodate.txt"}


def test_a_failed_build_leaves_the_previous_release_served(tmp_path, server_factory):
    out = tmp_path / "dist"
    build(Settings(out=out), [SAMPLES / "001_saudi-iran-beijing-ministers.txt"])
    before = release.current(out)
    files = {p.name: p.read_bytes() for p in before.iterdir() if p.is_file()}
    server = server_factory(Settings(out=out))
    count = requests.get(f"{server.url}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"},
                         headers={"Accept": "text/csv"}, timeout=30).text
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.txt").write_bytes(b"\x00")
    with pytest.raises(NothingToPublish):
        build(Settings(out=out), [bad])
    assert release.current(out) == before
    assert {p.name: p.read_bytes() for p in before.iterdir() if p.is_file()} == files
    again = requests.get(f"{server.url}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"},
                         headers={"Accept": "text/csv"}, timeout=30).text
    assert again == count


def test_cli_build_query_and_exit_codes(tmp_path, capsys):
    out = tmp_path / "dist"
    assert main(["build", str(SAMPLES / "003_egypt-ethiopia-gerd-talks.txt"), "--out", str(out), "-q"]) == 0
    assert "published 1 article(s)" in capsys.readouterr().out
    assert main(["query", str(QUERIES / "states.rq"), "--release", str(out)]) == 0
    assert "http://www.wikidata.org/entity/Q79" in capsys.readouterr().out  # Egypt
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_text("", encoding="utf-8")
    assert main(["build", str(empty), "--out", str(tmp_path / "other"), "-q"]) == NothingToPublish.exit_code
    assert main(["query", str(QUERIES / "states.rq"), "--release", str(tmp_path / "none")]) == 2
    assert "kg query: error:" in capsys.readouterr().err


def test_readme_curl_example_returns_rows(built, server_factory):
    server = server_factory(Settings(out=built[0]))
    response = requests.post(f"{server.url}/sparql", data=(QUERIES / "agreements.rq").read_bytes(),
                             headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}, timeout=30)
    assert response.status_code == 200
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("article,agreement,party") and len(lines) > 5


def test_cli_build_says_where_its_time_went_unless_quiet(tmp_path, capsys):
    article = SAMPLES / "003_egypt-ethiopia-gerd-talks.txt"
    assert main(["build", str(article), "--out", str(tmp_path / "dist")]) == 0
    last = capsys.readouterr().err.strip().splitlines()[-1]
    found = re.fullmatch(r"time: ([\d.]+) s: start ([\d.]+) s, work ([\d.]+) s \(articles ([\d.]+) s, "
                         r"inferences ([\d.]+) s, publishing ([\d.]+) s\)", last)
    assert found, last
    total, start, work, articles, inferences, publishing = map(float, found.groups())
    assert articles > 0 and publishing > 0 and abs(articles + inferences + publishing - work) <= 0.02
    assert abs(start + work - total) <= 0.02
    assert main(["build", str(article), str(SAMPLES / "001_saudi-iran-beijing-ministers.txt"),
                 "--out", str(tmp_path / "dist"), "-q"]) == 0
    assert "time:" not in capsys.readouterr().err


def test_input_files_are_named_by_their_resolved_path(tmp_path, monkeypatch):
    """The cache knows an input by its resolved path; resolving each folder once gives what resolving
    each file gives, through symbolic links to folders and to files and through '..'."""
    from kg.incremental import resolved as _resolved
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "other.txt").write_text("b", encoding="utf-8")
    os.symlink(tmp_path / "real", tmp_path / "link")
    os.symlink(tmp_path / "other.txt", tmp_path / "real" / "b.txt")
    monkeypatch.chdir(tmp_path)
    found = [Path("link/a.txt"), Path("link/b.txt"), tmp_path / "real" / "a.txt", Path("other.txt"),
             "https://example.org/page", Path("real/../other.txt")]
    assert _resolved(found) == [f.resolve() if isinstance(f, Path) else None for f in found]
    assert _resolved(found)[1] == (tmp_path / "other.txt").resolve()  # a link to a file: where it points
