// Drawing helpers shared by the pictures: SVG elements and linked marks with a tooltip.

import { href } from "./site.js";

const NS = "http://www.w3.org/2000/svg";

/** `<name attributes>children</name>` in the SVG namespace; numbers are rounded to 0.1. */
export function svg(name, attributes = {}, ...children) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, typeof value === "number" ? String(Math.round(value * 10) / 10) : value);
  }
  node.append(...children);
  return node;
}

/** `mark` wrapped in a link to the page of `iri`, with `tip` as its tooltip. */
export function linked(iri, tip, ...marks) {
  const target = href(iri);
  const group = target ? svg("a", { href: target }) : svg("g");
  group.append(svg("title", {}, tip), ...marks);
  return group;
}

/** A picture: an SVG of `width` × `height` user units that scales to its container. */
export function canvas(width, height, label, className) {
  return svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label, class: className });
}
