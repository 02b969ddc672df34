import json
CASES = []
PAYERS = ["MEDICARE", "AETNA", "BCBS", "UHC", "MEDICAID"]

def L(code, modifiers=None, units=1, pointers=None):
    return {"code": code, "modifiers": modifiers or [], "units": units, "diagnosisPointers": pointers or [1]}

def case(cid, diagnoses, lines, text, minutes, expected, claim_type=None, birth="1958-03-14", sex=None, payer=None):
    n = len(CASES)
    claim = {
        "claimId": cid,
        "patient": {"id": "P" + cid, "birthDate": birth, "sex": sex or ("F" if n % 2 else "M")},
        "providerNpi": "1234567893",
        "payerId": payer or PAYERS[n % len(PAYERS)],
        "serviceDate": "2024-%02d-%02d" % (1 + n % 12, 1 + n % 28),
        "placeOfService": "11",
        "diagnoses": diagnoses,
        "lines": lines,
        "note": {"text": text, "totalMinutes": minutes},
    }
    if claim_type:
        claim["claimType"] = claim_type
    truth = []
    for kind, line, code, exp in expected:
        t = {"claimId": cid, "kind": kind}
        if line is not None: t["line"] = line
        if code is not None: t["code"] = code
        if exp is not None: t["expected"] = exp
        truth.append(t)
    CASES.append((claim, truth))

def write(claims_path, expected_path):
    ids = set()
    with open(claims_path, "w") as c, open(expected_path, "w") as e:
        for claim, truth in CASES:
            assert claim["claimId"] not in ids, claim["claimId"]
            ids.add(claim["claimId"])
            c.write(json.dumps(claim) + "\n")
            for t in truth:
                e.write(json.dumps(t) + "\n")
