import { api, esc, num, follow, syncClock, remaining, clock, sparkline } from './common.js';
const $ = s => document.querySelector(s);
const session = location.pathname.split('/').pop();
const base = `/api/classroom/sessions/${session}`;
let view;
$('#debrief').href = `/debrief/${session}`;
$('#join-url').textContent = `${location.origin}/join`;
const act = (action, body) => api(`${base}/${action}`, body ?? {}).then(() => $('#error').textContent = '').catch(e => $('#error').textContent = e.message);
document.querySelectorAll('[data-act]').forEach(b => b.addEventListener('click', () => act(b.dataset.act, b.dataset.act === 'extend' ? { seconds: 60 } : {})));
$('#inject-listed').addEventListener('click', () => act('inject', { event: $('#event').value, table: $('#event-table').value ? +$('#event-table').value : null }));
$('#inject-typed').addEventListener('click', () => act('inject', { yaml: $('#yaml').value, table: $('#event-table').value ? +$('#event-table').value : null }));
window.reassign = (table, country, to) => act('reassign', { table, country, to });

function render(v) {
  view = v; syncClock(v.now);
  document.title = `Console — ${v.title}`;
  $('#title').textContent = `${v.title} · session ${v.sessionId}`;
  $('#status').textContent = v.status; $('#status').className = `pill ${v.status}`;
  $('#storage').textContent = v.storage.notice; $('#storage').className = v.storage.durable ? 'notice ok' : 'notice';
  $('#start').disabled = v.status !== 'lobby';
  if (!$('#event').options.length) {
    $('#event').innerHTML = v.events.map(e => `<option value="${esc(e.id)}">${esc(e.title)} (scripted for round ${e.round})</option>`).join('');
    $('#event-table').innerHTML += v.tables.map(t => `<option value="${t.table}">table ${t.table}</option>`).join('');
  }
  $('#tables').innerHTML = v.tables.map(t => `<section class="card table-card" data-table="${t.table}">
    <h2>Table ${t.table} <span class="pill ${t.over ? t.outcome : v.status}">${t.over ? esc(t.outcome) : 'round ' + t.round}</span>
      <span class="clock" data-deadline="${t.deadline ?? ''}" data-paused="${t.remainingSeconds ?? ''}"></span></h2>
    ${t.pendingInjects.length ? `<p class="muted">Next round: ${t.pendingInjects.map(esc).join(', ')}</p>` : ''}
    <table><tr><th>Seat</th><th>Join code</th><th>This round</th><th>Utility (draft)</th><th></th></tr>
    ${t.countries.map(c => `<tr><td><b>${esc(c.id)}</b> ${c.human ? 'student' : 'AI'}${c.playedByAi.length ? `<br><small class="muted">AI played rounds ${c.playedByAi.join(', ')}</small>` : ''}</td>
      <td>${c.human ? `<span class="code">${esc(c.joinCode)}</span>${c.joined ? ' <small class="good">joined</small>' : ''}` : ''}</td>
      <td>${c.human ? (c.submitted ? '<span class="good">submitted</span>' : '<span class="muted">waiting</span>') : '<span class="muted">AI</span>'}</td>
      <td>${sparkline(c.perRound, c.reservation)} ${num(c.utility)}</td>
      <td>${c.human ? `<button class="quiet" onclick="reassign(${t.table},'${esc(c.id)}','student')">new student</button> <button class="quiet" onclick="reassign(${t.table},'${esc(c.id)}','ai')">to AI</button>`
                    : `<button class="quiet" onclick="reassign(${t.table},'${esc(c.id)}','student')">to a student</button>`}</td></tr>`).join('')}
    </table>
    <h3>Draft</h3><ol class="draft">${t.draft.map(d => `<li>${esc(d.title)}: <b>${esc(d.option ?? 'open')}</b></li>`).join('')}</ol>
    <ul class="log">${t.log.map(l => `<li>Round ${l.round}: ${esc(l.text)}</li>`).join('')}</ul></section>`).join('');
  tick();
}
function tick() {
  document.querySelectorAll('.clock').forEach(el => {
    const s = remaining(el.dataset.deadline || null, el.dataset.paused === '' ? null : +el.dataset.paused);
    el.textContent = s == null ? '' : (view.status === 'paused' ? `paused · ${clock(s)} left` : clock(s));
  });
}
setInterval(tick, 500);
follow(`${base}/console/stream`, 'console', render, msg => $('#error').textContent = msg);
