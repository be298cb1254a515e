#!/usr/bin/env python3
"""Freezes the development/blind split of ../shared/corpus (run once; the output is committed and never regenerated).

Documents are grouped into families first, so that twins (a DOCX and its extracted Markdown, the Bonterms PSA as
Markdown, DOCX and PDF, CUAD's duplicate exhibits, the three documents of one government order) land in the same
split. Families are stratified by the manifest's expected model and ordered by SHA-256 of the family key; every
third family of each stratum goes to the blind split. Nothing about the product's output is used."""
import csv, hashlib, re, sys, collections, pathlib

corpus = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
rows = list(csv.DictReader(open(corpus / "manifest.csv", newline="")))

def family(path: str) -> str:
    name = path.split("/")[-1]
    if path.startswith("gov/"):
        return "gov/" + re.sub(r"-(PWS|QASP|RFQ)\.md$", "", name)
    if "bonterms" in name and ("psa" in name or "professional-services" in name):
        return "templates/bonterms-psa"
    if path.startswith("templates/docx/"):
        return "templates/docx/" + re.sub(r"\.(docx|extracted\.md|pdf)$", "", name)
    if path.startswith("cuad/"):
        return "cuad/" + re.sub(r"(\(\d\))?\.txt$", "", name)
    return path

strata = collections.defaultdict(lambda: collections.defaultdict(list))
for r in rows:
    strata[r["expected_model"]][family(r["path"])].append(r["path"])

split = {}
for model, families in sorted(strata.items()):
    keys = sorted(families, key=lambda k: hashlib.sha256(k.encode()).hexdigest())
    for i, key in enumerate(keys):
        for path in families[key]:
            split[path] = "blind" if i % 3 == 1 else "dev"

# A family whose members carry different expected models (none today) would be split apart: keep it together.
fam_split = {}
for path in sorted(split):
    f = family(path)
    fam_split.setdefault(f, split[path])
    split[path] = fam_split[f]

with open("splits.csv", "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["path", "family", "split"])
    for r in rows:
        w.writerow([r["path"], family(r["path"]), split[r["path"]]])
print(collections.Counter(split.values()), file=sys.stderr)
print(collections.Counter((r["expected_model"], split[r["path"]]) for r in rows), file=sys.stderr)
