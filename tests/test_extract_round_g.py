"""Round G (tuned on samples 103–114): refusals and withdrawals told with an adverbial or with 'never',
instruments a state undoes, pairs named after 'between', deals in the making, reported deals that
officials deny, habits; meetings with two hosts in one sentence and signings by counterparts; sources
interviewed or named by their initials; people named after an occupation. Every sentence here is our own."""

import pytest

from extract_helpers import agreements, run


def meetings(result):
    return [({p.key for p in m.participants}, m.date, m.place) for m in result.meetings]


def sources(result):
    return {s.source.label for s in result.statements}


def people(result):
    return {p.person.label for p in result.people}


# --- refusals and withdrawals ----------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Chile and Peru declined on Friday to sign the fisheries declaration drafted in Lima.",
    "Chile and Peru refused last month to sign the fisheries declaration.",
    "Chile and Peru once again declined to endorse the fisheries declaration.",
])
def test_a_refusal_with_an_adverbial_before_the_infinitive_is_denied(sentence):
    found = agreements(run(sentence))
    assert found and found[0][:2] == ({"CHL", "PER"}, "denied")


def test_never_having_joined_a_treaty_is_denied():
    body = "The fisheries convention entered into force in 2001. Brazil and Argentina have never joined it."
    assert ({"BRA", "ARG"}, "denied", None) in agreements(run(body))


@pytest.mark.parametrize("sentence, parties", [
    ("Last week Bolivia suspended its fisheries treaty with Peru over a dispute on quotas.", {"BOL", "PER"}),
    ("The protests grew, and Ghana ended its transit agreement with Togo in March.", {"GHA", "TGO"}),
    ("The protests grew, and Ghana, Togo's neighbour, ended its transit agreement with Benin in March.", {"GHA", "BEN"}),
])
def test_undoing_an_instrument_of_its_own_names_the_instruments_two_parties(sentence, parties):
    # the thirteenth session's convention: the parties of the agreement ended (who ended it is its subject), as
    # both writers who had not been told otherwise annotated; not the state of an aside
    found = agreements(run(sentence))
    assert [f for f in found if f[1] == "denied"] == [(parties, "denied", found[0][2])]


def test_an_undone_instrument_with_a_year_in_its_name_is_told_of_too():
    found = agreements(run("In March, Bolivia scrapped its 1998 fisheries treaty with Peru."))
    assert ({"BOL", "PER"}, "denied", "2024-03") in found
    assert ({"BOL", "PER"}, "signed", "1998") in found


def test_a_refusal_to_sign_with_others_keeps_the_others():
    found = agreements(run("Bolivia refused to sign a draft accord with Peru and Chile in May 2023."))
    assert found and found[0][:2] == ({"BOL", "PER", "CHL"}, "denied")


# --- who the parties are --------------------------------------------------------------------------


def test_between_in_the_trigger_clause_names_the_pair_a_reference_stands_for():
    body = ("The Chilean president met Argentina's president in Santiago on Monday and Peru's president in "
            "Lima on Tuesday, where the two leaders agreed to raise ties between Chile and Peru to a strategic "
            "partnership.")
    found = agreements(run(body))
    assert found and found[0][:2] == ({"CHL", "PER"}, "agreed")


def test_the_owner_of_listed_pacts_is_the_state_told_of():
    body = ("Chile has signed more trade deals than any country in the region. Among its oldest trade pacts "
            "are those signed with Canada in 1996 and with Mexico in 1998.")
    found = agreements(run(body))
    assert ({"CHL", "CAN"}, "signed", "1996") in found and ({"CHL", "MEX"}, "signed", "1998") in found


def test_a_country_s_dated_treaty_with_another_is_signed_in_that_year():
    found = agreements(run("The dispute falls under Peru's 1929 boundary treaty with Chile, officials said."))
    assert ({"PER", "CHL"}, "signed", "1929") in found


def test_being_among_the_first_to_sign_is_signed():
    body = ("The ocean convention was opened for signature in Lisbon in March, and Chile, Peru and Fiji "
            "were among the first to sign it.")
    found = agreements(run(body))
    assert found and found[0][:2] == ({"CHL", "PER", "FJI"}, "signed")


def test_the_three_named_before_are_the_parties():
    body = ("The leaders of Chile, Peru and Colombia met in Bogota on Monday. The three agreed to hold a "
            "summit every year.")
    assert ({"CHL", "PER", "COL"}, "agreed") in [f[:2] for f in agreements(run(body))]


def test_the_three_before_a_plural_noun_is_no_reference():
    body = ("Chile and Peru signed a trade pact in 2020. At a summit in Quito in May, regional leaders "
            "renewed the mandate of the envoy to mediate with the three capitals.")
    assert all(len(f[0]) == 2 for f in agreements(run(body)))


def test_the_host_of_talks_in_a_city_is_no_party():
    body = ("At talks in Doha hosted by Qatar, Chilean and Peruvian officials agreed that Lima would "
            "lift its tariffs proposed by Santiago.")
    assert ({"CHL", "PER"}, "agreed") in [f[:2] for f in agreements(run(body))]
    assert all("QAT" not in m[0] for m in meetings(run(body)))


# --- deals in the making, and deals that are not -------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Chile and Peru are edging toward a fisheries agreement, diplomats said on Monday.",
    "Chile and Peru are moving closer to a deal on water rights.",
])
def test_closing_in_on_a_deal_is_planned(sentence):
    found = agreements(run(sentence))
    assert found and found[0][:2] == ({"CHL", "PER"}, "planned")


def test_a_reported_deal_that_officials_say_does_not_exist_is_no_agreement():
    body = ("The Andes Herald reported that Chile and Peru had agreed on the outline of a water deal, but "
            "a government spokesman said there was no agreed framework.")
    assert agreements(run(body)) == []


def test_a_habit_is_no_agreement():
    assert agreements(run("Chile and Peru have exchanged detainees several times since 2015.")) == []


# --- meetings ------------------------------------------------------------------------------------


def test_met_one_leader_in_one_city_and_another_in_another():
    body = ("Chile's President Gabriel Boric met Peru's president in Lima on Monday and Bolivia's "
            "president in La Paz on Wednesday.")
    found = meetings(run(body))
    assert ({"CHL", "PER"}, "2024-05-13", "Lima") in found
    assert ({"CHL", "BOL"}, "2024-05-15", "La Paz") in found


def test_a_signing_by_a_minister_and_his_counterpart_is_a_meeting_even_by_month():
    body = ("Chilean Foreign Minister Ana Rivas and her Peruvian counterpart, Luis Soto, signed the water "
            "accord in Arica in March.")
    assert ({"CHL", "PER"}, "2024-03", "Arica") in meetings(run(body))


# --- sources -------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, source", [
    ("The Chilean president told Al Jazeera in an interview on Sunday that the talks would resume.", "Al Jazeera"),
    ("The Chilean president said in an interview with CNN that the talks would resume.", "CNN"),
    ("Le Monde reported on Monday that Chile would sign, but the Peruvian Foreign Ministry said it "
     "had not been told.", "Le Monde"),
    ("The loans will be repaid by 2030, the U.S. Treasury said in a statement on Monday, calling it a fair deal.",
     "U.S. Treasury"),
    ("The border was reopened at dawn, Chile's National Customs Organisation (NCO) said in a statement.",
     "National Customs Organisation"),
    ("Downing Street described the talks as constructive.", "Downing Street"),
])
def test_source_forms(sentence, source):
    assert source in sources(run(sentence))


def test_a_leader_described_by_an_office_holder_keeps_the_earlier_source():
    body = ("Brussels, which has observers on the border, welcomed the talks, and European Commission "
            "President Ursula von der Leyen described them as a step forward.")
    assert "European Commission" not in sources(run(body))


# --- people --------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, person", [
    ("Among those released were Le Monde reporter Claire Dubois and former Marine David Keller.", "Claire Dubois"),
    ("Among those released were Le Monde reporter Claire Dubois and former Marine David Keller.", "David Keller"),
    ("In 2019, Chilean pilot Marco Silva was exchanged for Peruvian arms dealer Jorge Paz.", "Jorge Paz"),
    ("In 2019, Chilean pilot Marco Silva was exchanged for Peruvian arms dealer Jorge Paz.", "Marco Silva"),
])
def test_a_person_named_after_an_occupation(sentence, person):
    assert person in people(run(sentence))


def test_a_possessive_ends_the_name():
    found = people(run("Visas are a sensitive issue for Prime Minister Jacinda Ardern's Labour government."))
    assert "Jacinda Ardern" in found and not any("Labour" in p for p in found)


def test_a_leading_conjunction_is_no_part_of_a_name():
    found = people(run("When Boric visited Lima in July and met the president, trade was discussed."))
    assert not any(p.startswith("When ") for p in found)


def test_a_byline_with_outlet_and_city_names_one_author():
    from kg.extract import extract
    from kg.sources import parse_article
    text = ("Title: T\nDate: 2024-01-02\n\nT\n\nBy Ravi Menon, Andes Broadcasting News, Lima\n\n"
            "India and Nepal signed a power deal.\n")
    article = parse_article(text, "x.txt")
    assert [(c.name, c.affiliation) for c in article.credits] == [("Ravi Menon", "Andes Broadcasting News")]
    assert "Lima" not in people(extract(article))
