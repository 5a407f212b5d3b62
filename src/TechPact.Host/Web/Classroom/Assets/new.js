// Creating a class: pick a scenario, who plays each country, tables and the round deadline.
import { api, h, fill } from './common.js';
const $ = s => document.querySelector(s);
let scenario;
async function load(id) {
  scenario = await api(`/api/classroom/scenarios/${encodeURIComponent(id)}`);
  $('#description').textContent = scenario.description || '';
  fill($('#countries tbody'), scenario.countries.map(c => h('tr', { dataset: { country: c.id } },
    h('td', null, `${c.name} (${c.id})`),
    h('td', null,
      h('label', null, h('input', { type: 'radio', name: `p-${c.id}`, value: 'human', checked: true }), ' students'), ' ',
      h('label', null, h('input', { type: 'radio', name: `p-${c.id}`, value: 'ai' }), ' AI')),
    h('td', null, h('select', { class: 'strategy', 'aria-label': `AI strategy for ${c.name}` },
      scenario.strategies.map(s => h('option', { selected: s === c.strategy }, s)))))));
}
const list = await api('/api/scenarios');
fill($('#scenario'), list.map(s => h('option', { value: s.id }, s.title)));
if (list.some(s => s.id === 'us-japan-korea')) $('#scenario').value = 'us-japan-korea';
$('#scenario').addEventListener('change', () => load($('#scenario').value));
await load($('#scenario').value);
$('#new').addEventListener('submit', async e => {
  e.preventDefault();
  $('#error').textContent = '';
  const countries = [...document.querySelectorAll('#countries tbody tr')].map(tr => ({
    country: tr.dataset.country, human: tr.querySelector('input[value=human]').checked, strategy: tr.querySelector('.strategy').value }));
  try {
    const seed = $('#seed').value;
    const created = await api('/api/classroom/sessions', { scenario: $('#scenario').value, tables: Number($('#tables').value),
      deadlineSeconds: Math.round(Number($('#deadline').value) * 60), seed: seed === '' ? null : Number(seed), countries });
    location.href = created.console;
  } catch (err) { $('#error').textContent = err.message; }
});
