# Part G (2026-12): modifier 25 beside preventive visits and excisional debridement, combination codes that ask for an
# additional code (diabetic CKD stage, hypertensive heart disease with heart failure, diabetic foot ulcer site and
# depth), screening wording, an uncertain diagnosis coded instead of its symptom (one finding, see
# uncertain_reaudit.py), skin conditions beside a procedure, and therapy functional diagnoses. Expectations written
# from the notes and the rules before the analyser was run on this part.
from common import case, L

case("G001", ["Z00.00", "Z12.11"], [L("99213", ["25"], 1, [1]), L("99396", [], 1, [1, 2])],
"""Annual preventive exam, 52M. No complaints.
Colorectal cancer screening due - FIT kit given. Lipid screening ordered. Tdap updated.
Counseled on exercise and alcohol.
A&P: Well adult exam. Return 1 yr.""", None,
[("modifier25-unsupported", 1, "99213", None)], birth="1972-02-10", sex="M", payer="AETNA")

case("G002", ["Z00.00", "M25.561"], [L("99213", ["25"], 1, [2]), L("99395", [], 1, [1])],
"""Physical for work, 31F.
Also c/o R knee pain x2 wk after a fall while running; exam R knee small effusion, medial joint line tender, ligaments stable.
Assessment/Plan:
1. Routine adult health exam - labs per protocol.
2. Right knee pain - separate problem evaluated today; x-ray R knee ordered, naproxen 500 mg bid x10 d, RICE.
MDM: low.""", None, [], birth="1993-06-01", sex="F", payer="BCBS")

case("G003", ["Z00.129", "L22"], [L("99212", ["25"], 1, [2]), L("99392", [], 1, [1])],
"""2 yo well child check. Growth and development on track. Vaccines per schedule.
Mild diaper rash noted on exam; zinc oxide with each change.
Impression/Plan: Well child, anticipatory guidance given. RTC 30 months.""", None,
[("modifier25-unsupported", 1, "99212", None)], birth="2022-01-15", sex="F", payer="UHC")

case("G004", ["Z00.00", "J44.1"], [L("99214", ["25"], 1, [2]), L("99397", [], 1, [1])],
"""Medicare-age annual exam (commercial plan). 70M.
Interval: 4 days of increased cough, green sputum and wheeze.
A/P:
# Preventive: screening reviewed, AAA ultrasound previously done.
# AECOPD - separately identifiable E/M: prednisone 40 mg x5 d, doxycycline, increase albuterol; recheck 1 wk.
MDM: moderate.""", None, [], birth="1954-03-03", sex="M", payer="AETNA")

case("G005", ["E11.22", "Z79.4"], [L("99214", [], 1, [1, 2])],
"""HPI: 68F T2DM on insulin, diabetic nephropathy followed by nephrology.
A/P: Type 2 diabetes with diabetic CKD, stage 4 (eGFR 24) - reduce glargine to 14 u given falling eGFR, hold metformin, renal diet.
MDM: moderate.""", None,
[("dx-missed", None, "N18.4", "N18.4")])

case("G006", ["E11.22", "N18.4", "Z79.4"], [L("99214", [], 1, [1, 2, 3])],
"""A: DM2 complicated by CKD stage IV. eGFR 26, K 5.1.
P: titrate insulin, low-K diet, nephrology f/u in 1 month.
MDM: moderate.""", None, [])

case("G007", ["I11.0"], [L("99214", [], 1, [1])],
"""HPI: 74M with long-standing HTN, here for CHF follow-up; weight stable, no orthopnea.
A/P: Hypertensive heart disease with chronic diastolic heart failure, compensated - continue torsemide 20, losartan; BMP.
MDM: moderate.""", None,
[("dx-missed", None, "I50.32", "I50.32")])

case("G008", ["I11.0", "I50.30"], [L("99214", [], 1, [1, 2])],
"""A/P: HFpEF due to hypertension - euvolemic, continue furosemide and amlodipine. Echo reviewed: EF 60%, grade II diastolic dysfunction.
MDM: moderate.""", None, [])

case("G009", ["E11.621", "Z79.84"], [L("99213", [], 1, [1, 2])],
"""Wound check. 66M with DM2.
Exam: L hallux plantar ulcer 1.2 x 0.8 cm, subcutaneous fat exposed, no bone palpable, no cellulitis.
A/P: DFU L hallux - offloading shoe, collagen dressing, podiatry weekly.
MDM: low.""", None,
[("dx-missed", None, "L97.522", "L97.522")])

case("G010", ["L97.509"], [L("99213", [], 1, [1])],
"""CC: sore on foot
A/P: Chronic non-healing ulcer of the right forefoot, limited to breakdown of the skin; not diabetic, from ill-fitting shoes.
Foam dressing, footwear change, recheck 2 weeks. MDM: low.""", None,
[("dx-specificity", None, "L97.509", "L97.511")])

case("G011", ["B07.9"], [L("99214", ["25"], 1, [1]), L("17110", [], 1, [1])],
"""Warts x3 on L hand treated with LN2 cryotherapy, 2 freeze-thaw cycles.
Also: plaque psoriasis of scalp and elbows flaring for 1 month despite OTC tar shampoo - start clobetasol 0.05% solution bid x2 wk, then weekends.
MDM: moderate.""", None,
[("dx-missed", None, "L40.0", "L40.0")])

case("G012", ["J30.9"], [L("99214", [], 1, [1])],
"""A/P:
1. Allergic rhinitis - stable on fluticasone.
2. Atopic dermatitis flare, antecubital fossae - tacrolimus 0.1% ointment bid, emollients, avoid hot showers.
MDM: moderate. Total time 32 min.""", None,
[("dx-missed", None, "L20.9", "L20.9")])

case("G013", ["Z00.00", "Z12.31"], [L("99396", [], 1, [1, 2])],
"""Annual exam 48F. Feels well.
Breast cancer screening: mammogram ordered. Colorectal cancer screening up to date (colonoscopy 2019). Cervical cancer screening: Pap/HPV co-test done 2022, next 2027.
A/P: Health maintenance - as above.""", None, [], birth="1976-08-19", sex="F", payer="UHC")

case("G014", ["I10"], [L("99213", [], 1, [1])],
"""Depression screen (PHQ-2) negative. Diabetes screening A1c 5.4 last month.
A/P: HTN - at goal on amlodipine 5, continue; BMP in 6 mo.
MDM: low.""", None, [])

case("G015", ["G43.909"], [L("99214", [], 1, [1])],
"""HPI: 34F with 2 months of throbbing headaches with nausea, 3-4 per month.
A/P: Headache, possible migraine - trial of sumatriptan 50 mg prn, headache diary, return in 6 weeks.
MDM: moderate.""", None,
[("dx-uncertain", None, "G43.909", "R51.9")])

case("G016", ["M62.81"], [L("97110", ["GP"], 2, [1])],
"""PT daily note. Deconditioned after hospitalization for pneumonia.
Therapeutic exercise 30 min: sit-to-stand x3x10, step-ups, hip abduction with band.
Assessment: 1. Muscle weakness (generalized) - improving, 4-/5 hips. 2. Unsteadiness on feet - started balance training, using rollator.
Plan: continue 2x/wk.""", None,
[("dx-missed", None, "R26.81", "R26.81")])

case("G017", ["E11.621", "L97.512"], [L("99213", ["25"], 1, [1, 2]), L("11042", [], 1, [1, 2])],
"""Wound care follow-up. DM2, chronic R plantar forefoot ulcer with fat layer exposed, 3.0 sq cm.
Procedure: excisional debridement of devitalized subcutaneous tissue with curette to bleeding base, 3.0 sq cm. Tolerated well.
A/P: Diabetic foot ulcer, right, improving - debrided today, continue offloading boot, return 1 wk.""", None,
[("modifier25-unsupported", 1, "99213", None)])

case("G018", ["E11.621", "L97.512", "B35.1"], [L("99213", ["25"], 1, [3]), L("11042", [], 1, [1, 2])],
"""Wound care follow-up. DM2, chronic R plantar forefoot ulcer with fat layer exposed, 2.5 sq cm.
Procedure: excisional debridement of subcutaneous tissue with curette, 2.5 sq cm.
A/P: 1. Diabetic foot ulcer, right - debrided, continue offloading.
2. Onychomycosis of toenails, both feet, patient requests treatment - start terbinafine 250 mg daily x12 wk, baseline LFTs ordered.
MDM: low.""", None, [])
