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


def test_ratifying_the_agreement_told_of_gives_both_parties():
    body = ("Kenya and Tanzania signed a border agreement in Arusha in March 1998. "
            "Tanzania ratified the agreement within months.")
    found = agreements(run(body))
    assert [f[:2] for f in found] == [({"KEN", "TZA"}, "signed"), ({"KEN", "TZA"}, "signed")]


def test_ratifying_a_multilateral_pact_stays_the_ratifiers():
    body = ("Chile, Peru and Bolivia signed a regional fishing convention in 2001. "
            "Peru ratified the pact in 2003.")
    assert ({"PER"}, "signed") in [f[:2] for f in agreements(run(body))]


def test_ratifying_with_no_agreement_told_before_stays_the_ratifiers():
    found = agreements(run("Kenya and Tanzania held talks in Arusha on Monday. Tanzania ratified the treaty in 2003."))
    assert ({"TZA"}, "signed") in [f[:2] for f in found]


def test_agreed_with_a_parenthetical_before_to():
    found = agreements(run("Kenya and Tanzania held talks on Monday. The two sides agreed in 1977, under "
                           "President Julius Nyerere, to open trade offices in each other's capitals."))
    assert found and found[0][:3] == ({"KEN", "TZA"}, "agreed", "1977")


def test_reached_agreement_without_an_article():
    found = agreements(run("Kenyan and Tanzanian negotiators reached agreement on the central elements of a "
                           "maritime boundary in Geneva on 30 August 2023."))
    assert found and found[0][:3] == ({"KEN", "TZA"}, "agreed", "2023-08-30")


def test_rejoining_a_bloc_is_a_membership():
    result = run("Morocco rejoined the African Union on Monday, three decades after it walked out.",
                 published="2017-02-01")
    assert [({p.key for p in a.parties} & {"MAR"}, a.status) for a in result.agreements] == [({"MAR"}, "signed")]


@pytest.mark.parametrize("sentence, parties", [
    ("India and Kenya clinched a comprehensive economic partnership agreement last month.", {"IND", "KEN"}),
    ("Ghana and Nigeria finalised a deal to share power from a new hydroelectric plant.", {"GHA", "NGA"}),
    ("Kazakhstan struck a $2 billion deal with Uzbekistan to build a gas pipeline.", {"KAZ", "UZB"}),
])
def test_clinched_finalised_and_a_priced_deal_are_signed(sentence, parties):
    found = agreements(run(sentence))
    assert found and found[0][:2] == (parties, "signed")


@pytest.mark.parametrize("sentence", [
    "Chile finalised plans to build a port with Peru.",
    "Chile and Peru finalised the details of the summit.",
    "India clinched the series against Australia.",
])
def test_clinching_or_finalising_no_instrument_is_no_agreement(sentence):
    assert not agreements(run(sentence))


def test_the_signing_of_an_accord_by_two_states():
    found = agreements(run("The signing of the accord by Rwanda and Burundi took place in Washington on Friday."))
    assert found and found[0][:2] == ({"BDI", "RWA"}, "signed")


def test_signing_off_on_a_treaty_is_signed_and_on_a_budget_nothing():
    found = agreements(run("South Africa and Zimbabwe signed off on a new border treaty."))
    assert found and found[0][:2] == ({"ZAF", "ZWE"}, "signed")
    assert not agreements(run("The Zimbabwean minister signed off on the budget."))


def test_announcing_withdrawal_from_a_bloc_is_denied():
    found = agreements(run("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS in January."))
    assert found and found[0][1] == "denied" and {"MLI", "BFA", "NER"} <= found[0][0]


def test_plural_deals_with_a_list_are_one_agreement_per_counterpart():
    found = agreements(run("Chile signed trade agreements with Peru, Ecuador and Colombia in 2010."))
    assert sorted((sorted(f[0]), f[2]) for f in found) == [
        (["CHL", "COL"], "2010"), (["CHL", "ECU"], "2010"), (["CHL", "PER"], "2010")]


def test_one_agreement_with_two_others_stays_one():
    found = agreements(run("Chile signed an agreement with Peru and Ecuador on fishing."))
    assert [f[0] for f in found] == [{"CHL", "PER", "ECU"}]


def test_has_signed_later_in_the_story_takes_no_story_date():
    body = ("Nigeria and Morocco on Tuesday signed an agreement to build a gas pipeline.\n\n"
            "Rabat has signed similar deals with Ghana and Senegal.")
    found = agreements(run(body))
    assert found[0][2] == "2024-05-14"
    assert {f[2] for f in found[1:]} == {None} and len(found) == 3


def test_have_agreed_in_the_lead_is_the_story_itself():
    found = agreements(run("ABUJA, May 14 (Reuters) - Nigeria and Morocco have agreed to build a gas pipeline, "
                           "officials said on Tuesday."))
    assert found and found[0][2] == "2024-05-14"


@pytest.mark.parametrize("sentence, parties", [
    ("India's foreign ministry and the UAE foreign ministry signed a memorandum on Monday.", {"IND", "ARE"}),
    ("The Reserve Bank of India and the Bank of Japan signed a currency swap agreement on Monday.", {"IND", "JPN"}),
])
def test_government_bodies_sign_for_their_states(sentence, parties):
    found = agreements(run(sentence))
    assert found and found[0][:2] == (parties, "signed")


def test_suspending_negotiations_on_a_deal_is_denied_and_no_meeting():
    result = run("Chile and Peru suspended talks on a free trade agreement in March.")
    assert [({p.key for p in a.parties}, a.status) for a in result.agreements] == [({"CHL", "PER"}, "denied")]
    assert not result.meetings


def test_an_instrument_they_concluded_before_is_a_second_agreement():
    body = ("Mali, Burkina Faso and Niger quit the West African bloc on Sunday. The three countries signed a treaty "
            "creating a confederation at a summit in Niamey in July, building on a mutual defence pact they "
            "concluded in September 2023.")
    found = agreements(run(body, published="2024-12-15"))
    assert ({"BFA", "MLI", "NER"}, "signed", "2024-07") in found
    assert ({"BFA", "MLI", "NER"}, "signed", "2023-09") in found


@pytest.mark.parametrize("sentence, parties, status", [
    ("Indonesia and Vietnam have concluded negotiations on the boundary between their economic zones.",
     {"IDN", "VNM"}, "agreed"),
    ("The gas deal follows an oil arrangement struck in 2009 between Russia and China.", {"CHN", "RUS"}, "agreed"),
    # ending an accord of its own names the accord's parties (samples/README.md)
    ("Niger ended its military cooperation accord with the United States last March.", {"NER", "USA"}, "denied"),
    ("Chile gave notice of termination of the fisheries treaty with Peru in January 2017.", {"CHL", "PER"}, "denied"),
    ("The trade deals between Chile and Peru took effect at the end of May.", {"CHL", "PER"}, "signed"),
    ("Serbian and Kosovan negotiators accepted the text of the plan in Brussels.", {"SRB", "XKX"}, "agreed"),
])
def test_concluded_negotiations_struck_ended_notice_in_force_accepted(sentence, parties, status):
    found = agreements(run(sentence))
    assert found and found[0][:2] == (parties, status)


def test_a_ceasefire_taking_effect_names_no_parties_of_its_own():
    assert not agreements(run("The ceasefire took effect at midnight."))


@pytest.mark.parametrize("sentence, parties, status", [
    ("The memorandum of understanding was signed by Kenya's Trade Minister and his Ethiopian counterpart.",
     {"ETH", "KEN"}, "signed"),
    ("Colombia and Venezuela reopened their border after signing a transit agreement in September 2022.",
     {"COL", "VEN"}, "signed"),
    ("Argentina and the United States have not yet signed the swap agreement.", {"ARG", "USA"}, "planned"),
])
def test_signed_by_a_minister_and_his_counterpart_after_signing_and_not_yet_signed(sentence, parties, status):
    found = agreements(run(sentence))
    assert found and found[0][:2] == (parties, status)


def test_two_subjects_with_one_counterpart_make_one_agreement_each():
    found = agreements(run("The United Arab Emirates and Bahrain signed normalisation agreements with Israel in September."))
    assert sorted(sorted(f[0]) for f in found) == [["ARE", "ISR"], ["BHR", "ISR"]]
    found = agreements(run("Morocco and Sudan later agreed to normalise relations with Israel as well."))
    assert sorted(sorted(f[0]) for f in found) == [["ISR", "MAR"], ["ISR", "SDN"]]


def test_two_parties_signing_with_each_other_stay_one():
    found = agreements(run("Russia and China signed an agreement with Iran on naval drills."))
    assert [f[0] for f in found] == [{"CHN", "IRN", "RUS"}]


@pytest.mark.parametrize("sentence, parties, status", [
    ("Turkish President Recep Tayyip Erdogan and Iraqi Prime Minister Mohammed Shia al-Sudani oversaw the signing of "
     "two dozen memorandums of understanding.", {"IRQ", "TUR"}, "signed"),
    ("Brazil's president and his Argentine counterpart signed an action plan to relaunch the alliance.",
     {"ARG", "BRA"}, "signed"),
    ("Armenia formally annulled the protocols with Turkey in March 2018.", {"ARM", "TUR"}, "denied"),
    ("India said it would hold the Indus Waters Treaty \"in abeyance\" with immediate effect.", {"IND"}, "denied"),
    ("Emirati negotiators are now working on a similar agreement with Indonesia.", {"ARE", "IDN"}, "planned"),
])
def test_oversaw_action_plan_annulled_abeyance_working_on(sentence, parties, status):
    found = agreements(run(sentence))
    assert found and found[0][:2] == (parties, status)


def test_a_wire_dateline_with_its_country_names_a_place():
    found = agreements(run("JEDDAH, Saudi Arabia (AP) — The leaders of Ethiopia and Eritrea signed a peace "
                           "agreement in Jeddah on Sunday."))
    assert [f[0] for f in found] == [{"ERI", "ETH"}]
