#!/usr/bin/env python3
"""Times DuckDB computing the view scores of a JSON Lines file, beside `powerbalance score --jsonl`.

Optional, never part of the tests; it needs the PyPI package `duckdb`, for instance in a venv
under target/ (nothing is installed for you):

    python3 -m venv target/duckdb-venv && target/duckdb-venv/bin/pip install duckdb
    cargo build --release
    target/release/powerbalance simulate --count 200000 --seed 1 > target/answers.jsonl
    target/duckdb-venv/bin/python scripts/duckdb_views.py target/answers.jsonl

The views are those the scorer computes per person (SPEC §5): for each scored dimension, the
mean on 0-100 of the answered items about oneself (`self`) and about the other (`partner`),
an item `about = "both"` counting in both (its points in `self`, 100 minus them in
`partner`), reverse-keyed items counted as `min + max - x`, and a view left null when fewer
than `min_answered` of its items were answered. A gated item (`asked_if`) that is absent counts
as not asked, as `simulate` leaves out the items that do not apply. DuckDB is given the schema
(every item's column and type), runs on `--threads` threads, and writes one CSV row of views per
line to /dev/null; powerbalance scores the same file to CSV (every core) into /dev/null.
Medians of `--rounds` alternating runs.
"""

import argparse
import statistics
import subprocess
import time
import tomllib

import duckdb


def views_sql(questionnaire, path):
    """The SELECT computing every view of every line, and how many views."""
    scales = questionnaire["scales"]
    default_scale = questionnaire.get("defaults", {}).get("scale")
    min_answered = questionnaire["questionnaire"].get("min_answered", 0.0)
    columns, items = {}, []
    views = []
    for dim in questionnaire["dimensions"]:
        if dim.get("kind") == "context":
            for item in dim["items"]:
                columns[item["id"]] = "BIGINT"
            continue
        slots = {"self": [], "partner": []}
        for item in dim["items"]:
            columns[item["id"]] = "BIGINT"
            scale = scales[item.get("scale", dim.get("scale", default_scale))]
            lo, hi = scale["min"], scale["max"]
            x = f'answers."{item["id"]}"'
            above = f"({hi} - {x})" if item.get("reverse") else f"({x} - {lo})"
            points = f"({above} * 100.0 / {hi - lo})"
            gated = "asked_if" in item
            about = item.get("about", "self")
            if about in ("self", "both"):
                slots["self"].append((x, points, gated))
            if about in ("partner", "both"):
                flipped = f"(100.0 - {points})" if about == "both" else points
                slots["partner"].append((x, flipped, gated))
        for view, parts in slots.items():
            if not parts:
                continue
            total = " + ".join(
                f"({x} IS NOT NULL)::INT" if gated else "1" for x, _, gated in parts
            )
            answered = " + ".join(f"({x} IS NOT NULL)::INT" for x, _, _ in parts)
            sums = " + ".join(f"coalesce({p}, 0)" for _, p, _ in parts)
            views.append(
                f"CASE WHEN ({answered}) > 0 AND ({answered}) >= {min_answered} * ({total}) "
                f'THEN ({sums}) / ({answered}) END AS "{dim["id"]}_{view}"'
            )
    struct = ", ".join(f'"{k}" {t}' for k, t in columns.items())
    source = (
        f"read_json('{path}', format = 'newline_delimited', "
        f"columns = {{respondent: 'VARCHAR', answers: 'STRUCT({struct})'}})"
    )
    return f"SELECT respondent, {', '.join(views)} FROM {source}", len(views)


def median_of(rounds, runs):
    took = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            took[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in took.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", help="a JSON Lines file of single answer sets")
    parser.add_argument("--questionnaire", default="questionnaires/relationship.toml")
    parser.add_argument("--powerbalance", default="target/release/powerbalance")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with open(args.questionnaire, "rb") as f:
        questionnaire = tomllib.load(f)
    sql, n_views = views_sql(questionnaire, args.answers)
    con = duckdb.connect()
    con.execute(f"SET threads = {args.threads}")
    lines = sum(1 for _ in open(args.answers, "rb"))

    def duck():
        con.execute(f"COPY ({sql}) TO '/dev/null' (FORMAT csv)")

    def ours():
        subprocess.run(
            [args.powerbalance, "score", "--jsonl", args.answers, "--format", "csv"],
            stdout=subprocess.DEVNULL,
            check=True,
        )

    took = median_of(args.rounds, {"duckdb": duck, "powerbalance": ours})
    print(f"{lines} lines, {n_views} views, medians of {args.rounds} alternating runs:")
    print(
        f"  DuckDB {duckdb.__version__}, {args.threads} threads, schema given: "
        f"{took['duckdb']:.3f} s ({lines / took['duckdb']:.0f} lines/s)"
    )
    print(
        f"  powerbalance score --jsonl --format csv (every core, whole reports): "
        f"{took['powerbalance']:.3f} s ({lines / took['powerbalance']:.0f} lines/s)"
    )
    print(f"  DuckDB's time / powerbalance's: {took['duckdb'] / took['powerbalance']:.2f}")


if __name__ == "__main__":
    main()
