#!/usr/bin/env python3
"""How many readouts have their opening sentence coded as a U.S. consultation.

Usage:
  dyad code CORPUS.jsonl.gz -o EVENTS.jsonl
  scripts/readout_openings.py --corpus CORPUS.jsonl.gz --events EVENTS.jsonl [--dyad build/bin/dyad]

A readout is a story whose title has "Call with" or "Meeting with" (State Department readouts: "Secretary
Blinken's Call with ..."). Its opening sentence is the first sentence (as `dyad split` cuts them) that is not
the attribution line ("The following is attributable to Spokesperson ..."); it names the U.S. official and the
counterpart ("Secretary of State Antony J. Blinken spoke today with ..."). Prints the number of readouts, how
many opening sentences yield a 04x event, and how many of those have a source code starting with USA:

  readouts 470  opening 04x 120 (25.5 %)  opening 04x with USA source 100 (21.3 %)

Python 3 standard library only; prints no corpus text.
"""
import argparse
import gzip
import json
import subprocess
import sys


def open_text(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def readout_ids(corpus):
    ids = set()
    with open_text(corpus) as f:
        for line in f:
            story = json.loads(line)
            title = story.get("title") or ""
            if "Call with" in title or "Meeting with" in title:
                ids.add(story["id"])
    return ids


def opening_sentences(corpus, dyad, ids):
    """story id -> index of its first sentence that is not an attribution line."""
    out = subprocess.run([dyad, "split", corpus], check=True, capture_output=True, text=True).stdout
    opening = {}
    for line in out.splitlines():
        story, index, _, text = line.split("\t", 3)
        if story in ids and story not in opening and "attributable to" not in text:
            opening[story] = int(index)
    return opening


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--events", required=True)
    ap.add_argument("--dyad", default="build/bin/dyad")
    args = ap.parse_args()
    ids = readout_ids(args.corpus)
    opening = opening_sentences(args.corpus, args.dyad, ids)
    consult, usa = set(), set()
    with open_text(args.events) as f:
        for line in f:
            e = json.loads(line)
            if opening.get(e["story_id"]) != e["sentence"] or not e["code"].startswith("04"):
                continue
            consult.add(e["story_id"])
            if (e.get("source") or "").startswith("USA"):
                usa.add(e["story_id"])
    n = len(ids)
    pct = lambda k: 100.0 * k / n if n else 0.0
    print(f"readouts {n}  opening 04x {len(consult)} ({pct(len(consult)):.1f} %)  "
          f"opening 04x with USA source {len(usa)} ({pct(len(usa)):.1f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
