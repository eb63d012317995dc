"""Meetings told in passing, or not held by the sides at all: talks as a negotiating process, talks
through go-betweens, onlookers, hosts of another's talks, a summit that only dates an announcement; and
meetings told through a signing, a ceremony or a list of counterparts. Agreements of the same phrasing."""

import pytest

from extract_helpers import agreements, run


def meetings(result):
    return sorted((sorted(p.key for p in m.participants), m.date, m.place) for m in result.meetings)


def test_talks_that_began_long_ago_are_the_negotiations_not_a_meeting():
    result = run("The presidents of Chile and Peru said on Friday they had concluded negotiations on a fisheries "
                 "accord, two decades after talks began.")
    assert meetings(result) == []


def test_finishing_the_talks_is_the_negotiation_not_a_meeting():
    result = run("Chile and Peru signed a fisheries accord in Lima on Monday. Boric, who made completing the talks "
                 "a goal of his term, said the accord showed both countries could still cooperate.")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-13", "Lima")]


def test_talks_through_intermediaries_are_no_meeting():
    result = run("Iranian and American envoys held a third round of talks through Qatari intermediaries in Doha "
                 "on Sunday.")
    assert meetings(result) == []


def test_ambassadors_in_the_room_are_onlookers_not_sides():
    result = run("Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Quito on Monday, with "
                 "the French and German ambassadors in the room.")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-13", "Quito")]


def test_in_the_presence_of_names_no_party():
    result = run("Chile and Peru signed a fisheries accord in Quito on Monday in the presence of Ecuador's president.")
    assert ({"CHL", "PER"}, "signed", "2024-05-13") in agreements(result)
    assert meetings(result) == [(["CHL", "PER"], "2024-05-13", "Quito")]


def test_a_meeting_hosted_by_a_third_state_is_between_the_guests():
    result = run("The meeting was hosted by Angolan Foreign Minister Tete Antonio in Luanda on Monday and brought "
                 "together Rwanda's foreign minister and his Burundian counterpart.")
    assert [sides for sides, _, _ in meetings(result)] == [["BDI", "RWA"]]


def test_a_summit_that_only_dates_an_announcement_is_no_meeting():
    result = run("The plan was announced by President Macky Sall on the margins of the Global Ocean Summit, "
                 "hosted in Lisbon by Portuguese Prime Minister Luis Montenegro on Tuesday.")
    assert meetings(result) == []


def test_a_summit_attended_by_named_leaders_is_a_meeting_of_the_day():
    result = run("Chile and Peru signed a fisheries accord on Monday. The signing came at the annual Pacific "
                 "Alliance summit, attended by Chile's Gabriel Boric, Peru's Dina Boluarte and Colombia's Gustavo "
                 "Petro.")
    assert ["CHL", "COL", "PER"] in [sides for sides, _, _ in meetings(result)]


def test_a_pronoun_in_a_later_clause_does_not_name_the_sides():
    result = run("Chile and Peru signed a fisheries accord in Lima on Monday. The fund launched at last year's "
                 "climate summit in Dubai has received far less than what they say they need.")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-13", "Lima")]


def test_a_summit_named_without_its_sides_takes_none_from_earlier_sentences():
    result = run("Chile and Peru signed a fisheries accord in Lima on Monday. The Summit for Ocean Finance, "
                 "held in Paris on 2 May, aims to build consensus on funding marine protection.")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-13", "Lima")]


def test_the_round_of_talks_names_the_sides_told_before():
    result = run("Ethiopia and Egypt resumed negotiations on the dam last week. The round of talks, which ended "
                 "in Addis Ababa on Tuesday, was the fourth this year.")
    assert (["EGY", "ETH"], "2024-05-14", "Addis Ababa") in meetings(result)


def test_the_reporter_of_a_meeting_takes_no_part():
    result = run("Serbian President Aleksandar Vučić and Kosovo's Prime Minister Albin Kurti agreed in Skopje on "
                 "Saturday on a plan to open border crossings, Borrell said.")
    assert meetings(result) == [(["SRB", "XKX"], "2024-05-11", "Skopje")]


def test_talks_with_one_leader_in_one_capital_and_another_in_another_are_two_meetings():
    result = run("Senegalese President Bassirou Faye held talks with Malian leader Assimi Goïta in Bamako and with "
                 "Guinea's Mamadi Doumbouya in Conakry on Tuesday.")
    assert meetings(result) == [(["GIN", "SEN"], "2024-05-14", "Conakry"), (["MLI", "SEN"], "2024-05-14", "Bamako")]


def test_the_convener_who_brings_two_leaders_together_is_no_side():
    result = run("Chilean President Gabriel Boric and Peruvian President Dina Boluarte held talks in Lima on Monday. "
                 "Years earlier, Brazilian President Lula brought Boric and Boluarte together on the sidelines of a summit in Brasilia, one of the few "
                 "occasions on which the two met.")
    sides = [s for s, _, _ in meetings(result)]
    assert sides == [["CHL", "PER"], ["CHL", "PER"]]


def test_a_pledge_to_invest_in_a_country_is_no_meeting_there():
    result = run("Chile and Peru signed a fisheries accord on Monday. Chile also pledged to invest $6 billion in "
                 "Peru over four years.")
    assert all(place != "Peru" for _, _, place in meetings(result))


def test_a_signing_at_a_ceremony_is_a_meeting_even_dated_by_month():
    result = run("Under those accords, Chile and Peru established relations with Bolivia at a La Paz ceremony "
                 "in September 2020.")
    assert [sides for sides, _, _ in meetings(result)] == [["BOL", "CHL", "PER"]]


def test_a_seat_of_government_before_a_venue_noun_is_a_place():
    result = run("Under those accords, Chile and Peru established relations with Bolivia at a White House "
                 "ceremony in September 2020.")
    assert [sides for sides, _, _ in meetings(result)] == [["BOL", "CHL", "PER"]]


def test_a_signing_on_the_sidelines_of_a_summit_is_a_meeting():
    result = run("Momentum returned in September 2022, when Chile and Peru signed an agreement on a feasibility "
                 "study on the sidelines of an APEC summit in Bangkok.")
    assert meetings(result) == [(["CHL", "PER"], "2022-09", "Bangkok")]


def test_agreeing_in_a_place_names_the_venue():
    result = run("Chilean President Gabriel Boric and Peruvian President Dina Boluarte agreed in Arica on Saturday "
                 "on a plan to reopen border crossings.")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-11", "Arica")]


def test_the_agreement_signed_by_some_of_its_parties_is_the_one_told_before():
    result = run("Chile, Peru and Bolivia signed an agreement on Thursday to build a railway. The intergovernmental "
                 "agreement was signed in Lima by Chilean Transport Minister Ana Soto, Bolivian Transport Minister "
                 "Luis Paz and Jorge Ruiz, who heads Peru's transport agency.")
    assert [sides for sides, _, _ in meetings(result)] == [["BOL", "CHL", "PER"]]


def test_a_bare_weekday_dates_the_event_in_wire_style():
    result = run("Chile and Peru signed a fisheries accord Thursday.", published="2024-05-17")
    assert agreements(result) == [({"CHL", "PER"}, "signed", "2024-05-16")]


def test_a_weekday_in_a_name_is_no_date():
    result = run("Chile and Peru signed the Good Friday Accord.", published="2024-05-17")
    assert agreements(result)[0][2] != "2024-05-17"


def test_the_three_countries_meeting_in_one_of_their_capitals_are_the_group_that_holds_it():
    result = run("Mali, Burkina Faso and Niger left the regional bloc on Wednesday. Senegal's President Faye and "
                 "Togo's President Gnassingbé were asked to mediate with the three capitals. The three countries "
                 "signed a treaty creating a confederation at their first joint summit in Niamey in July.")
    assert ({"MLI", "BFA", "NER"}, "signed", "2023-07") in agreements(result)


def test_a_state_becoming_a_member_of_a_named_bloc_joins_it():
    result = run("Bolivia, which became a full member of Mercosur in July, is not covered by the deal.")
    assert [(parties & {"BOL"}, status) for parties, status, _ in agreements(result)] == [({"BOL"}, "signed")]


def test_leaving_a_community_or_a_force_is_a_membership():
    result = run("Mali, Burkina Faso and Niger formally left the Economic Community of West African States on "
                 "Wednesday.")
    assert [(parties & {"MLI", "BFA", "NER"}, status) for parties, status, _ in agreements(result)] == \
        [({"MLI", "BFA", "NER"}, "denied")]


def test_states_that_followed_later_left_together():
    result = run("Chile pulled out of the Andean anti-drug force in May 2022, and Peru and Bolivia followed in "
                 "December 2023.")
    assert agreements(result) == [({"CHL"}, "denied", "2022-05"), ({"PER", "BOL"}, "denied", "2023-12")]


def test_the_governments_in_their_capitals_are_the_parties():
    result = run("Uzbekistan is promoting a railway under a road map the governments in Tashkent, Kabul and "
                 "Islamabad signed in February 2021.")
    assert agreements(result) == [({"UZB", "AFG", "PAK"}, "signed", "2021-02")]


def test_officials_in_a_capital_act_for_its_state():
    result = run("Officials in Beijing and Hanoi signed a fisheries accord on Monday.")
    assert agreements(result) == [({"CHN", "VNM"}, "signed", "2024-05-13")]


def test_an_instrument_one_state_acts_under_is_with_the_other_state_named():
    result = run("Peru continues to host Chile's fishing fleet under a memorandum of understanding signed in 2019.")
    assert agreements(result) == [({"PER", "CHL"}, "signed", "2019")]


def test_an_instrument_acted_under_needs_exactly_one_other_state():
    result = run("Peru continues to host Chilean and Bolivian boats under a memorandum of understanding signed in 2019.")
    assert all(len(parties) != 2 for parties, _, _ in agreements(result))


def test_a_dated_treaty_between_two_states_is_signed():
    result = run("The case was handled under the 2003 extradition treaty between Chile and Peru.")
    assert agreements(result) == [({"CHL", "PER"}, "signed", "2003")]


def test_a_second_date_with_the_verb_left_out_is_a_second_agreement():
    result = run("Chile and Peru agreed in August 2022 to scrap visas for each other's citizens, and in November "
                 "to a compromise on fishing quotas.", published="2023-03-19")
    assert agreements(result) == [({"CHL", "PER"}, "agreed", "2022-08"), ({"CHL", "PER"}, "agreed", "2022-11")]


def test_the_bloc_signing_with_a_state_names_that_state():
    result = run("Last December the bloc signed a free trade agreement with Singapore.")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [({"SGP"}, "signed")]


def test_signing_the_treaty_of_accession_is_joining():
    result = run("Peru signed the treaty of accession in Geneva three weeks later.")
    assert [(parties & {"PER"}, status) for parties, status, _ in agreements(result)] == [({"PER"}, "signed")]


def test_an_agreement_reached_by_two_leaders_is_theirs():
    result = run("That promise dates back to the Lima Agreement of April 2013, reached by the then prime ministers "
                 "Ana Soto of Chile and Luis Paz of Peru.")
    assert agreements(result) == [({"CHL", "PER"}, "agreed", "2013-04")]


def test_the_two_governments_meeting_in_a_capital_are_its_state_and_a_partner():
    result = run("Spain, Portugal and Morocco will host the 2030 World Cup. Spain and Portugal first bid together in "
                 "2019. At a high-level meeting in Rabat in February, the two governments signed about 20 agreements "
                 "on trade and migration.", published="2024-05-15")
    assert ({"ESP", "MAR"}, "signed", "2024-02") in agreements(result)


def test_a_meeting_told_in_a_where_clause_wins_over_the_trip_that_frames_it():
    result = run("U.S. President Joe Biden said on Sunday that ties were at a turning point. Biden's stop in Vietnam "
                 "followed two days in India, where he met Prime Minister Narendra Modi in New Delhi on Friday.",
                 published="2023-09-11")
    assert [sides for sides, _, _ in meetings(result)] == [["IND", "USA"]]


def test_the_end_of_a_month_dates_a_meeting_by_that_month():
    result = run("Senegal's President Faye held talks with Malian leader Assimi Goïta in Bamako at the end of May.",
                 published="2025-01-30")
    assert meetings(result) == [(["MLI", "SEN"], "2024-05", "Bamako")]


def test_sides_named_as_the_object_of_a_preposition_are_not_the_meeting_sides():
    result = run("Chile and Peru signed a fisheries accord on Monday. Boric, who was in the Peruvian capital for "
                 "the summit, told reporters the deal was a win for both sides.")
    assert all("summit" not in m.evidence.text for m in result.meetings)
    # flying there is a visit of its own, by the traveller's state to the host (round Q): still not "both sides"
    result = run("Chile and Peru signed a fisheries accord on Monday. Boric, who flew to the Peruvian capital for "
                 "the summit, told reporters the deal was a win for both sides.")
    assert [sorted(p.key for p in m.participants) for m in result.meetings if "summit" in m.evidence.text] \
        == [["CHL", "PER"]]


def test_states_that_goods_come_from_are_not_sides_of_a_visit():
    result = run("President Joe Biden on Wednesday visited the port of Lobito, the end of a railway built to carry "
                 "copper from Zambia and the Democratic Republic of Congo.", published="2024-12-05")
    assert all(not ({"ZMB", "COD"} & set(sides)) for sides, _, _ in meetings(result))


def test_a_speakers_they_inside_a_quotation_recalls_no_states():
    result = run("Chile and Peru signed a fisheries accord on Monday. “A court has told the big polluters what the "
                 "treaty they signed actually requires,” said one lawyer.")
    assert len(result.agreements) == 1


def test_to_present_something_is_no_onlooker():
    result = run("Chile signed an accord with Peru on Monday to present a joint plan to the United Nations.")
    assert agreements(result) == [({"CHL", "PER"}, "signed", "2024-05-13")]


def test_an_agreement_between_the_two_countries_after_the_verb_recalls_them():
    result = run("Chile and Peru remain at odds over fishing. Lima maintains that all claims were settled under a "
                 "1929 treaty that normalized relations between the two countries.")
    assert ({"CHL", "PER"}, "signed", "1929") in agreements(result)   # a treaty is signed (the gold of sample 008 says so)


def test_talks_by_video_link_are_no_meeting():
    result = run("Chilean President Gabriel Boric and Peruvian President Dina Boluarte held talks by video link on "
                 "Monday.")
    assert meetings(result) == []


def test_a_phone_call_is_no_meeting():
    result = run("Chilean President Gabriel Boric held a phone call with Peruvian President Dina Boluarte on Monday.")
    assert meetings(result) == []


def test_a_virtual_summit_is_no_meeting():
    result = run("Chilean President Gabriel Boric and Peruvian President Dina Boluarte held a virtual summit on "
                 "Monday.")
    assert meetings(result) == []


def test_a_signing_at_a_virtual_ceremony_is_no_meeting():
    result = run("Chile's trade minister, Ana Soto, and Peruvian Trade Minister Luis Paz signed the deal at a virtual "
                 "ceremony on Monday.")
    assert meetings(result) == [] and len(result.agreements) == 1


def test_a_signing_at_the_royal_court_is_a_meeting_of_the_day():
    result = run("U.S. President Donald Trump arrived in Riyadh on Tuesday. Trump and Crown Prince Mohammed bin "
                 "Salman also signed a strategic economic partnership at the royal court.", published="2025-05-14")
    assert [(sides, date) for sides, date, _ in meetings(result)] == [(["SAU", "USA"], "2025-05-13")]


@pytest.mark.parametrize("body", [
    "Turkish President Recep Tayyip Erdogan offered to host talks between Chile and Peru in Istanbul on Monday.",
    "Chilean President Gabriel Boric and Peruvian President Dina Boluarte have not met since 2019.",
    "Chile's foreign minister Alberto van Klaveren proposed a meeting with his Peruvian counterpart in Lima.",
])
def test_offered_proposed_or_never_held_meetings_are_none(body):
    assert meetings(run(body)) == []


@pytest.mark.parametrize("body", [
    "China and Australia pledged to deepen cooperation in trade and education.",
    "Chilean and Peruvian leaders vowed to further strengthen their bilateral relations.",
])
def test_an_aim_to_deepen_ties_is_no_agreement(body):
    assert agreements(run(body)) == []


def test_having_agreed_to_deepen_ties_is_agreed_as_in_the_seeds_gold():
    # the seed's gold: "The Venezuelan and North Korean regimes have agreed to strengthen their political, bilateral,
    # and multilateral ties" is an agreement (agreed); a pledge or a vow to do so stays an aim (above)
    found = agreements(run("Chile and Peru agreed on Monday to promote and deepen ties."))
    assert [status for _, status, _ in found] == ["agreed"]


def test_an_instrument_signed_to_deepen_ties_is_still_an_agreement():
    result = run("Chile and Peru signed a treaty to deepen cooperation on fisheries.")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [({"CHL", "PER"}, "signed")]


def meetings_of(body: str, published: str = "2024-05-15") -> list[tuple[set[str], str | None]]:
    return [({p.key for p in m.participants}, m.date) for m in run(body, published=published).meetings]


def test_a_phone_call_in_a_second_predicate_leaves_the_meeting():
    body = ("Chile and Peru signed a fisheries deal on Monday. The leaders last met in Lima in November 2022 "
            "and had last spoken by phone in July.")
    assert ({"CHL", "PER"}, "2022-11") in meetings_of(body)


def test_spoken_by_phone_then_have_met_is_no_meeting():
    body = "Chile and Peru signed a fisheries deal on Monday. The leaders spoke by phone and have met in Lima before."
    assert not meetings_of(body)


def test_calling_on_someone_somewhere_is_a_meeting():
    body = ("Chilean Foreign Minister Alberto van Klaveren called on Peruvian President Dina Boluarte at the "
            "Government Palace in Lima on Tuesday, where the two discussed trade.")
    assert meetings_of(body) == [({"CHL", "PER"}, "2024-05-14")]


def test_calling_on_a_state_to_act_is_no_meeting():
    assert not meetings_of("Chile called on Peru in a statement on Tuesday to release the fishermen.")


def test_travelling_there_to_meet():
    body = ("Chile's president has kept relations with Buenos Aires steady and travelled there last October "
            "to meet Argentine President Javier Milei.")
    assert meetings_of(body) == [({"ARG", "CHL"}, "2023-10")]


def test_officials_from_both_countries_are_the_sides():
    body = ("Nigeria and Morocco on Tuesday signed an agreement to build a gas pipeline.\n\n"
            "Officials from both countries met in Rabat in March to finalise the text.")
    assert meetings_of(body) == [({"MAR", "NGA"}, "2024-03")]


def test_a_win_for_both_countries_is_no_side():
    body = ("Nigeria and Morocco on Tuesday signed an agreement to build a gas pipeline.\n\n"
            "It was a win for both countries, the minister said in Rabat on Monday.")
    assert not meetings_of(body)


def test_a_state_named_only_as_the_road_not_taken_is_no_side():
    body = ("Muizzu broke with custom by making his first foreign trip to Türkiye rather than India, and in January "
            "he paid a state visit to China, where he held talks with President Xi Jinping. The two sides signed "
            "20 agreements during the visit.")
    result = run(body, published="2024-03-05")
    assert [{p.key for p in m.participants} for m in result.meetings] == [{"CHN", "MDV"}]
    assert [{p.key for p in a.parties} for a in result.agreements] == [{"CHN", "MDV"}]


def test_a_signing_in_the_place_the_sentence_opens_with_is_a_meeting():
    body = ("Uzbek President Shavkat Mirziyoyev has made the border a priority. On a visit to Bishkek in "
            "September 2017 he and Kyrgyz President Almazbek Atambayev signed a treaty delimiting most of the border.")
    assert meetings_of(body, published="2018-02-01") == [({"KGZ", "UZB"}, "2017-09")]


def test_a_year_opening_the_sentence_is_no_place_of_signing():
    assert not meetings_of("In 2015, Chile and Peru signed a fisheries treaty.")


def test_a_state_invaded_is_no_side_of_a_visit():
    body = "Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit, his first since the invasion of Ukraine."
    assert meetings_of(body) == [({"IND", "RUS"}, "2024-05-13")]


def test_a_scheduled_visit_is_not_held_yet():
    assert not meetings_of("Japan's prime minister is scheduled to visit Manila in July.")
