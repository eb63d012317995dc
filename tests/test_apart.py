"""kg.apart: work in a forked process beside this one; and the dumps a build writes that way (kg.trig.gz in
its own process) are byte for byte those written in one process."""

from __future__ import annotations

import os
import time

import pytest

from kg import apart
from kg.apart import Apart, ChildFailed

from test_publish import make_inputs
from kg.publish import publish

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="this system cannot fork")


def test_the_work_runs_in_another_process_and_its_result_comes_back():
    here = os.getpid()
    work = Apart(lambda: (os.getpid(), [1, 2, 3], {"a": "é"}))
    pid, items, mapping = work.result()
    assert pid != here and items == [1, 2, 3] and mapping == {"a": "é"}


def test_a_large_result_comes_back_whole():   # more than a pipe holds: the child waits for the parent to read
    assert Apart(lambda: b"x" * (5 << 20)).result() == b"x" * (5 << 20)


def test_the_child_s_failure_is_the_parent_s_error():
    def fail():
        raise ValueError("no such chunk")
    with pytest.raises(ChildFailed, match="ValueError: no such chunk"):
        Apart(fail).result()


def test_a_child_that_dies_is_an_error_not_a_hang():
    with pytest.raises(ChildFailed, match="without a result"):
        Apart(lambda: os._exit(3)).result()


def test_cancel_stops_the_child():
    work = Apart(lambda: time.sleep(60))
    started = time.monotonic()
    work.cancel()
    assert time.monotonic() - started < 10
    work.cancel()   # twice is harmless


def test_told_not_to_fork_the_work_runs_here(monkeypatch):
    monkeypatch.setenv("KG_FORK", "0")
    assert not apart.forking()
    assert Apart(os.getpid).result() == os.getpid()


def test_dumps_written_in_two_processes_are_those_written_in_one(tmp_path, monkeypatch):
    forked = publish(tmp_path / "forked", **make_inputs())
    monkeypatch.setenv("KG_FORK", "0")
    single = publish(tmp_path / "single", **make_inputs())
    for name in ("kg.trig.gz", "kg.nq.gz", "kg.nt.gz", "kg.ttl", "kg.ttl.gz", ".dumps-index"):
        assert (forked / name).read_bytes() == (single / name).read_bytes(), name
