// Drives the dashboard in Debian's chromium through playwright-core:
// relation chart for CHN-CAN, click a point, open a story, check the
// highlights against the API's byte offsets, code a pasted story. Writes a
// screenshot per step into SHOTS. Usage: node dashboard.mjs BASE_URL SHOTS TOKEN FIXTURE
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const [base, shots, token, fixture] = process.argv.slice(2);
const require = createRequire(path.resolve(process.env.DYAD_SOURCE_DIR, 'web/package.json'));
const { chromium } = require('playwright-core');

function check(cond, what) {
  if (!cond) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

async function getJson(p, init) {
  const r = await fetch(base + p, init);
  const body = await r.json();
  if (!r.ok) throw new Error(`${p}: ${JSON.stringify(body)}`);
  return body;
}

// The text of a byte span, sliced as bytes (independent of the page's code).
const byteSlice = (text, [b, e]) => Buffer.from(text, 'utf8').subarray(b, e).toString('utf8');

async function main() {
  const ingest = await getJson('/api/stories', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/x-ndjson' },
    body: readFileSync(fixture),
  });
  check(ingest.stories.length === 12 && ingest.errors.length === 0, 'fixture stories ingested through the API');
  const all = await getJson('/api/events?dyad=CHN,CAN&limit=1000');
  check(all.total > 0, `store has ${all.total} CHN-CAN events`);

  const profile = mkdtempSync(path.join(tmpdir(), 'dyad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1360, height: 900 },
  });
  const page = context.pages()[0] || (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith(base)) errors.push(`off-host request ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) errors.push(`off-host request ${r.url()}`);
  });
  try {
    // 1. Pick CHN-CAN; see the charts.
    await page.goto(base + '/');
    await page.fill('input[name=a]', 'CHN');
    await page.fill('input[name=b]', 'CAN');
    await page.selectOption('select[name=by]', 'month');
    await page.click('#show');
    await page.waitForSelector('#goldstein-chart canvas');
    await page.waitForSelector('#quad-chart canvas');
    await page.waitForFunction(() => document.querySelector('#map svg'));
    const total = await page.textContent('.summary .stat b');
    check(Number(total) === all.total, `chart summary counts ${total} events, as the API`);
    await page.screenshot({ path: path.join(shots, '1-relations.png'), fullPage: true });

    // 2. Click a point: the events behind it.
    const over = await page.locator('#quad-chart .u-over').boundingBox();
    await page.mouse.move(over.x + over.width * 0.5, over.y + over.height * 0.5);
    await page.mouse.click(over.x + over.width * 0.5, over.y + over.height * 0.5);
    await page.waitForSelector('#picked tr.event-row');
    const heading = await page.textContent('#picked h2');
    check(/^Events in 2024-\d\d \(\d+\)$/.test(heading), `clicked point lists its events: "${heading}"`);
    await page.screenshot({ path: path.join(shots, '2-point-events.png'), fullPage: true });

    // 3. Open the story: highlights match the API's byte spans.
    const storyId = await page.getAttribute('#picked tr.event-row', 'data-story');
    await page.click('#picked tr.event-row');
    await page.waitForSelector('.story-text mark.hl-source');
    const story = await getJson(`/api/stories/${encodeURIComponent(storyId)}`);
    const sel = await page.getAttribute('.event-card.selected', 'data-event');
    const ev = story.events.find((e) => e.id === sel);
    check(ev, `story ${storyId} opened with event ${sel} selected`);
    const spans = ev.evidence[0].spans;
    const want = [byteSlice(story.story.text, spans[0]), byteSlice(story.story.text, spans[1]), byteSlice(story.story.text, spans[2])];
    const got = [await page.textContent('.story-text mark.hl-source'), await page.textContent('.story-text mark.hl-verb'),
      await page.textContent('.story-text mark.hl-target')];
    check(JSON.stringify(got) === JSON.stringify(want), `story highlights source/verb/target = ${JSON.stringify(got)}`);
    await page.screenshot({ path: path.join(shots, '3-story.png'), fullPage: true });

    // 4. Code a pasted story with multi-byte text before the actors.
    await page.goto(base + '/#/code');
    const pasted = 'OTTAWA — After a naïve “café” exchange, China threatened Canada with sanctions on Friday. ' +
      'Canadian officials condemned the Chinese government.';
    await page.fill('#paste', pasted);
    await page.fill('#paste-date', '2025-03-14');
    await page.click('#code-btn');
    await page.waitForSelector('#coded .story-text mark.hl-source');
    const src = await page.textContent('#coded .story-text mark.hl-source');
    const verb = await page.textContent('#coded .story-text mark.hl-verb');
    const tgt = await page.textContent('#coded .story-text mark.hl-target');
    check(src === 'China' && verb === 'threatened' && tgt === 'Canada',
      `pasted story highlights after multi-byte text: ${src} / ${verb} / ${tgt}`);
    const cards = await page.locator('#coded .event-card').count();
    check(cards >= 1, `${cards} coded event card(s)`);
    await page.screenshot({ path: path.join(shots, '4-code-a-story.png'), fullPage: true });

    check(errors.length === 0, `no page errors or off-host requests${errors.length ? ': ' + errors.join('; ') : ''}`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`not ok - ${e.message}`);
  process.exit(1);
});
