"""Round AM (thirty-fifth session): of two sentences telling of one meeting, the one that says they held talks or
met, in a clause of its own, is its evidence (not "… as the two leaders wrapped up talks", not a ceremony they
attended); a next clause whose subject is those who met ("…, and the two agreed to act if Pyongyang …") names no side
and does not make the meeting conditional; "failed to sign a … pact" is a refusal whatever the words between."""

from extract_helpers import agreements, meetings, run


def _evidence(result):
    return [m.evidence.text for m in result.meetings]


# ---------------------------------------------------------------- which sentence tells the meeting

def test_talks_held_in_a_clause_of_their_own_tell_the_meeting_rather_than_a_lead_that_mentions_them_in_passing():
    result = run("Kenya's president promised on Friday to open a new border crossing with Tanzania as the two leaders "
                 "wrapped up talks in Nairobi. Ruto and Hassan held talks at State House on Friday, the second day of "
                 "the Tanzanian leader's visit.", published="2023-11-05")
    assert meetings(result) == {(frozenset({"KEN", "TZA"}), "2023-11-03")}
    assert _evidence(result) == ["Ruto and Hassan held talks at State House on Friday, the second day of the Tanzanian "
                                 "leader's visit."]


def test_talks_told_after_a_visit_aside_tell_the_meeting_rather_than_a_ceremony_the_two_attended():
    result = run("Lima, March 3 (TPS).- Paraguay on Thursday opened its embassy in Lima in a ceremony attended by "
                 "Paraguayan President Santiago Pena and Peruvian President Dina Boluarte. Pena, on his first visit to "
                 "Peru as president, held talks with Boluarte before the ceremony, his office said.",
                 published="2024-03-03")
    assert len(result.meetings) == 1
    assert _evidence(result)[0].startswith("Pena, on his first visit to Peru as president, held talks with Boluarte")


def test_a_leader_who_has_met_another_many_times_does_not_tell_this_meeting():
    result = run("When Narendra Modi came out of a meeting with Scott Morrison in Osaka last Friday, he spoke of "
                 "trust. Modi, who has now met Morrison five times, calls him a friend.", published="2019-07-02")
    assert _evidence(result) == ["When Narendra Modi came out of a meeting with Scott Morrison in Osaka last Friday, "
                                 "he spoke of trust."]


# ---------------------------------------------------------------- the clause after a meeting

def test_what_the_two_agreed_after_they_met_names_no_side_of_the_meeting_and_keeps_it_held():
    result = run("U.S. President Joe Biden spoke in Bali. Biden also met Chinese President Xi Jinping on Monday, and the "
                 "two agreed to consult closely if Pyongyang carries out a nuclear test, the White House said.",
                 published="2022-11-15")
    assert meetings(result) == {(frozenset({"USA", "CHN"}), "2022-11-14")}


# ---------------------------------------------------------------- refusals

def test_failing_to_sign_a_pact_named_in_many_words_is_a_refusal():
    result = run("Fiji and Tonga failed to sign a US$40 million maritime and policing pact on Wednesday after Tonga's "
                 "prime minister asked for more time.", published="2025-06-13")
    assert agreements(result) == [({"FJI", "TON"}, "denied", "2025-06-11")]
