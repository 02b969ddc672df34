# Part D: procedures documented or not, laterality modifiers, modifier 25.
from common import case, L

case("P001", ["M17.12"], [L("20610", ["LT"], 1, [1])],
"""Procedure note: Left knee intra-articular injection.
Indication: primary OA left knee, failed NSAIDs.
After consent, the left knee was prepped with chlorhexidine. Using a lateral approach, 40 mg triamcinolone with 4 mL lidocaine was injected. Tolerated well, no complications.""", None, [])

case("P002", ["M17.12"], [L("20610", ["RT"], 1, [1])],
"""Procedure note: Left knee intra-articular injection.
Indication: OA left knee.
The left knee was prepped and injected with 40 mg Kenalog and 3 mL 1% lidocaine via superolateral approach. No complications.""", None,
[("laterality", 1, "20610", "LT")])

case("P003", ["M17.0"], [L("20610", ["50"], 1, [1])],
"""Procedure: Bilateral knee injections.
Bilateral knee OA. Both knees prepped in sterile fashion, each injected with 40 mg triamcinolone and 2 mL lidocaine. Tolerated well.""", None, [])

case("P004", ["M17.11"], [L("20610", ["50"], 1, [1])],
"""Procedure note: R knee injection.
Dx: right knee osteoarthritis. Right knee prepped, injected with 40 mg methylprednisolone/lidocaine via lateral approach. Left knee not treated today.""", None,
[("laterality", 1, "20610", "RT")])

case("P005", ["M17.12"], [L("99213", [], 1, [1]), L("20610", ["LT"], 1, [1])],
"""CC: L knee pain
HPI: 70F with known L knee OA, increasing pain.
A/P: Left knee OA - discussed options including steroid injection vs hyaluronic acid; she would like to think about it. Will schedule injection at next visit if she decides. Continue meloxicam.
Total time 20 min.""", None,
[("px-undocumented", 2, "20610", None)])

case("P006", ["M17.12"], [L("99213", ["25"], 1, [1]), L("20610", ["LT"], 1, [1])],
"""CC: scheduled injection
HPI: 70F here for her scheduled left knee steroid injection, known OA, last injection 4 months ago with good relief. No new complaints.
Procedure: Left knee prepped, 40 mg Kenalog + lidocaine injected via anterolateral approach, tolerated well.
A/P: Left knee OA - injection as above, follow up in 3 months.""", None,
[("modifier25-unsupported", 1, "99213", None)])

case("P007", ["M17.12", "I10", "E11.9"], [L("99214", ["25"], 1, [2, 3]), L("20610", ["LT"], 1, [1])],
"""CC: knee pain, also BP and DM follow up
HPI: 70F w/ L knee OA pain flare. Also due for HTN and diabetes follow-up; home BPs 150s.
Procedure: L knee injected with 40 mg triamcinolone via lateral approach after sterile prep. Tolerated well.
A/P:
1. L knee OA - injection today.
2. HTN - not at goal, increase amlodipine to 10 mg.
3. DM2 - A1c 7.1, continue metformin.
Total time excluding procedure: 30 minutes.""", None, [])

case("P008", ["M25.561"], [L("99203", ["25"], 1, [1]), L("20610", ["RT"], 1, [1])],
"""New patient.
CC: right knee pain x 2 months.
HPI: 55M, no trauma, pain medial knee, swelling after activity.
Exam: R knee effusion, medial joint line tenderness, McMurray negative.
X-ray R knee reviewed today: moderate medial joint space narrowing.
A/P: Right knee pain due to osteoarthritis, right knee. Options discussed; elected aspiration and injection today. Aspirated 20 mL straw-colored fluid from the right knee and injected 40 mg Kenalog.
Total time 35 minutes.""", None,
[("dx-missed", None, "M17.11", "M17.11")])

case("P009", ["B07.8"], [L("17110", [], 1, [1])],
"""Procedure: Cryotherapy of warts.
3 common warts on the left hand destroyed with liquid nitrogen, 2 freeze-thaw cycles each. Tolerated well.""", None, [])

case("P010", ["B07.8"], [L("99213", [], 1, [1]), L("17110", [], 1, [1])],
"""CC: wart on finger
HPI: 12 y/o with a wart on R index finger x 6 months, tried OTC salicylic acid.
A/P: Common wart R index finger. Discussed cryotherapy; parent prefers to continue salicylic acid for another month and return for cryo if no improvement.
Total time 15 min.""", None,
[("px-undocumented", 2, "17110", None)], birth="2012-09-01")

case("P011", ["L57.0"], [L("17000", [], 1, [1])],
"""Procedure note: Destruction of actinic keratosis.
One AK on the left temple treated with LN2 cryotherapy, 10 sec freeze. Wound care reviewed.""", None, [])

case("P012", ["H61.22"], [L("69210", ["LT"], 1, [1])],
"""CC: ear plugged
HPI: 80M with decreased hearing left ear.
Exam: L canal occluded with impacted cerumen. R canal clear.
Procedure: Cerumen removed from the left ear with curette and irrigation under direct visualization. TM intact afterwards.""", None, [])

case("P013", ["H61.23"], [L("69210", ["50"], 1, [1])],
"""CC: ears plugged
Exam: Impacted cerumen bilaterally.
Plan: Start debrox drops twice daily for 5 days, return for irrigation next week if still impacted.""", None,
[("px-undocumented", 1, "69210", None)])

case("P014", ["H61.21"], [L("69210", ["LT"], 1, [1])],
"""Exam: Right ear canal with impacted cerumen, left clear.
Procedure: Right ear cerumen disimpacted with curette. Hearing improved.""", None,
[("laterality", 1, "69210", "RT")])

case("P015", ["R07.9"], [L("99213", ["25"], 1, [1]), L("93000", [], 1, [1])],
"""CC: chest pain
HPI: 50M with 2 days of intermittent left-sided chest discomfort at rest, no exertional component, no dyspnea.
Exam: chest wall tender to palpation at left 4th costochondral junction.
EKG performed in office and interpreted by me: NSR 72, normal axis, no ST-T changes.
A/P: Chest pain, most likely costochondritis - NSAIDs, return if exertional symptoms.
Total time 25 min.""", None, [])

case("P016", ["R07.9"], [L("99213", [], 1, [1]), L("93000", [], 1, [1])],
"""CC: chest pain
HPI: 50M with atypical chest pain for 2 days, reproducible.
A/P: Chest wall pain. EKG not done today as pain is reproducible and atypical; will obtain at next visit if persists.
Total time 20 min.""", None,
[("px-undocumented", 2, "93000", None)])

case("P017", ["J45.901"], [L("99214", ["25"], 1, [1]), L("94640", [], 1, [1])],
"""HPI: 9 y/o with asthma exacerbation, wheezing since last night.
Exam: diffuse wheezes, SpO2 93%.
Albuterol nebulizer treatment given in clinic x1 with improvement, SpO2 97% after.
A/P: Acute asthma exacerbation - prednisolone 5 days, albuterol MDI with spacer q4h, asthma action plan reviewed.
MDM: moderate.""", None, [], birth="2015-03-03")

case("P018", ["J02.0"], [L("99213", [], 1, [1]), L("87880", [], 1, [1])],
"""CC: sore throat
Rapid strep test positive in clinic.
A/P: Strep pharyngitis - penicillin VK x 10 days. Total time 15 minutes.""", None, [])

case("P019", ["J02.9"], [L("99213", [], 1, [1]), L("87880", [], 1, [1])],
"""CC: sore throat
HPI: cough, runny nose, hoarse voice. Centor 0.
A/P: Viral pharyngitis. Rapid strep not indicated. Supportive care. Total time 15 minutes.""", None,
[("px-undocumented", 2, "87880", None)])

case("P020", ["N39.0"], [L("99213", [], 1, [1]), L("81002", [], 1, [1])],
"""CC: dysuria
HPI: 25F with burning on urination x 2 days.
UA dipstick in office: large LE, positive nitrite.
A/P: UTI - nitrofurantoin. Total time 15 min.""", None, [])

case("P021", ["Z23"], [L("90471", [], 1, [1])],
"""Nurse visit: Influenza vaccine 0.5 mL IM administered in the left deltoid, lot #A123, VIS given. No reaction after 15 minutes.""", None, [])

case("P022", ["Z23"], [L("90471", [], 1, [1])],
"""Nurse visit: patient declined the influenza vaccine today after discussion of risks and benefits. Will reconsider at next visit.""", None,
[("px-undocumented", 1, "90471", None)])

case("P023", ["E53.8"], [L("96372", [], 1, [1])],
"""Nurse visit for monthly B12 injection. Cyanocobalamin 1000 mcg given IM in the right deltoid. Tolerated well.""", None, [])

case("P024", ["M54.50"], [L("99213", ["25"], 1, [1]), L("96372", [], 1, [1])],
"""CC: back pain
HPI: 40M with acute LBP after lifting, severe spasm.
Exam: paraspinal spasm, neg SLR, neuro intact.
A/P: Acute low back pain with spasm - Toradol 60 mg IM given in clinic. Cyclobenzaprine and PT referral.
Total time 20 minutes.""", None, [])

case("P025", ["L02.412"], [L("10060", [], 1, [1])],
"""Procedure note: Incision and drainage of abscess, left axilla.
Area prepped, 3 mL lidocaine infiltrated, 1 cm incision, purulent material expressed, loculations broken up, packed with iodoform. Culture sent.""", None, [])

case("P026", ["L02.412"], [L("99213", [], 1, [1]), L("10060", [], 1, [1])],
"""CC: boil under arm
Exam: 1.5 cm fluctuant abscess left axilla.
A/P: Abscess left axilla, small - warm compresses, doxycycline. I&D offered but patient prefers to try antibiotics first; return in 48 hours for I&D if not improving.
Total time 15 min.""", None,
[("px-undocumented", 2, "10060", None)])

case("P027", ["S61.412A"], [L("12001", [], 1, [1])],
"""Procedure: laceration repair
2.0 cm simple laceration of the left hand. Irrigated, anesthetized with 1% lidocaine, closed with 4 interrupted 5-0 nylon sutures. Tetanus up to date.""", None, [])

case("P028", ["L72.3"], [L("11104", [], 1, [1])],
"""Procedure: shave biopsy of the lesion on the back, 6 mm, sent to pathology. Hemostasis with aluminum chloride.""", None,
[("px-undocumented", 1, "11104", None)])

case("P029", ["D48.5"], [L("11102", [], 1, [1])],
"""Procedure: tangential (shave) biopsy of 6 mm pigmented lesion on the upper back, sent to pathology. Hemostasis with aluminum chloride.""", None, [])

case("P030", ["B35.1"], [L("11721", [], 1, [1])],
"""Podiatry: Onychomycosis with thickened, dystrophic nails 1-5 bilateral feet causing pain with ambulation. Debridement of 10 toenails performed with nippers and burr. Tolerated well.""", None, [])

case("P031", ["M72.2"], [L("20550", ["RT"], 1, [1])],
"""Procedure: Plantar fascia injection, right heel.
Right plantar fasciitis x 4 months. The medial heel was prepped and the plantar fascia origin injected with 1 mL Kenalog 40 and 1 mL lidocaine. No complications.""", None, [])

case("P032", ["M72.2"], [L("20550", ["LT"], 1, [1])],
"""Procedure: Plantar fascia injection.
Right plantar fasciitis. The right medial heel was prepped and injected with Kenalog 40 mg and lidocaine.""", None,
[("laterality", 1, "20550", "RT")])

case("P033", ["M75.01"], [L("99214", ["25"], 1, [1]), L("20610", ["RT"], 1, [1])],
"""CC: R shoulder stiffness, new problem
HPI: 52F with 3 months of progressive right shoulder pain and loss of motion. No injury.
Exam: R shoulder ER 20 deg, abduction 80 deg, painful arcs.
Imaging: R shoulder x-ray reviewed, no arthritis.
A/P: Adhesive capsulitis, right shoulder - discussed natural history, options. Glenohumeral injection performed today (see procedure). PT referral, home ROM program.
Procedure: R glenohumeral joint injected posterior approach with 40 mg triamcinolone + 4 mL lidocaine.""", None, [])

case("P034", ["M75.01"], [L("99213", ["25"], 1, [1]), L("20610", ["RT"], 1, [1])],
"""CC: f/u frozen shoulder, for repeat injection
HPI: 52F with right adhesive capsulitis, improved after the injection 3 months ago, here for the second injection as planned.
Procedure: R glenohumeral joint injected with 40 mg triamcinolone + lidocaine, posterior approach.
A/P: Right adhesive capsulitis - repeat injection done, continue home exercise.""", None,
[("modifier25-unsupported", 1, "99213", None)])

case("P035", ["J45.901"], [L("99213", [], 1, [1]), L("94640", [], 1, [1])],
"""HPI: 9 y/o with mild wheeze.
Exam: end expiratory wheeze, SpO2 97%.
A/P: Mild asthma exacerbation - albuterol MDI at home, neb not needed today. Total time 20 minutes.""", None,
[("px-undocumented", 2, "94640", None)], birth="2015-06-06")

case("P036", ["I10"], [L("99213", [], 1, [1]), L("36415", [], 1, [1])],
"""HTN f/u, BP 130/80, continue meds. Venipuncture performed for BMP and lipids. Total time 20 min.""", None, [])

case("P037", ["E11.9"], [L("99213", [], 1, [1]), L("36415", [], 1, [1])],
"""DM2 f/u, A1c point of care 6.8. Labs ordered, patient will go to the outside lab for blood draw next week. Total time 20 min.""", None,
[("px-undocumented", 2, "36415", None)])

case("P038", ["M77.12"], [L("20605", ["RT"], 1, [1])],
"""Procedure: Left lateral epicondyle injection.
Left tennis elbow x 3 months, failed bracing. The left elbow was prepped, and 20 mg triamcinolone with lidocaine injected at the common extensor origin.""", None,
[("laterality", 1, "20605", "LT")])

case("P039", ["M79.7"], [L("20552", [], 1, [1])],
"""Trigger point injections: 2 trigger points in the right upper trapezius injected with 1 mL 1% lidocaine each. Patient tolerated well.""", None, [])

case("P040", ["M17.12"], [L("99213", ["25"], 1, [1]), L("20610", ["LT"], 1, [1])],
"""Injection visit.
Pt here for hyaluronic acid injection #3 of 3, L knee OA. No changes.
L knee prepped, Euflexxa 20 mg injected via lateral approach. Tolerated well.""", None,
[("modifier25-unsupported", 1, "99213", None)])
