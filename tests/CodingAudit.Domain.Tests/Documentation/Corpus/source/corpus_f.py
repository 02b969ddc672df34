# Part F: more uncertain diagnoses, modifier 25, under-coded E/M, laterality and unsupported codes.
from common import case, L

case("F001", ["K35.80"], [L("99214", [], 1, [1])],
"""CC: RLQ pain
HPI: 22M with 12 h of periumbilical pain migrating to RLQ, anorexia, low grade temp.
Exam: RLQ tenderness, + Rovsing.
A/P: RLQ abdominal pain, concerning for acute appendicitis - sent to ED for CT and surgical evaluation.
MDM: moderate.""", None,
[("dx-uncertain", None, "K35.80", None), ("dx-missed", None, "R10.31", "R10.31")])

case("F002", ["J18.9", "R05.9"], [L("99213", [], 1, [1, 2])],
"""S: cough, fever 2 days
O: scattered rhonchi, SpO2 96%.
A: Cough with fever - bronchitis vs early pneumonia; CXR ordered.
P: doxycycline pending CXR.
Total time 20 min.""", None,
[("dx-uncertain", None, "J18.9", None), ("dx-missed", None, "R50.9", "R50.9")])

case("F003", ["N39.0"], [L("99213", [], 1, [1])],
"""CC: frequency
HPI: 70F with urinary frequency, no dysuria, UA equivocal.
A/P: Urinary frequency - question of UTI, culture sent, will treat if positive.
Total time 15 min.""", None,
[("dx-uncertain", None, "N39.0", None), ("dx-missed", None, "R35.0", "R35.0")])

case("F004", ["I50.9"], [L("99214", [], 1, [1])],
"""HPI: 78F with 2 weeks of dyspnea on exertion and leg swelling. BNP 650.
A/P: Dyspnea and edema, likely new heart failure - echo ordered, start furosemide 20 mg.
MDM: moderate.""", None,
[("dx-uncertain", None, "I50.9", None), ("dx-missed", None, "R06.09", "R06.09")])

case("F005", ["I50.9"], [L("99214", [], 1, [1])],
"""HPI: 78F, new HF diagnosis; echo last week EF 35%.
A/P: Heart failure with reduced EF, newly diagnosed - start lisinopril and carvedilol, cardiology referral.
MDM: moderate.""", None,
[("dx-specificity", None, "I50.9", "I50.20")])

case("F006", ["E11.9"], [L("99213", [], 1, [1])],
"""HPI: 45M, A1c 6.2, fasting glucose 118.
A/P: Prediabetes vs early type 2 diabetes - repeat A1c in 3 months, lifestyle modification.
Total time 20 min.""", None,
[("dx-uncertain", None, "E11.9", None), ("dx-missed", None, "R73.03", "R73.03")])

case("F007", ["J02.0"], [L("99213", [], 1, [1])],
"""CC: sore throat
Exam: exudative tonsillitis, fever 101.
A/P: Pharyngitis, suspected strep; rapid strep pending, empiric amoxicillin given exam.
Total time 15 min.""", None,
[("dx-specificity", None, "J02.0", "J02.9")])

case("F008", ["M17.12"], [L("99214", ["25"], 1, [1]), L("20610", ["LT"], 1, [1])],
"""Procedure visit.
Indication: left knee osteoarthritis, here for planned corticosteroid injection.
Procedure: The left knee was injected with 40 mg triamcinolone via anterolateral approach under sterile technique.
Plan: follow up prn.""", None,
[("modifier25-unsupported", 1, "99214", None)])

case("F009", ["M72.2"], [L("99213", ["25"], 1, [1]), L("20550", ["RT"], 1, [1])],
"""Follow-up for right plantar fasciitis, repeat injection as scheduled.
Procedure: right plantar fascia injected with 1 mL Kenalog 40 + lidocaine.
Continue stretching and night splint.""", None,
[("modifier25-unsupported", 1, "99213", None)])

case("F010", ["M72.2", "E11.65"], [L("99214", ["25"], 1, [2]), L("20550", ["RT"], 1, [1])],
"""Follow-up for right plantar fasciitis, repeat injection as scheduled. Also reviewed home glucose log; sugars 200s.
Procedure: right plantar fascia injected with 1 mL Kenalog 40 + lidocaine.
A/P: R plantar fasciitis - injection done. T2DM with hyperglycemia - increase metformin to 1000 bid, A1c next visit.
Total time 30 minutes, not including the procedure.""", None, [])

case("F011", ["B07.8"], [L("99212", ["25"], 1, [1]), L("17110", [], 1, [1])],
"""Wart clinic: 2nd treatment. 2 warts on the right hand treated with cryotherapy, LN2 x2 cycles. RTC 3 weeks.""", None,
[("modifier25-unsupported", 1, "99212", None)])

case("F012", ["H61.21"], [L("99213", ["25"], 1, [1]), L("69210", ["RT"], 1, [1])],
"""CC: R ear fullness
Exam: R impacted cerumen.
Procedure: cerumen removed from the right ear with curette.
A/P: Impacted cerumen, right - removed. Debrox prn.""", None,
[("modifier25-unsupported", 1, "99213", None)])

case("F013", ["H61.21", "H66.91"], [L("99213", ["25"], 1, [2]), L("69210", ["RT"], 1, [1])],
"""CC: R ear pain and fever
Exam: R canal occluded with cerumen; after removal, R TM red and bulging.
Procedure: cerumen removed from the right ear with curette.
A/P: Impacted cerumen R, removed. Acute otitis media, right - amoxicillin x 10 days.
Total time 20 minutes.""", None, [])

case("F014", ["E11.65", "I10"], [L("99213", [], 1, [1, 2])],
"""A/P: T2DM with hyperglycemia, A1c 9.1 - started insulin glargine 10 units, insulin teaching today. HTN - increase lisinopril.
Time: 45 minutes total, including teaching and documentation.""", None,
[("em-level-low", 1, "99213", "99215")])

case("F015", ["J44.1"], [L("99213", [], 1, [1])],
"""A: COPD exacerbation, moderate.
P: prednisone, azithromycin, increase nebs.
MDM: Moderate complexity (acute illness with systemic symptoms, prescription drug management).""", None,
[("em-level-low", 1, "99213", "99214")])

case("F016", ["F32.A"], [L("99203", [], 1, [1])],
"""New patient.
CC: depression
HPI: 29F, low mood x6 months, PHQ-9 18, passive SI without plan.
A/P: Depression, moderate-severe - start escitalopram, safety plan, therapy referral.
Total time 52 minutes.""", None,
[("em-level-low", 1, "99203", "99204")])

case("F017", ["M54.50"], [L("99202", [], 1, [1])],
"""New pt. LBP x 2 wk. Exam benign. NSAIDs, stretches.
Total time: 31 min.""", None,
[("em-level-low", 1, "99202", "99203")])

case("F018", ["M25.562"], [L("20610", ["RT"], 1, [1])],
"""Procedure: Knee aspiration.
Left knee effusion. Under sterile technique, the left knee was aspirated, 30 mL clear yellow fluid removed.""", None,
[("laterality", 1, "20610", "LT")])

case("F019", ["G56.02"], [L("20526", ["RT"], 1, [1])],
"""Procedure: left carpal tunnel injection with 20 mg Kenalog, no paresthesias.""", None,
[("laterality", 1, "20526", "LT")])

case("F020", ["M25.511"], [L("20610", ["LT"], 1, [1])],
"""Procedure: Right subacromial injection.
The right shoulder was prepped, and 40 mg triamcinolone with 5 mL lidocaine injected into the subacromial space.""", None,
[("laterality", 1, "20610", "RT")])

case("F021", ["M25.511"], [L("20610", ["RT"], 1, [1])],
"""Procedure: Right subacromial injection. R shoulder prepped, 40 mg triamcinolone + lidocaine injected into subacromial space.""", None, [])

case("F022", ["M17.0"], [L("20610", ["RT"], 1, [1]), L("20610", ["LT"], 1, [1])],
"""Procedure: bilateral knee injections - both knees injected with 40 mg triamcinolone each.""", None, [])

case("F023", ["E78.00", "I10"], [L("99213", [], 1, [1, 2])],
"""HPI: HTN follow up. Cholesterol checked last year normal, no statin.
A/P: HTN - stable. Total time 20 min.""", None,
[("dx-unsupported", None, "E78.00", None)])

case("F024", ["I10", "E03.9"], [L("99213", [], 1, [1, 2])],
"""HPI: 55F, HTN. TSH done for fatigue came back normal; not hypothyroid.
A/P: HTN - stable. Fatigue - normal TSH, likely sleep related.
Total time 20 min.""", None,
[("dx-unsupported", None, "E03.9", None), ("dx-missed", None, "R53.83", "R53.83")])

case("F025", ["I10", "N18.9"], [L("99213", [], 1, [1, 2])],
"""HPI: 60M HTN. Creatinine 0.9, eGFR > 90, urine albumin normal.
A/P: HTN - controlled. Kidney function normal, no evidence of CKD.
Total time 20 min.""", None,
[("dx-unsupported", None, "N18.9", None)])
