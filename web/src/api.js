// Calls to the dyad API; every failure becomes an Error with the server's
// one error message ({"error": {"status", "code", "message"}}).
export async function api(path, params = {}, init = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const url = `./${path.replace(/^\//, '')}${q.toString() ? '?' + q : ''}`;
  const res = await fetch(url, init);
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new Error(`${res.status} ${res.statusText}: not JSON`);
  }
  if (!res.ok) {
    const e = body && body.error;
    throw new Error(e ? `${e.status} ${e.code}: ${e.message}` : `${res.status} ${res.statusText}`);
  }
  return body;
}

export function codeText(text, date) {
  return api('api/code', { date }, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: text,
  });
}
