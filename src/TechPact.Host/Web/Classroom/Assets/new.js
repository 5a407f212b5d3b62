import { api, esc } from './common.js';
const $ = s => document.querySelector(s);
let scenario;
async function load(id) {
  scenario = await api(`/api/classroom/scenarios/${encodeURIComponent(id)}`);
  $('#description').textContent = scenario.description || '';
  $('#countries tbody').innerHTML = scenario.countries.map(c => `<tr data-country="${esc(c.id)}"><td>${esc(c.name)} (${esc(c.id)})</td>
    <td><label><input type="radio" name="p-${esc(c.id)}" value="human" checked> students</label> <label><input type="radio" name="p-${esc(c.id)}" value="ai"> AI</label></td>
    <td><select class="strategy">${scenario.strategies.map(s => `<option ${s === c.strategy ? 'selected' : ''}>${esc(s)}</option>`).join('')}</select></td></tr>`).join('');
}
const list = await api('/api/scenarios');
$('#scenario').innerHTML = list.map(s => `<option value="${esc(s.id)}">${esc(s.title)}</option>`).join('');
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
    const created = await api('/api/classroom/sessions', { scenario: $('#scenario').value, tables: +$('#tables').value,
      deadlineSeconds: Math.round(+$('#deadline').value * 60), seed: seed === '' ? null : +seed, countries });
    location.href = created.console;
  } catch (err) { $('#error').textContent = err.message; }
});
