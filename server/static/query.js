// The query page: the editor, the example queries one click away, the answer as a table whose
// IRIs link to their pages, downloads in every format, and a link that holds the query.
// Without JavaScript the same form posts to /sparql and the server draws the table.

import { attachEditor } from "./editor.js";
import { element, runQuery, short, site, termNode } from "./site.js";

const SHOWN_ROWS = 500;
const MAX_NAMED = 400;  // IRIs named in one label query
const FORMAT_NAMES = { json: ["JSON", "srj"], xml: ["XML", "srx"], csv: ["CSV", "csv"], tsv: ["TSV", "tsv"],
  turtle: ["Turtle", "ttl"], ntriples: ["N-Triples", "nt"], jsonld: ["JSON-LD", "jsonld"], rdfxml: ["RDF/XML", "rdf"],
  trig: ["TriG", "trig"], nquads: ["N-Quads", "nq"] };

/** Every `form.query` gets the editor; one with `data-results` also runs in the page. */
export function enhanceQueryForms() {
  for (const form of document.querySelectorAll("form.query")) {
    const textarea = form.querySelector("textarea");
    const panel = form.dataset.results && document.getElementById(form.dataset.results);
    if (!panel) {
      attachEditor(textarea, () => form.requestSubmit());
      continue;
    }
    const page = { form, textarea, panel, running: null };
    page.editor = attachEditor(textarea, () => run(page));
    form.addEventListener("submit", (event) => { event.preventDefault(); run(page); });
    linkExamples(page);
    if (new URLSearchParams(location.search).has("query")) run(page);
  }
}

function linkExamples(page) {
  for (const link of document.querySelectorAll("a[data-example]")) {
    link.addEventListener("click", (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;  // a new tab: no script
      event.preventDefault();
      page.editor.set(new URL(link.href).searchParams.get("query"));
      page.form.scrollIntoView({ behavior: "smooth", block: "start" });
      run(page);
    });
  }
}

async function run(page) {
  const query = page.textarea.value;
  page.running?.abort();
  const running = page.running = new AbortController();
  const started = performance.now();
  page.panel.hidden = false;
  page.panel.setAttribute("aria-busy", "true");
  page.panel.replaceChildren(element("p", { class: "status" }, "Running…"));
  history.replaceState(null, "", shareable(query, false));
  try {
    const answer = await runQuery(query, running.signal);
    page.panel.replaceChildren(...answerView(query, answer, performance.now() - started));
    await nameLinks(page.panel, running.signal);
  } catch (error) {
    if (error.name === "AbortError") return;
    page.panel.replaceChildren(element("p", { class: "error", role: "alert" }, error.message));
  } finally {
    if (page.running === running) page.panel.removeAttribute("aria-busy");
  }
}

/** The home page with `query` in its editor: the shareable link. */
function shareable(query, absolute = true) {
  const path = `${site().root}?${new URLSearchParams({ query })}#ask`;
  return absolute ? new URL(path, location.href).href : path;
}

function answerView(query, answer, milliseconds) {
  const head = element("div", { class: "results-head" }, summary(answer, milliseconds), downloads(query, answer),
    share(query));
  if (answer.kind === "boolean") {
    return [head, element("p", { class: "boolean" }, answer.boolean ? "yes (true)" : "no (false)")];
  }
  return [head, table(answer)];
}

function summary(answer, milliseconds) {
  const noun = answer.kind === "graph" ? "triple" : "row";
  const rows = answer.rows.length;
  const count = answer.kind === "boolean" ? "An answer" : `${rows} ${noun}${rows === 1 ? "" : "s"}`;
  const line = element("p", { class: "summary" }, `${count} in ${(milliseconds / 1000).toFixed(2)} s`);
  if (answer.capped) line.append(element("strong", { class: "capped" }, " (capped: add LIMIT and OFFSET to page)"));
  return line;
}

function downloads(query, answer) {
  const names = answer.kind === "graph" ? site().formats.graph : site().formats.results;
  const line = element("p", { class: "downloads" }, "Download: ");
  names.forEach((name, index) => {
    const [label, extension] = FORMAT_NAMES[name] || [name, name];
    const url = `${site().endpoint}?${new URLSearchParams({ query, format: name })}`;
    line.append(element("a", { href: url, download: `results.${extension}`, "data-format": name }, label));
    if (index < names.length - 1) line.append(" · ");
  });
  return line;
}

function share(query) {
  const url = shareable(query);
  const button = element("button", { type: "button", class: "secondary" }, "Copy link");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(url);
      button.textContent = "Copied";
    } catch {
      button.textContent = "Copy the link's address";
    }
  });
  const link = element("a", { href: url, class: "share-link" }, "Link to this query");
  return element("p", { class: "share" }, link, " ", button);
}

function table({ vars, rows }) {
  const head = element("tr", {}, ...vars.map((name) => element("th", { scope: "col" }, name)));
  const body = element("tbody", {}, ...rows.slice(0, SHOWN_ROWS).map((row) =>
    element("tr", {}, ...vars.map((name) => element("td", {}, ...(row[name] ? [termNode(row[name])] : []))))));
  const wrap = element("div", { class: "table-wrap" },
    element("table", { class: "results" }, element("thead", {}, head), body));
  if (rows.length > SHOWN_ROWS) {
    const note = `The first ${SHOWN_ROWS} of ${rows.length} rows are shown; download them all above.`;
    wrap.append(element("p", { class: "hint" }, note));
  }
  return wrap;
}

/** Gives the links to this site's resources their labels (asked in one more query), the short
 * name kept beside it; the table stays as it is when that query fails. */
async function nameLinks(panel, signal) {
  const links = [...panel.querySelectorAll("table.results a.iri")].filter((a) => a.title.startsWith(site().base));
  const iris = [...new Set(links.map((a) => a.title))].slice(0, MAX_NAMED);
  if (!iris.length) return;
  const query = `SELECT ?s (SAMPLE(?l) AS ?label) WHERE {
  VALUES ?s { ${iris.map((iri) => `<${iri}>`).join(" ")} }
  { ?s rdfs:label ?l } UNION { ?s irn:title ?l }
} GROUP BY ?s`;
  let answer;
  try {
    answer = await runQuery(query, signal);
  } catch {
    return;
  }
  const labels = new Map(answer.rows.filter((row) => row.label).map((row) => [row.s.value, row.label.value]));
  for (const link of links.filter((a) => labels.has(a.title))) {
    link.replaceChildren(labels.get(link.title), " ", element("span", { class: "id" }, short(link.title)));
  }
}
