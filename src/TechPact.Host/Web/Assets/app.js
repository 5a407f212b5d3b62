// The live page: one EventSource per summit being watched, one for the list of summits.
// Every round is pushed by the server as it ends; nothing here polls.
"use strict";
const COLORS = ["#2957d8", "#d0413b", "#0f8a5f", "#c97a12", "#7c3aed", "#db2777", "#0891b2", "#65a30d"];
const MAX_LIVE = 6;          // browsers allow ~6 connections per host: the newest summits stream, older ones link
const summits = new Map();   // id → { card, header, frames, source }
const $ = (root, sel) => root.querySelector(sel);
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
const svg = (tag, attrs) => { const e = document.createElementNS("http://www.w3.org/2000/svg", tag); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };
const only = location.pathname.startsWith("/summits/") ? decodeURIComponent(location.pathname.slice(9)) : null;

async function loadScenarios() {
  const select = document.getElementById("scenario");
  const list = await (await fetch("/api/scenarios")).json();
  for (const s of list) {
    const o = el("option", null, `${s.title} (${s.countries} countries, ${s.issues} issues)`);
    o.value = s.id;
    select.append(o);
  }
}

document.getElementById("start").addEventListener("submit", async ev => {
  ev.preventDefault();
  const error = document.getElementById("start-error");
  error.textContent = "";
  const body = { scenario: document.getElementById("scenario").value, paceMs: Number(document.getElementById("pace").value || 0) };
  const seed = document.getElementById("seed").value.trim();
  if (seed) body.seed = seed;
  const res = await fetch("/api/summits", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) { error.textContent = json.error; return; }
  if (only) location.href = `/summits/${encodeURIComponent(json.summitId)}`;
  else watch(json.summitId);
});

function followList() {
  const feed = new EventSource("/api/summits/feed");
  feed.addEventListener("summit", e => watch(JSON.parse(e.data).summitId));
}

function watch(id) {
  if (summits.has(id) || (only && id !== only)) return;
  const card = document.getElementById("card").content.firstElementChild.cloneNode(true);
  card.dataset.summitId = id;
  document.getElementById("empty").hidden = true;
  document.getElementById("summits").prepend(card);
  const entry = { card, header: null, frames: [], source: null };
  summits.set(id, entry);
  // Too many open streams would starve the page: the oldest live card stops streaming and links to its own page.
  const live = [...summits.values()].filter(s => s.source);
  if (live.length >= MAX_LIVE) { const old = live[0]; old.source.close(); old.source = null; $(old.card, ".meta").append(" · paused here, open its page to follow"); }
  const source = new EventSource(`/api/summits/${encodeURIComponent(id)}/rounds`);
  entry.source = source;
  source.addEventListener("summit", e => { entry.header = JSON.parse(e.data); entry.frames = []; renderHeader(entry); });
  source.addEventListener("round", e => { const f = JSON.parse(e.data); entry.frames.push(f); renderRound(entry, f); });
  source.addEventListener("end", () => { source.close(); entry.source = null; });
  source.onerror = () => { if (source.readyState === EventSource.CLOSED) entry.source = null; };
}

function renderHeader(entry) {
  const h = entry.header, c = entry.card;
  const a = el("a", null, h.title); a.href = `/summits/${encodeURIComponent(h.summitId)}`;
  $(c, ".title").replaceChildren(a);
  $(c, ".meta").textContent = `${h.summitId} · seed ${h.seed} · ${h.protocol} · ${h.countries.length} countries, ${h.issues.length} issues`;
  $(c, ".max-rounds").textContent = h.maxRounds;
  setStatus(c, "running");
  const legend = $(c, ".legend");
  legend.replaceChildren(...h.countries.map((k, i) => { const s = el("span", null, k.name); const sw = el("i"); sw.style.background = COLORS[i % COLORS.length]; s.prepend(sw); return s; }),
    (() => { const s = el("span", null, "reservation (dashed)"); return s; })());
  drawCharts(entry);
}

function setStatus(card, status) {
  const pill = $(card, ".status");
  pill.className = `status pill ${status}`;
  pill.textContent = status.replace("-", " ");
}

function renderRound(entry, f) {
  const c = entry.card, h = entry.header;
  $(c, ".round-number").textContent = f.round;
  $(c, ".bar").style.width = `${Math.min(100, 100 * f.round / h.maxRounds)}%`;
  setStatus(c, f.status);
  const previous = entry.frames.length > 1 ? entry.frames[entry.frames.length - 2] : null;
  $(c, ".draft").replaceChildren(...f.draft.map((d, i) => {
    const li = el("li", d.converged ? "converged" : "");
    if (previous && previous.draft[i].option !== d.option) li.classList.add("changed");
    const top = el("div", "issue"); top.append(el("span", null, d.title), el("span", "tick", d.converged ? "✓ converged" : ""));
    li.append(top, el("div", "option", d.option ?? "— open —"));
    if (d.standard) li.append(el("div", "standard", d.standard));
    return li;
  }));
  $(c, ".countries").replaceChildren(...f.countries.map((k, i) => countryBox(k, i, h, f.status === "running")));
  const events = $(c, ".events");
  if (f.events.length) {
    $(events, ".none")?.remove();
    for (const e of f.events) {
      const li = el("li"); li.append(el("span", "r", `R${e.round}`), el("span", "kind", e.kind), document.createTextNode(e.text));
      events.append(li);
    }
  }
  drawCharts(entry);
  if (f.pact) renderPact(c, f.pact, h, f.round);
}

function countryBox(k, i, h, running) {
  const box = el("div", "country");
  const name = el("div", "name");
  const label = el("span", null, k.name); const sw = el("i", "swatch"); sw.style.background = COLORS[i % COLORS.length]; label.prepend(sw);
  name.append(label, el("span", `accepts ${k.accepts ? "yes" : "no"}`, k.accepts ? "accepts" : "holds out"));
  const bar = el("div", "ubar"); const fill = el("span"); fill.style.width = `${100 * k.utility}%`; fill.style.background = COLORS[i % COLORS.length];
  const res = el("em"); res.style.left = `${100 * k.reservation}%`; res.title = `reservation ${k.reservation.toFixed(2)}`; bar.append(fill, res);
  const chips = el("div", "chips");
  k.commitments.forEach((labels, j) => {
    if (!labels.length) return;
    const chip = el("span", "chip", `${h.issues[j].title.split(" ").slice(0, 3).join(" ")} · ${labels.length}`);
    chip.title = `${h.issues[j].title}: ${labels.join(", ")}`;
    chips.append(chip);
  });
  box.append(name, el("div", "u", `utility ${k.utility.toFixed(3)} · reservation ${k.reservation.toFixed(2)}`), bar, chips);
  if (running) box.append(takeSeat(h, k));
  return box;
}

// "Take this seat": play this country yourself from the next round, in your browser, under a round
// deadline. The server sets the seat's token as a cookie; the seat page is the classroom's.
function takeSeat(h, k) {
  const button = el("button", "take-seat", "take this seat");
  button.type = "button";
  const note = el("span", "muted");
  button.onclick = async () => {
    const r = await fetch(`/api/summits/${encodeURIComponent(h.summitId)}/seats/${encodeURIComponent(k.id)}`,
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ roundSeconds: 120 }) });
    const json = await r.json();
    if (r.ok) location.href = json.seat; else note.textContent = ` ${json.error}`;
  };
  const line = el("div", "seat"); line.append(button, note);
  return line;
}

function renderPact(card, pact, h, round) {
  const box = $(card, ".pact");
  box.hidden = false;
  box.className = `pact ${pact.status}`;
  const title = { agreement: "Pact agreed", partial: "Partial pact", "no-agreement": "No agreement" }[pact.status] ?? pact.status;
  const list = el("ul");
  for (const a of pact.agreed) { const li = el("li"); li.append(el("b", null, `${a.title}: ${a.option}. `), document.createTextNode(a.standard ?? "")); list.append(li); }
  for (const o of pact.open) list.append(el("li", "muted", `${o}: left open`));
  const utilities = h.countries.map(k => `${k.name} ${(pact.utilities[k.id] ?? 0).toFixed(3)}`).join(" · ");
  box.replaceChildren(el("h4", null, `${title} after ${round} rounds`), list, el("div", "utilities", `Utilities: ${utilities}`));
  if (round > 1) box.append(forkForm(h, round));
}

// A what-if: fork this summit after round K under a new seed; the fork plays in the cluster and
// its card appears on this page beside its parent (pushed by the summit list like any summit).
function forkForm(h, round) {
  const form = el("form", "fork");
  const at = el("input"); at.type = "number"; at.min = 0; at.max = round - 1; at.value = Math.max(0, round - 3);
  at.setAttribute("aria-label", "fork after round");
  const seed = el("input"); seed.type = "number"; seed.placeholder = "new seed"; seed.setAttribute("aria-label", "seed of the fork");
  const go = el("button", null, "Fork"); go.type = "submit";
  const note = el("span", "muted");
  form.append(el("span", null, "What if? Fork after round "), at, el("span", null, " with seed "), seed, go, note);
  form.onsubmit = async e => {
    e.preventDefault();
    const body = { atRound: Number(at.value), paceMs: 400 };
    if (seed.value) body.seed = Number(seed.value);
    const r = await fetch(`/api/summits/${encodeURIComponent(h.summitId)}/fork`,
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    note.textContent = r.ok ? ` fork ${(await r.json()).summitId} started` : ` ${(await r.json()).error}`;
  };
  return form;
}

function drawCharts(entry) {
  const h = entry.header, frames = entry.frames, c = entry.card;
  const W = 520, H = 220, L = 34, R = 10, T = 10, B = 24;
  const x = r => L + (W - L - R) * r / Math.max(1, h.maxRounds);
  const y = u => T + (H - T - B) * (1 - u);
  const chart = $(c, ".chart.utility");
  const parts = [];
  for (const v of [0, .25, .5, .75, 1]) { parts.push(svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid-line" })); parts.push(Object.assign(svg("text", { x: 4, y: y(v) + 4 }), { textContent: v.toFixed(2) })); }
  for (let r = 0; r <= h.maxRounds; r++) parts.push(Object.assign(svg("text", { x: x(r) - 3, y: H - 6 }), { textContent: r }));
  h.countries.forEach((k, i) => {
    const color = COLORS[i % COLORS.length];
    // The reservation line steps where an event moved it (frames carry each round's table).
    const res = [[x(0), y(k.reservation)]];
    let last = k.reservation;
    for (const f of frames) {
      const cf = f.countries.find(q => q.id === k.id);
      if (cf && cf.reservation !== last) { res.push([x(f.round - 1), y(last)], [x(f.round - 1), y(cf.reservation)]); last = cf.reservation; }
    }
    res.push([W - R, y(last)]);
    parts.push(svg("path", { d: "M" + res.map(p => p.join(" ")).join(" L"), class: "reservation", fill: "none", stroke: color, "stroke-dasharray": "5 4", "stroke-width": 1.2, opacity: .7 }));
    const pts = frames.map(f => { const cf = f.countries.find(q => q.id === k.id); return cf ? [x(f.round), y(cf.utility)] : null; }).filter(Boolean);
    if (pts.length) {
      parts.push(svg("polyline", { points: pts.map(p => p.join(",")).join(" "), fill: "none", stroke: color, "stroke-width": 2.5, "stroke-linejoin": "round" }));
      for (const [px, py] of pts) parts.push(svg("circle", { cx: px, cy: py, r: 3, fill: color }));
    }
  });
  chart.replaceChildren(...parts);

  const nash = $(c, ".chart.nash");
  const NH = 110, NB = 20;
  const d = frames.map(f => f.nashDistance).filter(v => v != null);
  const top = Math.max(0.05, ...d);
  const ny = v => T + (NH - T - NB) * (1 - v / top);
  const nparts = [svg("line", { x1: L, x2: W - R, y1: ny(0), y2: ny(0), class: "grid-line" }),
    Object.assign(svg("text", { x: 4, y: ny(top) + 4 }), { textContent: top.toFixed(2) }),
    Object.assign(svg("text", { x: 4, y: ny(0) + 4 }), { textContent: "0" })];
  if (!h.nash) nparts.push(Object.assign(svg("text", { x: L + 10, y: 50 }), { textContent: "No Nash point: no outcome clears every reservation." }));
  const barW = Math.max(4, (W - L - R) / Math.max(1, h.maxRounds) * .55);
  for (const f of frames) if (f.nashDistance != null) {
    nparts.push(svg("rect", { x: x(f.round) - barW / 2, y: ny(f.nashDistance), width: barW, height: ny(0) - ny(f.nashDistance), rx: 2, fill: "#7c8fdc" }));
    nparts.push(Object.assign(svg("text", { x: x(f.round) - 10, y: ny(f.nashDistance) - 3 }), { textContent: f.nashDistance.toFixed(2) }));
  }
  nash.replaceChildren(...nparts);
}

loadScenarios().catch(() => { document.getElementById("start-error").textContent = "Could not load the scenarios."; });
if (only) watch(only); else followList();
