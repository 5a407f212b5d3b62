// Shared helpers for the classroom pages: fetch JSON with clear errors, escape text, count down.
export async function api(url, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const r = await fetch(url, { credentials: 'same-origin', ...init });
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(data.error || `HTTP ${r.status}`);
  return data;
}
export const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
export const num = v => (v ?? 0).toFixed(3);
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
export function sparkline(series, reservation) {
  const w = 120, h = 34, n = Math.max(2, series.length);
  const pts = series.map((u, i) => `${(i / (n - 1)) * w},${h - u * h}`).join(' ');
  return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" class="spark"><line x1="0" x2="${w}" y1="${h - reservation * h}" y2="${h - reservation * h}" stroke="#9ca3af" stroke-dasharray="3 2"/><polyline fill="none" stroke="#1f5fa8" stroke-width="2" points="${pts}"/></svg>`;
}
