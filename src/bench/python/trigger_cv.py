#!/usr/bin/env python3
"""Document-level cross-validation of the trigger candidate ranker over TimeBank and AQUAINT together.

Usage:
  trigger_cv.py EVAL_DIR OUT_DIR GOLD_A MENTIONS_A CANDS_A GOLD_B MENTIONS_B CANDS_B
                [--folds 10] [--l2 0.1,0.3,1,3] [--conj none,rule,full] [--weights OUT.tsv --final-l2 X --final-conj Y]

MENTIONS_* are the jar's `extract --no-cache --format jsonl` output, CANDS_* TriggerCandidateBench's candidates of
those mentions (README, "A candidate ranker measured"). Every document of A and B goes to one fold by the MD5 of its
file name (fixed, no randomness). For each fold the ranker (conditional logit: softmax over one date's candidates,
L2, L-BFGS from zero weights: the same input gives the same weights) is trained on the labelled dates of the other
folds of BOTH corpora, and picks the trigger of every DATE/TIME mention of the fold's documents. The held-out picks
of all folds are written into a copy of MENTIONS_* (only "trigger" changes) and scored by the real anchor_score.py,
each corpus on its own. The first line checks the pipeline: the rules' own picks written the same way must score
what the jar scores.
"""
import argparse
import copy
import hashlib
import json
import os
import re
import subprocess
import sys

import numpy as np
from scipy import optimize, sparse

from candidate_gold import anchored_gold, read_candidates

CONJ_CONTEXT = ('nearestVerbLeft', 'nearestVerbRight', 'nearestNounLeft', 'reporting', 'quote', 'firstFinite',
                'light', 'aspectual', 'measure', 'listedNoun', 'subBetween', 'passive', 'possDate', 'adjacentPrep',
                'intent', 'be', 'governsInf', 'infinitive', 'sameChunk', 'wh', 'bound', 'cc')


def fold_of(name, folds):
    return int(hashlib.md5(name.encode('utf-8')).hexdigest(), 16) % folds


def load(eval_dir, cands_path, gold_dir):
    """The candidate records, each with its labels (None when it pairs with no anchored gold date)."""
    by_stem = read_candidates(cands_path)
    for ms in by_stem.values():
        for m in ms:
            m['labels'] = None
            m['cands'] = [c for c in m['cands'] if not skipped(c)]
    for m, labels in anchored_gold(eval_dir, gold_dir, by_stem):
        if m is not None:
            m['labels'] = labels
    return [m for ms in by_stem.values() for m in ms]


DROP = ()
SKIP_KINDS = ()


def skipped(c):
    """A candidate only its kind made (not a verb head, event noun or the rules' choice) of a kind left out."""
    x = c['x']
    return 'rule' not in x and any(f'kind={k}' in x for k in SKIP_KINDS) and any(f.startswith('cls=O_') for f in x)


def features(c, conj):
    x = {f: v for f, v in c['x'].items() if not f.startswith(DROP)}
    if conj == 'none':
        return x
    cls = next(f for f in x if f.startswith('cls='))
    dist = next(f for f in x if 'dist=' in f)
    new = {}
    if 'rule' in x:
        for f in x:
            new['rule&' + f] = 1.0
    if conj == 'full':
        new[cls + '&' + dist] = 1.0
        for f in x:
            if f.startswith(('prep=', 'verbsBetween', 'commas', 'date')) or f in CONJ_CONTEXT:
                new[cls + '&' + f] = 1.0
    x.update(new)
    return x


class Data:
    def __init__(self, records, conj, fi=None):
        rows = [features(c, conj) for m in records for c in m['cands']]
        if fi is None:
            fi = {f: i for i, f in enumerate(sorted({f for r in rows for f in r}))}
        self.fi = fi
        data, ri, ci = [], [], []
        for k, r in enumerate(rows):
            for f, v in r.items():
                if f in fi:
                    data.append(v)
                    ri.append(k)
                    ci.append(fi[f])
        self.x = sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), len(fi)))
        self.starts = []
        k = 0
        for m in records:
            self.starts.append(k)
            k += len(m['cands'])
        self.starts = np.array(self.starts + [k])


def train(records, conj, l2):
    items = [m for m in records if m['labels'] is not None and any(m['labels']) and m['cands']]
    d = Data(items, conj)
    y = np.array([float(l) for m in items for l in m['labels']])
    groups = np.repeat(np.arange(len(items)), np.diff(d.starts))
    y = y / np.bincount(groups, weights=y)[groups]
    n = len(items)

    def loss(w):
        s = d.x @ w
        mx = np.maximum.reduceat(s, d.starts[:-1])
        e = np.exp(s - mx[groups])
        z = np.bincount(groups, weights=e)
        p = e / z[groups]
        ll = np.sum(y * (s - mx[groups])) - np.sum(np.log(z))
        g = d.x.T @ (y - p)
        return -(ll - 0.5 * l2 * w @ w) / n, -(g - l2 * w) / n

    r = optimize.minimize(loss, np.zeros(len(d.fi)), jac=True, method='L-BFGS-B', options={'maxiter': 500})
    return d.fi, r.x


def pick(records, conj, fi, w):
    """Token index of each record's pick (-1 when it has no candidate)."""
    d = Data(records, conj, fi)
    s = d.x @ w
    out = {}
    for k, m in enumerate(records):
        b, e = d.starts[k], d.starts[k + 1]
        out[key(m)] = m['cands'][int(np.argmax(s[b:e]))] if e > b else None
    return out


def key(m):
    return (m['source'], m['begin'], m['end'])


def rule_picks(records):
    return {key(m): next((c for c in m['cands'] if c['i'] == m['rule']), None) for m in records}


def write(mentions_path, picks, out_path):
    with open(mentions_path, encoding='utf-8') as f, open(out_path, 'w', encoding='utf-8') as o:
        for line in f:
            m = json.loads(line)
            k = (m['source'], m['begin'], m['end'])
            if m['type'] in ('DATE', 'TIME') and k in picks:
                c = picks[k]
                m['trigger'] = None if c is None else {'text': c['text'], 'begin': c['begin'], 'end': c['end']}
            o.write(json.dumps(m, ensure_ascii=False) + '\n')


def score(eval_dir, gold, path):
    out = subprocess.run([sys.executable, os.path.join(eval_dir, 'anchor_score.py'), gold, path],
                         capture_output=True, text=True, check=True).stdout
    counts = re.search(r'correct (\d+), wrong (\d+), no trigger (\d+)', out)
    f1 = re.search(r'anchor_f1=([0-9.]+)', out).group(1)
    return f'F1 {f1} ({counts.group(1)} / {counts.group(2)} / {counts.group(3)})'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in ('eval_dir', 'out_dir', 'gold_a', 'mentions_a', 'cands_a', 'gold_b', 'mentions_b', 'cands_b'):
        ap.add_argument(name)
    ap.add_argument('--folds', type=int, default=10)
    ap.add_argument('--l2', default='0.1,0.3,1,3')
    ap.add_argument('--conj', default='none,rule,full')
    ap.add_argument('--weights')
    ap.add_argument('--final-l2', type=float, default=1.0)
    ap.add_argument('--final-conj', default='rule')
    ap.add_argument('--drop', default='', help='comma list of feature name prefixes left out (ablation)')
    ap.add_argument('--skip-kinds', default='', help='comma list of candidate kinds left out (ablation)')
    a = ap.parse_args()
    global DROP, SKIP_KINDS
    DROP = tuple(f for f in a.drop.split(',') if f)
    SKIP_KINDS = tuple(k for k in a.skip_kinds.split(',') if k)
    os.makedirs(a.out_dir, exist_ok=True)
    sets = [('A', a.gold_a, a.mentions_a, load(a.eval_dir, a.cands_a, a.gold_a)),
            ('B', a.gold_b, a.mentions_b, load(a.eval_dir, a.cands_b, a.gold_b))]
    everything = [m for _, _, _, recs in sets for m in recs]

    def report(label, picks):
        parts = []
        for name, gold, mentions, _ in sets:
            path = os.path.join(a.out_dir, f'{label}.{name}.jsonl')
            write(mentions, picks, path)
            parts.append(f'{name} {score(a.eval_dir, gold, path)}')
        print(f'{label:28s}', '  '.join(parts), flush=True)

    report('rules', rule_picks(everything))
    if a.weights:
        fi, w = train(everything, a.final_conj, a.final_l2)
        with open(a.weights, 'w', encoding='utf-8') as f:
            f.write(f'# Trigger ranker weights (event.TriggerRanker): feature TAB weight, every feature seen in training\n'
                    f'# (0 for one the same for every candidate of a date). Made by src/bench/python/trigger_cv.py --weights\n'
                    f'# --final-conj {a.final_conj} --final-l2 {a.final_l2} (README, "The trigger ranker").\n')
            for name in sorted(fi):
                f.write(f'{name}\t{w[fi[name]] + 0.0:.6f}\n')
        report(f'final {a.final_conj} l2={a.final_l2} (in-sample)', pick(everything, a.final_conj, fi, w))
        return
    for conj in a.conj.split(','):
        for l2 in (float(v) for v in a.l2.split(',')):
            picks = {}
            for k in range(a.folds):
                train_set = [m for m in everything if fold_of(m['stem'], a.folds) != k]
                test_set = [m for m in everything if fold_of(m['stem'], a.folds) == k]
                fi, w = train(train_set, conj, l2)
                picks.update(pick(test_set, conj, fi, w))
            report(f'cv{a.folds} {conj} l2={l2}', picks)


if __name__ == '__main__':
    main()
