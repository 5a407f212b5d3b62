import { api } from './common.js';
document.querySelector('#join').addEventListener('submit', async e => {
  e.preventDefault();
  try { location.href = (await api('/api/classroom/join', { code: document.querySelector('#code').value })).seat; }
  catch (err) { document.querySelector('#error').textContent = err.message; }
});
