// The relation timeline: Goldstein sum (bars) and mean (line), and event
// counts per quad class, both clickable: a click on a period calls onPick.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export const QUADS = [
  { name: 'Verbal cooperation', color: '#2f855a' },
  { name: 'Material cooperation', color: '#38a169' },
  { name: 'Verbal conflict', color: '#dd6b20' },
  { name: 'Material conflict', color: '#c53030' },
];

const axisFont = '12px system-ui, sans-serif';

function baseOpts(width, height, xs, labels, onPick) {
  // Half a period of room at both ends, so the first and last bars show whole.
  const pad = xs.length > 1 ? (xs[1] - xs[0]) / 2 : 15 * 86400;
  return {
    width,
    height,
    cursor: { drag: { x: false, y: false }, points: { size: 9 } },
    legend: { live: true },
    scales: { x: { time: true, range: (u, min, max) => [min - pad, max + pad] } },
    axes: [
      { font: axisFont, stroke: '#4a5568', grid: { stroke: '#edf2f7' }, ticks: { stroke: '#cbd5e0' } },
      { font: axisFont, stroke: '#4a5568', grid: { stroke: '#edf2f7' }, ticks: { stroke: '#cbd5e0' }, size: 56 },
    ],
    hooks: {
      ready: [
        (u) => {
          u.over.style.cursor = 'pointer';
          u.over.addEventListener('click', () => {
            const i = u.cursor.idx;
            if (i !== null && i !== undefined) onPick(labels[i]);
          });
        },
      ],
    },
  };
}

export function goldsteinChart(el, xs, labels, sum, mean, onPick) {
  const opts = baseOpts(el.clientWidth || 800, 260, xs, labels, onPick);
  opts.scales.mean = { range: [-10, 10] };
  opts.axes.push({ scale: 'mean', side: 1, font: axisFont, stroke: '#6b46c1', grid: { show: false }, size: 48 });
  opts.axes[1].label = 'Goldstein sum';
  opts.axes[2].label = 'mean';
  opts.series = [
    { label: 'Period', value: (u, v, si, i) => (i == null ? '' : labels[i]) },
    {
      label: 'Goldstein sum',
      stroke: '#2b6cb0',
      fill: 'rgba(43,108,176,0.35)',
      paths: uPlot.paths.bars({ size: [0.6, 48] }),
      points: { show: false },
      value: (u, v) => (v == null ? '' : v.toFixed(1)),
    },
    {
      label: 'Goldstein mean',
      scale: 'mean',
      stroke: '#6b46c1',
      width: 2,
      points: { show: true, size: 6, fill: '#6b46c1' },
      value: (u, v) => (v == null ? '' : v.toFixed(2)),
    },
  ];
  return new uPlot(opts, [xs, sum, mean], el);
}

export function quadChart(el, xs, labels, quads, onPick) {
  const opts = baseOpts(el.clientWidth || 800, 220, xs, labels, onPick);
  opts.axes[1].label = 'events';
  opts.series = [
    { label: 'Period', value: (u, v, si, i) => (i == null ? '' : labels[i]) },
    ...QUADS.map((q) => ({ label: q.name, stroke: q.color, width: 2, points: { show: true, size: 6, fill: q.color } })),
  ];
  return new uPlot(opts, [xs, ...quads], el);
}
