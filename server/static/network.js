// The cooperation network: states as nodes sized by their agreements, one edge per pair of
// states and status, coloured by that status, thicker for more agreements.

import { site } from "./site.js";
import { canvas, linked, svg } from "./svg.js";

const WIDTH = 960, HEIGHT = 720, MARGIN = 40, LABEL_ROOM = 40;
const GRAVITY = 0.08, REACH = 2.5;
const CHAR = 6.8, LINE = 14;  // the size of a name's letter and line at 12px

/** States and edges from rows of ?state ?label ?partner ?status ?agreements ?pull: a row without a
 * partner is a state and the number of its agreements; one with a partner is the pair's agreements of a
 * status and their pull (a many-party agreement pulls each pair less). */
export function network(rows) {
  const states = new Map(), links = [];
  for (const row of rows) {
    const state = row.state.value, count = Number(row.agreements.value);
    if (!row.partner) {
      states.set(state, { iri: state, label: row.label?.value || state, count });
    } else {
      links.push({ a: state, b: row.partner.value, status: row.status.value, count, pull: Number(row.pull.value) });
    }
  }
  const order = site().statuses || [];
  const known = links.filter((l) => states.has(l.a) && states.has(l.b));
  return { nodes: [...states.values()], edges: known.sort((x, y) => order.indexOf(x.status) - order.indexOf(y.status)) };
}

/** Positions for `nodes` (Fruchterman–Reingold from a circle: the same data, the same picture). */
export function layout(nodes, links, width = WIDTH, height = HEIGHT, rounds = 400) {
  const index = new Map(nodes.map((node, i) => [node.iri, i]));
  const points = nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    return { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) };
  });
  const k = 0.9 * Math.sqrt((width * height) / Math.max(1, nodes.length));
  let step = width / 10;
  for (let round = 0; round < rounds; round += 1) {
    const moves = points.map(() => ({ x: 0, y: 0 }));
    repel(points, moves, k);
    attract(points, moves, links.map((l) => [index.get(l.a), index.get(l.b), l.pull]), k);
    points.forEach((p, i) => {
      moves[i].x -= (p.x - width / 2) * GRAVITY;
      moves[i].y -= (p.y - height / 2) * GRAVITY * (width / height);
      const length = Math.hypot(moves[i].x, moves[i].y) || 1;
      p.x += (moves[i].x / length) * Math.min(length, step);
      p.y += (moves[i].y / length) * Math.min(length, step);
    });
    step = Math.max(1, step * 0.985);
  }
  return fit(points, width, height);
}

/** Nodes push each other apart, but only within REACH × k: far components then stay near. */
function repel(points, moves, k) {
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const dx = points[i].x - points[j].x, dy = points[i].y - points[j].y;
      const distance = Math.max(0.01, Math.hypot(dx, dy));
      if (distance > REACH * k) continue;
      const force = (k * k) / distance / distance;
      moves[i].x += dx * force; moves[i].y += dy * force;
      moves[j].x -= dx * force; moves[j].y -= dy * force;
    }
  }
}

function attract(points, moves, links, k) {
  for (const [i, j, pull] of links) {
    const dx = points[i].x - points[j].x, dy = points[i].y - points[j].y;
    const force = (Math.hypot(dx, dy) / k) * Math.min(2, pull);
    moves[i].x -= dx * force; moves[i].y -= dy * force;
    moves[j].x += dx * force; moves[j].y += dy * force;
  }
}

function fit(points, width, height) {
  const xs = points.map((p) => p.x), ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (value, low, high, size, room) =>
    (high - low < 1 ? size / 2 : MARGIN + ((value - low) / (high - low)) * (size - 2 * MARGIN - room));
  return points.map((p) => ({ x: scale(p.x, minX, maxX, width, LABEL_ROOM), y: scale(p.y, minY, maxY, height, 0) }));
}

/** The network of `rows` as an SVG; `focus` (a state's IRI) is ringed. */
export function drawNetwork(rows, focus = "") {
  const { nodes, edges: links } = network(rows);
  const height = Math.min(HEIGHT, 220 + 9 * nodes.length);  // a few partners need less room
  const picture = canvas(WIDTH, height, `Network of ${nodes.length} states and their agreements`, "network");
  const points = layout(nodes, links, WIDTH, height);
  const at = new Map(nodes.map((node, i) => [node.iri, points[i]]));
  const lines = svg("g", { class: "edges" }, ...links.map((link, i) => edge(link, at, offset(links, i))));
  const marks = svg("g", { class: "nodes" },
    ...nodes.map((node) => nodeMark(node, at.get(node.iri), node.iri === focus)));
  const labels = svg("g", { class: "labels" }, ...placeLabels(nodes, at));
  picture.append(lines, marks, labels);
  highlightOnHover(picture);
  return picture;
}

/** How far the i-th edge of a pair bends, so that parallel edges (other statuses) stay apart. */
function offset(links, i) {
  const siblings = links.filter((l) => l.a === links[i].a && l.b === links[i].b);
  return (siblings.indexOf(links[i]) - (siblings.length - 1) / 2) * 18;
}

function edge(link, at, bend) {
  const p = at.get(link.a), q = at.get(link.b);
  const length = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const cx = (p.x + q.x) / 2 - ((q.y - p.y) / length) * bend, cy = (p.y + q.y) / 2 + ((q.x - p.x) / length) * bend;
  const path = svg("path", { d: `M${r(p.x)},${r(p.y)} Q${r(cx)},${r(cy)} ${r(q.x)},${r(q.y)}`,
    class: `edge status-${link.status}`, "stroke-width": 1.5 + 1.5 * Math.log2(link.count),
    "data-a": link.a, "data-b": link.b });
  path.append(svg("title", {}, `${link.count} ${link.status} agreement${link.count > 1 ? "s" : ""}`));
  return path;
}

const radius = (node) => 4 + 3 * Math.sqrt(node.count);

/** Each node's name beside it: right, left, above or below, the first place that overlaps no
 * circle and no name placed before (the states with most agreements are placed first). */
function placeLabels(nodes, at) {
  const taken = nodes.map((node) => box(at.get(node.iri), radius(node)));
  const byWeight = [...nodes].sort((a, b) => b.count - a.count);
  return byWeight.map((node) => {
    const p = at.get(node.iri), r = radius(node), width = CHAR * node.label.length;
    const middle = Math.min(Math.max(p.x, width / 2 + 2), WIDTH - width / 2 - 2);  // above or below, kept inside
    const places = [
      { x: p.x + r + 3, y: p.y + 4, anchor: "start", box: [p.x + r + 3, p.y - 8, width, LINE] },
      { x: p.x - r - 3, y: p.y + 4, anchor: "end", box: [p.x - r - 3 - width, p.y - 8, width, LINE] },
      { x: middle, y: p.y - r - 4, anchor: "middle", box: [middle - width / 2, p.y - r - 16, width, LINE] },
      { x: middle, y: p.y + r + 13, anchor: "middle", box: [middle - width / 2, p.y + r + 1, width, LINE] },
    ];
    const inside = (b) => b[0] >= 2 && b[0] + b[2] <= WIDTH - 2;
    const apart = (b, t) => b[0] >= t[0] + t[2] || t[0] >= b[0] + b[2] || b[1] >= t[1] + t[3] || t[1] >= b[1] + b[3];
    const free = (b) => taken.every((t) => apart(b, t));
    const place = places.find((o) => inside(o.box) && free(o.box)) || places.find((o) => inside(o.box)) || places[0];
    taken.push(place.box);
    const text = svg("text", { x: place.x, y: place.y, class: `node-label ${place.anchor}` }, node.label);
    return linked(node.iri, node.label, text);
  });
}

const box = (p, r) => [p.x - r, p.y - r, 2 * r, 2 * r];

function nodeMark(node, point, focused) {
  const count = node.count;
  const mark = linked(node.iri, `${node.label}: party to ${count} agreement${count > 1 ? "s" : ""}`,
    svg("circle", { cx: point.x, cy: point.y, r: radius(node), class: focused ? "node focus" : "node" }));
  mark.setAttribute("data-iri", node.iri);
  mark.classList.add("node-mark");
  return mark;
}

function highlightOnHover(picture) {
  picture.addEventListener("mouseover", (event) => {
    const mark = event.target.closest(".node-mark");
    if (!mark) return;
    picture.classList.add("dimmed");
    for (const path of picture.querySelectorAll(".edge")) {
      path.classList.toggle("lit", path.dataset.a === mark.dataset.iri || path.dataset.b === mark.dataset.iri);
    }
  });
  picture.addEventListener("mouseout", () => picture.classList.remove("dimmed"));
}

const r = (value) => Math.round(value * 10) / 10;
