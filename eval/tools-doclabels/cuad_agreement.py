#!/usr/bin/env python3
"""Agreement between CUAD's labels and the re-read in eval/cuad-relabels.csv, per signal: a table of
(cuad_label -> label) counts, Cohen's kappa on the rows where the re-read is present/absent, and the disagreeing
documents with the note. Usage: cuad_agreement.py [--list]"""
import csv, os, sys
from collections import Counter

EVAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def kappa(pairs):
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    pa = Counter(a for a, _ in pairs)
    pb = Counter(b for _, b in pairs)
    pe = sum(pa[k] * pb[k] for k in ("present", "absent")) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else float("nan")


def main():
    rows = list(csv.DictReader(open(os.path.join(EVAL, "cuad-relabels.csv"), encoding="utf-8")))
    for sig in sorted({r["signal"] for r in rows}):
        rs = [r for r in rows if r["signal"] == sig]
        c = Counter((r["cuad_label"], r["label"]) for r in rs)
        decided = [(r["cuad_label"], r["label"]) for r in rs if r["label"] != "uncertain"]
        agree = sum(a == b for a, b in decided)
        print(f"{sig}: {len(rs)} documents")
        for cu in ("present", "absent"):
            print(f"  CUAD {cu:7}: " + ", ".join(f"re-read {lab} {c[(cu, lab)]}" for lab in ("present", "absent", "uncertain")))
        print(f"  decided rows {len(decided)}, agree {agree} ({agree / len(decided):.0%}), kappa {kappa(decided):.2f}")
        if "--list" in sys.argv:
            for r in rs:
                if r["cuad_label"] != r["label"]:
                    print(f"    {r['cuad_label']:>7} -> {r['label']:<9} {os.path.basename(r['path'])[:60]}")


if __name__ == "__main__":
    main()
