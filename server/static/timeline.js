// The timeline: agreements (dots coloured by status) and meetings (diamonds) on a line of years.
// Dates come at the precision the articles give (a year, a month or a day); marks that would
// overlap are stacked, and runs of years without events shrink to a gap.

import { canvas, linked, svg } from "./svg.js";

const WIDTH = 960, LEFT = 128, RIGHT = 24, ROW = 15, LANE_GAP = 18, AXIS = 34, SIZE = 6;
const GAP = 0.6, LABEL_WIDTH = 34;  // the width of a run of empty years; of a year's label
const LANES = [["agreement", "Agreements"], ["meeting", "Meetings"]];

/** A date literal (2023, 2023-04 or 2023-04-06) as a fractional year, or null. */
export function yearOf(text) {
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || "");
  if (!match) return null;
  const [, year, month, day] = match;
  if (!month) return Number(year) + 0.5;
  return Number(year) + (Number(month) - 1) / 12 + (day ? (Number(day) - 1) / 365 : 1 / 24);
}

/** Events from rows of ?event ?kind ?status ?date ?label, dated ones only, in date order. */
export function events(rows) {
  return rows.map((row) => ({
    iri: row.event.value, kind: row.kind?.value || "agreement", status: row.status?.value || "",
    date: row.date?.value || "", label: row.label?.value || row.event.value, year: yearOf(row.date?.value),
  })).filter((e) => e.year !== null).sort((a, b) => a.year - b.year);
}

/** Stacks marks so that none is within `gap` pixels of another on its row; returns row numbers. */
export function stack(xs, gap) {
  const ends = [];
  return xs.map((x) => {
    let row = ends.findIndex((end) => x - end >= gap);
    if (row === -1) row = ends.push(-Infinity) - 1;
    ends[row] = x;
    return row;
  });
}

/** An axis of the years that have events. Each such year gets a column as wide as 1 + √(its events),
 * a lone empty year a column of 1, and a run of empty years shrinks to a gap: busy years get the room
 * their marks need, and every column is labelled with its year. Returns {x(year), columns, gaps}. */
export function yearScale(years, from, to) {
  const counts = new Map();
  for (const year of years.map(Math.floor)) counts.set(year, (counts.get(year) || 0) + 1);
  const first = Math.min(...counts.keys()), last = Math.max(...counts.keys());
  const pieces = [];
  for (let year = first; year <= last; year += 1) {
    let end = year;
    while (!counts.has(year) && !counts.has(end + 1)) end += 1;  // stops: the last year has events
    const weight = end > year ? GAP : 1 + Math.sqrt(counts.get(year) || 0);
    pieces.push({ gap: end > year, year, end, weight });
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
  const x = (year) => {
    const column = byYear.get(Math.floor(year));
    return column.x0 + (year - column.year) * column.width;
  };
  return { x, columns, gaps: pieces.filter((p) => p.gap) };
}

export function drawTimeline(rows) {
  const all = events(rows);
  if (!all.length) return null;
  const scale = yearScale(all.map((e) => e.year), LEFT, WIDTH - RIGHT);
  const lanes = LANES.map(([kind, title]) => lane(all.filter((e) => e.kind === kind), title, scale.x));
  let top = 8;
  const groups = lanes.map(({ height, group }) => {
    group.setAttribute("transform", `translate(0,${top})`);
    top += height + LANE_GAP;
    return group;
  });
  const picture = canvas(WIDTH, top + AXIS, `Timeline of ${all.length} agreements and meetings`, "timeline");
  picture.append(...groups, axis(scale, top));
  return picture;
}

function lane(items, title, x) {
  const xs = items.map((e) => x(e.year));
  const rows = stack(xs, SIZE * 2 + 2);
  const height = Math.max(1, ...rows.map((row) => row + 1)) * ROW + 8;
  const group = svg("g", { class: "lane" },
    svg("rect", { x: LEFT - 6, y: 0, width: WIDTH - LEFT - RIGHT + 12, height, class: "lane-band" }),
    svg("text", { x: LEFT - 14, y: height / 2 + 4, class: "lane-title" }, `${title} (${items.length})`));
  items.forEach((item, i) => group.append(mark(item, xs[i], 4 + ROW / 2 + rows[i] * ROW)));
  return { height, group };
}

function mark(item, x, y) {
  const tip = `${item.label} — ${item.date}${item.status ? ` (${item.status})` : ""}`;
  const shape = item.kind === "meeting"
    ? svg("polygon", { points: `${x},${y - SIZE} ${x + SIZE},${y} ${x},${y + SIZE} ${x - SIZE},${y}`,
      class: "event meeting" })
    : svg("circle", { cx: x, cy: y, r: SIZE - 0.5, class: `event status-${item.status}` });
  return linked(item.iri, tip, shape);
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
