#!/usr/bin/env python3
"""Writes the "## Model" section of every rule doc from rules/models/sentence-classifier.thresholds.json.

Run after `messagelint train`: the thresholds are chosen on the dev split by training, and each rule
doc states the ones its rule uses. A rule's labels are read from its descriptor's corpusLabels in
src/MessageLint.Rules. RuleDocMetaTests checks that the docs and the thresholds file agree.
"""
from decimal import ROUND_HALF_UP, Decimal
import json
import pathlib
import re

from rule_docs import write_section

ROOT = pathlib.Path(__file__).resolve().parents[3]
thresholds = json.loads((ROOT / "rules/models/sentence-classifier.thresholds.json").read_text(encoding="utf-8"))
by_label = {entry["label"]: entry for entry in thresholds["labels"]}
bar = thresholds["minimumPrecisionToFlagAlone"]


def fmt(value):
    return "–" if value is None else f"{value:.2f}"


def fmt3(value):
    # As .NET's ToString("0.000"), which RuleDocMetaTests compares with: the shortest decimal that
    # round-trips, rounded half away from zero (0.1475 -> 0.148, where Python's :.3f gives 0.147).
    return str(Decimal(repr(value)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP))


for source in sorted((ROOT / "src/MessageLint.Rules").rglob("ML*.cs")):
    code = source.read_text(encoding="utf-8")
    rule = re.search(r'"(ML\d{4})"', code)
    labels = re.search(r"corpusLabels:\s*\[([^\]]*)\]", code)
    if not rule or not labels:
        continue
    known = [l for l in re.findall(r'"([^"]+)"', labels.group(1)) if l in by_label]
    doc = ROOT / "rules" / f"{rule.group(1)}.md"
    if not known or not doc.exists():
        continue
    # A rule lets the model flag alone only if its code has the model-only path at all.
    model_only = "ReportModelOnly" in code

    def alone(label):
        if not by_label[label]["flagsAlone"]:
            return "no: it only raises or lowers confidence"
        return "yes" if model_only else "no: the label qualifies, but this rule reports only what its word lists and patterns find"

    alone_sentence = (
        "When no word list or pattern\nfired, the model flags the sentence by itself only if the label's precision "
        f"on the held-out test split\nis at least {bar:.2f} and, on real-train scored out of fold, it fired at least 5 "
        "times and was at least\n0.85 precise."
        if model_only else
        "This rule never lets the model\nflag a sentence by itself: every finding comes from its word lists and patterns."
    )
    rows = "\n".join(
        f"| `{l}` | {fmt3(by_label[l]['threshold'])} | {fmt(by_label[l]['devPrecision'])} / {fmt(by_label[l]['devRecall'])} "
        f"| {fmt(by_label[l]['testPrecision'])} / {fmt(by_label[l]['testRecall'])} "
        f"| {fmt(by_label[l].get('realPrecision'))} / {by_label[l].get('realFlags', '–')} "
        f"| {alone(l)} |"
        for l in known)
    section = f"""## Model

The sentence model's probability for the labels below — each sentence read in its paragraph, half its own
score and half the paragraph's — is evidence for this rule (`--no-ml` turns it off).
At or above the threshold — chosen on the dev split of `rules/corpus`, and for complaint-about-client,
asks-client-to-decide and vague-status raised until out-of-fold real-train is 0.85 precise — it raises a
finding's confidence; below it, it lowers it, to half at probability 0. {alone_sentence}
JSON and SARIF list the model's score as evidence of kind `model`.

| label | threshold | dev precision / recall | held-out precision / recall | real-train (out of fold) precision / firings | flags alone |
|---|---|---|---|---|---|
{rows}

"""
    write_section(doc, "Model", section)
    print(f"{doc.relative_to(ROOT)}: {', '.join(known)}")
