using System.Globalization;
using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Sampling;

/// <summary>
/// A targeted (judgment) sample: the claims that hit any of the chosen risk filters. Never projected onto the frame.
/// </summary>
/// <remarks>
/// Filters (a claim is taken when it hits any of them):
/// <c>em-level-5</c> a line with 99205, 99215, 99245, 99255 or 99285;
/// <c>modifier-25</c>; <c>modifier-59</c> (59 or its subsets XE, XP, XS, XU);
/// <c>modifier:MM</c> any named modifier; <c>code:PREFIX</c> a line code or diagnosis starting with PREFIX (dots and case ignored);
/// <c>high-dollar</c> the frame amount at or above <see cref="HighDollarThreshold"/>;
/// <c>payer-edit</c> the claim is among those flagged by payer edits (passed to the sampler).
/// When <see cref="MaxCount"/> is set and more claims match, that many are drawn at random (RAT-STATS generator over
/// 1..M of the matching claims in frame order); otherwise every match is taken.
/// </remarks>
public sealed record TargetedDesign : SampleDesign
{
    public const string EmLevel5 = "em-level-5";
    public const string Modifier25 = "modifier-25";
    public const string Modifier59 = "modifier-59";
    public const string HighDollar = "high-dollar";
    public const string PayerEdit = "payer-edit";

    private static readonly string[] EmLevel5Codes = ["99205", "99215", "99245", "99255", "99285"];
    private static readonly string[] Modifier59Family = ["59", "XE", "XP", "XS", "XU"];

    public TargetedDesign(IReadOnlyList<string> filters, decimal highDollarThreshold = 1000m, int? maxCount = null)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0) throw new ArgumentException("A targeted sample needs at least one filter.", nameof(filters));
        foreach (var filter in filters)
        {
            if (!IsKnownFilter(filter))
                throw new ArgumentException(
                    $"Unknown filter '{filter}': use em-level-5, modifier-25, modifier-59, modifier:MM, code:PREFIX, high-dollar or payer-edit.",
                    nameof(filters));
        }
        if (highDollarThreshold <= 0)
            throw new ArgumentOutOfRangeException(nameof(highDollarThreshold), highDollarThreshold, "The high-dollar threshold must be positive.");
        if (maxCount is < 1) throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "The maximum count must be at least 1.");
        Filters = filters.Select(f => f.Trim()).ToArray();
        HighDollarThreshold = highDollarThreshold;
        MaxCount = maxCount;
    }

    public IReadOnlyList<string> Filters { get; }
    public decimal HighDollarThreshold { get; }
    public int? MaxCount { get; }

    public override string Kind => "targeted";
    public override bool IsJudgment => true;

    public static bool IsKnownFilter(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return false;
        var f = filter.Trim();
        return f is EmLevel5 or Modifier25 or Modifier59 or HighDollar or PayerEdit
            || (f.StartsWith("modifier:", StringComparison.Ordinal) && f.Length > "modifier:".Length)
            || (f.StartsWith("code:", StringComparison.Ordinal) && f.Length > "code:".Length);
    }

    /// <summary>The filters <paramref name="claim"/> hits.</summary>
    public IReadOnlyList<string> Hits(Claim claim, FrameItem item, ISet<string> flaggedByPayerEdits)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(flaggedByPayerEdits);
        return Filters.Where(f => Hit(f, claim, item, flaggedByPayerEdits)).ToArray();
    }

    private bool Hit(string filter, Claim claim, FrameItem item, ISet<string> flagged) => filter switch
    {
        EmLevel5 => claim.Lines.Any(l => EmLevel5Codes.Contains(l.Code)),
        Modifier25 => claim.Lines.Any(l => l.HasModifier("25")),
        Modifier59 => claim.Lines.Any(l => Modifier59Family.Any(l.HasModifier)),
        HighDollar => item.Amount >= HighDollarThreshold,
        PayerEdit => flagged.Contains(claim.Id),
        _ when filter.StartsWith("modifier:", StringComparison.Ordinal) =>
            claim.Lines.Any(l => l.HasModifier(filter["modifier:".Length..].Trim())),
        _ => HasCodePrefix(claim, filter["code:".Length..]),
    };

    // Dots are ignored on both sides, so "code:E119" and "code:E11.9" both match the diagnosis E11.9.
    private static bool HasCodePrefix(Claim claim, string prefix)
    {
        var p = Normalize(prefix);
        return claim.Lines.Any(l => Normalize(l.Code).StartsWith(p, StringComparison.Ordinal))
               || claim.Diagnoses.Any(d => Normalize(d).StartsWith(p, StringComparison.Ordinal));
    }

    private static string Normalize(string code) => code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();

    public override string Describe() =>
        $"Targeted (judgment) sample of claims hitting {string.Join(", ", Filters)}"
        + (Filters.Contains(HighDollar) ? $" (high dollar: {HighDollarThreshold.ToString("0.00", CultureInfo.InvariantCulture)} or more)" : "")
        + (MaxCount is null ? ", all matches" : $", at most {MaxCount} drawn at random among the matches")
        + "; not projected to the frame.";
}
