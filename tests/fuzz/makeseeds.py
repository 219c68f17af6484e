# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the seed corpora in tests/fuzz/corpus/ (spec examples from docs/api.md, the test
fixtures, hostile shapes). The FuzzedDataProvider layouts mirror fuzz_errorbody.cpp and
fuzz_sandboxrequest.cpp. Run from anywhere: python3 tests/fuzz/makeseeds.py [docs/api.md]"""
import sys
import os, re, json, base64
root=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'corpus')
spec=open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../docs/api.md')).read()
blocks=[b.strip() for b in re.findall(r'```json\n(.*?)```', spec, re.S)]
def w(target, name, data):
    d=os.path.join(root,target); os.makedirs(d,exist_ok=True)
    if isinstance(data,str): data=data.encode('utf-8','surrogatepass')
    open(os.path.join(d,name),'wb').write(data)
# --- jsonparsers: spec examples + fixtures + hostile shapes
for i,b in enumerate(blocks): w('jsonparsers',f'spec-{i:02d}.json',b)
fx=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../support/fixtures')
for f in sorted(os.listdir(fx)):
    if f.endswith('.json'): w('jsonparsers','fixture-'+f,open(os.path.join(fx,f),'rb').read())
w('jsonparsers','empty','')
w('jsonparsers','deep-nesting.json','{"activeNumbers":'+'['*3000+']'*3000+'}')
w('jsonparsers','deep-objects.json','{"a":'*1500+'1'+'}'*1500)
w('jsonparsers','huge-numbers.json','{"totalSize":1e400,"paymentIntervalMonths":-99999999999999999999999,"expires_in":18446744073709551616,"activeNumbers":[{"phoneNumber":"+12065550100","paymentIntervalMonths":2147483648,"money":{"currencyCode":"USD","amount":"1e309"}}],"nextPageToken":""}')
w('jsonparsers','wrong-types.json','{"activeNumbers":{"phoneNumber":1},"nextPageToken":42,"totalSize":"ten"}')
w('jsonparsers','wrong-types2.json','{"phoneNumber":["+12065550100"],"capability":"SMS","money":"0.80","smsConfiguration":[],"voiceConfiguration":7,"expireAt":true,"lastUpdatedTime":{}}')
w('jsonparsers','invalid-utf8.json',b'{"phoneNumber":"+1206555\xff\xfe0100","displayName":"\xc3\x28\xed\xa0\x80\xf4\x90\x80\x80","regionCode":"U\x80S"}')
w('jsonparsers','escaped-surrogate.json','{"displayName":"\\ud800\\udc00\\udfff\\u0000","nextPageToken":"\\ud83d"}')
w('jsonparsers','not-json.html','<html><body>502 Bad Gateway</body></html>')
w('jsonparsers','array-top.json','[{"phoneNumber":"+12065550100"}]')
w('jsonparsers','dates.json','{"lastUpdatedTime":"2024-02-30T25:61:61.1234567890+99:99","nextChargeDate":"9999-12-31T23:59:59.999999999-23:59","expireAt":"0000-01-01T00:00:00Z"}')
w('jsonparsers','date-only','2025-03-01T12:34:56.789+05:30')
w('jsonparsers','retry-after','Fri, 31 Dec 1999 23:59:59 GMT')
w('jsonparsers','retry-after-huge','99999999999999999999999')
w('jsonparsers','token.json','{"access_token":"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE3NjcyMjU2MDB9.sig","expires_in":3600,"scope":"","token_type":"bearer"}')
# --- errorbody: body + [header bytes] + [headerCount][pickIdx][statusBool]
common=[400,401,403,404,409,429,500,502,503,504,418,301]
names=["Retry-After","retry-after","WWW-Authenticate","Content-Type","RETRY-AFTER","X-Request-Id"]
def eb(status, body, headers=()):
    front=b''; back=[]  # back in consumption order
    if status in common: back += [1, common.index(status)]
    else: back += [0] + list(int(status).to_bytes(4,'little',signed=True))  # ConsumeIntegral<int>: 4 bytes
    back.append(len(headers))
    for n,v in headers:
        back += [1, names.index(n)]
        front += v.encode().replace(b'\\',b'\\\\')+b'\\ '
    if isinstance(body,str): body=body.encode()
    return front+body+bytes(reversed(back))
errs=[b for b in blocks if '"error"' in b]
for i,b in enumerate(errs):
    st=int(re.search(r'"code":\s*(\d+)',b).group(1)) if re.search(r'"code":\s*(\d+)',b) else 500
    w('errorbody',f'spec-{i:02d}',eb(st,b))
for f in sorted(os.listdir(fx)):
    if f.startswith('error'):
        b=open(os.path.join(fx,f),'rb').read(); m=re.search(rb'"code":\s*"?(\d+)',b)
        w('errorbody','fixture-'+f, eb(int(m.group(1)) if m and int(m.group(1)) in common else 400, b))
w('errorbody','429-retry-after-seconds',eb(429,'{"error":{"code":429,"message":"slow down","status":"RESOURCE_EXHAUSTED","details":[]}}',[("Retry-After","120")]))
w('errorbody','429-retry-after-date',eb(429,'',[("retry-after","Wed, 21 Oct 2015 07:28:00 GMT")]))
w('errorbody','429-retry-after-huge',eb(503,'',[("Retry-After","99999999999999999999")]))
w('errorbody','401-expired',eb(401,'',[("WWW-Authenticate",'Bearer realm="sinch", error="invalid_token", error_description="expired"')]))
w('errorbody','502-html',eb(502,'<html><body><h1>502 Bad Gateway</h1></body></html>'))
w('errorbody','string-code',eb(400,'{"error":{"code":"400","message":"bad","status":"INVALID_ARGUMENT","details":[{"type":"Mystery","x":[1,2]}]}}'))
w('errorbody','wrong-types',eb(404,'{"error":{"code":[404],"message":{"text":"x"},"status":7,"details":{"type":"BadRequest"}}}'))
w('errorbody','wrong-types2',eb(400,'{"error":{"code":"4O4","details":[{"type":"BadRequest","fieldViolations":"all"},{"type":"ResourceInfo","resourceName":5},null,3]}}'))
w('errorbody','deep',eb(500,'{"error":{"details":['+'['*2000+']'*2000+']}}'))
w('errorbody','invalid-utf8',eb(400,b'{"error":{"code":400,"message":"bad \xff\xfe \xed\xa0\x80","status":"INVALID_\x80ARGUMENT"}}'))
w('errorbody','weird-status',eb(-1,'{"error":"unauthorized"}'))
w('errorbody','oauth-error',eb(401,'{"error":"invalid_client","error_description":"bad credentials"}'))
# --- e164
for i,s in enumerate(["+1 (206) 555-0100","+46 70-123 45 67","0046701234567","tel:+442071838750","TEL: +44 20 7183 8750",
    "206 555 0100","070-123 45 67","+1 206 555 0100 ext. 5","++12065550100","+0123","+1","+1234567890123456789",
    "+12065550100/../../admin","+1206555%2F0100","+1206555?x=1#frag","+1.206.555.0100","+1/206/555/0100",
    "\u0661\u0662\u0663","\uff0b12065550100","+1\u00a0206\u2009555\u20130100","+1206\x00555\x0a0100"," \t+12065550100 \r\n",
    "99999999999999999999999999999999999999","sandbox-project","my_project-01","a"*129]):
    w('e164',f'seed-{i:02d}',s)
w('e164','invalid-utf8',b'+1206\xff555\xc0\x800100')
w('e164','utf16-lone-surrogate','+\x001\x00\x00\xd82\x000\x00')
# --- pagetoken
tok=base64.urlsafe_b64encode(json.dumps(["p1","0123456789abcdef","Support line","+12065550100"],separators=(',',':')).encode()).rstrip(b'=')
for i,s in enumerate([tok, b"CiQIARIgZmFrZQ==", b"a+b/c=d&e=f#g?h", b"%41%zz%", b"", "caf\u00e9 \u2603 token".encode(),
    b'["p1","x","y","z"]', b"W10", base64.b64encode(b'["p1",1,2,3]'), b"\xff\xfe\xfd", b'x'*4000,
    base64.urlsafe_b64encode(b'['*500+b']'*500)]):
    w('pagetoken',f'seed-{i:02d}',s)
# --- sandboxrequest: FuzzedDataProvider encoding, see fuzz_sandboxrequest.cpp
methods=["GET","POST","PATCH","PUT","DELETE","HEAD","OPTIONS"]
def esc(b): return b.replace(b'\\',b'\\\\')+b'\\ '
def sr(reqs):
    front=b''; back=[len(reqs)-1]  # ConsumeIntegralInRange(1,4): 1 + b%4
    for k,r in enumerate(reqs):
        back += [1, methods.index(r['method'])]
        back += [1, r['route']]
        if 2 <= r['route'] <= 10: back += [1]  # pickNumber case 1: +12065550100
        if r['route'] in (14,15): front += esc(r['raw'].encode())
        front += esc(r.get('query','').encode())
        back += [r.get('auth',0)]
        back += [0]  # no extra header
        body=r.get('body','').encode()
        front += body if k==len(reqs)-1 else esc(body)
    return front+bytes(reversed(back))
cases={
 'search':[dict(method='GET',route=0,query='regionCode=US&type=LOCAL&numberPattern.pattern=206&numberPattern.searchPattern=START&capabilities=SMS&capabilities=VOICE&size=5')],
 'rent-update-release':[dict(method='POST',route=3,body='{"smsConfiguration":{"servicePlanId":"abc"},"callbackUrl":"https://example.com/cb"}'),
                        dict(method='PATCH',route=5,body='{"displayName":"x","voiceConfiguration":{"type":"RTC","appId":"app"}}'),
                        dict(method='POST',route=6)],
 'rentany':[dict(method='POST',route=1,body='{"regionCode":"US","type":"LOCAL","numberPattern":{"pattern":"+1206","searchPattern":"START"},"capabilities":["SMS","VOICE"],"smsConfiguration":{"servicePlanId":"p","campaignId":"c"}}')],
 'list':[dict(method='GET',route=4,query='regionCode=US&type=LOCAL&capability=SMS&pageSize=2&orderBy=displayName')],
 'list-badtoken':[dict(method='GET',route=4,query='pageToken=%%%&pageSize=-1&type=LANDLINE')],
 'emergency':[dict(method='POST',route=10,body='{"displayName":"HQ","address":{"streetNumber":"1","streetInfo":"Main St","city":"Seattle","state":"WA","postalCode":"98501"}}'),
              dict(method='POST',route=8,body='{"displayName":"HQ","address":{"streetNumber":"1","streetInfo":"Main St","city":"Seattle","state":"WA","postalCode":"98501"}}'),
              dict(method='GET',route=7)],
 'regions':[dict(method='GET',route=11,query='types=MOBILE&types=LOCAL,TOLL_FREE')],
 'callback':[dict(method='PATCH',route=12,body='{"hmacSecret":"s3cr3t"}'),dict(method='GET',route=12)],
 'token':[dict(method='POST',route=13,body='grant_type=client_credentials')],
 'wrong-types':[dict(method='PATCH',route=5,body='{"displayName":5,"smsConfiguration":"x","voiceConfiguration":{"type":7}}')],
 'deep-body':[dict(method='POST',route=1,body='{"a":'+'['*3000+']'*3000+'}')],
 'huge-numbers':[dict(method='GET',route=4,query='pageSize=99999999999999999999&size=1e400')],
 'invalid-utf8':[dict(method='PATCH',route=5,body='{"displayName":"\udcff"}'.encode('utf-8','surrogateescape').decode('utf-8','surrogateescape'))],
 'raw-path':[dict(method='GET',route=15,raw='/v1/projects/fuzz-project/activeNumbers/%2B1206%2F..%2F:release')],
 'unauth':[dict(method='GET',route=4,auth=4)],
}
for n,c in cases.items():
    try: w('sandboxrequest',n,sr(c))
    except UnicodeEncodeError: pass
w('sandboxrequest','invalid-utf8-raw', b'{"displayName":"\xff\xfe"}' )
# /_sandbox/... (only answered with ND_FUZZ_SANDBOX_DEBUG=1; otherwise a 404)
w('sandboxrequest','debug-clock',sr([dict(method='POST',route=14,raw='clock',query='advanceSeconds=-86400')]))
w('sandboxrequest','debug-reset',sr([dict(method='POST',route=14,raw='reset',query='seed=7&active=3'),dict(method='GET',route=14,raw='state')]))
w('sandboxrequest','debug-faults',sr([dict(method='POST',route=14,raw='faults',body='5xx=0.5,429@list=1,provisioning-fail=2')]))
