using CodingAudit.Domain.Findings;

namespace CodingAudit.Synthetic.Generation;

internal sealed partial class EncounterBuilder
{
    private static readonly string[] Steroids = ["40 mg triamcinolone (Kenalog) with 4 mL 1% lidocaine", "80 mg methylprednisolone (Depo-Medrol) with 3 mL 1% lidocaine", "40 mg triamcinolone and 5 mL 0.25% bupivacaine"];

    private void Orthopedics(Encounter e, Traits traits)
    {
        e.Title = Pick("Orthopedic Clinic Note", "Orthopaedics Follow-up", "Sports Medicine Visit");
        var right = _rng.Chance(0.5);
        var side = right ? "right" : "left";
        var mod = right ? "RT" : "LT";
        var knee = _rng.Chance(0.6);
        var kind = _rng.Next(3); // 0 injection only, 1 evaluation with injection (E/M 25), 2 evaluation only
        if (knee && (traits & (right ? Traits.KneeReplacementRight : Traits.KneeReplacementLeft)) != 0)
        {
            // The knee on that side was replaced: the visit is about the other knee.
            right = !right;
            side = right ? "right" : "left";
            mod = right ? "RT" : "LT";
        }

        string code, unspecified, problem;
        if (knee)
        {
            code = right ? "M17.11" : "M17.12";
            unspecified = "M17.10";
            problem = $"Primary osteoarthritis of the {side} knee";
            e.ChiefComplaint = Pick($"{Cap(side)} knee pain.", $"{Cap(side)} knee osteoarthritis, here for injection.", $"Follow-up {side} knee.");
            e.Hpi.Add($"{Intro(e)} with chronic {side} knee pain from osteoarthritis, worse with stairs and prolonged standing. {Pick("Last injection helped for about 4 months.", "NSAIDs give partial relief.", "Pain 6/10 today.")}");
            e.Exam.Add($"{Cap(side)} knee: {Pick("small effusion", "no effusion")}, crepitus, medial joint line tenderness, range of motion 5-110 degrees. Neurovascularly intact distally.");
        }
        else
        {
            code = right ? "M75.41" : "M75.42";
            unspecified = "M75.40";
            problem = $"Impingement syndrome of the {side} shoulder";
            e.ChiefComplaint = Pick($"{Cap(side)} shoulder pain.", $"{Cap(side)} shoulder pain with overhead activity.");
            e.Hpi.Add($"{Intro(e)} with {side} shoulder pain for {_rng.Between(2, 6)} months, worse reaching overhead and at night. No trauma.");
            e.Exam.Add($"{Cap(side)} shoulder: positive Neer and Hawkins signs, painful arc 70-120 degrees, strength 5/5, no instability.");
        }
        AddDx(e, code);
        e.Specificity.Add((code, unspecified));
        var replaced = (traits & Traits.KneeReplacementRight) != 0 ? ("right", "Z96.651", "M17.11")
            : (traits & Traits.KneeReplacementLeft) != 0 ? ("left", "Z96.652", "M17.12") : default;
        if (replaced != default && replaced.Item3 != code)
        {
            AddDx(e, replaced.Item2, assessed: false);
            // The history names the arthritis the replacement treated, so the note shows it as past (history-only).
            e.PastHistory.Add(Pick($"Status post {replaced.Item1} knee arthroplasty for osteoarthritis in 2021, doing well.", $"S/p {replaced.Item1} TKA for osteoarthritis (2020) without complications."));
            // Coding the replaced knee's arthritis as current is a history-only diagnosis.
            HistoryOnlyOption(e, replaced.Item3);
        }
        ChronicHistory(e, traits);

        if (kind == 2)
        {
            Assess(e, problem, knee ? "Discussed options; continue home exercise program and NSAIDs. Consider injection at next visit if no improvement." : "Start physical therapy for rotator cuff strengthening; consider subacromial injection if no improvement in 6 weeks.");
            Negations(e, 2);
            var isNew = e.NewPatient;
            if (knee) { e.Correct.Lines.Add(new LineSpec("73562", 1, null, [code])); e.Procedures.Add($"X-rays {side} knee, 3 views, ordered and reviewed: medial joint space narrowing and osteophytes."); PtpOption(e, "73562", "73560"); }
            OfficeEm(e, isNew ? (_rng.Chance(0.5) ? 3 : 4) : (_rng.Chance(0.6) ? 3 : 4));
            // The injection was only considered for a later visit: billing it is a procedure the note does not show as done.
            PxUndocumentedOption(e, new LineSpec("20610", 1, [mod], [code]));
            return;
        }

        var injection = new LineSpec("20610", 1, [mod], [code]);
        e.Correct.Lines.Add(injection);
        var site = knee ? $"{side} knee joint" : $"{side} shoulder (subacromial space)";
        var approach = knee ? Pick("superolateral", "anterolateral", "anteromedial") : "posterior";
        var procedure = $"PROCEDURE: Arthrocentesis/injection, {site}.\nIndication: {problem.ToLowerInvariant()}. Risks, benefits and alternatives discussed; verbal consent obtained. Time-out performed, {side} side confirmed.\nThe {approach} approach was used after prepping with chlorhexidine. {Cap(Steroids[_rng.Next(Steroids.Length)])} injected without difficulty. Sterile bandage applied. Patient tolerated the procedure well; no complications.";
        LateralityOption(e, injection);
        if (kind == 0)
        {
            // Procedure-only visit: the assessment is the usual pre-procedure work, so an E/M would need a separate problem.
            Assess(e, problem, $"Proceed with {side} {(knee ? "knee" : "shoulder")} injection as planned. Return in 3 months or sooner as needed.");
            Negations(e, 1);
            e.Procedures.Add(procedure);
            Modifier25Option(e);
            return;
        }

        // A separately identifiable problem was evaluated and managed at the same visit: E/M with modifier 25 is correct.
        Assess(e, problem, $"Injection today (see procedure note).");
        var second = _rng.Next(3);
        switch (second)
        {
            case 0:
                AddDx(e, "M54.50");
                e.Hpi.Add("Also reports new low back pain for 2 weeks without radiation, which was evaluated today.");
                e.Exam.Add("Lumbar spine: paraspinal tenderness, negative straight-leg raise bilaterally.");
                Assess(e, "Low back pain, new problem", "Separate evaluation today; home exercises, naproxen 500 mg twice daily for 10 days, PT referral.");
                break;
            case 1:
                AddDx(e, right ? "M77.12" : "M77.11");
                var other = right ? "left" : "right";
                e.Hpi.Add($"Also complains of {other} lateral elbow pain with gripping for a month.");
                e.Exam.Add($"{Cap(other)} elbow: tenderness at the lateral epicondyle, pain with resisted wrist extension.");
                Assess(e, $"Lateral epicondylitis, {other} elbow", "Counterforce brace, eccentric exercises handout; reassess in 6 weeks.");
                break;
            default:
                AddDx(e, "M54.2");
                e.Hpi.Add("Also reports neck pain and stiffness for 3 weeks, evaluated separately today.");
                e.Exam.Add("Cervical spine: decreased rotation, trapezius spasm, Spurling negative.");
                Assess(e, "Cervicalgia", "Separate problem: heat, stretching program, cyclobenzaprine at night for 1 week.");
                break;
        }
        Negations(e, 2);
        e.ProcedureNote = ("procedure", procedure);
        OfficeEm(e, _rng.Chance(0.7) ? 3 : 4, modifier25: true, e.Correct.Diagnoses.Skip(1).Concat(e.Correct.Diagnoses.Take(1)).ToArray());
    }

    private void Cardiology(Encounter e, Traits traits)
    {
        e.Title = Pick("Cardiology Consultation", "Cardiology Follow-up", "Heart Clinic Note");
        var kind = _rng.Next(3);
        var level = 4;
        string[] excludeNeg = [];
        if (kind == 0)
        {
            AddDx(e, "R07.9");
            e.ChiefComplaint = "Chest pain.";
            e.Hpi.Add($"{Intro(e)} with intermittent chest pressure for 3 weeks, not clearly exertional, lasting 5-10 minutes, no radiation.");
            Assess(e, Pick("Chest pain, rule out angina", "Chest pain - suspected stable angina"), "ECG today without ischemic changes. Exercise stress test scheduled; aspirin 81 mg daily meanwhile.");
            UncertainOption(e, "R07.9", "I20.9");
            excludeNeg = ["R07.9"];
        }
        else if (kind == 1)
        {
            var known = (traits & Traits.AtrialFibrillation) != 0;
            if (known)
            {
                AddDx(e, "I48.0");
                AddDx(e, "Z79.01", assessed: false);
                e.ChiefComplaint = "Atrial fibrillation follow-up.";
                e.Hpi.Add($"{Intro(e)} for follow-up of paroxysmal atrial fibrillation. Two brief episodes since last visit, self-terminating.");
                Assess(e, "Paroxysmal atrial fibrillation", "CHA2DS2-VASc reviewed; continue apixaban and metoprolol.");
                e.Specificity.Add(("I48.0", "I48.91"));
            }
            else
            {
                AddDx(e, "R00.2");
                e.ChiefComplaint = "Palpitations.";
                e.Hpi.Add($"{Intro(e)} referred for palpitations, episodes of rapid irregular heartbeat lasting up to an hour.");
                Assess(e, Pick("Palpitations, possible paroxysmal atrial fibrillation", "Palpitations; suspected atrial fibrillation, not captured"), "ECG today sinus rhythm. 14-day event monitor; echocardiogram.");
                UncertainOption(e, "R00.2", "I48.91");
                excludeNeg = ["R00.2"];
            }
        }
        else
        {
            AddDx(e, "I11.0");
            AddDx(e, "I50.9");
            e.ChiefComplaint = "Shortness of breath with exertion.";
            e.Hpi.Add($"{Intro(e)} with hypertension and heart failure, increasing dyspnea on exertion over a month, two-pillow orthopnea.");
            Assess(e, "Hypertensive heart disease with heart failure", "Increase furosemide to 40 mg daily, daily weights, low-sodium diet. Echocardiogram today.");
            excludeNeg = ["R06.02", "R60.0"];
            level = _rng.Chance(0.5) ? 4 : 5;
            var echo = new LineSpec("93306", 1, null, ["I11.0", "I50.9"]);
            e.Correct.Lines.Add(echo);
            e.Procedures.Add($"Transthoracic echocardiogram, complete with spectral and color Doppler: LVEF {_rng.Between(30, 45)}%, moderate LV hypertrophy, mild mitral regurgitation.");
            PtpOption(e, "93306", _rng.Chance(0.5) ? "93307" : "93308");
            if (_tables.Mue("93306") is { } mue)
                e.Options.Add(new(FindingKinds.Mue, c =>
                {
                    var l = c.Find("93306")!;
                    l.Units = mue.Value + 1;
                    return new Truth(FindingKinds.Mue, c.LineNumberOf(l), "93306", $"93306 x{mue.Value}");
                }));
        }
        if ((traits & Traits.Hypertension) != 0 && kind != 2) { AddDx(e, "I10"); Assess(e, "Essential hypertension", "Controlled; continue."); }
        if ((traits & Traits.Hyperlipidemia) != 0) { AddDx(e, "E78.5"); Assess(e, "Hyperlipidemia", "On statin, LDL at goal."); }
        if (e.Age >= 50 && _rng.Chance(0.3)) { AddDx(e, "I25.10"); e.PastHistory.Add("Coronary artery disease, non-obstructive on 2019 catheterization."); Assess(e, "Atherosclerotic heart disease of native coronary artery without angina", "Continue aspirin and statin."); }
        ChronicHistory(e, traits);
        Negations(e, _rng.Between(2, 3), excludeNeg);
        e.Exam.Add($"BP {_rng.Between(118, 156)}/{_rng.Between(68, 94)}, HR {_rng.Between(56, 104)}. JVP not elevated. Heart {Pick("regular rate and rhythm", "irregularly irregular")}, no murmur. Lungs clear.");
        e.Correct.Lines.Add(new LineSpec("93000", 1, null, e.Correct.Diagnoses.Take(1)));
        e.Procedures.Add("ECG, 12-lead, with interpretation and report: " + Pick("normal sinus rhythm, no acute changes.", "sinus rhythm with left ventricular hypertrophy.", "sinus bradycardia, rate 56, nonspecific T-wave changes."));
        PtpOption(e, "93000", _rng.Chance(0.5) ? "93005" : "93010");
        OfficeEm(e, e.NewPatient ? Math.Min(5, level) : level);
        // The chest-pain plan only schedules the exercise stress test: billing it today is a procedure not documented as done.
        if (kind == 0) PxUndocumentedOption(e, new LineSpec("93015", 1, null, ["R07.9"]));
    }

    private static readonly (string Code, string Side, string Text, string Unspecified)[] TherapyDiagnoses =
    [
        ("M54.50", "", "low back pain", ""), ("M25.561", "right", "pain in right knee", "M25.569"), ("M25.562", "left", "pain in left knee", "M25.569"),
        ("M75.41", "right", "impingement syndrome of right shoulder", "M75.40"), ("M75.42", "left", "impingement syndrome of left shoulder", "M75.40"),
        ("M17.11", "right", "primary osteoarthritis of right knee", "M17.10"), ("M17.12", "left", "primary osteoarthritis of left knee", "M17.10"),
        ("M54.2", "", "cervicalgia", ""),
    ];

    private void PhysicalTherapy(Encounter e)
    {
        var dx = TherapyDiagnoses[_rng.Next(TherapyDiagnoses.Length)];
        AddDx(e, dx.Code);
        if (dx.Unspecified.Length > 0) e.Specificity.Add((dx.Code, dx.Unspecified));
        // A functional finding treated beside the condition is written in the exam and the assessment, as a coder needs it.
        var functional = _rng.Chance(0.4) ? (_rng.Chance(0.5) ? "M62.81" : "R26.89") : null;
        if (functional is not null)
        {
            AddDx(e, functional);
            e.Exam.Add(functional == "M62.81"
                ? "Manual muscle testing 4-/5 in hip abductors, quadriceps and shoulder girdle; difficulty rising from a chair."
                : "Gait: shortened stance on the painful side, reduced step length and cadence.");
        }
        e.NoteType = "therapy";
        e.ChiefComplaint = Cap(dx.Text) + ".";
        if (e.NewPatient)
        {
            e.Title = "Physical Therapy Initial Evaluation";
            var complexity = _rng.Next(3);
            var code = (97161 + complexity).ToString(System.Globalization.CultureInfo.InvariantCulture);
            e.Hpi.Add($"{Intro(e)} referred for {dx.Text}. Onset {_rng.Between(2, 12)} weeks ago. Pain {_rng.Between(3, 8)}/10. Goals: return to walking and household tasks.");
            e.Exam.Add("Examination of body structures and functions, activity limitations and participation restrictions; standardized outcome measure (LEFS/ODI) completed.");
            Assess(e, Cap(dx.Text), $"{(complexity switch { 0 => "Low", 1 => "Moderate", _ => "High" })} complexity evaluation. Plan of care: 2x/week for 6 weeks, therapeutic exercise, manual therapy, home program.");
            AssessFunctional(e, functional);
            e.Correct.Lines.Add(new LineSpec(code, 1, ["GP"], e.Correct.Diagnoses));
            if (complexity == 1) PtpOption(e, "97162", "97161");
            if (complexity == 2) PtpOption(e, "97163", "97162");
            e.TherapyMinutes = $"Evaluation time: {_rng.Between(30, 55)} minutes.";
            return;
        }

        e.Title = Pick("Physical Therapy Daily Note", "PT Treatment Note", "Therapy Visit");
        e.Hpi.Add($"Patient reports {Pick("less pain since last session", "pain 4/10 today", "improved walking tolerance")}. Home exercises done most days.");
        (string Code, string Name)[] timed = [("97110", "Therapeutic exercise"), ("97140", "Manual therapy"), ("97530", "Therapeutic activities")];
        var used = timed.Where(_ => _rng.Chance(0.7)).ToList();
        if (used.Count == 0) used.Add(timed[0]);
        var minutes = used.Select(_ => _rng.Between(6, 30)).ToArray();
        var total = minutes.Sum();
        if (total < 8) { minutes[0] += 8; total = minutes.Sum(); }
        var units = EightMinuteRule.Distribute(minutes);
        var lines = new List<string>();
        for (var i = 0; i < used.Count; i++)
        {
            lines.Add($"{used[i].Name} ({used[i].Code}): {minutes[i]} minutes - {TherapyDetail(used[i].Code, dx.Side)}");
            if (units[i] > 0) e.Correct.Lines.Add(new LineSpec(used[i].Code, units[i], ["GP"], e.Correct.Diagnoses));
        }
        e.Procedures.AddRange(lines);
        e.TherapyMinutes = $"Total timed code treatment minutes: {total}. Total treatment time: {total + _rng.Between(0, 10)} minutes.";
        Assess(e, Cap(dx.Text), Pick("Progressing toward goals; continue plan of care.", "Tolerated treatment well; progress resistance next visit."));
        AssessFunctional(e, functional);
        var billedLines = e.Correct.Lines.ToList();
        if (billedLines.Count > 0)
            e.Options.Add(new(FindingKinds.UnitsVsTime, c =>
            {
                // Rounding each code up on its own (instead of the total timed minutes) bills one unit too many.
                var target = c.Lines[_rng.Next(c.Lines.Count)];
                var expected = target.Units;
                target.Units++;
                return new Truth(FindingKinds.UnitsVsTime, c.LineNumberOf(target), target.Code, $"{target.Code} x{expected}");
            }));
    }

    private void AssessFunctional(Encounter e, string? functional)
    {
        if (functional == "M62.81") Assess(e, Pick("Muscle weakness (generalized)", "Generalized muscle weakness"), "Progressive strengthening; reassess strength in 4 weeks.");
        else if (functional == "R26.89") Assess(e, Pick("Antalgic gait", "Other abnormalities of gait and mobility (antalgic gait)"), "Gait training; cane reviewed for community distances.");
    }

    private string TherapyDetail(string code, string side) => code switch
    {
        "97110" => Pick("quad sets, straight leg raises, bridges 3x10", "theraband rows and external rotation 3x12", "stationary bike warm-up, hamstring and calf stretching"),
        "97140" => Pick($"joint mobilization grade III to the {(side.Length > 0 ? side + " " : "")}affected joint", "soft tissue mobilization to paraspinals", "manual stretching and joint mobilization"),
        _ => Pick("sit-to-stand training, step-ups, functional lifting", "gait training on stairs and uneven surfaces", "reaching and carrying tasks"),
    };

    private void Dermatology(Encounter e)
    {
        e.Title = Pick("Dermatology Visit", "Dermatology Clinic Note", "Skin Check");
        var kind = _rng.Next(2);
        var withEm = _rng.Chance(0.35);
        if (kind == 0)
        {
            var n = _rng.Chance(0.2) ? 1 : _rng.Between(2, 14);
            AddDx(e, "L57.0");
            e.ChiefComplaint = "Rough spots on face and hands.";
            e.Hpi.Add($"{Intro(e)} with rough scaly spots on sun-exposed skin. History of significant sun exposure.");
            e.Exam.Add($"{n} erythematous scaly papules on the {Pick("forehead and scalp", "dorsal hands and forearms", "cheeks and nose")}, consistent with actinic keratoses.");
            Assess(e, "Actinic keratoses", $"Cryotherapy of {n} lesion{(n > 1 ? "s" : "")} today (see procedure). Sun protection counseling.");
            e.Procedures.Add($"PROCEDURE: Destruction of premalignant lesions by liquid nitrogen cryotherapy, {n} actinic keratos{(n > 1 ? "es" : "is")}, two freeze-thaw cycles each. Consent obtained; patient tolerated well.");
            e.Correct.Lines.Add(new LineSpec("17000", 1, null, ["L57.0"]));
            if (n > 1)
            {
                e.Correct.Lines.Add(new LineSpec("17003", n - 1, null, ["L57.0"]));
                if (_tables.Mue("17000") is { Value: var max } && n > max)
                    e.Options.Add(new(FindingKinds.Mue, c =>
                    {
                        // All lesions on the first-lesion code instead of 17000 + 17003.
                        c.Lines.Remove(c.Find("17003")!);
                        var l = c.Find("17000")!;
                        l.Units = n;
                        return new Truth(FindingKinds.Mue, c.LineNumberOf(l), "17000", $"17000 x1 + 17003 x{n - 1}");
                    }));
                if (_tables.AddOnPrimaries("17003") is { } primaries && primaries.Contains("17000"))
                    e.Options.Add(new(FindingKinds.AddOnWithoutPrimary, c =>
                    {
                        c.Lines.Remove(c.Find("17000")!);
                        var l = c.Find("17003")!;
                        l.Units = n;
                        return new Truth(FindingKinds.AddOnWithoutPrimary, c.LineNumberOf(l), "17003", $"17000 x1 + 17003 x{n - 1}");
                    }));
            }
        }
        else
        {
            var n = _rng.Chance(0.6) ? 1 : _rng.Between(2, 4);
            var code = _rng.Chance(0.5) ? "D22.5" : "L82.1";
            AddDx(e, code);
            var what = code == "D22.5" ? "changing pigmented lesion" : "irritated keratotic lesion";
            e.ChiefComplaint = $"Spot on {(code == "D22.5" ? "back" : "trunk")} that has changed.";
            e.Hpi.Add($"{Intro(e)} with a {what} on the {(code == "D22.5" ? "back" : "chest")} noticed by {His(e)} spouse. No bleeding.");
            e.Exam.Add(code == "D22.5"
                ? $"{n} pigmented papule{(n > 1 ? "s" : "")} on the back, 5-6 mm, slightly irregular border, dermoscopy with reticular pattern; clinically atypical melanocytic nevus."
                : $"{n} stuck-on verrucous papule{(n > 1 ? "s" : "")} on the chest with inflamed base; seborrheic keratosis, irritated.");
            Assess(e, code == "D22.5" ? "Melanocytic nevus of trunk, clinically atypical" : "Seborrheic keratosis", $"Tangential (shave) biopsy of {n} lesion{(n > 1 ? "s" : "")} for histopathology. Will call with results.");
            e.Procedures.Add($"PROCEDURE: Tangential biopsy of skin, {n} lesion{(n > 1 ? "s" : "")}. Consent obtained. Site prepped, 1% lidocaine with epinephrine, shave biopsy with DermaBlade, hemostasis with aluminum chloride. Specimen{(n > 1 ? "s" : "")} to pathology.");
            e.Correct.Lines.Add(new LineSpec("11102", 1, null, [code]));
            if (n > 1)
            {
                e.Correct.Lines.Add(new LineSpec("11103", n - 1, null, [code]));
                if (_tables.Mue("11102") is { Value: var max } && n > max)
                    e.Options.Add(new(FindingKinds.Mue, c =>
                    {
                        c.Lines.Remove(c.Find("11103")!);
                        var l = c.Find("11102")!;
                        l.Units = n;
                        return new Truth(FindingKinds.Mue, c.LineNumberOf(l), "11102", $"11102 x1 + 11103 x{n - 1}");
                    }));
                if (_tables.AddOnPrimaries("11103") is { } primaries && primaries.Contains("11102"))
                    e.Options.Add(new(FindingKinds.AddOnWithoutPrimary, c =>
                    {
                        c.Lines.Remove(c.Find("11102")!);
                        var l = c.Find("11103")!;
                        l.Units = n;
                        return new Truth(FindingKinds.AddOnWithoutPrimary, c.LineNumberOf(l), "11103", $"11102 x1 + 11103 x{n - 1}");
                    }));
            }
        }
        if (withEm)
        {
            AddDx(e, _rng.Chance(0.5) ? "L40.0" : "L30.9");
            var psoriasis = e.Correct.Diagnoses[^1] == "L40.0";
            e.Hpi.Add(psoriasis ? "Also follows for plaque psoriasis of elbows and knees, flaring this month." : "Also reports an itchy rash on both forearms for 3 weeks.");
            e.Exam.Add(psoriasis ? "Well-demarcated erythematous plaques with silvery scale on extensor elbows and knees, about 4% BSA." : "Erythematous eczematous patches on bilateral forearms.");
            Assess(e, psoriasis ? "Psoriasis vulgaris, flaring" : "Dermatitis", psoriasis ? "Separate problem managed today: start clobetasol 0.05% ointment twice daily for 2 weeks; discussed phototherapy." : "Separate problem: triamcinolone 0.1% cream twice daily, emollients, follow up in 4 weeks.");
            Negations(e, 1);
            OfficeEm(e, 3, modifier25: true, e.Correct.Diagnoses[^1]);
        }
        else
        {
            Negations(e, 1);
            Modifier25Option(e);
        }
    }

    private void Endocrinology(Encounter e, Traits traits)
    {
        e.Title = Pick("Endocrinology Follow-up", "Diabetes Clinic Note", "Endocrine Consultation");
        if ((traits & Traits.Diabetes) != 0 || _rng.Chance(0.5))
        {
            var kind = _rng.Next(3);
            string code;
            if (kind == 0) { code = "E11.65"; e.Specificity.Add(("E11.65", "E11.9")); }
            else if (kind == 1) { code = "E11.42"; e.Specificity.Add(("E11.42", "E11.9")); }
            else code = "E11.22";
            AddDx(e, code);
            if (code == "E11.22") AddDx(e, "N18.31");
            var insulin = _rng.Chance(0.5);
            AddDx(e, insulin ? "Z79.4" : "Z79.84", assessed: false);
            e.ChiefComplaint = "Diabetes management.";
            e.Hpi.Add($"{Intro(e)} for type 2 diabetes{(insulin ? " on basal insulin" : " on metformin")}. Last A1c {_rng.Between(71, 104) / 10.0:0.0}%. {Pick("Reports occasional hypoglycemia overnight.", "Checks sugars twice daily.", "Diet adherence variable.")}");
            Assess(e, code switch
            {
                "E11.65" => "Type 2 diabetes mellitus with hyperglycemia",
                "E11.42" => "Type 2 diabetes with diabetic polyneuropathy (decreased monofilament sensation both feet)",
                _ => "Type 2 diabetes with diabetic chronic kidney disease",
            }, insulin ? "Titrate glargine by 2 units every 3 days to fasting goal 80-130." : "Add semaglutide 0.25 mg weekly; continue metformin.");
            if (code == "E11.22") Assess(e, "Chronic kidney disease stage 3a", $"eGFR {_rng.Between(45, 59)}; continue ACE inhibitor; nephrology aware.");
            e.Exam.Add(code == "E11.42" ? "Feet: monofilament sensation absent at 4 of 10 sites bilaterally; pulses intact; no ulcers." : "Feet: intact sensation, no ulcers. Thyroid non-palpable.");
        }
        else
        {
            AddDx(e, "E03.9");
            e.ChiefComplaint = "Hypothyroidism follow-up.";
            e.Hpi.Add($"{Intro(e)} for hypothyroidism on levothyroxine. Reports fatigue has improved.");
            Assess(e, "Hypothyroidism", $"TSH {_rng.Between(5, 45) / 10.0:0.0}; adjust levothyroxine dose; recheck in 6 weeks.");
            e.Exam.Add("Thyroid: no goiter or nodules. Reflexes normal.");
        }
        if ((traits & Traits.Hyperlipidemia) != 0) { AddDx(e, "E78.5"); Assess(e, "Hyperlipidemia", "Continue statin."); }
        if ((traits & Traits.Obesity) != 0)
        {
            var bmi = _rng.Between(30, 39);
            AddDx(e, "E66.9");
            AddDx(e, "Z68." + bmi.ToString(System.Globalization.CultureInfo.InvariantCulture), assessed: false);
            e.Exam.Add($"BMI {bmi}.");
            Assess(e, "Obesity", $"BMI {bmi}; nutrition referral, goal 5% weight loss.");
        }
        ChronicHistory(e, traits);
        // The hypothyroid HPI speaks of fatigue (improved), so the review of systems does not deny it.
        Negations(e, _rng.Between(2, 3), e.Hpi.Any(h => h.Contains("fatigue", StringComparison.Ordinal)) ? ["R53.83"] : []);
        OfficeEm(e, e.Correct.Diagnoses.Count >= 3 ? (_rng.Chance(0.4) ? 5 : 4) : (_rng.Chance(0.5) ? 3 : 4));
    }

    private void Podiatry(Encounter e, Traits traits)
    {
        e.Title = Pick("Podiatry Note", "Wound Care Visit", "Foot and Ankle Clinic");
        var right = _rng.Chance(0.5);
        var side = right ? "right" : "left";
        if ((traits & Traits.Diabetes) == 0)
        {
            AddDx(e, "B07.0");
            e.ChiefComplaint = $"Painful lesion {side} sole.";
            e.Hpi.Add($"{Intro(e)} with a painful plantar lesion on the {side} foot for 3 months, failed over-the-counter salicylic acid.");
            e.Exam.Add($"{Cap(side)} plantar forefoot: {(_rng.Chance(0.5) ? "single" : "two")} hyperkeratotic lesions with pinpoint bleeding on paring, consistent with verruca plantaris.");
            Assess(e, "Plantar wart", "Destruction with cantharidin after paring today; return in 3 weeks.");
            e.Procedures.Add("PROCEDURE: Paring and chemical destruction of benign lesions (plantar warts). Tolerated well.");
            e.Correct.Lines.Add(new LineSpec("17110", 1, null, ["B07.0"]));
            Negations(e, 1);
            Modifier25Option(e);
            return;
        }
        var ulcer = right ? "L97.512" : "L97.522";
        AddDx(e, "E11.621");
        AddDx(e, ulcer);
        AddDx(e, (traits & Traits.DiabetesHyperglycemia) != 0 ? "Z79.4" : "Z79.84", assessed: false);
        e.Specificity.Add((ulcer, "L97.502"));
        var area = _rng.Chance(0.25) ? _rng.Between(21, 38) : _rng.Between(2, 18);
        e.ChiefComplaint = $"Wound {side} foot.";
        e.Hpi.Add($"{Intro(e)} with type 2 diabetes and a chronic ulcer of the {side} forefoot for {_rng.Between(4, 12)} weeks. Offloading boot in use.");
        e.Exam.Add($"{Cap(side)} foot plantar first metatarsal head: ulcer {area} sq cm with fat layer exposed, fibrotic base, no probe to bone, minimal serous drainage, no cellulitis.");
        Assess(e, $"Diabetic foot ulcer, {side} foot, with fat layer exposed", "Excisional debridement today; continue offloading; silver alginate dressing; return in 1 week.");
        e.Procedures.Add($"PROCEDURE: Excisional debridement of subcutaneous tissue, {side} foot ulcer, total area {area} sq cm. Devitalized tissue and slough removed with curette and scissors to bleeding subcutaneous tissue. Hemostasis with pressure. Tolerated well.");
        e.Correct.Lines.Add(new LineSpec("11042", 1, null, ["E11.621", ulcer]));
        if (area > 20)
        {
            var extra = (area - 1) / 20; // each additional 20 sq cm or part thereof
            e.Correct.Lines.Add(new LineSpec("11045", extra, null, ["E11.621", ulcer]));
            if (_tables.Mue("11042") is { Value: var max } && 1 + extra > max)
                e.Options.Add(new(FindingKinds.Mue, c =>
                {
                    c.Lines.Remove(c.Find("11045")!);
                    var l = c.Find("11042")!;
                    l.Units = 1 + extra;
                    return new Truth(FindingKinds.Mue, c.LineNumberOf(l), "11042", $"11042 x1 + 11045 x{extra}");
                }));
            if (_tables.AddOnPrimaries("11045") is { } primaries && primaries.Contains("11042"))
                e.Options.Add(new(FindingKinds.AddOnWithoutPrimary, c =>
                {
                    c.Lines.Remove(c.Find("11042")!);
                    var l = c.Find("11045")!;
                    l.Units = 1 + extra;
                    return new Truth(FindingKinds.AddOnWithoutPrimary, c.LineNumberOf(l), "11045", $"11042 x1 + 11045 x{extra}");
                }));
        }
        ChronicHistory(e, traits);
        Negations(e, 1, "R60.0");
        Modifier25Option(e);
    }
}
