"""How joining and leaving are told when the body is not named again: "joined in 2017", "became full
members of the grouping", "had become a full member"; each joining state is a membership of its own;
adverbials between a verb and its object ("withdrew on Friday from"). Every sentence here is our own."""

from extract_helpers import run


def state_parties(result):
    return [({p.key for p in a.parties if p.kind == "state"}, a.status, a.date) for a in result.agreements]


def test_joined_with_only_a_date_is_a_membership_of_the_body_told_of():
    result = run("The Andean Forum met in Quito on Monday. Fiji and Samoa joined in 2019.")
    assert state_parties(result) == [({"FJI"}, "signed", "2019"), ({"WSM"}, "signed", "2019")]


def test_a_gapped_second_joiner_dated_last_year():
    result = run("The Andean Forum met in Quito on Monday. Tonga joined in 2021 and Samoa last year.")
    assert state_parties(result) == [({"TON"}, "signed", "2021"), ({"WSM"}, "signed", "2023")]


def test_a_gapped_joiner_of_a_named_body():
    result = run("Gabon joined OPEC in 1975 and Angola in 2007.")
    assert state_parties(result) == [({"GAB"}, "signed", "1975"), ({"AGO"}, "signed", "2007")]


def test_full_members_of_a_body_named_by_a_common_noun():
    result = run("Fiji and Samoa became full members of the grouping at its summit in Apia in June 2019.")
    assert state_parties(result) == [({"FJI"}, "signed", "2019-06"), ({"WSM"}, "signed", "2019-06")]


def test_a_full_member_said_without_the_body():
    result = run("The Andean Forum met in Quito. Officials said on Monday that Tonga had become a full member.")
    assert [s for s, _, _ in state_parties(result)] == [{"TON"}]


def test_states_signing_a_named_accord_together_stay_one_agreement():
    result = run("Brazil and Paraguay signed the Itaipu Treaty in 1973.")
    assert state_parties(result) == [({"BRA", "PRY"}, "signed", "1973")]


def test_leaving_together_stays_one_act():
    result = run("Mali, Niger and Chad formally left the Economic Community of West African States in 2024.")
    assert state_parties(result) == [({"MLI", "NER", "TCD"}, "denied", "2024")]


def test_withdrawing_with_a_day_between_verb_and_object():
    result = run("Chile withdrew on Friday from the Andean Fisheries Treaty.")
    assert state_parties(result) == [({"CHL"}, "denied", "2024-05-10")]


def test_walking_away_from_a_named_partnership():
    result = run("Chile walked away from the Pacific Economic Partnership in 2019 after a row over tariffs.")
    assert state_parties(result) == [({"CHL"}, "denied", "2019")]


def test_joining_a_cause_is_no_membership():
    result = run("Fiji joined in the call for a ceasefire in 2019.")
    assert result.agreements == []
