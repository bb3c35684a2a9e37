#!/usr/bin/env python3
"""Draw a seeded random sample of coded events for hand checking.

Usage:
  dyad code ../shared/corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz \
      -o /tmp/h20/statedept.jsonl
  scripts/sample_events.py --events /tmp/h20/statedept.jsonl \
      --corpus ../shared/corpora/statedept_press_2021_2022/statedept_press_2021_2022.jsonl.gz \
      [--seed 2026] [--count 100] [--context 0] > /tmp/h20/sample.txt

Sampling: every event record of the --events file (dyad's JSON Lines output)
has equal weight. With random.seed(SEED), random.sample(range(N), COUNT) picks
record indices (N = number of records, in file order); the chosen records are
printed in file order.

Output, one block per sampled event, for the person checking only (it contains
corpus text and is NOT committed): the event id, story id, date and precision,
source/target codes and mentions, the code, verb text, location, the story's
date and title, and for each evidence object the sentence cut out of the
story at the evidence spans (from the first to the last span byte, widened by
--context bytes on both sides). The committed fixture
(tests/fixtures/handcheck_statedept.tsv) keeps only story_id, event_id and the
verdicts.

Python 3 standard library only.
"""
import argparse
import gzip
import json
import random
import sys


def open_text(path):
    """Opens a plain or gzip-compressed UTF-8 file for reading."""
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def read_events(path):
    """Returns the event records of a dyad JSON Lines file, in file order."""
    events = []
    with open_text(path) as f:
        for line_no, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{line_no}: not JSON: {e}")
    return events


def read_stories(path, wanted):
    """Returns {story_id: story record} for the story ids in `wanted`."""
    stories = {}
    with open_text(path) as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("id") in wanted:
                stories[rec["id"]] = rec
    return stories


def cut(story, base, begin, end, context):
    """Cuts [begin-context, end+context) bytes out of the named base text.

    Offsets are UTF-8 byte offsets (dyad's contract), so the base is encoded
    before slicing; a cut through a multi-byte character is replaced, not fatal.
    """
    raw = (story.get(base) or "").encode("utf-8")
    lo = max(0, begin - context)
    hi = min(len(raw), end + context)
    return raw[lo:hi].decode("utf-8", errors="replace").replace("\n", " | ")


def actor_text(actor):
    return actor["text"] if actor else ""


def describe(event, story, context):
    """Formats one sampled event and its evidence for reading."""
    loc = event.get("location")
    loc_s = f"{loc['name']}/{loc['country']}/{loc['source']}" if loc else "-"
    lines = [
        f"== {event['id']}  story={event['story_id']}  title={story.get('title', '')!r}",
        f"   story_date={story.get('date')}  event_date={event['date']} "
        f"({event['date_precision']}, phrase={event['date_phrase']!r})",
        f"   {event['source']} [{actor_text(event['source_actor'])}] -> "
        f"{event['code']} [{event['verb_text']}] -> "
        f"{event['target']} [{actor_text(event['target_actor'])}]",
        f"   modality={event['modality']} negated={event['negated']} "
        f"mentions={event['mentions']} loc={loc_s} rules={';'.join(event['rules'])}",
    ]
    for ev in event["evidence"]:
        spans = ev["spans"]
        begin = min(s[0] for s in spans)
        end = max(s[1] for s in spans)
        lines.append(f"   s{ev['sentence']} [{ev['base']}] "
                     f"{cut(story, ev['base'], begin, end, context)}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", required=True, help="dyad code JSON Lines output")
    ap.add_argument("--corpus", required=True, help="the corpus file that was coded")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--context", type=int, default=0,
                    help="extra bytes of text shown around the evidence")
    args = ap.parse_args()

    events = read_events(args.events)
    if len(events) < args.count:
        sys.exit(f"{args.events}: only {len(events)} events, need {args.count}")
    random.seed(args.seed)
    picked = sorted(random.sample(range(len(events)), args.count))
    sample = [events[i] for i in picked]
    stories = read_stories(args.corpus, {e["story_id"] for e in sample})
    print(f"# {len(events)} events, seed {args.seed}, {args.count} sampled")
    for event in sample:
        story = stories.get(event["story_id"])
        if story is None:
            sys.exit(f"{args.corpus}: story {event['story_id']} not found")
        print(describe(event, story, args.context))


if __name__ == "__main__":
    main()
