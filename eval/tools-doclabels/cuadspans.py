#!/usr/bin/env python3
"""Print CUAD's spans for the two benchmark categories of one document, with the line where each span starts."""
import ast, csv, os, re, sys

CORPUS = os.environ.get("CORPUS", "/work/shared/corpus")
CATS = ["Ip Ownership Assignment", "Post-Termination Services"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    doc = sys.argv[1]
    width = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    d = os.path.join(CORPUS, "cuad/full_contract_txt")
    files = [f for f in os.listdir(d) if doc in f]
    if len(files) != 1:
        sys.exit(f"{doc}: {files[:5]}")
    f = files[0]
    rows = {r["Filename"][:-4]: r for r in csv.DictReader(open(os.path.join(CORPUS, "cuad/master_clauses.csv"), encoding="utf-8"))}
    r = rows[f[:-4]]
    lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
    nl = [norm(x) for x in lines]
    print("##", f)
    for c in CATS:
        spans = ast.literal_eval(r[c])
        print(f"  {c}: {r[c + '-Answer']} ({len(spans)} spans)")
        for s in spans:
            first = norm(s.split("<omitted>")[0])[:60]
            where = [i + 1 for i, x in enumerate(nl) if first and first in x]
            print(f"    L{where[:3]}: {norm(s)[:width]}")


if __name__ == "__main__":
    main()
