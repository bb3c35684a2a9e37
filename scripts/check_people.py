#!/usr/bin/env python3
"""Quality check for the bundled people dictionary (dict/dyad/people/*.txt).

Parses the `person` blocks of docs/dictionaries.md on its own (stdlib only) and verifies:
  - every person block has at least one `role` line;
  - codes are one or more 3-letter groups (or the null code `---`);
  - dates are valid calendar dates (YYYY-MM-DD, or YYYY / YYYY-MM when `approximate`);
  - ranges are ordered (FROM <= TO);
  - no two ranges of the same code overlap within one person;
  - `exact` roles use full dates; a role without a range (default) comes last;
  - gender is `male` or `female`; a person name is not declared twice.
Prints counts (persons, roles, exact/approximate, countries, per file) and exits 1 on errors.

Usage: scripts/check_people.py [DIR]    (default: dict/dyad/people next to this script)
"""
import calendar
import datetime
import os
import re
import sys
import unicodedata

CODE_RE = re.compile(r'^(?:[A-Z0-9]{3})+$|^---$')
DATE_RE = re.compile(r'^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$')
ROLE_RE = re.compile(r'^role\s+(\S+)(?:\s+(\S*\.\.\S*))?\s+(exact|approximate)\s*(?:"([^"]*)")?\s*$')


def strip_comment(line):
    """Remove a `#` comment that is outside double quotes."""
    in_quotes = False
    for i, ch in enumerate(line):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == '#' and not in_quotes:
            return line[:i]
    return line


def parse_date(text, is_end):
    """Return (date, is_full) for a range end, or raise ValueError."""
    m = DATE_RE.match(text)
    if not m:
        raise ValueError(f'bad date {text!r}')
    y, mo, d = m.group(1), m.group(2), m.group(3)
    year = int(y)
    if d:
        return datetime.date(year, int(mo), int(d)), True
    if mo:
        month = int(mo)
        last = calendar.monthrange(year, month)[1]
        return datetime.date(year, month, last if is_end else 1), False
    return datetime.date(year, 12, 31) if is_end else datetime.date(year, 1, 1), False


def normalise(name):
    folded = unicodedata.normalize('NFKD', name.casefold())
    return ' '.join(''.join(c for c in folded if not unicodedata.combining(c)).split())


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []
        self.persons = []      # (file, line, names, roles)
        self.seen_names = {}   # normalised name -> file:line

    def error(self, where, msg):
        self.errors.append(f'{where}: error: {msg}')

    def warn(self, where, msg):
        self.warnings.append(f'{where}: warning: {msg}')

    def check_file(self, path):
        current = None
        with open(path, encoding='utf-8') as f:
            for lineno, raw in enumerate(f, 1):
                where = f'{path}:{lineno}'
                line = strip_comment(raw.rstrip('\n'))
                if not line.strip():
                    continue
                if not line[0].isspace():
                    current = self.start_block(line, where)
                    continue
                if current is None:
                    self.error(where, 'indented line outside a block')
                    continue
                self.block_line(current, line.strip(), where)
        for person in self.persons:
            if person['file'] == path:
                self.finish(person)

    def start_block(self, line, where):
        keyword, _, rest = line.partition(' ')
        if keyword != 'person':
            self.error(where, f'unexpected block keyword {keyword!r} in a people file')
            return None
        names = [n.strip() for n in rest.split('|')]
        if not rest.strip() or any(not n for n in names):
            self.error(where, 'person header needs one or more non-empty names separated by |')
        for n in names:
            key = normalise(n)
            if key in self.seen_names:
                self.warn(where, f'name {n!r} also declared at {self.seen_names[key]}')
            else:
                self.seen_names[key] = where
        person = {'file': where.rsplit(':', 1)[0], 'where': where, 'names': names, 'roles': [],
                  'gender': None}
        self.persons.append(person)
        return person

    def block_line(self, person, text, where):
        if text.startswith('gender'):
            value = text.split(None, 1)[1:] or ['']
            if value[0].strip() not in ('male', 'female'):
                self.error(where, f'gender must be male or female, got {value[0]!r}')
            person['gender'] = value[0].strip()
            return
        if not text.startswith('role'):
            self.error(where, f'unknown line in person block: {text!r}')
            return
        m = ROLE_RE.match(text)
        if not m:
            self.error(where, f'malformed role line: {text!r}')
            return
        code, rng, conf, note = m.groups()
        if not CODE_RE.match(code):
            self.error(where, f'code {code!r} is not a sequence of 3-letter groups')
        role = {'code': code, 'conf': conf, 'where': where, 'lo': None, 'hi': None,
                'default': rng is None}
        if rng is not None:
            self.parse_range(role, rng, conf, where)
        if note is None:
            self.warn(where, 'role has no note')
        person['roles'].append(role)

    def parse_range(self, role, rng, conf, where):
        frm, _, to = rng.partition('..')
        try:
            lo, lo_full = parse_date(frm, False) if frm else (datetime.date.min, True)
            hi, hi_full = parse_date(to, True) if to else (datetime.date.max, True)
        except ValueError as e:
            self.error(where, str(e))
            return
        if conf == 'exact' and not (lo_full and hi_full):
            self.error(where, 'an exact role needs full YYYY-MM-DD dates; mark it approximate')
        if lo > hi:
            self.error(where, f'range {rng} ends before it starts')
            return
        role['lo'], role['hi'] = lo, hi

    def finish(self, person):
        roles = person['roles']
        if not roles:
            self.error(person['where'], f'person {person["names"][0]!r} has no role')
            return
        for i, r in enumerate(roles):
            if r['default'] and i != len(roles) - 1:
                self.error(r['where'], 'a role without a range (default) must come last')
        dated = [r for r in roles if r['lo'] is not None]
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if a['code'] == b['code'] and a['lo'] <= b['hi'] and b['lo'] <= a['hi']:
                    self.error(b['where'], f'{b["code"]} range overlaps the one at {a["where"]}')


def country_of(code):
    return code[:3] if code != '---' else None


def report(checker, files):
    roles = [r for p in checker.persons for r in p['roles']]
    exact = sum(r['conf'] == 'exact' for r in roles)
    countries = {country_of(r['code']) for r in roles} - {None, 'IGO', 'NGO'}
    print(f'files:        {len(files)}')
    print(f'persons:      {len(checker.persons)}')
    print(f'roles:        {len(roles)} ({exact} exact, {len(roles) - exact} approximate)')
    print(f'countries:    {len(countries)} (distinct country prefixes of role codes; IGO/NGO excluded)')
    igo = sum(r['code'].startswith('IGO') for r in roles)
    print(f'IGO roles:    {igo}')
    print('roles per file:')
    for path in files:
        n = sum(len(p['roles']) for p in checker.persons if p['file'] == path)
        print(f'  {os.path.basename(path):10s} {n:5d}')
    for w in checker.warnings:
        print(w)
    for e in checker.errors:
        print(e)
    print(f'{len(checker.errors)} error(s), {len(checker.warnings)} warning(s)')


def main(argv):
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'dict', 'dyad', 'people')
    folder = os.path.normpath(argv[1] if len(argv) > 1 else default)
    if not os.path.isdir(folder):
        print(f'{folder}: not a directory', file=sys.stderr)
        return 2
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith('.txt'))
    checker = Checker()
    for path in files:
        checker.check_file(path)
    report(checker, files)
    return 1 if checker.errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
