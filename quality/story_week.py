#!/usr/bin/env python3
"""Leave-one-out check of reading an undated page in its story's week (QUALITY.md, "Stop 31").

Usage: quality/story_week.py EXPORT.json [EXPORT.json ...]  (exports of `newsline export DIR`).
Each dated article in turn is taken as undated: the dated article of its folder most like it
(shared words weighted by ln(texts/holders), over the geometric mean of both texts' weights)
gives the week, and each weekday the article names is read on or before the day after that
article's date; "ok" when that is the weekday on or before its own date. The last table is
the sibling's date against the article's own. Prototype tokens: lower-case words, no stop words."""
import json,re,math,collections,sys
STOP=set("the a an of to in on at for and or but is are was were be been by with from that this it its as he she they his her their said says say will would has have had not no after before about over into than also more which who what when where there up out one two new".split())
def words(t):
    return set(w for w in re.findall(r"[a-z][a-z'-]+", t.lower()) if w not in STOP and len(w)>2)
arts=[]
for f in sys.argv[1:]:
    c=json.load(open(f))
    for a in c['articles']:
        p=a['published']
        arts.append((f.split('/')[-1]+':'+a['id'], p['date'] if not p['inferred'] else None, words(a['text'])))
def run(thr, margin):
    right=near=wrong=none=0
    for i,(idi,di,wi) in enumerate(arts):
        if not di: continue
        pool=[(j,a) for j,a in enumerate(arts) if j!=i and a[1] and a[0].split(':')[0]==idi.split(':')[0]]
        df=collections.Counter(w for _,a in pool for w in a[2])
        N=len(pool)
        def sim(wj):
            sh=wi&wj
            s=sum(math.log(N/df[w]) for w in sh)
            n1=sum(math.log(N/df[w]) for w in wi if df[w]) ; n2=sum(math.log(N/df[w]) for w in wj)
            return s/ math.sqrt(max(n1,1e-9)*max(n2,1e-9))
        sc=sorted(((sim(a[2]),a[1],a[0]) for j,a in pool), reverse=True)
        best=sc[0]
        if best[0]<thr: none+=1; continue
        # margin: best other-date score
        other=[s for s,d,_ in sc if d!=best[1]]
        if other and other[0]*margin>best[0]: none+=1; continue
        from datetime import date
        dd=abs((date.fromisoformat(best[1])-date.fromisoformat(di)).days)
        if dd==0: right+=1
        elif dd==1: near+=1
        else: wrong+=1
    print(f"thr={thr} margin={margin}: right {right} near(±1) {near} wrong {wrong} none {none}")

print("--- weekdays read on or before the day after the sibling's date (likeness threshold, lead): ok, bad, skipped")
from datetime import date, timedelta
WD=['monday','tuesday','wednesday','thursday','friday','saturday','sunday']
texts={}
for f in sys.argv[1:]:
    c=json.load(open(f))
    for a in c['articles']: texts[f.split('/')[-1]+':'+a['id']]=a['text']
def run2(thr, mode, margin=1.0):
    ok=bad=skip=0
    for i,(idi,di,wi) in enumerate(arts):
        if not di: continue
        wds=[w for w in WD if re.search(r'\b'+w+r'\b', texts[idi].lower())]
        if not wds: continue
        pool=[(j,a) for j,a in enumerate(arts) if j!=i and a[1] and a[0].split(':')[0]==idi.split(':')[0]]
        df=collections.Counter(w for _,a in pool for w in a[2]); N=len(pool)
        def sim(wj):
            sh=wi&wj; s=sum(math.log(N/df[w]) for w in sh)
            n1=sum(math.log(N/df[w]) for w in wi if df[w]); n2=sum(math.log(N/df[w]) for w in wj)
            return s/math.sqrt(max(n1,1e-9)*max(n2,1e-9))
        sc=sorted(((sim(a[2]),a[1]) for j,a in pool), reverse=True)
        if sc[0][0]<thr: skip+=len(wds); continue
        oth=[x for x,d in sc if d!=sc[0][1]]
        if oth and oth[0]*margin>sc[0][0]: skip+=len(wds); continue
        P=date.fromisoformat(di); A=date.fromisoformat(sc[0][1])
        for w in wds:
            k=WD.index(w)
            true=P-timedelta(days=(P.weekday()-k)%7)
            before=A-timedelta(days=(A.weekday()-k)%7)
            after=before+timedelta(days=7)
            if mode=='nearest': guess=before if (A-before)<=(after-A) else after
            elif mode=='onbefore': guess=before
            elif mode=='plus1':
                A1=A+timedelta(days=1); guess=A1-timedelta(days=(A1.weekday()-k)%7)
            if guess==true: ok+=1
            else: bad+=1
    print(thr,mode,margin,"ok",ok,"bad",bad,"skip",skip)
for thr in [0.15,0.2,0.25]:
    for m in [1.0, 1.2, 1.5]: run2(thr,'plus1',m)
print("--- the sibling's date as the publication date")
for thr in [0.15, 0.2, 0.25]:
    for m in [1.0, 1.2]:
        run(thr, m)
