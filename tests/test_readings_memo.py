"""The extractor's gates read about 140 patterns with Python's parser (`kg.extract.prefilter`); a build
keeps those readings beside the releases (``OUT.releases/.compiled/gates-*.pickle``) and the next build,
in any process, takes them instead of reading again. Kept readings give the same gates and the same
extraction; a damaged file costs the reading and is replaced."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from kg.extract import prefilter
from kg.pipeline import build
from kg.settings import Settings
from test_rules_memo import corpus_in, memos

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "articles").glob("*.txt"))[:3]

EXTRACT = """
import json, sys
from pathlib import Path
from kg.extract import prefilter
prefilter.remembered(Path(sys.argv[1]) if sys.argv[1] != "-" else None)
prefilter._unsaved[0] = False   # the gates made when kg.extract was imported are not the extractor's
from kg.extract import extract
from kg.sources import read_sources
print(json.dumps({str(a.source): repr(extract(a)) for a in read_sources(sys.argv[2:])}))
print(len(prefilter._READINGS), prefilter._unsaved[0])
"""


def test_a_build_keeps_the_readings_and_the_next_takes_them(tmp_path):
    corpus, out = corpus_in(tmp_path / "articles", SAMPLES), tmp_path / "dist"
    build(Settings(out=out), [corpus])
    [memo] = memos(out, "gates")
    readings = pickle.loads(memo.read_bytes())
    assert len(readings) > 100
    saved, unsaved = dict(prefilter._READINGS), prefilter._unsaved[0]
    try:
        prefilter._READINGS.clear()
        for (text, flags), reading in readings.items():
            assert prefilter._reading(text, flags) == reading   # read again: the same
    finally:
        prefilter._READINGS.clear()
        prefilter._READINGS.update(saved)
        prefilter._unsaved[0] = unsaved
    before = memo.stat().st_mtime_ns
    (corpus / SAMPLES[0].name).write_text(SAMPLES[0].read_text(encoding="utf-8") + "\nA line more.\n",
                                          encoding="utf-8")
    assert not build(Settings(out=out), [corpus]).unchanged
    assert memos(out, "gates") == [memo] and memo.stat().st_mtime_ns == before   # taken, not written again


def run_extraction(memo: str) -> tuple[dict, str]:
    # one hash seed for every run: an extraction's sets of names print in the order of their hashes
    done = subprocess.run([sys.executable, "-c", EXTRACT, memo, *map(str, SAMPLES)], cwd=ROOT,
                          capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    first, last = done.stdout.strip().splitlines()[-2:]
    return json.loads(first), last


def test_kept_readings_give_the_same_extraction_with_nothing_read_again(tmp_path):
    memo = tmp_path / "gates-x.pickle"
    fresh, _ = run_extraction("-")
    prefilter.remember(None)   # no place: nothing written, nothing raised
    done = subprocess.run([sys.executable, "-c", "import sys\nfrom pathlib import Path\n"
                           "from kg.extract import extractor, prefilter\nextractor()\n"
                           "prefilter.remember(Path(sys.argv[1]))", str(memo)], cwd=ROOT, check=True)
    assert done.returncode == 0 and memo.is_file()
    taken, state = run_extraction(str(memo))
    assert taken == fresh
    assert state.split()[1] == "False"   # every pattern's reading was kept: none read again


def test_a_damaged_file_costs_the_reading_and_is_replaced(tmp_path):
    memo = tmp_path / "gates-x.pickle"
    memo.write_bytes(b"not a pickle")
    fresh, _ = run_extraction("-")
    taken, state = run_extraction(str(memo))
    assert taken == fresh and state.split()[1] == "True"
    done = subprocess.run([sys.executable, "-c", "import sys\nfrom pathlib import Path\n"
                           "from kg.extract import extractor, prefilter\nprefilter.remembered(Path(sys.argv[1]))\n"
                           "extractor()\nprefilter.remember(Path(sys.argv[1]))", str(memo)], cwd=ROOT, check=True)
    assert done.returncode == 0 and isinstance(pickle.loads(memo.read_bytes()), dict)


def test_readings_of_other_code_are_dropped_when_new_ones_are_written(tmp_path):
    old = tmp_path / "gates-old.pickle"
    old.write_bytes(pickle.dumps({}))
    subprocess.run([sys.executable, "-c", "import sys\nfrom pathlib import Path\n"
                    "from kg.extract import extractor, prefilter\nextractor()\n"
                    "prefilter.remember(Path(sys.argv[1]))", str(tmp_path / "gates-new.pickle")], cwd=ROOT, check=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gates-new.pickle"]


def test_readings_kept_in_one_place_are_kept_in_another_too(tmp_path):
    """A process that built before (its readings kept for one release folder) keeps them for the next."""
    from kg.extract import extractor
    extractor()
    first, second = tmp_path / "one" / "gates-x.pickle", tmp_path / "two" / "gates-x.pickle"
    first.parent.mkdir()
    second.parent.mkdir()
    prefilter.remember(first)
    prefilter.remember(second)
    assert pickle.loads(first.read_bytes()) == pickle.loads(second.read_bytes()) == prefilter._READINGS
