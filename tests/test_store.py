"""kg.store: the store bulk-loaded from N-Quads fed piece by piece, blank nodes named as the dumps name
them; a loader that fails says so and never leaves its feeder waiting; a store changed from another; the
default graph, the merge of the named graphs, kept as they change."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import store

G = "<http://x.example/g>"


def quads_of(path) -> set[str]:
    opened = ox.Store.read_only(str(path))
    try:
        return {str(quad) for quad in opened}
    finally:
        del opened


def test_pieces_fed_are_loaded_and_blank_nodes_keep_their_names(tmp_path):
    loader = store.Loader(tmp_path / "store")
    for n in range(200):  # more than a pipe holds
        loader.feed("".join(f"<http://x.example/s{n}> <http://x.example/p> \"{i}\" {G} .\n"
                            for i in range(50)).encode())
    loader.feed(b"_:c1 <http://x.example/p> _:c2 <http://x.example/o> .\n")
    loader.fed()
    loader.finish({"http://x.example/o": [("_:c1", "<http://x.example/p>", "_:c2")]})
    found = quads_of(tmp_path / "store")
    # the graph with blank nodes is in the merge too, with the same names
    assert len(found) == 200 * 50 + 2
    assert {"_:c1 <http://x.example/p> _:c2 <http://x.example/o>", "_:c1 <http://x.example/p> _:c2"} <= found


def test_a_loader_that_fails_says_so_and_lets_its_feeder_go(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    loader = store.Loader(tmp_path / "file" / "store")
    for _ in range(100):  # the pipe would fill up were nothing reading it
        loader.feed(b"<http://x.example/s> <http://x.example/p> <http://x.example/o> <http://x.example/g> .\n" * 1000)
    loader.fed()
    with pytest.raises(OSError):
        loader.finish({})


def test_a_store_changed_from_another_holds_the_changes_and_leaves_it_as_it_was(tmp_path):
    loader = store.Loader(tmp_path / "old")
    loader.feed(f"<http://x.example/a> <http://x.example/p> \"1\" {G} .\n"
                f"<http://x.example/b> <http://x.example/p> \"2\" <http://x.example/gone> .\n".encode())
    loader.fed()
    loader.finish({})
    before = quads_of(tmp_path / "old")
    store.changed(tmp_path / "new", tmp_path / "old", {("<http://x.example/a>", "<http://x.example/p>", '"1"', G)},
                  {("<http://x.example/c>", "<http://x.example/p>", "_:c9", G)}, ["http://x.example/gone"])
    assert quads_of(tmp_path / "new") == {f"<http://x.example/c> <http://x.example/p> _:c9 {G}",
                                          "<http://x.example/c> <http://x.example/p> _:c9"}
    assert quads_of(tmp_path / "old") == before


A, B = "<http://x.example/g/a>", "<http://x.example/g/b>"
T = ("<http://x.example/state>", "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://x.example/State>")


def loaded(path, quads):
    """A store loaded as a release's: the quads, and their merge in the default graph."""
    loader = store.Loader(path)
    loader.feed("".join(f"{s} {p} {o} {g} .\n" for s, p, o, g in quads).encode())
    loader.feed(store.without_blank("".join(f"{s} {p} {o} .\n" for s, p, o in {q[:3] for q in quads}).encode()))
    loader.fed()
    loader.finish({})
    return path


def merge_of(path) -> set[str]:
    opened = ox.Store.read_only(str(path))
    try:
        return {str(quad.triple) for quad in opened.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    finally:
        del opened


def test_the_merge_holds_each_triple_once_and_counts_it_once(tmp_path):
    path = loaded(tmp_path / "s", [(*T, A), (*T, B)])
    opened = ox.Store.read_only(str(path))
    try:
        (row,) = opened.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://x.example/State> }",
                              **store.dataset(opened))
        assert row["n"].value == "1"  # Oxigraph's union default graph answers 2
        (row,) = opened.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <http://x.example/State> } }")
        assert row["n"].value == "2"  # each graph still holds its own
    finally:
        del opened


def test_a_triple_leaves_the_merge_only_with_the_last_graph_that_held_it(tmp_path):
    U = ("<http://x.example/u>", "<http://x.example/p>", '"only in a"')
    old = loaded(tmp_path / "old", [(*T, A), (*T, B), (*U, A)])
    store.changed(tmp_path / "one", old, {(*T, A), (*U, A)}, set(), ["http://x.example/g/a"])
    assert merge_of(tmp_path / "one") == {" ".join(T)}  # still in b; the triple only a held is gone
    store.changed(tmp_path / "none", tmp_path / "one", {(*T, B)}, {(*U, B)}, ["http://x.example/g/b"])
    assert merge_of(tmp_path / "none") == {" ".join(U)}  # gone with b; U added by b
    moved = loaded(tmp_path / "moved", [(*U, A)])
    store.changed(tmp_path / "moved2", moved, {(*U, A)}, {(*U, B)}, [])
    assert merge_of(tmp_path / "moved2") == {" ".join(U)}  # moved from a to b: still there


def test_blank_node_lines_are_left_to_the_loader_s_finish_and_no_other(tmp_path):
    text = ('<http://x.example/s> <http://x.example/p> "a _:b c" .\n'
            '_:x <http://x.example/p> <http://x.example/o> .\n'
            '<http://x.example/s> <http://x.example/p> _:y .\n'
            '<http://x.example/s> <http://x.example/p> <http://x.example/o> .\n').encode()
    assert store.without_blank(text).decode().splitlines() == [
        '<http://x.example/s> <http://x.example/p> "a _:b c" .', '<http://x.example/s> <http://x.example/p> <http://x.example/o> .']
    plain = b"<http://x.example/s> <http://x.example/p> <http://x.example/o> .\n"
    assert store.without_blank(plain) is plain


def test_a_store_of_an_older_release_without_the_merge_is_read_through_the_union(tmp_path):
    loader = store.Loader(tmp_path / "old")
    loader.feed(f"{' '.join(T)} {A} .\n".encode())
    loader.fed()
    loader.finish({})
    opened = ox.Store.read_only(str(tmp_path / "old"))
    try:
        assert store.dataset(opened) == {"use_default_graph_as_union": True}
        assert len(list(opened.query("SELECT * WHERE { ?s ?p ?o }", **store.dataset(opened)))) == 1
    finally:
        del opened
    assert store.dataset(ox.Store.read_only(str(loaded(tmp_path / "new", [(*T, A)])))) == {}
