// The dashboard: hash routes #/relations, #/events, #/story/<id>, #/code.
import './style.css';
import { api, codeText } from './api.js';
import { goldsteinChart, quadChart, QUADS } from './charts.js';
import { drawMap } from './map.js';
import { periodRange } from './periods.js';
import { el, renderCodedStory } from './story.js';

const app = document.getElementById('app');
const statusBox = document.getElementById('status');
let charts = [];

function route() {
  const hash = location.hash.replace(/^#/, '') || '/relations';
  const [path, query = ''] = hash.split('?');
  return { parts: path.split('/').filter(Boolean), params: Object.fromEntries(new URLSearchParams(query)) };
}

function go(path, params = {}) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = `#${path}${q ? '?' + q : ''}`;
}

function showError(container, err) {
  container.replaceChildren(el('div', { class: 'error-box' }, String(err.message || err)));
}

function clearCharts() {
  for (const c of charts) c.destroy();
  charts = [];
}

// ------------------------------------------------------------ event tables

function quadBadge(q) {
  return q ? el('span', { class: 'quad', style: `background:${QUADS[q - 1].color}` }, QUADS[q - 1].name) : '';
}

function eventTable(events) {
  const rows = events.map((e) =>
    el('tr', { class: 'event-row', 'data-story': e.story_id, onclick: () => go(`/story/${encodeURIComponent(e.story_id)}`, { event: e.id }) },
      el('td', {}, e.date || '—'),
      el('td', { class: 'mono' }, e.source),
      el('td', { class: 'mono' }, e.code),
      el('td', { class: 'mono' }, e.target),
      el('td', { class: 'num' }, typeof e.goldstein === 'number' ? e.goldstein.toFixed(1) : ''),
      el('td', {}, quadBadge(e.quad_class)),
      el('td', {}, e.verb_text || ''),
      el('td', {}, e.location ? e.location.name || e.location.country : ''),
      el('td', { class: 'num' }, e.num_articles || 1)));
  return el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, ...['Date', 'Source', 'Code', 'Target', 'Goldstein', 'Quad class', 'Verb', 'Place', 'Articles'].map((h) => el('th', {}, h)))),
    el('tbody', {}, rows));
}

// ------------------------------------------------------------ relations

function field(label, input) {
  return el('label', { class: 'field' }, el('span', {}, label), input);
}

async function relationsView(params) {
  clearCharts();
  const a = params.a || 'CHN';
  const b = params.b ?? 'CAN';
  const by = params.by || 'month';
  const inputs = {
    a: el('input', { name: 'a', value: a, list: 'actors', size: 8, placeholder: 'CHN' }),
    b: el('input', { name: 'b', value: b, list: 'actors', size: 8, placeholder: 'world' }),
    by: el('select', { name: 'by' }, ...['week', 'month', 'year'].map((p) => {
      const o = el('option', { value: p }, p);
      if (p === by) o.selected = true;
      return o;
    })),
    from: el('input', { name: 'from', type: 'date', value: params.from || '' }),
    to: el('input', { name: 'to', type: 'date', value: params.to || '' }),
  };
  const actors = el('datalist', { id: 'actors' });
  const chips = el('div', { class: 'chips' });
  const form = el('form', { class: 'controls', onsubmit: (ev) => {
    ev.preventDefault();
    go('/relations', { a: inputs.a.value.trim().toUpperCase(), b: inputs.b.value.trim().toUpperCase(), by: inputs.by.value, from: inputs.from.value, to: inputs.to.value });
  } },
  field('Actor A', inputs.a), el('span', { class: 'vs' }, '⇄'), field('Actor B (empty: the world)', inputs.b),
  field('Period', inputs.by), field('From', inputs.from), field('To', inputs.to),
  el('button', { type: 'submit', class: 'primary', id: 'show' }, 'Show'), actors);
  const title = b ? `${a} ⇄ ${b}` : `${a} → world`;
  const summary = el('div', { class: 'summary' });
  const gEl = el('div', { class: 'chart', id: 'goldstein-chart' });
  const qEl = el('div', { class: 'chart', id: 'quad-chart' });
  const mapEl = el('div', { class: 'map', id: 'map' });
  const mapNote = el('p', { class: 'muted small' });
  const codes = el('div', { id: 'top-codes' });
  const picked = el('section', { class: 'card', id: 'picked' }, el('h2', {}, 'Events behind a point'),
    el('p', { class: 'muted' }, 'Click a period on either chart to list its events.'));
  app.replaceChildren(
    el('section', { class: 'card' }, el('h2', {}, 'Relation'), form, chips),
    el('div', { class: 'grid' },
      el('section', { class: 'card wide' }, el('h2', {}, `${title}: Goldstein by ${by}`), summary, gEl,
        el('h2', {}, 'Events per quad class'), qEl),
      el('section', { class: 'card side' }, el('h2', {}, 'Where'), mapEl, mapNote,
        el('h2', {}, 'Most frequent event codes'), codes)),
    picked);

  api('api/top', { by: 'dyad', n: 8 }).then((t) => {
    chips.replaceChildren(el('span', { class: 'muted small' }, 'Busiest dyads:'), ...t.rows.map((r) => {
      const [x, y] = r.key.split('>');
      return el('button', { type: 'button', class: 'chip', onclick: () => go('/relations', { a: x, b: y, by }) }, `${x} → ${y} (${r.events})`);
    }));
  }).catch(() => {});
  api('api/top', { by: 'actor', n: 50 }).then((t) => {
    actors.replaceChildren(...t.rows.map((r) => el('option', { value: r.key })));
  }).catch(() => {});

  const filter = b ? { dyad: `${a},${b}` } : { source: a };
  const range = { from: params.from, to: params.to };
  try {
    const series = await api('api/series', { ...filter, ...range, by });
    const periods = new Map();
    for (const p of series.points) {
      const cur = periods.get(p.period) || { events: 0, sum: 0, quad: [0, 0, 0, 0] };
      cur.events += p.events;
      cur.sum += p.goldstein_sum;
      p.quad.forEach((n, i) => (cur.quad[i] += n));
      periods.set(p.period, cur);
    }
    const labels = [...periods.keys()].sort();
    if (!labels.length) {
      summary.replaceChildren(el('p', { class: 'muted' }, `No events for ${title}.`));
      return;
    }
    const xs = labels.map((l) => periodRange(l).start.getTime() / 1000);
    const vals = labels.map((l) => periods.get(l));
    const total = vals.reduce((s, v) => s + v.events, 0);
    const sum = vals.reduce((s, v) => s + v.sum, 0);
    summary.replaceChildren(
      el('div', { class: 'stat' }, el('b', {}, total), ' events'),
      el('div', { class: 'stat' }, el('b', {}, sum.toFixed(1)), ' Goldstein sum'),
      el('div', { class: 'stat' }, el('b', {}, total ? (sum / total).toFixed(2) : '0'), ' mean'),
      el('div', { class: 'stat' }, el('b', {}, labels.length), ` ${by}s`));
    const pick = (label) => showPeriod(picked, filter, label);
    charts.push(goldsteinChart(gEl, xs, labels, vals.map((v) => v.sum), vals.map((v) => (v.events ? v.sum / v.events : null)), pick));
    charts.push(quadChart(qEl, xs, labels, [0, 1, 2, 3].map((i) => vals.map((v) => v.quad[i])), pick));
    api('api/top', { ...filter, ...range, by: 'code', n: 8 }).then((t) => {
      const max = Math.max(1, ...t.rows.map((r) => r.events));
      codes.replaceChildren(...t.rows.map((r) => el('div', { class: 'bar-row' },
        el('span', { class: 'mono' }, r.key),
        el('span', { class: 'bar' }, el('span', { style: `width:${(100 * r.events) / max}%;background:${r.goldstein_sum < 0 ? '#e53e3e' : '#38a169'}` })),
        el('span', { class: 'num' }, r.events))));
    }).catch(() => {});
    const ev = await api('api/events', { ...filter, ...range, limit: 1000 });
    const countries = b ? [a.slice(0, 3), b.slice(0, 3)] : [a.slice(0, 3)];
    const m = drawMap(mapEl, ev.events, countries);
    mapNote.textContent = `${m.placed} of ${ev.events.length} events placed at ${m.places} location(s); shaded: ${countries.join(', ')}.`;
  } catch (err) {
    showError(summary, err);
  }
}

async function showPeriod(box, filter, label) {
  const r = periodRange(label);
  box.replaceChildren(el('h2', {}, `Events in ${label}`), el('p', { class: 'muted' }, 'Loading…'));
  try {
    const ev = await api('api/events', { ...filter, from: r.from, to: r.to, limit: 200 });
    box.replaceChildren(el('h2', {}, `Events in ${label} (${ev.total})`),
      el('p', { class: 'muted small' }, `${r.from} to ${r.to}. Click an event to open its story.`),
      ev.events.length ? eventTable(ev.events) : el('p', { class: 'muted' }, 'No events in this period.'));
    box.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (err) {
    showError(box, err);
  }
}

// ------------------------------------------------------------ events

const FILTERS = ['source', 'target', 'dyad', 'from', 'to', 'code', 'root', 'quad', 'place', 'text'];

async function eventsView(params) {
  clearCharts();
  const inputs = Object.fromEntries(FILTERS.map((f) => [f, el('input', {
    name: f, value: params[f] || '', type: f === 'from' || f === 'to' ? 'date' : 'text', size: f === 'text' ? 18 : 8,
    placeholder: { dyad: 'CHN,CAN', source: 'CHNGOV', root: '04', quad: '1-4', text: 'words', place: 'KOR' }[f] || '' })]));
  const offset = Number(params.offset || 0);
  const limit = 50;
  const form = el('form', { class: 'controls', onsubmit: (ev) => {
    ev.preventDefault();
    go('/events', Object.fromEntries(FILTERS.map((f) => [f, inputs[f].value.trim()])));
  } }, ...FILTERS.map((f) => field(f, inputs[f])), el('button', { type: 'submit', class: 'primary' }, 'Filter'));
  const out = el('div', {}, el('p', { class: 'muted' }, 'Loading…'));
  app.replaceChildren(el('section', { class: 'card' }, el('h2', {}, 'Events'), form), el('section', { class: 'card' }, out));
  try {
    const q = Object.fromEntries(FILTERS.map((f) => [f, params[f]]));
    const r = await api('api/events', { ...q, limit, offset });
    const pager = el('div', { class: 'pager' },
      el('button', { disabled: offset === 0 ? '' : null, onclick: () => go('/events', { ...q, offset: Math.max(0, offset - limit) }) }, '← Previous'),
      el('span', {}, `${r.total ? offset + 1 : 0}–${offset + r.events.length} of ${r.total}`),
      el('button', { disabled: offset + limit >= r.total ? '' : null, onclick: () => go('/events', { ...q, offset: offset + limit }) }, 'Next →'));
    out.replaceChildren(pager, r.events.length ? eventTable(r.events) : el('p', { class: 'muted' }, 'No events match.'));
  } catch (err) {
    showError(out, err);
  }
}

// ------------------------------------------------------------ story

async function storyView(id, params) {
  clearCharts();
  const box = el('div', {}, el('p', { class: 'muted' }, 'Loading…'));
  app.replaceChildren(el('p', {}, el('a', { href: 'javascript:history.back()' }, '← back')), box);
  try {
    const data = await api(`api/stories/${encodeURIComponent(id)}`);
    renderCodedStory(box, data, 'Story', params.event);
  } catch (err) {
    showError(box, err);
  }
}

// ------------------------------------------------------------ code a story

function codeView() {
  clearCharts();
  const text = el('textarea', { id: 'paste', rows: 9, placeholder: 'Paste a news story here…' });
  const date = el('input', { type: 'date', id: 'paste-date', value: new Date().toISOString().slice(0, 10) });
  const out = el('div', { id: 'coded' });
  const form = el('form', { class: 'code-form', onsubmit: async (ev) => {
    ev.preventDefault();
    out.replaceChildren(el('p', { class: 'muted' }, 'Coding…'));
    try {
      renderCodedStory(out, await codeText(text.value, date.value), 'Coded story');
    } catch (err) {
      showError(out, err);
    }
  } }, text, el('div', { class: 'row' }, field('Story date', date), el('button', { type: 'submit', class: 'primary', id: 'code-btn' }, 'Code')));
  app.replaceChildren(el('section', { class: 'card' }, el('h2', {}, 'Code a story'),
    el('p', { class: 'muted' }, 'The text is coded with the server’s dictionaries and not stored.'), form), out);
}

// ------------------------------------------------------------ shell

async function render() {
  const { parts, params } = route();
  const view = parts[0] || 'relations';
  for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === view);
  if (view === 'events') return eventsView(params);
  if (view === 'story' && parts[1]) return storyView(decodeURIComponent(parts[1]), params);
  if (view === 'code') return codeView();
  return relationsView(params);
}

window.addEventListener('hashchange', render);
api('version').then((v) => {
  statusBox.textContent = `dyad ${v.dyad} · dictionary ${v.dictionary.slice(0, 8)}`;
}).catch(() => {
  statusBox.textContent = 'server unreachable';
});
render();
