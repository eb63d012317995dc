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


@pytest.fixture(params=["default spacing", "many chunks", "cut inside subjects"])
def spacing(request, monkeypatch):
    """The dumps cut as built, into chunks of a few subjects each (many gzip members, many touched), or
    mostly inside subjects' statements (a subject's statements over many chunks, its first and last
    chunks touched and made again)."""
    if request.param == "many chunks":
        monkeypatch.setattr(dumps, "LINE_SPACING", 2)
        monkeypatch.setattr(dumps, "TRIG_SPACING", 3)
    if request.param == "cut inside subjects":
        monkeypatch.setattr(dumps, "LINE_SPACING", 40)
        monkeypatch.setattr(dumps, "TRIG_SPACING", 40)
        monkeypatch.setattr(dumps, "LINE_ROWS", 3)
        monkeypatch.setattr(dumps, "TRIG_ROWS", 3)
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


def damage_cache(out: Path) -> None:
    """Every file of the build cache of the current release made unreadable."""
    cache = release.releases_dir(out) / incremental.CACHE
    assert cache.is_dir() and not (release.current(out) / incremental.CACHE).exists()
    for damaged in sorted(cache.iterdir()):
        damaged.unlink()  # a hard link, maybe shared with another release: replaced, not written through
        damaged.write_bytes(b"not a pickle")


def test_a_damaged_cache_that_is_not_needed_is_not_read(corpus, tmp_path, caplog):
    """The articles of unchanged files are not read from the cache: the release's store and summaries do."""
    out = tmp_path / "dist"
    first = build(Settings(out=out), [corpus])
    damage_cache(out)
    change_one(corpus)
    second = build(Settings(out=out), [corpus])
    assert second.reused == len(first.published) - 1 and "ignoring the build cache" not in caplog.text
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_a_damaged_cache_that_is_needed_means_a_full_build(corpus, tmp_path, caplog):
    out = tmp_path / "dist"
    first = build(Settings(out=out), [corpus])
    damage_cache(out)
    (release.current(out) / dumpfiles.INDEX).unlink()  # so every article's reasoning is merged again
    path = sorted(corpus.iterdir())[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    second = build(Settings(out=out), [corpus])
    assert second.reused == 0 and len(second.published) == len(first.published)
    assert "ignoring the build cache" in caplog.text
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_an_article_published_again_from_a_damaged_cache_means_a_full_build(corpus, tmp_path, caplog):
    """An unchanged file whose article was a duplicate is published once the first copy goes: read
    from its cache, which cannot be read here."""
    out = tmp_path / "dist"
    first = (sorted(corpus.iterdir())[0])
    shutil.copy(first, corpus / ("zz_copy_of_" + first.name))
    built = build(Settings(out=out), [corpus])
    assert any("already read" in s.reason for s in built.skipped)
    damage_cache(out)
    first.unlink()
    second = build(Settings(out=out), [corpus])
    assert "ignoring the build cache" in caplog.text and second.reused == 0
    assert "zz_copy_of_" + first.name in {Path(p).name for p in second.published}
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
    cached = {p.name: p.stat().st_mtime_ns for p in (release.releases_dir(out) / incremental.CACHE).iterdir()}
    changed = change_one(corpus)
    written = incremental.Entry(0, 0, incremental.digest_of(changed)).key(str(changed.resolve()))
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
    folder = release.releases_dir(out) / incremental.CACHE
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == dict(cached, **{
        written: (folder / written).stat().st_mtime_ns})  # only the changed file's is new, none written again
    assert written not in cached
    build(Settings(out=out, keep_releases=1), [corpus] + [])  # nothing changed: nothing written or deleted
    change_one(corpus)
    build(Settings(out=out, keep_releases=1), [corpus])  # the old entries of the changed file are unused now
    assert len(list(folder.iterdir())) == len(list(corpus.iterdir()))
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


def test_the_objects_counts_are_linked_while_few_change_and_written_again_after(corpus, tmp_path, monkeypatch):
    """The objects of each scope (most of the dump index) are linked from the last release, INDEX holding
    the counts changed since; past `OVERLAY` changed counts they are written whole again. Either way the
    VoID counts are a fresh build's."""
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    first = release.current(out)
    change_one(corpus)
    build(Settings(out=out), [corpus])
    second = release.current(out)
    assert (second / dumpfiles.OBJECTS).stat().st_ino == (first / dumpfiles.OBJECTS).stat().st_ino
    _, index = pickle.loads((second / dumpfiles.INDEX).read_bytes())
    assert any(index.objects.values())   # the counts changed, kept in the index
    assert_same_as_from_scratch(corpus, out, tmp_path / "one")
    monkeypatch.setattr(dumpfiles, "OVERLAY", 0)
    shutil.copy(SAMPLES[9], corpus)
    build(Settings(out=out), [corpus])
    third = release.current(out)
    assert (third / dumpfiles.OBJECTS).stat().st_ino != (second / dumpfiles.OBJECTS).stat().st_ino
    _, index = pickle.loads((third / dumpfiles.INDEX).read_bytes())
    assert not any(index.objects.values())
    assert_same_as_from_scratch(corpus, out, tmp_path / "two")


def test_objects_counts_of_another_release_mean_the_dumps_are_written_whole(corpus, tmp_path, caplog):
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    change_one(corpus)
    build(Settings(out=out), [corpus])
    second = release.current(out)
    (second / dumpfiles.OBJECTS).unlink()
    other = tmp_path / "other"
    build(Settings(out=other), [corpus])   # another build's objects: another token
    shutil.copy(release.current(other) / dumpfiles.OBJECTS, second / dumpfiles.OBJECTS)
    shutil.copy(SAMPLES[9], corpus)
    caplog.set_level("INFO")
    build(Settings(out=out), [corpus])
    assert "writing the dumps whole" in caplog.text
    assert_same_as_from_scratch(corpus, out, tmp_path)


def test_the_objects_of_a_scope_are_counted_up_and_down():
    text = '"' + "a long literal, an article's text " * 5 + '"'
    objects = dumpfiles.Objects({"<http://x.example/a>": 2, text: 1})
    objects.change(["<http://x.example/b>", text], +1)
    objects.change(["<http://x.example/a>", "<http://x.example/a>", text, text], -1)
    assert len(objects) == 1 and objects.keys == ["<http://x.example/b>"] and list(objects.counts) == [1]
    assert objects.changed == {"<http://x.example/a>": -2, "<http://x.example/b>": 1, dumpfiles.object_key(text): -1}
    again = pickle.loads(pickle.dumps(objects))
    assert again.keys == objects.keys and again.counts == objects.counts
    assert len(dumpfiles.object_key(text)) == 32  # an article's text is known by its digest


HAS_PARTY = "<http://irnews.example.org/ontology#hasStateParty>"
HAS_AGREEMENT = "<http://irnews.example.org/ontology#hasAgreementWith>"


def parties_by_graph(folder: Path) -> dict[str, set[tuple[str, str]]]:
    """Per article graph: its (agreement, state party) pairs, from kg.nq.gz."""
    found: dict[str, set] = {}
    for line in gzip.decompress((folder / "kg.nq.gz").read_bytes()).decode("utf-8").splitlines():
        if f" {HAS_PARTY} " in line:
            s, _, o, g = line[:-2].split(" ")
            found.setdefault(g, set()).add((s, o))
    return found


def inferred_lines(folder: Path) -> set[str]:
    return set(gzip.decompress((folder / "inferred.nq.gz").read_bytes()).decode("utf-8").splitlines())


def test_inferences_across_articles_are_kept_up(tmp_path, spacing):
    """Generated articles report shared agreements (one node, claims in several articles): removing an
    article whose agreement another article also reports keeps the states' pair (``hasAgreementWith``,
    a property chain across graphs), removing the only one drops it, adding and changing articles
    brings new pairs; each time the release is the one a build from scratch makes (`kg.upkeep`)."""
    from bench.generate import generate
    generate(36, tmp_path / "gen", seed=5)
    corpus, pool = tmp_path / "articles", sorted((tmp_path / "gen" / "articles").iterdir())
    corpus.mkdir()
    for path in pool[:30]:
        shutil.copy(path, corpus)
    out = tmp_path / "dist"
    build(Settings(out=out), [corpus])
    by_graph = parties_by_graph(release.current(out))
    reported = {}  # agreement -> the graphs that give its parties
    for graph, pairs in by_graph.items():
        for agreement, _ in pairs:
            reported.setdefault(agreement, set()).add(graph)
    shared = sorted(a for a, graphs in reported.items() if len(graphs) >= 2)
    alone = sorted(a for a, graphs in reported.items() if len(graphs) == 1)
    assert shared and alone, "the generated corpus must report some agreements twice and some once"
    # the article of a shared agreement, and the article of an agreement reported once, elsewhere
    first = sorted(reported[shared[0]])[0]
    second = next(g for a in alone for g in reported[a] if g != first and shared[0] not in
                  {x for x, _ in by_graph[g]})
    before = inferred_lines(release.current(out))
    files = {}  # article graph -> its file, by the article's URL (the URL: line of the header)
    lines = gzip.decompress((release.current(out) / "kg.nq.gz").read_bytes()).decode("utf-8").splitlines()
    graph_of_url = {line.split(" ")[2]: line[:-2].split(" ")[3] for line in lines if " <http://irnews.example.org/ontology#url> " in line}
    for path in sorted(corpus.iterdir()):
        url = next(line[5:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("URL: "))
        files[graph_of_url[f"<{url}>"]] = path
    files[first].unlink()
    files[second].unlink()
    for path in pool[30:33]:
        shutil.copy(path, corpus)
    changed = sorted(corpus.iterdir())[5]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n" + pool[34].read_text(encoding="utf-8")
                       .split("\n\n", 2)[2], encoding="utf-8")
    again = build(Settings(out=out), [corpus])
    assert again.reused == len(list(corpus.iterdir())) - 4
    after = inferred_lines(release.current(out))
    pairs = {line for line in before - after if f" {HAS_AGREEMENT} " in line}
    kept = {line for line in after & before if f" {HAS_AGREEMENT} " in line}
    assert pairs and kept and {line for line in after - before if f" {HAS_AGREEMENT} " in line}
    shared_parties = {o for a, o in by_graph[first] if a == shared[0]}
    assert any(p in line and q in line for line in kept for p in shared_parties for q in shared_parties if p != q)
    assert_same_as_from_scratch(corpus, out, tmp_path)
