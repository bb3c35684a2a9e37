// Series period labels (YYYY-MM-DD, ISO week YYYY-Www, YYYY-MM, YYYY) -> the
// first and last day they cover, and a timestamp for the chart's x axis.
const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function isoWeekStart(year, week) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday;
}

export function periodRange(label) {
  let m;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(label))) {
    const start = isoWeekStart(+m[1], +m[2]);
    const end = new Date(start);
    end.setUTCDate(start.getUTCDate() + 6);
    return { from: iso(start), to: iso(end), start };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label))) {
    const start = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return { from: label, to: label, start };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(label))) {
    const start = new Date(Date.UTC(+m[1], +m[2] - 1, 1));
    const end = new Date(Date.UTC(+m[1], +m[2], 0));
    return { from: iso(start), to: iso(end), start };
  }
  if ((m = /^(\d{4})$/.exec(label))) {
    return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, start: new Date(Date.UTC(+m[1], 0, 1)) };
  }
  return null;
}
