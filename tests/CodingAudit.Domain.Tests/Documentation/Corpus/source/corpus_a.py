# Hand-written notes, part A: diagnoses (support, negation, uncertainty, history, specificity, missed).
# Each case: id, diagnoses, lines, note text, total minutes (structured field) or None, expected findings
# as (kind, line, code, expected). Written as an auditor would judge the claim, before the analyser was run on them.
from common import case, L

case("D001", ["I10", "E11.9"], [L("99213", [], 1, [1, 2])],
"""CC: f/u BP and sugars
HPI: 61 y/o F here for routine follow-up of hypertension and type 2 diabetes. Home BP readings 120s-130s/80s. Fasting sugars 110-130. No hypoglycemia. Taking meds as prescribed.
ROS: negative except as noted in HPI.
PE: BP 128/78. Lungs CTA. RRR. Feet: no ulcers, sensation intact.
A/P:
1. HTN - controlled, continue amlodipine 5 mg.
2. DM2 without complications - A1c 6.8 today, continue metformin.
Total time 22 minutes.""", None, [])

case("D002", ["I10", "R07.9"], [L("99213", [], 1, [1, 2])],
"""Chief complaint: chest pain?
HPI: 54M with HTN. Was told at urgent care last week he might have had chest pain, but today he denies chest pain, denies pressure, no palpitations. He is here mainly for BP recheck.
Exam: RRR, no murmur. Chest wall nontender.
Assessment/Plan: Hypertension, stable on lisinopril. No chest pain today; EKG from urgent care reviewed, normal. Total time 20 min.""", None,
[("dx-unsupported", None, "R07.9", None)])

case("D003", ["J18.9"], [L("99214", [], 1, [1])],
"""S: 3 days of productive cough and fever to 101. Some pleuritic discomfort.
O: T 100.8, RR 20, SpO2 94%. Crackles RLL.
A: Probable community acquired pneumonia, right lower lobe. CXR ordered.
P: Start amoxicillin-clavulanate plus azithromycin, return precautions given. Rx drug management. MDM moderate.""", None,
[("dx-uncertain", None, "J18.9", None)])

case("D004", ["J18.9"], [L("99214", [], 1, [1])], """S: 3 days of productive cough and fever to 101.
O: T 100.8, crackles RLL. CXR in clinic shows RLL infiltrate.
A: Community acquired pneumonia RLL, confirmed on x-ray.
P: Augmentin and azithromycin. MDM: moderate.""", None, [])

case("D005", ["I48.91", "I10"], [L("99213", [], 1, [1, 2])],
"""HPI: Pt is a 72yo M w/ hx of afib s/p ablation 2019, no recurrence since, off anticoagulation per cardiology. Here for HTN follow up.
Exam: regular rhythm, BP 134/80.
A/P: HTN - continue losartan. Atrial fibrillation resolved after ablation, no further treatment.
Time: 20 min.""", None,
[("dx-history-only", None, "I48.91", None)])

case("D006", ["E78.5", "Z82.49"], [L("99213", [], 1, [1])],
"""CC: cholesterol
HPI: 45F. Family history of CAD, father had MI at 52. She has hyperlipidemia on diet alone. LDL 162 last month.
A/P: Hyperlipidemia - start rosuvastatin 10 mg, recheck lipids 8 weeks.
20 minutes total time.""", None, [])

case("D007", ["I25.10", "E78.5"], [L("99213", [], 1, [1, 2])],
"""HPI: 58 yo M presents to establish care. Father and brother with coronary artery disease. Patient himself has never had chest pain; stress test 2022 normal. Hyperlipidemia on atorvastatin.
A/P:
- HLD: continue atorvastatin 20 mg, lipids today.
- Family history of premature CAD: counseled on risk, continue statin.
Total time 24 minutes.""", None,
[("dx-history-only", None, "I25.10", None)])

case("D008", ["M17.9"], [L("99213", [], 1, [1])],
"""CC: knee pain
HPI: 66F with left knee pain for years, worse on stairs. Known osteoarthritis of the left knee on prior films.
PE: L knee crepitus, small effusion, no warmth.
A/P: Primary osteoarthritis, left knee. Continue meloxicam, PT referral.
Total time: 25 min""", None,
[("dx-specificity", None, "M17.9", "M17.12")])

case("D009", ["M17.12"], [L("99213", [], 1, [1])],
"""CC: L knee
HPI: 66F with left knee pain for years, worse on stairs.
PE: L knee crepitus, small effusion.
A/P: Left knee OA - continue meloxicam, PT referral.
Total time: 25 min""", None, [])

case("D010", ["M17.11"], [L("99213", [], 1, [1])],
"""CC: knee pain
HPI: 70M, left knee aching x 6 months. Right knee asymptomatic.
Exam: Left knee: medial joint line tenderness, crepitus. Right knee: normal.
Impression/Plan: Osteoarthritis of left knee. Tylenol, topical diclofenac, home exercises.
Total time 21 minutes.""", None,
[("dx-specificity", None, "M17.11", "M17.12")])

case("D011", ["N18.9", "E11.22", "I12.9"], [L("99214", [], 1, [1, 2, 3])],
"""A&P
1. CKD stage 3b - eGFR 38, stable, recheck BMP in 3 months, avoid NSAIDs.
2. T2DM with diabetic CKD - A1c 7.2, continue linagliptin.
3. Hypertensive CKD - BP 132/78 on losartan, continue.
MDM: moderate complexity.""", None,
[("dx-specificity", None, "N18.9", "N18.32")])

case("D012", ["E11.9", "N18.31"], [L("99214", [], 1, [1, 2])],
"""HPI: 68 yo F with type 2 diabetes and chronic kidney disease stage 3a here for 3 month follow up. Sugars good.
A/P:
#T2DM - A1c 7.0, continue metformin at reduced dose given renal function.
#CKD 3a - eGFR 52, stable. Labs reviewed.
Medical decision making: moderate.""", None,
[("dx-specificity", None, "E11.9", "E11.22")])

case("D013", ["I50.9", "I10"], [L("99214", [], 1, [1, 2])],
"""Cardiology follow-up.
HPI: 75M with chronic systolic heart failure (EF 30%), HTN. Weight stable, no orthopnea, no edema.
A/P: Chronic HFrEF - euvolemic, continue carvedilol, sacubitril-valsartan, spironolactone. HTN - controlled.
Total time 32 minutes.""", None,
[("dx-specificity", None, "I50.9", "I50.22"), ("dx-specificity", None, "I10", "I11.0")])

case("D014", ["I11.0", "I50.32"], [L("99214", [], 1, [1, 2])],
"""HPI: 80F with hypertension and chronic diastolic CHF (HFpEF, EF 60%). Mild ankle swelling.
A/P: Chronic diastolic heart failure - increase furosemide to 40 mg. Hypertension with heart failure - BP 138/82, continue.
Total time: 30 minutes.""", None, [])

case("D015", ["I48.91"], [L("99213", [], 1, [1])],
"""CC: palpitations f/u
HPI: 63M with paroxysmal atrial fibrillation, episodes once a month lasting <1 hr. On apixaban and metoprolol.
A/P: Paroxysmal afib, rate controlled, continue apixaban 5 bid and metoprolol.
Time spent: 20 min.""", None,
[("dx-specificity", None, "I48.91", "I48.0")])

case("D016", ["J44.9"], [L("99214", [], 1, [1])],
"""S: COPD pt with 4 days of increased dyspnea and sputum, more wheezing.
O: diffuse wheezes, SpO2 91%.
A: Acute exacerbation of COPD.
P: Prednisone 40 mg x5 days, doxycycline, duoneb in clinic declined by pt. MDM moderate.""", None,
[("dx-specificity", None, "J44.9", "J44.1")])

case("D017", ["J44.1"], [L("99213", [], 1, [1])],
"""S: COPD, here for routine check. No recent flares. Uses tiotropium daily.
O: Lungs with decreased BS, no wheezes.
A: COPD, stable. No exacerbation.
P: continue tiotropium, pulmonary rehab info. Time 20 min.""", None,
[("dx-specificity", None, "J44.1", "J44.9")])

case("D018", ["E78.5"], [L("99213", [], 1, [1])],
"""HPI: 50M with mixed hyperlipidemia, TG 320, LDL 150.
A/P: Mixed hyperlipidemia - start atorvastatin 40, fish oil, diet counseling. Time 20 minutes.""", None,
[("dx-specificity", None, "E78.5", "E78.2")])

case("D019", ["K21.9"], [L("99213", [], 1, [1])],
"""CC: heartburn
HPI: 40F w/ burning epigastric pain after meals, worse lying down. No dysphagia, no weight loss, no melena.
A/P: GERD - start omeprazole 20 mg daily, lifestyle measures. Total time 20 minutes.""", None, [])

case("D020", ["K21.9", "R13.10"], [L("99213", [], 1, [1])],
"""CC: heartburn
HPI: 40F w/ burning epigastric pain after meals. Denies dysphagia or odynophagia, no weight loss.
A/P: GERD - start omeprazole. Total time 20 minutes.""", None,
[("dx-unsupported", None, "R13.10", None)])

case("D021", ["E11.9"], [L("99214", [], 1, [1])],
"""HPI: 57 yo with DM2, poorly controlled, A1c 10.2 up from 8.5. Admits to not taking metformin regularly.
A/P: Type 2 DM with hyperglycemia - restart metformin, add glipizide 5 mg, diabetes education referral. Rx management.
MDM: Moderate.""", None,
[("dx-specificity", None, "E11.9", "E11.65")])

case("D022", ["E11.9", "I10", "E78.5"], [L("99214", [], 1, [1, 2, 3])],
"""CC: 3 month f/u
HPI: Pt w/ T2DM, HTN, HLD. Feels well. Has numbness and tingling in both feet for a year, worse at night.
Exam: decreased monofilament sensation bilat feet.
A/P:
1) T2DM - A1c 7.4. Continue metformin.
2) Diabetic peripheral neuropathy - start gabapentin 100 mg qhs.
3) HTN - at goal.
4) HLD - on statin.
Total time 35 min.""", None,
[("dx-specificity", None, "E11.9", "E11.42")])

case("D023", ["I10"], [L("99213", [], 1, [1])],
"""CC: Med refill
HPI: Here for refill of lisinopril for high blood pressure. Also mentions her sister was just diagnosed with breast cancer; she is worried.
Exam: BP 126/80.
A/P: HTN - controlled, refill lisinopril x 1 year. Family history of breast cancer - mammogram ordered.
Total time 20 min""", None, [])

case("D024", ["I10", "C50.919"], [L("99213", [], 1, [1, 2])],
"""CC: Med refill
HPI: Here for refill of lisinopril for high blood pressure. Her sister was just diagnosed with breast cancer.
Exam: BP 126/80. Breast exam normal, no masses.
A/P: HTN - controlled, refill. Family hx of breast cancer - screening mammogram ordered.
Total time 20 min""", None,
[("dx-history-only", None, "C50.919", None)])

case("D025", ["J02.9"], [L("99213", [], 1, [1])],
"""CC: sore throat x2 days
HPI: 19F w/ sore throat, subjective fever. No cough.
Exam: tonsillar exudate, tender anterior nodes.
Rapid strep done in clinic: positive.
A/P: Strep pharyngitis - amoxicillin 500 bid x10d.
Total time 15 min.""", None,
[("dx-specificity", None, "J02.9", "J02.0")])

case("D026", ["J02.0"], [L("99213", [], 1, [1])],
"""CC: sore throat
HPI: 19F w/ sore throat, no fever, + cough, rhinorrhea.
Exam: mild erythema, no exudate.
Rapid strep negative.
A/P: Viral pharyngitis - supportive care, salt water gargles. Total time 15 min.""", None,
[("dx-specificity", None, "J02.0", "J02.9")])

case("D027", ["N39.0"], [L("99213", [], 1, [1])],
"""CC: burning with urination
HPI: 32F with dysuria and frequency x2 days. No fever, no flank pain.
UA dip in office: + leuk esterase, + nitrite.
A/P: Acute cystitis / UTI - nitrofurantoin x5 days. Total time 15 minutes.""", None, [])

case("D028", ["N39.0"], [L("99213", [], 1, [1])],
"""CC: burning with urination
HPI: 32F with dysuria x1 day.
UA dip: negative for leukocytes and nitrites. Urine culture sent.
A/P: Dysuria - UTI unlikely given negative UA; possible urethritis vs vaginitis, wet prep sent. Will call with culture.
Total time 15 min.""", None,
[("dx-unsupported", None, "N39.0", None), ("dx-missed", None, "R30.0", "R30.0")])

case("D029", ["G47.33", "I10"], [L("99214", [], 1, [1, 2])],
"""HPI: 49M, wife reports loud snoring and witnessed apneas. Daytime sleepiness, Epworth 14. HTN on 2 agents.
A/P: Suspected obstructive sleep apnea - home sleep study ordered. HTN - not at goal, add HCTZ.
MDM: moderate.""", None,
[("dx-uncertain", None, "G47.33", None)])

case("D030", ["G47.33", "I10"], [],
"""Inpatient consult note.
HPI: 49M admitted with hypertensive urgency, wife reports loud snoring and witnessed apneas.
A/P: Probable obstructive sleep apnea - inpatient sleep study not available, outpatient PSG. HTN - titrate.
MDM: moderate.""", None, [], "institutional")
