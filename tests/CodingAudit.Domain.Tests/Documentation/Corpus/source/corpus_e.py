# Part E: therapy notes with timed codes (8-minute rule), and mixed notes with tricky phrasing.
from common import case, L

case("T001", ["M54.50"], [L("97110", [], 2, [1]), L("97140", [], 1, [1])],
"""PT daily note
Dx: low back pain.
Treatment: Ther ex 25 min (core stabilization, bridges, bird dog). Manual therapy 13 min (lumbar PA mobs grade III).
Total timed minutes 38. Pt tolerated well.""", None, [], payer="MEDICARE")

case("T002", ["M54.50"], [L("97110", [], 3, [1]), L("97140", [], 1, [1])],
"""PT daily note
Dx: LBP.
Interventions: Therapeutic exercise 25 minutes; manual therapy 10 minutes.
Total timed: 35 min. Total treatment time 40 min.""", None,
[("units-vs-time", 1, "97110", "2")], payer="MEDICARE")

case("T003", ["M17.11"], [L("97110", [], 1, [1]), L("97112", [], 1, [1]), L("97140", [], 1, [1])],
"""Physical therapy progress note - R knee OA
Therex: 20 min - quad sets, SLR, mini squats.
Neuromuscular re-education: 10 min - single leg balance, tandem stance.
Manual: 8 min - patellar mobs.
Total timed 38 min = 3 units.""", None, [], payer="MEDICARE")

case("T004", ["M17.11"], [L("97110", [], 2, [1]), L("97112", [], 1, [1]), L("97140", [], 1, [1])],
"""PT note, right knee OA.
Ther ex 20 min, NMR 10 min, manual therapy 8 min. Total timed minutes 38.""", None,
[("units-vs-time", 1, "97110", "1")], payer="MEDICARE")

case("T005", ["R26.89"], [L("97116", [], 2, [1])],
"""PT: Gait training 22 minutes with rolling walker on level surfaces and stairs, cues for step length.""", None,
[("units-vs-time", 1, "97116", "1")], payer="MEDICARE")

case("T006", ["R26.89"], [L("97116", [], 2, [1])],
"""PT: Gait training 23 minutes with rolling walker, stairs x4 with rail.""", None, [], payer="MEDICARE")

case("T007", ["M75.101"], [L("97110", [], 1, [1]), L("97530", [], 1, [1])],
"""OT/PT note R shoulder
Ther ex: 8 min pendulums, wand exercises.
Therapeutic activities: 6 min reaching into overhead cabinet, lifting light objects.
Total timed 14 min.""", None,
[("units-vs-time", 2, "97530", "0")], payer="MEDICARE")

case("T008", ["M75.101"], [L("97110", [], 1, [1])],
"""PT note R shoulder. Ther ex: 7 min pendulums and wand. Pt fatigued, session ended early.""", None,
[("units-vs-time", 1, "97110", "0")], payer="MEDICARE")

case("T009", ["M54.50"], [L("97110", [], 1, [1]), L("97140", [], 1, [1])],
"""PT daily note. LBP.
Treatment today: therapeutic exercises x 30 minutes. Manual therapy was held today due to patient soreness.""", None,
[("units-vs-time", 1, "97110", "2"), ("px-undocumented", 2, "97140", None)], payer="MEDICARE")

case("T010", ["M54.50"], [L("97110", [], 2, [1])],
"""PT daily note. LBP. Ther-ex 38 min: lumbar stabilization progression, hip strengthening, cardio on bike. HEP updated.""", None,
[("units-vs-time", 1, "97110", "3")], payer="MEDICARE")

case("T011", ["M62.81"], [L("97530", [], 2, [1]), L("97112", [], 1, [1])],
"""OT note
Therapeutic activities 24 min: sit to stand transfers, tub transfer training.
Neuromuscular re-ed 8 min: balance reach activities.
Total 32 min timed.""", None,
[("units-vs-time", 2, "97112", "0")], payer="MEDICARE")

case("T012", ["M62.81"], [L("97530", [], 2, [1]), L("97112", [], 1, [1])],
"""OT note
Therapeutic activities 20 min: transfers.
Neuromuscular re-ed 7 min: balance.""", None,
[("units-vs-time", 1, "97530", "1")], payer="MEDICARE")

case("T013", ["M54.16"], [L("97140", [], 2, [1])],
"""PT: Manual therapy (soft tissue mobilization to lumbar paraspinals, joint mobilization L4-5) 16 minutes. Ther ex deferred, pt had to leave.""", None,
[("units-vs-time", 1, "97140", "1")], payer="MEDICARE")

case("T014", ["M54.16"], [L("97140", [], 1, [1]), L("97110", [], 1, [1])],
"""PT: Manual therapy 16 min. Therapeutic exercise 10 min (nerve glides, prone press ups).""", None, [], payer="MEDICARE")

case("T015", ["R26.2"], [L("97116", [], 1, [1]), L("97110", [], 1, [1])],
"""Home health PT visit.
Gait training - 15 min with quad cane.
Ther ex - 15 min LE strengthening.""", None, [], payer="MEDICARE")

case("T016", ["R26.2"], [L("97116", [], 1, [1]), L("97110", [], 2, [1])],
"""Home health PT visit.
Gait training - 15 min with quad cane.
Ther ex - 15 min LE strengthening.""", None,
[("units-vs-time", 2, "97110", "1")], payer="MEDICARE")

case("T017", ["M25.511"], [L("97110", [], 1, [1]), L("97140", [], 1, [1])],
"""Shoulder PT. Therapeutic exercise 12 min. Manual therapy 12 min. Pt reports less pain after session.""", None, [], payer="MEDICARE")

case("T018", ["M25.511"], [L("97110", [], 1, [1]), L("97140", [], 1, [1]), L("97530", [], 1, [1])],
"""Shoulder PT. Therapeutic exercise 12 min. Manual therapy 12 min. Discussed plan to add therapeutic activities next session.""", None,
[("px-undocumented", 3, "97530", None)], payer="MEDICARE")

case("T019", ["M17.12"], [L("97110", [], 3, [1])],
"""PT L knee: ther ex 45 min - quad strengthening, step ups, leg press, bike warm-up.""", None, [], payer="MEDICARE")

case("T020", ["M17.12"], [L("97110", [], 4, [1])],
"""PT L knee: ther ex 45 min - quad strengthening, step ups, leg press, bike.""", None,
[("units-vs-time", 1, "97110", "3")], payer="MEDICARE")

case("M001", ["I10", "R00.2"], [L("99213", [], 1, [1, 2])],
"""HPI: 60F with HTN, denies palpitations, chest pain or syncope but does have occasional ankle swelling.
A/P: HTN - continue losartan; ankle edema mild, likely amlodipine related - switch to chlorthalidone.
Total time 22 minutes.""", None,
[("dx-unsupported", None, "R00.2", None), ("dx-missed", None, "R60.0", "R60.0")])

case("M002", ["J20.9", "R50.9"], [L("99213", [], 1, [1, 2])],
"""HPI: no fever; however, has productive cough and chest congestion x 1 week. Acute bronchitis.
A/P: Acute bronchitis - supportive care. Total time 15 minutes.""", None,
[("dx-unsupported", None, "R50.9", None)])

case("M003", ["J20.9", "R05.9"], [L("99213", [], 1, [1])],
"""HPI: pt denies fever, chills, sore throat; cough x 1 wk productive, worse at night.
A/P: Acute bronchitis - dextromethorphan, honey, return if fever develops.
Total time 15 min.""", None, [])

case("M004", ["F17.210", "J44.9"], [L("99214", [], 1, [1, 2])],
"""HPI: 64M current smoker 1 ppd x 40 years with COPD. Wants to quit.
A/P:
1. COPD - stable on tiotropium.
2. Nicotine dependence, cigarettes - counseled >10 minutes, start varenicline.
Total time 31 minutes.""", None, [])

case("M005", ["J44.9", "F17.210"], [L("99214", [], 1, [1, 2])],
"""HPI: 64M former smoker, quit 10 years ago, with COPD.
A/P: COPD - stable on tiotropium, spirometry reviewed. Hx tobacco use, quit 2014.
Total time 30 minutes.""", None,
[("dx-history-only", None, "F17.210", None)])

case("M006", ["C61"], [L("99213", [], 1, [1])],
"""HPI: 74M with prostate cancer s/p radical prostatectomy 2016, PSA undetectable since, no current treatment.
A/P: Personal history of prostate cancer - PSA annually. Total time 20 min.""", None,
[("dx-history-only", None, "C61", None)])

case("M007", ["I63.9"], [L("99213", [], 1, [1])],
"""HPI: 68M s/p CVA 2021 with mild residual left hand weakness, on clopidogrel.
A/P: History of stroke with residual L hand weakness - continue clopidogrel and statin, OT referral.
Total time 20 min.""", None,
[("dx-history-only", None, "I63.9", None)])

case("M008", ["I10", "E11.9"], [L("99214", [], 1, [1, 2])],
"""ROS: Constitutional: Negative for fever, chills, weight loss. Eyes: Negative. Cardiovascular: Negative for chest pain, palpitations, leg swelling. Respiratory: Negative for cough, shortness of breath. GI: Negative for abdominal pain, nausea. Endo: negative for polyuria. All other systems negative.
A/P: HTN - BP 150/94, increase lisinopril. T2DM - A1c 7.6, add sitagliptin. Labs reviewed and ordered.
MDM: moderate.""", None, [])

case("M009", ["I10", "R06.02"], [L("99213", [], 1, [1])],
"""ROS: Respiratory: Negative for cough, wheezing and shortness of breath. Cardiovascular: Negative for chest pain.
A/P: HTN, stable. Continue meds. Total time 20 minutes.""", None,
[("dx-unsupported", None, "R06.02", None)])

case("M010", ["Z00.00", "E78.5"], [L("99396", [], 1, [1, 2])],
"""Annual physical. 45F. Hyperlipidemia on diet, LDL 140 today.
A/P: Routine adult exam. Hyperlipidemia - dietary counseling, recheck 1 year.""", None, [])

case("M011", ["E55.9"], [L("99213", [], 1, [1])],
"""HPI: fatigue. Vit D level 14.
A/P: Vitamin D deficiency - start D3 50,000 IU weekly x 8 weeks. Total time 15 min.""", None, [])

case("M012", ["D64.9"], [L("99213", [], 1, [1])],
"""HPI: fatigue, heavy menses. Hgb 9.8, ferritin 6.
A/P: Iron deficiency anemia due to menorrhagia - ferrous sulfate, GYN referral. Total time 20 min.""", None,
[("dx-specificity", None, "D64.9", "D50.0")])

case("M013", ["I25.10", "I10"], [L("99214", [], 1, [1, 2])],
"""HPI: 66M w/ CAD s/p PCI to LAD 2019, HTN. No angina.
A/P: CAD, stable, no angina - continue ASA, statin, metoprolol. HTN - controlled.
Total time 30 minutes.""", None, [])

case("M014", ["J30.9", "J45.909"], [L("99213", [], 1, [1, 2])],
"""HPI: seasonal allergies with sneezing and itchy eyes. No wheezing, no history of asthma.
A/P: Allergic rhinitis - fluticasone nasal, cetirizine. Total time 15 minutes.""", None,
[("dx-unsupported", None, "J45.909", None)])

case("M015", ["M10.9"], [L("99213", [], 1, [1])],
"""HPI: 55M with acute pain and swelling R great toe since yesterday, similar episode last year. Uric acid 8.9.
A/P: Gout flare R 1st MTP - colchicine, then start allopurinol after flare. Total time 20 min.""", None, [])

case("M016", ["E66.01", "I10", "E11.9"], [L("99214", [], 1, [1, 2, 3])],
"""Subjective: obese 52F, BMI 36, here for HTN and DM. No morbid obesity per her BMI.
Assessment: Obesity, BMI 36. HTN controlled. T2DM controlled.
Plan: lifestyle, continue meds.
Total time 30 minutes.""", None,
[("dx-specificity", None, "E66.01", "E66.9")])

case("M017", ["K21.9"], [L("99213", [], 1, [1])],
"""cc heartburn. pt w/ reflux sx for 3 mo, no dysphagia no wt loss no gi bleed, on otc tums, will start ppi, f/u 8 wk. total time 15 min.""", None, [])

case("M018", ["I48.91", "Z79.01"], [L("99214", [], 1, [1])],
"""HPI: 71F, afib on warfarin, INR 2.4.
A/P: Atrial fibrillation, unspecified type - continue warfarin, INR in 4 weeks. Long term anticoagulation.
Total time 30 min.""", None, [])

case("M019", ["I48.91"], [L("99213", [], 1, [1])],
"""HPI: 71F. Palpitations last week. Holter ordered to rule out atrial fibrillation.
A/P: Palpitations - r/o afib, Holter placed, TSH. Total time 20 min.""", None,
[("dx-uncertain", None, "I48.91", None), ("dx-missed", None, "R00.2", "R00.2")])

case("M020", ["E11.9", "I10"], [L("99213", [], 1, [1, 2])],
"""S: 64F w/ DM, HTN. Her son has type 1 diabetes and she is worried about him.
A: DM type 2 controlled, A1c 6.7. HTN at goal.
P: continue metformin and lisinopril.
Total time 20 min.""", None, [])
