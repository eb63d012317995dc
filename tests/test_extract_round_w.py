"""Round W (eighteenth session): named instruments told by their year, and what the blind blocks 535–558 lost."""

from extract_helpers import agreements, run, states


# ---------------------------------------------------------------- named instruments with a year

def test_a_named_instrument_with_a_year_is_an_agreement_of_the_articles_two_states():
    result = run("India and Pakistan traded accusations at the United Nations on Tuesday. Islamabad said it would hold in "
                 "abeyance the 1972 Simla Agreement until New Delhi changed course.", published="2025-04-24")
    assert ({"IND", "PAK"}, "signed", "1972") in agreements(result)


def test_a_named_instrument_read_with_the_pair_even_when_the_sentence_names_one_of_them():
    result = run("Mexico and the United States met in Washington on Monday to discuss water. Under the 1944 Water Treaty, "
                 "Mexico must deliver an average of 350,000 acre-feet a year to the Rio Grande.", published="2024-05-15")
    assert ({"MEX", "USA"}, "signed", "1944") in agreements(result)


def test_a_named_instrument_whose_name_holds_two_states_is_theirs():
    result = run("Malawi and Tanzania met in Lilongwe on Monday over the lake. Malawi bases its claim on the 1890 "
                 "Anglo-German Agreement, which fixed the boundary along the eastern shore.", published="2012-08-21")
    assert ({"DEU", "GBR"}, "signed", "1890") in agreements(result)
    assert ({"MWI", "TZA"}, "signed", "1890") not in agreements(result)


def test_a_named_instrument_is_not_given_a_third_states_sentence():   # a guard: the sentence names another state
    result = run("Mexico and the United States met in Washington on Monday to discuss water. Canada cited the 1944 Water "
                 "Treaty in its own talks.", published="2024-05-15")
    assert not [a for a in agreements(result) if a[2] == "1944"]


def test_a_multilateral_convention_or_un_instrument_is_not_the_pairs():   # guards
    for sentence in ("Turkey, which is not a party to the 1982 U.N. Convention on the Law of the Sea, objected.",
                     "UNHCR said the plan was contrary to the spirit of the 1951 Refugee Convention.",
                     "Both governments said they remained committed to the 2015 Paris Agreement on climate."):
        result = run("Greece and Turkey met in Athens on Monday to discuss the Aegean. " + sentence, published="2023-12-07")
        assert not [a for a in agreements(result) if a[2] in ("1951", "1982", "2015")], sentence


def test_a_lowercase_instrument_with_a_year_still_needs_its_parties_named():   # a guard: the 2015 nuclear deal
    result = run("Iran and the United States met in Oman on Saturday. Trump pulled out of the 2015 nuclear deal in 2018.",
                 published="2025-04-14")
    assert not [a for a in agreements(result) if a[2] == "2015"]


def test_a_named_instrument_already_told_in_the_sentence_is_not_listed_twice():   # a guard
    result = run("Serbia and Kosovo met in Ohrid on Saturday. The 2013 Brussels Agreement, concluded on April 19 of that "
                 "year by the two prime ministers, envisaged an association of Serb-majority municipalities.",
                 published="2023-03-19")
    assert len([a for a in agreements(result) if a[0] == {"SRB", "XKX"} and a[1] == "signed"]) == 1


# ---------------------------------------------------------------- meetings

def meetings(result) -> list[tuple[set[str], str | None, str | None]]:
    return [({p.key for p in m.participants}, m.place, m.date) for m in result.meetings]


def test_the_visit_a_sentence_says_the_news_follows_is_the_meeting_it_tells():
    result = run("The visit to Tajikistan follows Mirziyoyev's state visit to Kyrgyzstan in September 2017, when Tashkent "
                 "and Bishkek signed a treaty settling most of their border.", published="2018-03-09")
    assert meetings(result) == [({"KGZ", "UZB"}, "Kyrgyzstan", "2017-09")]
    result = run("Kishida's trip comes two weeks after Chinese Premier Li Qiang travelled to Canberra, where he met "
                 "Prime Minister Anthony Albanese on June 17.", published="2024-07-01")
    assert [m[:2] for m in meetings(result)] == [({"AUS", "CHN"}, "Canberra")]


def test_a_state_accused_after_the_meeting_is_no_side_of_it():
    result = run("US Vice President Kamala Harris travelled to Hanoi, where she met Prime Minister Pham Minh Chinh on "
                 "Wednesday and accused Beijing of coercion.", published="2021-08-27")
    assert [m[0] for m in meetings(result)] == [{"USA", "VNM"}]


def test_the_place_where_stands_for_is_the_meetings_unless_its_clause_names_one():
    result = run("Spanish Prime Minister Pedro Sanchez then travelled to Rabat, where he was received by King Mohammed VI "
                 "of Morocco on April 7.",
                 published="2022-04-20")
    assert [m[1] for m in meetings(result)] == ["Rabat"]
    result = run("Hichilema went to Paris in May, where he held talks with Macron at the Elysee Palace.",   # a guard
                 published="2023-06-23")
    assert [m[1] for m in meetings(result)] == ["Elysee Palace"]


def test_a_visitor_named_by_the_arabic_article_opening_a_sentence_acts_for_the_state_told_before():
    result = run("The announcement followed a visit to Mogadishu this week by Mutlaq bin Majed al-Qahtani, Qatar's "
                 "special envoy for counterterrorism, who met President Mohamed Abdullahi Mohamed. Al-Qahtani had "
                 "travelled to Nairobi earlier for talks with Kenyan officials, according to diplomats in both capitals.",
                 published="2019-10-10")
    assert [m[0] for m in meetings(result)] == [{"QAT", "SOM"}, {"KEN", "QAT"}]


# ---------------------------------------------------------------- people

def test_a_states_possessive_opening_an_appositive_role_is_the_persons_state():
    for sentence, name, state in (
            ("Mutlaq bin Majed al-Qahtani, Qatar's special envoy for counterterrorism, met him.", "Mutlaq bin Majed al-Qahtani", "QAT"),
            ("John Smith, Britain's special envoy for Libya, met him.", "John Smith", "GBR"),
            ("John Smith, Britain's ambassador to Libya, met him.", "John Smith", "GBR")):
        people = {p.person.label: p.affiliation and p.affiliation.key for p in run(sentence, published="2021-07-12").people}
        assert people.get(name) == state, sentence


def test_the_subject_of_a_clause_ending_after_hours_of_talks_with_others_took_part():
    result = run("Malaysian Foreign Minister Anifah Aman announced the decision after more than four hours of talks with "
                 "his Indonesian counterpart Retno Marsudi and Thai Foreign Minister Tanasak Patimapragorn in Malaysia's "
                 "administrative capital.", published="2015-05-20")
    assert [m[:2] for m in meetings(result)] == [({"IDN", "MYS", "THA"}, "Malaysia")]


def test_a_call_to_thank_a_host_for_the_meeting_is_no_meeting():
    result = run("Sheikh Tamim of Qatar telephoned King Abdullah of Saudi Arabia on Monday morning to thank him for "
                 "hosting the meeting.", published="2014-11-18")
    assert meetings(result) == []
    result = run("King Abdullah of Saudi Arabia hosted the meeting with Sheikh Tamim of Qatar in Riyadh on Sunday.",
                 published="2014-11-18")   # a guard: no call
    assert [m[0] for m in meetings(result)] == [{"QAT", "SAU"}]


def test_talks_that_broke_down_at_a_place_on_a_day_were_held():
    result = run("Talks between Israel and Lebanon broke down in Naqoura on November 11 over the maritime line.",
                 published="2020-12-01")
    assert meetings(result) == [({"ISR", "LBN"}, "Naqoura", "2020-11-11")]
    assert meetings(run("Talks between Israel and Lebanon broke down over the maritime line.",   # a guard
                        published="2020-12-01")) == []


# ---------------------------------------------------------------- agreements and states

def test_leaving_or_joining_the_international_criminal_court_is_the_states_membership():
    for sentence, state, status in (
            ("Gambia said late on Tuesday that it would withdraw from the International Criminal Court.", "GMB", "denied"),
            ("The Philippines left the International Criminal Court in 2019.", "PHL", "denied"),
            ("Armenia joined the International Criminal Court in February.", "ARM", "signed")):
        found = agreements(run(sentence, published="2016-10-26"))
        assert [(parties - {"international-criminal-court"}, s) for parties, s, _ in found] == [({state}, status)], sentence


def test_a_capital_naming_an_instrument_is_no_state():
    result = run("Burundi withdrew from the Rome Statute of the International Criminal Court in October 2016.",
                 published="2016-10-26")
    assert states(result) == {"BDI"}
    for sentence, absent in (("Both governments remain committed to the Paris Agreement on climate.", "FRA"),
                             ("Kyiv and Moscow signed the Minsk Protocol in September 2014.", "BLR")):
        assert absent not in states(run(sentence, published="2016-10-26")), sentence
    for sentence in ("Kwame Asante, a lecturer at the Accra Centre for Justice Studies, said the court had a problem.",
                     "The Stockholm International Peace Research Institute said arms imports rose."):   # an institute
        assert states(run(sentence, published="2016-10-26")) == set(), sentence
    assert "FRA" in states(run("Paris and Berlin signed a treaty in 2019.", published="2019-02-01"))   # a guard


def test_a_company_whose_name_holds_a_state_is_no_party_for_that_state():
    for sentence in ("Among the documents signed on Sunday was a framework agreement between the Tanzanian government "
                     "and China Merchants Holdings on developing a port at Bagamoyo.",
                     "The Kenyan government signed a loan agreement with China Development Bank on Monday.",
                     "Qatar Airways signed a deal with the Rwandan government to take a stake in the new airport.",
                     "State-owned Pakistan State Oil signed a ten-year LNG supply contract with Qatar Petroleum in February."):
        assert agreements(run(sentence, published="2013-03-25")) == [], sentence
    # guards: the states themselves, and a government agency named a corporation
    assert agreements(run("China and Kenya signed a loan agreement on Monday.", published="2013-03-25")) == \
        [({"CHN", "KEN"}, "signed", "2013-03-25")]
    found = agreements(run("Adam Boehler, head of the US International Development Finance Corporation, signed an "
                           "agreement with Moroccan officials on Tuesday.", published="2020-12-23"))
    assert [parties for parties, _, _ in found] == [{"MAR", "USA"}]


def test_agreeing_to_hold_a_further_round_of_talks_is_no_meeting_held():
    result = run("The two Koreas met in Incheon on Saturday. The two sides agreed to hold the second round of high-level "
                 "talks, which Seoul had proposed, between late October and early November.", published="2014-10-05")
    assert [m[1] for m in meetings(result)] == ["Incheon"]


def test_a_broker_named_with_as_is_no_party():
    result = run("Qatar reached an accord with Saudi Arabia in November 2013 with Kuwait as broker.", published="2014-11-17")
    assert agreements(result) == [({"QAT", "SAU"}, "agreed", "2013-11")]


def test_welcoming_a_leader_at_a_place_is_a_meeting():
    result = run("President Recep Tayyip Erdogan welcomed Saudi Crown Prince Mohammed bin Salman with an official ceremony "
                 "at the Presidential Complex in Ankara on Wednesday.", published="2022-06-23")
    assert meetings(result) == [({"SAU", "TUR"}, "Ankara", "2022-06-22")]
    for sentence in ("Kenya welcomed the decision by Somalia on Monday.",   # guards: a decision welcomed
                     "Kenya welcomed Somalia's decision at the UN in New York on Monday."):
        assert meetings(run(sentence, published="2022-06-23")) == [], sentence


def test_an_official_who_toured_states_visited_each():
    result = run("Iranian Foreign Minister Mohammad Javad Zarif toured Kuwait, Qatar, Oman and the United Arab Emirates "
                 "in December.", published="2014-03-12")
    assert sorted(sorted(m[0]) for m in meetings(result)) == [["ARE", "IRN"], ["IRN", "KWT"], ["IRN", "OMN"], ["IRN", "QAT"]]
    result = run("German Foreign Minister Annalena Baerbock toured Kazakhstan and Uzbekistan late last year.",
                 published="2023-09-30")
    assert sorted(sorted(m[0]) for m in meetings(result)) == [["DEU", "KAZ"], ["DEU", "UZB"]]
    for sentence in ("The Pakistan cricket team toured England and Ireland in 2016, playing four Tests.",   # guards: sport
                     "Pakistan toured Australia in December for a three-match Test series."):
        assert meetings(run(sentence, published="2017-01-01")) == [], sentence


def test_he_opening_a_sentence_is_the_person_who_opened_the_sentence_before_not_the_last_named():
    result = run("Saudi Crown Prince Mohammed bin Salman met Turkish President Recep Tayyip Erdogan in Ankara on Wednesday. "
                 "The crown prince arrived in Ankara from Amman, where he held talks on Tuesday with King Abdullah II of "
                 "Jordan. He had begun his tour in Cairo, where he met Egyptian President Abdel Fattah al-Sisi.",
                 published="2022-06-23")
    assert {"EGY", "SAU"} in [m[0] for m in meetings(result)]
    assert {"EGY", "JOR"} not in [m[0] for m in meetings(result)]


def test_joining_a_mission_or_force_of_a_body_is_no_membership_of_the_body():
    result = run("The Kenya Defence Forces entered Somalia in October 2011 and later joined the African Union Mission in "
                 "Somalia (AMISOM), alongside troops from Uganda, Burundi and Ethiopia.", published="2016-05-10")
    assert agreements(result) == []
    assert agreements(run("Morocco rejoined the African Union in January 2017.", published="2017-02-01")) == \
        [({"MAR", "african-union"}, "signed", "2017-01")]   # a guard


# ---------------------------------------------------------------- sources

def sources(result) -> list[tuple[str, str]]:
    return [(s.source.label, s.source.org_class) for s in result.statements]


def test_an_outlet_named_after_official_or_before_its_kind_is_the_source():
    for sentence, outlet, kind in (
            ("Cuba's official newspaper Granma said the agreement reflected the ties of the two peoples.", "Granma",
             "NewsOrganization"),
            ("In Ankara the two leaders also discussed Iran, the Anatolia news agency reported.", "Anatolia", "NewsAgency"),
            ("Foreign Minister Riyad al-Maliki said the embassy would open, the official Wafa news agency reported.",
             "Palestinian News and Information Agency", "NewsAgency"),   # Wafa, known by name since round AA
            ("Le Hong Tinh told the news site Dtinews this month that the estimate had nearly doubled.", "Dtinews",
             "NewsOrganization")):
        assert sources(run(sentence, published="2016-11-23")) == [(outlet, kind)], sentence
    assert sources(run("A Cuban official said the agreement reflected the ties of the two peoples.",   # a guard
                       published="2016-11-23")) == []


def test_a_states_police_border_guard_or_a_named_party_is_the_source():
    for sentence, source in (("Polish police said several officers were hurt, one of them seriously.", "Polish police"),
                             ("Poland's Border Guard said it had recorded 501 attempts to cross the frontier.",
                              "Poland's Border Guard"),
                             ("The main opposition Congress party said the agreement fell short.", "Congress party"),
                             ("The charity Reprieve said in a statement that he was relieved.", "Reprieve")):
        assert [label for label, _ in sources(run(sentence, published="2021-11-18"))] == [source], sentence
    assert sources(run("A third party said the deal was poor.", published="2021-11-18")) == []   # a guard


def test_a_round_held_on_a_day_at_a_place_is_a_meeting_of_the_two_sides():
    result = run("India and China held talks on Monday. The ninth round was held on Jan. 24 at Moldo and ran for more "
                 "than 15 hours.", published="2021-02-11")
    assert ({"CHN", "IND"}, "Moldo", "2021-01-24") in meetings(result)
    result = run("India and China held talks on Monday. The next round will be held in Geneva.", published="2021-02-11")
    assert [m[1] for m in meetings(result)] == [None]   # a guard: a round to come


def test_leaders_who_met_at_someones_invitation_met():
    result = run("On March 18, Presidents Felix Tshisekedi of the Democratic Republic of Congo and Paul Kagame of Rwanda met "
                 "in Doha at the invitation of the Emir of Qatar.",
                 published="2025-03-20")
    assert [m[0] for m in meetings(result)] == [{"COD", "RWA"}]
    result = run("Tshisekedi of Congo accepted an invitation to visit Kigali.", published="2025-03-20")
    assert meetings(result) == []   # a guard: an invitation is no meeting held


def test_calling_on_a_leader_later_that_day_is_a_meeting():
    result = run("External Affairs Minister Sushma Swaraj of India called on Seychelles President Danny Faure later on "
                 "Monday.", published="2018-06-26")
    assert [m[0] for m in meetings(result)] == [{"IND", "SYC"}]


# ---------------------------------------------------------------- not agreements

def test_a_stance_or_an_aim_to_raise_ties_is_no_agreement():
    for sentence in ("Both countries are committed to maintaining peace and stability in the region, Modi said.",
                     "The two countries have pledged to elevate their cooperation to new heights.",
                     "The two countries also pledged to increase trade and investment.",
                     'The two leaders pledged to work for a relationship of "mutual respect".'):
        result = run("India and Seychelles met in New Delhi on Monday. " + sentence, published="2018-06-26")
        assert agreements(result) == [], sentence
    for sentence in ("The two countries pledged to double trade to 10 billion dollars by 2025.",   # guards: a target,
                     "The two countries committed to building a railway line."):                 # a commitment
        result = run("India and Seychelles met in New Delhi on Monday. " + sentence, published="2018-06-26")
        assert [(p, s) for p, s, _ in agreements(result)] == [({"IND", "SYC"}, "agreed")], sentence


def test_a_treaty_told_then_awaiting_one_sides_ratification_is_not_listed_again():
    result = run("Britain and France signed two defence treaties in London on Tuesday. The treaties still have to be "
                 "ratified by the French parliament, but in Britain they will simply be laid before Parliament.",
                 published="2010-11-03")
    assert {(frozenset(p), s) for p, s, _ in agreements(result)} == {(frozenset({"FRA", "GBR"}), "signed")}
    assert all(a.evidence.text.startswith("Britain and France") for a in result.agreements)


def test_a_hedge_in_the_comment_after_the_agreement_does_not_undo_it():
    result = run("Mexico agreed on Friday to write off 70 percent of the debt that Cuba owes it, the clearest sign yet that "
                 "President Enrique Pena Nieto wants to repair relations with Havana.", published="2013-11-02")
    assert agreements(result) == [({"CUB", "MEX"}, "agreed", "2013-11-01")]
    result = run("Mexico wants to write off the debt that Cuba owes it, a sign of warming ties.", published="2013-11-02")
    assert agreements(result) == []   # a guard: the hedge before the comment


# ---------------------------------------------------------------- people

def people(result) -> dict[str, str | None]:
    return {p.person.label: p.affiliation.key if p.affiliation else None for p in result.people}


def test_each_author_of_a_header_author_line_is_a_person_and_a_desk_is_none():
    from kg.sources import parse_article
    from kg.extract import extract
    body = ("\n\nPoland and the United States signed a nuclear agreement in Washington on Monday.\n\n"
            "It covers six reactors.\n")
    for line, names in (("Dmitri Alekseev and Selin Aydin", {"Dmitri Alekseev", "Selin Aydin"}),
                        ("Jane Doe, Staff Writer", {"Jane Doe"}),
                        ("Media and Communications Unit", set()), ("Associated Press", set())):
        article = parse_article(f"Title: Test\nPublisher: Grid Weekly\nDate: 2020-10-20\nAuthor: {line}{body}", "t.txt")
        assert {c.name for c in article.credits if c.role == "author"} == names, line
        assert names <= set(people(extract(article))), line


def test_a_person_described_by_a_relative_clause_or_an_outlet_after_a_possessive():
    assert "Katrin Wenzel" in people(run('"It is a multi-vector policy," said Katrin Wenzel, who follows the region at '
                                         'the Institute for Eurasian Studies in Berlin.', published="2023-09-30"))
    found = people(run("Delegations were wary, Peru's El Comercio newspaper reported. Laura Ortiz, a political scientist "
                       "at Bogota's Universidad Externado, said so.", published="2017-08-09"))
    assert "El Comercio" not in found and "Universidad Externado" not in found and "Laura Ortiz" in found


def test_talks_told_as_a_process_are_no_meeting():
    for sentence in ("Indonesia and Vietnam signed nothing in Bogor on Thursday after 12 years of talks.",
                     "China, Japan and South Korea, whose own trilateral trade talks, launched in 2012 in Seoul, have made "
                     "little progress, signed nothing.",
                     "The Saudis kept Washington informed about the talks in Beijing on Friday.",
                     "North Korea's failed launch in April had added urgency to the talks in Seoul, officials said."):
        assert meetings(run(sentence, published="2018-12-23")) == [], sentence
    result = run("Indonesia and Vietnam held talks in Bogor on Thursday.", published="2018-12-23")   # a guard
    assert meetings(result) == [({"IDN", "VNM"}, "Bogor", "2018-12-20")]


def test_a_state_hosting_a_base_or_a_fleet_holds_no_meeting():
    for sentence in ("Diego Garcia has hosted a joint UK–U.S. base since the two countries signed an agreement in 1966.",
                     "Bahrain has hosted the US Navy's Fifth Fleet for more than 25 years."):
        assert meetings(run(sentence, published="2023-03-20")) == [], sentence
    result = run("Japanese Prime Minister Fumio Kishida hosted South Korean President Yoon Suk Yeol in Tokyo on Sunday.",
                 published="2023-03-20")   # a guard
    assert [m[:2] for m in meetings(result)] == [({"JPN", "KOR"}, "Tokyo")]
