"""Phenomena that recur across news written by different hands: joining or leaving an organisation or a
multilateral accord (one state is party enough), establishing diplomatic relations, clauses whose verb
is left out ("and Chad in 2020", "as did Peru in 1971"), capitals used as attributes of a place, a
speaker's aside naming an organisation, and "the two countries" after an agreement. Every sentence here
is our own."""

from extract_helpers import agreements, run, sources


def state_parties(result):
    return [({p.key for p in a.parties if p.kind == "state"}, a.status, a.date) for a in result.agreements]


# --- membership --------------------------------------------------------------------------------------


def test_joining_an_organisation_named_by_acronym_is_a_single_party_agreement():
    result = run("Gabon joined OPEC in 1975, when its oil output was rising.")
    assert state_parties(result) == [({"GAB"}, "signed", "1975")]
    assert "opec" in {p.key for a in result.agreements for p in a.parties}   # the body joined is a party too


def test_leaving_the_organisation_is_denied_for_the_one_state():
    result = run("Chile said on Monday that it would leave the alliance after ten years as a member.")
    assert result.agreements == [] or state_parties(result)[0][:2] == ({"CHL"}, "denied")


def test_leaving_an_organisation_with_a_named_body():
    result = run("Kenya said on Tuesday that it would quit the African Union.", published="2024-05-16")
    assert state_parties(result) == [({"KEN"}, "denied", "2024-05-14")]


def test_signing_a_named_multilateral_accord_needs_no_counterpart():
    result = run("Peru signed the Montevideo Convention on Thursday, becoming the tenth country to do so.")
    assert state_parties(result) == [({"PER"}, "signed", "2024-05-09")]


def test_suspending_membership_or_participation_is_a_refusal():
    result = run("In March, Mali suspended its membership of the bloc. Kiev froze Russia's participation in "
                 "the scheme.")
    assert ({"MLI"}, "denied", "2024-03") in state_parties(result)


def test_joining_another_state_in_doing_something_is_no_membership():
    result = run("Norway joined Denmark in condemning the missile test on Friday.")
    assert result.agreements == []


def test_a_planned_membership_without_the_body_named_is_not_told():
    result = run("Uruguay said it would join the group next year.")
    assert result.agreements == []


def test_a_planned_membership_of_a_named_body():
    result = run("Uruguay said it would join Mercosur's new charter next year.")
    assert [(p, s) for p, s, _ in state_parties(result)] == [({"URY"}, "planned")]


def test_an_organisation_in_the_speakers_aside_is_not_the_speaker():
    result = run("Bolivia, which is not a NATO member, said it would join the alliance's charter in 2025.")
    assert [(p, s) for p, s, _ in state_parties(result)] == [({"BOL"}, "planned")]
    assert not [s for s in result.statements if s.source.key == "nato"]


# --- diplomatic relations ---------------------------------------------------------------------------


def test_establishing_diplomatic_relations_is_an_agreement():
    result = run("Fiji established diplomatic relations with Beijing in 1975.")
    assert state_parties(result) == [({"FJI", "CHN"}, "agreed", "1975")]


def test_a_with_after_a_new_predicate_belongs_to_that_predicate():
    result = run("Japan, which established relations with Beijing in 1972, keeps only informal ties with Taiwan.")
    assert state_parties(result) == [({"JPN", "CHN"}, "agreed", "1972")]


# --- gapping -----------------------------------------------------------------------------------------


def test_and_a_state_with_its_own_date_repeats_the_membership():
    result = run("Gabon left the organisation in January 2019 and Chad in March 2021.")
    assert ({"GAB"}, "denied", "2019-01") in state_parties(result)
    assert ({"TCD"}, "denied", "2021-03") in state_parties(result)


def test_as_did_lists_repeat_the_agreement_with_the_same_counterpart():
    result = run("Kenya established diplomatic relations with Beijing in 1963, as did Peru in 1971 and Chile "
                 "and Mexico in 1972.")
    found = state_parties(result)
    for state, year in (("KEN", "1963"), ("PER", "1971"), ("CHL", "1972"), ("MEX", "1972")):
        assert ({state, "CHN"}, "agreed", year) in found
    assert len(found) == 4


def test_and_a_state_after_a_two_party_agreement_is_ambiguous_and_left_alone():
    result = run("Ghana signed a trade pact with Togo in 2019, and Benin in 2020.")
    assert len(result.agreements) == 1


# --- places and references ---------------------------------------------------------------------------


def test_a_capital_as_attribute_of_a_place_is_no_party():
    result = run("At a ceremony in a Lima hotel on Tuesday, Chile signed the Escazu Treaty.")
    assert state_parties(result) == [({"CHL"}, "signed", "2024-05-14")]


def test_the_two_countries_are_the_parties_of_the_agreement_just_told():
    result = run("Peru and Chile held talks in Lima on Monday. Brazil and Argentina have refused to sign the "
                 "accord, which Lima has criticised. The two countries signed a memorandum in March 2021.")
    assert ({"BRA", "ARG"}, "signed", "2021-03") in state_parties(result)


# --- more predicates, more objects -------------------------------------------------------------------


def test_a_series_of_predicates_of_one_subject_gives_one_agreement_each():
    result = run("Chile and Peru normalised relations in 1990, signed a fisheries agreement in 1998 and set up "
                 "a strategic partnership in 2011.")
    assert state_parties(result) == [({"CHL", "PER"}, "agreed", "1990"), ({"CHL", "PER"}, "signed", "1998"),
                                     ({"CHL", "PER"}, "agreed", "2011")]


def test_two_instruments_concluded_together_are_two_agreements():
    result = run("Ghana and Togo signed a trade deal and a memorandum on health on Monday.")
    assert len(result.agreements) == 2


def test_a_second_instrument_with_parties_of_its_own_is_not_theirs():
    result = run("Ghana and Togo signed a trade deal and a memorandum between their national universities.")
    assert len(result.agreements) == 1


def test_concluding_an_agreement_is_no_attribution():
    result = run("Brussels and Rabat concluded a fisheries agreement in 2019.")
    assert state_parties(result) == [({"MAR"}, "signed", "2019")]


def test_a_legislature_voting_against_ratification_is_a_refusal():
    result = run("Peru signed the treaty in 1996, and the Peruvian Congress voted against ratifying it in 1999.")
    assert ({"PER"}, "denied", "1999") in state_parties(result)


# --- meetings, sources, reports ----------------------------------------------------------------------


def test_a_visit_someone_is_due_to_make_has_not_happened():
    result = run("Brazilian President Lula is due to make a state visit to Chile later this month.")
    assert result.meetings == []


def test_a_body_s_spokesperson_speaks_for_the_body():
    assert "Cabinet Office" in sources(run("A Cabinet Office spokesperson said the rules had been followed."))


def test_data_of_a_body_make_it_the_source():
    assert "Interior Ministry" in sources(run("Some 4,000 people arrived, according to Interior Ministry "
                                              "figures published on Monday."))


def test_the_owner_of_a_named_map_is_the_source_and_publisher():
    result = run("Japan gives the most aid, according to the Lowy Institute's Regional Aid Map.")
    assert "Lowy Institute" in sources(result)
    assert [(r.title, r.publisher.label) for r in result.reports] == [("Regional Aid Map", "Lowy Institute")]


def test_images_published_by_an_outlet_make_it_a_source():
    assert "CNN" in sources(run("Satellite images published by CNN in May showed new tunnels."))


def test_an_auxiliary_before_the_verb_keeps_the_source():
    assert "Human Rights Watch" in sources(run("Rights groups, including Human Rights Watch, had urged the "
                                               "president to raise the cases."))


def test_a_report_named_in_its_own_words_then_a_time():
    result = run("The World Bank, in its own Global Economic Outlook a week later, cut the forecast.")
    assert [(r.title, r.publisher.label) for r in result.reports] == [("Global Economic Outlook", "World Bank")]


def test_an_edition_of_a_named_monitor():
    result = run("In a 2019 edition of its Kenya Economic Monitor, the World Bank said growth would slow.")
    assert [(r.title, r.year) for r in result.reports] == [("Kenya Economic Monitor", 2019)]
