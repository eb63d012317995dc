"""Reports an article cites: a titled document, its publisher and its year or edition."""

from __future__ import annotations

import re

from ..iris import slug
from .actors import Mention, patterns
from .attribution import organization_word
from .dates import CALENDAR_WORDS
from .gazetteer import Agent
from .prefilter import Gate
from .records import Evidence, ReportRecord


#: A possessive: "Amnesty International's", "the United Nations'".
_OF = r"(?:[’']s|(?<=s)[’'])"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: Words before a report's kind that say which edition it is: "in its latest annual report", "its mid-year report".
_EDITION = r"(?:latest |annual |new |recent |final |quarterly |mid-year |half-yearly |monthly )*"


class ReportFinder:
    def __init__(self):
        p = patterns()["reports"]
        title, kinds, titled = p["title"], p["kinds"], p["titled"]
        published = r"(?:published|released|issued|circulated)"
        titled_plain = re.compile(
            rf"\b(?:{kinds}|paper|study|brief)\b[^;“”\"]{{0,160}}?(?:\s(?:titled|entitled)|\bunder\s+the\s+title)\s+"
            rf"(?P<title>[A-Z][^,;“”\"]{{2,160}}?),\s+(?:(?:released|published|issued|compiled|produced|prepared)\b|"
            rf"(?:estimated|estimates|found|finds|said|says|concluded|warned|showed|confirmed|argued)\b)")
        self.rules = [
            # "in its report Protection of Civilians in Armed Conflict: Annual Report 2019, published last month"
            re.compile(rf"\b[Ii]n (?:its|their|a|the) {_EDITION}(?:{kinds}|fact sheet) "
                       rf"(?P<title>{_LONG}(?::\s+{_LONG})?(?:,\s+(?:19|20)\d{{2}})?),?\s+{published}\b"),
            re.compile(rf"\b[Ii]n (?:its|their|the) (?:latest |annual |new |recent |yearly |own |most )*{titled}"
                       rf"(?=[,.;]|\s+(?:by|from|of|{published})\b|\s+(?:a|an|this|last|earlier|later)\s+[a-z])"),
            # "… lists the service's combat fleet in The Military Balance 2024 as a handful of …": "The" capitalised
            # inside a sentence begins a title
            re.compile(rf"(?<=\S )in The {titled}(?=[,.;]|\s+(?:as|by|from|of|{published})\b)"),
            re.compile(rf"(?:^|[,;]\s+|\b[Tt]he\s+(?:annual\s+|latest\s+|new\s+|yearly\s+)?){titled},\s+(?:(?:the|an?|its)\s+[^,]{{0,80}}?\s+)?{published}\b"),
            re.compile(rf"\b{kinds},\s+{titled},"),
            re.compile(rf"\b[Ii]n (?:its|their|a|the) (?:latest |annual |new |recent |most |yearly |\d{{4}} )*{title} {kinds}\b"),
            re.compile(rf"(?:{_OF}|\b[Ii]ts) (?:latest |annual |new |recent |yearly )*{title} {kinds}\b"),   # "Its latest Global Trends report"
            # "in its Agricultural Commodities: March quarter 2020 report": a title, a colon and its edition
            re.compile(rf"\b[Ii]n (?:its|their) {_EDITION}(?P<title>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,4}}:\s+[A-Z0-9][\w’'-]*"
                       rf"(?:\s+[\w’'-]+){{0,4}}?) {kinds}\b"),
            re.compile(rf"{_OF} (?:latest |annual |new |recent |yearly )*(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|in|of|on|the|and|for)){{0,8}}\s+(?:19|20)\d{{2}})\b"),
            re.compile(rf"\b(?:the|its|an?) (?P<year>\d{{4}}) edition of (?:the |its )?{title}"),
            # "according to the Lowy Institute's Pacific Aid Map": a possessor and a document's name
            re.compile(rf"{_OF} (?:latest |annual |new |recent |yearly |quarterly |monthly |own )*(?P<title>(?:[A-Z][\w’'-]*\s+){{1,5}}"
                       rf"(?:Report|Index|Yearbook|Survey|Review|Outlook|Barometer|Monitor|Ranking|Atlas|Map|Tracker|"
                       rf"Database|Dashboard))\b"),
            # "… its Sixth Assessment Report released in March"; not the start of a longer title ("its Regional Economic
            # Outlook for the Middle East …", read whole by a later rule)
            re.compile(rf"\b[Ii]ts (?:latest |annual |new |recent |yearly |quarterly |monthly |own )*(?P<title>(?:[A-Z][\w’'-]*\s+){{1,5}}"
                       rf"(?:Report|Index|Yearbook|Survey|Review|Outlook|Barometer|Monitor|Ranking|Atlas|Map|Tracker|"
                       rf"Database|Dashboard))\b(?!\s+(?:for|of|on|in)\s+(?:the\s+)?(?!{_MONTH}\b)[A-Z])"),
            # "A new report by Human Rights Watch, titled "They Don't See Us as People,"": the title after its author too;
            # "a report commissioned by the government from the law firm X, titled "A Foreseeable Genocide","
            re.compile(rf"\b(?:{kinds}|paper|study|brief|(?<!\badopted\sa\s)(?<!\bsigned\sa\s)(?<!\bapproved\sa\s)document)(?:\s+(?:(?:commissioned|written|prepared|produced|compiled)\s+)?by\s+(?:the\s+)?[A-Z][^,“”\"]{{1,120}},)?,? (?:titled|entitled|called|named) "
                       rf"[“\"‘](?P<title>[^”\"’]{{3,160}}?),?[”\"’]"),
            # "A report titled Report on the Alleged Use of … on 21 August 2013, released by the United Nations on September 16,
            # confirmed" (a date in a title so introduced is the title's),
            # "A study commissioned by … from …, released last month under the title Economic Analysis of AUSFTA, estimated":
            # a title without quotes, up to the comma before what is told of the document
            titled_plain,
            # "The UNCTAD Economic Development in Africa Report 2023 argued that …": a title that is the subject
            re.compile(rf"\b[Tt]he (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)?"
                       rf"{titled}(?:,\s+(?:(?:an?|the|its)\s+|(?:conducted|compiled|produced|prepared|carried\s+out)\s+by\s+)"
                       rf"[^,]{{3,160}},)?\s+(?:argued|argues|found|finds|said|says|"
                       rf"estimated|estimates|showed|shows|warned|warns|concluded|noted|projected|projects|ranked|ranks|put|puts|"
                       rf"listed|lists|counted|counts|recorded|records)\b"),
            re.compile(rf"\b(?:the|its) {title} {kinds},? (?:published|released|issued)\b"),
            # "In its 2019 report Bridging the Gap in the Nile Waters Dispute, the International Crisis Group warned";
            # "In a 2019 report, Bridging the Gap …, the …"; "in its June report, Playing a Dangerous Game?, on the risks"
            # "In a report published last year, Keep Your Head Down: Unprotected Migrants in South Africa, the group …"
            re.compile(rf"\b[Ii]n (?:its|their|an?) {_EDITION}(?:(?:19|20)\d{{2}} |{_MONTH} )?{kinds},? "
                       rf"(?:{published}\s+[^,“”\"]{{1,30}},\s+)?(?P<title>{_LONG}\??(?::\s+{_LONG})?),\s+"
                       rf"(?:(?:the\s+)?[A-Z]|on\s|the\s+(?:group|organi[sz]ation|agency|institute|watchdog|charity|body)\b)"),
            # "Human Rights Watch, in its 2023 report "That's When the Nightmare Started", described …": quoted after its kind
            re.compile(rf"\b[Ii]n (?:its|their|an?) {_EDITION}(?:(?:19|20)\d{{2}} |{_MONTH} )?{kinds},? "
                       rf"[“\"](?P<title>[A-Z][^”\"]{{2,120}}?),?[”\"]"),
            # "in its Grain: World Markets and Trade report": a title with a subtitle, before its kind
            re.compile(rf"\b[Ii]n (?:its|their) (?:latest |annual |new |recent |monthly |quarterly )*(?P<title>[A-Z][\w’'-]*"
                       rf"(?:\s+[A-Z][\w’'-]*){{0,3}}:\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|the|in|on|for|(?:19|20)\d{{2}})){{0,6}}) "
                       rf"{kinds}\b"),   # ("in its Global Trends: Forced Displacement in 2022 report")
            # "published its report, "Our Common Interest", in 2005", "published a joint report, "We Will Erase You From
            # This Land", accusing": a quoted title set after the kind its author published
            re.compile(rf"\b{published}\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{kinds}),\s+[“\"](?P<title>[A-Z][^”\"]{{2,120}}?),?[”\"]"),
            # "A 2009 International Crisis Group report, Turkey and Armenia: Opening Minds, Opening Borders, argued that"
            re.compile(rf"\b(?:[Aa]n?|[Tt]he) (?:(?:19|20)\d{{2}} )?(?:[A-Z][\w’'-]*\s+){{1,5}}{kinds},\s+(?P<title>{_LONG}"
                       rf"(?::\s+{_LONG}(?:,\s+{_LONG})?)?),\s+(?:found|argued|said|says|showed|shows|warned|estimated|"
                       rf"concluded|noted|described)\b"),
            # "in its October edition of Livestock and Poultry: World Markets and Trade, forecast"
            re.compile(rf"\b[Ii]n (?:its|their|the) (?:latest |(?:{_MONTH}|(?:19|20)\d{{2}}) )*edition of (?:the |its )?"
                       rf"(?:annual (?:{kinds}) |(?:{kinds}) )?(?P<title>{_LONG}(?::\s+{_LONG})?)"),   # (… "of its report The State …")
            # "The IAEA's 2023 edition of "Energy, Electricity and Nuclear Power Estimates …" projects": a quoted title
            re.compile(rf"{_OF} (?:latest |{_MONTH} )*(?:(?P<year>(?:19|20)\d{{2}}) )?edition of (?:the |its )?[“\"](?P<title>[A-Z][^”\"]{{3,160}}?),?[”\"]"),
            # "The Food and Agriculture Organization's "The State of World Fisheries and Aquaculture 2024" found": a quoted
            # title its possessor published, then what it found
            re.compile(rf"{_OF} (?:latest |annual |new |recent |yearly )*[“\"](?P<title>[A-Z][^”\"]{{3,160}}?),?[”\"],?"
                       rf"(?:\s+(?:{published}|whose)\s+[^,;“”\"]{{3,60}},)?\s+(?:found|finds|forecast|forecasts|predicted|predicts|"
                       rf"recommended|recommends|"
                       rf"said|says|showed|shows|warned|warns|estimated|estimates|concluded|noted|projected|projects|ranked|ranks|"
                       rf"listed|lists|counted|counts|recorded|records|argued|argues)\b"),
            # "JETRO said in its "White Paper on International Trade … 2007" that …": a quoted title read in, then what it said
            re.compile(r"\b[Ii]n (?:its|their) (?:latest |annual |new |recent |yearly )*[“\"](?P<title>[A-Z][^”\"]{3,160}?),?[”\"]"
                       r"\s+that\b"),
            # "According to the Ministry of Economy, Trade and Industry's "Energy White Paper 2008", …": a quoted title
            # after its possessor
            re.compile(rf"\b[Aa]ccording to (?:the )?[A-Z][^“”\"]{{1,80}}?{_OF} (?:latest |annual |new |recent |yearly )*"
                       rf"[“\"](?P<title>[A-Z][^”\"]{{3,160}}?),?[”\"]"),
            # "The "Report of the Expert Panel on Asylum Seekers", delivered to the government in August, …": a quoted title
            # that names its kind
            re.compile(r"\b[Tt]he [“\"](?P<title>(?:Report|Review|Survey|Assessment|Study|Inquiry)\s+(?:of|on|into)\s+(?:the\s+)?[A-Z][^”\"]{3,150}?),?[”\"]"),
            # "The Asian Development Bank's December edition of the Asian Development Outlook trimmed …"
            re.compile(rf"{_OF} (?:latest |(?:{_MONTH}|(?:19|20)\d{{2}}) )*edition of (?:the |its )?(?P<title>{_LONG}(?::\s+{_LONG})?)"),
            # "The report of the Independent International Fact-Finding Mission on Myanmar, released by the UN …"
            re.compile(rf"\b[Tt]he (?P<title>[Rr]eport of the (?:[A-Z][\w’'-]*\s+(?:(?:on|of|for|in)\s+(?:the\s+)?)?){{1,8}}"
                       rf"[A-Z][\w’'-]*),\s+{published}\s+by\b"),
            # "earlier reports by rights groups, among them "Break Their Lineage, Break Their Roots", published by Human
            # Rights Watch in April 2021": a quoted title, then who published it
            re.compile(rf"[“\"](?P<title>[A-Z][^”\"]{{3,120}}?),?[”\"],?\s+(?:a\s+(?:[\w-]+\s+){{0,3}}?{kinds}\s+)?{published}\s+by\s+"
                       rf"(?=(?:the\s+)?[A-Z])"),
            # "A 2010 study by the U.S. Geological Survey, "Assessment of …", estimated": a quoted title after its author
            re.compile(rf"\b(?:(?:19|20)\d{{2}} )?(?:{kinds}|paper|brief) by (?:the )?(?:[A-Z][^,“”\"]{{2,80}}|group|organi[sz]ation|"
                       rf"agency|institute|body|watchdog|charity), [“\"‘](?P<title>[^”\"’]{{3,160}})[”\"’]"),   # "by the group, "…""
            # "Amnesty International's annual report Death Sentences and Executions 2023, published last month", "Its report
            # Trends in International Arms Transfers, 2024, published last month"
            re.compile(rf"(?:{_OF}|\b[Ii]ts|\b[Tt]heir) (?:latest |annual |new |recent |yearly )*(?:{kinds}|fact sheet) (?P<title>{_LONG}"
                       rf"(?:,\s+(?:19|20)\d{{2}})?),\s+{published}\b"),
            # "The 2017 Foreign Policy White Paper identified …": an edition year, then a document's name
            re.compile(rf"(?:\b[Tt]he|{_OF}) (?P<title>(?:19|20)\d{{2}}\s+(?:[A-Z][\w’'-]*\s+(?:(?:in|of|on|for|and)\s+)?){{0,5}}(?:Report|Index|Yearbook|Survey|"
                       r"Review|Outlook|Overview|Assessment|White Paper|Strategy|Barometer|Monitor)"
                       r"(?:\s+(?:on|of)\s+(?:[A-Z][\w’'-]*)(?:\s+(?:and\s+|of\s+|the\s+)?[A-Z][\w’'-]*){1,5})?)\b"),
            # "The Afghanistan Opium Survey 2016 by the United Nations Office on Drugs and Crime found", "the Mercosur Report
            # No. 14, published this year by …", "A Report on Nuclear Safety in the Context of Enlargement, adopted by …"
            re.compile(rf"\b(?:[Tt]he|[Aa]n?) (?P<title>(?:[A-Z][\w’'-]*\s+){{1,5}}(?:Report|Survey|Index|Review|Outlook|Monitor|"
                       rf"Assessment|Yearbook|Barometer)(?:\s+(?:19|20)\d{{2}}|\s+No\.\s+\d+)?|(?:Report|Review|Survey|Assessment) "
                       rf"(?:on|of|into) {_LONG}),?\s+(?:(?:{published}|adopted)\s+(?:[\w-]+\s+){{0,2}})?by\s+(?:the\s+)?[A-Z]"),
            # "The institute's annual fact sheet, Trends in International Arms Transfers, 2017, found": the title after a comma
            re.compile(rf"\b(?:fact sheet|{kinds}|paper|brief|dossier),\s+(?P<title>{_LONG}(?:,\s+(?:19|20)\d{{2}})?),\s+"
                       rf"(?:found|finds|said|says|showed|shows|warned|estimated|concluded|noted|recorded|records|counted|"
                       rf"counts|ranked|ranks|listed|lists|{published})\b"),
            # "according to the World Investment Report 2023 by UNCTAD": a document named with its kind or edition
            re.compile(rf"\b[Aa]ccording to (?:the |its )?(?:latest |annual |new |recent |most )*{titled}(?:\s+(?:report|survey|index))?"
                       rf"(?=[,.;]|\s+(?:by|from|of|{published})\b)"),   # (… "the World Health Statistics 2013 report of the WHO")
            # "In "The State of World Fisheries and Aquaculture 2006", the FAO listed …", "said in its "Report of the
            # Fact-finding Mission to Lebanon", published last month": a quoted title read in, or in its author's
            re.compile(r"(?:\b[Ii]n (?:its|their) |^In )[“\"](?P<title>(?:The |A |An )?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|\d{4}|in|of|on|the|"
                       r"and|for|to|at|a|an))+(?::\s+[^”\"]{2,80}?)?),?[”\"],?\s+(?:(?:the|its|an?)\s+|[A-Z]|"
                       + published + r"\b)"),
            # "in its Economic and fiscal outlook published in March": a title in sentence case
            re.compile(rf"\b[Ii]n (?:its|their) {_EDITION}(?P<title>[A-Z][\w’'-]*"
                       rf"(?:\s+[a-z][\w’'-]*){{0,5}}?\s+{kinds}),?\s+{published}\b"),
            # "A World Bank report published in November, Middle Trade and Transport Corridor, found that"
            re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts) (?:[A-Z][\w’'-]*\s+){{0,5}}{kinds} {published}\s+[^,“”\"]{{0,40}},\s+"
                       rf"(?P<title>{_LONG}),\s+(?:found|said|showed|shows|warned|estimated|concluded|noted)\b"),
            # "according to SIPRI's Trends in International Arms Transfers, 2020 fact sheet": an edition after a comma
            re.compile(rf"{_OF} (?:latest |annual |new |recent |yearly )*(?P<title>{_LONG},\s+(?:19|20)\d{{2}})\s+"
                       rf"(?:fact sheet|{kinds})\b"),
            # "A Pentagon report to Congress in September, "Measuring Stability and Security in Iraq," said": the title
            # quoted after the kind and what it was
            re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts) (?:(?:19|20)\d{{2}} )?(?:[A-Z][\w’'.-]*\s+){{0,4}}(?:{kinds}|fact sheet|paper|study)"
                       rf"(?:\s+[^,“”\"]{{1,50}})?,\s+[“\"](?P<title>[A-Z][^”\"]{{3,120}}?),?[”\"],?\s+(?:said|says|found|finds|"
                       rf"showed|shows|warned|warns|estimated|concluded|noted|put|puts|that|which)\b"),   # "…, \"Building …\", that tipped"
            # "said in its fact sheet "Trends in International Arms Transfers, 2017", published this month", "In the 2004
            # edition of its annual report "Latin America and the Caribbean in the World Economy", the …"
            re.compile(rf"\b(?:(?:[Ii]n|of) (?:its|their|an?|the)|,\s+whose) {_EDITION}(?:fact sheet|factsheet|{kinds}|"
                       rf"paper|brief|guide|dossier) [“\"](?P<title>[A-Z][^”\"]{{2,160}}?),?[”\"]"),
            # "according to the World Bank's 2017 report The Toll of War": "The" capitalised after the kind begins its title
            re.compile(rf"(?:{_OF}|\b[Ii]ts|\b[Tt]heir) (?:latest |annual |new |recent |yearly )*(?:(?:19|20)\d{{2}} )?"
                       rf"(?:report|study|survey|paper|assessment|analysis) (?P<title>The(?:\s+(?:{_TITLE_WORD}|a|an|the|of|on|to|for|"
                       rf"and|in|at|by|with|from)(?![\w’'-]|\.\w)){{1,24}})"),
            # "The World Bank's 2009 report Assessment of Restrictions on Palestinian Water Sector Development found that …":
            # a title of capitalised words between the kind and what the document found
            re.compile(rf"{_OF} (?:latest |annual |new |recent |yearly )*(?:(?:19|20)\d{{2}} )?(?:report|study|survey|paper|assessment) "
                       rf"(?P<title>{_LONG})(?=\s+(?:found|finds|said|says|showed|shows|warned|warns|estimated|concluded|noted|"
                       rf"argued|recommended)\b)"),
            # "A United Nations report, Gaza in 2020: A liveable place?, published in 2012": a title of any words between
            # commas, then its publication
            re.compile(rf"\b(?:[Aa]n?|[Tt]he) (?:(?:19|20)\d{{2}} )?(?:[A-Z][\w’'.-]*\s+){{1,4}}{kinds},\s+"
                       rf"(?P<title>[A-Z][^,;“”\"]{{3,120}}?),\s+{published}\b"),
            # "Greenpeace, in its October report Stemming the tide 2020: The reality of …, argued that": a title of any words
            # after the kind, up to what the document argued
            re.compile(rf"\b[Ii]n (?:its|their) {_EDITION}(?:(?:{_MONTH}|(?:19|20)\d{{2}}) )?(?:report|study|survey|assessment|paper) "
                       rf"(?P<title>[A-Z][^,;“”\"]{{3,160}}?),\s+(?:argued|argues|found|finds|said|says|warned|warns|concluded|"
                       rf"estimated|showed|shows|noted)\b"),
            # "According to UNAIDS's global AIDS update for 2025, "AIDS, Crisis and the Power to Transform", published in July"
            re.compile(rf"{_OF} (?:[\w-]+\s+){{0,4}}?(?:update|report|study|survey|review|assessment|outlook|index)"
                       rf"(?:\s+(?:for|of)\s+(?:19|20)\d{{2}})?,\s+[“\"](?P<title>[A-Z][^”\"]{{3,160}}?),?[”\"]"),
            # "In A 10-Point Plan to Reduce the European Union's Reliance on Russian Natural Gas, published in March"
            re.compile(rf"^In (?P<title>{_LONG}),\s+(?:(?:the|an?|its)\s+[^,]{{0,80}}?\s+)?{published}\b"),
            # "according to Trends in International Arms Transfers, 2024, a fact sheet published by …"
            re.compile(rf"\baccording to (?P<title>{_LONG}(?:,\s+(?:19|20)\d{{2}})?),\s+(?:an?|the|its)\s+(?:[\w-]+\s+){{0,3}}?"
                       rf"(?:fact sheet|{kinds}|paper|brief|index)\b"),
            # "in its Comprehensive Report on the Safety Review of the ALPS-Treated Water at the … Station"
            re.compile(rf"\b[Ii]n (?:its|their) {_EDITION}(?P<title>{_LONG}(?::\s+{_LONG})?)"),
            # "according to Climate Change 2023: Synthesis Report, published last year by the IPCC"
            re.compile(rf"\baccording to (?P<title>{_LONG}(?:,\s+(?:19|20)\d{{2}})?(?::\s+{_LONG})?),\s+{published}\b"),
        ]
        self.long_from = len(self.rules) - 4   # the last four read long titles; they must name a document
        self.titled_plain = self.rules.index(titled_plain)   # its title may hold a date
        # after them, as a last resort (a title of any words, which may hold a possessive itself):
        # "the FAS's Status of World Nuclear Forces, updated in March": a possessor's document, dated by its update
        self.updated = len(self.rules)
        self.rules.append(re.compile(rf"{_OF} (?:latest |annual |new |recent |yearly )*(?P<title>{_LONG}),\s+(?:updated|{published})\b"))   # the last four read long titles; they must name a document
        self.gates = [Gate(rule) for rule in self.rules]
        kinds = p["untitled_kinds"]
        self.untitled = re.compile(
            rf"\b(?:[Ii]n (?:its|an?|their|his|her|one of (?:two|three|its|their)) (?:{_MONTH} )?(?:(?:19|20)\d{{2}} )?(?:(?!(?:that|the|which|this|a|an|statement|"
            rf"interview|speech) )[a-z]+(?:-[a-z]+)? ){{0,4}}{kinds}\b|"   # not "in a statement that the report …"
            rf"[’']s (?:(?:new|latest|annual|recent|most|first|final|last|yearly|quarterly|monthly) ){{0,3}}(?:[a-z]+ )?{kinds}\b|"   # "FIFA's
            # evaluation report", "the Pentagon's most recent annual report"
            rf"(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts) (?:(?:new|latest|last|annual|recent|confidential|draft|joint|first|final) ){{0,3}}(?:(?:{_MONTH} )?(?:19|20)\d{{2}} )?"
            rf"(?:(?!(?:news|press|media|newspaper|television|tv|radio)\b)[a-z]+ )?{kinds},?\s+"   # "An impact assessment published by"
            rf"(?:(?:{published}|compiled|prepared|commissioned)\s+(?:\w+\s+){{0,2}}|(?:\w+\s+)?)by\b|"
            rf"(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts) (?:(?:latest|last|annual|recent|final|first) ){{0,2}}{kinds} of(?=\s+the\s+[A-Z])|"   # "The latest
            # report of the UN Group of Experts on the Congo"
            rf"(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts) (?:new |latest |annual |recent |long-awaited |long-delayed |much-delayed |"
            rf"(?:\d+-page )?)?(?:(?!(?:news|press|media|newspaper|television|tv|radio)\b)[a-z]+ ){{0,2}}{kinds} {published}\b|"
            rf",\s+whose\s+(?:(?:new|latest|annual|recent|final|first|last)\s+){{0,2}}{kinds}\b|"   # "the UN Group of
            # Experts, whose final report to the Security Council …"
            rf"\b{published}\s+(?:a|an|its)\s+(?:(?:new|first|second|third|final|\d+-page)\s+)?{kinds}\b)")   # "X published
            # a report that found …"
        self.untitled_gate = Gate(self.untitled)
        self.any_gate = Gate.union(self.gates + [self.untitled_gate])

    def find(self, text: str, sentence: Evidence, mentions: list[Mention], source: Agent | None,
             date_year: int | None, published_year: int | None = None, dates: list = ()) -> list[ReportRecord]:
        """Reports cited in the sentence; an untitled one takes the year told of it (`_own_year`), else the
        article's (news cites the current edition)."""
        found = []
        if not self.any_gate.may_match(sentence.text):
            return found   # most sentences cite no report
        for index, (rule, gate) in enumerate(zip(self.rules, self.gates)):
            for m in rule.finditer(sentence.text) if gate.may_match(sentence.text) else ():
                if _inside_title(sentence.text, m):
                    continue   # "Freedom House's Freedom in the World 2024 report": "in the World 2024 report" is no citation
                dated = _MONTH_YEAR.match(m["title"]) or _MONTH_ONLY.match(m["title"])   # "a November 2011 IAEA report": the
                # IAEA's, of 2011; "its April Short-Term Energy Outlook": the Outlook
                title = _clean_title(m["title"][dated.end():] if dated else m["title"], long=self.long_from <= index < self.updated,
                                     dated_ok=index == self.titled_plain)
                if not title or _all_lower(title):
                    continue
                named = (sentence.start + m.start("title") + (dated.end() if dated else 0), sentence.start + m.end("title"))
                if index == self.updated and any(x.how == "person" and named[0] <= x.start < named[1] for x in mentions):
                    continue   # "Amnesty's Secretary General Agnès Callamard, published …": a person, no title
                owner = next((x.agent for x in mentions if x.agent.kind == "org" and x.start <= named[0]
                              and named[1] <= x.end), None)
                if owner:   # "in a Pew Research Center survey": the publisher's name, not a title
                    year = int(dated["year"]) if dated and dated["year"] else _own_year(sentence.text, m, dates, date_year,
                                                                                          published_year)
                    found.append(ReportRecord(None, owner, year, sentence, source))
                    continue
                owned = _OWNED_TITLE.match(title)   # "the Institute for Economics and Peace's Global Terrorism Index
                owner_name = re.sub(r"^(?:the|The)\s+", "", owned["owner"]) if owned else ""   # 2024": its publisher's
                owned = owned if owned and (organization_word(owner_name) or any(   # name, then the title (a body the gazetteer
                    x.agent.kind == "org" and named[0] <= x.start and x.end == named[0] + owned.end("owner") for x in mentions)) else None
                # knows, whatever its name: "Transparency International's Corruption Perceptions Index 2020")
                if owned:
                    title = owned["title"]
                    named = (named[0] + owned.start("title"), named[1])
                its = _ITS.search(sentence.text, m.start(), m.start("title"))
                opens = next((x.agent for x in mentions if x.agent.kind == "org" and x.start == named[0] and x.end < named[1]
                              and x.agent.org_class not in ("NewsOrganization", "NewsAgency")
                              and _CAPITAL_NEXT.match(sentence.text, x.end - sentence.start)), None)   # "the BP Statistical
                # Review …": a body whose name opens the title publishes it
                publisher = _published_by(sentence, mentions) or (owned and _title_owner(mentions, named[0], owner_name)) \
                    or opens or (its and (
                    _subject(mentions, sentence.start + m.start()) or _subject_body(sentence.text, mentions, sentence.start)
                    or _its_subject(sentence.text))) \
                    or (sentence.text.endswith("in ", 0, m.start()) and _subject_body(sentence.text, mentions, sentence.start)) \
                    or _publisher([x for x in mentions if not named[0] <= x.start < named[1]],   # not "the European
                                  sentence.start + m.start(), sentence.start + m.end())           # Union's" in a title
                # ("X estimated in a report published in February, "…", that": the subject's report, not a body it names)
                publisher = publisher or _possessor_before(sentence, mentions, m.start())   # "the IMB's annual report, …"
                when = _WHEN_BY.search(sentence.text, m.start())   # "…", published by HRW in April 2021
                edition = _FOR_YEAR.match(sentence.text, m.end("title"))   # "Lebanon Economic Monitor for spring 2021"
                year = _year(m, title) or (int(edition["year"]) if edition else None) or (int(when["year"]) if when else None) \
                    or _release_year(sentence.text, m, dates)
                if year and published_year and year > published_year:   # "Net Zero by 2050": a target, not the edition
                    year = date_year if date_year and date_year <= published_year else None
                found.append(ReportRecord(title, publisher, year, sentence, source))
            if found:
                return found
        named = _NAMED_KIND.search(sentence.text) if self.untitled_gate.may_match(sentence.text) else None
        if named and " " not in named["name"] and not any(x.agent.kind == "org" and x.start == sentence.start + named.start("name")
                                                         for x in mentions):
            named = None   # "a Turkish survey ship": one word before the kind is a body's name only when it is known
        kind = named or (self.untitled.search(sentence.text) if self.untitled_gate.may_match(sentence.text) else None)
        if kind:
            own = source if source and source.kind == "org" and source.org_class not in ("NewsOrganization", "NewsAgency") \
                and _OWN_REPORT.search(sentence.text) else None   # "X published a report that found …": X's, not another's named in it
            publisher = _published_by(sentence, mentions) or own or _its_subject(sentence.text) \
                or _publisher(mentions, sentence.start, sentence.end) or _named_before_kind(named) \
                or _subject_body(sentence.text, mentions, sentence.start)   # "In its … report, the Lead Inspector General
            # for Operation Inherent Resolve said Islamic State remained …": the one the sentence opens on, not one it names
            if publisher and not (named and publisher.org_class in ("NewsOrganization", "NewsAgency")):   # "A Reuters
                # report said": the news, not a document of its own
                when = _WHEN_BY.search(sentence.text)   # "a survey published by … in February 2022"
                stated = _YEAR_BEFORE_KIND.search(sentence.text) or _KIND_FOR_YEAR.search(sentence.text)   # "A 2022
                # report by the Congressional Research Service", "its annual report on petroleum revenues for 2016"
                year = int(when["year"]) if when else int(stated["year"]) if stated else \
                    _own_year(sentence.text, kind, dates, date_year, published_year)
                if year and published_year and year > published_year:   # "would raise output by 2035": a target
                    year = published_year
                found.append(ReportRecord(None, publisher, year, sentence, source))
        return found


#: Where what a report found begins ("… found that exports grew in 2022"): dates after it date the finding.
_FINDING = re.compile(r"\b(?:found|finds|said|says|estimated|estimates|showed|shows|concluded|warned|warns|put|puts|counted|"
                      r"accused|projected|projects|rated|ranked|listed|recorded|described|noted|that)\b")


def _release_year(text: str, m: re.Match, dates: list) -> int | None:
    """The edition of a series named with its release and then the issue's own title ("In its Cambodia Economic Update
    published in May, titled "…"": the issue of May of the article's year); not a document whose name says which it is
    ("its Sixth Assessment Report released in March")."""
    released = _RELEASED_TITLED.match(text, m.end("title"))
    if not released:
        return None
    told = [d for d in dates if released.start("when") <= d.start < released.end("when")]
    return int(told[0].value[:4]) if told else None


_RELEASED_TITLED = re.compile(r",?\s+(?:published|released|issued)\s+(?P<when>(?:in|on|last|this|earlier)\b[^,;]{0,30}),\s+"
                              r"(?:titled|entitled)\b")


def _own_year(text: str, kind: re.Match, dates: list, date_year: int | None, published_year: int | None) -> int | None:
    """The year of an untitled report: of the date told of the report itself ("a survey by … last year", "its report,
    released in January"), else of the nearest before it, not one of what it found; else the article's year."""
    finding = _FINDING.search(text, kind.end())
    end = finding.start() if finding else len(text)
    told = [d for d in dates if kind.start() <= d.start and d.end <= end]   # "its report, released in January"
    if told:
        return int(told[0].value[:4])
    before = [d for d in dates if d.end <= kind.start()]   # "In January 2021, a historian handed him a report"
    return int(before[-1].value[:4]) if before else published_year or date_year


def _title_owner(mentions: list[Mention], title_start: int, name: str) -> Agent:
    """The body whose possessive opens a title: the one the gazetteer found just before it, else one of that name."""
    return next((x.agent for x in mentions if x.agent.kind == "org" and x.start < title_start and x.end >= title_start - 3),
                None) or Agent("org", slug(name), name, None, organization_word(name))


#: A title that opens with its publisher's possessive: "Institute for Economics and Peace's Global Terrorism Index".
_OWNED_TITLE = re.compile(r"^(?P<owner>(?:[A-Z][\w’'&-]*|of|for|and|on|the)(?:\s+(?:[A-Z][\w’'&-]*|of|for|and|on|the)){1,8})[’']s\s+"
                          r"(?P<title>[A-Z].*)$")


def _inside_title(text: str, m: re.Match) -> bool:
    """Does the match begin with 'in the' inside a longer capitalised title ("Freedom in the World")?"""
    if not m.group().startswith("in the "):
        return False
    before = _WORD_BEFORE.search(text, 0, m.start())
    return bool(before) and before.group(1) not in CALENDAR_WORDS


_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)\s+$")
_TITLE_WORD = r"(?:U\.S\.|U\.K\.|U\.N\.|[A-Z0-9][\w’'-]*)"   # "… Population in the U.S." (`_LONG` ends before "U.S.")
_LONG = (r"(?:[A-Z0-9][\w’'-]*)(?:\s+(?:[A-Z0-9][\w’'-]*|a|an|the|of|on|to|for|and|in|at|by|with|from)(?![\w’'-])){1,24}")
#: What a long title must contain to be a document's title, not a name ("Belt and Road Initiative").
_DOCUMENT = re.compile(r"\b(?:Reports?|Review|Outlook|Overview|Assessment|Index|Yearbook|Surveys?|Plan|Strategy|Study|Trends|Monitor|"
                       r"Atlas|Barometer|Tracker|Brief|Paper|Update|Analysis|Statistics|Balance|Round-?[Uu]p|Digest|Bulletin)\b")
_DATED = re.compile(r"(?:(?:\s+(?:in|on|of|since|by))?\s+(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December)|\s+(?:in|since|by))\s+(?!20[3-9]\d$)(?:19|20)\d{2}$")   # not "Net Zero by 2050"


def _possessor_before(sentence: Evidence, mentions: list[Mention], at: int) -> Agent | None:
    """The body whose possessive comes right before the match: "the International Maritime Bureau's annual report,
    Piracy and Armed Robbery Against Ships, recorded …" (the possessive may open the match: "The U.S. Geological
    Survey's Assessment of …")."""
    gap = _POSSESSIVE_GAP.match(sentence.text, at)
    at = gap.end() if gap else at
    known = next((x.agent for x in mentions if x.agent.kind == "org" and x.end - sentence.start <= at
                  and _POSSESSIVE_GAP.fullmatch(sentence.text, x.end - sentence.start, at)), None)
    named = None if known else _NAMED_POSSESSOR.search(sentence.text, max(0, at - 120), at)
    return known or (_body_named(re.sub(r"^The\s+", "", named["name"])) if named else None)


#: Between a body's name and its document: "'s annual ".
_POSSESSIVE_GAP = re.compile(r"[’']s\s+(?:(?:annual|latest|new|recent|yearly|quarterly|monthly|own)\s+)*")
#: A name of capitalised words, then that gap, at the end of what precedes a document.
_NAMED_POSSESSOR = re.compile(r"(?<![\w’'-])(?P<name>(?:U\.[SN]\.\s+)?[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|for|on|and)){0,6})"
                              r"[’']s\s+(?:(?:annual|latest|new|recent|yearly|quarterly|monthly|own)\s+)*$")


def _clean_title(title: str, long: bool = False, dated_ok: bool = False) -> str | None:
    title = re.sub(r"^(?:the|The)\s+", "", title.strip())
    title = re.sub(r"(?:\s+(?:in|of|on|the|and|for|to|at|a|an|by|with|from))+$", "", title)
    if (_DATED.search(title) and not dated_ok) or (long and not _DOCUMENT.search(title)) or re.fullmatch(_MONTH, title):
        return None   # "Belt and Road Initiative in February 2022": a name and a date, no document
    return title if len(title) >= 4 else None


def _all_lower(title: str) -> bool:
    return not any(w[0].isupper() for w in title.split() if w[0].isalpha())


def _year(m: re.Match, title: str) -> int | None:
    """The edition year: stated, or the last year in the title ("Report 2022/23" -> 2023)."""
    if m.groupdict().get("year"):
        return int(m["year"])
    span = re.search(r"\b((?:19|20)\d{2})(?:[/–-](\d{2,4}))?\b", title)
    if not span:   # "In its 2019 report Bridging the Gap …", "A 2010 study by …": the year before the title
        before = re.search(r"\b((?:19|20)\d{2})\b", m.string[m.start():m.start("title")])
        return int(before.group(1)) if before else None
    first, second = span.group(1), span.group(2)
    return int(first[:4 - len(second)] + second) if second else int(first)


_CAPITAL_NEXT = re.compile(r" [A-Z]")
#: A month's or a weekday's name.
_DAY_WORD = rf"(?:{_MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: "published by the Office for the Coordination of Humanitarian Affairs": the publisher named outright.
_BY = re.compile(r"\b(?:(?:published|released|issued|compiled|prepared|produced|commissioned)\s+"
                 r"(?:(?:[a-z][\w-]*|" + _DAY_WORD + r"|(?:19|20)\d{2})\s+){0,4}?|"
                 r"(?:study|report|survey|paper|analysis|assessment|poll)\s+)by\s+(?:the\s+)?(?:(?:bilateral|joint|independent|"
                 r"international|regional|national|official|government-appointed|Geneva-based)\s+)?(?:U\.[SN]\.\s+)?"
                 r"(?:[A-Z][\w’'.-]*-based\s+)?(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|on(?!\s+(?:" + _DAY_WORD + r"|\d))|and|the|&)"
                 r"(?![\w’'-]))*)")   # (not "… Office on April 16": its day)
#: "The latest report of the UN Group of Experts on the Congo": the body a report is "of", when none published it.
_OF_BODY = re.compile(r"\b(?:study|report|survey|paper|analysis|assessment)\s+of\s+the\s+(?:(?:independent|international)\s+)?"
                      r"(?:U\.[SN]\.\s+)?(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|on|and|the|&)(?![\w’'-]))*)")


_OWNED = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+(?P<body>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|on|and|the))+)$")
#: "… Monitor for spring 2021", "… Outlook for the second half of 2023": the edition after the title.
_FOR_YEAR = re.compile(r"\s+for\s+(?:(?:spring|summer|autumn|fall|winter|the\s+(?:first|second|third|fourth)\s+(?:quarter|half)\s+of)"
                       r"\s+)?(?P<year>(?:19|20)\d{2})\b")
_WHEN_BY = re.compile(_BY.pattern + rf"\s+in\s+(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d{{2}})\b")


def _published_by(sentence: Evidence, mentions: list[Mention]) -> Agent | None:
    """The body a report was "published by", known (a mention where its name begins) or not."""
    m = _BY.search(sentence.text) or _OF_BODY.search(sentence.text)
    if not m:
        return None
    name = re.sub(r"(?:\s+(?:of|for|on|and|the))+$", "", re.sub(r"(?<=[a-z]{3})\.$", "", m["name"]))   # "… by the
    at = sentence.start + m.start("name")                      # Office of the U.S. Trade Representative.": no full stop
    known = next((x for x in mentions if x.start <= at < x.end), None)
    owned = _OWNED.match(name)
    if known and known.agent.kind == "state" and owned and organization_word(owned["body"]):
        return Agent("org", slug(owned["body"]), owned["body"], None, organization_word(owned["body"]))   # "published by
        # Britain's Department for International Trade": the state's body
    if known and known.agent.kind == "state" and known.end < at + len(name) and organization_word(name):
        return Agent("org", slug(name), name, None, organization_word(name))   # "by the Indonesia Ocean Justice
        # Initiative": a body named after its state
    if known:
        return known.agent if known.agent.kind == "org" else None
    if len(name.split()) < 2 or name.split()[-1][0].islower():
        return None   # "published by Reuters" is known; one unknown word may be a person's name
    return Agent("org", slug(name), name, None, organization_word(name) or "Organization")


def _named_before_kind(m: re.Match | None) -> Agent | None:
    """'A Congressional Research Service report last year described …': the body named before the kind
    (``m``, a match of `_NAMED_KIND`)."""
    name = re.sub(r"[’']s$", "", m["name"]) if m else ""   # "The Department for International Trade's impact assessment"
    return _body_named(name)


def _body_named(name: str) -> Agent | None:
    """A body by a name that says what body it is ("… Service", "… Institute", "… Bureau"), not "A Biden report"."""
    kind = organization_word(name)
    return Agent("org", slug(name), name, None, kind) if kind else None


_NAMED_KIND = re.compile(r"\b(?:[Aa]n?|[Tt]he) (?:(?:confidential|new|latest|annual|recent|quarterly|draft|internal) )?"
                         r"(?P<name>(?:U\.[SN]\.\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|on|and)){0,5})"
                         r"(?: [a-z]+)? (?:report|study|survey|assessment|analysis|review|estimate|paper|poll)\b")   # "A World Bank damage assessment"
#: "A 2022 report by …", "the 2019 UNCTAD survey": the year of an untitled report's edition.
_YEAR_BEFORE_KIND = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z]+ )?(?:" + _MONTH + r" )?(?P<year>(?:19|20)\d{2}) (?:[A-Z][\w’'.-]* ){0,4}"
                               r"(?:[a-z]+ )?(?:report|study|survey|assessment|analysis|review|estimate|index)\b")
_KIND_FOR_YEAR = re.compile(r"\b(?:annual|yearly) (?:[a-z]+ )?(?:report|review|survey|assessment)(?: on [a-z ]{3,40}?)? for (?P<year>(?:19|20)\d{2})\b")
_MONTH_YEAR = re.compile(_MONTH + r"\s+(?P<year>(?:19|20)\d{2})\s+")
_MONTH_ONLY = re.compile(_MONTH + r"\s+(?P<year>)(?=[A-Z])")


_ITS = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s")
_OWN_REPORT = re.compile(r"\b(?:[Ii]n\s+(?:its|their)|(?:published|released|issued)\s+(?:a|an|its)|"
                         r"(?:said|says|wrote|warned|found|concluded|estimated|noted|stated)\s+in\s+(?:a|an))\s")
#: "In its annual report on petroleum revenues for 2016, the Public Interest and Accountability Committee (PIAC),
#: the statutory body …, warned": whose report it is, the subject named after the opening phrase.
_OPENING_ITS = re.compile(r"^In (?:its|their) [^,]{0,100}?\b(?i:report|outlook|survey|review|assessment|study|index|update|analysis|"
                          r"overview|paper|yearbook|strategy)\b[^,]{0,80},\s+(?:[^,]{2,60},\s+)?(?:the\s+)?"
                          r"(?:[A-Z][\w’'.-]*-based\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+(?:U\.[SKN]\.|[A-Z][\w’'&-]*|of|for|on|and|the)(?![\w’'-]))"
                          r"{1,10})(?:\s+\((?P<abbr>[A-Z][A-Za-z]{1,7})\))?")


def _its_subject(text: str) -> Agent | None:
    """The body whose report an opening "In its … report, the NAME" cites: a name that says what body it is, or
    whose initials its acronym spells (not a person, not "the Foreign Minister")."""
    m = _OPENING_ITS.match(text)
    if not m:
        return None
    name = re.sub(r"(?:\s+(?:of|for|on|and|the))+$", "", m["name"])
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    kind = organization_word(name)
    if not kind and not (m["abbr"] and m["abbr"].upper() == initials):
        return None
    return Agent("org", slug(name), name, None, kind or "Organization")


#: "The Joint Civilian-Military Investigation Group, a South Korean-led team …, concluded in a report released in May 2010",
#: "Lithuania's National Cyber Security Centre published a report": the body the sentence opens with, then what it did.
_SUBJECT_BODY = re.compile(r"^(?:(?:In|On|At|Last|Earlier)\b[^,]{0,40},\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*[’']s\s+)?"
                           r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|on|and|the)(?![\w’'-])){0,9})"
                           r"(?:\s+\((?P<abbr>[A-Z][A-Za-z]{1,7})\))?(?:,\s+[^;:]{2,160}?,)?\s+(?:has\s+|had\s+)?"
                           r"(?:said|says|concluded|found|finds|estimated|estimates|warned|warns|noted|notes|stated|wrote|told|published|released|issued|forecast|projected|"
                           r"predicted)\b")


def _subject_body(text: str, mentions: list[Mention], start: int) -> Agent | None:
    """The body a sentence opens with as the subject of its verb, when its name says it is a body ("… Group", "… Centre")
    or is an acronym, or is followed by one ("the Tunisian Forum for Economic and Social Rights (FTDES)"); not a state."""
    m = _SUBJECT_BODY.match(text)
    if not m:
        return None
    name = re.sub(r"(?:\s+(?:of|for|on|and|the))+$", "", m["name"])
    at = start + m.start("name")
    if any(x.start <= at and at + len(name) <= x.end and x.agent.kind != "org" for x in mentions):
        return None   # a state, a person
    kind = organization_word(name)
    if not (kind or m["abbr"] or re.fullmatch(r"[A-Z]{2,6}", name)) or kind in ("NewsOrganization", "NewsAgency"):
        return None
    return Agent("org", slug(name), name, None, kind or "Organization")


def _subject(mentions: list[Mention], start: int) -> Agent | None:
    """Whose "its report" it is: the first body the sentence names before it, not a news outlet ("Amnesty
    International …, saying FIFA had ignored warnings set out in its June report")."""
    return next((m.agent for m in mentions if m.agent.kind == "org" and m.how != "in-body" and m.start < start
                 and m.agent.org_class not in ("NewsOrganization", "NewsAgency")), None)


def _publisher(mentions: list[Mention], start: int, end: int) -> Agent | None:
    """The organization nearest to the report's mention (not a news outlet when another is there)."""
    orgs = [m for m in mentions if m.agent.kind == "org" and m.how != "in-body"]
    if not orgs:
        return None
    return min(orgs, key=lambda m: (m.agent.org_class in ("NewsOrganization", "NewsAgency"),
                                    0 if start <= m.start < end + 200 else abs(m.start - start))).agent
