"""Round P (eleventh session), by failure class on the samples and the blind block 211-222 once it was
scored."""

from extract_helpers import run, states
from test_extract_round_i import reports, sources
from test_extract_round_l import meetings as extract_meetings
from test_extract_round_m import agreements, meetings


def test_talks_held_for_a_stated_time_are_held_on_the_story_s_day():
    result = run("Argentina's President Javier Milei will buy wheat, Chile's President Gabriel Boric said on Monday. "
                 "Boric held about three hours of talks with Milei at the president's residence on the coast.",
                 published="2024-05-15")
    assert meetings(result) == [(["ARG", "CHL"], "2024-05-13")]


def test_a_seat_of_government_named_as_where_they_met_is_a_place_not_a_side():
    result = run("King Hussein and Israeli Prime Minister Yitzhak Rabin met on the White House lawn on July 25, "
                 "where they signed the Washington Declaration.", published="1994-10-27")
    assert meetings(result) == [(["ISR", "JOR"], "1994-07-25")]
    assert agreements(result) == [(["ISR", "JOR"], "signed", "1994-07-25")]


def test_a_seat_of_government_that_acts_is_still_its_state():   # a guard of the rule above: passes either way
    result = run("The White House signed a migration deal with Mexico on Monday.", published="2024-05-15")
    assert agreements(result) == [(["MEX", "USA"], "signed", "2024-05-13")]


def test_a_city_with_a_particle_before_its_country_is_the_place_not_a_side():
    result = run("Indian Prime Minister Manmohan Singh and Pakistani Prime Minister Yousuf Raza Gilani held a "
                 "meeting in Sharm el-Sheikh, Egypt, in July 2009.", published="2011-03-30")
    found = extract_meetings(result)
    assert [(sides, place) for sides, _, place in found] == [(["IND", "PAK"], "Sharm el-Sheikh")]


def test_a_city_of_three_words_is_the_whole_place():
    result = run("Kenya, Uganda and Rwanda signed a customs pact in Dar es Salaam, Tanzania, on Monday.",
                 published="2024-05-15")
    assert extract_meetings(result) == [(["KEN", "RWA", "UGA"], "2024-05-13", "Dar es Salaam")]


def test_did_sign_is_signed():
    result = run("Egypt and Ethiopia did sign a framework for general cooperation in Cairo in July 1993.",
                 published="2010-05-15")
    assert agreements(result) == [(["EGY", "ETH"], "signed", "1993-07")]


def test_tearing_up_that_agreement_is_a_withdrawal():
    result = run("Australia and Indonesia signed a security pact in 1995. Indonesia tore up that agreement in "
                 "September 1999.", published="2006-11-13")
    assert (["AUS", "IDN"], "denied", "1999-09") in agreements(result)   # one side ending the two sides' (samples/README)


def test_a_place_in_what_they_agreed_to_do_is_not_where_they_agreed():
    result = run("Britain and Argentina restored relations on Thursday. The delegations agreed yesterday to meet "
                 "again later this year to discuss fish stocks in the South Atlantic.", published="1990-02-16")
    assert meetings(result) == []


def test_south_georgia_is_no_state():
    result = run("Britain and Argentina kept their claims to South Georgia and the South Sandwich Islands. "
                 "The two countries restored relations on Thursday.", published="1990-02-16")
    assert states(result) == {"ARG", "GBR"}


def test_a_day_of_this_year_is_that_day():
    result = run("On July 25 this year King Hussein and Israeli Prime Minister Yitzhak Rabin met in Washington.",
                 published="1994-10-27")
    assert meetings(result) == [(["ISR", "JOR"], "1994-07-25")]


def test_a_day_of_last_year_is_that_day_a_year_back():
    result = run("On March 3 last year, Kenya and Uganda signed a border deal.", published="2024-05-15")
    assert agreements(result) == [(["KEN", "UGA"], "signed", "2023-03-03")]


def test_the_first_country_to_sign_signed():
    result = run("New Zealand became the first developed country to sign a free trade agreement with China, in "
                 "Beijing in April 2008.", published="2015-06-17")
    assert agreements(result) == [(["CHN", "NZL"], "signed", "2008-04")]


def test_two_instruments_counted_are_two_agreements():
    result = run("The Philippines and Vietnam inked two maritime security memorandums on Tuesday.",
                 published="2024-01-31")
    assert agreements(result) == [(["PHL", "VNM"], "signed", "2024-01-30")] * 2
    assert len({a.topic for a in result.agreements}) == 2


def test_leaders_in_whose_presence_an_unsigned_by_name_contract_was_signed_met():
    result = run("The UAE on Sunday awarded the Korean group a contract. The contract was signed in Abu Dhabi in the "
                 "presence of South Korean President Lee Myung-bak and UAE President Sheikh Khalifa bin Zayed "
                 "al-Nahyan, the state news agency said.", published="2009-12-28")
    assert extract_meetings(result) == [(["ARE", "KOR"], "2009-12-27", "Abu Dhabi")]


def test_an_onlooker_of_a_signing_by_named_parties_is_still_no_side():   # a guard of the rule above: passes either way
    result = run("Kenya and Uganda signed the pact in Nairobi on Monday in the presence of Rwanda's President "
                 "Paul Kagame.", published="2024-05-15")
    assert meetings(result) == [(["KEN", "UGA"], "2024-05-13")]


def people(result):
    return sorted(p.person.label for p in result.people)


def test_a_name_joined_by_a_particle_is_a_whole_name():
    result = run("Gen. Zia-ul-Haq flew to Jaipur in February 1987 to watch a Test match.", published="2011-03-30")
    assert people(result) == ["Zia-ul-Haq"]


def test_a_player_named_after_his_position_is_a_person():
    result = run("Pakistani captain Misbah-ul-Haq holed out off the last over.", published="2011-03-30")
    assert people(result) == ["Misbah-ul-Haq"]


def test_legislators_with_party_and_state_are_people_and_the_sentence_goes_on():
    result = run("He was flanked by Sens. John McCain, R-Ariz., and Bob Kerrey, D-Neb., and Rep. Pete Peterson, "
                 "D-Fla., who spent six years as a prisoner of war in Hanoi. Vietnam welcomed the step.",
                 published="1995-07-12")
    assert people(result) == ["Bob Kerrey", "John McCain", "Pete Peterson"]
    assert len(result.people) == 3


def test_a_photo_credit_may_open_a_caption_or_name_a_pool():
    result = run("Rubio met Bukele on Monday in San Salvador.\n\n"
                 "Rubio shakes hands with Bukele at his residence on Monday. (AP Photo/Carlos Mejía, Pool)\n\n"
                 "(AP Photo/Martin Keane) President Clinton is applauded by lawmakers in the East Room.\n\n"
                 "More text follows here.", published="2025-02-04")
    credited = {p.person.label: p.role for p in result.people}
    assert credited.get("Carlos Mejía") == "photographer" and credited.get("Martin Keane") == "photographer"


def test_a_body_named_for_what_it_is_says_something():
    result = run("The American Legion said in a statement that it was deeply disappointed. The Rwanda Defence Force "
                 "said the first troops had landed in Pemba.", published="2021-07-10")
    assert sources(result) == {"American Legion", "Rwanda Defence Force"}   # without "The" (round T)


def test_a_body_by_its_initials_after_an_opening_phrase_says_something():
    result = run("In a statement issued in Gaza on Tuesday, the PLO said the status of Jerusalem was not a matter "
                 "for Amman to negotiate.", published="1994-10-27")
    assert sources(result) == {"PLO"}


def test_a_state_by_its_initials_is_no_source():   # a guard of the rule above: passes either way
    result = run("The UAE said it would sign the accord.", published="2024-05-15")
    assert sources(result) == set()


def test_he_is_the_traveller_named_before_him_not_the_last_person_of_the_sentence_before():
    result = run("Putin and Kim Jong Un signed a defence pact in Pyongyang on Wednesday, and Kim saw him off. "
                 "From Pyongyang, Putin flew on to Hanoi, where he held talks with Vietnamese President To Lam on "
                 "Thursday.", published="2024-06-21")
    assert (["RUS", "VNM"], "2024-06-20") in meetings(result)
    assert not any("PRK" in sides and "VNM" in sides for sides, _ in meetings(result))


def test_where_a_traveller_came_from_is_no_side():
    result = run("Australian Prime Minister Tony Abbott and Chinese President Xi Jinping signed a trade deal in Canberra "
                 "on Monday. From Australia Xi flew to "
                 "New Zealand, where he held talks with Prime Minister John Key.", published="2014-11-25")
    assert (["CHN", "NZL"], "2014-11-24") in meetings(result)
    assert not any("AUS" in sides and "NZL" in sides for sides, _ in meetings(result))


def test_arriving_from_a_country_where_he_met_its_president():
    result = run("Egyptian President Abdel Fattah al-Sisi welcomed the guest at the airport. Putin arrived in Cairo "
                 "from Syria, where he visited an air base and met President Bashar al-Assad.", published="2017-12-12")
    assert ["RUS", "SYR"] in [sides for sides, _ in meetings(result)]
    assert ["EGY", "SYR"] not in [sides for sides, _ in meetings(result)]


def test_a_gulf_royal_named_again_by_title_and_given_name():
    result = run("Emirati Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan arrived in Washington on Monday. "
                 "Trump met Sheikh Abdullah in the Oval Office before the ceremony.", published="2020-09-16")
    assert (["ARE", "USA"], "2020-09-14") in meetings(result)


def test_a_title_and_given_name_go_to_the_royal_who_bore_that_title():
    result = run("Saudi Crown Prince Mohammed bin Salman hosted the talks in Jeddah on Monday. "
                 "On Tuesday Prince Mohammed met Egyptian President Abdel Fattah al-Sisi in Jeddah.",
                 published="2023-04-20")
    assert (["EGY", "SAU"], "2023-04-18") in meetings(result)


def test_the_host_who_received_him_meets_the_traveller_named_before():
    result = run("Indonesian President Prabowo Subianto visited China last week. Prabowo then travelled to "
                 "Washington, where Biden received him at the White House on Tuesday.", published="2024-11-15")
    assert (["IDN", "USA"], "2024-11-12") in meetings(result)


def test_common_idioms_of_signing_agreeing_and_leaving():
    assert agreements(run("Greece and Egypt put pen to paper on a maritime deal on Thursday.", published="2024-05-15")) \
        == [(["EGY", "GRC"], "signed", "2024-05-09")]
    assert agreements(run("Greece and Egypt hammered out a maritime deal on Thursday.", published="2024-05-15")) \
        == [(["EGY", "GRC"], "agreed", "2024-05-09")]
    left = agreements(run("Niger, Mali and Burkina Faso announced on Sunday that they were withdrawing from ECOWAS.",
                          published="2024-05-15"))
    assert len(left) == 1 and left[0][1] == "denied" and {"BFA", "MLI", "NER"} <= set(left[0][0])


def test_announcing_the_normalisation_of_relations_is_an_agreement():
    result = run("President Clinton today announced the normalization of diplomatic relations with Vietnam.",
                 published="1995-07-11")
    assert agreements(result) == [(["USA", "VNM"], "agreed", "1995-07-11")]


def test_welcoming_a_leader_named_with_a_long_title_to_a_palace_is_a_meeting():
    result = run("Argentine President Javier Milei welcomed Italian Prime Minister Giorgia Meloni to the Casa Rosada "
                 "on Monday.", published="2024-05-15")
    assert meetings(result) == [(["ARG", "ITA"], "2024-05-13")]


def test_more_ways_of_telling_a_meeting():
    said = {
        "Saudi Crown Prince Mohammed bin Salman played host to Turkish President Recep Tayyip Erdogan in Jeddah "
        "on Monday.": ["SAU", "TUR"],
        "Brazil's foreign minister Mauro Vieira and Argentina's Diana Mondino held a working lunch in Brasilia on "
        "Monday.": ["ARG", "BRA"],
        "Ukrainian President Volodymyr Zelenskyy and Polish Prime Minister Donald Tusk conferred in Kyiv on "
        "Monday.": ["POL", "UKR"],
        "The foreign ministers of Iran and Saudi Arabia came together in Beijing on Monday.": ["IRN", "SAU"],
    }
    for sentence, sides in said.items():
        assert meetings(run(sentence, published="2024-05-15")) == [(sides, "2024-05-13")], sentence


def test_a_team_that_played_is_still_no_meeting():   # a guard of the rule above: passes either way
    assert meetings(run("Brazil played Argentina in Buenos Aires on Monday.", published="2024-05-15")) == []


def test_a_title_with_in_the_inside_is_kept_whole():
    result = run("The country was rated not free in Freedom House's Freedom in the World 2024 report.",
                 published="2024-05-15")
    assert reports(result) == [("Freedom in the World 2024", "Freedom House", 2024)]


def test_in_the_after_a_day_still_cites_the_report():   # a guard of the rule above: passes either way
    result = run("The forum said on Monday in the Global Risks 2024 report that risks rose.", published="2024-05-15")
    assert [title for title, _, _ in reports(result)] == ["Global Risks 2024"]


def test_a_state_broadcaster_named_by_its_country_is_a_source():
    result = run("Saudi state television reported that the two sides had agreed to restore ties.",
                 published="2024-05-15")
    assert sources(result) == {"Saudi state television"}


def test_a_finance_ministry_is_no_economy_ministry():
    result = run("Officials at Ghana's finance ministry told Reuters the deal would be signed next week.",
                 published="2024-05-15")
    assert "Ghanaian Finance Ministry" in sources(result)


def test_a_legislature_ratifying_in_its_capital_holds_no_meeting():
    result = run("Indonesian President Joko Widodo wrapped up a week-long journey in Abu Dhabi on Friday. Indonesia "
                 "and Ukraine agreed on a trade deal last year. The agreement still has to be ratified "
                 "by the House of Representatives in Jakarta before it can take effect, officials said.",
                 published="2022-07-02")
    assert not any("ratified" in m.evidence.text for m in result.meetings)


def test_being_urged_to_consider_leaving_is_no_withdrawal():
    result = run("In a video message to the assembly, U.S. Health Secretary Robert F. Kennedy Jr. urged other "
                 "countries to consider leaving the organisation as well.", published="2025-05-21")
    assert agreements(result) == []


def test_the_only_signed_agreement_is_no_signing_in_that_sentence():
    result = run("Indonesian President Joko Widodo visited Kyiv and Moscow this week. The last stop produced the "
                 "trip's only signed agreement.", published="2022-07-02")
    assert agreements(result) == []


def test_joining_a_summit_is_no_membership():
    result = run("Jokowi joined the Group of Seven summit at Schloss Elmau in southern Germany as one of five invited "
                 "leaders.", published="2022-07-02")
    assert agreements(result) == []


def test_a_pact_they_first_signed_is_still_signed():   # a guard of the rule above: passes either way
    result = run("Iran and Saudi Arabia are to revive a security cooperation pact that they first signed in 2001.",
                 published="2023-03-11")
    assert (["IRN", "SAU"], "signed", "2001") in agreements(result)


def test_not_having_signed_is_no_signing():
    result = run("Israel and Lebanon have not signed a peace treaty.", published="2024-05-15")
    assert [status for _, status, _ in agreements(result)] == ["denied"]


def test_a_deal_told_first_under_which_two_states_act():
    result = run("Under a deal signed on Friday, Turkey will buy 40 F-16 jets from the United States.",
                 published="2024-05-15")
    assert agreements(result) == [(["TUR", "USA"], "signed", "2024-05-10")]


def test_a_signing_in_a_named_place_in_a_named_month_is_a_meeting():
    result = run("Azerbaijan, Georgia and Turkey signed an agreement in Tbilisi in February 2007 to build a railway.",
                 published="2024-05-15")
    assert extract_meetings(result) == [(["AZE", "GEO", "TUR"], "2007-02", "Tbilisi")]


def test_states_named_together_signing_in_a_place_in_a_bare_year_met_there():   # round T: was history before
    result = run("Azerbaijan, Georgia and Turkey signed an agreement in Tbilisi in 2007 to build a railway.",
                 published="2024-05-15")
    assert meetings(result) == [(["AZE", "GEO", "TUR"], "2007")]
    result = run("The railway was built under an agreement signed in Tbilisi in 2007.", published="2024-05-15")
    assert meetings(result) == []   # no one named who signed: history


def test_audiences_greetings_and_courtesy_calls_are_meetings():
    said = {
        "Morocco's King Mohammed VI granted an audience to the visiting Senegalese president on Monday.":
            ["MAR", "SEN"],
        "Mexican Foreign Minister Juan Ramon de la Fuente paid a courtesy call on Guatemalan President Bernardo "
        "Arevalo in Guatemala City on Monday.": ["GTM", "MEX"],
        "Chilean and Bolivian delegations sat across the table in La Paz on Monday.": ["BOL", "CHL"],
    }
    for sentence, sides in said.items():
        assert meetings(run(sentence, published="2024-05-15")) == [(sides, "2024-05-13")], sentence
    greeted = run("Brazilian President Lula travelled to Caracas on Monday, where Maduro greeted him at the airport.",
                  published="2024-05-15")
    assert meetings(greeted) == [(["BRA", "VEN"], "2024-05-13")]


def test_a_greeting_to_an_idea_is_no_meeting():   # a guard of the rule above: passes either way
    assert meetings(run("Maduro greeted the proposal with scepticism on Monday.", published="2024-05-15")) == []


def test_entering_into_or_formalising_an_agreement_is_signing_it():
    assert agreements(run("Ghana and Burkina Faso entered into a defence cooperation agreement on Monday.",
                          published="2024-05-15")) == [(["BFA", "GHA"], "signed", "2024-05-13")]
    assert agreements(run("Angola and Namibia formalised a border agreement in Luanda on Monday.",
                          published="2024-05-15")) == [(["AGO", "NAM"], "signed", "2024-05-13")]
