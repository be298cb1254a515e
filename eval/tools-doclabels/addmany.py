#!/usr/bin/env python3
"""Add the 22 signal rows of one document to eval/signal-labels.csv from a small spec file.

spec format (one document per file, '#' comments allowed):
  DOC <corpus path or unique CUAD file-name substring>
  signal | label | line | evidence | note
Signals not listed are written as absent with no evidence (the reader searched and found nothing). Every quote is
checked against its line through add.py; the file is refused as a whole if one row fails.
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import add  # noqa: E402


def main():
    spec = open(sys.argv[1], encoding="utf-8").read().split("\n")
    doc = None
    rows = {}
    for raw in spec:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("DOC "):
            doc = add.resolve(line[4:].strip())
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5:
            sys.exit(f"bad spec line: {raw}")
        sig, lab, ln, ev, note = parts
        if sig not in add.SIGNALS:
            sys.exit(f"bad signal {sig}")
        if lab not in ("present", "absent", "uncertain"):
            sys.exit(f"bad label {lab}")
        if sig in rows:
            sys.exit(f"duplicate {sig}")
        if len(ev) > 200:
            sys.exit(f"{sig}: evidence {len(ev)} chars")
        if lab == "present" and not ev:
            sys.exit(f"{sig}: present needs evidence")
        if ev:
            ok, bad = add.quote_ok(doc, ln, ev)
            if not ok:
                sys.exit(f"{sig}: quote not found on line {ln}: {bad!r}")
        rows[sig] = (lab, ln, ev, note)
    for sig in add.SIGNALS:
        lab, ln, ev, note = rows.get(sig, ("absent", "", "", ""))
        r = subprocess.run([sys.executable, os.path.join(HERE, "add.py"), "label", doc, sig, lab, ln, ev, note],
                           capture_output=True, text=True)
        if r.returncode:
            sys.exit(r.stderr)
    print(f"{doc}: {len(rows)} listed, {22 - len(rows)} absent by default")


if __name__ == "__main__":
    main()
