#!/usr/bin/python3
"""Maps `dyad code --shard I/N` over a Dask cluster (docs/cluster.md).

    /usr/bin/python3 scripts/dask/dyad_dask.py -n 16 -o OUT [--scheduler tcp://host:8786]
        [--workers 2] [--dyad BIN] [--code-args "..."] INPUT...

Each Dask task codes one shard into OUT/events.I.jsonl, written as a .tmp file
and renamed on success (atomic completion); shards already complete are
skipped, so a rerun does only what is missing. When every shard succeeded the
union is merged into OUT/events.jsonl (sorted bytewise, like the Slurm merge)
and OUT/errors.jsonl. Without --scheduler a LocalCluster of --workers
processes (one thread each) runs on this machine. Use Debian's
/usr/bin/python3: python3-distributed is installed only for it. Exit status
0 when every shard and the merge are complete, 1 when shards failed (they are
listed), 2 for usage errors.
"""
import argparse
import os
import shlex
import subprocess
import sys


def code_shard(i, n, out, dyad, inputs, code_args):
    """Runs on a Dask worker: codes shard i of n; returns (i, status, message)."""
    events = os.path.join(out, f"events.{i}.jsonl")
    errors = os.path.join(out, f"errors.{i}.jsonl")
    if os.path.exists(events):
        return (i, "skipped", "already complete")
    cmd = [dyad, "code", "--shard", f"{i}/{n}", "-j", "1", *code_args,
           "--errors", errors + ".tmp", "-o", events + ".tmp", *inputs]
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # dyad's 1 means "some records skipped" (listed in errors.I.jsonl): complete.
    if p.returncode not in (0, 1):
        for f in (events + ".tmp", errors + ".tmp"):
            if os.path.exists(f):
                os.remove(f)
        tail = p.stderr.strip().splitlines()[-1:] or [""]
        return (i, "failed", f"dyad exit {p.returncode}: {tail[0]}")
    os.replace(errors + ".tmp", errors)
    os.replace(events + ".tmp", events)  # last: the completion marker
    return (i, "done", "")


def merge(out, n):
    lines = []
    for i in range(n):
        with open(os.path.join(out, f"events.{i}.jsonl"), "rb") as f:
            lines.extend(f.read().splitlines(keepends=True))
    lines.sort()  # bytewise, as LC_ALL=C sort
    tmp = os.path.join(out, "events.jsonl.tmp")
    with open(tmp, "wb") as f:
        f.writelines(lines)
    errs = b"".join(open(os.path.join(out, f"errors.{i}.jsonl"), "rb").read() for i in range(n))
    with open(os.path.join(out, "errors.jsonl"), "wb") as f:
        f.write(errs)
    os.replace(tmp, os.path.join(out, "events.jsonl"))
    return len(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--shards", type=int, required=True)
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--dyad", default="dyad")
    ap.add_argument("--code-args", default="", help="extra options for dyad code (word-split)")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    if a.shards < 1 or a.workers < 1:
        ap.error("--shards and --workers must be >= 1")
    for f in a.inputs:
        if not os.path.exists(f):
            ap.error(f"input not found: {f}")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("dyad_dask: dask.distributed not importable: run with /usr/bin/python3 "
              "(Debian python3-distributed)", file=sys.stderr)
        return 2
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    # A new run makes an earlier merge stale: events.jsonl reappears only
    # when this run's shards are all complete.
    for stale in ("events.jsonl", "errors.jsonl"):
        if os.path.exists(os.path.join(out, stale)):
            os.remove(os.path.join(out, stale))
    dyad = os.path.abspath(a.dyad) if os.sep in a.dyad else a.dyad
    inputs = [os.path.abspath(f) for f in a.inputs]
    code_args = shlex.split(a.code_args)

    cluster = None
    if a.scheduler:
        client = Client(a.scheduler, timeout=30)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, processes=True)
        client = Client(cluster)
    try:
        futures = client.map(code_shard, range(a.shards), n=a.shards, out=out, dyad=dyad,
                             inputs=inputs, code_args=code_args, pure=False)
        results = sorted(client.gather(futures))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    failed = [r for r in results if r[1] == "failed"]
    for i, status, msg in results:
        print(f"dyad_dask: shard {i}/{a.shards}: {status}{': ' + msg if msg else ''}")
    if failed:
        ids = ",".join(str(r[0]) for r in failed)
        print(f"dyad_dask: FAILED shards {ids}; rerun the same command to redo only them", file=sys.stderr)
        return 1
    print(f"dyad_dask: merged {merge(out, a.shards)} events into {os.path.join(out, 'events.jsonl')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
