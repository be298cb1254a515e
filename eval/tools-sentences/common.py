"""Shared helpers for building eval/sentences.csv (dev documents only).

Every path helper here reads eval/splits.csv and refuses anything whose split is not `dev`;
nothing in this folder opens a blind document or /work/shared/heldout.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
REPO = os.path.dirname(EVAL)


def corpus_root():
    """The shared corpus, found by walking up from the worktree (like the tests do)."""
    env = os.environ.get("SOURCEWISE_CORPUS")
    if env:
        return env
    d = REPO
    while True:
        cand = os.path.join(d, "shared", "corpus")
        if os.path.isdir(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            raise SystemExit("cannot find shared/corpus above " + REPO)
        d = parent


def splits():
    with open(os.path.join(EVAL, "splits.csv"), newline="", encoding="utf-8") as f:
        return {r["path"]: r["split"] for r in csv.DictReader(f)}


TEXT_EXT = (".md", ".txt")


def dev_text_docs():
    """Sorted list of dev documents that are plain text (md/txt); binaries are left out."""
    return sorted(p for p, s in splits().items() if s == "dev" and p.endswith(TEXT_EXT))


def doc_aliases():
    """Stable short aliases d01.. for the dev text documents (sorted by path)."""
    return {f"d{i:02d}": p for i, p in enumerate(dev_text_docs(), 1)}


def read_dev(path):
    sp = splits()
    if sp.get(path) != "dev":
        raise SystemExit(f"refusing to read {path}: split is {sp.get(path)!r}, not dev")
    with open(os.path.join(corpus_root(), path), encoding="utf-8", errors="replace") as f:
        return f.read()


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- segmentation (frozen: labels refer to indices)
MARKER = re.compile(r"^\s*(#|[-*+] |\||>|\\|\d+(\.\d+)*[.)]\s|\(?[a-zA-Z]{1,4}\)\s|[a-z]\.\s|[A-Z]\.\s|[ivx]+\.\s|Section\s+\d|ARTICLE|Article\s+\d)")
ABBREV = set("""e.g i.e etc inc co corp ltd llc l.l.c no nos sec secs mr mrs ms dr st u.s u.s.a vs v art para approx
jan feb mar apr jun jul aug sep sept oct nov dec fig p pp cf n.a s.a b.v n.v plc et al seq ex exh cal del
""".split())
BOUNDARY = re.compile(r"(?<=[.?!;:])([\"'”’)\]]*)\s+(?=[\"“(\[]?[A-Z0-9])")


def paragraphs(path, text):
    """Yield (line_starts, paragraph_text): line_starts is a list of (offset_in_paragraph, line_no).
    Line-per-paragraph for DOCX extractions and Common Form files, runs of non-blank lines (split at list
    markers) otherwise. Paragraph text is whitespace-normalised."""
    lines = text.split("\n")
    per_line = path.endswith(".extracted.md") or path.endswith(".cform.txt")
    cur = []

    def flush():
        parts, starts, off = [], [], 0
        for no, ln in cur:
            n = norm_ws(ln)
            starts.append((off, no))
            parts.append(n)
            off += len(n) + 1
        return starts, " ".join(parts)

    for i, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if not line.strip():
            if cur:
                yield flush()
            cur = []
            continue
        if cur and (per_line or MARKER.match(line)):
            yield flush()
            cur = []
        cur.append((i, line))
    if cur:
        yield flush()


def split_sentences(par):
    """Split a normalised paragraph at . ? ! (and ; : only when the piece would exceed 600 chars) before a
    capital/digit. Returns (offset, text) pairs."""
    out, last = [], 0
    for m in BOUNDARY.finditer(par):
        end = m.start() + len(m.group(1))
        piece = par[last:end]
        punct = par[m.start() - 1]
        if punct == ".":
            tok = re.findall(r"[\w.]+$", par[:m.start() - 1])
            t = tok[0].lower() if tok else ""
            if t in ABBREV or len(t) == 1 or (re.fullmatch(r"[\d.]+", t or "x") and len(t) < 4):
                continue
        if punct in ";:" and len(piece) < 600:
            continue
        if piece.strip():
            out.append((last, piece.strip()))
        last = m.end()
    tail = par[last:].strip()
    if tail:
        out.append((last, tail))
    return out


_CACHE = {}


def sentences(path):
    """List of (index, line, text) for a dev document; index counts from 0 over the whole document; line is
    the file line where the sentence starts."""
    if path in _CACHE:
        return _CACHE[path]
    text = read_dev(path)
    res = []
    for starts, par in paragraphs(path, text):
        for off, s in split_sentences(par):
            line = starts[0][1]
            for o, no in starts:
                if o <= off:
                    line = no
            res.append((len(res), line, s))
    _CACHE[path] = res
    return res


def line_of(path, quote):
    """1-based line where a (whitespace-normalised) quote starts in the document, or None."""
    text = read_dev(path)
    q = norm_ws(quote)
    # map normalised offsets back to lines
    chars, lines_at = [], []
    line = 1
    prev_space = True
    for ch in text:
        if ch.isspace():
            if not prev_space:
                chars.append(" ")
                lines_at.append(line)
            prev_space = True
            if ch == "\n":
                line += 1
            continue
        chars.append(ch)
        lines_at.append(line)
        prev_space = False
    flat = "".join(chars)
    k = flat.find(q)
    return None if k < 0 else lines_at[k]


def norm_doc(path):
    return norm_ws(read_dev(path))
