#!/usr/bin/env python3
"""Independent check of `powerbalance stats`: the same statistics from pandas and pingouin.

Reads a JSON Lines file of answer sets (objects, or arrays of two) and the questionnaire's
TOML, and prints, as Rust tables to paste into tests/it/stats.rs:
  - Cronbach's alpha of every view with two items or more, from pingouin.cronbach_alpha
    (listwise: answer sets that answered every item of the view), with that n;
  - the corrected item-total correlation of every item (pandas: the item against the sum of
    the view's other items, over the same complete answer sets);
  - per dimension, Pearson's r between a person's self view and the other's partner view of
    them (pandas), over couples where both views are scored.

It shares no code with powerbalance: it re-reads the TOML and applies SPEC §5 itself
(reverse keying, POMP points, a view scored when at least min_answered of its items are).

Usage (CI does not run this; it needs Python 3.11+ with pingouin):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pingouin
    /tmp/venv/bin/python scripts/stats_crosscheck.py \\
        tests/fixtures/stats/couples.jsonl questionnaires/1.0.0/relationship.toml
"""

import json
import sys
import tomllib

import numpy as np
import pandas as pd
import pingouin


def load_questionnaire(path):
    with open(path, "rb") as f:
        q = tomllib.load(f)
    default_scale = q.get("defaults", {}).get("scale")
    min_answered = q["questionnaire"].get("min_answered", 0.5)
    views = {}  # (dimension, about) -> [item]
    items = {}  # id -> (min, max, reverse)
    dimensions = []
    for d in q["dimensions"]:
        dimensions.append(d["id"])
        for it in d["items"]:
            scale = q["scales"][it.get("scale", default_scale)]
            items[it["id"]] = (scale["min"], scale["max"], it.get("reverse", False))
            views.setdefault((d["id"], it["about"]), []).append(it["id"])
    return dimensions, views, items, min_answered


def points(value, lo, hi, reverse):
    keyed = lo + hi - value if reverse else value
    return (keyed - lo) / (hi - lo) * 100.0


def main(jsonl, toml):
    dimensions, views, items, min_answered = load_questionnaire(toml)
    rows = []  # one per answer set: item id -> points (NaN when skipped)
    couples = []  # (row index of A, row index of B)
    with open(jsonl) as f:
        for line in f:
            if not line.strip():
                continue
            sets = json.loads(line)
            sets = sets if isinstance(sets, list) else [sets]
            first = len(rows)
            for s in sets:
                row = {}
                for item, (lo, hi, rev) in items.items():
                    v = s["answers"].get(item)
                    row[item] = np.nan if v is None else points(v, lo, hi, rev)
                rows.append(row)
            if len(sets) == 2:
                couples.append((first, first + 1))
    data = pd.DataFrame(rows)

    def view_scores(ids):
        answered = data[ids].notna().sum(axis=1)
        scores = data[ids].mean(axis=1)
        return scores.where(answered >= min_answered * len(ids))

    def scales():
        """Each view of two items or more, with the answer sets that answered all of it."""
        for (dim, about), ids in views.items():
            if len(ids) >= 2:
                yield dim, about, ids, data[ids].dropna()

    print(f"// pingouin {pingouin.__version__}, pandas {pd.__version__}, "
          f"numpy {np.__version__}, Python {sys.version.split()[0]}")
    print("// (dimension, view, alpha, complete answer sets)")
    print("const ALPHA: &[(&str, &str, f64, u64)] = &[")
    for dim, about, ids, complete in scales():
        alpha, _ci = pingouin.cronbach_alpha(data=data[ids], nan_policy="listwise")
        print(f'    ("{dim}", "{about}", {float(alpha)!r}, {len(complete)}),')
    print("];")

    print("// (item, corrected item-total r)")
    print("const ITEM_TOTAL: &[(&str, f64)] = &[")
    for _dim, _about, ids, complete in scales():
        for item in ids:
            rest = complete[[i for i in ids if i != item]].sum(axis=1)
            print(f'    ("{item}", {float(complete[item].corr(rest))!r}),')
    print("];")

    print("// (dimension, couples' persons with both views, r of self view and partner's view)")
    print("const SELF_PARTNER: &[(&str, u64, f64)] = &[")
    for dim in dimensions:
        if (dim, "self") not in views or (dim, "partner") not in views:
            continue
        own = view_scores(views[(dim, "self")])
        seen = view_scores(views[(dim, "partner")])
        pairs = []
        for a, b in couples:
            pairs.append((own[a], seen[b]))  # A about themselves, B about A
            pairs.append((own[b], seen[a]))
        frame = pd.DataFrame(pairs, columns=["own", "seen"]).dropna()
        print(f'    ("{dim}", {len(frame)}, {float(frame["own"].corr(frame["seen"]))!r}),')
    print("];")


if __name__ == "__main__":
    main(*sys.argv[1:3])
