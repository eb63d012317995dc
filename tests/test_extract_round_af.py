"""Round AF (twenty-eighth session): relations resumed; ", signing a joint communiqué" telling how relations were
restored, not a second agreement; recognition switched "to Beijing" without a "from"; a signatory's counterpart
named in an appositive before the place ("with his counterpart, Sameh Shoukry, in Cairo"); a state's possessive
after "at" is no meeting place ("at China's mission … in New York"), unless it names a capital ("in Malaysia's
administrative capital"); a bloc's leaders who "met for their summit" are not the states told of before; "ended the
war in a treaty" ends no treaty; a state that "withdrew its signature" refused the instrument it had signed with the
states told of before, "that September" in the year told before; "a pact that [their leaders] announced" is agreed; "based in Bahrain, which signed …": Bahrain signed; "announced the
conclusion of the talks" is an agreement."""

from extract_helpers import run
from test_extract_round_aa import agreements_of
from test_extract_round_m import meetings


# ---------------------------------------------------------------- "resumed diplomatic relations"

def test_resumed_diplomatic_relations_are_an_agreement():
    result = run("Vanuatu resumed diplomatic relations with Fiji on Tuesday after a two-year freeze.", published="2019-03-07")
    assert agreements_of(result) == [({"VUT", "FJI"}, "agreed", "2019-03-05")]


def test_resumed_talks_are_no_agreement():   # a guard
    result = run("Serbia and Kosovo resumed talks in Brussels on Tuesday after a two-year freeze.", published="2019-03-07")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- ", signing a joint communiqué"

def test_relations_restored_by_signing_a_communique_are_one_signed_agreement():
    result = run("Senegal and Gambia restored full diplomatic relations on Monday, signing a joint communique in Dakar.",
                 published="2017-02-08")
    assert agreements_of(result) == [({"SEN", "GMB"}, "signed", "2017-02-06")]
    assert "communique" in result.agreements[0].topic
    result = run("Honduras established diplomatic relations with China on Sunday, signing a joint communiqué in Beijing.",
                 published="2023-03-27")
    assert agreements_of(result) == [({"HND", "CHN"}, "signed", "2023-03-26")]


def test_a_series_of_predicates_is_still_one_agreement_each():   # a guard
    result = run("Vietnam and South Korea established diplomatic relations in 1992, signed a trade agreement in 1993 and "
                 "set up a strategic partnership in 2009.", published="2022-12-06")
    assert agreements_of(result) == [({"VNM", "KOR"}, "agreed", "1992"), ({"VNM", "KOR"}, "signed", "1993"),
                                     ({"VNM", "KOR"}, "agreed", "2009")]


# ---------------------------------------------------------------- "switched recognition to Beijing"

def test_recognition_switched_to_a_state_is_an_agreement_with_it():
    result = run("Burkina Faso switched recognition to Beijing in May 2018.", published="2018-06-01")
    assert agreements_of(result) == [({"BFA", "CHN"}, "agreed", "2018-05")]


def test_two_states_that_both_switched_recognition_each_did_so_on_its_own():
    result = run("El Salvador and the Dominican Republic both switched recognition to Beijing in 2018.",
                 published="2019-01-10")
    assert sorted(agreements_of(result), key=str) == sorted([({"SLV", "CHN"}, "agreed", "2018"),
                                                             ({"DOM", "CHN"}, "agreed", "2018")], key=str)


def test_switching_recognition_that_a_state_would_not_follow_is_no_agreement():   # a guard
    result = run("Tuvalu said on Monday it would not follow Nauru in switching diplomatic recognition to Beijing.",
                 published="2024-01-20")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- "with his counterpart, NAME, in PLACE"

def test_a_signing_with_a_counterpart_named_in_an_appositive_is_a_meeting_in_the_place_after():
    result = run("Greek Foreign Minister Nikos Dendias signed the accord with his Egyptian counterpart, Sameh Shoukry, "
                 "in Cairo in August 2020.", published="2021-01-15")
    assert meetings(result) == [(["EGY", "GRC"], "2020-08")]
    assert result.meetings[0].place == "Cairo"


# ---------------------------------------------------------------- "at China's mission … in New York"

def test_a_states_possessive_after_at_is_no_meeting_place():
    result = run("Fiji and Tonga signed a fisheries accord on Friday at Australia's consulate in Auckland.",
                 published="2016-11-19")
    assert meetings(result) == [(["FJI", "TON"], "2016-11-18")]
    assert result.meetings[0].place == "Auckland"


def test_a_states_possessive_capital_is_still_a_place():   # a guard
    result = run("Malaysian Foreign Minister Anifah Aman met his Thai counterpart in Malaysia's administrative capital "
                 "on Monday.", published="2015-05-20")
    assert meetings(result) == [(["MYS", "THA"], "2015-05-18")]


# ---------------------------------------------------------------- "NATO leaders met for their summit"

def test_a_blocs_leaders_meeting_is_not_the_states_told_of_before():
    result = run("Germany and Lithuania on Monday signed a roadmap for a brigade. NATO leaders met for their summit in "
                 "the Lithuanian capital in July.", published="2023-12-20")
    assert meetings(result) == []


def test_their_leaders_meeting_is_still_the_states_told_of_before():   # a guard
    result = run("Kenya and Uganda signed a rail deal on Monday. Their presidents met for their summit in the Ugandan "
                 "capital in July.", published="2023-12-20")
    assert meetings(result) == [(["KEN", "UGA"], "2023-07")]


# ---------------------------------------------------------------- "ended the war in a treaty"

def test_a_war_ended_in_a_treaty_is_a_signing_not_a_treaty_ended():
    result = run("Bolivia and Chile ended the war in a treaty signed in 1904.", published="2022-12-02")
    assert agreements_of(result) == [({"BOL", "CHL"}, "signed", "1904")]
    result = run("Russia ended its arms control treaty with the United States in 2023.", published="2024-01-10")
    assert [status for _, status, _ in agreements_of(result)] == ["denied"]   # a guard


# ---------------------------------------------------------------- "withdrew its signature that September"

def test_a_signature_withdrawn_is_refused_with_the_states_of_the_instrument_told_before():
    result = run("Latvia and Russia signed a border treaty in Riga in March 2005. Russia withdrew its signature that "
                 "September, after the Latvian parliament added a declaration to the treaty.", published="2007-03-28")
    assert agreements_of(result) == [({"LVA", "RUS"}, "signed", "2005-03"), ({"LVA", "RUS"}, "denied", "2005-09")]


def test_a_signature_withdrawn_from_a_named_treaty_keeps_its_own_parties():   # a guard
    result = run("Latvia and Russia signed a border treaty in Riga in March 2005. Kenya withdrew its signature from "
                 "the Rome Statute in 2016.", published="2017-03-28")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [
        ({"LVA", "RUS"}, "signed"), ({"KEN"}, "denied")]


def test_that_month_is_in_the_year_told_before():
    from kg.extract.dates import anaphoric_dates
    found = anaphoric_dates("The ministry reversed the decision that October.", "2011-04")
    assert [d.value for d in found] == ["2011-10"]
    assert anaphoric_dates("That May 4 meeting was cancelled.", "2011-04") == []   # a day named: its own date


# ---------------------------------------------------------------- "a pact that A and B announced"

def test_a_pact_the_leaders_of_the_states_acting_announced_is_agreed():
    result = run("Britain and France will send back migrants under a new protocol that Prime Minister Rishi Sunak and "
                 "President Emmanuel Macron announced on Friday in Paris.", published="2023-03-11")
    assert agreements_of(result) == [({"GBR", "FRA"}, "agreed", "2023-03-10")]


def test_a_framework_one_ministry_announced_is_no_agreement():   # a guard
    result = run("Analysts doubted that the framework which the ministry announced last year would work.",
                 published="2023-03-11")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- "based in Bahrain, which signed …"

def test_a_place_that_opens_a_relative_clause_of_signing_is_its_party():
    result = run("The fleet is based in Bahrain, which signed a defence cooperation agreement with Washington in 1991.",
                 published="2011-03-15")
    assert agreements_of(result) == [({"BHR", "USA"}, "signed", "1991")]


def test_a_place_before_another_relative_clause_is_still_a_place():   # a guard
    result = run("The ministers met in Qatar, which hosted the talks, and signed a ceasefire on Monday.",
                 published="2011-03-15")
    assert all("QAT" not in parties for parties, _, _ in agreements_of(result))


# ---------------------------------------------------------------- "announced the conclusion of the talks"

def test_the_conclusion_of_talks_announced_is_an_agreement():
    result = run("Canada and South Korea announced the conclusion of free trade negotiations in Seoul in March.",
                 published="2014-09-23")
    assert agreements_of(result) == [({"CAN", "KOR"}, "agreed", "2014-03")]
