#!/usr/bin/env python3
"""Frequent capitalised names in a corpus that no dictionary actor matches.

Usage:
  scripts/unmatched_names.py --corpus FILE.jsonl.gz [--corpus ...] [--dyad build/bin/dyad]
      [--dict dict/dyad] [--date YYYY-MM-DD] [--min-count 5] [--top 60] [--kind person|org]

Finds candidate names in the `title` and `text` of every story (JSON Lines, plain or gzip):

  person  runs of two to four capitalised words, middle initials allowed ("Antony J. Blinken"), after
          leading and trailing title words are dropped (words of the dictionary's agent phrases, such as
          "Secretary", "Foreign", "Minister", and words the corpus writes in lower case more often than
          capitalised, such as "So" or "Call"); a possessive ends the run;
  titled  a title word followed by one capitalised word ("Secretary Blinken", "Envoy Lenderking"): the
          surname forms;
  org     runs of capitalised words joined by "of", "for", "the", "and", "on" that end in an
          organisation word ("Council", "Agency", "Organization", ...).

Counts the candidates, then asks the dictionary about all those seen at least --min-count times in one
`dyad dict explain` call (the same matcher the coder uses, on the given --date: default the median story
date). A candidate is matched when an actor name match covers its last word. Prints the unmatched ones,
most frequent first, with their count, and a summary line:

  unmatched N of M candidates with count >= MIN (persons|orgs)

Reads no network; Python 3 standard library only. The output quotes names from the corpus: read it,
do not commit it.
"""
import argparse
import collections
import gzip
import json
import re
import statistics
import subprocess
import sys

WORD = r"[^\W\d_](?:[\w'’]*[^\W\d_])?(?:-[^\W\d_](?:[\w'’]*[^\W\d_])?)*"
CAP = r"(?:[A-Z]\.(?= )|(?=[A-ZÀ-ÞĀ-Ž])(?=\w*[a-zß-ÿā-ž])" + WORD + r")"
PERSON_RUN = re.compile(r"(?<![\w.])" + CAP + r"(?: " + CAP + r"){1,6}")
ORG_WORDS = {
    "agency", "alliance", "association", "authority", "bank", "bureau", "command", "commission", "committee",
    "council", "court", "department", "forum", "foundation", "fund", "group", "institute", "ministry",
    "movement", "office", "organization", "organisation", "party", "program", "programme", "union",
}
CONNECTORS = r"(?: (?:of|for|the|and|on))*"
ORG_RUN = re.compile(r"(?<![\w.])" + CAP + r"(?:" + CONNECTORS + r" " + CAP + r"){1,7}(?![\w])")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def open_text(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def stories(paths):
    for path in paths:
        with open_text(path) as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)


def title_like(word, lower, capital, titles):
    """A title word (a word of an agent phrase of the dictionary) or a word the corpus writes in lower case
    more often than capitalised ("So", "Call")."""
    w = word.lower()
    return w in titles or lower[w] > capital[w]


def agent_words(dictionary):
    """The words of the agent phrases of a dyad dictionary set ("secretary", "deputy", "envoy", ...)."""
    words = set()
    with open(dictionary + "/agents.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            if line.startswith("agent "):
                for phrase in line.split(" ", 2)[2].split("|"):
                    words.update(w.strip(".=").lower() for w in phrase.split())
    return words


def cut_possessive(words):
    """Ends a run at its first possessive word, without the possessive ("Blinken's Call" -> "Blinken")."""
    for i, w in enumerate(words):
        for mark in ("'s", "’s"):
            if w.endswith(mark):
                return words[:i] + [w[: -len(mark)]]
    return words


def person_name(run, kind, lower, capital, titles):
    """The full name ("person") or title plus surname ("titled") in a run of capitalised words, or None."""
    words = cut_possessive(run.split(" "))
    title = None
    while words and title_like(words[0], lower, capital, titles):
        title = words.pop(0)
    while words and title_like(words[-1], lower, capital, titles):
        words.pop()
    if kind == "titled":
        return f"{title} {words[0]}" if title and len(words) == 1 and len(words[0]) > 2 else None
    if not 2 <= len(words) <= 4 or words[-1].endswith("."):
        return None
    return " ".join(words)


def org_name(run):
    words = run.split(" ")
    while words and words[0] in ("The", "the"):
        words.pop(0)
    if len(words) < 2 or words[-1].lower() not in ORG_WORDS:
        return None
    return " ".join(words)


def count_candidates(paths, kind, titles):
    texts, dates = [], []
    lower, capital = collections.Counter(), collections.Counter()
    for story in stories(paths):
        text = (story.get("title") or "") + "\n\n" + (story.get("text") or "")
        texts.append(text)
        if story.get("date"):
            dates.append(story["date"])
        for m in LOWER_WORD.finditer(text):
            lower[m.group(0)] += 1
        for m in re.finditer(CAP, text):
            capital[m.group(0).lower()] += 1
    counts = collections.Counter()
    for text in texts:
        for paragraph in text.split("\n\n"):
            if kind != "org":
                for m in PERSON_RUN.finditer(paragraph):
                    name = person_name(m.group(0), kind, lower, capital, titles)
                    if name:
                        counts[name] += 1
            else:
                for m in ORG_RUN.finditer(paragraph):
                    name = org_name(m.group(0))
                    if name:
                        counts[name] += 1
    median = sorted(dates)[len(dates) // 2] if dates else "2021-01-01"
    return counts, median


def matched_names(names, dyad, dictionary, date):
    """The names an actor match covers, from one `dyad dict explain` run over all of them."""
    text, spans = "", []
    for name in names:
        begin = len(text.encode("utf-8"))
        text += name
        spans.append((begin, len(text.encode("utf-8")), name))
        text += " ; "
    out = subprocess.run([dyad, "dict", "explain", text, "--date", date, "--dict", dictionary],
                         check=True, capture_output=True, text=True).stdout
    hits = []
    for line in out.splitlines():
        m = re.search(r"\[(\d+),(\d+)\) actor\b", line)
        if m:
            hits.append((int(m.group(1)), int(m.group(2))))
    found = set()
    for begin, end, name in spans:
        last = len(name.rsplit(" ", 1)[-1].encode("utf-8"))
        if any(b >= begin and e == end and b <= end - last for b, e in hits):
            found.add(name)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", required=True)
    ap.add_argument("--dyad", default="build/bin/dyad")
    ap.add_argument("--dict", default="dict/dyad")
    ap.add_argument("--date")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--kind", choices=("person", "titled", "org"), default="person")
    args = ap.parse_args()
    counts, median = count_candidates(args.corpus, args.kind, agent_words(args.dict))
    frequent = [(n, c) for n, c in counts.most_common() if c >= args.min_count]
    found = matched_names([n for n, _ in frequent], args.dyad, args.dict, args.date or median)
    unmatched = [(n, c) for n, c in frequent if n not in found]
    for name, count in unmatched[: args.top]:
        print(f"{count:6d}  {name}")
    label = {"person": "persons", "titled": "titles with surname", "org": "orgs"}[args.kind]
    print(f"unmatched {len(unmatched)} of {len(frequent)} candidates with count >= {args.min_count} ({label}); "
          f"occurrences unmatched {sum(c for _, c in unmatched)} of {sum(c for _, c in frequent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
