// A small SPARQL editor: the textarea stays the input (forms, undo, accessibility); a layer
// under it shows the same text highlighted, and a list under the caret completes prefixes
// (after PREFIX, or a name being typed) and the terms of the ontology after `prefix:`.

import { context, highlight } from "./syntax.js";
import { element, site } from "./site.js";

const MAX_SUGGESTIONS = 12;
let editors = 0;

/** Turns `textarea` into the editor; `onRun` is called on Ctrl+Enter (or ⌘+Enter). */
export function attachEditor(textarea, onRun) {
  editors += 1;
  const layer = element("pre", { class: "editor-layer", "aria-hidden": "true" });
  const list = element("ul", { class: "editor-completions", role: "listbox", id: `completions-${editors}` });
  list.hidden = true;
  const frame = element("div", { class: "editor" });
  textarea.replaceWith(frame);
  frame.append(layer, textarea, list);
  textarea.classList.add("editor-input");
  textarea.setAttribute("wrap", "off");
  textarea.setAttribute("aria-autocomplete", "list");
  textarea.setAttribute("aria-controls", list.id);
  const editor = { textarea, layer, list, items: [], chosen: 0, onRun };
  textarea.addEventListener("input", () => { render(editor); suggest(editor, false); });
  textarea.addEventListener("scroll", () => follow(editor));
  textarea.addEventListener("keydown", (event) => onKey(editor, event));
  textarea.addEventListener("blur", () => close(editor));
  list.addEventListener("mousedown", (event) => onPick(editor, event));
  render(editor);
  return { set: (text) => setText(editor, text) };
}

function setText(editor, text) {
  editor.textarea.value = text;
  render(editor);
  close(editor);
}

function render(editor) {
  editor.layer.replaceChildren(highlight(editor.textarea.value), "\n");
  follow(editor);
}

function follow(editor) {
  const { textarea, layer } = editor;
  layer.scrollTop = textarea.scrollTop;
  layer.scrollLeft = textarea.scrollLeft;
}

function onKey(editor, event) {
  if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
    event.preventDefault();
    editor.onRun?.();
  } else if (event.ctrlKey && event.key === " ") {
    event.preventDefault();
    suggest(editor, true);
  } else if (editor.items.length) {
    onListKey(editor, event);
  }
}

function onListKey(editor, event) {
  const moves = { ArrowDown: 1, ArrowUp: -1 };
  if (event.key in moves) {
    editor.chosen = (editor.chosen + moves[event.key] + editor.items.length) % editor.items.length;
    show(editor);
  } else if (event.key === "Enter" || event.key === "Tab") {
    accept(editor, editor.items[editor.chosen]);
  } else if (event.key === "Escape") {
    close(editor);
  } else {
    return;
  }
  event.preventDefault();
}

function onPick(editor, event) {
  const item = event.target.closest("li");
  if (!item) return;
  event.preventDefault();  // keep the focus in the textarea
  accept(editor, editor.items[Number(item.dataset.index)]);
}

/** What could complete the text before the caret: [{label, hint, insert, from}]. */
export function suggestions(before, explicit, { prefixes, terms }) {
  const { last, previous } = context(before);
  const declaring = previous && previous.type === "keyword" && previous.text.toUpperCase() === "PREFIX";
  if (declaring && (last.type === "space" || last.type === "word" || last.type === "keyword")) {
    const partial = last.type === "space" ? "" : last.text;
    return Object.entries(prefixes).filter(([name]) => name.startsWith(partial.toLowerCase()))
      .map(([name, ns]) => ({ label: `${name}:`, hint: ns, insert: `${name}: <${ns}>`,
        from: before.length - partial.length }));
  }
  if (last.type === "pname") {
    const colon = last.text.indexOf(":");
    const prefix = last.text.slice(0, colon), local = last.text.slice(colon + 1).toLowerCase();
    const fits = (name) => name.startsWith(local) && name !== local;
    return terms.filter((t) => t.prefix === prefix && fits(t.name.toLowerCase()))
      .map((t) => ({ label: `${prefix}:${t.name}`, hint: t.label || "", insert: t.name,
        from: before.length - local.length }));
  }
  if (explicit && last.type === "space") {
    return Object.entries(prefixes).map(([name, ns]) => ({ label: `${name}:`, hint: ns, insert: `${name}:`,
      from: before.length, chain: true }));
  }
  if ((last.type === "word" || last.type === "keyword") && (explicit || last.text.length >= 2)) {
    return Object.entries(prefixes).filter(([name]) => name.startsWith(last.text.toLowerCase()) && name !== last.text)
      .map(([name, ns]) => ({ label: `${name}:`, hint: ns, insert: `${name}:`, from: last.start, chain: true }));
  }
  return [];
}

function suggest(editor, explicit) {
  const { textarea } = editor;
  if (textarea.selectionStart !== textarea.selectionEnd) return close(editor);
  const before = textarea.value.slice(0, textarea.selectionStart);
  editor.items = suggestions(before, explicit, site()).slice(0, MAX_SUGGESTIONS);
  editor.chosen = 0;
  show(editor);
}

function accept(editor, item) {
  const { textarea } = editor;
  textarea.setSelectionRange(item.from, textarea.selectionStart);
  if (!document.execCommand("insertText", false, item.insert)) {  // keeps undo where supported
    textarea.setRangeText(item.insert, item.from, textarea.selectionEnd, "end");
    render(editor);
  }
  close(editor);
  if (item.chain) suggest(editor, true);
}

function close(editor) {
  editor.items = [];
  show(editor);
}

function show(editor) {
  const { list, items, chosen, textarea } = editor;
  list.replaceChildren(...items.map((item, index) => element("li", {
    role: "option", id: `${list.id}-${index}`, "data-index": index, "aria-selected": String(index === chosen),
  }, element("span", { class: "label" }, item.label), element("span", { class: "hint" }, item.hint))));
  list.hidden = items.length === 0;
  textarea.setAttribute("aria-expanded", String(items.length > 0));
  if (items.length) {
    textarea.setAttribute("aria-activedescendant", `${list.id}-${chosen}`);
    place(editor);
  } else {
    textarea.removeAttribute("aria-activedescendant");
  }
}

/** Puts the list under the caret: monospace text, so a line and a column give the point. */
function place({ textarea, list }) {
  const style = getComputedStyle(textarea);
  const lines = textarea.value.slice(0, textarea.selectionStart).split("\n");
  const column = lines[lines.length - 1].replace(/\t/g, "  ").length;
  const lineHeight = parseFloat(style.lineHeight);
  const x = parseFloat(style.paddingLeft) + column * charWidth(style) - textarea.scrollLeft;
  const y = parseFloat(style.paddingTop) + lines.length * lineHeight - textarea.scrollTop;
  list.style.left = `${Math.max(0, Math.min(x, textarea.clientWidth - 240))}px`;
  list.style.top = `${y + 2}px`;
}

let measured = null;

function charWidth(style) {
  if (measured === null) {
    const canvas = document.createElement("canvas").getContext("2d");
    canvas.font = `${style.fontSize} ${style.fontFamily}`;
    measured = canvas.measureText("0".repeat(100)).width / 100;
  }
  return measured;
}
