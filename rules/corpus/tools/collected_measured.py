#!/usr/bin/env python3
"""Measure the collected real snippets (rules/corpus/collected/read.jsonl, holdout.jsonl and the clean-only
clean-read.jsonl and clean-holdout.jsonl) and write measured.json: per
file and principle, how many labelled snippets draw a finding of that principle's rules (found), how many of that
principle's labelled snippets draw none (missed), and how many findings land on a snippet without the principle's label
(falseAlarms). Run from the repository root after a build:
    python3 rules/corpus/tools/collected_measured.py [path/to/messagelint.dll]
It prints only figures, never texts: nobody reads holdout.jsonl or clean-holdout.jsonl."""
import json
import os
import subprocess
import sys

cli = sys.argv[1] if len(sys.argv) > 1 else 'src/MessageLint.Cli/bin/Release/net10.0/messagelint.dll'
files = ['rules/corpus/collected/read.jsonl', 'rules/corpus/collected/holdout.jsonl',
         'rules/corpus/collected/clean-read.jsonl', 'rules/corpus/collected/clean-holdout.jsonl']
out = subprocess.run(['dotnet', cli, 'evaluate', *files, '--format', 'json'], capture_output=True, text=True, check=True)
measured = {}
for dataset in json.loads(out.stdout):
    name = os.path.splitext(os.path.basename(dataset['dataset']))[0]
    measured[name] = {str(p['principle']): {'found': p['truePositives'], 'missed': p['falseNegatives'], 'falseAlarms': p['falsePositives']}
                      for p in dataset['principles']}
with open('rules/corpus/collected/measured.json', 'w', encoding='utf-8') as f:
    json.dump({'source': 'python3 rules/corpus/tools/collected_measured.py (messagelint evaluate rules/corpus/collected/*.jsonl, model on)',
               'measured': measured}, f, indent=2)
    f.write('\n')
print('| file | ' + ' | '.join(f'P{p} found / labelled · false alarms' for p in range(1, 8)) + ' |')
print('|---|' + '---:|' * 7)
for name, per in measured.items():
    cells = [f"{v['found']} / {v['found'] + v['missed']} · {v['falseAlarms']}" for v in (per[str(p)] for p in range(1, 8))]
    print(f'| {name} | ' + ' | '.join(cells) + ' |')
