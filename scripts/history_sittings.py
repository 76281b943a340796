#!/usr/bin/env python3
"""Make a folder of N saved answers files of one couple (or one person) for `history`.

Each file is one sitting: a line of `powerbalance simulate --pairs` (a couple's two answer
sets) with the names replaced by Alex and Sam and `started`/`completed` times added, one day
apart from 2000-01-01 on (file N is day N - 1). With `--one`, each file is Alex's answers
alone. The same arguments give the same folder, byte for byte. Python 3 standard library
only; it runs the given powerbalance binary once for the answers.

    scripts/history_sittings.py target/release/powerbalance /tmp/hist2k --count 2000
    target/release/powerbalance history /tmp/hist2k -f json > /dev/null

The folder must not exist, or be empty (the script refuses to mix its files with others).
"""

import argparse
import datetime
import json
import os
import subprocess
import sys

START = datetime.datetime(2000, 1, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def stamp(t):
    """An RFC 3339 time in UTC with a Z, as `take` and `session` write it."""
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("binary", help="the powerbalance binary that simulates the answers")
    p.add_argument("folder", help="the folder to write (made if missing; must be empty)")
    p.add_argument("--count", type=int, required=True, help="how many sittings (files)")
    p.add_argument("--seed", type=int, default=1, help="simulate's seed (default 1)")
    p.add_argument("--questionnaire", default="relationship", help="simulate's -q")
    p.add_argument("--one", action="store_true", help="one person's takes, not a couple's")
    args = p.parse_args()
    if args.count < 1:
        sys.exit("--count must be at least 1")
    os.makedirs(args.folder, exist_ok=True)
    if os.listdir(args.folder):
        sys.exit(f"{args.folder} is not empty")
    lines = subprocess.run(
        [args.binary, "simulate", "--pairs", "-q", args.questionnaire,
         "--count", str(args.count), "--seed", str(args.seed)],
        check=True, capture_output=True, text=True,
    ).stdout.splitlines()
    if len(lines) != args.count:
        sys.exit(f"simulate gave {len(lines)} lines, not {args.count}")
    width = len(str(args.count))
    for i, line in enumerate(lines):
        pair = json.loads(line)
        day = START + datetime.timedelta(days=i)
        names = [("Alex", "Sam"), ("Sam", "Alex")]
        for k, s in enumerate(pair):
            s["respondent"], s["partner"] = names[k]
            s["started"] = stamp(day + datetime.timedelta(minutes=k))
            s["completed"] = stamp(day + datetime.timedelta(minutes=20 + k))
        body = pair[0] if args.one else pair
        path = os.path.join(args.folder, f"sitting-{i + 1:0{width}d}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(body, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
