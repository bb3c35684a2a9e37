#!/usr/bin/env python3
"""Draw a seeded random sample of candidate sentence boundaries for hand labelling.

Usage:
  scripts/sample_boundaries.py [--shared DIR] [--seed 2026] [--count 200] [--context 90]

Writes one TSV line per candidate to stdout:
  corpus  story_id  byte_offset  stratum  context
where byte_offset is the UTF-8 byte offset, in the story's decoded "text" field,
of the terminator ('.', '?' or '!'; the last one of a run such as "..." or "?!").
The context column is for the person labelling only: it is NOT committed. The
committed fixture (tests/fixtures/sentence_boundaries.tsv) keeps the first three
columns plus the hand-made verdict (boundary / no_boundary).

What counts as a candidate: a terminator followed (after optional closing
quotes or brackets) by a space and more text in the same paragraph. Terminators
at the end of a paragraph or glued to the next character ("3.5", "state.gov")
are left out: they are trivial for any splitter and would only inflate the score.

Sampling: all five corpus files, each with equal weight. Candidates are put in
two strata by a splitter-independent surface test on the word before the
terminator: "short" (at most 4 letters, a single letter, or containing an
internal period, e.g. "Mr", "U.S", "J", "Nov", "Co") and "plain" (everything
else). Half of the sample comes from each stratum, so abbreviations and
initials (the hard, mostly false candidates) are well represented; the sample is
therefore harder than running text.

Python 3 standard library only.
"""
import argparse
import gzip
import json
import os
import random
import sys

FILES = [
    "reuters21578/reuters21578.jsonl.gz",
    "statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz",
    "wikinews_2019_2020/wikinews_2019_2020.jsonl.gz",
    "wikinews_tosca/wikinews_politics_2004_2009.jsonl.gz",
    "wikinews_tosca/wikinews_economy_2004_2018.jsonl.gz",
]
TERMINATORS = b".?!"
CLOSERS = b"\"')]"
# UTF-8 closing quotes: right single/double quote, right guillemet.
CLOSERS_UTF8 = [b"\xe2\x80\x99", b"\xe2\x80\x9d", b"\xc2\xbb"]


def corpus_name(path):
    return os.path.basename(path).split(".")[0]


def skip_closers(data, i):
    while i < len(data):
        if data[i] in CLOSERS:
            i += 1
            continue
        for c in CLOSERS_UTF8:
            if data.startswith(c, i):
                i += len(c)
                break
        else:
            return i
    return i


def word_before(data, i):
    j = i
    while j > 0 and data[j - 1] not in b" \n\t(\"'":
        j -= 1
    return data[j:i]


def stratum(word):
    letters = sum(1 for b in word if chr(b).isalpha())
    if b"." in word or letters <= 4:
        return "short"
    return "plain"


def candidates(text):
    data = text.encode("utf-8")
    out = []
    i = 0
    n = len(data)
    while i < n:
        if data[i] not in TERMINATORS:
            i += 1
            continue
        j = i
        while j + 1 < n and data[j + 1] in TERMINATORS:
            j += 1
        k = skip_closers(data, j + 1)
        if k < n and data[k] == 0x20 and k + 1 < n and data[k + 1] not in b" \n":
            out.append((j, stratum(word_before(data, i))))
        i = j + 1
    return data, out


def load(shared):
    stories = []
    for rel in FILES:
        path = os.path.join(shared, "corpora", rel)
        rows = []
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("text"):
                    rows.append((r["id"], r["text"]))
        stories.append((corpus_name(rel), rows))
    return stories


def context(data, off, width):
    a = max(0, off - width)
    b = min(len(data), off + 1 + width)
    left = data[a:off].decode("utf-8", "replace")
    mid = data[off:off + 1].decode("utf-8", "replace")
    right = data[off + 1:b].decode("utf-8", "replace")
    return (left + "[[" + mid + "]]" + right).replace("\n", "\\n").replace("\t", " ")


def draw(stories, rng, want, count, width):
    seen = set()
    rows = []
    while len(rows) < count:
        corpus, items = stories[rng.randrange(len(stories))]
        sid, text = items[rng.randrange(len(items))]
        data, cands = candidates(text)
        cands = [c for c in cands if c[1] == want]
        if not cands:
            continue
        off, st = cands[rng.randrange(len(cands))]
        if (sid, off) in seen:
            continue
        seen.add((sid, off))
        rows.append((corpus, sid, off, st, context(data, off, width)))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--context", type=int, default=90)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    stories = load(args.shared)
    half = args.count // 2
    rows = draw(stories, rng, "short", half, args.context)
    rows += draw(stories, rng, "plain", args.count - half, args.context)
    for r in rows:
        sys.stdout.write("\t".join(str(x) for x in r) + "\n")


if __name__ == "__main__":
    main()
