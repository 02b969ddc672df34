using CodingAudit.Domain.Findings;
using CodingAudit.Synthetic.Reference;

namespace CodingAudit.Synthetic.Generation;

/// <summary>
/// Checks that an injected payer-edit error is really an error per the shipped tables; a failure is a generator bug,
/// so it throws rather than writing a ground truth that the edit engine could never confirm.
/// </summary>
internal static class ErrorVerifier
{
    private static readonly HashSet<string> NcciModifiers =
    [
        "E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "LC", "LD", "LM", "LT", "RC", "RI", "RT",
        "TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "24", "25", "27", "57", "58", "59", "78", "79", "91", "XE", "XP", "XS", "XU",
    ];

    public static bool BypassesPtp(LineSpec line) => line.Modifiers.Any(NcciModifiers.Contains);

    public static void Verify(Truth truth, Coding billed, Encounter e, EditTables tables)
    {
        var ok = truth.Kind switch
        {
            FindingKinds.Ptp => billed.Lines.Any(c1 => c1.Code != truth.Code &&
                tables.ActivePtp(c1.Code, truth.Code, e.ServiceDate) is { } indicator &&
                (indicator == 0 || (!BypassesPtp(c1) && !BypassesPtp(billed.Lines[truth.Line!.Value - 1])))),
            FindingKinds.Mue => tables.Mue(truth.Code) is { } mue &&
                billed.Lines.Where(l => l.Code == truth.Code).Sum(l => l.Units) > mue.Value,
            FindingKinds.AddOnWithoutPrimary => tables.AddOnPrimaries(truth.Code) is { } primaries &&
                !billed.Lines.Any(l => primaries.Contains(l.Code)),
            FindingKinds.AgeConflict => tables.AgeConflict(truth.Code, e.Age),
            FindingKinds.SexConflict => tables.SexConflict(truth.Code, e.Sex),
            FindingKinds.Excludes1 => billed.Diagnoses.Any(d => d != truth.Code && tables.Excludes1(d, truth.Code)),
            FindingKinds.UnitsVsTime => true,
            _ => true,
        };
        if (!ok) throw new InvalidOperationException($"injected {truth.Kind} on {truth.Code} is not an error per the reference tables");
    }
}
