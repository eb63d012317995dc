"""Round Z (twenty-first session): talks hoped for or to be resumed are not held; officials placed by their
state's name are where the capital after them is, not that capital's officials."""

from extract_helpers import run, states
from test_extract_round_m import meetings


# ---------------------------------------------------------------- meetings

def test_talks_to_be_restarted_are_not_talks_held():
    result = run("Diplomats said the envoy wanted the truce to restart peace talks between Israel and Syria, "
                 "which broke off in March.", published="1996-05-02")
    assert meetings(result) == []


def test_talks_a_government_hopes_to_speed_up_are_not_held():
    result = run("Athens and Cairo have been negotiating their own maritime boundary for more than a decade, and Greek "
                 "officials said on Friday that they hoped to speed up those talks in response to the Turkish-Libyan deal.",
                 published="2019-12-07")   # 358's
    assert meetings(result) == []


def test_talks_resumed_are_held():   # a guard: the past is news
    result = run("Greek and Turkish diplomats resumed exploratory talks in Istanbul on Monday after a five-year "
                 "pause.", published="2021-01-26")
    assert meetings(result) == [(["GRC", "TUR"], "2021-01-25")]


def test_a_leader_who_met_another_hoping_to_reset_ties_met_him():   # a guard: the hope follows the meeting
    result = run("South African President Cyril Ramaphosa met Donald Trump at the White House on Wednesday "
                 "hoping to reset relations.", published="2025-05-22")
    assert meetings(result) == [(["USA", "ZAF"], "2025-05-21")]


# ---------------------------------------------------------------- states

def test_officials_of_a_named_state_in_a_capital_are_there_not_its_officials():
    result = run("South Korean officials met North Korean officials in Beijing in March.", published="2000-06-13")
    assert states(result) == {"KOR", "PRK"}
    assert meetings(result) == [(["KOR", "PRK"], "2000-03")]


def test_officials_in_a_capital_are_its_officials():   # a guard
    for sentence in ("Government officials in Beijing said the talks went well.",
                     "Senior officials in Beijing said the talks went well."):
        assert states(run(sentence, published="2000-06-13")) == {"CHN"}, sentence
