"""Round AE (twenty-seventh session): a list of demonyms that ends in a state's short name ("Saudi and U.S.
officials"); a deal reached under a possessive ("reached its nuclear deal with …"); talks ended "by agreeing to";
a reference to the states before a relative clause; meeting places given as a description ("the Black Sea resort of
Sochi"); untitled reports dated by month and year ("A March 2018 study by …", "in its 2013 stock assessment")."""

from extract_helpers import run
from test_extract_round_aa import agreements_of
from test_extract_round_ab import reports_of


# ---------------------------------------------------------------- "Saudi and U.S. officials"

def test_demonyms_listed_with_a_short_name_all_qualify_the_actor():
    result = run("Saudi and U.S. government agencies signed 14 memorandums on Friday in the fields of energy and "
                 "space.", published="2022-07-16")
    assert agreements_of(result) == [({"SAU", "USA"}, "signed", "2022-07-15")]
    result = run("Qatari and UK officials agreed on Monday to set up a joint hotline.", published="2021-02-10")
    assert agreements_of(result) == [({"QAT", "GBR"}, "agreed", "2021-02-08")]


def test_a_demonym_before_a_short_name_of_a_thing_is_no_actor():
    result = run("Saudi and U.S. dollars were both accepted at the border market, traders said.", published="2022-07-16")
    assert agreements_of(result) == []


# ---------------------------------------------------------------- "reached its … deal with"

def test_a_deal_reached_under_a_possessive_is_an_agreement_with_the_states_after_with():
    result = run("Iran reached its nuclear deal with the United States, Russia and China in Vienna in July 2015, "
                 "agreeing to curb enrichment.", published="2016-05-12")
    assert agreements_of(result) == [({"IRN", "USA", "RUS", "CHN"}, "agreed", "2015-07")]
    result = run("Ecuador and Peru reached their border accord in 1998 after years of talks.", published="2018-10-26")
    assert agreements_of(result) == [({"ECU", "PER"}, "agreed", "1998")]


# ---------------------------------------------------------------- "ended talks by agreeing to"

def test_talks_ended_by_agreeing_to_something_is_an_agreement_of_the_subject():
    result = run("Indian Home Secretary Ravi Mehta and Pakistani Interior Secretary Imran Qureshi ended two days of talks "
                 "in New Delhi on Tuesday by agreeing to set up a hotline between them.", published="2011-03-31")
    assert agreements_of(result) == [({"IND", "PAK"}, "agreed", "2011-03-29")]


# ---------------------------------------------------------------- "The two countries, which …, agreed"

def test_a_reference_to_the_states_before_a_relative_clause_is_the_subject():
    result = run("Turkey and Russia signed a protocol in Moscow on Thursday. The two countries, which back opposing sides "
                 "in the war, agreed in September 2018 to set up a demilitarised zone around Idlib.", published="2020-03-06")
    assert sorted(agreements_of(result), key=lambda a: a[2]) == [({"RUS", "TUR"}, "agreed", "2018-09"),
                                                                 ({"RUS", "TUR"}, "signed", "2020-03-05")]
    result = run("Chile and Peru held talks on Monday. Both governments, which had long quarrelled over the sea border, "
                 "signed a fisheries accord in 2016.", published="2019-01-30")
    assert agreements_of(result) == [({"CHL", "PER"}, "signed", "2016")]


def test_a_reference_inside_the_relative_clause_is_not_the_subject():
    result = run("Chile and Peru held talks on Monday. Bolivia, which the two countries had courted for years, signed "
                 "a gas accord with Brazil in 2016.", published="2019-01-30")
    assert agreements_of(result) == [({"BOL", "BRA"}, "signed", "2016")]


# ---------------------------------------------------------------- "in the Black Sea resort of Sochi"

def test_a_meeting_place_given_as_a_description_is_the_place_it_names():
    result = run("Turkey and Russia held talks in the Black Sea resort of Sochi on Monday.", published="2018-09-19")
    assert [(m.place, m.place_state) for m in result.meetings] == [("Sochi", None)]
    result = run("India and China held talks in the Russian city of Kazan on Wednesday.", published="2024-10-25")
    assert [(m.place, m.place_state.key) for m in result.meetings] == [("Kazan", "RUS")]   # still in Russia
    result = run("Iran and Iraq held talks in Basra on Monday.", published="2024-10-25")
    assert [m.place for m in result.meetings] == ["Basra"]


# ---------------------------------------------------------------- "A March 2018 study by …"

def test_an_untitled_report_dated_by_month_and_year_before_its_kind():
    result = run("A March 2018 study by the Washington-based Center for Global Development named eight countries at "
                 "risk of debt distress.", published="2019-04-12")
    assert reports_of(result) == [(None, "Center for Global Development", 2018)]
    result = run("The International Energy Agency warned in its 2021 market assessment that demand would fall.",
                 published="2023-04-12")
    assert reports_of(result) == [(None, "International Energy Agency", 2021)]


def test_a_full_stop_ends_no_publishers_name():
    result = run("Imports would rise by about $200 billion, according to figures in a report released by the Office of "
                 "the U.S. Trade Representative.", published="2020-01-16")
    assert reports_of(result) == [(None, "Office of the U.S. Trade Representative", 2020)]


def test_a_month_and_year_as_the_news_date_make_no_report():
    result = run("In a March 2018 interview, the minister said the talks had stalled.", published="2019-04-12")
    assert reports_of(result) == []


def test_a_report_of_a_named_body_is_that_bodys():
    result = run("The latest report of the UN Group of Experts on the Congo, published in June, said it had found "
                 "evidence of links between the two groups.", published="2021-12-02")
    assert reports_of(result) == [(None, "UN Group of Experts on the Congo", 2021)]
    result = run("A report of Chinese troops near the border could not be confirmed.", published="2021-12-02")
    assert reports_of(result) == []


def test_a_body_named_with_a_possessive_before_the_kind_publishes_without_it():
    result = run("The Department for International Trade's impact assessment, published alongside the text, puts the "
                 "long-run gain at about 800 million pounds.", published="2022-03-01")
    assert reports_of(result) == [(None, "Department for International Trade", 2022)]


def test_a_titled_report_in_the_most_recent_edition():
    result = run("In its most recent Taking Stock report on the Vietnamese economy, the World Bank said that deeper trade "
                 "integration could help.", published="2015-01-20")
    assert [(r.title, r.publisher.label) for r in result.reports] == [("Taking Stock", "World Bank")]


# ---------------------------------------------------------------- "with the previous Mauritian prime minister"

def test_a_counterpart_after_with_under_a_word_of_time_is_a_party():
    result = run("Britain signed an agreement with the previous Mauritian prime minister, Pravind Jugnauth, on Oct. 3 "
                 "last year.", published="2024-05-22")
    assert agreements_of(result) == [({"GBR", "MUS"}, "signed", "2023-10-03")]
    result = run("Kenya signed a deal with the outgoing Ethiopian government on Monday.", published="2024-05-22")
    assert agreements_of(result) == [({"KEN", "ETH"}, "signed", "2024-05-20")]


# ---------------------------------------------------------------- "in comments carried by the state news agency Tanjug"

def test_the_outlet_that_carried_a_speakers_remarks_is_a_source():
    for sentence in ('"We are a transit country," Vucic said in comments carried by the state news agency Tanjug.',
                     "The minister's remarks were carried by the state news agency Tanjug.",
                     "The fence was a mistake, Vucic said in remarks broadcast by state television RTS."):
        result = run(sentence, published="2015-06-18")
        assert {s.source.label for s in result.statements} & {"Tanjug", "RTS"}, sentence


def test_remarks_reported_by_an_outlet_keep_the_body_that_made_them():
    result = run("The opposition A Partnership for National Unity, in remarks reported by Stabroek News, called on the "
                 "government to take the matter to the United Nations Security Council.", published="2018-12-24")
    labels = {s.source.label for s in result.statements}
    assert "A Partnership for National Unity" in labels and "United Nations Security Council" not in labels


# ---------------------------------------------------------------- held "exploratory talks"

def test_talks_in_scare_quotes_were_held():
    result = run('Turkish Deputy Foreign Minister Sedat Onal and his Egyptian counterpart Hamdi Sanad Loza held '
                 '"exploratory talks" in Cairo in May 2021.', published="2022-11-21")
    assert [(sorted(p.key for p in m.participants), m.date, m.place) for m in result.meetings] == \
        [(["EGY", "TUR"], "2021-05", "Cairo")]
    result = run('"We held talks with Egypt in Cairo in May," the Turkish minister said.', published="2022-11-21")
    assert result.meetings == []   # what a speaker says held is no report of the meeting


# ---------------------------------------------------------------- "Under a 2006 agreement, A, B and C allow …"

def test_the_states_listed_after_an_opening_instrument_are_its_parties():
    result = run("Under a 2006 agreement, Guatemala, Honduras, El Salvador and Nicaragua allow each other's citizens to "
                 "travel with only an identity card.", published="2021-01-18")
    assert agreements_of(result) == [({"GTM", "HND", "SLV", "NIC"}, "signed", "2006")]
    result = run("Under a 1998 agreement, Syria expelled the PKK leader.", published="2012-06-26")
    assert agreements_of(result) == []   # one state named after it: whose agreement it was, the sentence does not say


def test_an_agreement_named_by_its_trigger_alone_takes_that_name_as_its_topic():
    result = run("Under a 2006 agreement, Guatemala, Honduras, El Salvador and Nicaragua allow each other's citizens to "
                 "travel with only an identity card.", published="2021-01-18")
    assert [a.topic for a in result.agreements] == ["2006 agreement"]
