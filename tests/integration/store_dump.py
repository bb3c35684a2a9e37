"""Prints every row of every table of a dyad SQLite store (keys included),
rows sorted by all their columns, for tests that compare two stores. The
full-text index tables are left out (derived from stories), and so is
runs.started, the one field that depends on a clock.

    python3 tests/integration/store_dump.py STORE.db > STORE.dump
"""
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
tables = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'stories_fts%' ORDER BY name")]
for t in tables:
    cols = [r[1] for r in db.execute(f"PRAGMA table_info({t})")]
    sel = ", ".join("'-'" if (t, c) == ("runs", "started") else c for c in cols)
    order = ", ".join(str(i + 1) for i in range(len(cols)))
    for row in db.execute(f"SELECT {sel} FROM {t} ORDER BY {order}"):
        print(t, repr(row))
