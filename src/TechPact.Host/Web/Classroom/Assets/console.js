// The instructor's console: the whole class at a glance, one row per table and one column per country.
// Every element is built with h() (no HTML strings, no inline handlers): ids and names are only ever text.
import { api, h, fill, num, code, follow, syncClock, remaining, clock, sparkline } from './common.js';
const $ = s => document.querySelector(s);
const session = location.pathname.split('/').pop();
const base = `/api/classroom/sessions/${encodeURIComponent(session)}`;
let view;
const open = new Set(); // tables whose details the instructor opened stay open across updates

$('#debrief').href = `/debrief/${encodeURIComponent(session)}`;
function report(promise, success) {
  $('#error').textContent = ''; $('#done').textContent = '';
  return promise.then(r => { $('#done').textContent = success?.(r) ?? ''; }).catch(e => { $('#error').textContent = e.message; });
}
const act = (action, body, success) => report(api(`${base}/${action}`, body ?? {}), success);
document.querySelectorAll('[data-act]').forEach(b => b.addEventListener('click', () => act(b.dataset.act, b.dataset.act === 'extend' ? { seconds: 60 } : {})));
const injectTable = () => $('#event-table').value ? Number($('#event-table').value) : null;
const injected = r => `The event fires when the next round opens at table${r.tables.length > 1 ? 's' : ''} ${r.tables.join(', ')}.`;
$('#inject-listed').addEventListener('click', () => act('inject', { event: $('#event').value, table: injectTable() }, injected));
$('#inject-typed').addEventListener('click', () => act('inject', { yaml: $('#yaml').value, table: injectTable() }, injected));
const reassign = (table, country, to) => act('reassign', { table, country, to },
  s => to === 'ai' ? `Table ${table}, ${country}: the AI plays the seat now.` : `Table ${table}, ${country}: new code ${code(s.joinCode)}.`);

function render(v) {
  view = v; syncClock(v.now);
  document.title = `Console — ${v.title}`;
  $('#title').textContent = `${v.title} · session ${v.sessionId}`;
  $('#status').textContent = v.status; $('#status').className = `pill ${v.status}`;
  $('#storage').textContent = v.storage.notice; $('#storage').className = v.storage.durable ? 'notice ok' : 'notice';
  $('#join-url').textContent = v.joinUrls[0] ?? `${location.origin}/join`;
  $('#start').disabled = v.status !== 'lobby';
  if (!$('#event').options.length) {
    fill($('#event'), v.events.map(e => h('option', { value: e.id }, `${e.title} (scripted for round ${e.round})`)));
    $('#event-table').append(...v.tables.map(t => h('option', { value: t.table }, `table ${t.table}`)));
  }
  renderSummary(v);
  renderGrid(v);
  renderDetails(v);
  tick();
}

// One line for the class: who is still to answer, table by table.
function renderSummary(v) {
  const s = v.summary;
  const head = v.status === 'lobby'
    ? `Lobby: ${v.tables.flatMap(t => t.countries).filter(c => c.human && c.joined).length} of ${v.tables.flatMap(t => t.countries).filter(c => c.human).length} students have joined. Start when they are in.`
    : `${s.answered} of ${s.students} students have answered this round · ${s.concluded} of ${s.length} tables concluded`;
  const waiting = v.status === 'lobby' || !s.waiting.length ? [] : [h('span', { class: 'muted' }, 'Waiting on: '),
    s.waiting.map(w => h('span', { class: 'chip wait', dataset: { table: w.table } }, `T${w.table} `, h('b', null, w.countries.join(' ')))) ];
  fill($('#summary'), h('span', { class: 'headline' }, head), ' ', waiting);
}

function renderGrid(v) {
  const countries = v.tables[0]?.countries.map(c => c.id) ?? [];
  const head = h('tr', null, h('th', null, 'Table'), h('th', null, 'Round'), countries.map(id => h('th', null, id)), h('th', null, 'Draft'));
  fill($('#tables'), h('thead', null, head), h('tbody', null, v.tables.map(t => row(v, t))));
}

function row(v, t) {
  const state = t.over
    ? h('span', { class: `pill ${t.outcome}` }, t.outcome.replace('-', ' '))
    : h('span', null, h('b', null, `round ${t.round}`), ' ', h('span', { class: 'clock', dataset: { deadline: t.deadline ?? '', paused: t.remainingSeconds ?? '' } }));
  const pending = t.pendingInjects.length ? h('div', { class: 'muted small' }, `next round: ${t.pendingInjects.join(', ')}`) : null;
  return h('tr', { class: t.over ? 'over' : '', dataset: { table: t.table } },
    h('th', { scope: 'row' }, `Table ${t.table}`),
    h('td', { class: 'state' }, state, pending),
    t.countries.map(c => seatCell(v, t, c)),
    h('td', { class: 'draft-cell' }, `${t.converged}/${t.issues} issues converged`));
}

function seatCell(v, t, c) {
  const line = [];
  if (t.over) line.push(h('span', { class: 'holder' }, c.heldBy));
  else if (!c.human) line.push(h('span', { class: 'holder muted' }, c.heldBy));
  else {
    line.push(h('span', { class: 'code', title: 'join code' }, code(c.joinCode)));
    line.push(c.waiting ? h('span', { class: 'chip wait' }, 'waiting')
      : c.submitted ? h('span', { class: 'chip done' }, '✓ answered')
      : h('span', { class: c.joined ? 'chip joined' : 'chip' }, c.joined ? 'joined' : 'not joined'));
  }
  const actions = t.over || v.status === 'ended' ? null : h('span', { class: 'actions' }, c.human
    ? [h('button', { class: 'small quiet', type: 'button', title: 'a new join code (the old code and device stop working)', onclick: () => reassign(t.table, c.id, 'student') }, 'new code'),
       h('button', { class: 'small quiet', type: 'button', onclick: () => reassign(t.table, c.id, 'ai') }, 'to AI')]
    : [h('button', { class: 'small quiet', type: 'button', onclick: () => reassign(t.table, c.id, 'student') }, 'to a student')]);
  const ai = c.playedByAi.length ? h('span', { class: 'muted small', title: 'rounds the AI played this seat' }, `AI played round${c.playedByAi.length > 1 ? 's' : ''} ${c.playedByAi.join(', ')}`) : null;
  return h('td', { class: 'seat', dataset: { country: c.id } },
    h('div', { class: 'seat-line' }, line),
    h('div', { class: 'seat-line' }, sparkline(c.perRound, c.reservation), h('span', { class: 'utility', title: 'utility of the draft (reservation dashed)' }, num(c.utility)), actions),
    ai);
}

function renderDetails(v) {
  fill($('#details'), v.tables.map(t => {
    const d = h('details', { class: 'card table-card', dataset: { table: t.table }, open: open.has(t.table) },
      h('summary', null, h('b', null, `Table ${t.table}`), ` · ${t.over ? t.outcome : 'round ' + t.round} · draft and log`),
      h('ol', { class: 'draft' }, t.draft.map(d => h('li', null, `${d.title}: `, h('b', null, d.option ?? 'open')))),
      h('ul', { class: 'log' }, t.log.map(l => h('li', null, `Round ${l.round}: ${l.text}`))));
    d.addEventListener('toggle', () => d.open ? open.add(t.table) : open.delete(t.table));
    return d;
  }));
}

function tick() {
  document.querySelectorAll('.clock').forEach(el => {
    const s = remaining(el.dataset.deadline || null, el.dataset.paused === '' ? null : Number(el.dataset.paused));
    el.textContent = s == null ? '' : (view.status === 'paused' ? `paused · ${clock(s)} left` : clock(s));
  });
}
setInterval(tick, 500);
follow(`${base}/console/stream`, 'console', render, msg => { $('#error').textContent = msg; });
