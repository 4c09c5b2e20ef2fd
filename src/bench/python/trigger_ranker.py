#!/usr/bin/env python3
"""Train and score a candidate ranker for the trigger of a date, against TimeBank and AQUAINT's TLINKs.

Usage:
  trigger_ranker.py EVAL_DIR GOLD_A CANDS_A GOLD_B CANDS_B [--weights OUT.tsv]

EVAL_DIR is ../shared/eval (its anchor_score.py / timeml_score.py read the gold and pair the mentions as the
scorer does); CANDS_* come from TriggerCandidateBench (README, "A candidate ranker measured"). For each gold
anchored DATE/TIME timex the candidates of its paired mention are ranked by a conditional logit (softmax over
the candidates of one date, L2, full-batch gradient ascent from zero weights: the same input gives the same
weights) over NON-lexical features; the top one is the trigger. Printed: the rules alone, the oracle (a right
candidate whenever there is one), and the model trained on one set and scored on the other, both ways, for
several L2 strengths, with plain features and with conjunctions (class x distance, class x context, rule x
everything). --weights writes the plain model trained on both sets (feature TAB weight).
"""
import argparse

import numpy as np

from candidate_gold import anchored_gold, read_candidates

BINS = ['1', '2', '3-4', '5-8', '9-16', '17+']


def load(eval_dir, cands_path, gold_dir):
    n_gold, data = 0, []
    for m, labels in anchored_gold(eval_dir, gold_dir, read_candidates(cands_path)):
        n_gold += 1
        if m is not None:
            data.append((m['cands'], m['rule'], labels))
    return n_gold, data


def conjunctions(data):
    for cands, _, _ in data:
        for c in cands:
            x = c['x']
            cls = next(f for f in x if f.startswith('cls='))
            dist = next(f for f in x if 'dist=' in f)
            new = {cls + '&' + dist: 1.0}
            for f in list(x):
                if f.startswith('rule') or f.startswith('date') or f.startswith('commas') or f in (
                        'nearestVerbLeft', 'nearestVerbRight', 'nearestNounLeft', 'reporting', 'quote', 'firstFinite'):
                    new[cls + '&' + f] = 1.0
            if 'rule' in x:
                for f in list(x):
                    new['rule&' + f] = 1.0
            x.update(new)


def index(*sets):
    names = sorted({f for data in sets for cands, _, _ in data for c in cands for f in c['x']})
    return {f: i for i, f in enumerate(names)}


def matrix(cands, fi):
    m = np.zeros((len(cands), len(fi)))
    for k, c in enumerate(cands):
        for f, v in c['x'].items():
            if f in fi:
                m[k, fi[f]] = v
    return m


def train(data, fi, l2, iters=600, rate=1.0):
    items = [(matrix(c, fi), np.array(lab, float)) for c, _, lab in data if c and any(lab)]
    w = np.zeros(len(fi))
    for _ in range(iters):
        g = -l2 * w
        for m, y in items:
            s = m @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            g += m.T @ (y / y.sum() - p)
        w += rate * g / len(items)
    return w


def rule_pick(cands, rule):
    return next((k for k, c in enumerate(cands) if c['i'] == rule), None)


def score(n_gold, data, pick):
    right = wrong = 0
    for cands, rule, labels in data:
        k = pick(cands, rule)
        if k is None:
            continue
        right += labels[k]
        wrong += not labels[k]
    p = right / (right + wrong) if right + wrong else 0.0
    r = right / n_gold
    return f'F1 {2 * p * r / (p + r) if p + r else 0.0:.4f} (right {right}, wrong {wrong})'


def model(fi, w):
    def pick(cands, rule):
        return int(np.argmax(matrix(cands, fi) @ w)) if cands else None
    return pick


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('eval_dir')
    ap.add_argument('gold_a')
    ap.add_argument('cands_a')
    ap.add_argument('gold_b')
    ap.add_argument('cands_b')
    ap.add_argument('--weights')
    a = ap.parse_args()
    na, da = load(a.eval_dir, a.cands_a, a.gold_a)
    nb, db = load(a.eval_dir, a.cands_b, a.gold_b)
    oracle = lambda labels: (lambda cands, rule: labels[id(cands)])
    print(f'A = {a.gold_a} ({na} anchored), B = {a.gold_b} ({nb})')
    print('rules        A', score(na, da, rule_pick), ' B', score(nb, db, rule_pick))
    best = lambda data: {id(c): (lab.index(True) if any(lab) else 0) for c, _, lab in data if c}
    ba, bb = best(da), best(db)
    print('oracle       A', score(na, da, lambda c, r: ba.get(id(c))), ' B', score(nb, db, lambda c, r: bb.get(id(c))))
    for kind in ('plain', 'conjunctions'):
        if kind == 'conjunctions':
            conjunctions(da)
            conjunctions(db)
        fi = index(da, db)
        for l2 in (0.03, 0.3, 3.0):
            wa, wb = train(da, fi, l2), train(db, fi, l2)
            print(f'{kind:12s} l2={l2:<4} trained on A, scored on B: {score(nb, db, model(fi, wa))};'
                  f' trained on B, scored on A: {score(na, da, model(fi, wb))};'
                  f' on itself: A {score(na, da, model(fi, wa))}, B {score(nb, db, model(fi, wb))}', flush=True)
        if kind == 'plain' and a.weights:
            w = train(da + db, fi, 0.3)
            with open(a.weights, 'w', encoding='utf-8') as f:
                for name in sorted(fi):
                    f.write(f'{name}\t{w[fi[name]]:.6f}\n')


if __name__ == '__main__':
    main()
