#!/usr/bin/env python3
"""Tabulate dict/dyad/cameo.txt from ../shared/reference (see docs/dictionaries.md, "Codebook").

Names: CAMEO 1.1b3 manual chapter 6 (authoritative for 1.1b3 wording), conversion defects fixed.
Goldstein: GDELT CAMEO.goldsteinscale.txt; the five codes it lacks take the 3-digit parent, then the root.
Quad: GDELT root ranges. PLOVER: CAMEO2PLOVER-2021.txt, defects fixed.
Cross-checks against LOOKUP-CAMEO.eventcodes.txt (with line 156 split) and prints differences to stderr.
"""
import re, sys, os
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'reference')
OUT = sys.argv[2] if len(sys.argv) > 2 else '/dev/stdout'

def read(name, enc='utf-8'):
    with open(os.path.join(REF, name), encoding=enc, newline='') as f:
        return f.read().replace('\r\n', '\n').split('\n')

# --- manual chapter 6 -------------------------------------------------------
manual = {}   # code -> name, in order
order = []
last = None
for raw in read('cameo_manual/chapter_6_cameo_event_codes.md'):
    line = raw.strip()
    if not line:
        continue
    m = re.match(r'^## (\d\d): (.+)$', line)
    if not m:
        m = re.match(r'^(?:- )?(\d{3,4}): (.+)$', line)
    if m:
        code, name = m.group(1), m.group(2).strip()
        if code == '1883':          # SOURCES.md: 183 is printed as 1883
            code = '183'
        assert code not in manual, code
        manual[code] = name
        order.append(code)
        last = code
    elif line.startswith('## '):
        continue                    # chapter headings
    else:                           # SOURCES.md: 125, 127, 128 broken over lines
        assert last in ('125', '127', '128'), (last, line)
        manual[last] += ' ' + line
manual['044'] = manual['044'].replace('"third"', '\u201cthird\u201d')
for code in manual:                 # PDF conversion split "Threaten" as "Threate n" (1312..1385)
    manual[code] = manual[code].replace('Threate n', 'Threaten')
assert len(manual) == 316, len(manual)

# --- GDELT lookup (cross-check only) ---------------------------------------
lookup = {}
for line in read('LOOKUP-CAMEO.eventcodes.txt')[1:]:
    if not line:
        continue
    code, name = line.split('\t')
    m = re.match(r'^(.*?)(\d{3}):\[(-?\d+\.\d)\] (.*)$', name)
    if m:                           # SOURCES.md: line 156 merges 1056 and 106
        lookup[code] = m.group(1)
        lookup[m.group(2)] = m.group(4)
    else:
        lookup[code] = name
lookup['044'] = 'Meet at a \u201cthird\u201d location'
lookup['2041'] = lookup['2041'].replace('radiologicalweapons', 'radiological weapons')

# --- Goldstein ---------------------------------------------------------------
gold = {}
for line in read('CAMEO.goldsteinscale.txt')[1:]:
    if line:
        code, val = line.split('\t')
        gold[code] = val
assert len(gold) == 311 and set(gold) == set(lookup), (len(gold), set(gold) ^ set(lookup))
added = sorted(set(manual) - set(gold))
assert added == ['155', '176', '1834', '1951', '1952'], added

# --- PLOVER ------------------------------------------------------------------
plover = {}
root_type = {}
for line in read('CAMEO2PLOVER-2021.txt')[4:]:
    if line.startswith('~~~~~'):
        break
    if not line.strip():
        continue
    body = line.split('#', 1)[0]
    code, rest = body.split(':', 1)
    code = code.strip()
    fields = [f.strip() for f in rest.split(',')]
    if len(code) == 2:
        root_type.setdefault(code, fields[0])   # 08 listed twice: first is CONCEDE
        continue
    typ, mode, ctx = (fields + ['', ''])[:3]
    ctxs = [c.strip() for c in ctx.split(';') if c.strip()]
    if mode == 'pro_autocracy':      # SOURCES.md: 175's mode is a context name
        mode = ''
        ctxs = ['pro_autocracy'] + [c for c in ctxs if c != 'pro_autocracy']
    if mode == 'ease':               # the table's own 21.09.17 note: "ease" is no longer a mode
        mode = ''
    entry = (typ, mode, tuple(ctxs))
    if code in plover:
        assert plover[code] == entry, code   # 175 is listed twice, identically
    plover[code] = entry

def quad(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4

out = open(OUT, 'w', encoding='utf-8')
w = out.write
w('# CAMEO 1.1b3 event codebook: dyad\'s own tabulation (syntax: docs/dictionaries.md, "Codebook (cameo.txt)").\n')
w('#\n')
w('# One line per code of the CAMEO 1.1b3 manual (316 codes: GDELT\'s 311 plus 155, 176, 1834, 1951, 1952).\n')
w('# Facts were tabulated from ../shared/reference (see its SOURCES.md for provenance and licences):\n')
w('#   name       CAMEO manual 1.1b3 ch. 6 (Schrodt 2012, CC BY-NC-SA 3.0). Conversion defects fixed:\n')
w('#              1883 -> 183; 125, 127, 128 rejoined; "Threate n" -> "Threaten"; 044 quotes typographic.\n')
w('#              GDELT\'s lookup keeps older wording for 101, 102, 103, 105, 106, 107 and 108 (e.g. its 105 is\n')
w('#              "Demand mediation", the manual\'s 108); the manual\'s wording is used.\n')
w('#   goldstein  GDELT CAMEO.goldsteinscale.txt. The five codes GDELT lacks take the value of the 3-digit parent,\n')
w('#              else the root, recorded as "goldstein_from PARENT".\n')
w('#   quad       GDELT QuadClass by root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4.\n')
w('#   plover     CAMEO2PLOVER-2021.txt (Open Event Data Alliance, CC BY-SA 4.0). Roots 01 and 02 have no PLOVER\n')
w('#              type. Root 08 is listed as both CONCEDE and RETREAT: the code 08 itself is CONCEDE. Fixed:\n')
w('#              175\'s mode "pro_autocracy" is a context; mode "ease" dropped from 085 per the table\'s own note\n')
w('#              ("ease" is no longer a mode). 1213, 1214 (not CAMEO 1.1b3 codes) are not listed. Codes the\n')
w('#              table lacks take the type (not mode or context) of the 3-digit parent, else the root, recorded\n')
w('#              as "plover_from PARENT".\n')
w('\n')
stats = {'plover_from': []}
prev_root = None
for code in order:
    root = code[:2]
    if prev_root is not None and root != prev_root:
        w('\n')
    prev_root = root
    g, gfrom = gold.get(code), None
    if g is None:
        for p in (code[:3], root):
            if p != code and p in gold:
                g, gfrom = gold[p], p
                break
    parts = ['code', code, '"%s"' % manual[code], 'goldstein', g, 'quad', str(quad(root))]
    if root not in ('01', '02'):
        pfrom = None
        if len(code) == 2:
            typ, mode, ctxs = root_type[code], '', ()
        elif code in plover:
            typ, mode, ctxs = plover[code]
        else:
            for p in (code[:3], root):
                if p == code:
                    continue
                if p in plover:
                    typ, mode, ctxs, pfrom = plover[p][0], '', (), p
                    break
                if p in root_type:
                    typ, mode, ctxs, pfrom = root_type[p], '', (), p
                    break
            stats['plover_from'].append((code, pfrom))
        parts += ['plover', typ]
        if mode:
            parts += ['mode', mode]
        if ctxs:
            parts += ['context', ','.join(ctxs)]
        if pfrom:
            parts += ['plover_from', pfrom]
    if gfrom:
        parts += ['goldstein_from', gfrom]
    w(' '.join(parts) + '\n')
out.close()

for code in order:
    if code in lookup and lookup[code].lower() != manual[code].lower():
        print('name differs %s: manual %r, GDELT %r' % (code, manual[code], lookup[code]), file=sys.stderr)
print('plover inherited:', stats['plover_from'], file=sys.stderr)
print('plover-only codes:', sorted(set(plover) - set(manual)), file=sys.stderr)
