using CodingAudit.Domain.Findings;

namespace CodingAudit.Synthetic.Generation;

internal sealed partial class EncounterBuilder
{
    private void Preventive(Encounter e, Traits traits)
    {
        e.Title = Pick("Annual Wellness / Preventive Visit", "Preventive Medicine Visit", "Well Visit");
        var child = e.Age < 18;
        var band = e.Age switch { < 5 => 2, < 12 => 3, < 18 => 4, < 40 => 5, < 65 => 6, _ => 7 };
        var code = ((e.NewPatient ? 99380 : 99390) + band).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var childObese = child && e.Age is >= 5 and <= 14 && _rng.Chance(0.2);
        var abnormal = childObese || (!child && (traits & Traits.Obesity) != 0 && _rng.Chance(0.5));
        var exam = child ? (abnormal ? "Z00.121" : "Z00.129") : (abnormal ? "Z00.01" : "Z00.00");
        AddDx(e, exam);
        e.ChiefComplaint = child ? Pick("Well child check.", "Annual physical for school.") : Pick("Annual physical.", "Routine preventive exam.", "Here for yearly check-up.");
        e.Hpi.Add($"{Intro(e)} for a routine preventive examination. {Cap(He(e))} has no acute concerns today.");
        if (child)
        {
            e.Hpi.Add(Pick("Growing and developing normally; doing well in school.", "Eats a varied diet, active in sports, sleeps well."));
            if ((traits & Traits.Asthma) != 0) e.PastHistory.Add("Mild intermittent asthma, uses albuterol rarely; no recent exacerbations.");
        }
        else
        {
            e.Hpi.Add(Pick("Exercises two to three times weekly.", "Diet reviewed; trying to reduce sugar intake.", "Up to date on dental care."));
            e.Social.Add((traits & Traits.FormerSmoker) != 0 ? "Former smoker, quit 10 years ago." : "Never smoker. Alcohol socially.");
        }
        if ((traits & Traits.MotherBreastCancer) != 0 && !child)
        {
            e.FamilyHistory.Add(Pick("Mother with breast cancer diagnosed at 58.", "Family history of breast cancer (mother)."));
            HistoryOnlyOption(e, "C50.919");
        }
        if (!child && e.Sex == 'F' && e.Age is >= 21 and <= 64 && _rng.Chance(0.6)) Screening(e, "Z12.4", "Z12.5", "Cervical cancer screening: Pap smear collected today.");
        if (!child && e.Sex == 'M' && e.Age >= 50 && _rng.Chance(0.6)) Screening(e, "Z12.5", "Z12.4", "Prostate cancer screening discussed; PSA ordered per shared decision.");
        if (childObese)
        {
            // Pediatric BMI is coded by percentile (Z68.5x); the adult BMI codes carry an MCE adult age edit.
            AddDx(e, "E66.9");
            AddDx(e, "Z68.54", assessed: false);
            e.Exam.Add("BMI at the 96th percentile for age.");
            Assess(e, "Obesity, pediatric (BMI at or above the 95th percentile)", "Nutrition counseling with parent; 5-2-1-0 handout; recheck in 3 months.");
            var adultBmi = "Z68.3" + _rng.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_tables.AgeConflict(adultBmi, e.Age))
                e.Options.Add(new(FindingKinds.AgeConflict, c =>
                {
                    c.ReplaceDiagnosis("Z68.54", adultBmi);
                    return new Truth(FindingKinds.AgeConflict, null, adultBmi, "Z68.54");
                }));
        }
        Negations(e, _rng.Between(2, 4));
        e.Exam.Add(child ? "Vitals normal for age. Growth chart reviewed." : $"BP {_rng.Between(112, 134)}/{_rng.Between(68, 84)}, HR {_rng.Between(60, 88)}, BMI {(abnormal ? _rng.Between(30, 36) : _rng.Between(20, 29))}.");
        e.Exam.Add("HEENT normal. Heart regular rate and rhythm, no murmur. Lungs clear bilaterally. Abdomen soft, non-tender.");
        Assess(e, child ? "Well child examination" : "Routine adult health maintenance",
            abnormal ? "Elevated BMI noted; counseled on diet and exercise. Age-appropriate screening ordered." : Pick("Age-appropriate screening reviewed. Immunizations up to date.", "Counseled on diet, exercise and sleep. Return in one year."));
        e.Correct.Lines.Add(new LineSpec(code, 1, null, [exam]));

        // The child and adult exam codes sit on opposite sides of the MCE age edits.
        var wrongExam = child ? (abnormal ? "Z00.01" : "Z00.00") : (abnormal ? "Z00.121" : "Z00.129");
        if (_tables.AgeConflict(wrongExam, e.Age))
            e.Options.Add(new(FindingKinds.AgeConflict, c =>
            {
                c.ReplaceDiagnosis(exam, wrongExam);
                return new Truth(FindingKinds.AgeConflict, null, wrongExam, exam);
            }));
        // A preventive visit without a separate problem does not support a problem-oriented E/M with modifier 25.
        Modifier25Option(e);
        e.Options.RemoveAll(o => o.Kind == FindingKinds.DxMissed);
    }

    private void Screening(Encounter e, string code, string otherSex, string plan)
    {
        AddDx(e, code, assessed: false);
        e.Assessment.Add(plan);
        if (_tables.SexConflict(otherSex, e.Sex))
            e.Options.Add(new(FindingKinds.SexConflict, c =>
            {
                c.ReplaceDiagnosis(code, otherSex);
                return new Truth(FindingKinds.SexConflict, null, otherSex, code);
            }));
    }

    private void ChronicCare(Encounter e, Traits traits)
    {
        e.Title = Pick("Progress Note", "Office Visit - Chronic Disease Follow-up", "Clinic Note");
        var problems = 0;
        var names = new List<string>();
        if ((traits & Traits.Hypertension) != 0)
        {
            AddDx(e, "I10");
            names.Add(Pick("hypertension", "HTN"));
            e.Hpi.Add(Pick($"Home blood pressures running {_rng.Between(120, 145)}s/{_rng.Between(70, 90)}s.", "Taking lisinopril daily without cough or dizziness."));
            Assess(e, Pick("Essential hypertension", "HTN"), Pick("At goal; continue lisinopril 20 mg daily.", "Slightly above goal; increase amlodipine to 10 mg daily and recheck in 4 weeks.", "Controlled. BMP ordered."));
            problems++;
        }
        if ((traits & Traits.Diabetes) != 0)
        {
            var hyper = (traits & Traits.DiabetesHyperglycemia) != 0;
            var code = hyper ? "E11.65" : "E11.9";
            AddDx(e, code);
            AddDx(e, "Z79.84", assessed: false);
            names.Add("type 2 diabetes");
            e.Hpi.Add(hyper ? $"Reports fasting sugars of {_rng.Between(160, 240)}; most recent A1c {_rng.Between(82, 99) / 10.0:0.0}%." : $"Fasting sugars 100-130. Last A1c {_rng.Between(60, 68) / 10.0:0.0}%.");
            Assess(e, hyper ? Pick("Type 2 diabetes mellitus with hyperglycemia", "DM2 with hyperglycemia, uncontrolled") : Pick("Type 2 diabetes mellitus without complications", "DM2, controlled"),
                hyper ? "Increase metformin to 1000 mg twice daily; add empagliflozin. Repeat A1c in 3 months." : "Continue metformin 500 mg twice daily. A1c in 3 months.");
            if (hyper) e.Specificity.Add(("E11.65", "E11.9"));
            e.Social.Add("Takes metformin (oral hypoglycemic).");
            problems++;
        }
        if ((traits & Traits.Hyperlipidemia) != 0)
        {
            var mixed = (traits & Traits.MixedHyperlipidemia) != 0;
            AddDx(e, mixed ? "E78.2" : "E78.5");
            names.Add(mixed ? "mixed hyperlipidemia" : "hyperlipidemia");
            Assess(e, mixed ? "Mixed hyperlipidemia (elevated LDL and triglycerides)" : Pick("Hyperlipidemia", "HLD"), Pick("Continue atorvastatin 40 mg. Lipid panel ordered.", "Tolerating rosuvastatin; recheck lipids in 6 months."));
            if (mixed) e.Specificity.Add(("E78.2", "E78.5"));
            problems++;
        }
        if ((traits & Traits.Hypothyroid) != 0 && problems < 4)
        {
            AddDx(e, "E03.9");
            names.Add("hypothyroidism");
            Assess(e, "Hypothyroidism", "TSH within range on levothyroxine 75 mcg; continue.");
            problems++;
        }
        if ((traits & Traits.Gerd) != 0 && problems < 4)
        {
            AddDx(e, "K21.9");
            names.Add("GERD");
            Assess(e, Pick("GERD", "Gastroesophageal reflux disease without esophagitis"), "Symptoms controlled on omeprazole 20 mg daily.");
            problems++;
        }
        if ((traits & Traits.Anxiety) != 0 && problems < 4)
        {
            AddDx(e, "F41.1");
            names.Add("generalized anxiety");
            Assess(e, "Generalized anxiety disorder", "Improved on sertraline 50 mg; continue, GAD-7 today 6.");
            problems++;
        }
        if ((traits & Traits.AtrialFibrillation) != 0 && problems < 4)
        {
            AddDx(e, "I48.0");
            AddDx(e, "Z79.01", assessed: false);
            names.Add("paroxysmal atrial fibrillation");
            Assess(e, "Paroxysmal atrial fibrillation", "Rate controlled on metoprolol; continue apixaban 5 mg twice daily.");
            e.Specificity.Add(("I48.0", "I48.91"));
            problems++;
        }
        if ((traits & Traits.Asthma) != 0 && problems < 4)
        {
            AddDx(e, "J45.909");
            names.Add("asthma");
            Assess(e, "Asthma", "Well controlled on as-needed albuterol; no night symptoms.");
            Excludes1Option(e, "J45.909", "R06.2");
            problems++;
        }
        if (problems == 0)
        {
            // A patient without chronic conditions comes for a blood-pressure recheck that turns out normal.
            AddDx(e, "R03.0");
            names.Add("an elevated blood pressure reading");
            Assess(e, "Elevated blood pressure reading without diagnosis of hypertension", "Home BP monitoring; recheck in 3 months.");
            problems = 1;
        }
        e.ChiefComplaint = $"Follow-up of {string.Join(", ", names.Take(3))}.";
        e.Hpi.Insert(0, $"{Intro(e)} for follow-up of {string.Join(" and ", names.Take(2))}.");
        ChronicHistory(e, traits);
        Negations(e, _rng.Between(2, 4));
        e.Exam.Add($"BP {_rng.Between(118, 148)}/{_rng.Between(70, 92)}, HR {_rng.Between(58, 92)}, SpO2 {_rng.Between(95, 99)}% on room air.");
        e.Exam.Add(Pick("General: well appearing, no distress. CV: RRR, no murmurs. Lungs: clear to auscultation. Ext: no edema.",
            "Alert and oriented. Heart regular. Lungs clear. No lower extremity edema."));
        var level = problems >= 3 ? (_rng.Chance(0.3) ? 5 : 4) : problems == 2 ? (_rng.Chance(0.7) ? 4 : 3) : 3;
        OfficeEm(e, level);
    }

    private void ChronicHistory(Encounter e, Traits traits)
    {
        if ((traits & Traits.FormerSmoker) != 0)
        {
            AddDx(e, "Z87.891", assessed: false);
            e.Social.Add(Pick("Former smoker, quit in 2015 (20 pack-years).", "History of tobacco use; quit more than 5 years ago.", "Ex-smoker, no tobacco since 2012."));
            // The coder codes active dependence instead of the history code (Excludes1 forbids billing both).
            HistoryOnlyOption(e, "F17.210", expected: "Z87.891");
        }
        else e.Social.Add(Pick("Never smoker.", "Denies tobacco use.", "No tobacco, occasional alcohol."));
        if ((traits & Traits.TiaHistory) != 0)
        {
            AddDx(e, "Z86.73", assessed: false);
            e.PastHistory.Add(Pick("History of TIA in 2019 without residual deficits.", "Prior transient ischemic attack (2018), on aspirin."));
        }
        if ((traits & Traits.MotherBreastCancer) != 0 && e.Sex == 'F')
        {
            e.FamilyHistory.Add(Pick("Mother with breast cancer.", "Family history significant for breast cancer in mother.", "Mother had breast cancer at age 61."));
            HistoryOnlyOption(e, "C50.919");
        }
        e.FamilyHistory.Add(Pick("Father with coronary artery disease.", "Brother with type 2 diabetes.", "Non-contributory otherwise."));
    }

    private void AcuteVisit(Encounter e, Traits traits)
    {
        e.Title = Pick("Acute Visit", "Same-Day Visit", "Progress Note");
        // Children come with the common infections; the other complaints are adult ones.
        var kind = e.Age < 18 ? _rng.Next(3) : _rng.Next(9);
        var level = 3;
        string[] excludeNeg = [];
        switch (kind)
        {
            case 0:
                AddDx(e, "J06.9");
                e.ChiefComplaint = Pick("Cold symptoms.", "Congestion and sore throat x 4 days.");
                e.Hpi.Add($"{Intro(e)} with {_rng.Between(3, 6)} days of nasal congestion, rhinorrhea and mild sore throat. No fever.");
                Assess(e, Pick("Acute upper respiratory infection", "Viral URI"), "Supportive care, fluids, saline rinses. Return if fever or symptoms beyond 10 days.");
                level = _rng.Chance(0.6) ? 2 : 3;
                excludeNeg = ["R05.1"];
                break;
            case 1:
                AddDx(e, "J02.9");
                e.ChiefComplaint = "Sore throat.";
                e.Hpi.Add($"{Intro(e)} with sore throat for 2 days, painful swallowing. Rapid strep negative in clinic.");
                Assess(e, "Acute pharyngitis", "Rapid strep negative; symptomatic treatment, warm salt-water gargles.");
                level = _rng.Chance(0.5) ? 2 : 3;
                break;
            case 2:
                AddDx(e, "R05.1");
                e.ChiefComplaint = "Cough.";
                e.Hpi.Add($"{Intro(e)} with dry cough for 10 days after a cold. No fever, no hemoptysis.");
                Assess(e, "Acute cough", "Lungs clear; no evidence of pneumonia on exam. Honey, dextromethorphan as needed.");
                excludeNeg = ["R05.1"];
                break;
            case 3:
                AddDx(e, "M54.50");
                e.ChiefComplaint = "Low back pain.";
                e.Hpi.Add($"{Intro(e)} with low back pain after lifting boxes {_rng.Between(2, 7)} days ago. No radiation to the legs, no numbness, no bowel or bladder changes.");
                Assess(e, "Acute low back pain", "No red flags. NSAIDs, heat, activity as tolerated; PT referral if not improved in 2 weeks.");
                break;
            case 4:
                AddDx(e, "G43.909");
                e.ChiefComplaint = "Headaches.";
                e.Hpi.Add($"{Intro(e)} with recurrent throbbing unilateral headaches with photophobia and nausea, about twice a month; typical of prior migraines.");
                Assess(e, Pick("Migraine without mention of intractability", "Migraine"), "Start sumatriptan 50 mg at onset; headache diary. Return if pattern changes.");
                Excludes1Option(e, "G43.909", "R51.9");
                excludeNeg = ["R51.9"];
                level = _rng.Chance(0.5) ? 3 : 4;
                break;
            case 5:
                {
                    var right = _rng.Chance(0.5);
                    var code = right ? "M25.561" : "M25.562";
                    AddDx(e, code);
                    var side = right ? "right" : "left";
                    e.ChiefComplaint = $"{Cap(side)} knee pain.";
                    e.Hpi.Add($"{Intro(e)} with {side} knee pain for 3 weeks, worse with stairs. No injury, no swelling.");
                    e.Exam.Add($"{Cap(side)} knee: no effusion, mild medial joint line tenderness, stable ligaments.");
                    Assess(e, $"Pain in {side} knee", "Ice, NSAIDs, quadriceps strengthening handout. X-ray if persists.");
                    e.Specificity.Add((code, "M25.569"));
                    break;
                }
            case 6:
                {
                    if (e.Sex == 'F')
                    {
                        AddDx(e, "R35.0");
                        e.ChiefComplaint = "Urinary frequency.";
                        e.Hpi.Add($"{Intro(e)} with urinary frequency for a month, no dysuria, no hematuria. Urinalysis in clinic negative.");
                        Assess(e, "Frequency of micturition", "UA negative. Bladder diary, limit caffeine; consider pelvic floor therapy.");
                        // Coding benign prostatic hyperplasia for a woman is an MCE sex conflict.
                        if (_tables.SexConflict("N40.1", e.Sex))
                            e.Options.Add(new(FindingKinds.SexConflict, c =>
                            {
                                c.ReplaceDiagnosis("R35.0", "N40.1");
                                return new Truth(FindingKinds.SexConflict, null, "N40.1", "R35.0");
                            }));
                    }
                    else
                    {
                        AddDx(e, "R35.0");
                        e.ChiefComplaint = "Urinary frequency and nocturia.";
                        e.Hpi.Add($"{Intro(e)} with urinary frequency and weak stream. PSA pending.");
                        Assess(e, "Urinary frequency, possible benign prostatic hyperplasia", "PSA and UA ordered; trial of tamsulosin; urology referral if no improvement.");
                        UncertainOption(e, "R35.0", "N40.1");
                    }
                    break;
                }
            case 7:
                {
                    e.ChiefComplaint = "Upper abdominal discomfort.";
                    e.Hpi.Add($"{Intro(e)} with epigastric burning after meals for 3 weeks. No weight loss, no melena.");
                    if ((traits & Traits.Gerd) == 0)
                    {
                        AddDx(e, "R10.13");
                        Assess(e, Pick("Epigastric pain, suspected gastroesophageal reflux", "Epigastric pain - probable GERD"), "Trial of omeprazole 20 mg daily for 8 weeks; avoid late meals.");
                        UncertainOption(e, "R10.13", "K21.9");
                    }
                    else
                    {
                        // The pain is put down to the patient's known reflux, which is treated: the reflux is coded and its
                        // routine symptom is not (Official Guidelines I.B.5).
                        AddDx(e, "K21.9");
                        Assess(e, "Epigastric pain due to known reflux", "Increase omeprazole to twice daily for 4 weeks.");
                    }
                    break;
                }
            default:
                {
                    AddDx(e, "R00.2");
                    e.ChiefComplaint = "Palpitations.";
                    e.Hpi.Add($"{Intro(e)} with intermittent palpitations for 2 weeks, lasting minutes, no syncope.");
                    Assess(e, Pick("Palpitations, rule out paroxysmal atrial fibrillation", "Palpitations - possible atrial fibrillation"), "ECG in office today shows sinus rhythm. Holter monitor ordered; TSH.");
                    UncertainOption(e, "R00.2", "I48.91");
                    e.Correct.Lines.Add(new LineSpec("93000", 1, null, ["R00.2"]));
                    e.Procedures.Add("12-lead ECG performed and interpreted in office: normal sinus rhythm, rate 78, no acute ST-T changes.");
                    PtpOption(e, "93000", _rng.Chance(0.5) ? "93005" : "93010");
                    excludeNeg = ["R00.2"];
                    level = 4;
                    break;
                }
        }
        if (e.Age >= 18 && (traits & Traits.Hypertension) != 0 && _rng.Chance(0.4))
        {
            AddDx(e, "I10");
            Assess(e, "Essential hypertension", "Stable; continue current medication.");
            level = Math.Max(level, 3) + (_rng.Chance(0.3) ? 1 : 0);
            level = Math.Min(level, 4);
        }
        ChronicHistory(e, traits);
        Negations(e, _rng.Between(2, 3), excludeNeg);
        e.Exam.Insert(0, $"T {_rng.Between(975, 992) / 10.0:0.0} F, BP {_rng.Between(110, 140)}/{_rng.Between(68, 88)}, HR {_rng.Between(60, 96)}.");
        e.Exam.Add(Pick("General: no acute distress. Lungs clear. Heart regular.", "Well appearing. Oropharynx without exudate. Neck supple. Lungs clear bilaterally."));
        OfficeEm(e, level);
    }
}
