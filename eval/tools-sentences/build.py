#!/usr/bin/env python3
"""Build eval/sentences.csv from the reading decisions in labels/*.tsv.

Decision lines (tab-separated; blank lines and lines starting with # are ignored):
    signal <TAB> label <TAB> ref <TAB> note [<TAB> text]
ref is one of
    dNN#K              sentence K of dev document dNN as segmented by common.sentences (origin corpus);
                       an optional text column narrows it to a verbatim part of the document, or
                       "UPTO:snippet" keeps the sentence's start up to and including the snippet
    c:dNN:Category:K   CUAD span K of master_clauses.csv column Category for dev document dNN (origin cuad-span);
                       an optional text column narrows it to a verbatim part
    w:gNN              a written sentence (origin written); the text column is required
Decision files are read in name order, then the written sentences (labels/*.written, see load_written);
ids s0001.. follow that order.
"""
import csv
import glob
import io
import os
import re
import sys

import common
import cuad

SIGNALS = """client-reassigns-staff client-directs-work client-sets-hours client-site-and-equipment named-individuals
vendor-controls-staffing per-head-pricing fixed-price-deliverables recurring-unit-fee vendor-fixes-defects
acceptance-criteria change-control sla-targets service-credits ongoing-operations open-ended-term staff-integrated
vendor-supervises-and-equips ip-assigned-to-client vendor-retains-tooling-ip knowledge-transfer
termination-assistance""".split()

HEADER = ["id", "signal", "label", "text", "source", "doc", "origin", "note"]


class Err(Exception):
    pass


def load_decisions():
    files = sorted(glob.glob(os.path.join(common.HERE, "labels", "*.tsv")))
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            for no, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) < 4:
                    raise Err(f"{os.path.basename(fn)}:{no}: expected signal, label, ref, note[, text]")
                yield os.path.basename(fn), no, parts


def load_written():
    """Written sentences from labels/*.written:
        @gNN              starts a group (doc `written:gNN`)
        S: text           a sentence in our own words
        + signal | note   the sentence states the signal (label 1)
        - signal | note   it does not (label 0); the note says why when it looks like it does
    """
    files = sorted(glob.glob(os.path.join(common.HERE, "labels", "*.written")))
    for fn in files:
        group, text = None, None
        with open(fn, encoding="utf-8") as f:
            for no, raw in enumerate(f, 1):
                line = raw.strip()
                where = f"{os.path.basename(fn)}:{no}"
                if not line or line.startswith("#"):
                    continue
                if line.startswith("@"):
                    group, text = line[1:].strip(), None
                    if not re.fullmatch(r"g\d+", group):
                        raise Err(f"{where}: group must look like @g07")
                elif line.startswith("S:"):
                    text = common.norm_ws(line[2:])
                elif line[0] in "+-":
                    if group is None or text is None:
                        raise Err(f"{where}: label before a group and sentence")
                    sig, _, note = line[1:].partition("|")
                    yield where, sig.strip(), "1" if line[0] == "+" else "0", group, text, note.strip()
                else:
                    raise Err(f"{where}: cannot read line")


def main():
    aliases = common.doc_aliases()
    cmap = cuad.mapping()
    filename_of = {p: fn for fn, p in cmap.items() if p}
    span_cache = {}
    rows = []
    try:
        for fn, no, parts in load_decisions():
            where = f"{fn}:{no}"
            signal, label, ref, note = parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip()
            text = parts[4].strip() if len(parts) > 4 else ""
            if signal not in SIGNALS:
                raise Err(f"{where}: unknown signal {signal!r}")
            if label not in ("0", "1"):
                raise Err(f"{where}: label must be 0 or 1")
            if ref.startswith("w:"):
                if not text:
                    raise Err(f"{where}: written row needs text")
                rows.append([signal, label, common.norm_ws(text), "written", "written:" + ref[2:], "written", note])
                continue
            if ref.startswith("c:"):
                _, alias, cat, k = ref.split(":")
                path = aliases[alias]
                key = (path, cat)
                if key not in span_cache:
                    span_cache[key] = [s for a, p, kk, s in cuad.spans(cat) if p == path]
                span = common.norm_ws(span_cache[key][int(k)])
                if text.startswith("UPTO:"):
                    snip = common.norm_ws(text[5:])
                    j = span.find(snip)
                    if j < 0:
                        raise Err(f"{where}: UPTO snippet not in span {ref}: {snip[:60]}")
                    text = span[:j + len(snip)]
                t = common.norm_ws(text) if text else span
                if text and t not in span:
                    raise Err(f"{where}: narrowed text is not part of span {ref}")
                if t not in common.norm_doc(path):
                    raise Err(f"{where}: span text not found in {path}: {t[:80]}")
                rows.append([signal, label, t, f"master_clauses.csv:{filename_of[path]}:{cat}", path, "cuad-span", note])
                continue
            alias, k = ref.split("#")
            path = aliases[alias]
            sents = common.sentences(path)
            idx, line, sent = sents[int(k)]
            if text.startswith("UPTO:"):
                # a verbatim prefix of the sentence, ending with the given snippet (keeps long clauses short)
                snip = common.norm_ws(text[5:])
                k = sent.find(snip)
                if k < 0:
                    raise Err(f"{where}: UPTO snippet not in sentence {ref}: {snip[:60]}")
                text = sent[:k + len(snip)]
            if text:
                t = common.norm_ws(text)
                if t not in common.norm_doc(path):
                    raise Err(f"{where}: text not found in {path}: {t[:80]}")
                line = common.line_of(path, t) or line
            else:
                t = sent
            rows.append([signal, label, t, f"{path}:{line}", path, "corpus", note])
        for where, signal, label, group, text, note in load_written():
            if signal not in SIGNALS:
                raise Err(f"{where}: unknown signal {signal!r}")
            rows.append([signal, label, text, "written", "written:" + group, "written", note])
    except Err as e:
        print("build: " + str(e), file=sys.stderr)
        return 1
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(HEADER)
    for i, r in enumerate(rows, 1):
        w.writerow([f"s{i:04d}"] + r)
    target = os.path.join(common.EVAL, "sentences.csv")
    tmp = target + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())
    os.replace(tmp, target)
    print(f"wrote {len(rows)} rows to eval/sentences.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
