# Part C: office E/M levels by documented time or MDM, prolonged services.
from common import case, L

case("E001", ["I10"], [L("99215", [], 1, [1])],
"""CC: BP follow-up
HPI: 66M with HTN, home readings 130s/80s. No complaints.
A/P: HTN - controlled, continue lisinopril.
I spent a total of 18 minutes on the date of the encounter, including record review and documentation.""", None,
[("em-level-high", 1, "99215", "99212")])

case("E002", ["I10"], [L("99214", [], 1, [1])],
"""CC: BP follow-up
HPI: 66M with HTN. Home BP 130s.
A/P: Hypertension, stable. Continue amlodipine.
Total time spent today: 31 minutes (counseling on DASH diet, medication review, documentation).""", None, [])

case("E003", ["I10", "E11.65"], [L("99213", [], 1, [1, 2])],
"""HPI: 58F with HTN and T2DM with hyperglycemia, A1c 9.4.
A/P: T2DM with hyperglycemia - start semaglutide, titrate. HTN - add amlodipine.
Total time on the date of service 42 minutes, > half counseling on new injectable.""", None,
[("em-level-low", 1, "99213", "99215")])

case("E004", ["J06.9"], [L("99204", [], 1, [1])],
"""New patient.
CC: congestion
HPI: 30M new to clinic, 3 days of rhinorrhea and congestion, no fever.
A/P: Viral URI - supportive care.
Total time: 16 minutes.""", None,
[("em-level-high", 1, "99204", "99202")])

case("E005", ["M54.50"], [L("99203", [], 1, [1])],
"""NEW PATIENT VISIT
CC: low back pain
HPI: 41F, LBP x3 weeks after gardening, no radicular sx, no red flags.
PE: paraspinal tenderness, neg SLR.
A/P: Acute low back pain - NSAIDs, PT referral, home exercises.
Total time 32 minutes.""", None, [])

case("E006", ["E11.9", "I10", "N18.31"], [L("99205", [], 1, [1, 2, 3])],
"""New patient, transferring care.
HPI: 72M with T2DM, HTN, CKD 3a. Multiple med changes by prior PCP; records reviewed (60 pages).
A/P: T2DM, HTN, CKD 3a - see detailed plan; labs ordered, nephrology referral.
I spent 64 minutes on this patient's care today, including review of outside records, history and exam, counseling, and documentation.""", None,
[("dx-specificity", None, "E11.9", "E11.22"), ("dx-specificity", None, "I10", "I12.9")])

case("E007", ["E11.22", "I12.9", "N18.31"], [L("99205", [], 1, [1, 2, 3]), L("99417", [], 2, [1])],
"""New patient, transferring care.
HPI: 72M with T2DM, HTN, CKD 3a. Records reviewed.
A/P: Diabetic CKD stage 3a with hypertensive CKD - labs, nephrology referral, medication reconciliation.
Total time 78 minutes on the date of the encounter.""", None,
[("em-level-high", 2, "99417", "1")])

case("E008", ["E11.22", "I12.9", "N18.31"], [L("99215", [], 1, [1, 2, 3]), L("99417", [], 1, [1])],
"""HPI: 72M with diabetic CKD 3a, hypertensive CKD, complex med changes after hospitalization.
A/P: T2DM w/ CKD 3a, hypertensive kidney disease - med reconciliation, labs, nephrology coordination.
Total time: 57 minutes (chart review, exam, counseling, care coordination, documentation).""", None, [])

case("E009", ["E11.22", "I12.9", "N18.31"], [L("99215", [], 1, [1, 2, 3]), L("G2212", [], 1, [1])],
"""HPI: 72M with diabetic CKD 3a, hypertensive CKD, post-hospital follow-up.
A/P: T2DM w/ CKD 3a, hypertensive CKD - med reconciliation, labs.
Total time: 60 minutes.""", None,
[("em-level-high", 2, "G2212", "0")], payer="MEDICARE")

case("E010", ["J20.9"], [L("99214", [], 1, [1])],
"""S: cough x 10 days, no fever.
O: lungs clear.
A: acute bronchitis.
P: supportive care, honey, return if worse.
MDM: straightforward.""", None,
[("em-level-high", 1, "99214", "99212")])

case("E011", ["E11.65", "I10", "N18.32"], [L("99213", [], 1, [1, 2, 3])],
"""A/P:
1. Type 2 DM with hyperglycemia - A1c 9.8, start basal insulin, teaching done.
2. HTN - above goal, increase losartan.
3. CKD stage 3b - labs reviewed, stable.
Medical decision making: moderate (2 chronic illnesses with progression, prescription drug management).""", None,
[("em-level-low", 1, "99213", "99214"), ("dx-specificity", None, "I10", "I12.9"), ("dx-missed", None, "E11.22", "E11.22")])

case("E012", ["J44.1"], [L("99215", [], 1, [1])],
"""HPI: COPD with acute exacerbation, SpO2 86% on RA in office, increased work of breathing.
A/P: AECOPD with hypoxia - sent to ED for admission; discussed with hospitalist.
MDM: high - decision regarding hospitalization.""", None, [])

case("E013", ["M25.561"], [L("99214", [], 1, [1])],
"""CC: R knee pain
HPI: 35M twisted right knee playing soccer 2 days ago, mild swelling.
PE: R knee small effusion, ligaments stable.
A/P: Right knee pain, likely sprain - RICE, ibuprofen.
Problems: low. Data: minimal. Risk: low.""", None,
[("em-level-high", 1, "99214", "99213")])

case("E014", ["M25.561"], [L("99213", [], 1, [1])],
"""CC: R knee pain
HPI: 35M twisted right knee 2 days ago.
A/P: Right knee pain - RICE, ibuprofen, x-ray ordered.
Problems: low. Data: limited. Risk: low.""", None, [])

case("E015", ["I10"], [L("99212", [], 1, [1])],
"""BP check visit. HTN, on lisinopril, BP today 122/78. Continue. Total time 12 minutes.""", None, [])

case("E016", ["I10"], [L("99213", [], 1, [1])],
"""BP check visit. Hypertension on lisinopril, BP 122/78, continue, RTC 6 months. Total time 8 minutes.""", None,
[("em-level-high", 1, "99213", "99211")])

case("E017", ["F41.1", "F32.A"], [L("99214", [], 1, [1, 2])],
"""CC: anxiety and depression follow up
HPI: 33F, on sertraline 100 mg, anxiety improved, mood still low.
A/P: GAD - improving, continue sertraline. Depression - increase sertraline to 150 mg.
Total visit time 34 minutes, majority counseling.""", None, [])

case("E018", ["F41.1", "F32.A"], [L("99215", [], 1, [1, 2])],
"""CC: anxiety and depression follow up
HPI: 33F on sertraline 100 mg, anxiety improved, mood still low.
A/P: Generalized anxiety disorder - continue sertraline. Depression - increase dose.
Total visit time 34 minutes.""", None,
[("em-level-high", 1, "99215", "99214")])

case("E019", ["E03.9"], [L("99213", [], 1, [1])],
"""Hypothyroidism follow up. TSH normal. Continue levothyroxine 88 mcg.""", 22, [])

case("E020", ["E03.9"], [L("99214", [], 1, [1])],
"""Hypothyroidism follow up. TSH normal. Continue levothyroxine 88 mcg.""", 22,
[("em-level-high", 1, "99214", "99213")])

case("E021", ["J01.90"], [L("99203", [], 1, [1])],
"""NP visit
CC: sinus pressure
HPI: 47F new pt, 12 days of facial pain, purulent discharge, worsening after initial improvement.
A/P: Acute bacterial sinusitis - amoxicillin-clavulanate x 7 days.
Total time 25 minutes.""", None,
[("em-level-high", 1, "99203", "99202")])

case("E022", ["I50.22", "I11.0"], [L("99214", [], 1, [1, 2])],
"""HPI: 70M chronic systolic HF, HTN, 3 lb weight gain, mild edema.
A/P: Chronic HFrEF with mild volume overload - increase furosemide, BMP in 1 week. Hypertensive heart disease with HF.
Total time 47 minutes including coordination with cardiology.""", None,
[("em-level-low", 1, "99214", "99215")])

case("E023", ["I10", "E78.5"], [L("99214", [], 1, [1, 2])],
"""HTN and HLD f/u. BP 128/80, LDL 88. Continue lisinopril and atorvastatin. No changes. RTC 6 mo.
MDM: low.""", None,
[("em-level-high", 1, "99214", "99213")])

case("E024", ["I10", "E78.5"], [L("99213", [], 1, [1, 2])],
"""HTN and HLD f/u. BP 128/80, LDL 88. Continue lisinopril and atorvastatin. RTC 6 mo.
MDM: low.""", None, [])

case("E025", ["J06.9"], [L("99215", [], 1, [1])],
"""CC: cold
HPI: 25M with runny nose and sneezing for 2 days. No fever.
Exam: clear rhinorrhea, lungs clear.
A/P: Common cold (viral URI). OTC decongestant, fluids.""", None,
[("em-level-high", 1, "99215", "99212")])

case("E026", ["K21.9"], [L("99215", [], 1, [1])],
"""CC: heartburn
HPI: 36M with occasional heartburn after spicy food, relieved by antacids.
A/P: GERD, mild - OTC famotidine prn, diet changes.""", None,
[("em-level-high", 1, "99215", "99212")])

case("E027", ["E11.9"], [L("99214", [], 1, [1])],
"""DM2 follow up. A1c 6.6. Continue metformin. Foot exam normal. Total time: 29 minutes.""", None,
[("em-level-high", 1, "99214", "99213")])

case("E028", ["E11.9"], [L("99214", [], 1, [1])],
"""DM2 follow up. A1c 6.6. Continue metformin. Foot exam normal. Total time: 30 minutes.""", None, [])

case("E029", ["I10"], [L("99202", [], 1, [1])],
"""New patient to establish care. Hx HTN, on lisinopril. BP 124/76. Continue lisinopril, labs. Total time 45 minutes including review of prior records and preventive counseling.""", None,
[("em-level-low", 1, "99202", "99204")])

case("E030", ["F90.0"], [L("99215", [], 1, [1]), L("99417", [], 1, [1])],
"""ADHD follow-up, complex medication adjustment with parent counseling.
A/P: ADHD, predominantly inattentive - switch to lisdexamfetamine, school coordination.
Total time 52 minutes.""", None,
[("em-level-high", 2, "99417", "0")], birth="2012-04-04")
