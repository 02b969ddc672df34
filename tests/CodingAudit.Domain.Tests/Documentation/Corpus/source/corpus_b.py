# Part B: missed diagnoses, negation scope, templated ROS, copied-forward text, notes without headings, run-ons.
from common import case, L

case("D031", ["I10"], [L("99214", [], 1, [1])],
"""CC: BP check, also sugars high
HPI: 59M with HTN. Recent labs show A1c 7.9; he was told he has type 2 diabetes at a health fair.
A/P:
1. HTN - continue lisinopril.
2. Type 2 diabetes mellitus, new diagnosis - start metformin 500 mg bid, diabetic education, eye exam referral.
Total time 35 minutes.""", None,
[("dx-missed", None, "E11.9", "E11.9")])

case("D032", ["E11.9"], [L("99214", [], 1, [1])],
"""HPI: T2DM f/u. Also c/o fatigue and cold intolerance; TSH 9.8 last week.
A/P: DM2 - stable on metformin. Hypothyroidism - start levothyroxine 50 mcg, TSH in 6 weeks. MDM moderate.""", None,
[("dx-missed", None, "E03.9", "E03.9")])

case("D033", ["J06.9"], [L("99213", [], 1, [1])],
"""CC: cold sx
HPI: 28F w/ 4 days of rhinorrhea, congestion, sore throat, mild cough. No fever, no sob, no ear pain.
PE: mild nasal congestion, TMs clear, lungs clear.
A/P: Viral URI - supportive care, fluids, rest. Return if fever or worsening.
Total time 15 min.""", None, [])

case("D034", ["J06.9"], [L("99213", [], 1, [1])],
"""CC: cold sx
HPI: 28F w/ 4 days of congestion and cough. Hx of asthma, using albuterol 3-4x/day this week with wheezing at night.
PE: scattered expiratory wheezes.
A/P: URI. Asthma exacerbation triggered by URI - prednisone burst, continue albuterol, start budesonide-formoterol.
Total time 25 min.""", None,
[("dx-missed", None, "J45.901", "J45.901")])

case("D035", ["R05.9", "R50.9"], [L("99213", [], 1, [1, 2])],
"""CC: cough
HPI: 45M with cough x5 days, no fever, no chills, no night sweats, but has yellow sputum.
PE: afebrile, lungs clear.
A/P: Acute bronchitis - supportive, no antibiotics indicated. Return if febrile or SOB.
Total time 15 min.""", None,
[("dx-unsupported", None, "R50.9", None), ("dx-missed", None, "J20.9", "J20.9")])

case("D036", ["R07.9", "R06.02"], [L("99214", [], 1, [1, 2])],
"""HPI: 62F c/o intermittent chest pain x 1 week, pressure-like, with exertion. No chest pain at rest. She denies dyspnea, diaphoresis, or nausea but has some lightheadedness.
ECG: NSR, no ST changes.
A/P: Chest pain, exertional, concerning for angina - stress test ordered, start ASA 81, nitro prn. MDM moderate.""", None,
[("dx-unsupported", None, "R06.02", None)])

case("D037", ["R06.02", "R07.9"], [L("99214", [], 1, [1, 2])],
"""HPI: 62F c/o chest pressure with exertion and shortness of breath walking up one flight. No chest pain at rest.
A/P: Exertional chest pain and dyspnea - stress echo ordered, ASA. MDM: moderate.""", None, [])

case("D038", ["R51.9", "G43.909"], [L("99213", [], 1, [1])],
"""CC: HA
HPI: 35F w/ headaches 2-3/wk, throbbing, photophobia, nausea. Mother has migraines. No aura. Neuro exam normal.
A/P: Headache - tension type vs migraine; start headache diary, ibuprofen prn. Return if worse.
Total time 20 minutes.""", None,
[("dx-uncertain", None, "G43.909", None)])

case("D039", ["E66.9", "I10"], [L("99213", [], 1, [1, 2])],
"""HPI: 44M, BMI 41, HTN on 2 meds.
A/P: Morbid obesity, BMI 41 - discussed diet, referral to weight management. HTN - controlled.
Time spent 20 min.""", None,
[("dx-specificity", None, "E66.9", "E66.01")])

case("D040", ["F32.A"], [L("99214", [], 1, [1])],
"""HPI: 38F with low mood, anhedonia, poor sleep for 2 months. PHQ-9 16. Denies SI/HI. Also reports excessive worry most days, GAD-7 15.
A/P: Depression - start sertraline 50 mg, counseling referral. Generalized anxiety disorder - sertraline as above, therapy.
Total time 40 minutes.""", None,
[("dx-missed", None, "F41.1", "F41.1"), ("em-level-low", 1, "99214", "99215")])

case("D041", ["I10", "E11.9"], [L("99213", [], 1, [1, 2])],
"""Pt here for DM and HTN f/u, doing well, sugars 100s, BP at home 120s, no CP no SOB no polyuria, feet ok, continue metformin and lisinopril, A1c 6.5 today, RTC 3 mo. Total time 20 minutes.""", None, [])

case("D042", ["I10", "E11.9", "E78.5"], [L("99213", [], 1, [1, 2, 3])],
"""pt seen for f/u of htn and dm2 both stable on current meds, also has hld on statin which she stopped 2 months ago because of myalgias, discussed restarting at lower dose pravastatin, she agrees. labs today. spent 25 minutes total.""", None, [])

case("D043", ["I10", "E78.5", "M54.50"], [L("99213", [], 1, [1, 2, 3])],
"""HPI: 52M w/ HTN and HLD. Also low back pain last month after lifting, now resolved.
ROS: All other systems reviewed and negative.
A/P: HTN - continue amlodipine. HLD - continue statin. Back pain resolved, no further treatment.
Total time 20 min.""", None,
[("dx-history-only", None, "M54.50", None)])

case("D044", ["J45.909"], [L("99213", [], 1, [1])],
"""CC: school form
HPI: 10 y/o with h/o asthma as a toddler, no symptoms or inhaler use in 5 years.
A/P: Well child form completed. History of childhood asthma, resolved - no inhaler needed.
Total time 15 min.""", None,
[("dx-history-only", None, "J45.909", None)], birth="2014-05-02")

case("D045", ["E03.9", "Z86.73"], [L("99213", [], 1, [1])],
"""HPI: 70F with hypothyroidism on levothyroxine 75 mcg. Hx of stroke 2018 without residual deficits.
A/P: Hypothyroidism - TSH 2.1, continue current dose. Personal history of CVA, no residual - continue ASA and statin.
Time: 20 minutes.""", None, [])

case("D046", ["N40.0", "R35.1"], [L("99213", [], 1, [1, 2])],
"""HPI: 68M w/ nocturia x3/night, weak stream. PSA 1.9.
Exam: prostate smooth, enlarged.
A/P: BPH with LUTS (nocturia) - start tamsulosin.
Total time 20 min.""", None,
[("dx-specificity", None, "N40.0", "N40.1")])

case("D047", ["I10"], [L("99213", [], 1, [1])],
"""** copied from visit 03/12 **
A/P: HTN - uncontrolled, increase lisinopril to 20 mg.
** today 06/14 **
HPI: BP at home 118-126/70s on lisinopril 20.
A/P: Hypertension - now controlled, continue lisinopril 20 mg.
Total time 15 minutes.""", None, [])

case("D048", ["J18.9", "I10"], [L("99213", [], 1, [1, 2])],
"""Subjective: f/u pneumonia treated 3 weeks ago with levofloxacin. Cough has resolved, no fever, energy back to normal.
Objective: lungs clear. Repeat CXR: interval resolution of RLL infiltrate.
Assessment: Pneumonia, resolved. Hypertension, stable.
Plan: no further antibiotics. Continue losartan.
Total time 15 min.""", None,
[("dx-history-only", None, "J18.9", None)])

case("D049", ["I10", "E11.9"], [L("99213", [], 1, [1, 2])],
"""Assessment and Plan
Problem list reviewed: HTN, T2DM, HLD, OA knees, GERD.
1. HTN - BP 124/76, continue losartan.
2. T2DM - A1c 6.9, continue metformin.
Total time: 20 minutes.""", None, [])

case("D050", ["I10", "E11.9", "E78.5", "K21.9"], [L("99213", [], 1, [1, 2, 3, 4])],
"""PMH: HTN, DM2, HLD, GERD
A/P: HTN - BP 124/76, continue losartan. T2DM - A1c 6.9, continue metformin. Total time 20 minutes.""", None,
[("dx-history-only", None, "E78.5", None), ("dx-history-only", None, "K21.9", None)])

case("D051", ["N18.30", "E11.22"], [L("99214", [], 1, [1, 2])],
"""A/P:
1. DM2 with CKD 3 - A1c 7.1, continue glipizide; eGFR 45.
2. CKD stage III - stable, renal diet.
MDM moderate""", None, [])

case("D052", ["N18.30"], [L("99213", [], 1, [1])],
"""A/P: CKD stage 4, eGFR 24 - refer nephrology, avoid nephrotoxins, renally dose meds.
Total time 25 min.""", None,
[("dx-specificity", None, "N18.30", "N18.4")])

case("D053", ["H66.90"], [L("99213", [], 1, [1])],
"""CC: ear pain
HPI: 6 y/o w/ R ear pain and fever x1 day.
PE: R TM bulging, erythematous. L TM normal.
A/P: Acute otitis media, right ear - amoxicillin 80 mg/kg/day x 10 days.
Total time 15 min.""", None,
[("dx-specificity", None, "H66.90", "H66.91")], birth="2018-01-09")

case("D054", ["H66.93"], [L("99213", [], 1, [1])],
"""CC: ear pain
HPI: 4 y/o w/ bilateral ear pain, tugging at both ears.
PE: Both TMs bulging and red.
A/P: Bilateral AOM - amoxicillin.
Total time 15 min.""", None, [], birth="2020-02-11")

case("D055", ["G56.00"], [L("99213", [], 1, [1])],
"""CC: hand numbness
HPI: 48F, numbness and tingling in the left thumb, index and middle fingers, worse at night. Right hand asymptomatic.
PE: + Tinel and Phalen on the left.
A/P: Carpal tunnel syndrome, left - wrist splint at night, NSAID, EMG if no improvement.
Total time 20 min.""", None,
[("dx-specificity", None, "G56.00", "G56.02")])

case("D056", ["M77.11"], [L("99213", [], 1, [1])],
"""CC: elbow pain
HPI: 45M carpenter with lateral elbow pain on the right for 6 weeks.
PE: tender R lateral epicondyle, pain with resisted wrist extension.
A/P: Right lateral epicondylitis - counterforce brace, PT, ice.
Total time 20 minutes.""", None, [])

case("D057", ["L03.90"], [L("99213", [], 1, [1])],
"""CC: red leg
HPI: 60M with 3 days of redness, warmth and swelling of the left lower leg. No trauma. Afebrile.
PE: L shin erythema 10x8 cm, warm, tender, no fluctuance.
A/P: Cellulitis of left lower leg - cephalexin 500 qid x 7 days, mark borders, return if spreading.
Total time 20 min.""", None,
[("dx-specificity", None, "L03.90", "L03.116")])

case("D058", ["I48.0"], [L("99213", [], 1, [1])],
"""HPI: 79F with permanent atrial fibrillation, rate controlled on diltiazem, on apixaban, no bleeding.
A/P: Permanent AF - continue diltiazem and apixaban; CBC, BMP.
Total time 20 minutes.""", None,
[("dx-specificity", None, "I48.0", "I48.21")])

case("D059", ["I48.21"], [L("99213", [], 1, [1])],
"""HPI: 79F with permanent atrial fibrillation, rate controlled, on apixaban.
A/P: Permanent AF - continue current regimen.
Total time 20 minutes.""", None, [])

case("D060", ["J45.909"], [L("99213", [], 1, [1])],
"""HPI: 16 y/o with moderate persistent asthma, symptoms 3-4 days/wk, night waking 2x/mo. On low-dose ICS.
A/P: Moderate persistent asthma, not well controlled - step up to ICS-LABA.
Total time 25 minutes.""", None,
[("dx-specificity", None, "J45.909", "J45.40")], birth="2008-07-22")
