// Logs the instructor in and goes back where the login was asked for (a local path only).
const next = new URLSearchParams(location.search).get('next');
const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
document.querySelector('#login').addEventListener('submit', async e => {
  e.preventDefault();
  const r = await fetch('/api/login', {
    method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ password: document.querySelector('#password').value }),
  });
  if (r.ok) { location.href = target; return; }
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  document.querySelector('#error').textContent = body.error;
});
