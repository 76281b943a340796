#!/usr/bin/env python3
"""Time two powerbalance binaries on the same command, run in turn, and print the medians.

Each round runs the first binary, then the second (the order swapped every other round, so
neither always runs on a cache the other warmed), with standard output thrown away, and takes
the processor time the child used (user and system, from `wait4`, to the microsecond). On a
machine whose speed drifts from minute to minute, runs in turn see the same drift, and the
medians of many compare the code rather than the moment. Python 3 standard library only.

    scripts/alternate_runs.py /tmp/pb-old target/release/powerbalance --rounds 21 -- \\
        score --jsonl /tmp/in200k.jsonl -f json --jobs 1

Prints each binary's median, lowest and highest seconds, and the median of the second over
the first. A run that fails stops the script with its exit code.
"""

import argparse
import os
import statistics
import subprocess
import sys


def run(binary, args):
    """The processor seconds (user + system) one run of `binary args` took."""
    child = subprocess.Popen([binary, *args], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        # A signal comes back negative; a shell says it as 128 and the signal's number.
        said = code if code > 0 else 128 - code
        print(f"{binary} {' '.join(args)} exited with {said}", file=sys.stderr)
        sys.exit(said)
    return usage.ru_utime + usage.ru_stime


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("first", help="the binary from before")
    p.add_argument("second", help="the binary after")
    p.add_argument("--rounds", type=int, default=15, help="runs of each (default 15)")
    p.usage = "%(prog)s [-h] [--rounds N] first second -- ARGS..."
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    a = p.parse_args(argv[:cut])
    args = argv[cut + 1 :]
    if not args or a.rounds < 1:
        p.error("give --rounds of at least 1, then -- and the command's arguments")
    # By place, not by name: the same binary may be given twice (to see the noise alone).
    binaries = (a.first, a.second)
    times = ([], [])
    for n in range(a.rounds):
        for which in (0, 1) if n % 2 == 0 else (1, 0):
            times[which].append(run(binaries[which], args))
    medians = []
    for name, label, t in zip(binaries, ("first", "second"), times):
        medians.append(statistics.median(t))
        print(
            f"{label}: median {medians[-1]:.3f} s, lowest {min(t):.3f} s, "
            f"highest {max(t):.3f} s ({len(t)} runs of {name})"
        )
    print(f"second over first, medians: {medians[1] / medians[0]:.3f}")


if __name__ == "__main__":
    main()
