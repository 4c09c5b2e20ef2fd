#!/usr/bin/env python3
"""An offline copy of key-dates' day score (DayEvidence), to try other scores on Timeline17 and judge them by
leaving one story out (README, "Importance and key dates").

Reads the dumps of DayEvidenceBench (one per task of tls_run.py, named after the task's input folder) and the gold
timelines, scores the days as DayEvidence does, and

  check   prints Date F1 per timeline, per story and pooled, and (with --runs) the days that differ from the jar's
          output in tls_run.py's runs/ folder: none when the copy is exact;
  kinds   weighs each referring article by what its mentions of the day are (actuality, tense, someone's words,
          plans, "since"...) and syndicated copies, on a grid, with leave-one-story-out;
  oracle  what knowing how many gold days fall in each month (or 14, 7, 3 days) would give;
  pairs   where a gold day scores below the non-gold day next to it (both in the top 2l): which counts favour it;
  edges   (thirteenth round) the days near the folder's ends, whose later references the folder cannot hold yet:
          references and later days scaled up by the share of the corpus's reference lags the day can still see;
          and, for the record, the ends of the window printed whatever the evidence (the protocol, not the story);
  spread  (thirteenth round) how a happening's weight spreads over days: the score against its neighbours' (a day
          that stands out from its weeks), counts against the window's mean per day, an event whose sources
          disagree on the day counted for one day, a reference also counted for the day it was published;
  noise   (fourteenth round, needs --input) evidence that is not the story's: articles with no story word in their
          lead, references whose sentence holds none, sentences dating several days, months and weeks merged into
          a day's event, page-shaped stamps.

src/bench/key-dates-offline.sh runs the dumps and this script. Only the Python 3 standard library is needed.
"""
import argparse
import collections
import datetime
import json
import math
import os
import re
import sys

sys.dont_write_bytecode = True
D = datetime.date.fromisoformat
ONE = datetime.timedelta(days=1)
STORIES = ('bpoil', 'h1n1', 'mj')


def tasks(tls_eval):
    """The tasks of tls_run.py: one per gold timeline, with l, the window and the gold days."""
    sys.path.insert(0, tls_eval)
    import tls_score
    data = os.path.join(tls_eval, 'data')
    out = []
    for c in sorted(os.listdir(data)):
        tdir = os.path.join(data, c, 'timelines')
        if not os.path.isdir(tdir):
            continue
        for g in sorted(n for n in os.listdir(tdir) if n.endswith('.txt')):
            gold = tls_score.read_gold(os.path.join(tdir, g), lambda m: None)
            days = sorted(gold)
            topic = c.split('_', 1)[0].lower()
            out.append(dict(topic=topic, tag='%s__%s__%s' % (topic, c, g[:-4]), gold=set(days), l=len(days),
                            start=days[0], end=days[-1]))
    return out


def load(dumps, tag):
    with open(os.path.join(dumps, tag + '.jsonl'), encoding='utf-8') as f:
        pubs = json.loads(f.readline())['pubs']
        return pubs, [json.loads(line) for line in f]


def one_day(x):
    """The day a date names, when it names one (a date or a time on it), else None."""
    if x['from'] == 'None' or x['from'] != x['to'][:10] or x['gran'] not in ('DAY', 'TIME'):
        return None
    return D(x['from'][:10])


class Evidence:
    """DayEvidence: referring articles, later publication days, articles published on the day and the next.
    weight(event, source, day) -> the source's weight; an article counts with its best source of the day."""

    def __init__(self, task, pubs, events, weight=None):
        self.pub = collections.Counter(D(p) for p in pubs if p != 'None')
        self.first, self.last = min(self.pub), max(self.pub)
        self.refs = collections.defaultdict(dict)
        self.later = collections.defaultdict(set)
        self.sources = collections.defaultdict(list)
        for m in events:
            whole = None if m['range'] else one_day(m)
            for s in m['sources']:
                d = whole or (one_day(s) if s['plot'] else None)
                if d is None or d < task['start'] or d > task['end'] or s['stamp']:
                    continue
                if whole and s['gran'] not in ('DAY', 'TIME', 'WEEK', 'MONTH'):
                    continue  # "in 2010" merged into a day's event says nothing about the day
                w = weight(m, s, d) if weight else 1.0
                self.refs[d][s['art']] = max(self.refs[d].get(s['art'], 0.0), w)
                self.sources[d].append((m, s))
                if s['pub'] != 'None' and D(s['pub']) > d + 2 * ONE:
                    self.later[d].add(D(s['pub']))
        self.days = [d for d in set(self.refs) | set(self.pub) if task['start'] <= d <= task['end']]

    def published_next(self, d):
        return self.pub[d] if d == self.last else self.pub[d + ONE]

    def score(self, d):
        background = 0.5 if d < self.first.replace(year=self.first.year - 1) else 1
        return background * (math.log1p(sum(self.refs[d].values())) + 0.5 * math.log1p(len(self.later[d]))
                              + 0.25 * math.log1p(self.pub[d]) + 0.25 * math.log1p(self.published_next(d)))

    def ranked(self):
        return sorted(self.days, key=lambda d: (-self.score(d), d))


def pr(chosen, gold):
    hit = len(set(chosen) & gold)
    return hit / len(chosen) if chosen else 0, hit / len(gold)


def f1(prs):
    p = sum(x[0] for x in prs) / len(prs)
    r = sum(x[1] for x in prs) / len(prs)
    return 0 if p + r == 0 else 2 * p * r / (p + r)


class Bench:
    def __init__(self, all_tasks, dumps):
        self.tasks = [t for t in all_tasks if os.path.exists(os.path.join(dumps, t['tag'] + '.jsonl'))]
        self.data = {t['tag']: load(dumps, t['tag']) for t in self.tasks}

    def run(self, weight=None, select=None, adjust=None):
        """{tag: (P, R)} of the days chosen (by default the l best-scored); adjust(evidence) may change it first."""
        out = {}
        for t in self.tasks:
            ev = Evidence(t, *self.data[t['tag']], weight=weight)
            if adjust:
                adjust(ev)
            out[t['tag']] = pr(select(ev, t) if select else ev.ranked()[:t['l']], t['gold'])
        return out


def story(res, topic):
    return f1([v for k, v in res.items() if k.startswith(topic + '__')])


def summary(res):
    return '%.4f (BP %.3f, H1N1 %.3f, MJ %.3f)' % (f1(list(res.values())), *(story(res, s) for s in STORIES))


def loso(results, base):
    """For each story, the parameter best on the other two (ties: base) and that story's score with it."""
    out = {}
    for held in STORIES:
        def train(res):
            return round(f1([v for k, v in res.items() if not k.startswith(held + '__')]), 6)
        best = max(results, key=lambda p: (train(results[p]), p == base))
        out[held] = (best, story(results[best], held))
    return out


def check(bench, runs):
    res = bench.run()
    for t in bench.tasks:
        p, r = res[t['tag']]
        line = '%-50s %.4f' % (t['tag'], 0 if p + r == 0 else 2 * p * r / (p + r))
        if runs:
            ev = Evidence(t, *bench.data[t['tag']])
            with open(os.path.join(runs, t['tag'] + '.jsonl'), encoding='utf-8') as f:
                jar = {D(json.loads(x)['date'][:10]) for x in f if x.strip()}
            line += '  days differing from the jar: %d' % len(jar ^ set(ev.ranked()[:t['l']]))
        print(line)
    print('pooled', summary(res))


TENSE = {'PAST': 1.0, 'PRESENT': 0.7, 'FUTURE': 0.5}
BOUND = re.compile(r'\b(since|until|till|before|after|by)\s+(the\s+)?$', re.I)


def bounded(s):
    i = s['sentence'].find(s['text'])
    return i >= 0 and BOUND.search(s['sentence'][max(0, i - 20):i]) is not None


def kinds(bench):
    """Each referring article weighed by what its mention of the day is; leave-one-story-out on each grid."""
    powers = {
        'actuality x tense': lambda m, s, d: s['act'] * TENSE[s['tense']],
        'tense': lambda m, s, d: TENSE[s['tense']],
        'actuality': lambda m, s, d: s['act'],
    }
    flags = {
        "someone's words": lambda s: 'speech' in s['kinds'],
        'plan, hypothesis, future': lambda s: 'plan' in s['kinds'] or 'hypothesis' in s['kinds'] or s['tense'] == 'FUTURE',
        'since/until/before/after/by': bounded,
    }
    base = bench.run()
    print('weight 0:', summary(base))
    for name, f in powers.items():
        res = {0: base}
        for a in (0.25, 0.5, 1, 2, 4):
            res[a] = bench.run(weight=lambda m, s, d, f=f, a=a: f(m, s, d) ** a)
            print('  %-28s power %-4s %s' % (name, a, summary(res[a])))
        print('  %-28s held out: %s' % (name, loso(res, 0)))
    for name, f in flags.items():
        res = {0: base}
        for a in (0.25, 0.5, 0.75, 1):
            res[a] = bench.run(weight=lambda m, s, d, f=f, a=a: 1 - a if f(s) else 1.0)
            print('  %-28s 1-a, a=%-4s %s' % (name, a, summary(res[a])))
        print('  %-28s held out: %s' % (name, loso(res, 0)))
    res = {0: base}
    for a in (0.25, 0.5, 0.75, 1):
        res[a] = bench.run(adjust=copies(a))
        print('  %-28s 1-a, a=%-4s %s' % ('syndicated copies', a, summary(res[a])))
    print('  %-28s held out: %s' % ('syndicated copies', loso(res, 0)))


def words(sentence):
    return re.sub(r'\W+', ' ', sentence.lower()).strip()


def copies(a):
    """An article whose every sentence dating the day stood in an earlier article (a syndicated copy) counts 1 - a."""
    def adjust(ev):
        for d, sources in ev.sources.items():
            told = collections.OrderedDict()
            for m, s in sorted(sources, key=lambda ms: (ms[1]['pub'], ms[1]['art'])):
                told.setdefault(s['art'], set()).add(words(s['sentence']))
            seen = set()
            for art, sentences in told.items():
                if not sentences - seen:
                    ev.refs[d][art] *= 1 - a
                seen |= sentences
    return adjust


def oracle(bench):
    """Gold counts per span known: the best-scored days of each span, as many as the gold has there."""
    def by(key):
        def select(ev, t):
            need = collections.Counter(key(d) for d in t['gold'])
            out = []
            for d in ev.ranked():
                if need[key(d)] > 0:
                    out.append(d)
                    need[key(d)] -= 1
            return out
        return select
    print('today:', summary(bench.run()))
    print('gold days per calendar month known:', summary(bench.run(select=by(lambda d: (d.year, d.month)))))
    for span in (14, 7, 3):
        print('gold days per %d-day span known:' % span, summary(bench.run(select=by(lambda d: d.toordinal() // span))))


WRITTEN_OUT = re.compile(r'\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec', re.I)


def counts(ev, d):
    """What a day's references are like: shares are of its referring articles."""
    told = collections.defaultdict(list)
    for m, s in ev.sources[d]:
        told[s['art']].append(s)
    n = max(1, len(told))

    def share(test):
        return sum(1 for sources in told.values() if test(sources)) / n
    return {
        'published that day': share(lambda ss: ss[0]['pub'] == str(d)),
        'written-out date': share(lambda ss: any(WRITTEN_OUT.search(s['text']) for s in ss)),
        'past tense': share(lambda ss: any(s['tense'] == 'PAST' for s in ss)),
        'mentions per article': len(ev.sources[d]) / n,
        'later days': len(ev.later[d]),
        'next-day articles': ev.published_next(d),
    }


def pairs(bench):
    wins = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
    n = collections.Counter()
    for t in bench.tasks:
        ev = Evidence(t, *bench.data[t['tag']])
        top = set(ev.ranked()[:2 * t['l']])
        for g in sorted(t['gold'] & top):
            for o in (g - ONE, g + ONE):
                if o in t['gold'] or o not in top or ev.score(g) >= ev.score(o):
                    continue
                n[t['topic']] += 1
                cg, co = counts(ev, g), counts(ev, o)
                for k in cg:
                    if cg[k] != co[k]:
                        wins[k][t['topic']][0 if cg[k] > co[k] else 1] += 1
    print('pairs where a gold day scores below its non-gold neighbour:', dict(n))
    for k, by in wins.items():
        print('  %-22s gold more / less: %s' % (k, ', '.join('%s %d / %d' % (s, *by[s]) for s in STORIES)))


def lags(ev):
    """Each referring article's lag in days: its publication day minus the day it refers to."""
    out = []
    for d, sources in ev.sources.items():
        seen = set()
        for m, s in sources:
            if s['pub'] != 'None' and s['art'] not in seen:
                seen.add(s['art'])
                out.append((D(s['pub']) - d).days)
    return out


def rescore(ev, term):
    """Replaces ev.score by DayEvidence's score with the day's four counts passed through term(d, r, l, p, n)."""
    cache = {}

    def score(d):
        if d not in cache:
            background = 0.5 if d < ev.first.replace(year=ev.first.year - 1) else 1
            r, l, p, n = term(d, sum(ev.refs[d].values()), len(ev.later[d]), ev.pub[d], ev.published_next(d))
            cache[d] = background * (math.log1p(r) + 0.5 * math.log1p(l) + 0.25 * math.log1p(p)
                                     + 0.25 * math.log1p(n))
        return cache[d]
    ev.score = score


def censored(a, later_too):
    """r (and l) divided by (the share of reference lags within the days the folder holds around d) ** a."""
    def adjust(ev):
        seen = lags(ev)
        later = [(p - d).days for d, ps in ev.later.items() for p in ps]

        def share(values, lo, hi):
            return max(1e-3, sum(1 for x in values if lo <= x <= hi) / max(1, len(values)))

        def term(d, r, l, p, n):
            h = (ev.last - d).days
            r /= share(seen, -(d - ev.first).days, h) ** a
            if later_too:
                l /= share(later, -10 ** 6, h) ** a
            return r, l, p, n
        rescore(ev, term)
    return adjust


def edges(bench):
    base = bench.run()
    print('today:', summary(base))
    res = {0: base}
    for a in (0.25, 0.5, 0.75, 1):
        for later_too in (False, True):
            res[(a, later_too)] = bench.run(adjust=censored(a, later_too))
            print('  censored, power %-4s later days too %-5s %s' % (a, later_too, summary(res[(a, later_too)])))
    print('  censored held out:', loso(res, 0))

    def forced(days):
        def select(ev, t):
            first = list(days(ev, t))
            return (first + [d for d in ev.ranked() if d not in first])[:t['l']]
        return select
    print('  (protocol) the last day of publication printed:', summary(bench.run(select=forced(lambda ev, t: [ev.last]))))
    print('  (protocol) both ends of the window printed:',
          summary(bench.run(select=forced(lambda ev, t: [t['start'], t['end']]))))


def against_neighbours(beta, w):
    """The score minus beta x the mean score of the days within +-w (a day that stands out from its weeks)."""
    def adjust(ev):
        plain = {}
        d, hi = min(ev.days), max(ev.days)
        while d <= hi:
            plain[d] = Evidence.score(ev, d)
            d += ONE
        ev.score = lambda d: plain[d] - beta * (lambda nb: sum(nb) / len(nb) if nb else 0)(
            [plain[x] for x in (d + k * ONE for k in range(-w, w + 1)) if x != d and x in plain])
    return adjust


def per_mean(c):
    """Each count x as x / (c x its mean per day of the window): a day of a thin story weighs as much as a busy one."""
    def adjust(ev):
        span = (max(ev.days) - min(ev.days)).days + 1
        counts = [(sum(ev.refs[d].values()), len(ev.later[d]), ev.pub[d], ev.published_next(d)) for d in ev.days]
        mean = [max(1e-6, sum(x[i] for x in counts) / span) for i in range(4)]
        rescore(ev, lambda d, *x: [x[i] / (c * mean[i]) for i in range(4)])
    return adjust


def published_day_too(w):
    """A reference from an article published one to three days after the day also counts w for its publication day."""
    def adjust(ev):
        for d, sources in list(ev.sources.items()):
            for m, s in sources:
                if s['pub'] != 'None' and 1 <= (D(s['pub']) - d).days <= 3:
                    ev.refs[D(s['pub'])].setdefault(s['art'], w)
        ev.days = sorted(set(ev.days) | {d for d in ev.refs if ev.first <= d <= ev.last})
    return adjust


def one_day_per_event(pick):
    """Dumps where an event whose sources disagree on the day is dated to one of them: pick(days) -> day."""
    def redate(events):
        out = []
        for m in events:
            told = collections.defaultdict(set)
            for s in m['sources']:
                d = one_day(s) if s['plot'] and not s['stamp'] else None
                if d:
                    told[d].add(s['art'])
            if m['range'] and m['gran'] in ('DAY', 'TIME') and told:
                d = pick(told)
                m = dict(m, range=False, gran='DAY', **{'from': str(d), 'to': str(d)})
            out.append(m)
        return out
    return redate


def spread(bench):
    base = bench.run()
    print('today:', summary(base))
    for name, grid in (('against neighbours (beta, +-w days)',
                        {(b, w): against_neighbours(b, w) for b in (0.1, 0.25, 0.5) for w in (3, 7, 15, 30)}),
                       ('counts per mean day (c)', {c: per_mean(c) for c in (0.5, 1, 2, 4)}),
                       ('publication day too (w)', {w: published_day_too(w) for w in (0.1, 0.25, 0.5, 1)})):
        res = {0: base}
        for k, adjust in grid.items():
            res[k] = bench.run(adjust=adjust)
            print('  %-38s %-10s %s' % (name, k, summary(res[k])))
        print('  %-38s held out: %s' % (name, loso(res, 0)))
    data, res = bench.data, {0: base}
    for name, pick in (('the most articles', lambda told: max(sorted(told), key=lambda d: len(told[d]))),
                       ('the earliest', min), ('the latest', max)):
        bench.data = {k: (pubs, one_day_per_event(pick)(events)) for k, (pubs, events) in data.items()}
        res[name] = bench.run()
        print('  %-38s %-10s %s' % ('an event on one day: its sources\' day', name, summary(res[name])))
    bench.data = data
    print('  %-38s held out: %s' % ('an event on one day', loso(res, 0)))


STOP = set('the a an and or of to in on at for with by from as is was were are be been has have had it its this that '
           'these those he she they we you i his her their our not but which who will would said says say after before '
           'over into about than more most also can could may might up out new one two first last year years just all '
           'when what there here then so no if do did does'.split())
CLOCK_AFTER_YEAR = re.compile(r'\b\d{4},?\s+\d{1,2}[:.]\d\d', re.I)
PAGE_WORDS = re.compile(r'(Posted|Published|Last updated|updated at|last modified)|(^|\s)--\s*$', re.I)
ENTRY_TIME = re.compile(r'^\d{1,2}[.:]\d\d\s*(am|pm)?:', re.I)


def content_words(text):
    return [w for w in re.findall(r'[a-z]+', text.lower()) if w not in STOP and len(w) > 2]


def read_articles(folder):
    """{file: sentences} of one task's input folder (front matter left out)."""
    out = {}
    for f in sorted(os.listdir(folder)):
        with open(os.path.join(folder, f), encoding='utf-8', errors='replace') as h:
            text = h.read()
        if text.startswith('---'):
            text = text.split('---', 2)[2]
        out[f] = [x for x in re.split(r'(?<=[.!?])\s+|\n+', text) if x.strip()]
    return out


def story_words(articles, k):
    """The k words most articles of the task hold: the story's own ('oil', 'gulf', 'spill'; 'flu', 'swine')."""
    df = collections.Counter()
    for sentences in articles.values():
        df.update(set(content_words(' '.join(sentences))))
    return [w for w, _ in df.most_common(k)]


def page_shaped(s):
    """A mention shaped like a page's or a comment's stamp that Stamps does not catch: a clock time right after a
    written-out date with its year ("June 02, 2010 2:26 PM"), "Posted by ..., on", "Last updated", a comment's
    "-- " before it, or a live page's entry time at the head of its sentence ("3.40 pm: ...")."""
    sentence, text = s['sentence'], s['text']
    i = sentence.find(text)
    if i < 0:
        return False
    return (CLOCK_AFTER_YEAR.search(sentence[i:i + len(text) + 25]) is not None and re.search(r'\d{4}', text) is not None
            or PAGE_WORDS.search(sentence[max(0, i - 30):i]) is not None
            or i == 0 and ENTRY_TIME.search(sentence[:12]) is not None)


def noise(bench, inputs):
    """(fourteenth round) evidence that is not the story's: articles off the story (no story word in their lead),
    references whose sentence holds no story word, sentences that date several days (listings, blog rolls),
    months and weeks merged into a day's event, and page-shaped stamps; each on a grid, leave-one-story-out."""
    base = bench.run()
    print('today:', summary(base))
    texts = {t['tag']: read_articles(os.path.join(inputs, t['tag'])) for t in bench.tasks}
    data = bench.data
    res = {0: base}
    for k in (1, 2, 3, 5, 10):
        for lead in (1, 3, 5):
            kept = {}
            for t in bench.tasks:
                top = set(story_words(texts[t['tag']], k))
                drop = {f for f, ss in texts[t['tag']].items() if not set(content_words(' '.join(ss[:lead]))) & top}
                pubs = [f[:10] for f in texts[t['tag']] if f not in drop]
                events = [dict(m, sources=[s for s in m['sources'] if s['art'] not in drop]) for m in data[t['tag']][1]]
                kept[t['tag']] = (pubs, events)
            bench.data = kept
            res[(k, lead)] = bench.run()
            bench.data = data
            print('  %-44s %-8s %s' % ('articles with no story word in their lead out', (k, lead), summary(res[(k, lead)])))
    print('  %-44s held out: %s' % ('articles off the story', loso(res, 0)))

    def drop_zero(ev):
        for d in list(ev.refs):
            ev.refs[d] = {a: w for a, w in ev.refs[d].items() if w > 0}
    res = {0: base}
    for k in (5, 10, 20, 50):
        words = {t['tag']: set(story_words(texts[t['tag']], k)) for t in bench.tasks}
        out = {}
        for t in bench.tasks:
            top = words[t['tag']]
            ev = Evidence(t, *data[t['tag']], weight=lambda m, s, d, top=top: 1.0 if set(content_words(s['sentence'])) & top else 0.0)
            drop_zero(ev)
            out[t['tag']] = pr(ev.ranked()[:t['l']], t['gold'])
        res[k] = out
        print('  %-44s %-8s %s' % ('references with no story word out (k words)', k, summary(out)))
    print('  %-44s held out: %s' % ('references off the story', loso(res, 0)))

    days_of = {}
    for t in bench.tasks:
        c = collections.defaultdict(set)
        for m in data[t['tag']][1]:
            for s in m['sources']:
                d = one_day(s) if s['plot'] else None
                if d:
                    c[(s['art'], s['sentence'])].add(d)
        days_of[t['tag']] = c
    res = {0: base}
    for n in (2, 3, 4):
        for a in (0.5, 1.0):
            out = {}
            for t in bench.tasks:
                c = days_of[t['tag']]
                ev = Evidence(t, *data[t['tag']], weight=lambda m, s, d, c=c: 1 - a if len(c[(s['art'], s['sentence'])]) >= n else 1.0)
                out[t['tag']] = pr(ev.ranked()[:t['l']], t['gold'])
            res[(n, a)] = out
            print('  %-44s %-8s %s' % ('a sentence dating n days or more: 1-a', (n, a), summary(out)))
    print('  %-44s held out: %s' % ('sentences dating several days', loso(res, 0)))

    res = {0: base}
    for a in (0.25, 0.5, 1.0):
        res[a] = bench.run(weight=lambda m, s, d, a=a: 1 - a if s['gran'] in ('MONTH', 'WEEK') else 1.0)
        print('  %-44s %-8s %s' % ('a month or week merged into a day: 1-a', a, summary(res[a])))
    print('  %-44s held out: %s' % ('months and weeks', loso(res, 0)))

    out, dropped = {}, 0
    for t in bench.tasks:
        ev = Evidence(t, *data[t['tag']], weight=lambda m, s, d: 0.0 if page_shaped(s) else 1.0)
        dropped += sum(1 for d in ev.refs for w in ev.refs[d].values() if w == 0)
        drop_zero(ev)
        out[t['tag']] = pr(ev.ranked()[:t['l']], t['gold'])
    print('  %-44s %-8s %s (%d article-day references out)' % ('page-shaped stamps out', '', summary(out), dropped))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('command', choices=('check', 'kinds', 'oracle', 'pairs', 'edges', 'spread', 'noise'))
    ap.add_argument('tls_eval', help='the shared eval/tls folder (tls_score.py, data/)')
    ap.add_argument('dumps', help="DayEvidenceBench's dumps, TASK.jsonl")
    ap.add_argument('--runs', help="tls_run.py's runs/ folder of the same jar: check compares the days")
    ap.add_argument('--input', help="tls_run.py's input/ folder (the tasks' articles): noise reads their text")
    args = ap.parse_args()
    bench = Bench(tasks(args.tls_eval), args.dumps)
    {'check': lambda: check(bench, args.runs), 'kinds': lambda: kinds(bench), 'oracle': lambda: oracle(bench),
     'pairs': lambda: pairs(bench), 'edges': lambda: edges(bench), 'spread': lambda: spread(bench),
     'noise': lambda: noise(bench, args.input)}[args.command]()


if __name__ == '__main__':
    main()
