#!/usr/bin/env python3
"""Check the bundled verb dictionary (dict/dyad/verbs/*.txt) against docs/dictionaries.md and the CAMEO codebook.

Checks, each reported as FILE:LINE: message:
  * syntax: known keywords (verb, synset, transform, time), pattern lines `- TOKENS => CODE`, balanced {} <> (),
    exactly one `*` per pattern (or a noun-headed pattern `<...>` with none), at most one `$` and one `+`;
  * every code (in `code` lines and patterns, also both halves of paired `A:B` codes) is a CAMEO 1.1b3 event code,
    read at run time from the manual's chapter 6 (or GDELT's LOOKUP-CAMEO.eventcodes.txt when that is absent);
  * every synset used is defined (in any file of the folder); synsets defined twice;
  * conflicts: the same (lemma, pattern) given two different codes.
Counts: distinct (lemma, pattern, code) entries -- a bare `code` line counts as the pattern `$ * +` -- also with
`{a | b}` alternatives expanded, verb lemmas, blocks, patterns, synsets, and codes covered, per file and in total.
Prints the CAMEO codes that no pattern covers (there must be none). A two-digit root counts as covered by its
`X0` code ("..., not specified below"), the code CAMEO assigns to an unspecified event of the root.

Exit status 0 when there are no errors and no uncovered code, else 1.
Usage: python3 scripts/check_verbs.py [VERB_DIR] [--cameo FILE] [--min-entries N] [--quiet]
"""
import argparse
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..'))
CHAPTER6 = os.path.join(REPO, '..', 'shared', 'reference', 'cameo_manual', 'chapter_6_cameo_event_codes.md')
LOOKUP = os.path.join(REPO, '..', 'shared', 'reference', 'LOOKUP-CAMEO.eventcodes.txt')

# Conversion defects of the manual's chapter 6 text (see docs/dictionaries.md, "Codebook"): 183 is printed 1883.
CHAPTER6_FIXES = {'1883': '183'}


def load_cameo_codes(path=None):
    """Return (codes, source). Chapter 6 headings look like `## 01: ...`, `010: ...` or `- 0253: ...`."""
    candidates = [path] if path else [CHAPTER6, LOOKUP]
    for p in candidates:
        if not p or not os.path.exists(p):
            continue
        codes = set()
        with open(p, encoding='utf-8') as f:
            for line in f:
                if p.endswith('.md'):
                    m = re.match(r'^(?:#+\s*|-\s*)?(\d{2,4}):', line)
                else:
                    m = re.match(r'^(\d{2,4})\t', line)
                if m:
                    codes.add(CHAPTER6_FIXES.get(m.group(1), m.group(1)))
        return codes, p
    sys.exit('check_verbs: no CAMEO code list found (looked for %s and %s)' % (CHAPTER6, LOOKUP))


def strip_comment(line):
    """Remove a `#` comment outside double quotes."""
    inq = False
    for i, c in enumerate(line):
        if c == '"':
            inq = not inq
        elif c == '#' and not inq:
            return line[:i]
    return line


def split_list(text):
    return [re.sub(r'\s+', ' ', t.strip().lower()) for t in text.split('|') if t.strip()]


class Tokens:
    """A small tokenizer for pattern bodies: counts slots, synsets, nesting, and expands alternatives."""

    def __init__(self, text):
        self.text = text
        self.error = None
        self.verbs = self.sources = self.targets = self.nouns = 0
        self.synsets = []
        self._check()

    def _check(self):
        depth = []
        pairs = {'{': '}', '<': '>', '(': ')'}
        for i, c in enumerate(self.text):
            if c in pairs:
                depth.append(pairs[c])
                if c == '<':
                    self.nouns += 1
            elif c in '}>)':
                if not depth or depth.pop() != c:
                    self.error = f"unbalanced '{c}' at column {i + 1} of the pattern"
                    return
        if depth:
            self.error = f"missing '{depth[-1]}'"
            return
        spaced = re.sub(r'([{}<>()|])', r' \1 ', self.text)
        for w in spaced.split():
            if w == '*':
                self.verbs += 1
            elif w == '$':
                self.sources += 1
            elif w == '+':
                self.targets += 1
            elif w.startswith('&'):
                self.synsets.append(w[1:].lower())

    def expansions(self):
        """Number of plain token sequences the alternatives stand for."""
        def seq(s, i, close):
            n = 1
            while i < len(s):
                c = s[i]
                if c == close:
                    return n, i + 1
                if c == '{':
                    k, i = alts(s, i + 1)
                    n *= k
                    continue
                i += 1
            return n, i

        def alts(s, i):
            total = 0
            while True:
                n, i2 = seq_until(s, i)
                total += n
                if i2 < len(s) and s[i2] == '|':
                    i = i2 + 1
                    continue
                return total, i2 + 1

        def seq_until(s, i):
            n = 1
            while i < len(s) and s[i] not in '|}':
                if s[i] == '{':
                    k, i = alts(s, i + 1)
                    n *= k
                    continue
                i += 1
            return n, i

        return seq(self.text, 0, None)[0]


def norm_pattern(p):
    return re.sub(r'\s+', ' ', p.strip().lower())


def parse_code(field):
    """`042`, `042:043`, `023?`, `173!` -> (list of codes, error or None)."""
    m = re.fullmatch(r'([0-9A-Za-z]+)(?::([0-9A-Za-z]+))?([?!])?', field)
    if not m:
        return [], f"malformed code '{field}'"
    return [c for c in (m.group(1), m.group(2)) if c], None


class Checker:
    def __init__(self, cameo):
        self.cameo = cameo
        self.errors = []
        self.warnings = []
        self.synsets = {}          # name -> (file, line)
        self.synset_uses = []      # (name, file, line)
        self.entries = set()       # (lemma, pattern, code)
        self.expanded = 0
        self.lemma_pattern = {}    # (lemma, pattern) -> (code, file, line)
        self.lemmas = set()
        self.blocks = 0
        self.patterns = 0
        self.covered = set()
        self.per_file = {}

    def err(self, f, n, msg):
        self.errors.append(f'{f}:{n}: {msg}')

    def warn(self, f, n, msg):
        self.warnings.append(f'{f}:{n}: {msg}')

    def check_file(self, path):
        name = os.path.basename(path)
        stats = {'blocks': 0, 'lemmas': set(), 'patterns': 0, 'entries': set(), 'codes': set()}
        self.per_file[name] = stats
        block = None   # ('verb', lemmas list) or ('synset', name) or ('other',)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        for n, raw in enumerate(lines, 1):
            line = strip_comment(raw.rstrip('\r'))
            if not line.strip():
                continue
            if not line[0].isspace():
                kw, _, rest = line.strip().partition(' ')
                rest = rest.strip()
                if kw == 'verb':
                    lem = split_list(rest)
                    if not lem:
                        self.err(name, n, 'a verb needs at least one lemma or phrase')
                    block = ['verb', lem, n]
                    self.blocks += 1
                    stats['blocks'] += 1
                elif kw == 'synset':
                    sname, _, members = rest.partition(' ')
                    if not sname.startswith('&') or len(sname) < 2:
                        self.err(name, n, "synset name must start with '&'")
                    key = sname[1:].lower()
                    if key in self.synsets:
                        self.err(name, n, f'synset &{sname[1:]} defined twice (first at {self.synsets[key][0]}:{self.synsets[key][1]})')
                    self.synsets[key] = (name, n)
                    if not split_list(members):
                        self.warn(name, n, f'synset {sname} has no members on its header line')
                    block = ['synset', key, n]
                elif kw in ('transform', 'time'):
                    if '=>' not in rest:
                        self.err(name, n, f'{kw} needs ... => ...')
                    block = ['other']
                else:
                    self.err(name, n, f"unknown keyword '{kw}' in a verb file")
                    block = ['other']
                continue
            body = line.strip()
            if block is None:
                self.err(name, n, 'indented line outside any block')
                continue
            if block[0] == 'verb':
                if body.startswith('- '):
                    self.check_pattern(name, n, body[2:], block, stats)
                elif body.startswith('code ') or body == 'code':
                    field = body[4:].strip()
                    codes, e = parse_code(field)
                    if e or not codes:
                        self.err(name, n, e or 'code line without a code')
                        continue
                    self.add_codes(name, n, codes, stats)
                    for lem in block[1]:
                        self.add_entry(name, n, lem, '$ * +', field, stats, 1)
                elif body.startswith('forms '):
                    pass
                elif body.startswith('-'):
                    self.err(name, n, "pattern line must be '- TOKENS => CODE'")
                else:
                    block[1].extend(split_list(body))   # continuation of the lemma list
            elif block[0] == 'synset':
                if body.startswith('|') or '|' in body or body:
                    pass                               # continuation of the member list
            # transform/time continuation lines are not expected; ignore.
        return stats

    def check_pattern(self, name, n, text, block, stats):
        note = ''
        m = re.search(r'"[^"]*"\s*$', text)
        if m:
            note, text = m.group(0), text[:m.start()]
        if '=>' not in text:
            self.err(name, n, "pattern without '=> CODE'")
            return
        pat, _, field = text.rpartition('=>')
        pat, field = pat.strip(), field.strip()
        codes, e = parse_code(field)
        if e:
            self.err(name, n, e)
            return
        tok = Tokens(pat)
        if tok.error:
            self.err(name, n, tok.error)
            return
        if tok.verbs == 0 and tok.nouns == 0:
            self.err(name, n, "pattern has no '*' (the verb) and is not noun-headed: it can never match")
        if tok.verbs > 1:
            self.err(name, n, "pattern has more than one '*'")
        if tok.sources > 1:
            self.err(name, n, "pattern has more than one '$'")
        if tok.targets > 1:
            self.err(name, n, "pattern has more than one '+'")
        for s in tok.synsets:
            self.synset_uses.append((s, name, n))
        self.add_codes(name, n, codes, stats)
        self.patterns += 1
        stats['patterns'] += 1
        for lem in block[1]:
            self.add_entry(name, n, lem, norm_pattern(pat), field, stats, tok.expansions())

    def add_codes(self, name, n, codes, stats):
        for c in codes:
            if c not in self.cameo:
                self.err(name, n, f"code '{c}' is not a CAMEO event code")
            else:
                self.covered.add(c)
                stats['codes'].add(c)

    def add_entry(self, name, n, lemma, pat, field, stats, expansions):
        key = (lemma, pat, field)
        if key not in self.entries:
            self.expanded += expansions
        self.entries.add(key)
        stats['entries'].add(key)
        stats['lemmas'].add(lemma)
        self.lemmas.add(lemma)
        lp = (lemma, pat)
        base = field.rstrip('?!')
        prev = self.lemma_pattern.get(lp)
        if prev and prev[0].rstrip('?!') != base:
            self.warn(name, n, f"'{lemma}' with pattern '{pat}' is coded {field} here and {prev[0]} at {prev[1]}:{prev[2]}")
        elif not prev:
            self.lemma_pattern[lp] = (field, name, n)

    def finish(self):
        for s, f, n in self.synset_uses:
            if s not in self.synsets:
                self.err(f, n, f'pattern uses undefined synset &{s}')
        used = {s for s, _, _ in self.synset_uses}
        for s, (f, n) in self.synsets.items():
            if s not in used:
                self.warn(f, n, f'synset &{s} is defined but no pattern uses it')

    def uncovered(self):
        miss = []
        for c in sorted(self.cameo, key=lambda x: (x[:2], x)):
            if c in self.covered:
                continue
            if len(c) == 2 and (c + '0') in self.covered:
                continue
            miss.append(c)
        return miss


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('dir', nargs='?', default=os.path.join(REPO, 'dict', 'dyad', 'verbs'))
    ap.add_argument('--cameo', help='CAMEO code list (chapter 6 markdown or LOOKUP-CAMEO.eventcodes.txt)')
    ap.add_argument('--min-entries', type=int, default=4000, help='required distinct (lemma, pattern, code) entries')
    ap.add_argument('--quiet', action='store_true', help='do not print warnings')
    a = ap.parse_args()

    cameo, src = load_cameo_codes(a.cameo)
    files = sorted(glob.glob(os.path.join(a.dir, '*.txt')))
    if not files:
        sys.exit(f'check_verbs: no .txt files in {a.dir}')
    ck = Checker(cameo)
    for p in files:
        ck.check_file(p)
    ck.finish()

    print(f'CAMEO codes: {len(cameo)} from {os.path.relpath(src)}')
    print(f"{'file':26s} {'blocks':>6s} {'lemmas':>6s} {'patterns':>8s} {'entries':>7s} {'codes':>5s}")
    for name, st in ck.per_file.items():
        print(f"{name:26s} {st['blocks']:6d} {len(st['lemmas']):6d} {st['patterns']:8d} {len(st['entries']):7d} {len(st['codes']):5d}")
    print(f'total: {ck.blocks} verb blocks, {len(ck.lemmas)} distinct lemmas/phrases, {ck.patterns} pattern lines, '
          f'{len(ck.synsets)} synsets')
    print(f'distinct (lemma, pattern, code) entries: {len(ck.entries)} '
          f'({ck.expanded} with {{a | b}} alternatives expanded)')
    miss = ck.uncovered()
    print(f'CAMEO codes covered: {len(cameo) - len(miss)} of {len(cameo)}')
    if not a.quiet:
        for w in ck.warnings:
            print('warning: ' + w)
    for e in ck.errors:
        print('error: ' + e)
    if miss:
        print('codes with no pattern: ' + ' '.join(miss))
    else:
        print('codes with no pattern: none')
    ok = not ck.errors and not miss and len(ck.entries) >= a.min_entries
    if len(ck.entries) < a.min_entries:
        print(f'error: {len(ck.entries)} entries, fewer than the required {a.min_entries}')
    print(f'{len(ck.errors)} errors, {len(ck.warnings)} warnings: ' + ('OK' if ok else 'FAILED'))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
