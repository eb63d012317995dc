"""Round AD (twenty-fifth session): an instrument of the same states named by its year; diplomatic relations
renewed and ambassadors to be exchanged; one host receiving two guests in separate meetings; what 'since' opens
and what a summit's sidelines name."""

from extract_helpers import run
from test_extract_round_aa import agreements_of
from test_extract_round_ac import sources_of
from test_extract_round_m import meetings

from kg.extract.gazetteer import leaders


# ---------------------------------------------------------------- "since the 1979 peace treaty"

def test_an_instrument_named_by_its_year_beside_the_news_is_theirs_too():
    result = run("Egypt and Israel signed a memorandum of understanding in Cairo on June 30 under which Egypt will "
                 "supply natural gas to Israel, the largest deal between the two countries since the 1979 peace "
                 "treaty.", published="2005-07-20")
    assert sorted(agreements_of(result), key=lambda a: a[2]) == [({"EGY", "ISR"}, "signed", "1979"),
                                                                 ({"EGY", "ISR"}, "signed", "2005-06-30")]


def test_an_instrument_confirmed_by_the_new_one_is_theirs():
    result = run("Greece and Italy signed an agreement in Athens on Tuesday delimiting their maritime zones in the "
                 "Ionian, largely confirming a 1977 continental shelf accord.", published="2020-06-10")
    assert ({"GRC", "ITA"}, "signed", "1977") in agreements_of(result)


def test_a_dated_instrument_with_another_state_is_not_theirs():   # a guard: its clause names its own counterpart
    result = run("Russia and Mali signed a defence agreement in Moscow on Monday, modelled on the 2014 accord that "
                 "France had with Mali.", published="2019-06-04")
    assert [a for a in agreements_of(result) if a[2] == "2014"] == []


def test_the_agreement_of_the_news_year_is_no_second_one():   # a guard: "the 2018 agreement" is the article's own
    result = run("Ghana and the United States signed a defence cooperation agreement in March. The minister said the "
                 "2018 agreement was modelled on one that Ghana signed with the United States in 2015.",
                 published="2018-04-01")
    assert sorted(a[2] for a in agreements_of(result)) == ["2015", "2018-03"]


def test_a_dated_contract_is_a_companys_not_the_states():   # a guard
    result = run("South Korea and the Philippines signed a defence cooperation agreement in Manila on Monday, the "
                 "largest deal between the two countries since a 2014 contract for trainer jets.", published="2019-06-04")
    assert [a for a in agreements_of(result) if a[2] == "2014"] == []


# ---------------------------------------------------------------- relations renewed, ambassadors to be exchanged

def test_renewing_diplomatic_relations_is_an_agreement():
    result = run("Israeli Prime Minister Benjamin Netanyahu and Chadian President Idriss Deby announced on Sunday that "
                 "their countries were renewing diplomatic relations.", published="2019-01-21")
    assert agreements_of(result) == [({"ISR", "TCD"}, "agreed", "2019-01-20")]


def test_states_that_will_exchange_ambassadors_plan_to():
    result = run("The United States and Sudan will exchange ambassadors for the first time in 23 years, Secretary of "
                 "State Mike Pompeo announced on Wednesday.", published="2019-12-05")
    assert agreements_of(result) == [({"USA", "SDN"}, "planned", "2019-12-04")]


def test_hoping_to_exchange_ambassadors_is_no_agreement():   # a guard: a hope
    result = run("Israel Radio reported that Israel and Jordan hoped to exchange ambassadors before the end of the "
                 "year.", published="1994-10-27")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- one host, two guests, separate meetings

def test_a_host_who_received_two_guests_in_separate_meetings_met_each():
    result = run("On Monday, Chinese President Xi Jinping received South Korean President Moon Jae-in and then "
                 "Japanese Prime Minister Shinzo Abe in separate meetings in Beijing.", published="2019-12-25")
    assert meetings(result) == [(["CHN", "JPN"], "2019-12-23"), (["CHN", "KOR"], "2019-12-23")]


# ---------------------------------------------------------------- what "since" opens, what the sidelines name

def test_the_meeting_a_summit_is_the_first_since_gives_neither_date_nor_place():
    result = run("Chinese Premier Li Keqiang, South Korean President Moon Jae-in and Japanese Prime Minister Shinzo "
                 "Abe held the eighth trilateral summit in Chengdu on Tuesday, the first since a meeting in Tokyo in "
                 "May 2018.", published="2019-12-25")
    assert [(m.date, m.place) for m in result.meetings] == [("2019-12-24", "Chengdu")]


def test_a_state_named_only_in_the_gathering_on_whose_sidelines_two_met_took_no_part():
    result = run("South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe held talks on Tuesday on "
                 "the sidelines of a three-way gathering with China in Chengdu.", published="2019-12-25")
    assert meetings(result) == [(["JPN", "KOR"], "2019-12-24")]


def test_leaders_recalled_from_before_stay_beside_the_sidelines():   # a guard: only states named in the aside go
    result = run("The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan gathered in Astana "
                 "in August.\n\nUS President Joe Biden met the five leaders in New York on Sept. 19, on the "
                 "sidelines of the UN General Assembly.", published="2023-09-20")
    assert ["KAZ", "KGZ", "TJK", "TKM", "USA", "UZB"] in [m for m, _ in meetings(result)]


# ---------------------------------------------------------------- an aim after the act; names; "his government"

def test_an_aim_told_after_the_agreement_does_not_hedge_it():
    result = run("The presidents of Argentina, Brazil, Bolivia and Venezuela agreed on Thursday that the price of gas "
                 "should be set in talks, seeking to contain the diplomatic fallout from the nationalisation.",
                 published="2006-05-05")
    assert agreements_of(result) == [({"ARG", "BRA", "BOL", "VEN"}, "agreed", "2006-05-04")]


def test_seeking_an_agreement_is_still_none():   # a guard: the aim is the clause's own verb
    result = run("Brazil and Argentina are seeking to sign a trade deal.", published="2006-05-05")
    assert agreements_of(result) == []


def test_the_middle_name_of_three_is_the_name_he_is_called_by():
    result = run("Chadian President Idriss Deby Itno and his Sudanese counterpart Omar al-Bashir signed an accord in "
                 "Dakar on Thursday. A further accord, which Deby and Bashir signed in Riyadh in May 2007 in the "
                 "presence of Saudi King Abdullah, also collapsed within months.", published="2008-03-14")
    assert ({"TCD", "SDN"}, "signed", "2007-05") in agreements_of(result)


def test_a_known_leader_whose_jr_ends_the_sentence_is_still_known():
    # "… attended by President Ferdinand Marcos Jr." ends a sentence: the name read is "Ferdinand Marcos Jr"
    assert leaders()["Ferdinand Marcos Jr"].key == "PHL"


def test_his_government_is_the_state_of_the_man_told_of():
    result = run("Salvadoran President Nayib Bukele met Chinese President Xi Jinping in Beijing on Tuesday. On Sept. 20 "
                 "in Washington, his government signed an asylum cooperative agreement with the United States.",
                 published="2019-12-04")
    assert ({"SLV", "USA"}, "signed", "2019-09-20") in agreements_of(result)


def test_a_man_called_jr_is_called_by_his_surname():
    result = run("Philippine Foreign Secretary Ramon Reyes Jr. spoke to reporters on Monday.\n\nJapanese Foreign Minister "
                 "Yoko Kamikawa and Vietnamese Foreign Minister Bui Thanh Son also spoke.\n\nKamikawa and Reyes met in "
                 "Tokyo on Tuesday.", published="2023-09-09")
    assert meetings(result) == [(["JPN", "PHL"], "2023-09-05")]


def test_a_mediator_of_one_story_of_a_roundup_takes_part_in_the_next():
    result = run("Africa this week\n\n1. Sudan's transition\n\nIn August, the military council and the protest "
                 "coalition, with mediation by the African Union and Ethiopia, signed a constitutional declaration.\n\n"
                 "2. Nile dam talks move to Cairo\n\nWater ministers from Egypt, Ethiopia and Sudan met in Cairo on "
                 "Monday for the second of four technical rounds.", published="2019-12-06")
    assert ["EGY", "ETH", "SDN"] in [m for m, _ in meetings(result)]


def test_a_visit_he_will_pay_is_not_held_yet():
    result = run("Chinese President Xi Jinping arrived in Pretoria on Monday for a state visit. Xi will then pay a "
                 "friendly visit to Mauritius on his way back to China.", published="2018-07-24")
    assert meetings(result) == [(["CHN", "ZAF"], "2018-07-23")]


def test_a_document_the_leaders_adopted_is_an_agreement_not_a_report():
    result = run("Chinese Premier Li Keqiang, South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe "
                 "met in Chengdu on Tuesday. The three adopted a document titled \"Trilateral Cooperation Vision for the "
                 "Next Decade\", which commits them to cooperation on trade.", published="2019-12-25")
    assert agreements_of(result) == [({"CHN", "KOR", "JPN"}, "agreed", "2019-12-24")]
    assert result.reports == []


def test_a_document_titled_that_was_published_is_still_a_report():   # a guard
    result = run("The ministry released a document titled \"Defence of Japan 2023\" on Friday.", published="2023-07-29")
    assert [r.title for r in result.reports] == ["Defence of Japan 2023"]


# ---------------------------------------------------------------- sources

def test_a_body_named_beside_what_it_is_may_hold_a_states_name():
    result = run("Migración Colombia, the country's immigration agency, said dozens of Venezuelan soldiers had crossed "
                 "the border.", published="2019-02-24")
    assert sources_of(result) == ["Migración Colombia"]


def test_a_minister_described_by_a_relative_clause_is_no_body():   # a guard: "…, who accompanied …, said"
    result = run("Serbian Foreign Minister Ivica Dacic, who accompanied Vucic along with most of the Serbian cabinet, "
                 "said Belgrade saw no contradiction.", published="2019-04-26")
    assert "Serbian Foreign Minister Ivica Dacic" not in sources_of(result)


def test_an_outlet_described_before_its_name_reported_it():
    result = run("A Japanese diplomat was reported by the broadcaster JTBC on Friday to have used a crude expression.",
                 published="2021-07-19")
    assert sources_of(result) == ["JTBC"]


def test_the_korean_presidential_office_by_its_korean_name():
    result = run("President Moon Jae-in will not travel to Tokyo for the opening ceremony of the Olympic Games, Cheong "
                 "Wa Dae said Monday.", published="2021-07-19")
    assert sources_of(result) == ["Cheong Wa Dae"]


def test_a_states_radio_named_beside_it_is_the_source():
    result = run("Niger's state radio, La Voix du Sahel, described the decision as a victory for law.",
                 published="2005-07-13")
    assert sources_of(result) == ["La Voix du Sahel"]


def test_a_spokesman_for_a_body_described_after_its_name():
    result = run("A spokesman for the Union of Forces for Democracy and Development (UFDD), the largest rebel alliance, "
                 "said in a statement that the accord changes nothing.", published="2008-03-14")
    assert sources_of(result) == ["Union of Forces for Democracy and Development"]


def test_a_person_described_as_a_states_envoy_is_no_body():   # a guard
    result = run("Ahmed Ali, Niger's ambassador, said the decision was fair.", published="2005-07-13")
    assert sources_of(result) == []


# ---------------------------------------------------------------- reports

def titles_of(result):
    return [r.title for r in result.reports]


def test_a_title_set_off_after_when_the_report_was_published():
    result = run("In a report published last year, Keep Your Head Down: Unprotected Migrants in South Africa, the group "
                 "documented abuses against farmworkers.", published="2008-05-20")
    assert titles_of(result) == ["Keep Your Head Down: Unprotected Migrants in South Africa"]


def test_the_publisher_after_a_report_published_is_no_title():   # a guard
    result = run("In a report released on Tuesday, Amnesty International said the killings were unlawful.",
                 published="2008-05-20")
    assert titles_of(result) == [None]


def test_a_commissioned_report_titled_after_who_wrote_it():
    result = run("In April, a report commissioned by the Rwandan government from the U.S. law firm Levy Firestone Muse, "
                 "titled \"A Foreseeable Genocide\", went further.", published="2021-05-28")
    assert titles_of(result) == ["A Foreseeable Genocide"]


def test_a_numbered_edition_of_a_poll_conducted_by_a_think_tank():
    result = run("The seventh Japan-South Korea Joint Public Opinion Poll, conducted by Tokyo-based think tank Genron NPO "
                 "and released in October, found that impressions had worsened.", published="2019-12-25")
    assert [(r.title, r.publisher and r.publisher.label) for r in result.reports] == [
        ("Japan-South Korea Joint Public Opinion Poll", "Genron NPO")]


# ---------------------------------------------------------------- a bloc's members told by their number

def test_the_eight_waemu_states_are_its_members():
    result = run("France and the eight WAEMU states signed a new monetary cooperation agreement in Abidjan on Saturday.",
                 published="2019-12-23")
    assert agreements_of(result) == [({"FRA", "BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"}, "signed",
                                       "2019-12-21")]


# ---------------------------------------------------------------- joining a state's initiative

def test_joining_a_states_initiative_is_an_agreement_with_that_state():
    result = run("Nepal joined China's Belt and Road Initiative by signing a framework memorandum in May 2017.",
                 published="2019-10-13")
    assert agreements_of(result) == [({"NPL", "CHN"}, "signed", "2017-05")]


def test_two_joiners_of_a_states_initiative_each_with_that_state():
    result = run("Colombia and Peru joined China's Belt and Road Initiative on Wednesday.", published="2023-10-26")
    assert sorted(agreements_of(result), key=lambda a: sorted(a[0])) == [({"CHN", "COL"}, "signed", "2023-10-25"),
                                                                       ({"CHN", "PER"}, "signed", "2023-10-25")]


def test_joiners_of_a_bloc_still_join_one_by_one():   # a guard
    result = run("India and Pakistan joined the Shanghai Cooperation Organisation in 2017.", published="2019-10-13")
    assert sorted(sorted(p for p in a[0]) for a in agreements_of(result)) == [["IND", "shanghai-cooperation-organisation"],
                                                                             ["PAK", "shanghai-cooperation-organisation"]]


# ---------------------------------------------------------------- talks with each of a list

def test_talks_with_two_states_are_two_planned_agreements():
    result = run("Turkey is also negotiating to buy used Typhoons from Qatar and Oman to fill the gap, Turkish officials "
                 "said.", published="2023-10-26")
    assert sorted(agreements_of(result), key=lambda a: sorted(a[0])) == [({"TUR", "OMN"}, "planned", None),
                                                                       ({"TUR", "QAT"}, "planned", None)]


def test_talks_in_a_later_clause_are_its_subjects():
    result = run("Moscow agreed this month to let the United States ship supplies across Russian territory, and U.S. "
                 "officials have been in talks with Kazakhstan and Uzbekistan about transit.", published="2009-02-20")
    assert ({"USA", "KAZ"}, "planned", None) in agreements_of(result)
    assert ({"USA", "UZB"}, "planned", None) in agreements_of(result)


def test_a_deal_negotiated_with_many_others_stays_one():   # a guard: "… and nine other countries"
    result = run("Australia is also negotiating the Trans-Pacific Partnership with the United States, Japan and nine "
                 "other countries.", published="2014-04-07")
    assert agreements_of(result) == [({"AUS", "USA", "JPN"}, "planned", None)]


# ---------------------------------------------------------------- a list of counterparts, each with its date

def test_counterparts_listed_after_including_each_with_a_date():
    result = run("Since then Japan has concluded similar transfer agreements with several Southeast Asian states, "
                 "including the Philippines in 2016, Malaysia in 2018 and Indonesia in March this year.",
                 published="2024-05-10")
    assert agreements_of(result) == [({"JPN", "PHL"}, "signed", "2016"), ({"JPN", "MYS"}, "signed", "2018"),
                                     ({"JPN", "IDN"}, "signed", "2024-03")]


def test_counterparts_each_after_with_and_a_date():
    result = run("The ruling threatens maritime boundary treaties Bogota has concluded with its other Caribbean "
                 "neighbours, including agreements with Panama in 1976 and with Jamaica in 1993, because the new "
                 "Nicaraguan zone cuts across them.", published="2012-11-21")
    assert agreements_of(result) == [({"COL", "PAN"}, "signed", "1976"), ({"COL", "JAM"}, "signed", "1993")]


def test_a_dated_list_still_goes_on_only_by_a_comma():   # a guard: Benin may have signed too
    result = run("Niger signed a security pact with Togo in 2019, and Benin in 2020 joined the initiative.",
                 published="2021-01-10")
    assert ({"NER", "BEN"}, "signed", "2020") not in agreements_of(result)


# ---------------------------------------------------------------- "he" is not the man he met

def test_he_who_held_talks_with_the_man_named_last_is_the_one_named_before():
    result = run("The picture of the week was Sheikh Sabah al-Ahmad al-Jaber al-Sabah leaving his plane in Baghdad on "
                 "Thursday, the first trip to Iraq by a Kuwaiti ruler since 1990.\n\nThe emir came for the Arab League "
                 "summit, the first held in Baghdad in two decades, and was met at the airport by Iraqi President Jalal "
                 "Talabani. He held talks with Talabani and Prime Minister Nouri al-Maliki on the margins of the summit.",
                 published="2012-03-31")
    assert [m for m, _ in meetings(result)] == [["IRQ", "KWT"]]
    assert "He held talks" in result.meetings[0].evidence.text


def test_a_leader_absent_from_talks_met_no_one():
    result = run("Philippine President Ferdinand Marcos Jr. arrived in Hanoi on Monday.\n\nHe was not scheduled to meet "
                 "Communist Party chief Nguyen Phu Trong, the third time this month that the 79-year-old has been absent "
                 "from talks with a visiting leader.", published="2024-01-31")
    assert not any("absent from talks" in m.evidence.text for m in result.meetings)


def test_a_singaporean_of_three_names_goes_by_the_first():
    result = run("Singapore Prime Minister Lee Hsien Loong and Sri Lankan President Maithripala Sirisena watched the "
                 "signing. Lee, who arrived on Monday for a two-day official visit, held talks with Sirisena before the "
                 "ceremony.", published="2018-01-24")
    assert [m for m, _ in meetings(result)] == [["LKA", "SGP"]]


def test_counterparts_listed_with_last_year():
    result = run("Nepal has signed bilateral labour agreements with several other destination countries, including Qatar "
                 "in 2005, South Korea in 2007 and Jordan last year.", published="2018-10-30")
    assert agreements_of(result) == [({"NPL", "QAT"}, "signed", "2005"), ({"NPL", "KOR"}, "signed", "2007"),
                                     ({"NPL", "JOR"}, "signed", "2017")]


def test_signing_up_to_a_states_initiative_is_an_agreement_with_it():
    result = run("In December, a Maldivian ministerial delegation in Beijing signed up to China's Maritime Silk Road "
                 "initiative.", published="2015-03-01")
    assert agreements_of(result) == [({"MDV", "CHN"}, "signed", "2014-12")]


def test_who_attended_the_signing_ceremony_is_no_party():
    result = run("In July, the European Union signed a memorandum of understanding with Serbia on critical raw materials, "
                 "at a ceremony in Belgrade attended by German Chancellor Olaf Scholz.", published="2024-08-30")
    assert [sorted(p.key for p in a.parties if p.kind == "state") for a in result.agreements] == [["SRB"]]


# ---------------------------------------------------------------- the other side of a sale; ending agreements

def test_the_state_a_contract_sells_to_is_its_counterpart():
    result = run("In January, India signed a $375 million contract to sell BrahMos cruise missiles to the Philippines.",
                 published="2022-09-30")
    assert agreements_of(result) == [({"IND", "PHL"}, "signed", "2022-01")]


def test_the_state_a_contract_supplies_is_its_counterpart():
    result = run("India has concluded government-to-government contracts worth about $250 million to supply Armenia with "
                 "Pinaka rocket launchers, Indian newspapers reported on Thursday.", published="2022-09-30")
    assert [a[0] for a in agreements_of(result)] == [{"IND", "ARM"}]


def test_a_company_that_sells_is_no_state():   # a guard: "from France's Dassault Aviation"
    result = run("Serbia signed a contract on Thursday to buy 12 Rafale fighter jets from France's Dassault Aviation.",
                 published="2024-08-30")
    assert all("FRA" not in a[0] for a in agreements_of(result))


def test_ending_a_states_agreements_is_a_refusal():
    result = run("In May 2022 the junta announced it was ending Mali's defence agreements with France.",
                 published="2023-01-07")
    assert agreements_of(result) == [({"MLI", "FRA"}, "denied", "2022-05")]


def test_a_fact_sheet_titled_with_its_year_after_a_comma():
    result = run("In its fact sheet Trends in International Arms Transfers, 2020, published in March, the Stockholm "
                 "International Peace Research Institute said Russia supplied about 30 per cent of the arms.",
                 published="2021-08-24")
    assert [(r.title, r.year) for r in result.reports] == [("Trends in International Arms Transfers, 2020", 2020)]


def test_a_publishers_fact_sheet_titled_with_its_year():
    result = run("The Stockholm International Peace Research Institute's fact sheet Trends in International Arms "
                 "Transfers, 2021, published in March, found that India accounted for 11 per cent of imports.",
                 published="2022-09-30")
    assert [(r.title, r.year) for r in result.reports] == [("Trends in International Arms Transfers, 2021", 2021)]


def test_leaders_signing_in_an_absolute_clause_signed():
    result = run("Malaysia and Brunei have settled their maritime boundary dispute, with Prime Minister Abdullah Ahmad "
                 "Badawi and Sultan Hassanal Bolkiah signing an Exchange of Letters in Bandar Seri Begawan on Monday.",
                 published="2009-03-17")
    assert agreements_of(result) == [({"MYS", "BRN"}, "signed", "2009-03-16")]


def test_talks_that_open_the_sentence_with_no_article_were_held():
    result = run("At sports talks in the truce village of Panmunjom on June 18, the two Koreas agreed to field unified "
                 "teams at next month's Asian Games.", published="2018-07-25")
    assert meetings(result) == [(["KOR", "PRK"], "2018-06-18")]


def test_received_at_a_seat_of_government_met_its_state():
    result = run("Rwandan President Paul Kagame spoke on Friday. Kagame was received at the Elysee Palace in May 2018.",
                 published="2021-05-28")
    assert meetings(result) == [(["FRA", "RWA"], "2018-05")]


def test_talks_told_after_the_news_with_their_own_subject_are_the_meeting():
    result = run("Malaysian Prime Minister Najib Razak visited China on Tuesday.\n\nThe deal was announced after Najib "
                 "held talks with Premier Li Keqiang at the Great Hall of the People.", published="2016-11-02")
    assert ["Najib held talks" in m.evidence.text for m in result.meetings] == [True]


def test_the_secretaries_of_the_two_countries_held_talks():
    result = run("Pakistan and India agreed on Wednesday to normalise trade. At the end of April, the commerce "
                 "secretaries of the two countries, Rahul Khullar and Zafar Mahmood, held talks in Islamabad.",
                 published="2011-11-02")
    assert ["IND", "PAK"] in [m for m, _ in meetings(result)]


def test_what_the_next_clause_says_is_not_of_the_meeting():
    result = run("Italian Foreign Minister Luigi Di Maio visited Doha in early March, and the European Commission has "
                 "said it is in talks with the United States, Qatar and Egypt about more deliveries.",
                 published="2022-05-10")
    assert meetings(result) == [(["ITA", "QAT"], "2022-03")]


def test_what_the_two_discussed_after_they_met_is_not_of_the_meeting():
    result = run("Japanese Prime Minister Shinzo Abe also held talks with Russian President Vladimir Putin in Beijing on "
                 "Sunday, and the two men discussed preparations for a visit by Putin to Japan next year.",
                 published="2014-11-11")
    assert meetings(result) == [(["JPN", "RUS"], "2014-11-09")]


def test_a_team_that_has_not_toured_met_no_one():   # a guard: cutting the next clause leaves the negation
    result = run("India has not toured Pakistan since the 2008 Asia Cup, and the neighbours have not played a series "
                 "since.", published="2023-08-30")
    assert meetings(result) == []
