#!/usr/bin/env python3
"""Regenerates the rule tables of rules/README.md and rules/RELEASES.md from the rule docs.

Each rules/MLxxxx.md starts with '# MLxxxx: Title' and a table with Principle and Severity rows;
that is the single source for the catalogue. Run after adding or retitling a rule:
    python3 rules/tools/build_catalogue.py
The Rules tests check that the catalogue lists every registered rule.
"""
import pathlib
import re

RULES = pathlib.Path(__file__).resolve().parent.parent
PRINCIPLES = {
    1: "Ask before you start",
    2: "Propose, don't just obey",
    3: "Never speak badly of clients in public",
    4: "Predictable status, no silent rework",
    5: "Recommend instead of asking the client to decide",
    6: "State your working rules up front",
    7: "Raise problems directly and delicately",
}
BEGIN, END = "<!-- catalogue:begin -->", "<!-- catalogue:end -->"


def read_docs():
    docs = []
    for path in sorted(RULES.glob("ML[1-9][0-9][0-9][0-9].md")):
        text = path.read_text(encoding="utf-8")
        heading = re.match(r"# (ML\d{4}): (.+)", text)
        table = dict(re.findall(r"^\| *([^|]+?) *\| *([^|]*?) *\|$", text, re.M))
        principle = int(table["Principle"].split()[0])
        docs.append((heading.group(1), heading.group(2).strip(), principle, table["Severity"], measured(text)))
    return docs


def measured(text):
    """Precision on the team test split and on real-val, from the doc's Measured section."""
    def precision(corpus):
        row = re.search(r"^\| " + re.escape(corpus) + r" \| \d+ \| (\d+) \| ([^|]+?) \|", text, re.M)
        return f"{row.group(2)} ({row.group(1)})" if row else "–"
    return precision("team corpus, held-out test split"), precision("real-val: public snippets, measured only")


def replace_block(path, block):
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    path.write_text(text[:start] + "\n" + block + text[end:], encoding="utf-8")


def main():
    docs = read_docs()
    lines = []
    for number, title in PRINCIPLES.items():
        rows = [d for d in docs if d[2] == number]
        if not rows:
            continue
        lines += [f"## {number} — {title}", "", "| Rule | Title | Severity | Precision, test split (flagged) | Precision, real-val (flagged) |", "|---|---|---|---|---|"]
        lines += [f"| [{rid}]({rid}.md) | {t} | {sev} | {m[0]} | {m[1]} |" for rid, t, _, sev, m in rows]
        lines.append("")
    replace_block(RULES / "README.md", "\n".join(lines))
    release = ["| ID | Title | Principle | Default severity |", "|---|---|---|---|"]
    release += [f"| {rid} | {t} | {p} | {sev} |" for rid, t, p, sev, _ in docs]
    replace_block(RULES / "RELEASES.md", "\n".join(release) + "\n")


if __name__ == "__main__":
    main()
