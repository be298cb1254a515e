#!/usr/bin/env python3
"""Add or replace one labelled row, checking the quote against the document as it goes.

usage:
  add.py relabel DOC SIGNAL LABEL LINE EVIDENCE NOTE   -> eval/cuad-relabels.csv (cuad_label filled from master_clauses.csv)
  add.py label   DOC SIGNAL LABEL LINE EVIDENCE NOTE   -> eval/signal-labels.csv
DOC: corpus-relative path or a unique substring of a CUAD file name. LINE may be empty. EVIDENCE: verbatim quote
(<= 200 chars); ' ... ' marks an elision and ' / ' joins two adjacent lines. A quote that is not found on LINE (or,
for ' / ', LINE and LINE+1) is refused.
"""
import ast, csv, io, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
CORPUS = os.environ.get("CORPUS", "/work/shared/corpus")
SIGNALS = """client-reassigns-staff client-directs-work client-sets-hours client-site-and-equipment named-individuals
vendor-controls-staffing per-head-pricing fixed-price-deliverables recurring-unit-fee vendor-fixes-defects
acceptance-criteria change-control sla-targets service-credits ongoing-operations open-ended-term staff-integrated
vendor-supervises-and-equips ip-assigned-to-client vendor-retains-tooling-ip knowledge-transfer termination-assistance""".split()
CUADCOL = {"ip-assigned-to-client": "Ip Ownership Assignment", "termination-assistance": "Post-Termination Services"}


def norm(s):
    s = s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    s = re.sub(r"[*_]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def resolve(doc):
    if os.path.isfile(os.path.join(CORPUS, doc)):
        return doc
    d = os.path.join(CORPUS, "cuad/full_contract_txt")
    hits = [f for f in os.listdir(d) if doc in f]
    exact = [f for f in hits if f == doc or f[:-4] == doc]
    if exact:
        hits = exact
    if len(hits) != 1:
        sys.exit(f"{doc}: {len(hits)} matches {hits[:4]}")
    return "cuad/full_contract_txt/" + hits[0]


def quote_ok(path, line, ev):
    lines = open(os.path.join(CORPUS, path), encoding="utf-8").read().split("\n")
    if line:
        n = int(line)
        text = " ".join(lines[n - 1:n + 1]) if " / " in ev else lines[n - 1]
    else:
        text = " ".join(lines)
    t = norm(text)
    parts = [p for chunk in ev.split(" / ") for p in chunk.split(" ... ")]
    pos = 0
    for p in parts:
        q = norm(p)
        if q not in t:
            return False, p
    return True, None


def cuad_label(path, signal):
    f = os.path.basename(path)[:-4]
    for r in csv.DictReader(open(os.path.join(CORPUS, "cuad/master_clauses.csv"), encoding="utf-8")):
        if r["Filename"][:-4] == f:
            return "present" if ast.literal_eval(r[CUADCOL[signal]]) else "absent"
    sys.exit(f"{path}: not in master_clauses.csv")


def main():
    kind, doc, signal, label, line, ev, note = sys.argv[1:8]
    path = resolve(doc)
    if signal not in SIGNALS:
        sys.exit(f"bad signal {signal}")
    if label not in ("present", "absent", "uncertain"):
        sys.exit(f"bad label {label}")
    if len(ev) > 200:
        sys.exit(f"evidence is {len(ev)} chars (> 200)")
    if label == "present" and not ev:
        sys.exit("present needs evidence")
    if ev:
        ok, bad = quote_ok(path, line, ev)
        if not ok:
            sys.exit(f"quote not found on line {line}: {bad!r}")
    if kind == "relabel":
        fn = os.path.join(EVAL, "cuad-relabels.csv")
        header = ["path", "signal", "cuad_label", "label", "evidence", "line", "note"]
        row = [path, signal, cuad_label(path, signal), label, ev, line, note]
    elif kind == "label":
        fn = os.path.join(EVAL, "signal-labels.csv")
        header = ["path", "signal", "label", "evidence", "line", "note"]
        row = [path, signal, label, ev, line, note]
    else:
        sys.exit("kind is relabel or label")
    rows = []
    if os.path.exists(fn):
        rows = list(csv.reader(open(fn, encoding="utf-8", newline="")))
        assert rows[0] == header, rows[0]
        rows = rows[1:]
    replaced = False
    for i, r in enumerate(rows):
        if r[0] == path and r[1] == signal:
            rows[i] = row
            replaced = True
    if not replaced:
        rows.append(row)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    open(fn, "w", encoding="utf-8", newline="").write(buf.getvalue())
    print(("replaced " if replaced else "added ") + ",".join(row[:4]))


if __name__ == "__main__":
    main()
