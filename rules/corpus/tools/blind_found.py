#!/usr/bin/env python3
"""Measure every blind set (rules/corpus/blind/*.jsonl) and write found.json: per set and principle, how many drafts draw a
finding of that principle's rules. Run from the repository root after a build:
    python3 rules/corpus/tools/blind_found.py [path/to/messagelint.dll]
It prints the table that rules/corpus/blind/README.md shows, too."""
import glob
import json
import os
import subprocess
import sys

cli = sys.argv[1] if len(sys.argv) > 1 else 'src/MessageLint.Cli/bin/Release/net10.0/messagelint.dll'
sets = sorted(glob.glob('rules/corpus/blind/*.jsonl'))
out = subprocess.run(['dotnet', cli, 'evaluate', *sets, '--format', 'json'], capture_output=True, text=True, check=True)
found = {}
for dataset in json.loads(out.stdout):
    name = os.path.splitext(os.path.basename(dataset['dataset']))[0]
    found[name] = {str(p['principle']): p['truePositives'] for p in dataset['principles']}
with open('rules/corpus/blind/found.json', 'w', encoding='utf-8') as f:
    json.dump({'source': 'python3 rules/corpus/tools/blind_found.py (messagelint evaluate rules/corpus/blind/*.jsonl, model on)',
               'found': found}, f, indent=2)
    f.write('\n')
print('| set | ' + ' | '.join(f'P{p}' for p in range(1, 8)) + ' | found of 140 |')
print('|---|' + '---:|' * 8)
for name, per in found.items():
    print(f'| {name} | ' + ' | '.join(str(per[str(p)]) for p in range(1, 8)) + f' | {sum(per.values())} |')
