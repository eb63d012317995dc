"""The pages in a real headless browser: Debian's ``chromium`` and ``chromedriver``, driven by
selenium, against the real server publishing the sample articles.

The query page runs an example and links its answers to entity pages; the editor highlights
and completes; the shareable link holds the query; the pictures are drawn from the data; a
state page shows its partners. Skipped only when chromium or chromedriver is not installed
(``apt-get install chromium chromium-driver``).

``SCREENSHOTS=docs/screenshots .venv/bin/python -m pytest tests/test_browser.py`` also writes
the README's screenshots (home.png, entity.png) there.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from kg.pipeline import build
from kg.settings import PROJECT_ROOT, Settings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER),
                                reason="chromium and chromedriver are not installed "
                                       "(apt-get install chromium chromium-driver)")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", "--window-size=1280,1000")
WAIT = 30
JPN = "http://irnews.example.org/id/state/JPN"


@pytest.fixture(scope="module")
def site(tmp_path_factory, server_factory):
    root = tmp_path_factory.mktemp("browser")
    settings = Settings(out=root / "out", workers=2, query_timeout=20)
    build(settings, [PROJECT_ROOT / "samples" / "articles"])
    return server_factory(settings)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + (f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def open_page(browser, url: str):
    """Load ``url`` and wait until its pictures are drawn and no query is running."""
    browser.get_log("browser")  # what earlier pages logged is theirs
    browser.get(url)
    return settle(browser)


def settle(browser):
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && !document.querySelector('[aria-busy]')"
        " && [...document.querySelectorAll('[data-picture]')].every(p => p.dataset.drawn)"))
    return browser


def select(site, query: str) -> list[dict]:
    response = requests.post(site.url + "/sparql", data={"query": query},
                             headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


SHOWN_ROWS = 500  # server/static/query.js: rows a result table shows


def console_errors(browser) -> list[str]:
    """Script errors and Content-Security-Policy violations the page logged."""
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def css(browser, selector):
    return browser.find_elements(By.CSS_SELECTOR, selector)


# ---------------------------------------------------------------- the query page

def test_an_example_runs_and_its_iris_lead_to_entity_pages(site, browser):
    open_page(browser, site.url + "/")
    assert css(browser, ".editor .editor-layer"), "the editor did not start"
    css(browser, 'a[data-example="partners"]')[0].click()
    rows = WebDriverWait(browser, WAIT).until(lambda d: settle(d) and css(d, "#results table.results tbody tr"))
    example = (PROJECT_ROOT / "queries" / "partners.rq").read_text()
    found = len(select(site, example))
    assert len(rows) == min(found, SHOWN_ROWS) > 0
    if found > SHOWN_ROWS:  # the page shows the first rows and says how many there are
        assert f"The first {SHOWN_ROWS} of {found} rows are shown" in css(browser, "#results")[0].text
    assert css(browser, "textarea#query")[0].get_attribute("value") == example
    assert parse_qs(urlsplit(browser.current_url).query)["query"] == [example]
    link = css(browser, '#results table.results a[href^="/id/state/"]')[0]
    label = browser.execute_script("return arguments[0].firstChild.textContent", link)
    assert link.get_attribute("title").endswith(link.get_attribute("href").split("/id/", 1)[1])
    link.click()
    WebDriverWait(browser, WAIT).until(lambda d: "/id/state/" in d.current_url)
    settle(browser)
    assert css(browser, "h1")[0].text == label
    assert console_errors(browser) == []


def test_the_shareable_link_holds_the_query_and_runs_it(site, browser):
    query = "SELECT ?agreement ?status WHERE { ?agreement a irn:Agreement ; irn:status ?status } LIMIT 3"
    open_page(browser, site.url + "/?" + requests.compat.urlencode({"query": query}))
    assert css(browser, "textarea#query")[0].get_attribute("value") == query
    assert len(css(browser, "#results table.results tbody tr")) == 3
    shared = css(browser, "#results a.share-link")[0].get_attribute("href")
    assert parse_qs(urlsplit(shared).query)["query"] == [query]


def test_downloads_are_the_endpoint_in_each_format(site, browser):
    open_page(browser, site.url + "/?query=SELECT%20%3Fs%20WHERE%20%7B%20%3Fs%20a%20irn%3AState%20%7D%20LIMIT%202")
    links = {a.get_attribute("data-format"): a.get_attribute("href") for a in css(browser, "#results .downloads a")}
    assert set(links) == {"json", "xml", "csv", "tsv"}
    csv = requests.get(links["csv"], timeout=30)
    assert csv.headers["Content-Type"].startswith("text/csv") and csv.text.splitlines()[0] == "s"
    construct = "CONSTRUCT { ?s a irn:State } WHERE { ?s a irn:State }"
    open_page(browser, site.url + "/?" + requests.compat.urlencode({"query": construct}))
    links = {a.get_attribute("data-format"): a.get_attribute("href") for a in css(browser, "#results .downloads a")}
    turtle = requests.get(links["turtle"], timeout=30)
    assert turtle.headers["Content-Type"].startswith("text/turtle")
    assert css(browser, "#results th")[0].text == "subject" and css(browser, "#results tbody tr")


def test_the_editor_highlights_and_completes_prefixes_and_terms(site, browser):
    open_page(browser, site.url + "/")
    textarea = css(browser, "textarea#query")[0]
    textarea.send_keys(Keys.CONTROL, "a")
    textarea.send_keys(Keys.DELETE)
    textarea.send_keys("PREFIX ir")
    assert [li.text for li in css(browser, ".editor-completions li .label")] == ["irn:"]
    textarea.send_keys(Keys.ENTER)
    assert textarea.get_attribute("value") == "PREFIX irn: <http://irnews.example.org/ontology#>"
    textarea.send_keys(Keys.ENTER, "SELECT ?s WHERE { ?s a irn:Sta")
    assert css(browser, ".editor-completions li .label")[0].text == "irn:State"
    textarea.send_keys(Keys.ENTER, " } # states")
    assert textarea.get_attribute("value").endswith("?s a irn:State } # states")
    layer = css(browser, ".editor-layer")[0]
    keywords = [s.text for s in layer.find_elements(By.CSS_SELECTOR, ".tok-keyword")]
    assert keywords[:4] == ["PREFIX", "SELECT", "WHERE", "a"]
    assert layer.find_elements(By.CSS_SELECTOR, ".tok-variable")[0].text == "?s"
    assert layer.find_elements(By.CSS_SELECTOR, ".tok-iri")[0].text == "<http://irnews.example.org/ontology#>"
    assert layer.find_elements(By.CSS_SELECTOR, ".tok-comment")[0].text == "# states"
    textarea.send_keys(Keys.CONTROL, Keys.ENTER)
    WebDriverWait(browser, WAIT).until(lambda d: settle(d) and css(d, "#results tbody tr"))


def test_a_bad_query_shows_the_endpoints_message(site, browser):
    open_page(browser, site.url + "/?query=SELEC%20%3Fx")
    assert css(browser, "#results .error")[0].text.startswith("400 Bad Request: ")
    assert not css(browser, "#results table")


def module(browser, name: str, expression: str, *values):
    """``expression`` evaluated with the static module ``name`` as ``m`` and ``values`` as ``v``."""
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1], v = [...arguments].slice(1, -1);"
        f"import('/static/' + arguments[0]).then((m) => done({expression}));", name, *values)


def test_the_tokens_tell_iris_strings_and_comments_apart(site, browser):
    open_page(browser, site.url + "/")
    query = 'SELECT ?x WHERE { ?x rdfs:label "a # b"@en ; irn:start 1.5 . <http://e.org/a#b> a ?t } # end'
    tokens = module(browser, "syntax.js",
                    "m.tokenize(v[0]).filter((t) => t.type !== 'space').map((t) => [t.type, t.text])", query)
    assert tokens == [["keyword", "SELECT"], ["variable", "?x"], ["keyword", "WHERE"], ["punctuation", "{"],
                      ["variable", "?x"], ["pname", "rdfs:label"], ["string", '"a # b"'], ["lang", "@en"],
                      ["punctuation", ";"], ["pname", "irn:start"], ["number", "1.5"], ["punctuation", "."],
                      ["iri", "<http://e.org/a#b>"], ["keyword", "a"], ["variable", "?t"], ["punctuation", "}"],
                      ["comment", "# end"]]


def test_the_timeline_counts_years_and_shrinks_empty_runs(site, browser):
    open_page(browser, site.url + "/")
    rows = [{"year": {"value": "2023"}, "kind": {"value": "meeting"}, "events": {"value": "3"}},
            {"year": {"value": "soon"}, "kind": {"value": "meeting"}, "events": {"value": "1"}}]
    assert module(browser, "timeline.js", "m.counts(v[0])", rows) == [
        {"year": 2023, "kind": "meeting", "status": "", "count": 3}]
    scale = module(browser, "timeline.js", "((s) => [s.columns.map((c) => c.year), s.gaps.map((g) => [g.year, g.end]),"
                                           " s.x(2001) - s.x(1998)])(m.yearScale([1998, 2001, 2023], 0, 100))")
    assert scale[:2] == [[1998, 2001, 2023], [[1999, 2000], [2002, 2022]]]
    assert scale[2] == pytest.approx((1 + 0.6) * 100 / (3 + 2 * 0.6))  # a year's column, then a gap
    drill = 'SELECT * WHERE {\n  VALUES (?kind ?year ?wanted) { ("agreement" 2000 "signed") }\n}'
    assert module(browser, "timeline.js", "m.drillQuery(v[0], {kind: 'meeting', year: 1999, status: ''})", drill) == (
        'SELECT * WHERE {\n  VALUES (?kind ?year ?wanted) { ("meeting" 1999 UNDEF) }\n}')


# ---------------------------------------------------------------- pictures and entity pages

def test_the_network_and_timeline_are_drawn_from_the_data(site, browser):
    open_page(browser, site.url + "/")
    parties = select(site, "SELECT DISTINCT ?state WHERE { ?a a irn:Agreement ; irn:status ?s ; irn:hasParty ?state . "
                          "?state a irn:State }")
    assert len(css(browser, "svg.network circle.node")) == len(parties) > 0
    assert css(browser, "svg.network path.edge.status-signed")
    dated = select(site, "SELECT DISTINCT ?e ?s ?y WHERE { { ?e a irn:Agreement ; irn:status ?s } "
                         "UNION { ?e a irn:Meeting } ?e irn:date ?d BIND (SUBSTR(STR(?d), 1, 4) AS ?y) }")
    bars = css(browser, "svg.timeline .event")
    assert sum(int(bar.get_attribute("data-count")) for bar in bars) == len(dated) > 0
    assert len(bars) == len({(row.get("s", {}).get("value"), row["y"]["value"]) for row in dated})
    link = bars[0].find_element(By.XPATH, "..").get_dom_attribute("href")   # a bar lists the events it counts
    listed = select(site, parse_qs(urlsplit(link).query)["query"][0])
    assert len(listed) == int(bars[0].get_attribute("data-count"))
    assert console_errors(browser) == []


def test_a_state_page_shows_partners_timeline_evidence_and_wikidata(site, browser):
    open_page(browser, site.url + "/id/state/JPN")
    partners = {row["label"]["value"] for row in select(
        site, f"SELECT ?label WHERE {{ <{JPN}> irn:hasAgreementWith ?p . ?p rdfs:label ?label }}")}
    drawn = {text.text for text in css(browser, "svg.network .node-label")}
    assert partners and drawn == partners | {"Japan"}
    assert len(css(browser, "svg.network circle.node.focus")) == 1
    assert css(browser, "svg.timeline .event.meeting") and css(browser, "svg.timeline .event.status-signed")
    assert css(browser, ".evidence blockquote.quote")
    assert css(browser, "a.wikidata")[0].get_attribute("href") == "http://www.wikidata.org/entity/Q17"
    assert console_errors(browser) == []


def test_screenshots(site, browser, tmp_path):
    """The README's pictures: the home page with an example run, and a state's page."""
    folder = Path(os.environ.get("SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    open_page(browser, site.url + "/")
    css(browser, 'a[data-example="partners"]')[0].click()
    WebDriverWait(browser, WAIT).until(lambda d: settle(d) and css(d, "#results tbody tr"))
    browser.execute_script("window.scrollTo(0, 0)")
    full_page(browser, folder / "home.png")
    open_page(browser, site.url + "/id/state/JPN")
    browser.set_window_size(1280, 1700)
    browser.save_screenshot(str(folder / "entity.png"))
    browser.set_window_size(1280, 1000)
    for name in ("home.png", "entity.png"):
        assert (folder / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def full_page(browser, path: Path) -> None:
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, height)
    settle(browser)
    browser.save_screenshot(str(path))
    browser.set_window_size(1280, 1000)
