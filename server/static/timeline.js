// The timeline: for each year, a bar of the agreements dated in it (stacked by status) and a bar of the
// meetings. Dates come at the precision the articles give (a year, a month or a day); a year counts every
// event dated in it. Runs of years without events shrink to a gap. Each part of a bar links to the query
// that lists its events, so the picture stays one row per year whatever the size of the corpus.

import { canvas, svg } from "./svg.js";
import { site } from "./site.js";

const WIDTH = 960, LEFT = 128, RIGHT = 24, LANE = 84, LANE_GAP = 18, AXIS = 34, TOP = 8;
const GAP = 0.6, LABEL_WIDTH = 34, BAR = 22, MIN_HEIGHT = 2;  // an empty run's width; a label's; a bar's most
const LANES = [["agreement", "Agreements"], ["meeting", "Meetings"]];

/** Counts from rows of ?year ?kind ?status ?events: [{year, kind, status, count}], dated ones only. */
export function counts(rows) {
  return rows.map((row) => ({
    year: Number.parseInt(row.year?.value, 10), kind: row.kind?.value || "agreement",
    status: row.status?.value || "", count: Number(row.events?.value || 0),
  })).filter((c) => Number.isInteger(c.year) && c.count > 0);
}

/** An axis of the years that have events: each such year a column of 1, a lone empty year a column of 1,
 * and a run of empty years shrinks to a gap. Returns {x(year) (a column's middle), width, columns, gaps}. */
export function yearScale(years, from, to) {
  const seen = new Set(years);
  const first = Math.min(...seen), last = Math.max(...seen);
  const pieces = [];
  for (let year = first; year <= last; year += 1) {
    let end = year;
    while (!seen.has(year) && !seen.has(end + 1)) end += 1;  // stops: the last year has events
    pieces.push({ gap: end > year, year, end, weight: end > year ? GAP : 1 });
    year = end;
  }
  const unit = (to - from) / pieces.reduce((sum, piece) => sum + piece.weight, 0);
  let x0 = from;
  for (const piece of pieces) {
    Object.assign(piece, { x0, width: piece.weight * unit });
    x0 += piece.width;
  }
  const columns = pieces.filter((p) => !p.gap);
  const byYear = new Map(columns.map((p) => [p.year, p]));
  const x = (year) => byYear.get(year).x0 + unit / 2;
  return { x, width: unit, columns, gaps: pieces.filter((p) => p.gap) };
}

/** The query listing the events of one part of a bar: `drill` with its VALUES row set to them. */
export function drillQuery(drill, { kind, year, status }) {
  const wanted = status ? JSON.stringify(status) : "UNDEF";
  return drill.replace(/VALUES \(\?kind \?year \?wanted\) \{[^}]*\}/,
    `VALUES (?kind ?year ?wanted) { (${JSON.stringify(kind)} ${year} ${wanted}) }`);
}

export function drawTimeline(rows, drill = "") {
  const all = counts(rows);
  if (!all.length) return null;
  const scale = yearScale(all.map((c) => c.year), LEFT, WIDTH - RIGHT);
  let top = TOP;
  const groups = LANES.map(([kind, title]) => {
    const group = lane(all.filter((c) => c.kind === kind), title, scale, drill);
    group.setAttribute("transform", `translate(0,${top})`);
    top += LANE + LANE_GAP;
    return group;
  });
  const total = all.reduce((sum, c) => sum + c.count, 0);
  const picture = canvas(WIDTH, top + AXIS, `Timeline of ${total} agreements and meetings by year`, "timeline");
  picture.append(...groups, axis(scale, top));
  return picture;
}

/** A lane: a bar a year, its parts in the legend's order of statuses, heights on one scale per lane. */
function lane(items, title, scale, drill) {
  const order = site().statuses || [];
  const rank = (status) => (order.includes(status) ? order.indexOf(status) : order.length);
  const years = new Map();
  for (const item of items) years.set(item.year, [...(years.get(item.year) || []), item]);
  const most = Math.max(1, ...[...years.values()].map((parts) => parts.reduce((sum, p) => sum + p.count, 0)));
  const total = items.reduce((sum, item) => sum + item.count, 0);
  const group = svg("g", { class: "lane" },
    svg("rect", { x: LEFT - 6, y: 0, width: WIDTH - LEFT - RIGHT + 12, height: LANE, class: "lane-band" }),
    svg("text", { x: LEFT - 14, y: LANE / 2 + 4, class: "lane-title" }, `${title} (${total})`));
  const width = Math.max(2, Math.min(BAR, scale.width * 0.8));
  for (const [year, parts] of years) {
    let bottom = LANE - 4;
    for (const part of parts.sort((a, b) => rank(a.status) - rank(b.status))) {
      const height = Math.max(MIN_HEIGHT, (part.count / most) * (LANE - 8));
      bottom -= height;
      group.append(bar(part, scale.x(year) - width / 2, bottom, width, height, drill));
    }
  }
  return group;
}

function bar(part, x, y, width, height, drill) {
  const what = part.kind === "meeting" ? "meeting" : `${part.status} agreement`.trim();
  const tip = `${part.year}: ${part.count} ${what}${part.count > 1 ? "s" : ""}`;
  const shape = svg("rect", {
    x, y, width, height, "data-count": part.count,
    class: part.kind === "meeting" ? "event meeting" : `event status-${part.status}`,
  });
  const group = drill ? svg("a", { href: `${site().root}?query=${encodeURIComponent(drillQuery(drill, part))}#ask` })
    : svg("g");
  group.append(svg("title", {}, tip), shape);
  return group;
}

function axis({ columns, gaps }, top) {
  const group = svg("g", { class: "axis" });
  let labelled = -Infinity;
  for (const column of columns) {
    const middle = column.x0 + column.width / 2;
    group.append(svg("line", { x1: column.x0, x2: column.x0 + column.width, y1: top, y2: top }),
      svg("line", { x1: column.x0, x2: column.x0, y1: top, y2: top + 5 }));
    if (middle - labelled >= LABEL_WIDTH) {
      group.append(svg("text", { x: middle, y: top + 18, class: "tick" }, String(column.year)));
      labelled = middle;
    }
  }
  for (const gap of gaps) {
    const middle = gap.x0 + gap.width / 2;
    const slash = (dx) => svg("line", { x1: middle + dx - 3, x2: middle + dx + 3, y1: top + 5, y2: top - 5 });
    group.append(svg("g", { class: "gap" }, svg("title", {}, `${gap.year}–${gap.end}: nothing dated`),
      svg("line", { x1: gap.x0, x2: gap.x0 + gap.width, y1: top, y2: top, class: "dashed" }), slash(-3), slash(3)));
  }
  return group;
}
