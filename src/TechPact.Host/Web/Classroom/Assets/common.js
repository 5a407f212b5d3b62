// Shared helpers for the classroom pages: fetch JSON with clear errors, build the DOM, count down.
// Pages build every element with h(): text goes in as text nodes, handlers as functions, never as
// HTML or script strings, so nothing a country id, a name or a log line holds can run.
export async function api(url, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const r = await fetch(url, { credentials: 'same-origin', ...init });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(data.error || `HTTP ${r.status}`);
  return data;
}

// h('button', { class: 'quiet', dataset: { table: 3 }, onclick: fn }, 'to AI'): props are attributes,
// except class, dataset, text and on* (a function, added with addEventListener).
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on')) {
      if (typeof v !== 'function') throw new TypeError(`${k} must be a function`);
      el.addEventListener(k.slice(2), v);
    } else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat(Infinity).filter(c => c != null && c !== false).map(c => c instanceof Node ? c : document.createTextNode(String(c))));
  return el;
}
export const fill = (el, ...children) => { el.replaceChildren(...children.flat(Infinity).filter(c => c != null && c !== false)); return el; };
export const num = v => (v ?? 0).toFixed(3);
export const code = c => c && c.length === 8 ? `${c.slice(0, 4)}-${c.slice(4)}` : (c ?? '');

// Server time minus browser time, so countdowns follow the server's clock.
let skew = 0;
export function syncClock(serverNow) { skew = new Date(serverNow) - Date.now(); }
export function remaining(deadline, pausedSeconds) {
  if (pausedSeconds != null) return Math.max(0, pausedSeconds);
  if (!deadline) return null;
  return Math.max(0, (new Date(deadline) - (Date.now() + skew)) / 1000);
}
export const clock = s => s == null ? '—' : `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export function follow(url, name, onView, onRefused) {
  const source = new EventSource(url);
  source.addEventListener(name, e => onView(JSON.parse(e.data)));
  source.addEventListener('refused', e => { source.close(); onRefused(JSON.parse(e.data).error); });
  return source;
}

// Utility per round against the reservation (dashed), as an inline SVG built node by node.
export function sparkline(series, reservation, w = 84, h2 = 26) {
  const ns = 'http://www.w3.org/2000/svg';
  const node = (tag, attrs) => { const e = document.createElementNS(ns, tag); for (const k in attrs) e.setAttribute(k, attrs[k]); return e; };
  const n = Math.max(2, series.length), y = u => h2 - 2 - u * (h2 - 4);
  const svg = node('svg', { width: w, height: h2, viewBox: `0 0 ${w} ${h2}`, class: 'spark', 'aria-hidden': 'true' });
  svg.append(node('line', { x1: 0, x2: w, y1: y(reservation), y2: y(reservation), stroke: '#9ca3af', 'stroke-dasharray': '3 2' }));
  if (series.length) svg.append(node('polyline', { fill: 'none', stroke: '#1f5fa8', 'stroke-width': 2,
    points: series.map((u, i) => `${(i / (n - 1)) * w},${y(u)}`).join(' ') }));
  return svg;
}
