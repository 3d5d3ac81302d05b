#!/usr/bin/env python3
"""Validate the MessageLint team corpus (rules/corpus/team/*.jsonl).

Checks: JSON validity, UTF-8/LF, field order, allowed values, unique ids, text length,
exact duplicates and near-duplicates (character 5-gram Jaccard >= 0.8 on normalised text)
across different groups, optional overlap with a reference set (--ref), and prints the
counts per label and language plus the hard-negative share.

Usage: python3 check_corpus.py [corpus_dir] [--ref other.jsonl ...] [--min-label N] [--min-major N]
Exit code 1 if any error is found.
"""
import sys, os, json, glob, re, unicodedata, collections, argparse

LABELS = ['complaint-about-client', 'accepts-without-questions', 'middleman', 'blind-compliance',
          'vague-status', 'silent-rework', 'asks-client-to-decide', 'options-without-recommendation',
          'weekend-reproach', 'kickoff-missing-rules', 'blunt-or-blaming', 'unsolicited-critique',
          'buried-problem']
MAJOR = {'complaint-about-client', 'vague-status', 'asks-client-to-decide', 'blunt-or-blaming'}
FIELDS = ['id', 'lang', 'text', 'labels', 'style', 'profile', 'hard_negative', 'group', 'note']
OPTIONAL = {'profile', 'note'}  # profile: the profile the message is meant for (kick-off messages)
LANGS = {'ru', 'en', 'mixed'}
STYLES = {'chat', 'email', 'public-post'}
MAXLEN = 400
THRESH = 0.8
K = 5


def norm(t):
    t = unicodedata.normalize('NFKC', t).lower().replace('ё', 'е')
    t = re.sub(r'[^\w\s]', ' ', t)
    return re.sub(r'\s+', ' ', t).strip()


def shingles(t):
    t = ' ' + t + ' '
    if len(t) < K:
        return {t}
    return {t[i:i + K] for i in range(len(t) - K + 1)}


def near_pairs(sets, thresh):
    """All pairs (i, j) with Jaccard >= thresh, using prefix filtering (exact)."""
    freq = collections.Counter(s for S in sets for s in S)
    order = [sorted(S, key=lambda x: (freq[x], x)) for S in sets]
    index = collections.defaultdict(list)
    cand = set()
    for i, toks in enumerate(order):
        n = len(toks)
        p = n - int(thresh * n + 1e-9) + 1  # prefix length
        for tok in toks[:max(p, 1)]:
            for j in index[tok]:
                cand.add((j, i))
            index[tok].append(i)
    out = []
    for j, i in cand:
        a, b = sets[j], sets[i]
        inter = len(a & b)
        jac = inter / (len(a) + len(b) - inter)
        if jac >= thresh:
            out.append((j, i, jac))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dir', nargs='?', default=os.path.join(os.path.dirname(__file__), '..', 'team'))
    ap.add_argument('--ref', nargs='*', default=[], help='reference JSONL files that must not overlap')
    ap.add_argument('--min-label', type=int, default=120)
    ap.add_argument('--min-major', type=int, default=200)
    ap.add_argument('--min-hn', type=float, default=0.45)
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args()
    errors, warns = [], []
    items = []
    ids = set()
    for f in sorted(glob.glob(os.path.join(a.dir, '*.jsonl'))):
        raw = open(f, 'rb').read()
        if b'\r' in raw:
            errors.append(f'{f}: contains CR (must be LF only)')
        try:
            txt = raw.decode('utf-8')
        except UnicodeDecodeError as e:
            errors.append(f'{f}: not UTF-8: {e}')
            continue
        for n, line in enumerate(txt.split('\n'), 1):
            if not line.strip():
                continue
            where = f'{os.path.basename(f)}:{n}'
            try:
                d = json.loads(line)
            except Exception as e:
                errors.append(f'{where}: bad JSON: {e}')
                continue
            keys = list(d.keys())
            exp = [k for k in FIELDS if k in d]
            if keys != exp or any(k not in d for k in FIELDS if k not in OPTIONAL):
                errors.append(f'{where}: field order/keys {keys}')
            if d.get('id') in ids:
                errors.append(f'{where}: duplicate id {d.get("id")}')
            ids.add(d.get('id'))
            if d.get('lang') not in LANGS:
                errors.append(f'{where}: bad lang')
            if d.get('style') not in STYLES:
                errors.append(f'{where}: bad style')
            labs = d.get('labels', [])
            if not isinstance(labs, list) or any(l not in LABELS for l in labs) or len(set(labs)) != len(labs):
                errors.append(f'{where}: bad labels {labs}')
            if not isinstance(d.get('hard_negative'), bool):
                errors.append(f'{where}: hard_negative must be bool')
            elif d['hard_negative'] and labs:
                errors.append(f'{where}: hard negative with labels')
            t = d.get('text', '')
            if not isinstance(t, str) or not t.strip():
                errors.append(f'{where}: empty text')
            elif len(t) > MAXLEN:
                errors.append(f'{where}: text longer than {MAXLEN} ({len(t)})')
            if t != t.strip():
                warns.append(f'{where}: leading/trailing whitespace')
            if 'kickoff-missing-rules' in labs and d.get('style') == 'public-post':
                errors.append(f'{where}: kickoff-missing-rules must be chat or email')
            cyr = bool(re.search('[а-яёА-ЯЁ]', t or ''))
            lat = len(re.findall('[A-Za-z]', t or ''))
            if d.get('lang') == 'en' and cyr:
                errors.append(f'{where}: lang=en but text has Cyrillic')
            if d.get('lang') == 'ru' and not cyr:
                errors.append(f'{where}: lang=ru but text has no Cyrillic')
            if d.get('lang') == 'mixed' and not (cyr and lat >= 2):
                errors.append(f'{where}: lang=mixed but text is not mixed RU/EN')
            if not d.get('group'):
                errors.append(f'{where}: empty group')
            d['_where'] = where
            items.append(d)

    # exact + near duplicates across groups
    normed = [norm(d['text']) for d in items]
    seen = {}
    for i, t in enumerate(normed):
        if t in seen:
            j = seen[t]
            errors.append(f'exact duplicate: {items[j]["_where"]} == {items[i]["_where"]}')
        else:
            seen[t] = i
    sets = [shingles(t) for t in normed]
    for j, i, jac in near_pairs(sets, THRESH):
        if items[i]['group'] != items[j]['group'] and normed[i] != normed[j]:
            errors.append(f'near duplicate ({jac:.2f}) across groups: {items[j]["_where"]} [{items[j]["id"]}] ~ '
                          f'{items[i]["_where"]} [{items[i]["id"]}]: {items[j]["text"][:60]!r} ~ {items[i]["text"][:60]!r}')
    # label consistency inside a group: same text idea should not flip labels silently (warn only)
    for rf in a.ref:
        ref = [json.loads(l) for l in open(rf, encoding='utf-8') if l.strip()]
        rs = [shingles(norm(r['text'])) for r in ref]
        allsets = sets + rs
        for j, i, jac in near_pairs(allsets, 0.6):
            lo, hi = min(i, j), max(i, j)
            if lo < len(sets) <= hi:
                errors.append(f'overlap with reference ({jac:.2f}): {items[lo]["_where"]} ~ {os.path.basename(rf)}:{ref[hi-len(sets)].get("id")}')

    # counts
    langs = ['ru', 'en', 'mixed']
    cnt = {l: collections.Counter() for l in langs}
    tot = collections.Counter()
    hn = collections.Counter()
    clean = collections.Counter()
    styles = collections.Counter()
    groups = collections.defaultdict(set)
    for d in items:
        L = d['lang']
        tot[L] += 1
        styles[(L, d['style'])] += 1
        groups[L].add(d['group'])
        for l in d['labels']:
            cnt[L][l] += 1
        if d['hard_negative']:
            hn[L] += 1
        elif not d['labels']:
            clean[L] += 1
    N = sum(tot.values())
    print(f'| label | ru | en | mixed | total |')
    print(f'|---|---:|---:|---:|---:|')
    for l in LABELS:
        r = [cnt[x][l] for x in langs]
        print(f'| {l} | {r[0]} | {r[1]} | {r[2]} | {sum(r)} |')
        need = a.min_major if l in MAJOR else a.min_label
        for x in ('ru', 'en'):
            if N and cnt[x][l] < need:
                errors.append(f'label {l} [{x}]: {cnt[x][l]} < {need}')
    def row(name, c):
        r = [c[x] for x in langs]
        print(f'| {name} | {r[0]} | {r[1]} | {r[2]} | {sum(r)} |')
    row('**hard negatives** (no labels)', hn)
    row('**plain clean** (no labels, not hard)', clean)
    pos = collections.Counter({x: tot[x] - hn[x] - clean[x] for x in langs})
    row('**items with >=1 label**', pos)
    row('**items**', tot)
    row('groups', collections.Counter({x: len(groups[x]) for x in langs}))
    gsize = collections.Counter(d['group'] for d in items)
    glang = collections.defaultdict(set)
    for d in items:
        glang[d['group']].add(d['lang'])
    if N:
        print(f'\ngroups: {len(gsize)} distinct, {sum(1 for v in gsize.values() if v > 1)} with >1 item, '
              f'largest {max(gsize.values())} items, {sum(1 for v in glang.values() if len(v) > 1)} spanning languages')
        share = sum(hn.values()) / N
        print(f'\nhard-negative share: {share:.3f}  plain-clean share: {sum(clean.values())/N:.3f}  '
              f'mixed share: {tot["mixed"]/N:.3f}  multi-label items: {sum(1 for d in items if len(d["labels"])>1)}')
        print('styles:', ', '.join(f'{k[0]}/{k[1]}={v}' for k, v in sorted(styles.items())))
        if share < a.min_hn:
            errors.append(f'hard-negative share {share:.3f} < {a.min_hn}')
    for w in warns[:20]:
        print('WARN', w)
    print(f'\n{len(errors)} error(s)')
    for e in errors[:200]:
        print('ERROR', e)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
