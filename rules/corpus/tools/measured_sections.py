#!/usr/bin/env python3
"""Writes the "## Measured" section of every rule doc: how often the rule is right on each labelled corpus.

Run after a change to a rule, a lexicon or the model (build first: dotnet build -c Release src/MessageLint.Cli):
    python3 rules/corpus/tools/measured_sections.py
It runs `messagelint evaluate` twice (the held-out test split of the team corpus, then every corpus) with
the sentence model on, as the CLI runs by default. RuleDocMetaTests re-measures the test split and checks
that the docs still say what the rules do.
"""
import json
import pathlib
import subprocess

from rule_docs import write_section

ROOT = pathlib.Path(__file__).resolve().parents[3]
CLI = ROOT / "src/MessageLint.Cli/bin/Release/net10.0/messagelint.dll"


def evaluate(*arguments):
    output = subprocess.run(["dotnet", str(CLI), "evaluate", "--format", "json", *arguments],
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def fmt(value):
    return "–" if value is None else f"{value:.3f}"


def row(name, report, rule_id):
    # From the counts, not the JSON's rounded ratios, so the three decimals are the exact ratio's.
    rule = next(r for r in report["rules"] if r["ruleId"] == rule_id)
    tp, fp, fn = rule["truePositives"], rule["falsePositives"], rule["falseNegatives"]
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return (f"| {name} | {report['items']} | {tp + fp} | {fmt(precision)} | {fmt(recall)} "
            f"| {rule['hardNegativeFalsePositives']} |")


test = evaluate("--split", "test")[0]
corpora = {pathlib.PurePosixPath(r["dataset"]).name: r for r in evaluate()}
names = [
    ("team corpus, held-out test split", test),
    ("team corpus, all splits", corpora["team"]),
    ("real-train: public snippets (the model trained on them)", corpora["real-train.jsonl"]),
    ("real-val: public snippets, measured only", corpora["real-val.jsonl"]),
]

for doc in sorted((ROOT / "rules").glob("ML[1-9][0-9][0-9][0-9].md")):
    rule_id = doc.stem
    labels = next(r["labels"] for r in test["rules"] if r["ruleId"] == rule_id)
    rows = "\n".join(row(name, report, rule_id) for name, report in names)
    section = f"""## Measured

How often this rule is right, from `messagelint evaluate` with the sentence model on (the default), on
drafts labelled by hand ([rules/corpus](corpus/README.md)). A draft counts as right when it carries
{", ".join(f"`{label}`" for label in labels)}; precision is the share of flagged drafts that are right,
recall the share of such drafts that were flagged; hard negatives are drafts written to look like the
problem without being it.

| corpus | drafts | flagged | precision | recall | flagged hard negatives |
|---|---:|---:|---:|---:|---:|
{rows}

"""
    write_section(doc, "Measured", section)
    print(f"{doc.relative_to(ROOT)}: {', '.join(labels)}")
