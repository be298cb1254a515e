#!/usr/bin/env python3
"""Mechanical checks of the document-level label files (run from anywhere):

- every CSV parses, with the expected header;
- signals are the 22 ids of signals.md, labels are present/absent/uncertain;
- every path exists in the corpus (and, for cuad-relabels.csv / model-label-notes.csv, in manifest.csv);
- every present row has evidence, evidence is at most 200 characters, and each quoted part (split on ' ... ' and
  ' / ') occurs in the document after whitespace normalisation - starting on the given line (the quote may run on
  over the next lines of wrapped text) when the line is a number, anywhere in the text otherwise (DOCX/PDF rows);
- no duplicate (path, signal) rows in signal-labels.csv or cuad-relabels.csv;
- cuad_label in cuad-relabels.csv agrees with master_clauses.csv;
- every CUAD document has both signals in cuad-relabels.csv, and every CUAD document labelled in signal-labels.csv
  has all 22 signals;
- the two CUAD-backed signals carry the same label in both files for a document labelled in both.
Exit code 1 with one line per problem.
"""
import csv, html, os, re, subprocess, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import add  # noqa: E402

CORPUS = add.CORPUS
problems = []


def doc_text_lines(path):
    full = os.path.join(CORPUS, path)
    if path.endswith(".docx"):
        with zipfile.ZipFile(full) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        return [html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<w:(tab|br)/>", " ", p))) for p in paras]
    if path.endswith(".pdf"):
        out = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True).stdout
        return out.split("\n")
    lines = open(full, encoding="utf-8").read().split("\n")
    if path.endswith(".md"):  # Markdown block-quote markers are layout, not text
        lines = [re.sub(r"^\s*(>\s?)+", "", x) for x in lines]
    return lines


def quote_found(path, line, ev):
    lines = doc_text_lines(path)
    m = re.fullmatch(r"\d+", line or "")
    if m:
        n = int(line)
        # the quote starts on that line and may run on over wrapped lines
        text = " ".join(lines[n - 1:n + 12]) if 0 < n <= len(lines) else ""
    else:
        text = " ".join(lines)
    t = add.norm(text)
    return [p for chunk in ev.split(" / ") for p in chunk.split(" ... ") if add.norm(p) not in t]


def read(fn, header):
    path = os.path.join(EVAL, fn)
    if not os.path.exists(path):
        problems.append(f"{fn}: missing")
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != header:
        problems.append(f"{fn}:1: header {rows[0] if rows else None} != {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            problems.append(f"{fn}:{i}: {len(r)} fields, expected {len(header)}")
            continue
        out.append((i, dict(zip(header, r))))
    return out


def check_rows(fn, rows):
    seen = {}
    for i, r in rows:
        p, s, lab = r["path"], r["signal"], r["label"]
        if not os.path.isfile(os.path.join(CORPUS, p)):
            problems.append(f"{fn}:{i}: no such document {p}")
            continue
        if s not in add.SIGNALS:
            problems.append(f"{fn}:{i}: bad signal {s}")
        if lab not in ("present", "absent", "uncertain"):
            problems.append(f"{fn}:{i}: bad label {lab}")
        if (p, s) in seen:
            problems.append(f"{fn}:{i}: duplicate ({p}, {s}), first at line {seen[(p, s)]}")
        seen[(p, s)] = i
        ev = r["evidence"]
        if len(ev) > 200:
            problems.append(f"{fn}:{i}: evidence {len(ev)} chars")
        if lab == "present" and not ev:
            problems.append(f"{fn}:{i}: present without evidence")
        if ev:
            missing = quote_found(p, r["line"], ev)
            if missing:
                problems.append(f"{fn}:{i}: quote not found ({p} line {r['line']}): {missing[0][:80]!r}")
    return seen


def main():
    sig = read("signal-labels.csv", ["path", "signal", "label", "evidence", "line", "note"])
    seen = check_rows("signal-labels.csv", sig)
    docs = {}
    for (p, s) in seen:
        docs.setdefault(p, set()).add(s)
    for p, ss in sorted(docs.items()):
        if p.startswith("cuad/") and len(ss) != 22:
            problems.append(f"signal-labels.csv: {p} has {len(ss)} of 22 signals")

    rel = read("cuad-relabels.csv", ["path", "signal", "cuad_label", "label", "evidence", "line", "note"])
    seen_rel = check_rows("cuad-relabels.csv", rel)
    for i, r in rel:
        if r["signal"] not in add.CUADCOL:
            problems.append(f"cuad-relabels.csv:{i}: signal {r['signal']} is not one of the two CUAD-backed signals")
            continue
        want = add.cuad_label(r["path"], r["signal"])
        if r["cuad_label"] != want:
            problems.append(f"cuad-relabels.csv:{i}: cuad_label {r['cuad_label']} but master_clauses.csv implies {want}")
    sig_label = {(r["path"], r["signal"]): (i, r["label"]) for i, r in sig}
    for i, r in rel:
        k = (r["path"], r["signal"])
        if k in sig_label and sig_label[k][1] != r["label"]:
            problems.append(f"cuad-relabels.csv:{i}: label {r['label']} but signal-labels.csv:{sig_label[k][0]} "
                            f"says {sig_label[k][1]} for the same document and signal")
    cuad_dir = os.path.join(CORPUS, "cuad/full_contract_txt")
    for f in sorted(os.listdir(cuad_dir)):
        for s in add.CUADCOL:
            if ("cuad/full_contract_txt/" + f, s) not in seen_rel:
                problems.append(f"cuad-relabels.csv: missing ({f}, {s})")

    manifest = {r["path"] for r in csv.DictReader(open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8"))}
    notes_fn = os.path.join(EVAL, "model-label-notes.csv")
    if os.path.exists(notes_fn):
        notes = read("model-label-notes.csv", ["path", "manifest_expected", "your_reading", "acceptable", "note"])
        models = {"staff-augmentation", "project-outsourcing", "managed-services", "undetermined", "not-an-engagement"}
        for i, r in notes:
            if r["path"] not in manifest:
                problems.append(f"model-label-notes.csv:{i}: {r['path']} not in manifest.csv")
            for m in r["your_reading"].split(";") + [a for a in r["acceptable"].split(";") if a]:
                if m not in models:
                    problems.append(f"model-label-notes.csv:{i}: unknown model {m}")

    for p in problems:
        print(p)
    n_sig = len(sig)
    print(f"signal-labels.csv: {n_sig} rows, {len(docs)} documents; cuad-relabels.csv: {len(rel)} rows; "
          f"{len(problems)} problem(s)", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
