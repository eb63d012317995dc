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


def cut(items: dict[str, list]) -> list[list[tuple[str, list]]]:
    """The chunks of ``items`` cut from scratch."""
    keys = sorted(key for key, rows in items.items() if rows)
    positions = chunks.cuts(keys, SPACING) + [len(keys)]
    return [[(key, items[key]) for key in keys[a:b]] for a, b in zip(positions, positions[1:])]


def family_of(cut_chunks) -> Family:
    return Family(SPACING, [chunk[0][0] for chunk in cut_chunks])


def edited(items: dict, edits: dict) -> dict:
    return {**items, **{key: sorted(set(items.get(key, ())) - removed | added)
                        for key, (removed, added) in edits.items()}}


def replayed(plan: list, old_chunks: list) -> list:
    return [old_chunks[c] if isinstance(c, int) else c for c in plan]


def random_case(seed: int) -> tuple[dict, dict]:
    rng = random.Random(seed)
    items = {f"k{n:04d}": sorted(rng.sample(range(9), rng.randint(1, 3))) for n in rng.sample(range(600), 200)}
    edits = {}
    for key in rng.sample(sorted(items), 12) + [f"k{n:04d}" for n in rng.sample(range(600), 12)]:
        rows = set(items.get(key, ()))
        removed = rows if rng.random() < 0.5 else set(list(rows)[:1])
        edits[key] = (removed, {9} if rng.random() < 0.5 else set())
    return items, edits


@pytest.mark.parametrize("seed", range(40))
def test_a_changed_family_is_cut_as_from_scratch(seed):
    items, edits = random_case(seed)
    old = cut(items)
    loads = []

    def load(i):
        loads.append(i)
        return dict(old[i])

    plan = chunks.rechunk(family_of(old), edits, load)
    assert replayed(plan, old) == cut(edited(items, edits))
    assert len(set(loads)) < len(old) / 2  # only the chunks touched (and their neighbours) were read


def test_removing_the_key_that_begins_a_chunk_joins_it_to_the_one_before():
    keys = [f"k{n:04d}" for n in range(300)]
    items = {key: [1] for key in keys}
    old = cut(items)
    second = old[2][0][0]  # begins chunk 2 because it starts a chunk (it is not the first key)
    assert chunks.starts_chunk(second, SPACING)
    plan = chunks.rechunk(family_of(old), {second: ({1}, set())}, lambda i: dict(old[i]))
    new = replayed(plan, old)
    assert new == cut(edited(items, {second: ({1}, set())}))
    assert len(new) == len(old) - 1 and plan[0] == 0 and 1 not in plan and 2 not in plan


def test_a_key_before_every_chunk_lands_in_the_first():
    items = {f"k{n:04d}": [1] for n in range(10, 200)}
    old = cut(items)
    plan = chunks.rechunk(family_of(old), {"a": (set(), {1})}, lambda i: dict(old[i]))
    assert replayed(plan, old) == cut({**items, "a": [1]})


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
