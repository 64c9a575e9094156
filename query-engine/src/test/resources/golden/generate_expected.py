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


# ---------- one well-known event for scalar functions
E = [r for r in S1 if g(r,'eventID') == '3c856bc0-1a07-4c18-89d9-4d9205856714'][0]
W = "FROM {store1} WHERE eventID = '3c856bc0-1a07-4c18-89d9-4d9205856714'"
ET = t(E)

# ---------- nested
F = 'nested.golden'
def rp(r, k):
    m = r.get('requestParameters')
    return m.get(k) if isinstance(m, dict) and isinstance(m.get(k), str) else None
c = Counter(rp(r, 'bucketName') for r in S1 if g(r,'eventSource') == 's3.amazonaws.com')
rows = sorted(c.items(), key=lambda kv: (-kv[1], key(kv[0])))[:5]
case(F, 'element_at on a map', "SELECT element_at(requestParameters, 'bucketName') AS bucket, count(*) AS n FROM {store1} WHERE eventSource = 's3.amazonaws.com' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5", ['bucket', 'n'], rows)
case(F, 'map subscript', "SELECT requestParameters['bucketName'] AS bucket, count(*) AS n FROM {store1} WHERE eventSource = 's3.amazonaws.com' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5", ['bucket', 'n'], rows)
case(F, 'missing map key is NULL', "SELECT element_at(requestParameters, 'noSuchKey') AS v, requestParameters['bucketName'] AS b " + W, ['v', 'b'], [[None, rp(E, 'bucketName')]])
def rl(r):
    l = r.get('resources')
    return [y for y in l if isinstance(y, dict)] if isinstance(l, list) else None
card = Counter(len(rl(r)) if rl(r) is not None else None for r in S1)
case(F, 'cardinality', 'SELECT cardinality(resources) AS c, count(*) AS n FROM {store1} GROUP BY 1 ORDER BY 1', ['c', 'n'], sorted(card.items(), key=lambda kv: key(kv[0])))
def res(r, i, f):
    l = rl(r)
    if l is None or len(l) <= i or not isinstance(l[i], dict): return None
    v = l[i].get(f); return v if isinstance(v, str) else None
c = Counter(res(r, 0, 'ARN') for r in S1 if rl(r) and len(rl(r)) >= 1)
case(F, 'array subscript and field', 'SELECT resources[1].ARN AS arn, count(*) AS n FROM {store1} WHERE cardinality(resources) >= 1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3', ['arn', 'n'], sorted(c.items(), key=lambda kv: (-kv[1], key(kv[0])))[:3])
case(F, 'element_at on an array, out of range is NULL', 'SELECT element_at(resources, 1) AS first, element_at(resources, 2) AS second, resources[1].type AS type ' + W,
     ['first', 'second', 'type'], [[json.dumps({'accountId': res(E,0,'accountId'), 'type': res(E,0,'type'), 'ARN': res(E,0,'ARN'), 'arnPrefix': res(E,0,'ARNPrefix')}, separators=(',', ':')), None, res(E,0,'type')]])
c = Counter()
for r in S1:
    for x in [y for y in (r.get('resources') if isinstance(r.get('resources'), list) else []) if isinstance(y, dict)]:
        c[x.get('type') if isinstance(x.get('type'), str) else None] += 1
case(F, 'CROSS JOIN UNNEST with column aliases', 'SELECT r.type, count(*) AS n FROM (SELECT * FROM {store1} WHERE resources IS NOT NULL) e CROSS JOIN UNNEST(e.resources) AS r(accountId, type, arn, arnPrefix) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 4',
     ['type', 'n'], sorted(c.items(), key=lambda kv: (-kv[1], key(kv[0])))[:4])
n = sum(1 for r in S1 if isinstance(r.get('requestParameters'), dict) and 'bucketName' in r['requestParameters'])
case(F, 'contains over map_keys', "SELECT count(*) AS n FROM {store1} WHERE contains(map_keys(requestParameters), 'bucketName')", ['n'], [[n]])
m = E['requestParameters']
case(F, 'map_keys and map_values', 'SELECT map_keys(requestParameters) AS k, map_values(requestParameters) AS v, cardinality(map_keys(requestParameters)) AS c ' + W,
     ['k', 'v', 'c'], [[json.dumps(list(m.keys()), separators=(',', ':')), json.dumps(list(m.values()), separators=(',', ':')), len(m)]])

# ---------- time
F = 'time.golden'
def cnt(pred): return sum(1 for r in S1 if pred(t(r)))
T0 = dt.datetime(2023, 7, 10, 12, 0, 0)
case(F, 'space-separated string', "SELECT count(*) AS n FROM {store1} WHERE eventTime > '2023-07-10 12:00:00'", ['n'], [[cnt(lambda x: x > T0)]])
case(F, 'ISO string with Z', "SELECT count(*) AS n FROM {store1} WHERE eventTime > '2023-07-10T12:00:00Z'", ['n'], [[cnt(lambda x: x > T0)]])
case(F, 'ISO string with millis and offset', "SELECT count(*) AS n FROM {store1} WHERE eventTime > '2023-07-10T14:00:00.000+02:00'", ['n'], [[cnt(lambda x: x > T0)]])
case(F, 'string on the left, >=', "SELECT count(*) AS n FROM {store1} WHERE '2023-07-10 12:00:00' <= eventTime", ['n'], [[cnt(lambda x: x >= T0)]])
case(F, 'TIMESTAMP literal', "SELECT count(*) AS n FROM {store1} WHERE eventTime < TIMESTAMP '2023-07-10 12:00:00'", ['n'], [[cnt(lambda x: x < T0)]])
T1 = dt.datetime(2023, 7, 10, 12, 30, 0)
case(F, 'BETWEEN mixed forms, upper case column', "SELECT count(*) AS n FROM {store1} WHERE EVENTTIME BETWEEN '2023-07-10T12:00:00Z' AND '2023-07-10 12:30:00'", ['n'], [[cnt(lambda x: T0 <= x <= T1)]])
case(F, 'equality, qualified column', "SELECT count(*) AS n FROM {store1} AS e WHERE e.eventTime = '2023-07-10T11:42:44Z'", ['n'], [[cnt(lambda x: x == ET)]])
case(F, 'inequality', "SELECT count(*) AS n FROM {store1} WHERE eventTime <> '2023-07-10 11:42:44' AND eventTime != '2023-07-10T12:00:00Z'", ['n'], [[cnt(lambda x: x != ET and x != T0)]])
case(F, 'IN list', "SELECT count(*) AS n FROM {store1} WHERE eventTime IN ('2023-07-10T11:42:44Z', '2023-07-10 12:00:00.000')", ['n'], [[cnt(lambda x: x in (ET, T0))]])
c = Counter(t(r).date() for r in S1)
case(F, 'date_trunc day', "SELECT date_trunc('day', eventTime) AS d, count(*) AS n FROM {store1} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3", ['d', 'n'],
     [[ts(dt.datetime.combine(k, dt.time())), v] for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3]])
c = Counter(t(r).replace(day=1, hour=0, minute=0, second=0) for r in S1 if t(r).year < 2023)
case(F, 'date_trunc month', "SELECT date_trunc('month', eventTime) AS m, count(*) AS n FROM {store1} WHERE eventTime < '2023-01-01 00:00:00' GROUP BY 1 ORDER BY 1 LIMIT 5", ['m', 'n'],
     [[ts(k), v] for k, v in sorted(c.items())[:5]])
monday = (ET - dt.timedelta(days=ET.weekday())).replace(hour=0, minute=0, second=0)
case(F, 'date_trunc week and hour', "SELECT date_trunc('week', eventTime) AS w, date_trunc('hour', eventTime) AS h, date_trunc('year', eventTime) AS y " + W,
     ['w', 'h', 'y'], [[ts(monday), ts(ET.replace(minute=0, second=0)), ts(ET.replace(month=1, day=1, hour=0, minute=0, second=0))]])
case(F, 'date_add and date_diff', "SELECT date_add('day', 1, eventTime) AS tomorrow, date_add('hour', -2, eventTime) AS earlier, date_add('month', 1, eventTime) AS next_month, date_diff('minute', eventTime, TIMESTAMP '2023-07-10 12:00:00') AS minutes, date_diff('day', TIMESTAMP '2023-01-01 00:00:00', eventTime) AS days " + W,
     ['tomorrow', 'earlier', 'next_month', 'minutes', 'days'],
     [[ts(ET + dt.timedelta(days=1)), ts(ET - dt.timedelta(hours=2)), ts(ET.replace(month=8)), int((T0 - ET).total_seconds() // 60), (ET - dt.datetime(2023, 1, 1)).days]])
case(F, 'date_format', "SELECT date_format(eventTime, '%Y-%m-%d %H:%i:%s') AS a, date_format(eventTime, '%W %e %M %Y, %l:%i %p') AS b, date_format(eventTime, '%j %T %y %b %a') AS c " + W,
     ['a', 'b', 'c'], [[ET.strftime('%Y-%m-%d %H:%M:%S'), ET.strftime('%A ') + str(ET.day) + ET.strftime(' %B %Y, ') + str(int(ET.strftime('%I'))) + ET.strftime(':%M %p'), ET.strftime('%j %H:%M:%S %y %b %a')]])
case(F, 'ISO 8601 and unix time', "SELECT to_iso8601(eventTime) AS iso, to_unixtime(eventTime) AS unix, from_unixtime(1688989364) AS from_unix, from_iso8601_timestamp('2023-07-10T13:42:44.250+02:00') AS parsed, date_parse('2023/07/10 11:42', '%Y/%m/%d %H:%i') AS dp " + W,
     ['iso', 'unix', 'from_unix', 'parsed', 'dp'],
     [[ET.strftime('%Y-%m-%dT%H:%M:%S.000'), repr(float(ET.replace(tzinfo=dt.timezone.utc).timestamp())), ts(dt.datetime.fromtimestamp(1688989364, dt.timezone.utc).replace(tzinfo=None)), '2023-07-10 11:42:44.250', '2023-07-10 11:42:00.000']])
iso = ET.isocalendar()
case(F, 'date parts', 'SELECT year(eventTime), quarter(eventTime), month(eventTime), day(eventTime), day_of_month(eventTime), hour(eventTime), minute(eventTime), second(eventTime), millisecond(eventTime), day_of_week(eventTime), dow(eventTime), day_of_year(eventTime), week(eventTime), year_of_week(eventTime), date(eventTime) ' + W,
     ['_col%d' % i for i in range(15)],
     [[ET.year, (ET.month - 1) // 3 + 1, ET.month, ET.day, ET.day, ET.hour, ET.minute, ET.second, 0, iso[2], iso[2], ET.timetuple().tm_yday, iso[1], iso[0], ET.date().isoformat()]])
case(F, 'current time functions', "SELECT now() > eventTime AS a, current_timestamp > TIMESTAMP '2020-01-01 00:00:00' AS b " + W, ['a', 'b'], [['true', 'true']])

# ---------- functions
F = 'functions.golden'
src = E['eventSource']; name = E['eventName']
import re as _re
case(F, 'regular expressions', "SELECT regexp_like(eventName, '^Get'), regexp_like(eventName, 'Public'), regexp_extract(eventSource, '^[a-z0-9]+'), regexp_extract(eventSource, '^([a-z0-9]+)\\.(\\w+)', 2), regexp_extract(eventSource, 'zzz') " + W,
     ['_col%d' % i for i in range(5)], [['true', 'true', _re.match('^[a-z0-9]+', src).group(0), _re.match(r'^([a-z0-9]+)\.(\w+)', src).group(2), None]])
case(F, 'splitting and searching', "SELECT split_part(eventSource, '.', 1) AS part, split(eventSource, '.') AS pieces, cardinality(split(eventSource, '.')) AS count, strpos(eventSource, '.') AS dot, strpos(eventSource, 'zzz') AS none " + W,
     ['part', 'pieces', 'count', 'dot', 'none'], [[src.split('.')[0], json.dumps(src.split('.'), separators=(',', ':')), len(src.split('.')), src.index('.') + 1, 0]])
case(F, 'substrings and case', "SELECT substr(eventName, 4), substr(eventName, 1, 3), substring(eventName, 4, 6), lower(eventName), upper(awsRegion), length(eventName) " + W,
     ['_col%d' % i for i in range(6)], [[name[3:], name[:3], name[3:9], name.lower(), E['awsRegion'].upper(), len(name)]])
case(F, 'replace and concatenation', "SELECT replace(eventSource, '.amazonaws.com') AS short, replace(eventSource, 'amazonaws', 'aws') AS renamed, concat(eventName, '@', awsRegion) AS joined, eventName || '/' || awsRegion AS piped, concat(eventName, errorCode) AS with_null " + W,
     ['short', 'renamed', 'joined', 'piped', 'with_null'], [[src.replace('.amazonaws.com', ''), src.replace('amazonaws', 'aws'), name + '@' + E['awsRegion'], name + '/' + E['awsRegion'], None]])
case(F, 'coalesce, if, greatest, least', "SELECT coalesce(errorCode, 'none') AS e, if(readOnly, 'read', 'write') AS mode, if(errorCode IS NOT NULL, 'failed') AS failed, greatest(3, 7, 5) AS g, least(3, 7, 5) AS l " + W,
     ['e', 'mode', 'failed', 'g', 'l'], [['none', 'read', None, 7, 3]])
case(F, 'cast and try_cast', "SELECT cast('42' AS integer) + 1 AS a, try_cast('42' AS bigint) AS b, try_cast(eventName AS integer) AS c, try_cast('2023-07-10' AS date) AS d, try_cast('x' AS date) AS e, cast(cardinality(resources) AS varchar) AS f " + W,
     ['a', 'b', 'c', 'd', 'e', 'f'], [[43, 42, None, '2023-07-10', None, str(len(E['resources']))]])
case(F, 'case-insensitive function names', "SELECT UPPER(eventName) AS u, Element_At(requestParameters, 'Host') AS h, JSON_EXTRACT_SCALAR(eventJson, '$.eventName') AS j " + W,
     ['u', 'h', 'j'], [[name.upper(), rp(E, 'Host'), name]])

# ---------- json
F = 'json.golden'
case(F, 'json_extract_scalar paths', "SELECT json_extract_scalar(eventJson, '$.userIdentity.type') AS t, json_extract_scalar(eventJson, '$.resources[0].ARN') AS arn, json_extract_scalar(eventJson, '$[''eventName'']') AS n, json_extract_scalar(eventJson, '$.userIdentity') AS object, json_extract_scalar(eventJson, '$.nothing') AS missing " + W,
     ['t', 'arn', 'n', 'object', 'missing'], [[E['userIdentity']['type'], E['resources'][0]['ARN'], name, None, None]])
case(F, 'json_extract, json_array_length, json_size', "SELECT json_extract(eventJson, '$.resources[0].type') AS t, json_array_length(json_extract(eventJson, '$.resources')) AS len, json_size(eventJson, '$.requestParameters') AS size " + W,
     ['t', 'len', 'size'], [[json.dumps(E['resources'][0]['type']), len(E['resources']), len(E['requestParameters'])]])
case(F, 'json_parse, json_format, json_array_contains, json_array_get', "SELECT json_format(json_parse('{\"a\": [1, 2]}')) AS f, json_array_contains('[1, 2]', 2) AS n, json_array_contains('[\"a\"]', 'b') AS s, json_array_get('[\"x\", \"y\"]', 1) AS g, is_json_scalar('3') AS scalar " + W,
     ['f', 'n', 's', 'g', 'scalar'], [['{"a":[1,2]}', 'true', 'false', '"y"', 'true']])
c = Counter(g(r,'userIdentity','type') for r in S1)
case(F, 'json_extract_scalar agrees with the struct column', "SELECT count(*) AS n FROM {store1} WHERE json_extract_scalar(eventJson, '$.userIdentity.type') = userIdentity.type", ['n'],
     [[sum(1 for r in S1 if g(r,'userIdentity','type') is not None)]])

# ---------- aggregates
F = 'aggregates.golden'
names2 = {g(r,'eventName') for r in S2} - {None}
last = max(S2, key=lambda r: r['eventTime']); first = min(S2, key=lambda r: r['eventTime'])
assert sum(1 for r in S2 if r['eventTime'] == last['eventTime']) == 1 and sum(1 for r in S2 if r['eventTime'] == first['eventTime']) == 1
case(F, 'distinct counts, max_by, min_by', 'SELECT approx_distinct(eventName) AS a, count(DISTINCT eventName) AS c, max_by(eventName, eventTime) AS latest, min_by(eventName, eventTime) AS earliest FROM {store2}',
     ['a', 'c', 'latest', 'earliest'], [[len(names2), len(names2), last['eventName'], first['eventName']]])
rows = []
for reg in sorted({g(r,'awsRegion') for r in S2 if g(r,'awsRegion') and g(r,'awsRegion').startswith('us-')}):
    grp = [r for r in S2 if g(r,'awsRegion') == reg]
    rows.append([reg, len(grp), min(t(r) for r in grp).strftime('%Y-%m-%d %H:%M:%S.000'), reg])
case(F, 'arbitrary, min over timestamps', "SELECT awsRegion, count(*) AS n, min(eventTime) AS first, arbitrary(awsRegion) AS any FROM {store2} WHERE awsRegion LIKE 'us-%' GROUP BY awsRegion ORDER BY awsRegion",
     ['awsRegion', 'n', 'first', 'any'], rows)
cr = sorted([r for r in S2 if (g(r,'eventName') or '').startswith('CreateAccessKey')], key=lambda r: (r['eventTime'], g(r,'eventID') or ''))
case(F, 'array_agg', "SELECT array_agg(eventName) AS names, cardinality(array_agg(eventID)) AS n FROM (SELECT eventName, eventID FROM {store2} WHERE eventName = 'CreateAccessKey')",
     ['names', 'n'], [[json.dumps([r['eventName'] for r in cr], separators=(',', ':')), len(cr)]])
c = Counter((g(r,'eventSource'), g(r,'readOnly') if False else r.get('readOnly')) for r in S1 if g(r,'eventSource') == 'iam.amazonaws.com')
c2 = Counter(str(r.get('readOnly')).lower() if isinstance(r.get('readOnly'), bool) else None for r in S1 if g(r,'eventSource') == 'iam.amazonaws.com')
case(F, 'GROUP BY ordinal, sum, avg', "SELECT readOnly, count(*) AS n, sum(CASE WHEN errorCode IS NULL THEN 0 ELSE 1 END) AS errors FROM {store1} WHERE eventSource = 'iam.amazonaws.com' GROUP BY 1 ORDER BY 1",
     ['readOnly', 'n', 'errors'], [[k, v, sum(1 for r in S1 if g(r,'eventSource') == 'iam.amazonaws.com' and (str(r.get('readOnly')).lower() if isinstance(r.get('readOnly'), bool) else None) == k and r.get('errorCode') is not None)] for k, v in sorted(c2.items(), key=lambda kv: key(kv[0]))])

# ---------- labels
F = 'labels.golden'
case(F, 'alias, name as written, last segment, _colN', "SELECT eventName, userIdentity.ARN, upper(eventName), eventSource AS src, 1 + 1, e.awsRegion FROM {store1} AS e WHERE eventID = '3c856bc0-1a07-4c18-89d9-4d9205856714'",
     ['eventName', 'ARN', '_col2', 'src', '_col4', 'awsRegion'], [[name, E['userIdentity']['arn'], name.upper(), src, 2, E['awsRegion']]])
cols = ['eventVersion', 'userIdentity', 'eventTime', 'eventSource', 'eventName', 'awsRegion', 'sourceIPAddress', 'userAgent', 'errorCode', 'errorMessage', 'requestParameters', 'responseElements', 'additionalEventData', 'requestID', 'eventID', 'readOnly', 'resources', 'eventType', 'apiVersion', 'managementEvent', 'recipientAccountId', 'sharedEventID', 'annotation', 'vpcEndpointId', 'vpcEndpointAccountId', 'serviceEventDetails', 'addendum', 'edgeDeviceDetails', 'insightDetails', 'eventCategory', 'tlsDetails', 'sessionCredentialFromConsole', 'eventJson', 'eventJsonChecksum']
case(F, 'star keeps schema names', 'SELECT * FROM {store1} LIMIT 0', cols, [])
case(F, 'union takes the first branch labels', "SELECT eventName AS first_name, count(*) FROM {store1} WHERE eventID = '3c856bc0-1a07-4c18-89d9-4d9205856714' GROUP BY 1 UNION ALL SELECT 'x' AS other, 0 FROM {store2} WHERE eventName = 'none' ORDER BY 1",
     ['first_name', '_col1'], [[name, 1]])
case(F, 'labels inside CTE and subquery are not renamed', "WITH x AS (SELECT upper(eventName) AS u FROM {store1} WHERE eventID = '3c856bc0-1a07-4c18-89d9-4d9205856714') SELECT u, lower(u) FROM x",
     ['u', '_col1'], [[name.upper(), name.lower()]])

# ---------- errors
F = 'errors.golden'
error(F, 'DDL', 'DROP TABLE {store1}', 'InvalidQueryStatementException', "starts with 'DROP' (line 1, column 1)")
error(F, 'DML', "INSERT INTO {store1} VALUES ('x')", 'InvalidQueryStatementException', "starts with 'INSERT'")
error(F, 'DML after WITH', "WITH x AS (SELECT 1) DELETE FROM {store1}", 'InvalidQueryStatementException', 'line 1')
error(F, 'two statements', 'SELECT 1;\nSELECT 2', 'InvalidQueryStatementException', "more than one statement (';' at line 1, column 9)")
error(F, 'unparsable', 'SELECT eventName\nFROM {store1}\nWHERE eventName = = 1', 'InvalidQueryStatementException', 'line 3, column 17')
error(F, 'unknown column', 'SELECT eventNam FROM {store1}', 'InvalidQueryStatementException', "Column 'eventNam' not found in any table (line 1, column 8)")
error(F, 'unknown column after a quoted store id', 'SELECT count(*) FROM {store1} WHERE nope = 1', 'InvalidQueryStatementException', "Column 'nope' not found in any table (line 1, column 65)")
error(F, 'unknown function', 'SELECT no_such_function(eventName) FROM {store1}', 'InvalidQueryStatementException', 'no_such_function')
error(F, 'bad eventTime literal', "SELECT count(*) FROM {store1} WHERE eventTime > 'yesterday'", 'InvalidQueryStatementException', "'yesterday' is not a timestamp")
error(F, 'date_diff keeps its own name in errors', "SELECT date_diff('day', eventName) FROM {store1}", 'InvalidQueryStatementException', 'date_diff')
error(F, 'empty', '   ', 'InvalidQueryStatementException', 'empty')

for f, cases in OUT.items():
    open(sys.argv[1] + '/' + f, 'w').write('# Generated once by an independent Python reading of the corpus; see README.md.\n\n' + '\n'.join(cases))
