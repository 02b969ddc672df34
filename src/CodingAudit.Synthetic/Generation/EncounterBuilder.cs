using CodingAudit.Domain.Findings;
using CodingAudit.Synthetic.Reference;

namespace CodingAudit.Synthetic.Generation;

/// <summary>
/// Builds one encounter per specialty: the correct coding, the note content consistent with it, and the coding
/// errors a coder could make on it. Every error option is checked against the shipped tables before it is offered
/// (a PTP pair must be in force on the date, an MUE exceeded, an Excludes1 pair listed, an MCE edit violated).
/// </summary>
internal sealed partial class EncounterBuilder
{
    private readonly SeededRandom _rng;
    private readonly EditTables _tables;

    public EncounterBuilder(SeededRandom rng, EditTables tables)
    {
        _rng = rng;
        _tables = tables;
    }

    private static readonly (string Code, string Text)[] NegatableFindings =
    [
        ("R07.9", "chest pain"), ("R06.02", "shortness of breath"), ("R00.2", "palpitations"), ("R51.9", "headache"),
        ("R05.1", "cough"), ("R53.83", "fatigue"), ("R60.0", "leg swelling"),
    ];

    private static readonly string[] DenyTemplates = ["Denies {0}.", "No {0}.", "Negative for {0}.", "Patient denies {0}.", "{1}: none reported."];

    // preventiveCovered: whether the payer covers preventive E/M codes (99381-99397). The Medicare MUE table gives them
    // 0 units (CMS policy: not a Medicare benefit), so they are billed only to the commercial plan.
    public Encounter Build(Specialty specialty, int age, char sex, Traits traits, bool newPatient, DateOnly date, string provider,
        bool preventiveCovered)
    {
        var e = new Encounter { Specialty = specialty, Age = age, Sex = sex, ServiceDate = date, ProviderName = provider, NewPatient = newPatient };
        switch (specialty)
        {
            case Specialty.PrimaryCare:
                if (preventiveCovered && _rng.Chance(age < 18 ? 0.7 : 0.25)) Preventive(e, traits);
                else if (age >= 18 && _rng.Chance(0.55)) ChronicCare(e, traits);
                else AcuteVisit(e, traits);
                break;
            case Specialty.Orthopedics: Orthopedics(e, traits); break;
            case Specialty.Cardiology: Cardiology(e, traits); break;
            case Specialty.PhysicalTherapy: PhysicalTherapy(e); break;
            case Specialty.Dermatology: Dermatology(e); break;
            case Specialty.Endocrinology: Endocrinology(e, traits); break;
            case Specialty.Podiatry: Podiatry(e, traits); break;
        }
        AddGenericOptions(e);
        return e;
    }

    // ---- shared pieces -------------------------------------------------------------------------------------

    private string Pick(params string[] options) => _rng.Pick(options);

    private static string Person(Encounter e) => e.Age < 18
        ? (e.Sex == 'F' ? "girl" : "boy")
        : (e.Sex == 'F' ? "woman" : "man");

    private static string He(Encounter e) => e.Sex == 'F' ? "she" : "he";

    private static string His(Encounter e) => e.Sex == 'F' ? "her" : "his";

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private string Intro(Encounter e) => Pick(
        $"{e.Age}-year-old {Person(e)} who presents",
        $"{e.Age} y/o {(e.Sex == 'F' ? "female" : "male")} presenting",
        $"Pleasant {e.Age}-year-old {Person(e)} seen today");

    /// <summary>Adds negated findings to the review of systems, skipping any the encounter affirms.</summary>
    private void Negations(Encounter e, int count, params string[] exclude)
    {
        var pool = NegatableFindings.Where(f => !exclude.Contains(f.Code) && !e.Correct.Diagnoses.Contains(f.Code)).ToList();
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var f = pool[_rng.Next(pool.Count)];
            pool.Remove(f);
            e.Ros.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(DenyTemplates), f.Text, Cap(f.Text)));
            e.NegatedCodes.Add(f.Code);
        }
        e.Ros.Add(Pick("All other systems reviewed and negative.", "Remainder of 10-point ROS negative.", "Otherwise negative."));
    }

    private static readonly int[] NewMin = [0, 0, 15, 30, 45, 60];
    private static readonly int[] EstMin = [0, 0, 10, 20, 30, 40];

    /// <summary>Sets the office E/M line at the level, with documented time (in the level's band) or MDM alone.</summary>
    private LineSpec OfficeEm(Encounter e, int level, bool modifier25 = false, params string[] dx)
    {
        var code = (e.NewPatient ? 99200 : 99210) + level;
        var min = e.NewPatient ? NewMin[level] : EstMin[level];
        var width = level == 5 ? 10 : (e.NewPatient ? 15 : 10);
        var minutes = min + _rng.Next(width);
        e.Mdm = level switch
        {
            2 => Pick("Straightforward MDM: one self-limited problem, minimal data, minimal risk.", "MDM straightforward."),
            3 => Pick("Low complexity MDM: one acute uncomplicated problem; over-the-counter management.", "MDM: low (one stable chronic illness; prescription drug management not required).", "Medical decision making of low complexity."),
            4 => Pick("Moderate complexity MDM: two or more stable chronic illnesses; prescription drug management.", "MDM: moderate (chronic illness with exacerbation; prescription drug management).", "Medical decision making of moderate complexity."),
            _ => Pick("High complexity MDM: chronic illness with severe exacerbation; decision regarding escalation of care.", "MDM: high (severe progression of chronic illness; drug therapy requiring intensive monitoring)."),
        };
        if (_rng.Chance(0.75))
        {
            e.TotalMinutes = minutes;
            e.TimeStatement = Pick(
                $"Total time spent on the date of the encounter: {minutes} minutes, including record review, examination, counseling and documentation.",
                $"I spent a total of {minutes} minutes on this patient's care on the date of service.",
                $"Time: {minutes} minutes total on the day of the visit (face-to-face and non-face-to-face).",
                $"Total time today {minutes} min.");
        }
        var line = new LineSpec(code.ToString(System.Globalization.CultureInfo.InvariantCulture), 1,
            modifier25 ? ["25"] : null, dx.Length > 0 ? dx : e.Correct.Diagnoses.Take(4));
        e.Correct.Lines.Insert(0, line);
        return line;
    }

    private void AddDx(Encounter e, string code, bool assessed = true)
    {
        if (!_tables.IsBillable(code)) throw new InvalidOperationException($"generator uses {code}, which is not a billable ICD-10-CM code in the reference subset");
        if (e.Correct.Diagnoses.Contains(code)) return;
        e.Correct.Diagnoses.Add(code);
        if (assessed) e.Assessed.Add(code);
    }

    private void Assess(Encounter e, string problem, string plan) =>
        e.Assessment.Add($"{e.Assessment.Count + 1}. {problem} - {plan}");

    // ---- options that several scenarios share -----------------------------------------------------------------

    private void AddGenericOptions(Encounter e)
    {
        var em = e.Correct.Lines.FirstOrDefault(l => IsOfficeEm(l.Code));
        if (em is not null)
        {
            var level = em.Code[^1] - '0';
            var index = e.Correct.Lines.IndexOf(em);
            if (level < 5)
                e.Options.Add(new(FindingKinds.EmLevelHigh, c =>
                {
                    var billed = (int.Parse(em.Code, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    c.Lines[index].Code = billed;
                    return new Truth(FindingKinds.EmLevelHigh, index + 1, billed, em.Code);
                }));
            if (level > 2)
                e.Options.Add(new(FindingKinds.EmLevelLow, c =>
                {
                    var billed = (int.Parse(em.Code, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    c.Lines[index].Code = billed;
                    return new Truth(FindingKinds.EmLevelLow, index + 1, billed, em.Code);
                }));
        }
        var secondary = e.Assessed.Where(d => d != e.Correct.Diagnoses[0]).ToList();
        if (secondary.Count > 0)
            e.Options.Add(new(FindingKinds.DxMissed, c =>
            {
                var dropped = secondary[_rng.Next(secondary.Count)];
                c.RemoveDiagnosis(dropped);
                return new Truth(FindingKinds.DxMissed, null, "", dropped);
            }));
        var negated = e.NegatedCodes.Where(n => !e.Correct.Diagnoses.Contains(n) &&
                                                !e.Correct.Diagnoses.Any(d => _tables.Excludes1(d, n))).ToList();
        if (negated.Count > 0 && e.Correct.Diagnoses.Count < 12)
            e.Options.Add(new(FindingKinds.DxUnsupported, c =>
            {
                var added = negated[_rng.Next(negated.Count)];
                c.Diagnoses.Add(added);
                if (c.Lines[0].Dx.Count < 4) c.Lines[0].Dx.Add(added);
                return new Truth(FindingKinds.DxUnsupported, null, added, "");
            }));
        foreach (var (specific, unspecified) in e.Specificity)
        {
            if (!_tables.IsBillable(unspecified)) throw new InvalidOperationException($"{unspecified} is not billable");
            e.Options.Add(new(FindingKinds.DxSpecificity, c =>
            {
                c.ReplaceDiagnosis(specific, unspecified);
                return new Truth(FindingKinds.DxSpecificity, null, unspecified, specific);
            }));
        }
    }

    internal static bool IsOfficeEm(string code) => code is "99202" or "99203" or "99204" or "99205" or "99212" or "99213" or "99214" or "99215";

    /// <summary>Bills a column-2 code beside its column-1 code with no modifier, if the PTP pair is in force.</summary>
    private void PtpOption(Encounter e, string column1, string column2)
    {
        if (_tables.ActivePtp(column1, column2, e.ServiceDate) is not (0 or 1)) return;
        e.Options.Add(new(FindingKinds.Ptp, c =>
        {
            var primary = c.Find(column1)!;
            // An NCCI-associated modifier on either line would bypass an indicator-1 edit, so the injected line has none
            // and the column-1 line keeps only non-bypass modifiers (the scenarios give it none).
            var line = new LineSpec(column2, 1, null, primary.Dx);
            c.Lines.Add(line);
            return new Truth(FindingKinds.Ptp, c.Lines.Count, column2, "");
        }));
    }

    private void Excludes1Option(Encounter e, string present, string added, string? addedText = null)
    {
        if (!_tables.Excludes1(present, added) || !_tables.IsBillable(added)) return;
        e.Options.Add(new(FindingKinds.Excludes1, c =>
        {
            c.Diagnoses.Add(added);
            return new Truth(FindingKinds.Excludes1, null, added, "");
        }));
        _ = addedText;
    }

    private void UncertainOption(Encounter e, string symptomCode, string uncertainCode)
    {
        if (!_tables.IsBillable(uncertainCode)) return;
        e.Options.Add(new(FindingKinds.DxUncertain, c =>
        {
            c.ReplaceDiagnosis(symptomCode, uncertainCode);
            return new Truth(FindingKinds.DxUncertain, null, uncertainCode, symptomCode);
        }));
    }

    private void HistoryOnlyOption(Encounter e, string wrongCode, string expected = "")
    {
        if (!_tables.IsBillable(wrongCode) || e.Correct.Diagnoses.Contains(wrongCode)) return;
        if (_tables.SexConflict(wrongCode, e.Sex) || _tables.AgeConflict(wrongCode, e.Age)) return;
        e.Options.Add(new(FindingKinds.DxHistoryOnly, c =>
        {
            if (expected.Length > 0) c.ReplaceDiagnosis(expected, wrongCode);
            else c.Diagnoses.Add(wrongCode);
            return new Truth(FindingKinds.DxHistoryOnly, null, wrongCode, expected);
        }));
    }

    /// <summary>Bills an E/M with modifier 25 beside a minor procedure when the note documents only the procedure.</summary>
    private void Modifier25Option(Encounter e)
    {
        e.Options.Add(new(FindingKinds.Modifier25Unsupported, c =>
        {
            var code = e.NewPatient ? "99203" : "99213";
            c.Lines.Insert(0, new LineSpec(code, 1, ["25"], c.Diagnoses.Take(1)));
            return new Truth(FindingKinds.Modifier25Unsupported, 1, code, "");
        }));
    }

    /// <summary>
    /// Bills a procedure the note mentions only as planned or considered (px-undocumented). Offered only when the added
    /// line makes no other error the tables know: no PTP pair in force with a line already billed (either order), within
    /// its MUE. Call it after the scenario's lines are final (the E/M included), as it checks against them.
    /// </summary>
    private void PxUndocumentedOption(Encounter e, LineSpec added)
    {
        if (e.Correct.Lines.Any(l => l.Code == added.Code)) return;
        if (e.Correct.Lines.Any(l => _tables.ActivePtp(l.Code, added.Code, e.ServiceDate) is not null ||
                                     _tables.ActivePtp(added.Code, l.Code, e.ServiceDate) is not null)) return;
        if (_tables.Mue(added.Code) is { } mue && added.Units > mue.Value) return;
        e.Options.Add(new(FindingKinds.PxUndocumented, c =>
        {
            c.Lines.Add(added.Clone());
            return new Truth(FindingKinds.PxUndocumented, c.Lines.Count, added.Code, "");
        }));
    }

    private void LateralityOption(Encounter e, LineSpec line)
    {
        var code = line.Code;
        var correct = line.Modifiers.First(m => m is "RT" or "LT");
        var wrong = correct == "RT" ? "LT" : "RT";
        e.Options.Add(new(FindingKinds.Laterality, c =>
        {
            // Found at apply time: an E/M line may have been put in front of the procedure after this option was made.
            var l = c.Lines.First(x => x.Code == code && x.Modifiers.Contains(correct));
            l.Modifiers[l.Modifiers.IndexOf(correct)] = wrong;
            return new Truth(FindingKinds.Laterality, c.LineNumberOf(l), l.Code, correct);
        }));
    }
}
