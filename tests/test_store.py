"""kg.store: the store bulk-loaded from N-Quads fed piece by piece, blank nodes named as the dumps name
them; a loader that fails says so and never leaves its feeder waiting; a store changed from another."""

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
    assert len(found) == 200 * 50 + 1
    assert "_:c1 <http://x.example/p> _:c2 <http://x.example/o>" in found


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
    assert quads_of(tmp_path / "new") == {f"<http://x.example/c> <http://x.example/p> _:c9 {G}"}
    assert quads_of(tmp_path / "old") == before
