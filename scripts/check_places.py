#!/usr/bin/env python3
"""Check the bundled places, organisations, agents, discards and issues dictionaries.

Usage: scripts/check_places.py [DICT_DIR] [--iso PATH] [--quiet]

Reads the dyad-format files of a dictionary set (default: dict/dyad next to this
script) and verifies, without the C++ toolchain:
  * syntax of the blocks it knows (manifest, country, region, actor, agent,
    discard, issue) and that every code is a chain of 3-letter groups;
  * every ISO 3166-1 country in iso_3166-1.json (Debian iso-codes, used only as
    a checklist) is present, and each `iso A2 A3 NUM` line agrees with it;
  * no place name (name, adjective, demonym, capital, city, region) maps to two
    codes unless one of its lines carries an `# ambiguous` comment, and no actor
    or agent phrase maps to two codes;
  * the issue and discard phrases behave on a few news sentences (the reference
    story's "trade, consular affairs, drug control and energy" must be tagged;
    political sentences must not be discarded).
Prints counts per file (distinct agent phrases, plurals not counted) and exits 1
on any error. Python 3 standard library only. Only the files named in OWNED_FILES
are read; people, verbs and CAMEO tables belong to other checks.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

# CAMEO role codes (manual table 3.1, plus PTY) an agent may add.
PRIMARY = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF"}
SECONDARY = {"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",
             "LAB", "LEG", "MED", "REF"}
TERTIARY = {"MOD", "RAD"}
ROLE_CODES = PRIMARY | SECONDARY | TERTIARY | {"PTY"}
# Generic international codes (manual table 3.2) that may be prepended (CODE~).
INTERNATIONAL = {"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"}
# CAMEO international region codes (manual table 3.3).
REGION_CODES = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF",
                "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM",
                "SAS", "SEA", "SAF", "WAF", "WST"}

# Transnational identity codes used for blocs (manual 3.1.9 "Ethnic and Religious Codes").
IDENTITY_CODES = {"ARB"}

CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
DATE_RE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
RANGE_RE = re.compile(r"^(" + DATE_RE + r")?\.\.(" + DATE_RE + r")?$")
ISSUE_CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")

# The files this checker reads; the rest of the set (people, verbs, CAMEO tables) has its own checks.
OWNED_FILES = ["manifest.txt", "countries.txt", "regions.txt", "orgs.txt", "metonyms.txt",
               "agents.txt", "discards.txt", "issues.txt"]

# Keywords this checker does not own; their blocks are skipped.
FOREIGN_KEYWORDS = {"person", "verb", "synset", "transform", "time", "option", "event"}


class Line:
    """One logical line: text without comment, the comment, file and line number."""

    def __init__(self, path, number, text, comment, indented):
        self.path = path
        self.number = number
        self.text = text
        self.comment = comment
        self.indented = indented

    def where(self):
        return f"{self.path}:{self.number}"


def split_comment(raw):
    """Split a raw line at the first '#' outside double quotes."""
    in_quote = False
    for i, ch in enumerate(raw):
        if ch == '"':
            in_quote = not in_quote
        elif ch == "#" and not in_quote:
            return raw[:i], raw[i + 1:]
    return raw, ""


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            raw = raw.rstrip("\n")
            text, comment = split_comment(raw)
            if not text.strip():
                continue
            yield Line(path, number, text.strip(), comment.strip(),
                       raw[:1] in (" ", "\t"))


def normalize(phrase):
    """Case-fold, strip diacritics, ASCII quotes and dashes, collapse blanks."""
    s = phrase.strip().rstrip("=").strip()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    s = s.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def split_phrases(text):
    return [p.strip() for p in text.split("|") if p.strip()]


def plural(word):
    """The plural the builder generates for a noun (docs/dictionaries.md)."""
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


class Checker:
    def __init__(self, iso_path):
        self.errors = []
        self.warnings = []
        self.iso_path = iso_path
        self.counts = defaultdict(lambda: defaultdict(int))
        # normalised place phrase -> list of (code, Line, kind)
        self.place_phrases = defaultdict(list)
        self.countries = {}          # code -> dict(iso=(a2,a3,num), line)
        self.actor_phrases = defaultdict(list)   # phrase -> [(code, Line)]
        self.agent_phrases = defaultdict(list)   # phrase -> [(code, Line)]
        self.discards = []           # (normalised phrase, story_level, Line)
        self.issues = []             # (code, normalised phrase, ignore, Line)
        self.manifest = {}

    # ------------------------------------------------------------ reporting
    def error(self, line, message):
        self.errors.append(f"{line.where()}: error: {message}")

    def warn(self, line, message):
        self.warnings.append(f"{line.where()}: warning: {message}")

    # ------------------------------------------------------------ parsing
    def check_code(self, line, code, what):
        if code == "---":
            return
        if not CODE_RE.match(code):
            self.error(line, f"{what} code '{code}' is not a chain of 3-letter groups")
        elif len(code) > 15:
            self.warn(line, f"{what} code '{code}' is longer than TABARI's 15 characters")

    def check_phrases(self, line, phrases):
        for p in phrases:
            if re.search(r"[()\[\]{}<>,;]", p.rstrip("=")):
                self.error(line, f"phrase '{p}' contains bracket or separator punctuation")
            if "=" in p[:-1]:
                self.error(line, f"'=' may only end a phrase: '{p}'")

    def add_place(self, line, code, kind, phrases):
        self.check_phrases(line, phrases)
        for p in phrases:
            self.place_phrases[normalize(p)].append((code, line, kind))

    def parse_file(self, path):
        name = os.path.basename(path)
        block = None     # ("country", code) / ("actor", code) / ("skip", None)
        for line in read_lines(path):
            if line.indented:
                if block is None:
                    self.error(line, "continuation line outside a block")
                    continue
                self.parse_continuation(line, block, name)
                continue
            keyword, _, rest = line.text.partition(" ")
            rest = rest.strip()
            if name == "manifest.txt":
                self.manifest[keyword] = rest
                block = None
                continue
            handler = getattr(self, "parse_" + keyword, None)
            if keyword in FOREIGN_KEYWORDS:
                block = ("skip", None)
            elif handler is None:
                self.error(line, f"unknown keyword '{keyword}'")
                block = None
            else:
                block = handler(line, rest, name)

    def parse_country(self, line, rest, name):
        code, _, names = rest.partition(" ")
        if not re.fullmatch(r"[A-Z]{3}", code):
            self.error(line, f"country code '{code}' is not three capital letters")
        if code in self.countries:
            self.error(line, f"country {code} declared twice (first at "
                       f"{self.countries[code]['line'].where()})")
        self.countries[code] = {"iso": None, "line": line}
        phrases = split_phrases(names)
        if not phrases:
            self.error(line, "country without names")
        self.add_place(line, code, "name", phrases)
        self.counts[name]["countries"] += 1
        self.counts[name]["country names"] += len(phrases)
        return ("country", code)

    def parse_continuation(self, line, block, name):
        kind, code = block
        if kind == "skip":
            return
        keyword, _, rest = line.text.partition(" ")
        rest = rest.strip()
        if kind == "country":
            if keyword == "iso":
                parts = rest.split()
                if (len(parts) != 3 or not re.fullmatch(r"[A-Z]{2}", parts[0])
                        or not re.fullmatch(r"[A-Z]{3}", parts[1])
                        or not re.fullmatch(r"\d{3}", parts[2])):
                    self.error(line, f"iso line must be 'iso A2 A3 NNN': '{rest}'")
                else:
                    self.countries[code]["iso"] = tuple(parts)
                    self.countries[code]["iso_line"] = line
            elif keyword in ("adjective", "demonym", "capital", "city"):
                phrases = split_phrases(rest)
                if not phrases:
                    self.error(line, f"empty {keyword} line")
                self.add_place(line, code, keyword, phrases)
                self.counts[name][keyword + " phrases"] += len(phrases)
            else:
                self.error(line, f"unknown country line '{keyword}'")
        elif kind == "actor":
            if keyword != "role":
                self.error(line, f"unknown actor line '{keyword}'")
                return
            self.parse_role(line, rest)
            self.counts[name]["dated roles"] += 1

    def parse_role(self, line, rest):
        note = ""
        m = re.search(r'"([^"]*)"\s*$', rest)
        if m:
            note = m.group(1)
            rest = rest[:m.start()].strip()
        parts = rest.split()
        if not parts:
            self.error(line, "role without a code")
            return
        self.check_code(line, parts[0], "role")
        rng = None
        confidence = None
        for part in parts[1:]:
            if ".." in part:
                rng = part
                if not RANGE_RE.match(part):
                    self.error(line, f"bad date range '{part}'")
            elif part in ("exact", "approximate"):
                confidence = part
            else:
                self.error(line, f"unexpected role field '{part}'")
        if rng and confidence is None:
            self.error(line, "dated role without 'exact' or 'approximate'")
        if rng and confidence == "exact":
            for end in rng.split(".."):
                if end and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
                    self.error(line, f"exact role with a partial date '{end}': mark it approximate")
        if rng and not note:
            self.warn(line, "dated role without a source note")

    def parse_region(self, line, rest, name):
        code, _, names = rest.partition(" ")
        self.check_code(line, code, "region")
        if code[:3] not in REGION_CODES | INTERNATIONAL | IDENTITY_CODES:
            self.warn(line, f"region code '{code}' is not in the CAMEO region table")
        phrases = split_phrases(names)
        self.add_place(line, code, "region", phrases)
        self.counts[name]["regions"] += 1
        self.counts[name]["region names"] += len(phrases)
        return None

    def parse_actor(self, line, rest, name):
        head, _, names = rest.partition(" ")
        codes = head.split("/")
        for c in codes:
            self.check_code(line, c, "actor")
        phrases = split_phrases(names)
        if not phrases:
            self.error(line, "actor without names")
        self.check_phrases(line, phrases)
        for p in phrases:
            self.actor_phrases[normalize(p)].append((head, line))
        self.counts[name]["actors"] += 1
        self.counts[name]["actor names"] += len(phrases)
        if len(codes) > 1:
            self.counts[name]["compound actors"] += 1
        return ("actor", head)

    def parse_agent(self, line, rest, name):
        head, _, names = rest.partition(" ")
        if head.startswith("~"):
            code = head[1:]
            groups = [code[i:i + 3] for i in range(0, len(code), 3)]
            for g in groups:
                if g not in ROLE_CODES:
                    self.error(line, f"agent group '{g}' is not a CAMEO role code")
        elif head.endswith("~"):
            code = head[:-1]
            if code not in INTERNATIONAL and code not in ROLE_CODES:
                self.error(line, f"prepended agent code '{code}' is not a generic CAMEO code")
        else:
            self.error(line, f"agent code '{head}' needs '~' (~CODE or CODE~)")
            code = head
        self.check_code(line, code, "agent")
        phrases = split_phrases(names)
        if not phrases:
            self.error(line, "agent without phrases")
        self.check_phrases(line, phrases)
        for p in phrases:
            self.agent_phrases[normalize(p)].append((head, line))
        self.counts[name]["agent lines"] += 1
        return None

    def parse_discard(self, line, rest, name):
        level, _, phrases = rest.partition(" ")
        if level not in ("sentence", "story"):
            self.error(line, f"discard level must be 'sentence' or 'story', not '{level}'")
        ps = split_phrases(phrases)
        self.check_phrases(line, ps)
        for p in ps:
            self.discards.append((normalize(p), level == "story", line))
        self.counts[name][f"discard {level} phrases"] += len(ps)
        return None

    def parse_issue(self, line, rest, name):
        code, _, phrases = rest.partition(" ")
        if not ISSUE_CODE_RE.match(code):
            self.error(line, f"bad issue code '{code}'")
        ignore = False
        if phrases.startswith("ignore "):
            ignore = True
            phrases = phrases[len("ignore "):]
        ps = split_phrases(phrases)
        self.check_phrases(line, ps)
        for p in ps:
            self.issues.append((code, normalize(p), ignore, line))
        self.counts[name]["issue phrases" if not ignore else "issue ignore phrases"] += len(ps)
        self.counts[name]["issue codes"] = len({c for c, _, _, _ in self.issues})
        return None

    # ------------------------------------------------------------ checks
    def check_manifest(self):
        want = {"name": "dyad-bundled", "codebook": "cameo", "version": "2026.11.0"}
        for k, v in want.items():
            if self.manifest.get(k) != v:
                self.errors.append(f"manifest.txt: error: '{k}' should be '{v}', "
                                   f"found '{self.manifest.get(k)}'")

    def check_iso(self):
        try:
            with open(self.iso_path, encoding="utf-8") as f:
                iso = json.load(f)["3166-1"]
        except (OSError, ValueError, KeyError) as e:
            self.warnings.append(f"{self.iso_path}: warning: ISO checklist unavailable ({e})")
            return 0
        by_a3 = {c["alpha_3"]: c for c in iso}
        present = {}
        for code, info in self.countries.items():
            if info["iso"]:
                a2, a3, num = info["iso"]
                present[a3] = code
                ref = by_a3.get(a3)
                if ref is None:
                    self.error(info["iso_line"], f"'{a3}' is not an ISO 3166-1 alpha-3 code")
                elif (ref["alpha_2"], ref["numeric"]) != (a2, num):
                    self.error(info["iso_line"], f"ISO codes for {a3} should be "
                               f"{ref['alpha_2']} {a3} {ref['numeric']}")
        missing = sorted(set(by_a3) - set(present))
        for a3 in missing:
            self.errors.append(f"countries: error: ISO 3166-1 {a3} ({by_a3[a3]['name']}) is missing")
        return len(by_a3) - len(missing)

    def check_ambiguity(self):
        for phrase, uses in sorted(self.place_phrases.items()):
            codes = {c for c, _, _ in uses}
            if len(codes) > 1 and not any("ambiguous" in l.comment for _, l, _ in uses):
                where = ", ".join(f"{c} ({l.where()})" for c, l, _ in uses)
                self.errors.append(f"error: place name '{phrase}' maps to several codes "
                                   f"without an '# ambiguous' note: {where}")
            if len(uses) > len({(c, id(l)) for c, l, _ in uses}):
                _, l, _ = uses[0]
                self.warn(l, f"place name '{phrase}' listed twice on one line")
        for phrase, uses in sorted(self.actor_phrases.items()):
            codes = {c for c, _ in uses}
            if len(codes) > 1 and not any("ambiguous" in l.comment for _, l in uses):
                where = ", ".join(f"{c} ({l.where()})" for c, l in uses)
                self.errors.append(f"error: actor name '{phrase}' has conflicting codes: {where}")
            places = {c for c, _, _ in self.place_phrases.get(phrase, [])}
            if places and not any("ambiguous" in l.comment for _, l in uses):
                _, l = uses[0]
                self.error(l, f"actor name '{phrase}' is also a place name of {sorted(places)}")
        for phrase, uses in sorted(self.agent_phrases.items()):
            codes = {c for c, _ in uses}
            if len(codes) > 1:
                where = ", ".join(f"{c} ({l.where()})" for c, l in uses)
                self.errors.append(f"error: agent phrase '{phrase}' has conflicting codes: {where}")
            elif len(uses) > 1:
                self.warn(uses[1][1], f"agent phrase '{phrase}' listed twice")
            # An agent phrase that is also an actor or place name competes with it (actors win).
            others = {c for c, _ in self.actor_phrases.get(phrase, [])}
            others |= {c for c, _, _ in self.place_phrases.get(phrase, [])}
            if others and not any("ambiguous" in l.comment for _, l in uses):
                self.warn(uses[0][1], f"agent phrase '{phrase}' is also an actor or place name {sorted(others)}")

    def distinct_agent_phrases(self):
        """Distinct agent phrases, a listed plural of another listed phrase not counted."""
        phrases = set(self.agent_phrases)
        distinct = set()
        for p in phrases:
            words = p.split()
            singular_candidates = set()
            last = words[-1]
            for cand in (last[:-1] if last.endswith("s") else None,
                         last[:-2] if last.endswith("es") else None,
                         last[:-3] + "y" if last.endswith("ies") else None):
                if cand:
                    singular_candidates.add(" ".join(words[:-1] + [cand]))
            if any(c in phrases and plural(c.split()[-1]) == last for c in singular_candidates):
                continue
            # Irregular plurals listed with '=' (policemen, fishermen) are not distinct phrases either.
            if last.endswith("men") and " ".join(words[:-1] + [last[:-3] + "man"]) in phrases:
                continue
            if last.endswith("women") and " ".join(words[:-1] + [last[:-5] + "woman"]) in phrases:
                continue
            distinct.add(p)
        return distinct

    # ------------------------------------------------------------ behaviour
    @staticmethod
    def tokens(text):
        return re.findall(r"[a-z0-9]+(?:['.-][a-z0-9]+)*", normalize(text))

    @staticmethod
    def phrase_matches(phrase, toks):
        words = phrase.split()
        forms = [words]
        if not phrase.endswith("*"):
            forms.append(words[:-1] + [plural(words[-1])])
        for ws in forms:
            n = len(ws)
            for i in range(len(toks) - n + 1):
                if all((w.endswith("*") and toks[i + k].startswith(w[:-1])) or toks[i + k] == w
                       for k, w in enumerate(ws)):
                    return True
        return False

    def issues_of(self, text):
        toks = self.tokens(text)
        hits = {c for c, p, ig, _ in self.issues if not ig and self.phrase_matches(p, toks)}
        cancel = {c for c, p, ig, _ in self.issues if ig and self.phrase_matches(p, toks)}
        return hits - cancel

    def discarded(self, text):
        toks = self.tokens(text)
        return [p for p, story, _ in self.discards if self.phrase_matches(p, toks)]

    def check_behaviour(self):
        if not self.issues and not self.discards:
            return
        issue_cases = [
            ("The two sides discussed trade, consular affairs, drug control and energy.",
             {"TRADE", "CONSULAR", "DRUGS", "ENERGY"}),
            ("Iran said its uranium enrichment programme was peaceful.", {"NUCLEAR"}),
            ("Thousands of migrants crossed the border, the UN refugee agency said.", {"MIGRATION"}),
            ("The trade union called a general strike over wages.", set()),
            ("Washington imposed new tariffs on Chinese steel exports.", {"TRADE"}),
            ("Hackers linked to the state launched a ransomware attack.", {"CYBER"}),
        ]
        for text, want in issue_cases:
            got = self.issues_of(text)
            if self.issues and not want <= got:
                self.errors.append(f"issues: error: '{text}' should be tagged {sorted(want)}, got {sorted(got)}")
            if not want and "TRADE" in got:
                self.errors.append(f"issues: error: '{text}' must not be tagged TRADE (ignore rule)")
        keep = [
            "The United States announced a diplomatic boycott of the Beijing Winter Olympics.",
            "Russian athletes were banned from the Olympic Games over state-sponsored doping.",
            "The foreign ministers met on the sidelines of the summit in Geneva.",
            "Protesters marched on the stadium to demand the president's resignation.",
            "The minister said the weather would not delay the evacuation of civilians.",
            "Saudi Arabia's sovereign wealth fund bought a stake in the football club, drawing criticism from rights groups.",
            "Beijing rolled out the red carpet for the visiting president.",
            "Exports rose sharply in the second half of the year, the trade minister said.",
            "Leaders pledged to limit warming to 1.5 degrees Celsius.",
            "Critics said the peace dividend had been squandered by the government.",
            "Protesters demonstrated against the Bahrain Grand Prix.",
            "Russia was banned from the Eurovision Song Contest after the invasion.",
        ]
        for text in keep:
            hit = self.discarded(text)
            if hit:
                self.errors.append(f"discards: error: political sentence discarded by {hit}: '{text}'")
        drop = [
            "Manchester United beat Liverpool 2-1 in the Premier League on Sunday.",
            "The film topped the box office for a third weekend.",
            "The Dow Jones industrial average closed up 120 points.",
        ]
        for text in drop:
            if self.discards and not self.discarded(text):
                self.errors.append(f"discards: error: sentence not discarded: '{text}'")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dict_dir", nargs="?", default=os.path.join(here, "..", "dict", "dyad"))
    ap.add_argument("--iso", default=ISO_JSON, help="ISO 3166-1 JSON checklist")
    ap.add_argument("--quiet", action="store_true", help="print errors and totals only")
    args = ap.parse_args()

    ck = Checker(args.iso)
    files = [os.path.join(args.dict_dir, n) for n in OWNED_FILES
             if os.path.exists(os.path.join(args.dict_dir, n))]
    if not files:
        print(f"error: no .txt files in {args.dict_dir}", file=sys.stderr)
        return 1
    for path in sorted(files):
        try:
            ck.parse_file(path)
        except (OSError, UnicodeDecodeError) as e:
            ck.errors.append(f"{path}: error: cannot read: {e}")
    ck.check_manifest()
    iso_found = ck.check_iso()
    ck.check_ambiguity()
    ck.check_behaviour()

    distinct = ck.distinct_agent_phrases()
    if not args.quiet:
        for name in sorted(ck.counts):
            print(f"{name}:")
            for k, v in sorted(ck.counts[name].items()):
                print(f"  {k:28s} {v}")
    print(f"ISO 3166-1 countries covered: {iso_found}")
    print(f"country blocks: {len(ck.countries)}")
    print(f"distinct place phrases: {len(ck.place_phrases)}")
    print(f"distinct actor phrases: {len(ck.actor_phrases)}")
    print(f"distinct agent phrases (plurals not counted): {len(distinct)}")
    for w in ck.warnings:
        print(w)
    for e in ck.errors:
        print(e, file=sys.stderr)
    print(f"{len(ck.errors)} error(s), {len(ck.warnings)} warning(s)")
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
