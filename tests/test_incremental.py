"""Incremental builds (kg.incremental): a second `kg build` to the same release computes only what
changed, publishes exactly what a build from scratch publishes, and writes nothing when nothing changed."""

import gzip
import os
import pickle
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg import dumpfiles, dumps, incremental, release
from kg.cli import main
from kg.iris import Minter
from kg.pipeline import build
from kg.settings import Settings
from kg.vocab import VOID

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "articles").glob("*.txt"))[:10]
#: files that say when and from what they were made: they differ between any two builds
DATED = {"void.ttl", release.METADATA, release.SUMS}


@pytest.fixture(params=["default spacing", "many chunks"])
def spacing(request, monkeypatch):
    """The dumps cut as built, or into chunks of a few subjects each (many gzip members, many touched)."""
    if request.param == "many chunks":
        monkeypatch.setattr(dumps, "LINE_SPACING", 2)
        monkeypatch.setattr(dumps, "TRIG_SPACING", 3)
    return request.param


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in SAMPLES[:8]:
        shutil.copy(path, folder)
    return folder


def files_of(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of a release (the store's too) with its bytes and modification time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def quads(folder: Path) -> set[str]:
    store = ox.Store.read_only(str(folder / release.STORE))
    try:
        return {str(quad) for quad in store}
    finally:
        del store


def void_counts(folder: Path) -> set:
    """Every count void.ttl gives (triples, entities, distinct subjects and objects, partitions...)."""
    void = Graph().parse(folder / "void.ttl")
    return {(s, p, o) for s, p, o in void if p.startswith(str(VOID)) and isinstance(o, Literal)}


def assert_same_as_from_scratch(corpus: Path, out: Path, tmp_path: Path) -> None:
    """The release ``out`` serves holds what a fresh build of ``corpus`` holds: every dump but the
    dated ones byte for byte, the same quads in the store, the same articles and skips."""
    fresh = build(Settings(out=tmp_path / "fresh"), [corpus])
    assert fresh.reused == 0
    ours, theirs = release.current(out), release.current(tmp_path / "fresh")
    names = {name for name in release.FILES if (theirs / name).is_file()} - DATED
    assert names >= {"kg.nq.gz", "kg.nt.gz", "kg.ttl", "kg.trig.gz", "asserted.nq.gz", "inferred.nq.gz"}
    for name in sorted(names):
        assert (ours / name).read_bytes() == (theirs / name).read_bytes(), name
    assert quads(ours) == quads(theirs)
    mine, other = release.metadata(ours), release.metadata(theirs)
    for key in ("articles", "skipped", "triples", "quads", "counts", "graphs"):
        assert mine[key] == other[key], key
    assert void_counts(ours) == void_counts(theirs)
    assert ours.name.split("-")[-1] == theirs.name.split("-")[-1]  # the version's content hash


def test_nothing_changed_writes_nothing(corpus, tmp_path, capsys):
    out = tmp_path / "dist"
    first = build(Settings(out=out), [corpus])
    assert not first.unchanged and first.reused == 0
    before, target = files_of(release.current(out)), os.readlink(out)
    again = build(Settings(out=out), [corpus])
    assert again.unchanged and again.release == release.current(out)
    assert again.published == first.published and again.reused == len(first.published)
    assert os.readlink(out) == target
    assert files_of(release.current(out)) == before  # bytes and times, SHA256SUMS and the store included
    assert release.versions(out) == [release.current(out).name]
    assert main(["build", str(corpus), "--out", str(out), "-q"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert files_of(release.current(out)) == before


def test_a_touched_file_is_not_a_change(corpus, tmp_path):
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    before = files_of(release.current(out))
    path = sorted(corpus.iterdir())[3]
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    assert build(Settings(out=out), [corpus]).unchanged
    assert files_of(release.current(out)) == before


def change_one(corpus: Path) -> Path:
    path = sorted(corpus.iterdir())[2]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(" said", " told reporters", 1) + "\nThe two sides did not sign anything else.\n",
                    encoding="utf-8")
    return path


def test_one_changed_article_is_the_only_one_computed(corpus, tmp_path, spacing):
    out = tmp_path / "dist"
    first = build(Settings(out=out), [corpus])
    previous = release.current(out)
    change_one(corpus)
    second = build(Settings(out=out), [corpus])
    assert not second.unchanged and second.reused == len(first.published) - 1
    assert second.seconds["extract"] > 0
    assert release.current(out) != previous and release.metadata(release.current(out))["previous"] == previous.name
    assert previous.is_dir()  # the previous release stays downloadable
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_added_and_removed_articles(corpus, tmp_path, spacing):
    out = tmp_path / "dist"
    first = build(Settings(out=out), [corpus])
    gone = sorted(corpus.iterdir())[0]
    gone.unlink()
    shutil.copy(SAMPLES[9], corpus)
    second = build(Settings(out=out), [corpus])
    assert second.reused == len(first.published) - 1
    assert gone.name not in second.published and SAMPLES[9].name in second.published
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_broken_and_skipped_inputs_are_reported_again(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00not an article")
    out = tmp_path / "dist"
    first = build(Settings(out=out), [corpus, tmp_path / "missing"])
    reasons = sorted(str(s) for s in first.skipped)
    assert any("broken.txt" in r for r in reasons) and any("missing" in r for r in reasons)
    again = build(Settings(out=out), [corpus, tmp_path / "missing"])
    assert again.unchanged and sorted(str(s) for s in again.skipped) == reasons
    path = sorted(corpus.glob("0*.txt"))[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    third = build(Settings(out=out), [corpus, tmp_path / "missing"])
    assert sorted(str(s) for s in third.skipped) == reasons
    shutil.rmtree(tmp_path / "fresh", ignore_errors=True)
    fresh = build(Settings(out=tmp_path / "fresh"), [corpus, tmp_path / "missing"])
    assert sorted(str(s) for s in fresh.skipped) == reasons
    assert gzip.decompress((release.current(out) / "kg.nq.gz").read_bytes()) == \
        gzip.decompress((release.current(tmp_path / "fresh") / "kg.nq.gz").read_bytes())


def test_a_damaged_cache_means_a_full_build(corpus, tmp_path, caplog):
    out = tmp_path / "dist"
    first = build(Settings(out=out), [corpus])
    cache = release.current(out) / incremental.CACHE
    assert cache.is_dir() and incremental.CACHE not in (release.current(out) / release.SUMS).read_text()
    damaged = sorted(cache.iterdir())[0]
    damaged.unlink()  # a hard link, maybe shared with another release: replaced, not written through
    damaged.write_bytes(b"not a pickle")
    path = sorted(corpus.iterdir())[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    second = build(Settings(out=out), [corpus])
    assert second.reused == 0 and len(second.published) == len(first.published)
    assert "ignoring the build cache" in caplog.text
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_other_settings_mean_a_full_build(corpus, tmp_path):
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    other = build(Settings(out=out, base_iri="http://example.org/kg/"), [corpus])
    assert not other.unchanged and other.reused == 0
    assert b"http://example.org/kg/id/" in gzip.decompress((release.current(out) / "kg.nq.gz").read_bytes())


def test_the_store_swap_never_touches_the_previous_release(corpus, tmp_path):
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    previous = release.current(out)
    before = files_of(previous)
    reader = ox.Store.read_only(str(previous / release.STORE))  # as the server holds it while a build runs
    try:
        count = len(reader)
        path = sorted(corpus.iterdir())[4]
        path.write_text(path.read_text(encoding="utf-8").replace(" the ", " a ", 1), encoding="utf-8")
        build(Settings(out=out), [corpus])
        assert release.current(out) != previous
        assert len(reader) == count
    finally:
        del reader
    assert files_of(previous) == before


def pieces(folder: Path, name: str) -> list[bytes]:
    """The pieces (gzip members) of a chunked dump, as the release's index cuts it."""
    index = dumpfiles.Index.read(folder, Minter(Settings().base_iri))
    family = index.graphs if name == dumps.TRIG_FILE else index.lines
    data = (folder / name).read_bytes()
    return [data[offset:offset + size] for offset, size in family.spans(name)]


def test_unchanged_chunks_and_cache_entries_are_copied_not_made_again(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(dumps, "LINE_SPACING", 2)
    monkeypatch.setattr(dumps, "TRIG_SPACING", 3)
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    previous = release.current(out)
    changed = change_one(corpus)
    made = []
    compress = dumpfiles.chunks.compress
    monkeypatch.setattr(dumpfiles.chunks, "compress", lambda data: made.append(data) or compress(data))
    build(Settings(out=out), [corpus])
    current = release.current(out)
    for name in ("kg.nq.gz", "kg.nt.gz", "inferred.nq.gz", "kg.ttl.gz", dumps.TRIG_FILE):
        old, new = pieces(previous, name), pieces(current, name)
        assert len(new) > 20 and len(set(new) - set(old)) < len(new) / 4, name  # most pieces are the old bytes
    texts = sum(len(gzip.decompress((current / name).read_bytes())) for name in (*dumps.LINE_FILES, dumps.TRIG_FILE)
                if name.endswith(".gz"))
    assert sum(map(len, made)) < texts / 4  # little text compressed again
    entries = {p.name: p.stat().st_ino for p in (current / incremental.CACHE).iterdir()}
    linked = {p.name for p in (previous / incremental.CACHE).iterdir() if entries.get(p.name) == p.stat().st_ino}
    assert len(entries) == len(linked) + 1 == len(list(corpus.iterdir()))  # only the changed file's is new
    assert incremental.Entry(0, 0, incremental.digest_of(changed)).key(str(changed.resolve())) not in linked
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_a_release_without_a_dump_index_is_rewritten_whole(corpus, tmp_path, caplog):
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    (release.current(out) / dumpfiles.INDEX).unlink()
    change_one(corpus)
    caplog.set_level("INFO")
    second = build(Settings(out=out), [corpus])
    assert second.reused == len(second.published) - 1 and "writing the dumps whole" in caplog.text
    assert (release.current(out) / dumpfiles.INDEX).is_file()
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_the_objects_of_a_scope_are_counted_up_and_down():
    text = '"' + "a long literal, an article's text " * 5 + '"'
    objects = dumpfiles.Objects({"<http://x.example/a>": 2, text: 1})
    objects.change(["<http://x.example/b>", text], +1)
    objects.change(["<http://x.example/a>", "<http://x.example/a>", text, text], -1)
    assert len(objects) == 1 and objects.keys == ["<http://x.example/b>"] and list(objects.counts) == [1]
    again = pickle.loads(pickle.dumps(objects))
    assert again.keys == objects.keys and again.counts == objects.counts
    assert len(dumpfiles.object_key(text)) == 32  # an article's text is known by its digest
