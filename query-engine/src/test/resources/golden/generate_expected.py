import json, sys, datetime as dt
from collections import Counter, defaultdict
from corpus import records, category
rs = records()
S1 = [r for r in rs if category(r) == 'Management']
S2 = [r for r in rs if r.get('awsRegion') != 'us-east-1']
def g(r, *path):
    v = r
    for p in path:
        if not isinstance(v, dict): return None
        v = v.get(p)
    return v if (v is None or isinstance(v, str)) else None
def t(r): return dt.datetime.strptime(r['eventTime'], '%Y-%m-%dT%H:%M:%SZ')
def ts(d): return d.strftime('%Y-%m-%d %H:%M:%S.') + '%03d' % (d.microsecond // 1000)
def key(v): return (v is None, v if v is not None else '')  # nulls last
OUT = {}
def case(file, name, sql, labels, rows):
    OUT.setdefault(file, []).append('=== %s\n%s\n--- expect\n%s\n%s\n' % (name, sql.strip(), json.dumps(labels),
        '\n'.join(json.dumps([None if v is None else str(v) for v in row]) for row in rows)))
def error(file, name, sql, code, fragment):
    OUT.setdefault(file, []).append('=== %s\n%s\n--- error %s\n%s\n' % (name, sql.strip(), code, fragment))
def top(counter, n, desc=True):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

# ---------- tables
F = 'tables.golden'
case(F, 'bare store id', 'SELECT count(*) AS n FROM {store1}', ['n'], [[len(S1)]])
case(F, 'quoted store id', 'SELECT count(*) AS n FROM "{store1}"', ['n'], [[len(S1)]])
case(F, 'bare store name', 'SELECT count(*) AS n FROM management-events', ['n'], [[len(S1)]])
case(F, 'quoted store name', 'SELECT count(*) AS n FROM "management-events" WHERE eventSource = \'iam.amazonaws.com\'', ['n'],
     [[sum(1 for r in S1 if g(r,'eventSource') == 'iam.amazonaws.com')]])
case(F, 'bare id starting with a digit', 'SELECT count(*) AS n FROM {store2}', ['n'], [[len(S2)]])
c = Counter(g(r,'eventName') for r in S1 if g(r,'awsRegion') == 'us-west-2')
case(F, 'case-insensitive identifiers and ORDER BY alias',
     "SELECT EVENTNAME, count(*) AS Total FROM {store1} WHERE AwsRegion = 'us-west-2' GROUP BY EVENTNAME ORDER BY Total DESC, EVENTNAME LIMIT 5",
     ['EVENTNAME', 'Total'], top(c, 5))
ids2 = Counter(g(r,'eventID') for r in S2 if g(r,'eventID') is not None)
c = Counter()
for r in S1:
    c[g(r,'eventName')] += ids2.get(g(r,'eventID'), 0)
c = Counter({k: v for k, v in c.items() if v})
case(F, 'inner join with aliases',
     'SELECT a.eventName, count(*) AS n FROM {store1} AS a INNER JOIN {store2} AS b ON a.eventID = b.eventID GROUP BY a.eventName ORDER BY n DESC, a.eventName LIMIT 5',
     ['eventName', 'n'], top(c, 5))
total = sum(max(1, ids2.get(g(r,'eventID'), 0)) for r in S1)
matched = sum(ids2.get(g(r,'eventID'), 0) for r in S1)
case(F, 'left join', 'SELECT count(*) AS total, count(b.eventID) AS matched FROM {store1} a LEFT JOIN {store2} b ON a.eventID = b.eventID',
     ['total', 'matched'], [[total, matched]])
ids1 = Counter(g(r,'eventID') for r in S1 if g(r,'eventID') is not None)
total = sum(max(1, ids1.get(g(r,'eventID'), 0)) for r in S2)
matched = sum(ids1.get(g(r,'eventID'), 0) for r in S2)
case(F, 'right join', 'SELECT count(*) AS total, count(a.eventID) AS matched FROM {store1} a RIGHT JOIN {store2} b ON a.eventID = b.eventID',
     ['total', 'matched'], [[total, matched]])
n = sum(ids1.get(g(r,'eventID'), 0) for r in S2 if g(r,'eventName') == 'AssumeRole')
case(F, 'comma join', "SELECT count(*) AS n FROM {store1} a, {store2} b WHERE a.eventID = b.eventID AND b.eventName = 'AssumeRole'", ['n'], [[n]])
u = sorted({g(r,'awsRegion') for r in S1 + S2 if g(r,'eventSource') == 'sts.amazonaws.com' and (r in S1 or r in S2)} , key=key)
regs = sorted({g(r,'awsRegion') for r in S1 if g(r,'eventSource') == 'sts.amazonaws.com'} | {g(r,'awsRegion') for r in S2 if g(r,'eventSource') == 'sts.amazonaws.com'}, key=key)
case(F, 'union', "SELECT awsRegion FROM {store1} WHERE eventSource = 'sts.amazonaws.com' UNION SELECT awsRegion FROM {store2} WHERE eventSource = 'sts.amazonaws.com' ORDER BY 1",
     ['awsRegion'], [[x] for x in regs])
case(F, 'union all', 'SELECT count(*) AS n FROM (SELECT eventID FROM {store1} UNION ALL SELECT eventID FROM "{store2}") AS u', ['n'], [[len(S1) + len(S2)]])
s1 = {g(r,'eventID') for r in S1}; s2 = {g(r,'eventID') for r in S2}  # NULL eventIDs match in set operations, as in SQL
case(F, 'intersect', 'SELECT count(*) AS n FROM (SELECT eventID FROM {store1} INTERSECT SELECT eventID FROM {store2})', ['n'], [[len(s1 & s2)]])
case(F, 'except', 'SELECT count(*) AS n FROM (SELECT eventID FROM management-events EXCEPT SELECT eventID FROM {store2})', ['n'], [[len(s1 - s2)]])
c = Counter(g(r,'eventName') for r in S2)
case(F, 'common table expression', 'WITH s AS (SELECT eventName FROM {store2}) SELECT eventName, count(*) AS n FROM s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3',
     ['eventName', 'n'], top(c, 3))
d2 = {g(r,'eventID') for r in S2 if (g(r,'eventName') or '').startswith('Describe')} - {None}
case(F, 'IN subquery', "SELECT count(*) AS n FROM {store1} WHERE eventID IN (SELECT eventID FROM {store2} WHERE eventName LIKE 'Describe%')",
     ['n'], [[sum(1 for r in S1 if g(r,'eventID') in d2)]])
case(F, 'scalar subquery and derived table', 'SELECT (SELECT count(*) FROM {store2}) AS n2, x.n1 FROM (SELECT count(*) AS n1 FROM {store1}) x',
     ['n2', 'n1'], [[len(S2), len(S1)]])

# ---------- structure
F = 'structure.golden'
c = Counter(g(r,'userIdentity','sessionContext','sessionIssuer','userName') for r in S1)
c.pop(None, None)
case(F, 'nested struct path', 'SELECT userIdentity.sessionContext.sessionIssuer.userName, count(*) AS n FROM {store1} WHERE userIdentity.sessionContext.sessionIssuer.userName IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT 5',
     ['userName', 'n'], top(c, 5))
c = Counter(g(r,'tlsDetails','tlsVersion') for r in S1)
case(F, 'struct field, NULLS FIRST', 'SELECT tlsDetails.tlsVersion, count(*) AS n FROM {store1} GROUP BY tlsDetails.tlsVersion ORDER BY 1 NULLS FIRST',
     ['tlsVersion', 'n'], [[k, v] for k, v in sorted(c.items(), key=lambda kv: (kv[0] is not None, kv[0] or ''))])
case(F, 'NULLS LAST by default', 'SELECT tlsDetails.tlsVersion AS v, count(*) AS n FROM {store1} GROUP BY 1 ORDER BY 1 DESC',
     ['v', 'n'], [[k, v] for k, v in sorted([kv for kv in c.items() if kv[0]], key=lambda kv: kv[0], reverse=True)] + [[None, c[None]]])
c = Counter(g(r,'userIdentity','type') for r in S1)
case(F, 'lower-case path, label as written', 'SELECT useridentity.TYPE, count(*) AS n FROM {store1} GROUP BY 1 HAVING count(*) >= 10 ORDER BY 2 DESC, 1',
     ['TYPE', 'n'], [[k, v] for k, v in sorted(c.items(), key=lambda kv: (-kv[1], key(kv[0]))) if v >= 10])
c = Counter(g(r,'errorCode') for r in S1)
case(F, 'HAVING and NULL group', 'SELECT errorCode, count(*) AS n FROM {store1} GROUP BY 1 HAVING count(*) > 20 ORDER BY 1 NULLS FIRST',
     ['errorCode', 'n'], [[k, v] for k, v in sorted(c.items(), key=lambda kv: (kv[0] is not None, kv[0] or '')) if v > 20])
case(F, 'IS DISTINCT FROM', 'SELECT errorCode IS DISTINCT FROM NULL AS failed, count(*) AS n FROM {store1} GROUP BY 1 ORDER BY 1',
     ['failed', 'n'], [['false', c[None]], ['true', len(S1) - c[None]]])
vals = sorted({g(r,'eventSource') for r in S2 if g(r,'awsRegion') == 'us-west-2'}, key=key)
case(F, 'DISTINCT', "SELECT DISTINCT eventSource FROM {store2} WHERE awsRegion = 'us-west-2' ORDER BY eventSource", ['eventSource'], [[v] for v in vals])
ordered = sorted(S2, key=lambda r: (r['eventTime'], g(r,'eventID')))
rows = []
for i, r in enumerate(ordered[:5]):
    rows.append([g(r,'eventName'), i + 1, g(ordered[i-1],'eventName') if i else None, g(ordered[i+1],'eventName')])
case(F, 'row_number, lag, lead', 'SELECT eventName, row_number() OVER (ORDER BY eventTime, eventID) AS rn, lag(eventName) OVER (ORDER BY eventTime, eventID) AS previous, lead(eventName, 1) OVER (ORDER BY eventTime, eventID) AS following FROM {store2} ORDER BY rn LIMIT 5',
     ['eventName', 'rn', 'previous', 'following'], rows)
c = Counter(g(r,'eventSource') for r in S1)
ranked = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
rows = []
for k, v in ranked[:6]:
    rows.append([k, v, 1 + sum(1 for _, w in ranked if w > v)])
case(F, 'rank over aggregate', 'SELECT eventSource, n, rank() OVER (ORDER BY n DESC) AS r FROM (SELECT eventSource, count(*) AS n FROM {store1} GROUP BY eventSource) ORDER BY n DESC, eventSource LIMIT 6',
     ['eventSource', 'n', 'r'], rows)
rows = []
for reg in ['us-west-2', 'us-east-2']:
    rr = sorted([r for r in S1 if g(r,'awsRegion') == reg], key=lambda r: (r['eventTime'], g(r,'eventID')))
    rows.append([reg, g(rr[0],'eventName')])
case(F, 'partitioned window', "SELECT awsRegion, eventName FROM (SELECT awsRegion, eventName, row_number() OVER (PARTITION BY awsRegion ORDER BY eventTime, eventID) AS rn FROM {store1} WHERE awsRegion IN ('us-west-2', 'us-east-2')) WHERE rn = 1 ORDER BY awsRegion DESC",
     ['awsRegion', 'eventName'], rows)
n = sum(1 for r in S1 if g(r,'eventName') != 'Decrypt' and g(r,'eventName') is not None)
case(F, 'bang equals', "SELECT count(*) AS n FROM {store1} WHERE eventName != 'Decrypt'", ['n'], [[n]])
case(F, 'CASE, LIKE, IN, BETWEEN', "SELECT CASE WHEN eventName LIKE 'Get%' THEN 'get' WHEN eventName IN ('Decrypt', 'Encrypt') THEN 'crypto' ELSE 'other' END AS kind, count(*) AS n FROM {store1} WHERE length(eventName) BETWEEN 5 AND 12 GROUP BY 1 ORDER BY 1",
     ['kind', 'n'], sorted(Counter(('get' if r['eventName'].startswith('Get') else 'crypto' if r['eventName'] in ('Decrypt','Encrypt') else 'other') for r in S1 if 5 <= len(r['eventName']) <= 12).items()))

for f, cases in OUT.items():
    open(sys.argv[1] + '/' + f, 'w').write('# Generated once by an independent Python reading of the corpus; see README.md.\n\n' + '\n'.join(cases))
