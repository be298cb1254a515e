#!/usr/bin/env python3
"""For task 1 (CUAD re-read): write, per CUAD document, CUAD's spans and the candidate sentences for
ip-assigned-to-client and termination-assistance (broad keyword sets) to OUTDIR/NN.txt. Reading aid only."""
import os, re, subprocess, sys

CORPUS = os.environ.get("CORPUS", "/work/shared/corpus")
HERE = os.path.dirname(os.path.abspath(__file__))
IP_A = r"assign|\bvest|\bowne[dr]|\bown\b|\bowns\b|title|property of|work(s)? (made )?for hire|belong"
IP_B = r"intellectual|work product|deliverable|invention|develop|copyright|patent|result|material|software|data|improvement|know-how|content|work|design|technology|right"
TA_A = r"terminat|expir|end of|cessation"
TA_B = r"transition|assist|continu|return|migrat|wind|orderly|transfer|data|records|cooperat|convert|conversion|successor|replacement|files|deliver"
TA_D = r"\breturn|(upon|after|following|on) (the )?(any )?(termination|expiration)"
TA_C = r"transition|disengage|wind[- ]?down|deconver|migrat|orderly|post-termination|run-?off|successor (vendor|provider|service)|replacement (vendor|provider|service)"


def run(args):
    return subprocess.run([sys.executable] + args, capture_output=True, text=True).stdout


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    d = os.path.join(CORPUS, "cuad/full_contract_txt")
    for k, f in enumerate(sorted(os.listdir(d)), 1):
        rel = "cuad/full_contract_txt/" + f
        s = run([os.path.join(HERE, "cuadspans.py"), f, "700"])
        s += "\n=== IP candidates\n" + run([os.path.join(HERE, "kw.py"), rel, IP_A, "--also", IP_B, "--width", "600"])
        s += "\n=== TA candidates\n" + run([os.path.join(HERE, "kw.py"), rel, TA_A, "--also", TA_B, "--width", "600"])
        s += "\n=== TA words\n" + run([os.path.join(HERE, "kw.py"), rel, TA_C, "--width", "600"])
        s += "\n=== return/upon-termination\n" + run([os.path.join(HERE, "kw.py"), rel, TA_D, "--width", "400"])
        open(os.path.join(out, f"{k:02d}.txt"), "w").write(s)
        print(k, f, len(s))


if __name__ == "__main__":
    main()
