// SPARQL 1.1 tokens for highlighting and completion (https://www.w3.org/TR/sparql11-query/#grammar).
// Not a parser: it only needs to colour a query and to tell what the word at the caret is.

const KEYWORDS = new Set(`BASE PREFIX SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED DISTINCT REDUCED
  OPTIONAL UNION MINUS GRAPH SERVICE SILENT FILTER BIND VALUES AS ORDER BY ASC DESC LIMIT OFFSET GROUP
  HAVING NOT EXISTS IN UNDEF SEPARATOR TRUE FALSE`.split(/\s+/));

const FUNCTIONS = new Set(`COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT STR LANG LANGMATCHES DATATYPE BOUND
  IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS
  STRENDS STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1
  SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX
  SUBSTR REPLACE`.split(/\s+/));

const NAME = "[\\p{L}_][\\p{L}\\p{N}_-]*";
const LOCAL = "(?:[\\p{L}\\p{N}_:%-]|\\.(?=[\\p{L}\\p{N}_:%-]))*";

// Tried in order at each position; the first that matches makes the token.
const RULES = [
  ["space", /\s+/y],
  ["comment", /#[^\n]*/y],
  ["iri", /<[^<>"{}|^`\\\s]*>/y],
  ["string", /"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?/y],
  ["variable", /[?$][\p{L}\p{N}_]*/uy],
  ["pname", new RegExp(`(?:${NAME})?:${LOCAL}`, "uy")],
  ["lang", /@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*/y],
  ["number", /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y],
  ["word", new RegExp(NAME, "uy")],
  ["punctuation", /[\s\S]/y],
];

/** The tokens of `text`, each {type, text, start}; the texts put together are `text`. */
export function tokenize(text) {
  const tokens = [];
  let position = 0;
  while (position < text.length) {
    for (const [type, pattern] of RULES) {
      pattern.lastIndex = position;
      const match = pattern.exec(text);
      if (match && match[0].length > 0) {
        tokens.push({ type: refine(type, match[0]), text: match[0], start: position });
        position += match[0].length;
        break;
      }
    }
  }
  return tokens;
}

function refine(type, text) {
  if (type !== "word") return type;
  const upper = text.toUpperCase();
  if (KEYWORDS.has(upper) || text === "a") return "keyword";
  return FUNCTIONS.has(upper) ? "function" : "word";
}

/** `text` as a fragment of spans classed `tok-<type>`, for the highlighting layer. */
export function highlight(text) {
  const fragment = document.createDocumentFragment();
  for (const token of tokenize(text)) {
    if (token.type === "space" || token.type === "punctuation") {
      fragment.append(token.text);
    } else if (token.type === "pname") {
      const colon = token.text.indexOf(":") + 1;
      fragment.append(span("prefix", token.text.slice(0, colon)), span("local", token.text.slice(colon)));
    } else {
      fragment.append(span(token.type, token.text));
    }
  }
  return fragment;
}

function span(type, text) {
  const node = document.createElement("span");
  node.className = `tok-${type}`;
  node.textContent = text;
  return node;
}

/** The last token before the caret and the meaningful one before it (whitespace and comments skipped). */
export function context(before) {
  const tokens = tokenize(before);
  const last = tokens[tokens.length - 1] || { type: "space", text: "", start: 0 };
  const rest = tokens.slice(0, last.type === "space" ? tokens.length : tokens.length - 1);
  const previous = rest.reverse().find((t) => t.type !== "space" && t.type !== "comment");
  return { last, previous };
}
