// An offline world map: country outlines from world-atlas (Natural Earth,
// TopoJSON) drawn as SVG in an equirectangular projection, with one circle
// per place weighted by its number of events. No tiles, no network.
import { feature } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json';
import isoCountries from 'virtual:iso-countries';

const W = 960;
const H = 470;   // latitudes 85N..-62S: Antarctica is left out
const TOP = 85;
const BOTTOM = -62;
const x = (lon) => ((lon + 180) / 360) * W;
const y = (lat) => ((TOP - lat) / (TOP - BOTTOM)) * H;
const NS = 'http://www.w3.org/2000/svg';

let shapes = null;   // { paths: [{iso3, name, d}], centroid: Map iso3 -> [lon, lat] }

// A ring crossing the antimeridian is redrawn east of 180 (clipped by the
// view box) instead of streaking across the map.
function ringPath(ring) {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  const pts = crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
  return 'M' + pts.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join('L') + 'Z';
}

function buildShapes() {
  const geo = feature(countries110m, countries110m.objects.countries);
  const paths = [];
  const centroid = new Map();
  for (const f of geo.features) {
    if (!f.geometry || f.id === '010') continue;
    const info = isoCountries[f.id] || { iso3: '', name: f.properties.name };
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best = null;
    let d = '';
    for (const poly of polys) {
      for (const ring of poly) d += ringPath(ring);
      const outer = poly[0];
      if (!best || outer.length > best.length) best = outer;
    }
    paths.push({ iso3: info.iso3, name: info.name || f.properties.name, d });
    if (best && info.iso3) {
      const lon = best.reduce((s, p) => s + p[0], 0) / best.length;
      const lat = best.reduce((s, p) => s + p[1], 0) / best.length;
      centroid.set(info.iso3, [lon, lat]);
    }
  }
  return { paths, centroid };
}

// Where an event happened: its coordinates, else its country's centre.
function eventPoint(e) {
  const loc = e.location;
  if (!loc) return null;
  if (typeof loc.lat === 'number' && typeof loc.lon === 'number') {
    return { key: `${loc.name}|${loc.lat}|${loc.lon}`, lon: loc.lon, lat: loc.lat, name: loc.name || loc.country };
  }
  const c = loc.country && shapes.centroid.get(loc.country);
  if (!c) return null;
  return { key: loc.country, lon: c[0], lat: c[1], name: loc.name || loc.country };
}

export function drawMap(container, events, highlight = []) {
  shapes = shapes || buildShapes();
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'worldmap');
  svg.setAttribute('role', 'img');
  const lit = new Set(highlight);
  for (const p of shapes.paths) {
    const path = document.createElementNS(NS, 'path');
    path.setAttribute('d', p.d);
    path.setAttribute('class', lit.has(p.iso3) ? 'country lit' : 'country');
    const title = document.createElementNS(NS, 'title');
    title.textContent = p.name;
    path.appendChild(title);
    svg.appendChild(path);
  }
  const places = new Map();
  let unplaced = 0;
  for (const e of events) {
    const pt = eventPoint(e);
    if (!pt) {
      unplaced++;
      continue;
    }
    const cur = places.get(pt.key) || { ...pt, n: 0 };
    cur.n++;
    places.set(pt.key, cur);
  }
  for (const p of places.values()) {
    const c = document.createElementNS(NS, 'circle');
    c.setAttribute('cx', x(p.lon).toFixed(1));
    c.setAttribute('cy', y(p.lat).toFixed(1));
    c.setAttribute('r', (4 + 3 * Math.sqrt(p.n)).toFixed(1));
    c.setAttribute('class', 'place');
    const title = document.createElementNS(NS, 'title');
    title.textContent = `${p.name}: ${p.n} event${p.n === 1 ? '' : 's'}`;
    c.appendChild(title);
    svg.appendChild(c);
  }
  container.replaceChildren(svg);
  return { placed: events.length - unplaced, unplaced, places: places.size };
}
