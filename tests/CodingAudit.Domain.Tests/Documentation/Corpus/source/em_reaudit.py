# E/M re-audit (second pass, same auditor, before any E/M tuning): the first pass judged E/M mostly by the stated
# time; CPT 2021 lets a level stand on either time or MDM, so every E/M note was re-read for its MDM content
# (problems addressed, data, risk: two of three). These corrections are applied on top of the parts.
ADD = {
    "D001": ("em-level-low", "99213", "99214"),  # 2 stable chronic illnesses + Rx management = moderate
    "D006": ("em-level-low", "99213", "99214"),  # chronic illness not at goal (LDL 162) + start statin
    "D018": ("em-level-low", "99213", "99214"),  # chronic illness not at goal + start statin
    "D034": ("em-level-low", "99213", "99214"),  # asthma exacerbation + prednisone
    "D041": ("em-level-low", "99213", "99214"),  # DM + HTN stable, Rx continued
    "D042": ("em-level-low", "99213", "99214"),  # 2+ chronic illnesses, statin changed
    "D043": ("em-level-low", "99213", "99214"),  # HTN + HLD stable, Rx continued
    "D049": ("em-level-low", "99213", "99214"),  # HTN + T2DM stable, Rx continued
    "D050": ("em-level-low", "99213", "99214"),  # HTN + T2DM stable, Rx continued
    "D060": ("em-level-low", "99213", "99214"),  # chronic illness not at goal, step-up therapy
    "E015": ("em-level-low", "99212", "99213"),  # stable chronic illness + Rx = low
    "E024": ("em-level-low", "99213", "99214"),  # stated "MDM: low" but 2 stable chronic + Rx = moderate
    "P035": ("em-level-low", "99213", "99214"),  # asthma exacerbation + Rx
    "M001": ("em-level-low", "99213", "99214"),  # HTN with side effect of treatment, Rx changed
    "M020": ("em-level-low", "99213", "99214"),  # DM2 + HTN stable, Rx continued
    "F002": ("em-level-low", "99213", "99214"),  # acute illness with systemic symptoms, CXR, Rx
    # Chronic illness not at its treatment goal (AMA: "not stable, even if unchanged") with a new prescription:
    "D019": ("em-level-low", "99213", "99214"),  # GERD symptomatic, omeprazole started
    "D020": ("em-level-low", "99213", "99214"),  # same
    "D046": ("em-level-low", "99213", "99214"),  # BPH with LUTS, tamsulosin started
    "M017": ("em-level-low", "99213", "99214"),  # reflux 3 months on OTC, PPI started
    "M015": ("em-level-low", "99213", "99214"),  # gout flare (chronic illness with exacerbation), colchicine
    "D026": ("em-level-high", "99213", "99212"),  # self-limited, supportive care, 15 min
    "D033": ("em-level-high", "99213", "99212"),
    "D035": ("em-level-high", "99213", "99212"),
    "D044": ("em-level-high", "99213", "99212"),  # form completion, no active problem
    "P019": ("em-level-high", "99213", "99212"),
    "M002": ("em-level-high", "99213", "99212"),
    "P033": ("em-level-high", "99214", "99213"),  # E/M beyond the injection: new problem, x-ray, low risk
}
REMOVE = {"E016", "E021", "E023"}  # MDM content supports the billed level (low / low / moderate)
CHANGE = {"E001": "99213", "E026": "99213"}  # the supported level by MDM is 99213, not 99212

def apply(cases):
    for claim, truth in cases:
        cid = claim["claimId"]
        em_line = next((i + 1 for i, l in enumerate(claim["lines"]) if l["code"].startswith("992")), None)
        if cid in REMOVE:
            truth[:] = [t for t in truth if not (t["kind"].startswith("em-level") and t.get("line") == em_line)]
        if cid in CHANGE:
            for t in truth:
                if t["kind"] == "em-level-high" and t.get("line") == em_line:
                    t["expected"] = CHANGE[cid]
        if cid in ADD:
            kind, code, expected = ADD[cid]
            assert claim["lines"][em_line - 1]["code"] == code, cid
            truth.append({"claimId": cid, "kind": kind, "line": em_line, "code": code, "expected": expected})
