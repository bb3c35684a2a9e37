// Rendering a coded story: the text with the selected event's source, verb
// and target highlighted (byte offsets converted with bytes.js), and one card
// per event with its date, place, mentions and the rules that fired.
import { byteIndexMap, byteSpanToIndices } from './bytes.js';
import { QUADS } from './charts.js';

const ROLE = ['source', 'verb', 'target'];

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

// Text with marks [{begin, end, cls, title}] (string indices), overlaps dropped.
function marked(text, marks) {
  const out = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.begin - b.begin)) {
    if (m.begin < at || m.end <= m.begin) continue;
    out.push(text.slice(at, m.begin));
    out.push(el('mark', { class: m.cls, title: m.title || '' }, text.slice(m.begin, m.end)));
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}

function baseText(story, base) {
  return base === 'title' ? story.title || '' : story.text || '';
}

// The sentence an event rests on, with its spans highlighted.
function evidenceSentence(story, sentences, maps, e) {
  const ev = (e.evidence || [])[0];
  if (!ev) return el('p', { class: 'muted' }, 'no evidence spans');
  const base = ev.base || 'text';
  const text = baseText(story, base);
  const map = maps[base];
  const s = sentences.find((x) => x.index === ev.sentence && (x.base || 'text') === base);
  const [sb, se] = s ? byteSpanToIndices(map, [s.begin, s.end]) : [0, text.length];
  const marks = ev.spans.map((span, k) => {
    const [b, en] = byteSpanToIndices(map, span);
    return { begin: b - sb, end: en - sb, cls: `hl hl-${ROLE[k] || 'other'}`, title: ROLE[k] || 'evidence' };
  });
  return el('blockquote', { class: 'sentence' }, marked(text.slice(sb, se), marks));
}

function kv(label, value) {
  if (value === undefined || value === null || value === '') return null;
  return el('div', { class: 'kv' }, el('span', { class: 'k' }, label), el('span', { class: 'v' }, value));
}

function placeText(loc) {
  if (!loc) return '';
  const parts = [loc.name, loc.admin1, loc.country].filter(Boolean);
  const coords = typeof loc.lat === 'number' ? ` (${loc.lat.toFixed(2)}, ${loc.lon.toFixed(2)})` : '';
  return parts.join(', ') + coords + (loc.source ? ` · from ${loc.source}` : '');
}

function mentionText(m) {
  if (!m) return '';
  return m.antecedent ? `“${m.text}” (resolved from an earlier mention)` : `“${m.text}”`;
}

export function eventCard(story, sentences, maps, e, onSelect) {
  const quad = e.quad_class ? QUADS[e.quad_class - 1] : null;
  const head = el('div', { class: 'event-head' },
    el('span', { class: 'actor src' }, e.source || '—'),
    el('span', { class: 'code', title: 'CAMEO code' }, e.code),
    el('span', { class: 'actor tgt' }, e.target || '—'),
    quad ? el('span', { class: 'quad', style: `background:${quad.color}` }, quad.name) : null,
    typeof e.goldstein === 'number' ? el('span', { class: 'gold' }, `Goldstein ${e.goldstein.toFixed(1)}`) : null);
  const date = e.date ? `${e.date} (${e.date_precision}${e.date_phrase ? `, “${e.date_phrase}”` : ''})` : 'unknown';
  const details = el('div', { class: 'details' },
    kv('Date', date),
    kv('Place', placeText(e.location) || 'not found'),
    kv('Source mention', mentionText(e.source_actor)),
    kv('Verb', e.verb_text),
    kv('Target mention', mentionText(e.target_actor)),
    kv('Mentions', String(e.num_mentions || e.mentions || 1) + (e.num_articles ? ` in ${e.num_articles} article(s)` : '')),
    kv('Modality', e.negated ? `${e.modality}, negated` : e.modality),
    kv('Rules', (e.rules || []).join(' · ')));
  return el('article', { class: 'event-card', 'data-event': e.id, onclick: () => onSelect && onSelect(e) },
    head, evidenceSentence(story, sentences, maps, e), details);
}

// The whole story with every event's spans underlined and the selected
// event's spans coloured.
export function storyText(story, maps, events, selected) {
  const marks = [];
  for (const e of events) {
    for (const ev of e.evidence || []) {
      if ((ev.base || 'text') !== 'text') continue;
      ev.spans.forEach((span, k) => {
        const [b, en] = byteSpanToIndices(maps.text, span);
        const on = selected && selected.id === e.id;
        marks.push({ begin: b, end: en, cls: on ? `hl hl-${ROLE[k] || 'other'}` : 'hl-faint', title: `${e.source} ${e.code} ${e.target}` });
      });
    }
  }
  return el('div', { class: 'story-text' }, marked(story.text || '', marks));
}

export function renderCodedStory(container, data, heading, selectId) {
  const { story, sentences = [], events = [] } = data;
  const maps = { text: byteIndexMap(story.text || ''), title: byteIndexMap(story.title || '') };
  let selected = events.find((e) => e.id === selectId) || events[0] || null;
  const textBox = el('div');
  const cards = el('div', { class: 'event-list' });
  const draw = () => {
    textBox.replaceChildren(storyText(story, maps, events, selected));
    for (const c of cards.children) c.classList.toggle('selected', selected && c.dataset.event === selected.id);
  };
  for (const e of events) {
    cards.append(eventCard(story, sentences, maps, e, (ev) => { selected = ev; draw(); }));
  }
  const meta = el('div', { class: 'story-meta' },
    story.date ? el('span', {}, story.date) : null,
    story.source ? el('span', {}, story.source) : null,
    story.url ? el('a', { href: story.url, target: '_blank', rel: 'noopener noreferrer' }, 'original') : null,
    el('span', { class: 'muted' }, `id ${story.id}`));
  container.replaceChildren(
    el('section', { class: 'card story' },
      heading ? el('h2', {}, heading) : null,
      story.title ? el('h3', { class: 'story-title' }, story.title) : null,
      meta,
      el('div', { class: 'legend' },
        el('mark', { class: 'hl hl-source' }, 'source'), el('mark', { class: 'hl hl-verb' }, 'verb'),
        el('mark', { class: 'hl hl-target' }, 'target')),
      textBox),
    el('section', { class: 'card' },
      el('h2', {}, `${events.length} event${events.length === 1 ? '' : 's'}`),
      events.length ? cards : el('p', { class: 'muted' }, 'No events were coded from this story.')));
  draw();
}
