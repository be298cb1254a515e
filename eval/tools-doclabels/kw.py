#!/usr/bin/env python3
"""Keyword finder for labelling by reading: prints sentences (with line numbers) that match a regex.

usage: kw.py DOC REGEX [--all-regex REGEX2] [--width N]
DOC may be a path relative to the corpus root (cuad/full_contract_txt/...) or a unique substring of a CUAD file name.
"""
import os, re, sys, argparse

CORPUS = os.environ.get("CORPUS", "/work/shared/corpus")


def resolve(doc):
    p = os.path.join(CORPUS, doc)
    if os.path.isfile(p):
        return p
    d = os.path.join(CORPUS, "cuad/full_contract_txt")
    hits = [f for f in os.listdir(d) if doc in f]
    if len(hits) != 1:
        sys.exit(f"{doc}: {len(hits)} matches: {hits[:5]}")
    return os.path.join(d, hits[0])


def sentences(line):
    # split a (long) line into sentence-like pieces
    return re.split(r"(?<=[.;:])\s+(?=[A-Z(\"“])", line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("doc")
    ap.add_argument("regex")
    ap.add_argument("--also", default=None, help="second regex that must also match the sentence")
    ap.add_argument("--width", type=int, default=500)
    a = ap.parse_args()
    path = resolve(a.doc)
    rx = re.compile(a.regex, re.I)
    rx2 = re.compile(a.also, re.I) if a.also else None
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    n = 0
    for i, line in enumerate(lines, 1):
        for s in sentences(line):
            if rx.search(s) and (rx2 is None or rx2.search(s)):
                n += 1
                s = re.sub(r"\s+", " ", s).strip()
                print(f"L{i}: {s[:a.width]}{' …' if len(s) > a.width else ''}")
    print(f"-- {n} hits in {os.path.basename(path)} ({len(lines)} lines)", file=sys.stderr)


if __name__ == "__main__":
    main()
