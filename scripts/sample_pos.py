#!/usr/bin/env python3
"""Draw a seeded random sample of sentences for the hand-labelled POS gold.

Reads the gzip JSON Lines corpora under ../shared/corpora, picks sentences at
random (fixed seed, so the sample is reproducible), splits them into Penn
Treebank style tokens and prints one token per line:

    corpus  story_id  byte_begin  byte_end  token

Byte offsets are UTF-8 byte offsets into the story's decoded "text" field.
A person then replaces the token column with its PTB tag; the committed
fixture (tests/fixtures/pos_gold.tsv) holds only the references and the tags,
never corpus text. Sentences are separated by blank lines in the output.

Standard library only.  Usage:
    scripts/sample_pos.py [--shared ../shared] [--seed 20251111] > /tmp/pos_sample.tsv
"""
import argparse
import gzip
import json
import os
import random
import re
import sys

# corpus name -> (file under corpora/, sentences to draw)
CORPORA = {
    "statedept": ("statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz", 11),
    "wikinews_2019_2020": ("wikinews_2019_2020/wikinews_2019_2020.jsonl.gz", 10),
    "reuters": ("reuters21578/reuters21578.jsonl.gz", 8),
}

ABBREVIATIONS = {
    "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "st.", "jr.", "sr.",
    "inc.", "corp.", "co.", "ltd.", "no.", "vs.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.",
    "oct.", "nov.", "dec.", "u.s.", "u.n.", "u.k.", "e.u.", "d.c.", "a.m.", "p.m.", "etc.", "e.g.", "i.e.",
    "pres.", "amb.", "adm.", "prof.", "rev.",
}

# Sentence ends: . ! ? (optionally followed by closing quotes/brackets) then
# space and an upper-case letter, digit or opening quote.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")

TOKEN = re.compile(
    r"""
    [A-Za-z]+(?=n['\u2019]t\b)                  # "do" of "don't"
  | (?:[A-Za-z]\.){2,}                          # U.S. U.N. a.m.
  | \$|\u20ac|\u00a3                            # currency signs
  | \d+(?:[.,:/]\d+)*(?:-[A-Za-z0-9]+)*          # 1,000 3.5 14:55 2019-2020 30-year-old
  | [A-Za-z\u00c0-\u024f]+(?:[-\u2010\u2011][A-Za-z0-9\u00c0-\u024f]+)*\.?  # words, compounds (abbrev dot checked below)
  | n['\u2019]t | ['\u2019](?:s|re|ve|ll|d|m)\b   # clitics
  | --|\u2014|\u2013|\.\.\.|\u2026              # dashes, ellipsis
  | \S                                          # any other single character
    """,
    re.VERBOSE,
)


def ptb_tokens(sentence, base):
    """(begin, end) character spans of PTB-style tokens of `sentence`."""
    spans = []
    for m in TOKEN.finditer(sentence):
        b, e = m.start(), m.end()
        word = m.group(0)
        # Split a sentence-final or non-abbreviation period off a word.
        if word.endswith(".") and len(word) > 1 and word.lower() not in ABBREVIATIONS and not re.fullmatch(
                r"(?:[A-Za-z]\.)+", word):
            spans.append((base + b, base + e - 1))
            spans.append((base + e - 1, base + e))
            continue
        spans.append((base + b, base + e))
    return spans


def sentences(text):
    """(begin, end) character spans of sentences, paragraph by paragraph."""
    out = []
    pos = 0
    for para in text.split("\n\n"):
        start = 0
        for m in SENTENCE_END.finditer(para):
            out.append((pos + start, pos + m.start() + 1 + len(m.group(0).rstrip()) - 1))
            start = m.end()
        if para[start:].strip():
            out.append((pos + start, pos + len(para.rstrip())))
        pos += len(para) + 2
    return out


def char_to_byte(text):
    """Table mapping character index -> UTF-8 byte offset."""
    table = [0]
    for ch in text:
        table.append(table[-1] + len(ch.encode("utf-8")))
    return table


def good_sentence(s):
    words = s.split()
    return 8 <= len(words) <= 45 and s[-1] in ".!?\"\u201d" and not re.search(r"\s{3,}|\t|http", s)


def sample(shared, seed):
    rng = random.Random(seed)
    for name, (path, count) in CORPORA.items():
        with gzip.open(os.path.join(shared, "corpora", path), "rt", encoding="utf-8") as f:
            stories = [json.loads(line) for line in f]
        stories = [s for s in stories if s.get("text")]
        taken = 0
        seen = set()
        while taken < count:
            story = rng.choice(stories)
            if story["id"] in seen:
                continue
            text = story["text"]
            candidates = [(b, e) for b, e in sentences(text) if good_sentence(text[b:e])]
            if not candidates:
                continue
            seen.add(story["id"])
            b, e = rng.choice(candidates)
            bytes_at = char_to_byte(text)
            for tb, te in ptb_tokens(text[b:e], b):
                yield name, story["id"], bytes_at[tb], bytes_at[te], text[tb:te]
            yield None
            taken += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    ap.add_argument("--seed", type=int, default=20251111)
    args = ap.parse_args()
    for row in sample(args.shared, args.seed):
        if row is None:
            print()
        else:
            print("\t".join(str(x) for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
