// One page for every person's seat: /seat/{session}/{table}/{country} in a class, /play/{summit}/{country} on the live page.
// Every element is built with h(): nothing from the server is ever parsed as HTML.
import { api, h, fill, num, follow, syncClock, remaining, clock } from './common.js';
const $ = s => document.querySelector(s);
const parts = location.pathname.split('/');
const live = parts[1] === 'play';
const [session, table, country] = live ? [null, null, parts[3]] : parts.slice(2, 5);
const base = live ? `/api/summits/${parts[2]}/seats/${country}` : `/api/classroom/sessions/${session}/tables/${table}/seats/${country}`;
let view, shownRound = -1, gone = false;

function render(v) {
  view = v; syncClock(v.now);
  $('#who').textContent = live ? v.name : `${v.name} · table ${v.table}`; $('#title').textContent = v.title;
  $('#status').textContent = v.status; $('#status').className = `pill ${v.status}`;
  $('#round').textContent = v.over ? 'over' : v.round;
  $('#utility').textContent = num(v.draftUtility); $('#reservation').textContent = num(v.brief.reservation);
  $('#state').textContent = v.pact ? `The negotiation is over (${v.pact.status}); your utility: ${num(v.pact.myUtility)}.`
    : v.watching ? '' : v.submitted ? 'Submitted: you may change it until the round closes.' : v.status === 'lobby' ? 'Waiting for the instructor to start.' : '';
  const over = v.status === 'finished' || v.status === 'ended';
  $('#debrief').hidden = live || !over;
  $('#debrief').href = `/debrief/${session}`;
  if (v.watching) notice(`Your instructor handed this seat to the AI (${v.heldBy.by}): it plays ${v.name} now. You can follow the table here${live ? '' : '; the debrief opens when the class is over'}.`);
  renderBrief(v);
  if (v.round !== shownRound || v.over) renderForm(v);
  $('#submit').disabled = v.over || v.watching || v.status !== 'running';
  $('#accept').disabled = $('#accept').disabled || v.watching;
  fill($('#others'), v.others.map(o => {
    const said = o.commitments.filter(c => c.options.length).map(c => `${label(c.issue)}: ${c.options.map(id => optionLabel(c.issue, id)).join(' / ')}`);
    return h('p', null, h('b', null, o.name), ': ', said.length ? said.join('; ') : h('span', { class: 'muted' }, 'nothing yet'));
  }));
  fill($('#log'), v.log.map(l => h('li', null, `Round ${l.round}: ${l.text}`)));
}

function renderBrief(v) {
  const b = v.brief;
  const strengths = Object.entries(b.strengths).map(([k, s]) => `${k} ${s}`).join(' · ');
  const played = v.playedByAi.length
    ? h('b', null, `The AI played your seat in round ${v.playedByAi.map(p => `${p.round} (${p.reason})`).join(', ')}.`) : null;
  fill($('#brief'),
    h('p', null, h('b', null, 'Strengths'), `: ${strengths}`),
    h('table', { class: 'brief' }, h('thead', null, h('tr', null, h('th', null, 'Issue'), h('th', null, 'Weight'), h('th', null, 'Your value of each option'))),
      h('tbody', null, b.issues.map(i => h('tr', null, h('td', null, i.title), h('td', null, num(i.weight)),
        h('td', null, i.options.map(o => h('div', { class: [o.redLine ? 'redline' : '', o.id === i.draft ? 'draftopt' : ''].join(' ').trim(), title: o.standard },
          `${o.label} ${o.value.toFixed(2)}`))))))),
    h('p', { class: 'muted' }, `Highlighted: the draft's option. Struck through: your red lines. Your AI stand-in plays ${b.strategy}. `, played));
}
const issue = id => view.brief.issues.find(i => i.id === id);
const label = id => issue(id)?.title ?? id;
const optionLabel = (i, id) => issue(i)?.options.find(o => o.id === id)?.label ?? id;

function renderForm(v) {
  shownRound = v.round;
  const mine = v.submission ? Object.fromEntries(v.submission.issues.map(a => [a.issue, a])) : {};
  $('#accept').checked = v.submission?.acceptsDraft ?? false;
  $('#accept').disabled = !v.draftComplete;
  fill($('#issues'), v.brief.issues.map(i => h('fieldset', { class: 'issue', dataset: { issue: i.id } },
    h('legend', null, h('b', null, i.title), ' ', h('span', { class: 'muted' }, `draft: ${i.draft ? optionLabel(i.id, i.draft) : 'open'}`)),
    h('div', { class: 'opts' }, i.options.map(o => {
      // What this seat committed to before stays ticked (and can't be unticked): trades and acceptances included.
      const earlier = i.mine.includes(o.id), chosen = earlier || (mine[i.id]?.commit ?? []).includes(o.id);
      return h('label', { title: o.standard }, h('input', { type: 'checkbox', value: o.id, checked: chosen, disabled: earlier || o.redLine }),
        h('span', { class: o.redLine ? 'redline' : '' }, o.label));
    })),
    h('label', { class: 'amend-label muted' }, 'Ask the draft to move to ',
      h('select', { class: 'amend' }, h('option', { value: '' }, '(no request)'),
        i.options.filter(o => !o.redLine).map(o => h('option', { value: o.id, selected: mine[i.id]?.amend === o.id }, o.label)))))));
}

function notice(text) { $('#notice').textContent = text; $('#notice').hidden = false; }

$('#answer').addEventListener('submit', async e => {
  e.preventDefault();
  const issues = [...document.querySelectorAll('.issue')].map(div => ({ issue: div.dataset.issue,
    commit: [...div.querySelectorAll('input:checked')].map(x => x.value), amend: div.querySelector('.amend').value || null }));
  try { render(await api(`${base}/submit`, { round: view.round, accept: $('#accept').checked, issues })); $('#error').textContent = ''; }
  catch (err) { $('#error').textContent = err.message; }
});
function tick() { if (view) $('#clock').textContent = view.over || gone ? '' : clock(remaining(view.deadline, view.remainingSeconds)); }
setInterval(tick, 500);
// The stream ends with "refused" when this browser no longer holds the seat: say why, and stop offering the form.
follow(`${base}/stream`, 'seat', render, msg => { gone = true; notice(msg); $('#submit').disabled = true; $('#answer').hidden = true; });
