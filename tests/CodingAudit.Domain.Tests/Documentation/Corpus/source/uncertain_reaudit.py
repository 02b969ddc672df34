# Uncertain-diagnosis convention (third pass, 2026-12, made to align the corpus with the seed generator's ground
# truth). The first pass recorded "coded the uncertain diagnosis instead of the symptom" as two findings: dx-uncertain
# (delete the code) and dx-missed (add the symptom). The seed ground truth records it as one: dx-uncertain with the
# symptom as its expected code. The audit rules count a changed code as one error (code-over-code accuracy: "an added,
# deleted, or changed code is an error"), so the single finding is kept: where the missed symptom is the one the
# uncertain diagnosis's own statement names, it becomes the dx-uncertain row's expected code and its dx-missed row goes.
# Applied to every case of that shape, whether or not the analyser finds the symptom (F006: prediabetes is outside its
# lexicon). No other expectation changes; symptoms the auditor did not list (F004 edema) are not added.
REPLACED = {
    "M019": "R00.2",   # Palpitations - r/o afib
    "F001": "R10.31",  # RLQ abdominal pain, concerning for acute appendicitis
    "F002": "R50.9",   # Cough with fever - bronchitis vs early pneumonia (cough is billed)
    "F003": "R35.0",   # Urinary frequency - question of UTI
    "F004": "R06.09",  # Dyspnea and edema, likely new heart failure
    "F006": "R73.03",  # Prediabetes vs early type 2 diabetes
}

def apply(cases):
    for claim, truth in cases:
        cid = claim["claimId"]
        if cid not in REPLACED:
            continue
        symptom = REPLACED[cid]
        uncertain = [t for t in truth if t["kind"] == "dx-uncertain"]
        missed = [t for t in truth if t["kind"] == "dx-missed" and t.get("expected") == symptom]
        assert len(uncertain) == 1 and len(missed) == 1, cid
        uncertain[0]["expected"] = symptom
        truth.remove(missed[0])
