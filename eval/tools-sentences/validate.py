#!/usr/bin/env python3
"""Validate eval/sentences.csv mechanically and print the per-signal tally.

Checks: RFC 4180 parse with the exact header; ids unique (sNNNN); signal is one of the 22; label 0/1; origin is
corpus / cuad-span / written; every corpus or cuad-span row names a dev document (split from eval/splits.csv; a blind
or unknown document is an error and is never opened) and its text occurs in that document after whitespace
normalisation, at the named line (corpus) or inside the named CUAD category's spans (cuad-span); written rows have
source `written`, a doc `written:gNN` and do not copy a dev sentence verbatim; no (signal, text) pair twice;
minimums: >= 25 positives and >= 25 negatives per signal, written rows < 45 %.
Exit 1 on any error, with one line per error naming the row id.
usage: validate.py [eval/sentences.csv] [--quiet]
"""
import collections
import csv
import os
import re
import sys

import common
import cuad
from build import HEADER, SIGNALS

csv.field_size_limit(1 << 30)


def main(argv):
    quiet = "--quiet" in argv
    args = [a for a in argv if a != "--quiet"]
    path = args[0] if args else os.path.join(common.EVAL, "sentences.csv")
    errors = []
    warns = []
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    try:
        rows = list(csv.reader(data.splitlines(keepends=True), strict=True))
    except csv.Error as e:
        print(f"{path}: CSV does not parse: {e}")
        return 1
    if not rows or rows[0] != HEADER:
        print(f"{path}: header must be {','.join(HEADER)}")
        return 1
    sp = common.splits()
    cmap = cuad.mapping()
    docs_norm = {}
    seen_ids = set()
    seen_pair = {}
    tally = collections.defaultdict(collections.Counter)
    origin_count = collections.Counter()
    written_texts = []
    span_cache = {}
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(HEADER):
            errors.append(f"line {n}: {len(r)} fields, expected {len(HEADER)}")
            continue
        rid, signal, label, text, source, doc, origin, note = r
        tag = f"{rid} (line {n})"
        if not re.fullmatch(r"s\d{4,}", rid) or rid in seen_ids:
            errors.append(f"{tag}: id missing, malformed or repeated")
        seen_ids.add(rid)
        if signal not in SIGNALS:
            errors.append(f"{tag}: unknown signal {signal!r}")
        if label not in ("0", "1"):
            errors.append(f"{tag}: label {label!r} is not 0 or 1")
        if not text.strip() or text != common.norm_ws(text):
            errors.append(f"{tag}: text empty or not whitespace-normalised")
        if len(text) > 650:
            errors.append(f"{tag}: text is {len(text)} characters (> 650)")
        elif len(text) > 600:
            warns.append(f"{tag}: text is {len(text)} characters")
        key = (signal, text)
        if key in seen_pair:
            errors.append(f"{tag}: same signal and text as {seen_pair[key]}")
        seen_pair[key] = rid
        origin_count[origin] += 1
        tally[signal][(origin, label)] += 1
        if "heldout" in source or "heldout" in doc:
            errors.append(f"{tag}: refers to heldout")
        if origin in ("corpus", "cuad-span"):
            split = sp.get(doc)
            if split != "dev":
                errors.append(f"{tag}: document {doc!r} is {split or 'not in splits.csv'}, not dev")
                continue
            if doc not in docs_norm:
                docs_norm[doc] = common.norm_doc(doc)
            if text not in docs_norm[doc]:
                errors.append(f"{tag}: text not found in {doc}")
            if origin == "corpus":
                m = re.fullmatch(re.escape(doc) + r":(\d+)", source)
                if not m:
                    errors.append(f"{tag}: corpus source must be '{doc}:LINE'")
                else:
                    if not line_ok(doc, text, int(m.group(1))):
                        errors.append(f"{tag}: text does not start on line {m.group(1)} of {doc}")
            else:
                m = re.fullmatch(r"master_clauses\.csv:(.+):([^:]+)", source)
                if not m or cmap.get(m.group(1)) != doc:
                    errors.append(f"{tag}: cuad-span source must be master_clauses.csv:<Filename of {doc}>:<category>")
                else:
                    cat = m.group(2)
                    if (doc, cat) not in span_cache:
                        span_cache[(doc, cat)] = [common.norm_ws(s) for a, p, k, s in cuad.spans(cat) if p == doc]
                    if not any(text in s for s in span_cache[(doc, cat)]):
                        errors.append(f"{tag}: text is not inside a '{cat}' span of {doc}")
        elif origin == "written":
            if source != "written" or not re.fullmatch(r"written:g\d+", doc):
                errors.append(f"{tag}: written rows need source 'written' and doc 'written:gNN'")
            written_texts.append((tag, text))
        else:
            errors.append(f"{tag}: origin {origin!r} is not corpus, cuad-span or written")
    # written sentences must be our own words: not a verbatim dev sentence
    all_dev = " ".join(common.norm_doc(p) for p in common.dev_text_docs())
    for tag, t in written_texts:
        if len(t) > 40 and t in all_dev:
            errors.append(f"{tag}: written text copies a corpus sentence verbatim")
    total = sum(origin_count.values())
    for s in SIGNALS:
        pos = sum(v for (o, l), v in tally[s].items() if l == "1")
        neg = sum(v for (o, l), v in tally[s].items() if l == "0")
        if pos < 25 or neg < 25:
            errors.append(f"signal {s}: {pos} positives, {neg} negatives (need >= 25 each)")
    if total and origin_count["written"] / total >= 0.45:
        errors.append(f"written rows are {origin_count['written'] / total:.1%} of the set (need < 45 %)")
    if not quiet:
        print(f"{'signal':30} {'pos':>5} {'neg':>5} | pos corpus/cuad/written | neg corpus/cuad/written")
        for s in SIGNALS:
            t = tally[s]
            pos = [t[(o, "1")] for o in ("corpus", "cuad-span", "written")]
            neg = [t[(o, "0")] for o in ("corpus", "cuad-span", "written")]
            print(f"{s:30} {sum(pos):5} {sum(neg):5} | {pos[0]:4} {pos[1]:4} {pos[2]:4}        | {neg[0]:4} {neg[1]:4} {neg[2]:4}")
        print(f"rows {total}: " + ", ".join(f"{o} {c}" for o, c in sorted(origin_count.items()))
              + f"; written share {origin_count['written'] / max(total, 1):.1%}")
        ndocs = len({r[5] for r in rows[1:] if len(r) == len(HEADER)})
        print(f"groups (doc column): {ndocs}")
    for w in warns:
        print("warning: " + w)
    for e in errors:
        print("error: " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


_LINES = {}


def line_ok(doc, text, line):
    """True when an occurrence of text (whitespace-normalised) starts on the given file line."""
    if doc not in _LINES:
        raw = common.read_dev(doc)
        chars, at = [], []
        ln, prev = 1, True
        for ch in raw:
            if ch.isspace():
                if not prev:
                    chars.append(" "); at.append(ln)
                prev = True
                if ch == "\n":
                    ln += 1
                continue
            chars.append(ch); at.append(ln); prev = False
        _LINES[doc] = ("".join(chars), at)
    flat, at = _LINES[doc]
    k = flat.find(text)
    while k >= 0:
        if at[k] == line:
            return True
        k = flat.find(text, k + 1)
    return False


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
