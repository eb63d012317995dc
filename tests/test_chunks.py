"""kg.chunks: where chunks begin depends only on the keys there are, so a family changed chunk by chunk
is cut as one cut from scratch; a file of pieces is a gzip file every reader reads whole."""

from __future__ import annotations

import gzip
import hashlib
import random
import subprocess
import zlib

import pytest

from kg import chunks
from kg.chunks import Family, Writer

SPACING = 3
ROWS = 4


def family(**kwargs) -> Family:
    return Family(SPACING, rows=ROWS, **kwargs)


def cut(items: dict[str, list], graphs: bool = False) -> list[tuple[tuple, list]]:
    """The chunks of ``items`` cut from scratch, each with where it begins."""
    return list(family(graphs=graphs).cut((key, items[key]) for key in sorted(items)))


def family_of(cut_chunks, graphs: bool = False) -> Family:
    return family(keys=[start for start, _ in cut_chunks], graphs=graphs)


def loader(cut_chunks, loads: list | None = None):
    """The items of an old chunk as a key -> rows dict (as the dumps are read back)."""
    def load(i):
        if loads is not None:
            loads.append(i)
        return {key: list(rows) for key, rows in cut_chunks[i][1]}
    return load


def edited(items: dict, edits: dict) -> dict:
    return {key: rows for key, rows in {**items, **{key: sorted(set(items.get(key, ())) - removed | added)
                                                    for key, (removed, added) in edits.items()}}.items() if rows}


def replayed(plan: list, old_chunks: list) -> list:
    return [old_chunks[c] if isinstance(c, int) else (c.start, c.items) for c in plan]


def row(n: int, graph: int = 0) -> tuple[str, str, str]:
    return ("<p>", f'"{n:03d}"', f"<g{graph}>")


def random_case(seed: int) -> tuple[dict, dict]:
    """200 items, some of a few rows and some of up to 60 (cut inside), rows sharing a triple in two
    graphs; 24 edits, half of them to items of many rows."""
    rng = random.Random(seed)
    items = {}
    for n in rng.sample(range(600), 200):
        size = rng.choice([1, 2, 3, 40, 60]) if n % 5 == 0 else rng.randint(1, 3)
        rows = {row(i, g) for i in rng.sample(range(100), size) for g in range(rng.choice([1, 1, 2]))}
        items[f"k{n:04d}"] = sorted(rows)
    large = [key for key, rows in items.items() if len(rows) > 20]
    edits = {}
    for key in rng.sample(sorted(items), 6) + rng.sample(large, min(6, len(large))) \
            + [f"k{n:04d}" for n in rng.sample(range(600), 12)]:
        rows = set(items.get(key, ()))
        removed = rows if rng.random() < 0.2 else set(rng.sample(sorted(rows), min(len(rows), rng.randint(1, 8))))
        added = {row(rng.randrange(100), rng.randrange(2)) for _ in range(rng.choice([0, 1, 5]))}
        edits[key] = (removed, added)
    return items, edits


@pytest.mark.parametrize("seed", range(60))
def test_a_changed_family_is_cut_as_from_scratch(seed):
    items, edits = random_case(seed)
    old = cut(items)
    loads: list = []
    plan = chunks.rechunk(family_of(old), edits, loader(old, loads))
    assert replayed(plan, old) == cut(edited(items, edits))
    assert len(set(loads)) < len(old) / 2  # only the chunks touched (and their neighbours) were read


def test_an_item_of_many_rows_is_cut_inside_and_only_between_triples():
    rows = sorted({row(i, g) for i in range(100) for g in (0, 1)})
    chunked = cut({"a": [row(0)], "big": rows, "z": [row(1)]})
    inside = [start for start, _ in chunked if start[1]]
    assert inside and all(start[0] == "big" for start in inside)
    pieces = [rows for _, chunk in chunked for key, rows in chunk if key == "big"]
    assert [r for piece in pieces for r in piece] == rows
    for before, after in zip(pieces, pieces[1:]):  # the two graphs of one triple stay together
        assert before[-1][:2] != after[0][:2]
        assert chunks.group_of(after[0]) and chunks.starts_inside("big", chunks.group_of(after[0]), family())


def test_both_families_cut_inside_a_subject_by_its_triples():
    rows = [row(i) for i in range(200)]
    lines = [start[1] for start, _ in cut({"<s>": rows}) if start[1]]
    graphs = [start[1] for start, _ in cut({"<g0> <s>": [r[:2] for r in rows]}, graphs=True) if start[1]]
    assert lines and lines == graphs  # the subject of "<graph> subject", not the key, decides
    sparser = [start[1] for start, _ in Family(SPACING, rows=ROWS * 2).cut([("<s>", rows)]) if start[1]]
    assert sparser and set(sparser) < set(lines)


def test_removing_rows_of_an_item_cut_inside_or_the_item_whole_cuts_as_from_scratch():
    rows = [row(i) for i in range(200)]
    items = {"a": [row(0)], "big": rows}
    old = cut(items)
    assert sum(1 for start, _ in old if start[1]) >= 2  # "big" runs over three chunks or more
    for edits in ({"big": (set(rows[:60]), set())},   # the rows before a cut inside it
                  {"big": (set(rows), set())}):        # all: a chunk that continued it cannot stay
        plan = chunks.rechunk(family_of(old), edits, loader(old))
        assert replayed(plan, old) == cut(edited(items, edits))
    assert replayed(plan, old) == cut({"a": [row(0)]})


def test_removing_the_key_that_begins_a_chunk_joins_it_to_the_one_before():
    keys = [f"k{n:04d}" for n in range(300)]
    items = {key: [row(1)] for key in keys}
    old = cut(items)
    second = old[2][1][0][0]  # begins chunk 2 because it starts a chunk (it is not the first key)
    assert chunks.starts_chunk(second, SPACING) and old[2][0] == (second, "")
    plan = chunks.rechunk(family_of(old), {second: ({row(1)}, set())}, loader(old))
    new = replayed(plan, old)
    assert new == cut(edited(items, {second: ({row(1)}, set())}))
    assert len(new) == len(old) - 1 and plan[0] == 0 and 1 not in plan and 2 not in plan


def test_a_key_before_every_chunk_lands_in_the_first():
    items = {f"k{n:04d}": [row(1)] for n in range(10, 200)}
    old = cut(items)
    plan = chunks.rechunk(family_of(old), {"a": (set(), {row(1)})}, loader(old))
    assert replayed(plan, old) == cut({**items, "a": [row(1)]})


def test_the_same_text_compresses_to_the_same_member():
    text = b"<http://x.example/s> <http://x.example/p> \"o\" .\n" * 1000
    member = chunks.compress(text)
    assert member == chunks.compress(text) and gzip.decompress(member) == text
    assert member[:4] == b"\x1f\x8b\x08\x00" and member[4:8] == b"\0\0\0\0"  # no name, no time


def test_a_file_of_pieces_reads_whole_everywhere(tmp_path):
    pieces = [f"<http://x.example/{n}> <http://x.example/p> \"{n}\" .\n".encode() * 50 for n in range(5)]
    writer = Writer(tmp_path / "a.nt.gz", gzip=True)
    writer.head(b"# head\n")
    for piece in pieces:
        writer.piece(piece)
    sizes, head, total, digest = writer.close()
    data = (tmp_path / "a.nt.gz").read_bytes()
    assert len(sizes) == 5 and head == len(chunks.compress(b"# head\n")) and total == len(data) == head + sum(sizes)
    assert digest == hashlib.sha256(data).hexdigest()
    whole = b"# head\n" + b"".join(pieces)
    assert gzip.decompress(data) == whole
    assert subprocess.run(["gzip", "-dc"], input=data, capture_output=True, check=True).stdout == whole
    first = zlib.decompressobj(31)
    assert first.decompress(data) == b"# head\n" and len(first.unused_data) == sum(sizes)  # a member each


@pytest.mark.parametrize("kernel", ["copy_file_range", "no copy_file_range"])
def test_copied_pieces_are_the_bytes_of_the_other_file(tmp_path, monkeypatch, kernel):
    if kernel == "no copy_file_range":
        def refused(*args):
            raise OSError(18, "Invalid cross-device link")
        monkeypatch.setattr(chunks.os, "copy_file_range", refused)
    first = Writer(tmp_path / "one.gz", gzip=True)
    for n in range(4):
        first.piece(f"piece {n}\n".encode())
    sizes, _, _, _ = first.close()
    second = Writer(tmp_path / "two.gz", gzip=True)
    second.copy(tmp_path / "one.gz", sizes[0], sizes[1:3])
    second.piece(b"new\n")
    new_sizes, _, total, digest = second.close()
    assert new_sizes == sizes[1:3] + [len(chunks.compress(b"new\n"))]
    data = (tmp_path / "two.gz").read_bytes()
    assert gzip.decompress(data) == b"piece 1\npiece 2\nnew\n"
    assert total == len(data) and digest == hashlib.sha256(data).hexdigest()


def test_a_file_without_pieces_is_still_gzip(tmp_path):
    writer = Writer(tmp_path / "empty.gz", gzip=True)
    sizes, head, total, _ = writer.close()
    assert sizes == [] and head == 0 and total > 0
    assert gzip.decompress((tmp_path / "empty.gz").read_bytes()) == b""


def test_a_failing_writer_says_so_at_close(tmp_path):
    writer = Writer(tmp_path / "missing" / "x.gz", gzip=True)
    writer.piece(b"text")
    with pytest.raises(FileNotFoundError):
        writer.close()
