"""Agreement recall: instruments told of without the usual 'X and Y signed a Z' shape."""

import pytest

from extract_helpers import agreements, run


def test_memorandums_plural_is_an_agreement_noun():
    found = agreements(run("Chile and Peru signed five memorandums of understanding on Sunday."))
    assert found and found[0][:2] == ({"CHL", "PER"}, "signed")


@pytest.mark.parametrize("sentence", [
    "Chile said it would not renew a 2015 agreement with Peru on fishing quotas.",
    "Chile is terminating its 1930 extradition treaty with Peru.",
])
def test_not_renewing_or_terminating_is_denied(sentence):
    found = agreements(run(sentence))
    assert found and found[0][1] == "denied" and "CHL" in found[0][0]


def test_pausing_participation_is_denied():
    found = agreements(run("In May, Chile, Peru and Bolivia paused their participation in the Andean Community."))
    assert found and found[0][1] == "denied" and {"CHL", "PER", "BOL"} <= found[0][0]


def test_exchanging_instruments_of_ratification_is_signed():
    found = agreements(run("Chile and Peru exchanged instruments of ratification on Monday for a treaty on their border."))
    assert found and found[0][:2] == ({"CHL", "PER"}, "signed")


def test_witnessing_a_signing_names_the_witnesses_as_parties():
    body = ("Chile and Peru held talks in Lima on Monday. The two leaders also witnessed the signing of "
            "memorandums on mining and on tourism.")
    assert ({"CHL", "PER"}, "signed") in [f[:2] for f in agreements(run(body))]


def test_witnessing_a_signing_between_others_keeps_the_named_parties():
    found = agreements(run("Ghana's president travelled to Lome to witness the signing of a memorandum "
                           "between Togo and Benin on power lines."))
    assert found and found[0][0] == {"TGO", "BEN"}


def test_becoming_an_organisations_numbered_member_is_a_membership():
    found = agreements(run("Finland became NATO's 31st member in April 2023, doubling the alliance's border with Russia."))
    assert found and "FIN" in found[0][0] and "RUS" not in found[0][0]


def test_the_three_ministers_are_the_three_states_just_named():
    body = ("The defence ministers of Estonia, Latvia and Lithuania met in Tallinn on Friday. "
            "The three ministers signed an agreement on joint air patrols.")
    assert ({"EST", "LVA", "LTU"}, "signed") in [f[:2] for f in agreements(run(body))]


@pytest.mark.parametrize("second", [
    "The treaty, which covers 200 kilometres of frontier, was signed in La Paz in March.",
    "The treaty, signed in 1929, remains the basis of their border.",
    "The border treaty with Bolivia was formally signed in Santiago in March 2019.",
])
def test_a_definite_treaty_signed_in_the_passive_is_the_one_told_of(second):
    body = f"Chile and Bolivia signed a border treaty in 2019 after long talks. {second}"
    found = agreements(run(body))
    assert len(found) >= 2 and found[1][:2] == ({"CHL", "BOL"}, "signed")


def test_two_instruments_with_complements_are_two_agreements():
    body = "Chile and Peru signed a treaty on fishing rights and an agreement on port fees."
    assert [f[:2] for f in agreements(run(body))] == [({"CHL", "PER"}, "signed")] * 2


def test_an_instrument_signed_together_with_a_separate_one():
    body = ("Chile and Peru signed a border treaty on Monday. The treaty was signed in Lima on May 13 "
            "together with a separate accord on water sharing.")
    assert len([f for f in agreements(run(body)) if f[0] == {"CHL", "PER"}]) >= 2


def test_acting_under_a_named_year_agreement_with_a_state():
    found = agreements(run("Bolivia gained access to the sea under a 1904 treaty with Chile."))
    assert found and found[0] == ({"BOL", "CHL"}, "signed", "1904")


@pytest.mark.parametrize("sentence", [
    "Chile and Peru aim to renew their fisheries partnership.",
    "Chile has a long relationship with Peru in the 2010 fisheries framework.",
])
def test_aims_and_relationships_stay_out(sentence):
    assert agreements(run(sentence)) == []
