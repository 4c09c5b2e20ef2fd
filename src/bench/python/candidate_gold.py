"""The trigger candidates of the dates Dateline found (TriggerCandidateBench's JSON Lines), paired with the
anchored DATE/TIME timexes of the TimeML gold, as anchor_score.py pairs them. Shared by trigger_ranker.py and
trigger_cv.py."""
import json
import os
import sys


def stem(source):
    return os.path.splitext(os.path.basename(source))[0]


def read_candidates(cands_path):
    """The candidate records by file stem, in file order; each record gets its 'stem'."""
    by_stem = {}
    with open(cands_path, encoding='utf-8') as f:
        for line in f:
            m = json.loads(line)
            m['stem'] = stem(m['source'])
            by_stem.setdefault(m['stem'], []).append(m)
    return by_stem


def anchored_gold(eval_dir, gold_dir, by_stem):
    """For every anchored DATE/TIME gold timex (files in name order): the candidate record it pairs with and, per
    candidate, whether it overlaps one of the gold anchors; (None, None) when it pairs with no record."""
    sys.path.insert(0, eval_dir)
    sys.dont_write_bytecode = True
    from anchor_score import read_gold
    from timeml_score import Expr, align
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith('.tml'):
            continue
        _, gold = read_gold(os.path.join(gold_dir, name))
        system = []
        for m in by_stem.get(name[:-4], []):
            x = Expr(m['begin'], m['end'], 'DATE', None, '')
            x.m = m
            system.append(x)
        system.sort(key=lambda x: (x.begin, x.end))
        align(gold, system)
        for g in gold:
            if (g.type or '').upper() not in ('DATE', 'TIME') or not g.anchored:
                continue
            s = g.pair
            if s is None or not hasattr(s, 'm'):
                yield None, None
                continue
            yield s.m, [any(c['begin'] < ee and eb < c['end'] for eb, ee in g.anchored) for c in s.m['cands']]
