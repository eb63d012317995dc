"""The ontology's compiled rules are kept beside the releases (``OUT.releases/.compiled``) and read by the
next build instead of compiled again; a file that cannot be read, or a place that cannot be written,
costs a compilation and nothing more."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from kg import release
from kg.iris import Minter
from kg.owl2rl import Rules
from kg.pipeline import MEMO, build
from kg.settings import Settings
from kg.validate import Schema

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "articles").glob("*.txt"))[:2]
ONTOLOGY = Schema.load(Settings()).ontology
MINTER = Minter(Settings().base_iri)


def memos(out: Path, kind: str = "rules") -> list[Path]:
    """The files of ``kind`` kept beside the releases of ``out``."""
    return sorted((release.releases_dir(out) / MEMO).glob(f"{kind}-*.pickle"))


def corpus_in(folder: Path, samples: list[Path] = SAMPLES) -> Path:
    folder.mkdir()
    for path in samples:
        shutil.copy(path, folder)
    return folder


def test_a_build_keeps_the_rules_it_compiled_and_the_next_reads_them(tmp_path):
    corpus, out = corpus_in(tmp_path / "articles"), tmp_path / "dist"
    build(Settings(out=out), [corpus])
    [memo] = memos(out)
    kept = pickle.loads(memo.read_bytes())
    assert kept == Rules.compile(ONTOLOGY, MINTER)
    before = memo.stat().st_mtime_ns
    (corpus / SAMPLES[0].name).write_text(SAMPLES[0].read_text(encoding="utf-8") + "\nA line more.\n",
                                          encoding="utf-8")
    again = build(Settings(out=out), [corpus])
    assert not again.unchanged and memos(out) == [memo] and memo.stat().st_mtime_ns == before  # read, not written


def test_a_damaged_file_is_compiled_again_and_replaced(tmp_path):
    memo = tmp_path / "rules-x.pickle"
    memo.write_bytes(b"not a pickle")
    assert Rules.remembered(ONTOLOGY, MINTER, memo) == Rules.compile(ONTOLOGY, MINTER)
    assert pickle.loads(memo.read_bytes()) == Rules.compile(ONTOLOGY, MINTER)
    memo.write_bytes(pickle.dumps({"another": "object"}))  # a pickle of something else: not taken
    assert Rules.remembered(ONTOLOGY, MINTER, memo) == Rules.compile(ONTOLOGY, MINTER)


def test_rules_of_another_build_are_dropped_when_new_ones_are_written(tmp_path):
    old = tmp_path / "rules-old.pickle"
    old.write_bytes(pickle.dumps(Rules.compile(ONTOLOGY, MINTER)))
    Rules.remembered(ONTOLOGY, MINTER, tmp_path / "rules-new.pickle")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rules-new.pickle"]


def test_a_place_that_cannot_be_written_costs_nothing_but_time(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert Rules.remembered(ONTOLOGY, MINTER, blocked / "rules-x.pickle") == Rules.compile(ONTOLOGY, MINTER)
    assert Rules.remembered(ONTOLOGY, MINTER, None) == Rules.compile(ONTOLOGY, MINTER)
