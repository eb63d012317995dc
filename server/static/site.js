// What every script shares: the site's settings, running a query, and how a term is shown.

const RESULTS_JSON = "application/sparql-results+json";
const NTRIPLES = "application/n-triples";
const XSD = "http://www.w3.org/2001/XMLSchema#";
// Datatypes a reader recognises from the value itself: named in a tooltip, not after the value.
const PLAIN_TYPES = new Set(["string", "integer", "decimal", "double", "float", "boolean", "date", "dateTime",
  "gYear", "gYearMonth"].map((name) => XSD + name));

let settings = null;

/** The settings the server wrote into the page (base IRI, prefixes, ontology terms). */
export function site() {
  if (settings === null) {
    const block = document.getElementById("site-config");
    settings = block ? JSON.parse(block.textContent) : { prefixes: {}, terms: [], base: "", root: "/" };
  }
  return settings;
}

/** Runs `query` on the endpoint: {kind: "bindings"|"boolean"|"graph", vars, rows, boolean, capped}. */
export async function runQuery(query, signal) {
  const response = await fetch(site().endpoint, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: `${RESULTS_JSON}, ${NTRIPLES};q=0.9` },
    body: new URLSearchParams({ query }),
    signal,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || `${response.status} ${response.statusText}`);
  const capped = response.headers.get("X-Result-Capped") === "true";
  if ((response.headers.get("Content-Type") || "").startsWith(NTRIPLES)) {
    return { kind: "graph", vars: ["subject", "predicate", "object"], rows: parseNTriples(text), capped };
  }
  const json = JSON.parse(text);
  if ("boolean" in json) return { kind: "boolean", boolean: json.boolean, vars: [], rows: [], capped };
  return { kind: "bindings", vars: json.head.vars, rows: json.results.bindings, capped };
}

const NT_TERM = /<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([\w-]+)|\^\^<([^>]*)>)?/y;

/** N-Triples lines as rows of {subject, predicate, object} terms in the SPARQL JSON shape. */
export function parseNTriples(text) {
  return text.split("\n").filter((line) => line.trim() && !line.startsWith("#")).map((line) => {
    const terms = [];
    NT_TERM.lastIndex = 0;
    while (terms.length < 3) {
      while (line[NT_TERM.lastIndex] === " " || line[NT_TERM.lastIndex] === "\t") NT_TERM.lastIndex += 1;
      const match = NT_TERM.exec(line);
      if (!match) break;
      terms.push(ntTerm(match));
    }
    return { subject: terms[0], predicate: terms[1], object: terms[2] };
  });
}

function ntTerm([, iri, bnode, literal, lang, datatype]) {
  if (iri !== undefined) return { type: "uri", value: unescapeNT(iri) };
  if (bnode !== undefined) return { type: "bnode", value: bnode };
  const term = { type: "literal", value: unescapeNT(literal) };
  if (lang) term["xml:lang"] = lang;
  if (datatype) term.datatype = datatype;
  return term;
}

const ESCAPES = { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" };

function unescapeNT(text) {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (_, u4, u8, c) =>
    u4 || u8 ? String.fromCodePoint(parseInt(u4 || u8, 16)) : ESCAPES[c] ?? c);
}

/** Where a page links an IRI (as server/pages.py `href` does), or null. */
export function href(iri) {
  const { base, root, ontology, ontologyPage } = site();
  if (iri === ontology || iri.startsWith(ontology + "#")) return ontologyPage + iri.slice(ontology.length);
  if (base && iri.startsWith(base)) return root + iri.slice(base.length);
  return /^https?:\/\//.test(iri) ? iri : null;
}

/** How a page names an IRI: `state/IRN` for a minted one, else a CURIE, else the IRI. */
export function short(iri) {
  const minted = site().base + "id/";
  if (iri.startsWith(minted)) return iri.slice(minted.length);
  for (const [prefix, namespace] of Object.entries(site().prefixes)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}

/** A DOM node for one RDF term: a link for an IRI, the text (and its language or datatype) for a literal. */
export function termNode(term) {
  if (term.type === "uri") {
    const link = href(term.value);
    const node = element(link ? "a" : "span", { title: term.value, class: "iri" }, short(term.value));
    if (link) node.href = link;
    return node;
  }
  if (term.type === "bnode") return element("span", { class: "bnode" }, `_:${term.value}`);
  const node = element("span", { class: "literal" }, term.value);
  if (term["xml:lang"]) node.append(element("span", { class: "lang" }, `@${term["xml:lang"]}`));
  else if (term.datatype && PLAIN_TYPES.has(term.datatype)) node.title = short(term.datatype);
  else if (term.datatype) node.append(element("span", { class: "datatype" }, `^^${short(term.datatype)}`));
  return node;
}

/** `<name attributes>children</name>` in the HTML namespace. */
export function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}
