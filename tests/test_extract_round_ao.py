"""Round AO (thirty-seventh session): sources named in ways the extractor missed: a leader's Office with a capital
O, the presidential palace or office of a state (the one named with it before, else the article's), a sport's
national body named after its state ("Tennis Australia"), an outlet named after how it is run ("the state-run Global
New Light of Myanmar"), a company set beside what it is ("the country's largest carrier, Aerolíneas Argentinas,"),
a UN commission named in full ("the UN Economic Commission for Latin America and the Caribbean"), a body of a place
that is no state, as written ("Greenland's foreign ministry"), and a body whose name holds the initials "U.S."."""

from extract_helpers import agreements, meetings, run, sources


# ---------------------------------------------------------------- sources

def test_a_prime_ministers_office_with_a_capital_o_is_the_office_not_the_prime_minister():
    result = run("The committee decided to review bilateral arrangements with India, the Prime Minister's Office said in "
                 "a statement.", published="2019-08-08")
    assert sources(result) == {"Prime Minister's Office"}


def test_the_presidential_office_is_that_of_the_state_named_with_it_before():
    result = run("South Korea and the United Arab Emirates signed the contract. Lee held talks with Sheikh Khalifa "
                 "before the ceremony, South Korea's presidential office said.\n\nLee and Sheikh Khalifa also "
                 "discussed cooperation in oil and gas, the presidential office said.", published="2009-12-28")
    keys = {s.source.key for s in result.statements}
    assert keys == {"kor-presidency"}   # one body, however it was named
    assert result.statements[-1].source.country == "KOR"


def test_the_presidential_palace_is_the_articles_states():
    result = run("Afghanistan opened the Kamal Khan dam in Nimroz province on Wednesday, years after work began. The "
                 "presidential palace said in a statement that the dam would irrigate about 80,000 hectares.",
                 published="2021-03-24", title="Afghanistan opens Kamal Khan dam")
    assert sources(result) == {"Afghan presidential palace"}
    assert result.statements[0].source.country == "AFG"


def test_a_sports_national_body_named_after_its_state_is_an_organization_not_the_state():
    result = run("Djokovic was deported on Sunday. Tennis Australia said it respected the decision. Cricket South "
                 "Africa said in a statement that it had followed the case.", published="2022-01-16")
    assert {"Tennis Australia", "Cricket South Africa"} <= sources(result)
    assert all(s.source.kind == "org" for s in result.statements)


def test_an_outlet_named_after_how_it_is_run_is_a_news_organization():
    result = run("The document was signed by Myanmar's science minister and the head of Rosatom, the state-run Global "
                 "New Light of Myanmar reported on Wednesday.", published="2023-02-08")
    assert sources(result) == {"Global New Light of Myanmar"}
    assert result.statements[0].source.org_class == "NewsOrganization"


def test_a_company_set_beside_what_it_is_is_a_source_even_if_its_name_looks_like_a_persons():
    result = run("The shipping company, Macduff Shellfish, said its vessel had been fishing legally. The country's "
                 "largest carrier, Aerolineas Argentinas, said it would fly the doses.", published="2020-12-24")
    assert sources(result) == {"Macduff Shellfish", "Aerolineas Argentinas"}


def test_an_owner_set_beside_a_persons_name_is_no_body():
    result = run("The vessel's owner, Ahmed Ali, said it had been fishing legally.", published="2020-12-24")
    assert sources(result) == set()


def test_a_un_commission_named_in_full_is_the_commission_not_the_un():
    result = run("The UN Economic Commission for Latin America and the Caribbean (ECLAC) estimated that the region's "
                 "economy shrank 7.7 percent this year.", published="2020-12-17")
    assert sources(result) == {"Economic Commission for Latin America and the Caribbean"}


def test_a_place_bodys_possessive_is_kept_as_written_and_also_named_without_it():
    result = run("Denmark rejected the offer. Greenland's foreign ministry had said on Friday that the island was open "
                 "for business, not for sale.", published="2019-08-21")
    source = result.statements[-1].source
    assert source.label == "Greenland's foreign ministry" and source.country is None
    assert "Greenland foreign ministry" in result.aliases[source.key]


def test_a_sentence_opening_the_foreign_ministry_names_no_place_called_the():
    result = run("Ecuador protested to Beijing over the fishing fleet near the Galápagos. The foreign ministry said it "
                 "had summoned the Chinese ambassador.", published="2020-08-03", title="Ecuador protests to China")
    assert "The foreign ministry" not in sources(result)


def test_a_bodys_name_may_hold_the_initials_us():
    result = run("In its 2022 National Trade Estimate Report on Foreign Trade Barriers, published in March, the Office of "
                 "the U.S. Trade Representative had already listed Mexico's energy measures among the main obstacles.",
                 published="2022-07-20")
    assert sources(result) == {"Office of the U.S. Trade Representative"}
    assert [r.publisher.label for r in result.reports] == ["Office of the U.S. Trade Representative"]


# ---------------------------------------------------------------- agreements

def test_a_pledge_to_work_together_is_an_aim_not_an_agreement():
    for sentence in ("The Romanian Foreign Ministry said that Bucharest and Paris had pledged to work together on the "
                     "integration of Roma.",
                     "Egypt and Ethiopia held talks in Addis Ababa. Both sides pledged to make the Nile a source of "
                     "cooperation rather than conflict."):
        assert agreements(run(sentence, published="2011-05-14")) == [], sentence


def test_an_older_instrument_named_in_a_later_agreements_sentence_rests_on_the_sentence_that_tells_it():
    result = run("Nepal and India agreed on Monday to review the 1950 Treaty of Peace and Friendship that has governed "
                 "their relations for almost six decades.\n\nThe treaty, signed in Kathmandu in July 1950, lets "
                 "citizens of each country live and work freely in the other.", published="2008-09-16")
    told = {(r.status, r.evidence.text.split(",")[0]) for r in result.agreements}
    assert ("signed", "The treaty") in told
    assert ("signed", "Nepal and India agreed on Monday to review the 1950 Treaty of Peace and Friendship that has "
                      "governed their relations for almost six decades.") not in told
    assert ({"NPL", "IND"}, "agreed", "2008-09-15") in agreements(result)


def test_the_memorandum_signed_by_two_ministers_is_the_memorandum_told_before_not_a_treaty_named_since():
    result = run("Egypt and Israel signed a memorandum of understanding in Cairo on June 30 under which Egypt will "
                 "supply natural gas to Israel, the largest deal between the two countries since their 1979 peace "
                 "treaty. The memorandum was signed by Egyptian Petroleum Minister Sameh Fahmy and Israeli National "
                 "Infrastructure Minister Binyamin Ben-Eliezer.", published="2005-07-02")
    last = [r for r in result.agreements if r.evidence.text.startswith("The memorandum")]
    assert [(r.date, "memorandum" in r.topic) for r in last] == [("2005-06-30", True)]


def _nodes(result):
    return {(frozenset(p.key for p in r.parties), r.topic, r.date, r.status) for r in result.agreements}


def test_a_named_instrument_signed_the_same_day_by_the_same_parties_is_the_one_told_first():
    result = run("Australia and South Korea signed a free trade agreement in Seoul on Tuesday. Trade Minister Andrew Robb "
                 "and Korea's Minister of Trade Yoon Sang-jick signed the Korea–Australia Free Trade Agreement at the "
                 "presidential Blue House, with Prime Minister Tony Abbott and President Park Geun-hye looking on.",
                 published="2014-04-08")
    assert len(result.agreements) == 2   # two sentences, two claims
    assert _nodes(result) == {(frozenset({"AUS", "KOR"}), "free trade agreement", "2014-04-08", "signed")}


def test_two_instruments_told_in_one_sentence_stay_two():
    result = run("Uzbek President Shavkat Mirziyoyev and his Tajik counterpart Emomali Rahmon on Friday signed a treaty on "
                 "strategic partnership and an agreement lifting visa requirements.", published="2018-08-18")
    assert len(_nodes(result)) == 2


# ---------------------------------------------------------------- sources, second part

def test_a_sports_body_named_by_its_state_then_its_sport_is_an_organization():
    result = run("The tour was abandoned. Sri Lanka Cricket said the players would be given counselling.",
                 published="2009-03-04")
    assert sources(result) == {"Sri Lanka Cricket"}


def test_the_body_a_statement_came_from_is_the_source_not_the_place_it_came_from():
    assert sources(run("Washington, which took Libya off its list of state sponsors of terrorism last year, welcomed the "
                       "release in a statement from the State Department.", published="2007-07-25")) == {"State Department"}
    assert "Geneva" not in sources(run("The UN High Commissioner for Refugees said in a statement from Geneva that it was "
                                       "deeply concerned.", published="2014-09-27"))


def test_the_un_high_commissioner_for_refugees_is_the_refugee_agency_not_the_un():
    result = run("The UN High Commissioner for Refugees said in a statement that it was deeply concerned.",
                 published="2014-09-27")
    assert sources(result) == {"United Nations High Commissioner for Refugees"}


def test_a_known_bodys_possessive_before_a_title_is_its_publisher_and_a_source():
    result = run("Transparency International's Corruption Perceptions Index 2020, published in January, gave Guatemala a "
                 "score of 25 out of 100.", published="2021-06-10")
    assert [(r.title, r.publisher.label) for r in result.reports] == [("Corruption Perceptions Index 2020",
                                                                       "Transparency International")]
    assert sources(result) == {"Transparency International"}


def test_a_possessive_that_opens_the_match_still_names_the_publisher():
    result = run("The U.S. Geological Survey's Assessment of Undiscovered Oil and Gas Resources of the Levant Basin "
                 "Province, published in 2010, estimated a mean of 122 trillion cubic feet of gas.", published="2014-11-09")
    assert [r.publisher.label for r in result.reports] == ["U.S. Geological Survey"]
    assert sources(result) == {"U.S. Geological Survey"}


def test_the_publishers_possessive_drops_the_article():
    result = run("The Regional Cooperation Council's Balkan Barometer 2019 survey found that large majorities across the "
                 "region believe closer cooperation can help.", published="2019-07-10")
    assert sources(result) == {"Regional Cooperation Council"}


def test_paho_is_the_pan_american_health_organization():
    assert sources(run("PAHO said in a statement that the Cuban doctors had long experience in primary care.",
                       published="2013-08-22")) == {"Pan American Health Organization"}


def test_a_live_blogs_time_before_the_speaker_is_no_part_of_it():
    result = run("15:30 – The African National Congress said in a statement that party president Jacob Zuma had visited "
                 "displaced people.", published="2008-05-22")
    assert sources(result) == {"African National Congress"}


def test_whose_data_a_figure_is_according_to_is_the_source():
    assert sources(run("Salmon exports rose 9 percent last year, according to Statistics Norway figures.",
                       published="2019-02-01")) == {"Statistics Norway"}
    assert sources(run("Exports fell 5 percent, according to World Bank figures.", published="2019-02-01")) == {"World Bank"}
    assert sources(run("Exports fell 5 percent, according to official data.", published="2019-02-01")) == set()


def test_analysts_or_officials_at_a_body_speak_for_it():
    result = run("Analysts at the Armed Conflict Location & Event Data Project (ACLED) say attacks on civilians have "
                 "continued to rise. Officials at the State Department said the talks would resume.",
                 published="2024-07-10")
    assert sources(result) == {"Armed Conflict Location and Event Data Project", "State Department"}


def test_a_bodys_name_then_say_is_its_statement_but_not_critics_somewhere():
    assert sources(run("Hungarian police say more than 4,000 migrants crossed on Monday.",
                       published="2015-09-01")) == {"Hungarian police"}
    assert sources(run("Critics in Brussels say the pipeline does little to diversify Europe's suppliers.",
                       published="2011-11-08")) == set()


def test_africas_centres_for_disease_control_is_a_body():
    result = run("The Africa Centres for Disease Control and Prevention declared on Tuesday its first-ever public health "
                 "emergency of continental security.", published="2024-08-14")
    assert sources(result) == {"Africa Centres for Disease Control and Prevention"}


# ---------------------------------------------------------------- reports

def _reports(result):
    return {(r.title, r.publisher.label if r.publisher else None) for r in result.reports}


def test_a_quoted_title_read_in_or_in_its_authors_is_a_report():
    assert _reports(run('In "The State of World Fisheries and Aquaculture 2006", the UN Food and Agriculture Organization '
                        'listed the Peruvian anchoveta as the largest fishery.', published="2008-01-17")) == {
        ("State of World Fisheries and Aquaculture 2006", "Food and Agriculture Organization")}
    assert _reports(run('The United Nations fact-finding team said in its "Report of the Fact-finding Mission to Lebanon", '
                        'published last month, that the security services had neglected the investigation.',
                        published="2005-04-26")) == {("Report of the Fact-finding Mission to Lebanon", "United Nations")}


def test_a_quoted_title_mid_sentence_without_its_is_no_report():
    assert run('She starred in "The Lady", a film about Aung San Suu Kyi.', published="2012-01-20").reports == []


def test_a_quoted_title_after_the_edition_of_its_report():
    result = run('In the 2004 edition of its annual report "Latin America and the Caribbean in the World Economy", the UN '
                 'Economic Commission for Latin America and the Caribbean (ECLAC) said Chinese demand had become a main '
                 'driver.', published="2005-11-19")
    assert _reports(result) == {("Latin America and the Caribbean in the World Economy",
                                 "Economic Commission for Latin America and the Caribbean")}


def test_a_titled_report_of_a_body_according_to_which():
    result = run("According to the World Health Statistics 2013 report of the World Health Organization, Brazil has about "
                 "1.8 doctors per 1,000 people.", published="2013-08-22")
    assert _reports(result) == {("World Health Statistics 2013", "World Health Organization")}


def test_a_quoted_title_set_after_the_kind_its_author_published():
    result = run('In April, Amnesty International and Human Rights Watch published a joint report, "We Will Erase You From '
                 'This Land", accusing officials of a campaign of ethnic cleansing.', published="2022-11-03")
    assert [r.title for r in result.reports] == ["We Will Erase You From This Land"]


def test_a_title_after_the_edition_of_its_report():
    result = run("In the 2014 edition of its report The State of World Fisheries and Aquaculture, the U.N. Food and "
                 "Agriculture Organization estimated that close to three in ten stocks were overfished.",
                 published="2016-03-16")
    assert [(r.title, r.year) for r in result.reports] == [("State of World Fisheries and Aquaculture", 2014)]


def test_an_instrument_signed_in_a_past_year_in_a_sentence_naming_one_of_the_pair_is_the_pairs():
    result = run("Denmark rejected Trump's offer to buy Greenland, and the United States cancelled the visit.\n\nUnder a "
                 "defence agreement signed in 1951, the U.S. military runs Thule Air Base in northwest Greenland.",
                 published="2019-08-21")
    assert ({"USA", "DNK"}, "signed", "1951") in agreements(result)


def test_a_past_instrument_naming_a_third_state_is_not_the_pairs():
    result = run("Denmark rejected Trump's offer to buy Greenland, and the United States cancelled the visit.\n\nUnder a "
                 "treaty signed in 1951, Norway runs a base in the Arctic.", published="2019-08-21")
    assert not any(status == "signed" for _, status, _ in agreements(result))


# ---------------------------------------------------------------- meetings

def test_a_signing_leaders_were_expected_to_make_is_no_meeting():
    result = run("Canadian Prime Minister Mark Carney and Indonesian President Prabowo Subianto signed a trade pact. The "
                 "leaders were expected to sign the agreement at the Group of Seven summit in Kananaskis, Alberta, in June, "
                 "but Prabowo chose instead to speak at a forum in St. Petersburg.", published="2025-09-24")
    assert not any(m.evidence.text.startswith("The leaders were expected") for m in result.meetings)


def test_talks_suspended_or_requested_are_no_meeting():
    assert meetings(run("Anastasiades responded by suspending his participation in the UN-backed reunification talks with "
                        "the Turkish Cypriot leader, Dervis Eroglu.", published="2014-11-08")) == set()
    assert meetings(run("The United States on Wednesday requested dispute settlement consultations with Mexico under the "
                        "United States-Mexico-Canada Agreement.", published="2022-07-21")) == set()


# ---------------------------------------------------------------- page noise, refusals that are none

def test_a_newsletters_contents_line_is_no_text():
    result = run("In today's edition: Argentina quits the World Health Organization, Marburg in Tanzania and the U.S. aid "
                 "freeze.\n\nThe finance ministry said on Wednesday that Argentina would leave PAHO.", published="2025-02-06")
    assert [r.evidence.text[:20] for r in result.agreements] == ["The finance ministry"]


def test_declining_to_sign_in_an_if_clause_is_no_refusal():
    assert agreements(run('Austrian Chancellor Karl Nehammer said he was "not too worried" if some participants declined to '
                          'sign, calling the summit "a process".', published="2024-06-16")) == []


def test_a_state_whose_ally_someone_is_is_no_side_of_the_meeting():
    result = run("South Korean President Park Geun-hye met Chinese President Xi Jinping in Beijing on Sept. 2, the only "
                 "leader of a major U.S. ally to attend the parade.", published="2016-07-10")
    assert meetings(result) == {(frozenset({"KOR", "CHN"}), "2015-09-02")}


def test_the_presidential_office_is_that_of_the_president_named_last_when_no_state_was_named_with_it():
    result = run("Russia denied the reports. President Yoon Suk Yeol convened an emergency security meeting on Friday. "
                 "Participants agreed that the move posed a grave threat, the presidential office said.",
                 published="2024-10-19", title="Russia denies troop reports")
    assert [s.source.country for s in result.statements] == ["KOR"]


def test_a_leaders_office_named_by_his_surname_is_also_his_states_office():
    result = run("Iraq and Turkey agreed a water deal. Sudani's office described the mechanism as one of the sustainable "
                 "solutions to Iraq's water crisis.", published="2025-11-03")
    source = result.statements[-1].source
    assert source.label == "Sudani's office"
    assert "Iraqi prime minister’s office" in result.aliases[source.key]
