#!/usr/bin/env python3
"""CUAD master_clauses.csv spans of DEV contracts only.

usage: cuad.py map                      # CSV row -> dev txt path (and rows skipped as blind)
       cuad.py spans CATEGORY [DOCREGEX] # list spans: c:dNN:CATEGORY:K  len  in-doc?  text
"""
import ast
import csv
import os
import re
import signal
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
import sys
import common

csv.field_size_limit(1 << 30)


def key(s):
    s = re.sub(r"\.(pdf|txt|PDF)$", "", s)
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


def rows():
    with open(os.path.join(common.corpus_root(), "cuad", "master_clauses.csv"), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def mapping():
    """Filename -> dev path (None when the row's document is blind or ambiguous)."""
    sp = common.splits()
    cuad_paths = [p for p in sp if p.startswith("cuad/full_contract_txt/")]
    by_key = {}
    for p in cuad_paths:
        by_key.setdefault(key(os.path.basename(p)), []).append(p)
    out = {}
    for r in rows():
        k = key(r["Filename"])
        cands = by_key.get(k, []) + by_key.get(k + "1", [])
        splits_of = {sp[c] for c in cands}
        if not cands or splits_of != {"dev"}:
            out[r["Filename"]] = None
        else:
            # prefer the exact name; "(1)" copies are the same text
            exact = [c for c in cands if key(os.path.basename(c)) == k]
            out[r["Filename"]] = (exact or cands)[0]
    return out


def parse_list(cell):
    cell = (cell or "").strip()
    if not cell or cell == "[]":
        return []
    try:
        v = ast.literal_eval(cell)
        return [str(x) for x in v] if isinstance(v, list) else [str(v)]
    except Exception:
        return [cell]


def spans(category):
    """Yield (alias, path, k, span) for dev documents."""
    m = mapping()
    inv = {p: a for a, p in common.doc_aliases().items()}
    for r in rows():
        p = m.get(r["Filename"])
        if not p:
            continue
        for k, s in enumerate(parse_list(r.get(category, ""))):
            yield inv[p], p, k, s


def main(argv):
    if argv[0] == "map":
        inv = {p: a for a, p in common.doc_aliases().items()}
        for fn, p in mapping().items():
            print(inv.get(p, "--"), "BLIND/none" if p is None else "dev", fn[:90], "->", (p or "")[23:90])
        return
    cat = argv[1]
    docre = re.compile(argv[2], re.I) if len(argv) > 2 else None
    for a, p, k, s in spans(cat):
        if docre and not (docre.search(p) or docre.fullmatch(a)):
            continue
        ok = common.norm_ws(s) in common.norm_doc(p)
        print(f"c:{a}:{cat}:{k} {len(s)} {'IN' if ok else 'NOT-IN'}: {common.norm_ws(s)[:700]}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
