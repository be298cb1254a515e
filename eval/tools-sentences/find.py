#!/usr/bin/env python3
"""Search the segmented sentences of DEV documents only.

usage: find.py REGEX [-d DOCREGEX] [-n MAXLEN] [-x EXCLUDEREGEX]
       find.py --ctx dNN#IDX [RADIUS]
Prints `dNN#IDX Lline len: text`. Never touches blind documents.
"""
import re
import signal
signal.signal(signal.SIGPIPE, signal.SIG_DFL)
import sys
import common


def main(argv):
    aliases = common.doc_aliases()
    if argv and argv[0] == "--ctx":
        ref = argv[1]
        r = int(argv[2]) if len(argv) > 2 else 2
        a, i = ref.split("#")
        i = int(i)
        s = common.sentences(aliases[a])
        print("#", aliases[a])
        for k, line, t in s[max(0, i - r): i + r + 1]:
            mark = ">>" if k == i else "  "
            print(f"{mark}{a}#{k} L{line}: {t}")
        return
    pat = re.compile(argv[0], re.I)
    docpat = None
    exc = None
    maxlen = 400
    args = argv[1:]
    while args:
        if args[0] == "-d":
            docpat = re.compile(args[1], re.I); args = args[2:]
        elif args[0] == "-n":
            maxlen = int(args[1]); args = args[2:]
        elif args[0] == "-x":
            exc = re.compile(args[1], re.I); args = args[2:]
        else:
            raise SystemExit("bad arg " + args[0])
    n = 0
    for a, p in aliases.items():
        if docpat and not docpat.search(p) and not docpat.fullmatch(a):
            continue
        for k, line, t in common.sentences(p):
            if pat.search(t) and not (exc and exc.search(t)):
                n += 1
                print(f"{a}#{k} L{line} {len(t)}: {t[:maxlen]}")
    print("hits:", n, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
