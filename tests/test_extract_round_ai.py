"""Round AI (thirty-first session): an armed group that signs or agrees with a state ("Colombia's government and the
ELN signed …", "Israel and Hamas agreed …") is a party of its own kind, typed `irn:ArmedGroup`, never a state and
never the venue's state, and with the state it is "the two sides" of the sentences after; a second clause with its own
subject pronoun and date ("…, and in 2010 it signed a framework agreement with France") is an agreement of its own,
even after two instruments signed together, and a state named only in the first clause ("Norway agreed … to pay
Guyana …, and in May 2010 it signed a letter of intent in Oslo with Indonesia") is not a party of the second; a
capital named as where something was signed ("in Oslo") does not make its state a counterpart."""

from rdflib import RDF, RDFS

from extract_helpers import as_set, run
from test_extract_round_aa import agreements_of
from test_mapping_validate import MINTER, schema   # noqa: F401 (a fixture)
from kg.mapping import map_article
from kg.validate import validate
from kg.vocab import IRN


# ---------------------------------------------------------------- armed groups as parties

def test_a_state_and_an_armed_group_that_sign_are_the_parties_not_the_venue():
    result = run("HAVANA, June 10 - Colombia's government and the ELN signed a bilateral ceasefire in Havana on Friday "
                 "after six months of talks.", published="2023-06-10")
    assert as_set(agreements_of(result)) == {(frozenset({"COL", "national-liberation-army"}), "signed", "2023-06-09")}


def test_a_state_and_an_armed_group_that_agree_are_the_parties():
    result = run("Israel and Hamas agreed on Wednesday to a four-day pause in the fighting in Gaza, Qatar's foreign "
                 "ministry said.", published="2023-11-23")
    assert as_set(agreements_of(result)) == {(frozenset({"ISR", "hamas"}), "agreed", "2023-11-22")}


def test_the_two_sides_after_a_state_and_an_armed_group_signed_are_they():
    result = run("The government of Sudan and the Rapid Support Forces signed a declaration in Jeddah on Thursday "
                 "committing them to protect civilians.\n\n"
                 "The talks were facilitated by Saudi Arabia and the United States. Saudi Foreign Minister Prince "
                 "Faisal bin Farhan told reporters that Riyadh and Washington would keep pressing for a truce, and "
                 "U.S. officials said a Saudi-U.S. monitoring team would be set up.\n\n"
                 "Under the declaration, the two sides agreed to let humanitarian convoys pass.", published="2023-05-12")
    found = agreements_of(result)
    assert (frozenset({"SDN", "rapid-support-forces"}), "agreed", "2023-05-11") in as_set(found)
    assert not any(parties & {"SAU", "USA"} for parties, status, _ in found if status == "agreed")


def test_an_armed_group_is_typed_as_one_and_the_graph_conforms(schema):
    graph = map_article(run("Ethiopia's federal government and the TPLF signed an agreement in Pretoria on Wednesday "
                            "to end the war in Tigray.", published="2022-11-03"), MINTER)[1]
    armed = set(graph.subjects(RDF.type, IRN.ArmedGroup))
    assert len(armed) == 1
    group = armed.pop()
    assert (group, RDF.type, IRN.State) not in graph
    assert {str(o) for o in graph.objects(group, RDFS.label)} == {"Tigray People's Liberation Front"}
    assert any(graph.subjects(IRN.hasParty, group)) or any(graph.objects(group, IRN.partyTo))
    violations, _ = validate(graph, schema.shapes, schema.ontology)
    assert violations == []


def test_a_state_alone_with_a_company_is_still_no_agreement():   # a guard: only bodies of states and armed groups
    assert agreements_of(run("Egypt and Siemens signed a contract on Wednesday to build three power plants.")) == []


# ---------------------------------------------------------------- a second clause with its own subject and date

def test_a_second_clause_with_it_and_its_own_date_is_its_own_agreement():
    result = run("In 2012 Mauritius signed a treaty with the Seychelles on the joint management of their shelf, and in "
                 "2010 it signed a framework agreement with France on the co-management of Tromelin.",
                 published="2015-03-18")
    assert as_set(agreements_of(result)) == {(frozenset({"MUS", "SYC"}), "signed", "2012"),
                                             (frozenset({"FRA", "MUS"}), "signed", "2010")}


def test_a_second_clause_after_two_instruments_is_its_own_agreement():
    result = run("In 2012 Mauritius signed two treaties with the Seychelles on their shelf, and in 2010 it signed a "
                 "framework agreement with France on Tromelin.", published="2015-03-18")
    found = as_set(agreements_of(result))
    assert (frozenset({"FRA", "MUS"}), "signed", "2010") in found
    assert {parties for parties, _, date in found if date == "2012"} == {frozenset({"MUS", "SYC"})}


def test_a_state_named_only_in_the_first_clause_is_not_a_party_of_the_second():
    result = run("Norway agreed in November 2009 to pay Guyana up to $250 million for keeping its forests standing, and "
                 "in May 2010 it signed a letter of intent in Oslo with Indonesia promising up to $1 billion.",
                 published="2013-08-16")
    assert as_set(agreements_of(result)) == {(frozenset({"GUY", "NOR"}), "agreed", "2009-11"),
                                             (frozenset({"IDN", "NOR"}), "signed", "2010-05")}


# ---------------------------------------------------------------- passive adoption by a list of states

def test_an_instrument_adopted_by_a_list_of_states_is_their_agreement():
    result = run("The declaration on a nuclear-free zone was adopted by Brazil, India and South Africa in Brasilia on "
                 "Monday.", published="2007-02-14")
    assert as_set(agreements_of(result)) == {(frozenset({"BRA", "IND", "ZAF"}), "agreed", "2007-02-12")}
    assert result.agreements[0].topic == "declaration"


def test_a_resolution_adopted_by_a_council_is_no_agreement():   # a guard: the list after 'by' must be of names
    assert agreements_of(run("The resolution was adopted by the Security Council, with China and Russia abstaining.",
                             published="2007-02-14")) == []


# ---------------------------------------------------------------- an abbreviation before the place of a signing

def test_a_signing_with_a_us_official_in_a_city_is_a_meeting_there():
    from test_extract_round_m import meetings
    result = run("Peru's trade minister, Alfredo Ferrero, signed the agreement with U.S. Trade Representative Rob "
                 "Portman in Washington on April 12.", published="2006-05-02")
    assert meetings(result) == [(["PER", "USA"], "2006-04-12")]


# ---------------------------------------------------------------- a visitor of no state meets each host alone
# (a meeting of one state is not one the graph holds: irnsh:Meeting asks for two participants)

def test_two_leaders_a_visitor_of_no_state_met_in_two_cities_did_not_meet_each_other():
    from test_extract_round_m import meetings
    result = run("FIFA President Sepp Blatter met Netanyahu in Jerusalem and Palestinian President Mahmoud Abbas in "
                 "Ramallah on Tuesday.", published="2015-05-29")
    assert meetings(result) == []
    assert {"Sepp Blatter", "Mahmoud Abbas"} <= {p.person.label for p in result.people}


def test_officials_met_in_two_cities_in_two_months_are_no_two_hosts():   # a guard: "in Shanghai and Beijing in March"
    from test_extract_round_m import meetings
    result = run("Culture Minister Park Jie-won had met North Korean officials secretly in Shanghai and Beijing in March "
                 "and April, and the two sides signed an agreement in Beijing on April 8.", published="2000-06-13")
    assert all(len(parties) == 2 for parties, _ in meetings(result))


# ---------------------------------------------------------------- signed on a full date, by a list; refusing by intent

def test_signed_on_a_day_and_year_by_the_leaders_of_three_states_is_theirs_and_named_by_its_noun():
    result = run("The war ended with a trilateral declaration signed on November 10, 2020, by the leaders of Azerbaijan, "
                 "Armenia and Russia.", published="2023-09-28")
    assert as_set(agreements_of(result)) == {(frozenset({"ARM", "AZE", "RUS"}), "signed", "2020-11-10")}
    assert result.agreements[0].topic == "trilateral declaration"


def test_signed_by_a_state_and_a_group_dashed_off_into_its_members_is_all_of_them():
    result = run("The accord was concluded in Geneva on May 3, 2015, by Iran and three powers – France, Germany and "
                 "Britain – after two years of talks.", published="2016-01-01")
    assert as_set(agreements_of(result)) == {(frozenset({"IRN", "FRA", "DEU", "GBR"}), "signed", "2015-05-03")}


def test_saying_they_did_not_intend_ever_to_sign_a_treaty_is_a_refusal():
    result = run("The United States, Britain and France said in a joint statement that they did not intend ever to sign "
                 "or ratify the treaty.", published="2017-07-08")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [({"FRA", "GBR", "USA"}, "denied")]
    result = run("India has no intention of joining the treaty, its foreign ministry said on Monday.", published="2021-01-22")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [({"IND"}, "denied")]


def test_a_letter_of_commitment_and_a_trilateral_statement_are_instruments():
    result = run("Germany's defence ministry and Israel's defence ministry signed a letter of commitment on Thursday for "
                 "the procurement of an air defence system.", published="2023-09-29")
    assert as_set(agreements_of(result)) == {(frozenset({"DEU", "ISR"}), "signed", "2023-09-28")}
    result = run("The war ended with a trilateral statement signed in Moscow by the leaders of Azerbaijan, Armenia and "
                 "Russia.", published="2023-09-28")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [({"ARM", "AZE", "RUS"}, "signed")]


# ---------------------------------------------------------------- "…, where he held talks with A and B": he too

def test_he_who_held_talks_where_he_told_reporters_is_one_of_those_who_met():
    from test_extract_round_m import meetings
    result = run("Venezuelan President Hugo Chavez said on Wednesday the bloc was dead. Chavez told reporters in the "
                 "Paraguayan capital, where he held talks during the day with President Nicanor Duarte Frutos and "
                 "Bolivia's Evo Morales.", published="2006-04-20")
    assert meetings(result) == [(["BOL", "PRY", "VEN"], "2006-04-19")]


def test_leaders_who_took_part_in_a_launch_ceremony_in_a_town_met_there():
    from test_extract_round_m import meetings
    result = run("Tajik President Emomali Rahmon, Afghan President Ashraf Ghani, Pakistani Prime Minister Nawaz Sharif and "
                 "Kyrgyz Prime Minister Sooronbay Jeenbekov took part in the launch ceremony in Tursunzoda on Thursday.",
                 published="2016-05-13")
    assert meetings(result) == [(["AFG", "KGZ", "PAK", "TJK"], "2016-05-12")]


def test_a_state_named_after_another_states_capital_is_no_city_of_it():
    from test_extract_round_m import meetings
    result = run("In September 2018, at a regional meeting in Quito, Colombia signed a declaration with Argentina, Brazil "
                 "and Chile.", published="2021-02-09")
    assert meetings(result) == [(["ARG", "BRA", "CHL", "COL"], "2018-09")]
    result = run("Talks in Lausanne, Switzerland, between Iran, France and Britain ended on Monday.", published="2021-02-09")
    assert meetings(result) == [(["FRA", "GBR", "IRN"], "2021-02-08")]   # a guard: a city, then its state


# ---------------------------------------------------------------- adopting a joint document

def test_two_states_that_adopted_a_vision_statement_or_an_action_plan_agreed_it():
    result = run("In April 2018 the defence ministers of India and Vietnam adopted a joint vision statement setting out "
                 "priorities for the relationship.", published="2019-01-10")
    assert as_set(agreements_of(result)) == {(frozenset({"IND", "VNM"}), "agreed", "2018-04")}
    assert result.agreements[0].topic == "joint vision statement"
    result = run("Japan and Mongolia adopted a mid-term action plan for their strategic partnership in Ulaanbaatar on "
                 "Tuesday.", published="2013-09-20")
    assert [(parties, status) for parties, status, _ in agreements_of(result)] == [({"JPN", "MNG"}, "agreed")]


def test_adopting_a_shared_vision_is_an_aim_not_an_agreement():   # a guard
    assert agreements_of(run("India's foreign ministry said the two sides had adopted a shared vision for the future "
                             "built around trade.", published="2024-06-23")) == []


# ---------------------------------------------------------------- a ceremony and who attended it

def test_leaders_who_attended_a_ceremony_met_there():
    from test_extract_round_m import meetings
    result = run("The gas interconnector linking Serbia and Bulgaria was put into operation on Sunday at a ceremony near "
                 "Nis attended by Serbian President Aleksandar Vucic, Bulgarian President Rumen Radev and Azerbaijani "
                 "President Ilham Aliyev.", published="2023-10-02")
    assert meetings(result) == [(["AZE", "BGR", "SRB"], "2023-10-01")]


def test_who_attended_a_signing_met_there_but_are_not_parties_to_what_was_signed():
    from test_extract_round_m import meetings
    result = run("In July, the European Commission and Tunisia signed a memorandum of understanding on migration, economic "
                 "development and renewable energy, in a ceremony in Tunis attended by Italian Prime Minister Giorgia "
                 "Meloni and Dutch Prime Minister Mark Rutte.", published="2023-10-02")
    assert as_set(agreements_of(result)) == {(frozenset({"TUN", "european-commission"}), "signed", "2023-07")}
    assert meetings(result) == [(["ITA", "NLD", "TUN"], "2023-07")]


def test_who_also_attended_a_signing_session_met_the_signatories():
    from test_extract_round_m import meetings
    result = run("Nursultan Nazarbayev, Vladimir Putin and Alexander Lukashenko put their signatures to the treaty in Astana "
                 "on Thursday at a session of the Supreme Eurasian Economic Council, which was also attended by President "
                 "of Armenia Serzh Sargsyan and President of Kyrgyzstan Almazbek Atambayev.", published="2014-05-30")
    assert meetings(result) == [(["ARM", "BLR", "KAZ", "KGZ", "RUS"], "2014-05-29")]


def test_the_list_of_who_attended_ends_with_its_clause():   # a guard: "…, a week after the United States opened …"
    from test_extract_round_m import meetings
    result = run("Cartes inaugurated the embassy in Jerusalem on May 21 at a ceremony attended by Netanyahu, a week after "
                 "the United States opened its embassy in the city and days after Guatemala followed suit.",
                 published="2018-05-30")
    assert meetings(result) == [(["ISR", "PRY"], "2018-05-21")]


def test_a_second_predicate_in_the_same_month_is_an_agreement_of_its_own():
    result = run("Singapore signed a closer economic partnership with New Zealand in November 2000, and in the same month "
                 "agreed with the United States to begin negotiations on a free trade agreement.", published="2003-05-07")
    assert as_set(agreements_of(result)) == {(frozenset({"NZL", "SGP"}), "signed", "2000-11"),
                                             (frozenset({"SGP", "USA"}), "agreed", "2000-11")}


def test_a_ceasefire_with_the_kachin_independence_organisation_is_myanmars_and_the_groups():
    result = run("Myanmar's government and the Kachin Independence Organisation signed a ceasefire in 1994.",
                 published="2011-10-03")
    assert as_set(agreements_of(result)) == {(frozenset({"MMR", "kachin-independence-army"}), "signed", "1994")}
