// Draws every `[data-picture]` holder from the answer to its `data-query`, asked of /sparql.
// The holder says when it is done: `data-drawn="true"` (or an error message in its place).

import { drawNetwork } from "./network.js";
import { element, runQuery } from "./site.js";
import { drawTimeline } from "./timeline.js";

const DRAWERS = {
  network: (rows, holder) => drawNetwork(rows, holder.dataset.focus),
  timeline: (rows, holder) => drawTimeline(rows, holder.dataset.drill),
};

export function drawPictures() {
  return Promise.all([...document.querySelectorAll("[data-picture]")].map(draw));
}

async function draw(holder) {
  holder.setAttribute("aria-busy", "true");
  try {
    const answer = await runQuery(holder.dataset.query);
    const picture = answer.rows.length ? DRAWERS[holder.dataset.picture](answer.rows, holder) : null;
    holder.replaceChildren(picture || element("p", { class: "hint" }, holder.dataset.empty || "Nothing to draw yet."));
  } catch (error) {
    holder.replaceChildren(element("p", { class: "error" }, `This picture could not be drawn: ${error.message}`));
  } finally {
    holder.removeAttribute("aria-busy");
    holder.dataset.drawn = "true";
  }
}
