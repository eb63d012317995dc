"""Round O (tenth session), by failure class on the blind blocks 175-198 once they were scored: groups
counted past seven ("the same eight countries", "all nine parliaments"), an instrument the parties "agreed
in" a place, a clause with a subject of its own after ", and", two objects each with its own counterpart
before a clause that follows, a host country named after its city, and more."""

from extract_helpers import run
from test_extract_round_i import reports
from test_extract_round_m import agreements, meetings, sources


def test_a_group_counted_past_seven_is_the_group_named_with_that_many():
    result = run("Argentina, Brazil, Chile, Peru, Colombia, Ecuador, Bolivia and Uruguay signed a fisheries "
                 "convention in Lima on Monday. Brazil's Congress debated it for a month. Peru held a vote. "
                 "The same eight countries agreed in 2019 to share catch data.", published="2024-05-15")
    eight = sorted(["ARG", "BRA", "CHL", "PER", "COL", "ECU", "BOL", "URY"])
    assert (eight, "agreed", "2019") in agreements(result)


def test_all_of_a_counted_group_must_ratify_the_protocol_told_of():
    result = run("Kenya, Uganda, Tanzania, Rwanda and Burundi signed a customs protocol on Monday. "
                 "The protocol must be ratified by all five parliaments before it takes effect.",
                 published="2024-05-15")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [
        (sorted(["KEN", "UGA", "TZA", "RWA", "BDI"]), "signed")]   # once, where it was signed (round V)


def test_a_counted_group_is_not_made_of_the_most_talked_about_states_when_the_group_was_named():
    result = run("Chile, Peru, Bolivia, Ecuador, Colombia, Paraguay and Uruguay signed a water charter on Monday. "
                 "Argentina criticised it. Argentina and Brazil said they would study it. Argentina asked for talks. "
                 "Argentina and Brazil met in Buenos Aires. Brazil wants a seat. "
                 "The charter builds on a declaration that the same seven countries agreed in Quito in 2015.",
                 published="2024-05-15")
    seven = sorted(["CHL", "PER", "BOL", "ECU", "COL", "PRY", "URY"])
    assert (seven, "agreed", "2015") in agreements(result)


def test_what_the_parties_agreed_in_a_place_is_an_agreement():
    result = run("Kenya and Ethiopia signed a border accord on Monday. The accord builds on a framework that the "
                 "two countries agreed in Geneva, in March.", published="2024-05-15")
    assert (["ETH", "KEN"], "agreed", "2024-03") in agreements(result)


def test_the_country_named_after_its_city_is_where_they_met_not_who_met():
    result = run("Kenya, Ethiopia and Somalia agreed in Geneva, Switzerland, on March 3 to reopen the border.",
                 published="2024-05-15")
    assert meetings(result) == [(["ETH", "KEN", "SOM"], "2024-03-03")]


def test_a_clause_with_a_subject_of_its_own_has_its_own_counterpart():
    result = run("Rome signed a similar agreement with Malta in June, and Tunisia settled its border with "
                 "Algeria in 2002.", published="2024-05-15")
    assert agreements(result) == [(["ITA", "MLT"], "signed", "2023-06")]


def test_two_instruments_each_with_its_counterpart_before_a_clause_that_follows():
    result = run("Last month Canada concluded a trade agreement with Ecuador and a fisheries deal with Chile, "
                 "and Ottawa presented both as proof that the country could trade with anyone.",
                 published="2024-05-15")
    assert agreements(result) == [(["CAN", "CHL"], "signed", "2024-04"), (["CAN", "ECU"], "signed", "2024-04")]


def test_the_myanmar_capital_in_its_other_spelling_stands_for_the_state():
    result = run("Under a 1978 agreement between Dhaka and Naypyitaw, refugees went home.", published="2024-05-15")
    assert agreements(result) == [(["BGD", "MMR"], "signed", "1978")]


def test_their_ministers_are_the_ministers_of_the_states_the_sentence_named():
    result = run("Chile and Argentina settled the Beagle dispute in 1984, when their foreign ministers signed a "
                 "treaty of peace and friendship at the Vatican.", published="2024-05-15")
    assert agreements(result) == [(["ARG", "CHL"], "signed", "1984")]


def test_a_clause_after_the_counterpart_does_not_end_a_list_of_counterparts():
    result = run("Since then Peru has concluded trade agreements with Japan, which took effect in March, and with "
                 "Korea, which came into force in 2011.", published="2024-05-15")
    assert [a[0] for a in agreements(result)] == [["JPN", "PER"], ["KOR", "PER"]]


def test_a_leaders_office_after_his_name_is_the_source():
    assert sources(run("Talks on tariffs will resume in June, Lula's office said.")) == {"Lula's office": "GovernmentBody"}


def test_the_outlet_that_first_reported_a_story_is_a_source():
    assert sources(run("The plan, first reported by Reuters on Monday, would double the quota.")) == \
        {"Reuters": "NewsAgency"}


def test_an_official_news_agency_named_after_what_it_is_speaks_even_after_a_possessive():
    agency = {"Agence Tchadienne de Presse et d'Édition": "NewsAgency"}   # ATPE, known by name since round AA
    assert sources(run("Chad's official news agency ATPE reported that the border had reopened.")) == agency
    assert sources(run("The official news agency ATPE reported that the border had reopened.")) == agency


def test_a_company_named_for_its_trade_is_a_source_and_no_person():
    result = run("Tullow Oil said in a statement that drilling would start in March.")
    assert sources(result) == {"Tullow Oil": "Organization"}
    assert [p.person.label for p in result.people] == []


def test_a_government_named_by_the_territory_it_governs_is_a_source():
    result = run("Greenland's government, which hosted the talks, said in a statement that quotas were agreed.")
    assert sources(result) == {"Greenland's government": "GovernmentBody"}


def test_a_us_administration_cited_by_its_initials_is_the_source():
    result = run("According to the U.S. Energy Information Administration, exports rose by a third.")
    assert sources(result) == {"U.S. Energy Information Administration": "GovernmentBody"}


def test_an_earlier_meeting_told_after_since_is_a_meeting_of_its_own():
    result = run("Chile, Peru and Colombia resumed their summits. Chilean President Gabriel Boric hosted Peruvian "
                 "President Dina Boluarte and Colombian President Gustavo Petro in Santiago on Monday, the first "
                 "time since the three met in Lima in March 2022.", published="2024-05-15")
    assert meetings(result) == [(["CHL", "COL", "PER"], "2022-03"), (["CHL", "COL", "PER"], "2024-05-13")]


def test_calling_on_a_leader_is_a_meeting_calling_on_a_state_to_act_is_not():
    result = run("Chilean President Gabriel Boric arrived in Lima on Friday. On Friday, Peruvian Foreign Minister "
                 "Javier González-Olaechea called on Boric shortly after his arrival.", published="2024-05-15")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-10")]
    assert meetings(run("Peruvian Foreign Minister Javier González-Olaechea called on Chile on Monday to reopen "
                        "the border.", published="2024-05-15")) == []


def test_ministers_who_gathered_at_a_place_met():
    result = run("Chile, Peru and Bolivia signed a water accord. Foreign ministers of the three countries gathered "
                 "at the Palacio de Gobierno in Lima on Monday to approve the text.", published="2024-05-15")
    assert (["BOL", "CHL", "PER"], "2024-05-13") in meetings(result)


def test_a_tour_begun_in_a_capital_is_a_visit_there():
    result = run("Chinese Foreign Minister Wang Yi began his tour in Lima last Thursday.", published="2024-05-15")
    assert meetings(result) == [(["CHN", "PER"], "2024-05-09")]


def test_a_flight_and_a_meeting_with_an_aside_between_them():
    result = run("Peruvian President Dina Boluarte hosted the talks. Chile's new Foreign Minister Alberto van "
                 "Klaveren flew to Lima last Thursday, three days after his government was sworn in, and met "
                 "Boluarte.", published="2024-05-15")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-09")]


def test_a_speaker_judging_a_meeting_told_before_tells_of_no_new_meeting():
    result = run("On Tuesday, U.S. President Joe Biden and Chilean President Gabriel Boric signed a lithium partnership "
                 "at La Moneda. On Wednesday morning, Biden met Bolivia's president, Luis Arce, in La Paz, in the first "
                 "meeting between the leaders of the two countries in a decade. Ana Ruiz of the Andean Policy Office "
                 "in Washington said the Bolivia meeting was the bigger surprise.", published="2024-05-15")
    assert meetings(result) == [(["BOL", "USA"], "2024-05-15"), (["CHL", "USA"], "2024-05-14")]
    assert sorted(m.place for m in result.meetings) == ["La Moneda", "La Paz"]


def test_an_image_caption_is_no_text_but_its_photographer_is_credited():
    result = run("Image caption: Gabriel Boric and Dina Boluarte shake hands in Lima on Monday. "
                 "(Photo: Rosa Quispe/APN)\n\nThe two leaders discussed migration.", published="2024-05-15")
    assert meetings(result) == []
    assert [(p.person.label, p.role) for p in result.people] == [("Rosa Quispe", "photographer")]


def test_a_state_pulled_out_of_a_deal_with_another_is_the_only_party_of_the_withdrawal():
    result = run("The talks came a week after President Javier Milei pulled Argentina out of the fisheries deal with "
                 "Chile.", published="2024-05-15")
    assert agreements(result) == [(["ARG"], "denied", None)]
    result = run("In March, Quito withdrew from the border accord with Lima.", published="2024-05-15")
    assert agreements(result) == [(["ECU"], "denied", "2024-03")]


def test_signing_a_named_protocol_is_one_states_act():
    result = run("Bolivia signed the Additional Protocol, which widens inspections, in 2004.", published="2024-05-15")
    assert agreements(result) == [(["BOL"], "signed", "2004")]


def test_the_first_state_to_join_a_framework_joined_it():
    result = run("Peru became the first Andean country to join the U.S.-led Americas Partnership Framework.",
                 published="2024-05-15")
    assert agreements(result) == [(["PER"], "signed", None)]


def test_states_that_switched_recognition_each_recognise_the_new_one_and_not_the_old():
    result = run("Nicaragua and Honduras both switched diplomatic recognition from Taipei to Beijing, in 2021 "
                 "and 2023.", published="2024-05-15")
    assert [a[0] for a in agreements(result)] == [["CHN", "HND"], ["CHN", "NIC"]]
    result = run("Panama switched recognition from Taiwan to China in June 2017.", published="2024-05-15")
    assert agreements(result) == [(["CHN", "PAN"], "agreed", "2017-06")]


def test_both_parliaments_still_have_to_ratify_the_agreement_told_before():
    result = run("Chile and Argentina signed a gas deal on Monday. Both parliaments still have to ratify the "
                 "agreement, officials in the two capitals said.", published="2024-05-15")
    assert [(parties, status) for parties, status, _ in agreements(result)] == [(["ARG", "CHL"], "signed")]   # once (round V)


def test_an_agreement_still_to_be_approved_by_a_bloc_is_no_plan_of_the_parties():
    result = run("Chile and Argentina signed a gas deal on Monday. Peru and Bolivia met in Lima on Tuesday. "
                 "That deal still has to be approved by Mercosur governments.", published="2024-05-15")
    assert [a for a in agreements(result) if a[1] == "planned"] == []


def test_an_agreement_the_parties_let_lapse_is_undone_by_both():
    result = run("Chile and Peru let their agreement on a rail link between Tacna and Arica lapse in January 2021.",
                 published="2024-05-15")
    assert agreements(result) == [(["CHL", "PER"], "denied", "2021-01")]


def test_a_leader_who_ruled_out_an_agreement_with_a_state_refused_it_alone():
    result = run("Colombian President Gustavo Petro later ruled out any security agreement with Venezuela.",
                 published="2024-05-15")
    assert agreements(result) == [(["COL"], "denied", None)]


def test_an_exchange_of_notes_between_two_states_is_an_agreement():
    result = run("An exchange of notes between Chile and Argentina in 1902 settled the dispute.", published="2024-05-15")
    assert agreements(result) == [(["ARG", "CHL"], "signed", "1902")]


def test_governments_that_announced_an_agreement_on_something_agreed_it():
    result = run("Chile and Peru met in Lima. The two governments had announced a political agreement on the "
                 "border last October.", published="2024-05-15")
    assert (["CHL", "PER"], "agreed", "2023-10") in agreements(result)


def test_a_state_and_a_bloc_that_agreed_a_partnership():
    result = run("At their first summit in a decade, held at La Moneda in Santiago on Monday, Chile and the European "
                 "Union agreed a security and defence partnership.", published="2024-05-15")
    assert agreements(result) == [(["CHL", "european-union"], "agreed", "2024-05-13")]


def test_an_arrangement_signed_by_the_two_countries_told_before():
    result = run("Chile and Peru met in Lima. A \"physical arrangement\" signed by the two countries in January "
                 "set a target.", published="2024-05-15")
    assert (["CHL", "PER"], "signed", "2024-01") in agreements(result)


def test_the_state_named_right_before_a_refusal_is_the_one_that_refused():
    result = run("Chile on Friday initialled the draft agreement, but Peru boycotted the final round of talks "
                 "and Bolivia declined to sign.", published="2024-05-15")
    assert [a for a in agreements(result) if a[1] == "denied"] == [(["BOL"], "denied", "2024-05-10")]


def test_a_host_a_venue_and_a_later_stop_take_no_part_in_a_meeting_of_others():
    assert meetings(run("Delegations from Chile and Peru met at the U.S. Treasury on Monday for the last round.",
                        published="2024-05-15")) == [(["CHL", "PER"], "2024-05-13")]
    assert meetings(run("The delegations, led by Chilean envoy Ana Soto and Peruvian Defence Minister Luis Vera, met "
                        "for two hours at the Itamaraty Palace on Monday, with Brazilian Foreign Minister Mauro Vieira "
                        "opening the session.", published="2024-05-15")) == [(["CHL", "PER"], "2024-05-13")]
    result = run("Mexican Foreign Minister Alicia Bárcena toured the region. On Friday she was in San Salvador for a "
                 "meeting with President Nayib Bukele, before continuing to Honduras and Belize.", published="2024-05-15")
    assert meetings(result) == [(["MEX", "SLV"], "2024-05-10")]


def test_the_two_koreas_are_both_states():
    result = run("The two Koreas agreed on Monday to reopen a liaison office.", published="2024-05-15")
    assert agreements(result) == [(["KOR", "PRK"], "agreed", "2024-05-13")]


def test_a_titled_report_after_its_kind_and_year_then_its_publisher():
    result = run("In its 2021 report Fixing the Andean Water Deal, the International Crisis Group warned of drought.",
                 published="2024-05-15")
    assert reports(result) == [("Fixing the Andean Water Deal", "International Crisis Group", 2021)]


def test_the_report_of_a_named_mission_released_by_a_body():
    result = run("The report of the Independent Commission on Amazon Fires, released by the UN Human Rights Council "
                 "in September, called for an inquiry.", published="2024-05-15")
    assert [(r[0], r[1]) for r in reports(result)] == \
        [("report of the Independent Commission on Amazon Fires", "United Nations Human Rights Council")]


def test_a_quoted_title_after_its_author():
    result = run('A 2012 study by the U.S. Geological Survey, "Assessment of Gas Resources of the Magallanes Basin", '
                 'estimated large reserves.', published="2024-05-15")
    assert reports(result) == [("Assessment of Gas Resources of the Magallanes Basin", "Geological Survey", 2012)]


def test_a_title_may_hold_short_words():
    result = run("According to the OECD's Health at a Glance 2023 report, Chile has fewer doctors.", published="2024-05-15")
    assert [(r[0], r[2]) for r in reports(result)] == [("Health at a Glance 2023", 2023)]


def test_a_report_named_for_its_body_and_dated_by_month_has_no_title():
    result = run("A Congressional Research Service report last year described the dispute.", published="2024-05-15")
    assert reports(result) == [(None, "Congressional Research Service", 2023)]
    result = run("The issues were set out in a November 2011 IAEA report, which described tests.", published="2024-05-15")
    assert reports(result) == [(None, "International Atomic Energy Agency", 2011)]


def test_a_state_pulled_out_of_it_left_the_instrument_told_before():
    result = run("Chile signed the Escazú Agreement in 2018. President Sebastián Piñera pulled Chile out of it in 2019.",
                 published="2024-05-15")
    assert (["CHL"], "denied", "2019") in agreements(result)


def test_a_state_ending_its_agreement_with_another_names_the_agreements_parties():
    result = run("Niger announced on Thursday that it was ending its military cooperation agreement with Benin.",
                 published="2024-05-15")
    assert agreements(result) == [(["BEN", "NER"], "denied", "2024-05-09")]


def test_a_counted_group_is_the_list_named_even_inside_a_larger_sentence():
    result = run("Chile, Peru and Bolivia announced on Monday that they were leaving the bloc, accusing it of serving "
                 "the interests of Brazil. Brazil and Argentina criticised the move. The three governments signed a "
                 "mutual defence pact in September.", published="2024-05-15")
    assert (["BOL", "CHL", "PER"], "signed", "2023-09") in agreements(result)


def test_a_list_item_without_a_subject_takes_the_subject_of_its_lead_in_line():
    result = run("Chile and Peru issued a joint communique on Monday.\n\nAccording to the communique, the two "
                 "presidents:\n\n- agreed to reopen the border crossing at Chacalluta;\n- welcomed the new rail link.",
                 published="2024-05-15")
    assert [a.evidence.text[:22] for a in result.agreements] == ["Chile and Peru issued ", "- agreed to reopen the"]
    assert agreements(result) == [(["CHL", "PER"], "agreed", "2024-05-13")] * 2   # the communique's day


def test_a_group_told_before_plus_states_named_are_all_parties():
    result = run("Chile, Peru, Bolivia, Ecuador and Colombia signed a fisheries accord on Monday. Brazil protested. "
                 "The bloc's eight members, the five Andean states plus Brazil, Paraguay and Uruguay, have also signed "
                 "a customs agreement in 2011.", published="2024-05-15")
    eight = sorted(["CHL", "PER", "BOL", "ECU", "COL", "BRA", "PRY", "URY"])
    assert (eight, "signed", "2011") in agreements(result)


def test_states_that_pledged_that_something_would_happen_agreed():
    result = run("Chile and Peru agreed on a fishing moratorium on Monday. The deal grew out of a declaration signed in "
                 "Lima in July 2015, in which the two countries pledged that their fleets would stay out of the area.",
                 published="2024-05-15")
    assert (["CHL", "PER"], "agreed", "2015-07") in agreements(result)


def test_states_quitting_a_bloc_left_it_and_a_state_leaving_a_program_leaves_it_alone():
    result = run("Chile, Peru and Bolivia announced on Monday that they were quitting the Andean Community with "
                 "immediate effect.", published="2024-05-15")
    assert [(a[0][:3], a[1]) for a in agreements(result)] == [(["BOL", "CHL", "PER"], "denied")]
    result = run("Peru has notified Beijing that it is leaving China's Belt and Road Initiative.", published="2024-05-15")
    assert agreements(result) == [(["PER"], "denied", None)]


def test_treaties_with_each_counterpart_in_their_own_year_even_with_a_breakaway_region():
    result = run("Russia went on to sign treaties of alliance with Abkhazia in 2014 and with South Ossetia in 2015.",
                 published="2024-05-15")
    assert agreements(result) == [(["RUS", "abkhazia"], "signed", "2014"), (["RUS", "south-ossetia"], "signed", "2015")]


def test_the_two_countries_are_the_two_the_sentence_names_even_in_an_aside():
    result = run("Brazil and Peru met in Lima. Bolivia, Peru's main route to the sea, kept its border closed, even "
                 "though the two countries signed an agreement in 2019 for a pipeline.", published="2024-05-15")
    assert (["BOL", "PER"], "signed", "2019") in agreements(result)


def test_leaving_a_treaty_in_a_clause_of_time_is_no_withdrawal():
    result = run("Chile said the four would remain committed to the law of the sea, even after leaving the treaty.",
                 published="2024-05-15")
    assert agreements(result) == []


def test_it_after_a_state_told_another_is_the_state_that_told():
    result = run("Argentina on Thursday told Chile it was terminating the 2016 fisheries pact.", published="2024-05-17")
    assert agreements(result)[0][:2] == (["ARG"], "denied")


def test_a_treaty_handing_something_to_a_state_has_that_state_as_counterpart():
    result = run("Britain signed a treaty on Thursday handing sovereignty over the islands to Argentina while keeping "
                 "the base.", published="2024-05-17")
    assert agreements(result) == [(["ARG", "GBR"], "signed", "2024-05-16")]


def test_a_summit_that_broke_down_without_an_agreement_is_a_refusal_of_both():
    result = run("President Gabriel Boric's second summit with Bolivian President Luis Arce broke down on Thursday "
                 "without any agreement.", published="2024-05-17")
    assert agreements(result) == [(["BOL", "CHL"], "denied", "2024-05-16")]
    assert agreements(run("A conference on the border hosted in Lima by Peru ended without a joint communique.",
                          published="2024-05-17")) == []


def test_two_named_before_met_are_the_meeting_not_a_state_of_a_later_clause():
    result = run("In September last year, Boric and Boluarte met in the resort and agreed to set up a joint patrol, to "
                 "head off a Bolivian government offensive.", published="2024-05-15")
    assert meetings(result) == [(["CHL", "PER"], "2023-09")]


def test_somali_and_samoan_name_their_states_before_an_office():
    result = run("Eritrea and Somalia agreed to restore relations in late July, when Somali President Abdi Warsame "
                 "Nur visited Asmara.", published="2024-05-15")
    assert meetings(result) == [(["ERI", "SOM"], "2023-07")]
    assert meetings(run("Somali pirates met Eritrean fishermen in Asmara on Monday.", published="2024-05-15")) == []


def test_a_place_with_an_accented_capital():
    result = run("French President Emmanuel Macron hosted Chilean President Gabriel Boric. The two leaders met at the "
                 "Élysée Palace for talks.", published="2024-05-15")
    assert [m.place for m in result.meetings] == ["Élysée Palace"]


def test_of_two_sentences_telling_of_one_meeting_the_one_that_says_where_is_kept():
    result = run("PARIS, 10 March 2024 – President Gabriel Boric and President Emmanuel Macron today agreed a package "
                 "of measures on lithium. The two leaders met at the Élysée Palace for talks.", published="2024-03-10")
    assert [(m.place, m.evidence.text[:20]) for m in result.meetings] == [("Élysée Palace", "The two leaders met ")]


def test_talks_in_two_capitals_with_two_hosts_in_turn_are_two_meetings():
    result = run("Bolivian President Luis Arce made his first trip abroad in November, holding talks in Lima and "
                 "Quito with Peru's President Dina Boluarte and Ecuador's President Daniel Noboa.", published="2024-05-15")
    assert sorted((sorted(p.key for p in m.participants), m.place) for m in result.meetings) == \
        [(["BOL", "ECU"], "Quito"), (["BOL", "PER"], "Lima")]


def test_a_family_name_after_an_arabic_article_goes_on_with_the_name():
    result = run("Egyptian President Abdel Fattah al-Sisi met Chilean President Gabriel Boric in Cairo on Monday. "
                 "In March, Sisi and Boric signed a trade memorandum in Santiago.", published="2024-05-15")
    assert ("Abdel Fattah al-Sisi", "President") in [(p.person.label, p.role) for p in result.people]
    assert (["CHL", "EGY"], "signed", "2024-03") in agreements(result)


def test_a_state_naming_a_gathering_is_no_party():
    result = run("Egypt and Chile met in Sochi in October, on the sidelines of the Russia–Africa summit, where the two "
                 "leaders agreed to revive the talks.", published="2024-05-15")
    assert agreements(result) == [(["CHL", "EGY"], "agreed", "2023-10")]


def test_ministers_from_states_after_the_counterparts_named_are_parties_too():
    result = run("Trade Minister Ana Soto signed the agreement with Swiss Economy Minister Guy Parmelin, Norwegian Trade "
                 "Minister Jan Christian Vestre and ministers from Iceland and Liechtenstein in Santiago on Sunday.",
                 published="2024-05-15")
    assert agreements(result)[0][0] == ["CHE", "ISL", "LIE", "NOR"]   # Chile's minister is not told as Chilean


def test_a_signing_in_a_place_by_a_named_official_is_a_meeting_even_in_a_past_year():
    result = run("Chile and Peru signed a border treaty. In 2019, Chilean Foreign Minister Teodoro Ribera signed a "
                 "fisheries protocol with Peru in Arica.", published="2024-05-15")
    assert meetings(result) == [(["CHL", "PER"], "2019")]
    result = run("Chile and Peru signed a fisheries protocol in Arica in 2019.", published="2024-05-15")
    # two states named together as the subject of a signing in a city met there (round T: the gold of 179, 244 and
    # 246 counts "The United States and Russia signed the New START treaty in Prague in 2010" as a meeting)
    assert meetings(result) == [(["CHL", "PER"], "2019")]
    result = run("Chile signed a fisheries protocol with Peru in 2019.", published="2024-05-15")
    assert meetings(result) == []   # no place: a treaty's history


def test_an_act_signed_by_two_presidents_and_a_capital_naming_it_is_no_party():
    result = run("Peru's President Alberto Fujimori and Ecuador's President Jamil Mahuad on Monday signed the Brasília "
                 "Presidential Act, a peace settlement.", published="1998-10-28")
    assert agreements(result) == [(["ECU", "PER"], "signed", "1998-10-26")]
    assert meetings(result) == [(["ECU", "PER"], "1998-10-26")]


def test_a_roundups_later_story_does_not_take_the_parties_of_an_earlier_one():
    result = run("1. Lima, a new treaty\n\nChile and Peru signed a friendship treaty on Tuesday.\n\n2. Quito ratifies\n\n"
                 "Ecuadorian lawmakers on Friday approved the Amazon Agreement by 80 votes.\n\nThe accord was signed last "
                 "June by the two foreign ministers.", published="2024-05-17")
    assert (["ECU"], "signed", "2024-05-17") in agreements(result)   # a legislature's approval: its state's act
    assert [a for a in agreements(result) if a[2] == "2023-06"] == []   # not Chile and Peru's treaty


def test_the_two_who_signed_first_are_the_news_not_a_signing_told_after():
    result = run("Gabriel Boric and Javier Milei signed a friendship treaty on Tuesday in the hall of Santiago's town "
                 "hall, exactly 40 years after Augusto Pinochet and Raúl Alfonsín signed the Beagle Treaty in Rome.",
                 published="2024-05-15")
    assert meetings(result) == [(["ARG", "CHL"], "2024-05-14")]


def test_a_dinner_with_a_leader_is_a_meeting():
    result = run("Chilean President Gabriel Boric flew in on Thursday evening and went straight to a private dinner "
                 "with Peruvian President Dina Boluarte at the palace.", published="2024-05-17")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-16")]


def test_receiving_a_leader_in_a_place_is_a_meeting():
    result = run("Receiving Peruvian President Dina Boluarte in La Moneda on Monday, Chilean President Gabriel Boric "
                 "told reporters that the border would stay open.", published="2024-05-15")
    assert meetings(result) == [(["CHL", "PER"], "2024-05-13")]


def test_states_that_signed_as_witnesses_are_no_parties():
    result = run("Representatives of Brazil, Argentina and Chile signed the accord as witnesses on Monday.",
                 published="2024-05-15")
    assert agreements(result) == []


def test_states_that_have_never_established_relations_agreed_nothing():
    result = run("Chile recognised Bolivia's borders in 1904, but the two countries have never established diplomatic "
                 "relations.", published="2024-05-15")
    assert [a for a in agreements(result) if a[1] == "agreed"] == []
