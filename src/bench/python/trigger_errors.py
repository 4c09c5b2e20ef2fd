#!/usr/bin/env python3
"""The trigger ranker's held-apart mistakes, by class (README, "The trigger ranker").

Usage:
  trigger_errors.py EVAL_DIR GOLD_A MENTIONS_A CANDS_A GOLD_B MENTIONS_B CANDS_B [--folds 10] [--l2 3] [--conj rule]

The same folds, training and picks as trigger_cv.py (a document's fold is the MD5 of its file name), so the
mistakes listed are the ones its cross-validation table counts as wrong (A first, then B). Every labelled date
whose held-apart pick is not one of its gold events gets a class:
  gold-in    a gold event is among the candidates; sub-classes by where the pick and the nearest-scored gold
             stand (L/R of the date, gold nearer/farther than the pick), by part of speech (V verb head,
             N event noun, O other kind), and whether the pick is the rules' own choice
  gold-out   no candidate is a gold event: the gold words (from the .tml) are listed
  no-cand    the date has no candidate at all
Dates are counted as candidate_gold.py pairs them with the gold (as trigger_cv.py trains), so the "right" count may
differ from anchor_score.py's by a date or two. A count table comes first, then each mistake: corpus, document, the date, the pick and the rules' choice, the gold
candidates with their score minus the pick's, and the sentence.
"""
import argparse
import collections
import json
import os
import sys

import numpy as np

import trigger_cv as cv


def mentions_by_key(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = json.loads(line)
            out[(m['source'], m['begin'], m['end'])] = m
    return out


def held_apart_scores(everything, folds, conj, l2):
    """Each record's candidate scores from the model trained without its fold."""
    scores = {}
    for k in range(folds):
        train_set = [m for m in everything if cv.fold_of(m['stem'], folds) != k]
        test_set = [m for m in everything if cv.fold_of(m['stem'], folds) == k]
        fi, w = cv.train(train_set, conj, l2)
        d = cv.Data(test_set, conj, fi)
        s = d.x @ w
        for j, m in enumerate(test_set):
            scores[cv.key(m)] = s[d.starts[j]:d.starts[j + 1]]
    return scores


def pos(c):
    cls = next(f for f in c['x'] if f.startswith('cls='))
    return cls[4]


def gold_words(eval_dir, gold_dir, m):
    sys.path.insert(0, eval_dir)
    from anchor_score import read_gold
    body, gold = read_gold(os.path.join(gold_dir, m['stem'] + '.tml'))
    return sorted({body[b:e] for g in gold if g.begin < m['end'] and m['begin'] < g.end and g.anchored
                   for b, e in g.anchored})


def classify(m, sc):
    """(class, pick index or None) of one labelled record."""
    if not m['cands']:
        return 'no-cand', None
    p = int(np.argmax(sc))
    if m['labels'][p]:
        return 'right', p
    if not any(m['labels']):
        return 'gold-out', p
    g = max((i for i in range(len(sc)) if m['labels'][i]), key=lambda i: sc[i])
    date = (m['begin'] + m['end']) / 2
    pc, gc = m['cands'][p], m['cands'][g]

    def side(c):
        return 'L' if c['end'] <= m['begin'] else 'R'
    near = 'nearer' if abs((gc['begin'] + gc['end']) / 2 - date) < abs((pc['begin'] + pc['end']) / 2 - date) else 'farther'
    rule = 'pick=rule' if pc['i'] == m['rule'] else 'pick!=rule'
    return f'gold-in {side(pc)}>{side(gc)} gold {near} {pos(pc)}>{pos(gc)} {rule}', p


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name in ('eval_dir', 'gold_a', 'mentions_a', 'cands_a', 'gold_b', 'mentions_b', 'cands_b'):
        ap.add_argument(name)
    ap.add_argument('--folds', type=int, default=10)
    ap.add_argument('--l2', type=float, default=3.0)
    ap.add_argument('--conj', default='rule')
    a = ap.parse_args()
    sets = [('A', a.gold_a, mentions_by_key(a.mentions_a), cv.load(a.eval_dir, a.cands_a, a.gold_a)),
            ('B', a.gold_b, mentions_by_key(a.mentions_b), cv.load(a.eval_dir, a.cands_b, a.gold_b))]
    everything = [m for _, _, _, recs in sets for m in recs]
    scores = held_apart_scores(everything, a.folds, a.conj, a.l2)
    counts = collections.Counter()
    lines = []
    for name, gold_dir, mentions, recs in sets:
        for m in recs:
            if m['labels'] is None:
                continue
            sc = scores.get(cv.key(m), np.zeros(0))
            cls, p = classify(m, sc)
            counts[(name, cls.split(' ')[0])] += 1
            if cls == 'right':
                continue
            if cls.startswith('gold-in'):
                _, where, _, near, parts, rule = cls.split(' ')
                for sub in (f'{where} gold {near}', f'pick>gold {parts}', rule):
                    counts[(name, 'gold-in: ' + sub)] += 1
            mention = mentions.get(cv.key(m), {})
            rule = next((c['text'] for c in m['cands'] if c['i'] == m['rule']), None)
            pick = m['cands'][p]['text'] if p is not None else None
            golds = [f"{c['text']} {sc[i] - sc[p]:+.2f}" for i, c in enumerate(m['cands']) if m['labels'][i]]
            if cls == 'gold-out':
                golds = ['not a candidate: ' + ', '.join(gold_words(a.eval_dir, gold_dir, m))]
            lines.append(f"{name} {m['stem']} [{mention.get('text', '?')}] {cls}: pick {pick} (rules {rule}); "
                         f"gold {'; '.join(golds)}\n    {mention.get('sentence', '').replace(chr(10), ' ')}")
    print(f'held-apart picks, {a.folds} folds, {a.conj} conjunctions, L2 {a.l2}')
    for key in sorted(counts, key=lambda k: (k[0], ':' in k[1], k[1].split(' ')[:2], -counts[k], k[1])):
        print(f'{key[0]}  {counts[key]:5d}  {key[1]}')
    print()
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
