import json, gzip, os, glob
ROOT='/work/shared/data/cloudtrail'
def files():
    out=[]
    for d,_,fs in os.walk(ROOT):
        for f in fs: out.append(os.path.join(d,f))
    return sorted(out)
def records():
    recs=[]
    for f in files():
        if f.endswith('.ndjson'):
            for line in open(f):
                if line.strip(): recs.append(json.loads(line))
        elif f.endswith('.json') or f.endswith('.json.gz'):
            op = gzip.open if f.endswith('.gz') else open
            with op(f,'rt') as h: recs.extend(json.load(h)['Records'])
    return recs
def category(r):
    c=r.get('eventCategory')
    if isinstance(c,str) and c.strip(): return c
    return 'Data' if str(r.get('managementEvent')).lower()=='false' else 'Management'
