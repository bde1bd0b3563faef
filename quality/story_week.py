#!/usr/bin/env python3
"""Leave-one-out check of reading an undated page in its story's week (QUALITY.md, "Stop 31", "Stop 32").

Usage: quality/story_week.py BIG.json [FOLDER.json ...]  (exports of `newsline export DIR`; the
first is also cut into small folders).

Each dated article of a folder in turn is taken as undated: the dated article of its folder most
like it (shared words weighted ln(texts/holders), over the geometric mean of both texts'
weights; at least 5 shared words held by at most half the texts) gives the week if its likeness
reaches the threshold and leads any other date's by 1.2x; each weekday the article names is then
read on or before the day after that article's date, "ok" when that is the weekday on or before
its own date. Two weightings: holders counted among the dated texts only (stop 31) and among
all texts of the folder, dated or not (stop 32). "Small folders": 100 draws of 15 texts from
BIG of which only k (+1 held out) keep their dates, as a folder of few dated pages whose stories
mostly have no dated sibling. Tokens approximate the extractor's: sentences' words of three
letters or more, lower-cased, its crude suffix stemming, a short stop list (on the four unseen
folders its likeness is within about 0.01 of the extractor's own)."""
import json, re, math, collections, sys, random
from datetime import date, timedelta

STOP = set("the a an of to in on at for and or but is are was were be been by with from that this it its as he she they his her their said says say will would has have had not no after before about over into than also more which who what when where there up out one two new".split())
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def stem(w):
    for s in ("ing", "ed", "es", "s", "ly"):
        if w.endswith(s) and len(w) - len(s) >= 4:
            return w[:-len(s)]
    return w


def words(text):
    return set(stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP and len(w) > 2)


def load(path):
    arts = []
    for a in json.load(open(path))['articles']:
        p = a['published']
        text = ' '.join(s['text'] for s in a['sentences'])
        arts.append(dict(date=p['date'] if p['date'] and not p['inferred'] else None, w=words(text),
                         weekdays=[d for d in WEEKDAYS if re.search(r'\b' + d + r'\b', text.lower())]))
    return arts


def sibling_date(me, pool, folder, all_texts, thr, lead=1.2, min_rare=5):
    src = folder if all_texts else pool
    holders = collections.Counter(w for a in src for w in a['w'])
    n = len(src)
    weight = lambda w: math.log(n / holders[w]) if holders[w] else 0.0
    mine = sum(weight(w) for w in me['w'])
    scored = []
    for a in pool:
        shared = me['w'] & a['w']
        rare = sum(1 for w in shared if weight(w) >= math.log(2))
        likeness = sum(weight(w) for w in shared) / math.sqrt(max(mine * sum(weight(w) for w in a['w']), 1e-300))
        scored.append((likeness if rare >= min_rare else 0.0, a['date']))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < thr:
        return None
    rival = max((s for s, d in scored if d != scored[0][1]), default=0.0)
    return scored[0][1] if scored[0][0] >= lead * rival else None


def weekdays_read(me, sib):
    own, after = date.fromisoformat(me['date']), date.fromisoformat(sib) + timedelta(days=1)
    ok = sum(1 for d in me['weekdays']
             if after - timedelta(days=(after.weekday() - WEEKDAYS.index(d)) % 7) == own - timedelta(days=(own.weekday() - WEEKDAYS.index(d)) % 7))
    return ok, len(me['weekdays']) - ok


def leave_one_out(folder, **kw):
    ok = bad = unread = 0
    for i, me in enumerate(folder):
        if not me['date'] or not me['weekdays']:
            continue
        pool = [a for j, a in enumerate(folder) if j != i and a['date']]
        sib = sibling_date(me, pool, folder, **kw)
        if sib is None:
            unread += len(me['weekdays'])
            continue
        o, b = weekdays_read(me, sib)
        ok, bad = ok + o, bad + b
    return ok, bad, unread


def small_folders(big, k, draws=100, seed=1, **kw):
    rnd, total = random.Random(seed), [0, 0, 0]
    for _ in range(draws):
        texts = rnd.sample(big, min(15, len(big)))
        keep = set(id(a) for a in [a for a in texts if a['date']][:k + 1])
        folder = [dict(a, date=a['date'] if id(a) in keep else None) for a in texts]
        total = [x + y for x, y in zip(total, leave_one_out(folder, **kw))]
    return tuple(total)


folders = [load(p) for p in sys.argv[1:]]
print("weekdays read: ok / wrong / not read")
print("| weighting | threshold | folders (leave-one-out) | small folders, 4 dated | small folders, 8 dated |")
print("|---|---|---|---|---|")
for all_texts, thr in [(False, 0.2), (True, 0.1), (True, 0.12), (True, 0.15), (True, 0.2)]:
    kw = dict(all_texts=all_texts, thr=thr)
    loo = [sum(x) for x in zip(*(leave_one_out(f, **kw) for f in folders))]
    print(f"| {'all texts' if all_texts else 'dated texts'} | {thr} | {tuple(loo)} | {small_folders(folders[0], 4, **kw)} | {small_folders(folders[0], 8, **kw)} |")
