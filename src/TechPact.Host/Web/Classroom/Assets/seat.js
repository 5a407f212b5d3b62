import { api, esc, num, follow, syncClock, remaining, clock } from './common.js';
const $ = s => document.querySelector(s);
// One page for every person's seat: /seat/{session}/{table}/{country} in a class, /play/{summit}/{country} on the live page.
const parts = location.pathname.split('/');
const live = parts[1] === 'play';
const [session, table, country] = live ? [null, null, parts[3]] : parts.slice(2, 5);
const base = live ? `/api/summits/${parts[2]}/seats/${country}` : `/api/classroom/sessions/${session}/tables/${table}/seats/${country}`;
let view, shownRound = -1;

function render(v) {
  view = v; syncClock(v.now);
  $('#who').textContent = live ? v.name : `${v.name} · table ${v.table}`; $('#title').textContent = v.title;
  $('#status').textContent = v.status; $('#status').className = `pill ${v.status}`;
  $('#round').textContent = v.over ? 'over' : v.round;
  $('#utility').textContent = num(v.draftUtility); $('#reservation').textContent = num(v.brief.reservation);
  $('#state').textContent = v.pact ? `The negotiation is over (${v.pact.status}); your utility: ${num(v.pact.myUtility)}.`
    : v.submitted ? 'Submitted: you may change it until the round closes.' : v.status === 'lobby' ? 'Waiting for the instructor to start.' : '';
  $('#debrief').hidden = live || !(v.status === 'finished' || v.status === 'ended');
  $('#debrief').href = `/debrief/${session}`;
  $('#brief').innerHTML = `<p><b>Strengths</b>: ${Object.entries(v.brief.strengths).map(([k, s]) => `${esc(k)} ${s}`).join(' · ')}</p>
    <table><tr><th>Issue</th><th>Weight</th><th>Your value of each option</th></tr>${v.brief.issues.map(i => `<tr><td>${esc(i.title)}</td><td>${num(i.weight)}</td>
    <td>${i.options.map(o => `<span class="${o.redLine ? 'redline' : ''} ${o.id === i.draft ? 'draftopt' : ''}" title="${esc(o.standard)}">${esc(o.label)} ${o.value.toFixed(2)}</span>`).join('<br>')}</td></tr>`).join('')}</table>
    <p class="muted">Highlighted: the draft's option. Struck through: your red lines. Your AI stand-in plays ${esc(v.brief.strategy)}.
    ${v.playedByAi.length ? `<br><b>The AI played your seat in round ${v.playedByAi.map(p => `${p.round} (${esc(p.reason)})`).join(', ')}</b>.` : ''}</p>`;
  if (v.round !== shownRound || v.over) renderForm(v);
  $('#submit').disabled = v.over || v.status !== 'running';
  $('#others').innerHTML = v.others.map(o => `<p><b>${esc(o.name)}</b>: ${o.commitments.filter(c => c.options.length)
    .map(c => `${esc(label(c.issue))}: ${c.options.map(id => esc(optionLabel(c.issue, id))).join(' / ')}`).join('; ') || '<span class="muted">nothing yet</span>'}</p>`).join('');
  $('#log').innerHTML = v.log.map(l => `<li>Round ${l.round}: ${esc(l.text)}</li>`).join('');
}
const issue = id => view.brief.issues.find(i => i.id === id);
const label = id => issue(id)?.title ?? id;
const optionLabel = (i, id) => issue(i)?.options.find(o => o.id === id)?.label ?? id;

function renderForm(v) {
  shownRound = v.round;
  const mine = v.submission ? Object.fromEntries(v.submission.issues.map(a => [a.issue, a])) : {};
  $('#accept').checked = v.submission?.acceptsDraft ?? false;
  $('#accept').disabled = !v.draftComplete;
  $('#issues').innerHTML = v.brief.issues.map(i => `<div class="issue" data-issue="${esc(i.id)}"><b>${esc(i.title)}</b>
    <span class="muted">draft: ${esc(optionLabel(i.id, i.draft) ?? 'open')}</span>
    <div class="opts">${i.options.map(o => {
      const earlier = i.mine.includes(o.id), chosen = earlier || (mine[i.id]?.commit ?? []).includes(o.id);
      return `<label title="${esc(o.standard)}"><input type="checkbox" value="${esc(o.id)}" ${chosen ? 'checked' : ''} ${earlier || o.redLine ? 'disabled' : ''}>
        <span class="${o.redLine ? 'redline' : ''}">${esc(o.label)}</span></label>`; }).join('')}</div>
    <label class="muted" style="font-weight:normal">Ask the draft to move to <select class="amend"><option value="">(no request)</option>
      ${i.options.filter(o => !o.redLine).map(o => `<option value="${esc(o.id)}" ${mine[i.id]?.amend === o.id ? 'selected' : ''}>${esc(o.label)}</option>`).join('')}</select></label></div>`).join('');
}

$('#answer').addEventListener('submit', async e => {
  e.preventDefault();
  const issues = [...document.querySelectorAll('.issue')].map(div => ({ issue: div.dataset.issue,
    commit: [...div.querySelectorAll('input:checked')].map(x => x.value), amend: div.querySelector('.amend').value || null }));
  try { render(await api(`${base}/submit`, { round: view.round, accept: $('#accept').checked, issues })); $('#error').textContent = ''; }
  catch (err) { $('#error').textContent = err.message; }
});
function tick() { if (view) $('#clock').textContent = view.over ? '' : clock(remaining(view.deadline, view.remainingSeconds)); }
setInterval(tick, 500);
follow(`${base}/stream`, 'seat', render, msg => $('#error').textContent = msg);
