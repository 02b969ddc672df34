using System.Collections.Concurrent;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.PayerRules;

namespace CodingAudit.Domain.Edits;

/// <summary>
/// Checks coded claims against payer edits and coding rules without reading the note: code validity, NCCI PTP, MUE,
/// add-on codes, MCE age/sex/manifestation, Excludes1, combination codes, modifiers, coverage lists and payer rules.
/// </summary>
/// <remarks>
/// Each rule reads the table release that applies on the claim's date of service; when none does, the claim gets a
/// <see cref="FindingKinds.NoEditData"/> finding for that table instead of silently passing. Table versions are resolved
/// once per date of service and cached, and <see cref="ReleasesUsed"/> lists every release any check read (for run
/// records). Thread-safe: one engine may check claims on several threads.
/// </remarks>
public sealed partial class EditEngine : IClaimCheck
{
    private readonly ConcurrentDictionary<int, EditDay> _days = new();
    private readonly EditEngineOptions _options;
    private readonly ConcurrentDictionary<string, string> _coverageText = new(StringComparer.Ordinal);

    public EditEngine(ReferenceLibrary library, PayerRuleBook? payerRules = null, EditEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(library);
        Library = library;
        PayerRules = payerRules ?? PayerRuleBook.Empty;
        _options = options ?? EditEngineOptions.Default;
    }

    public string Name => "edits";

    public ReferenceLibrary Library { get; }

    public PayerRuleBook PayerRules { get; }

    /// <summary>The distinct releases read so far, by table then effective date.</summary>
    public IReadOnlyList<ReferenceRelease> ReleasesUsed =>
        _days.Values.SelectMany(d => d.Releases).Distinct()
            .OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom).ToArray();

    /// <inheritdoc />
    public IReadOnlyList<Finding> Check(ClaimForReview claim, IReadOnlyList<ClaimForReview> sameDay)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var c = claim.Claim;
        var day = _days.GetOrAdd(c.ServiceDate.DayNumber, static (_, arg) => new EditDay(arg.Library, arg.Date), (Library, Date: c.ServiceDate));
        var ctx = new EditContext(claim, SameDayLines(claim, sameDay ?? []), day);

        CheckDiagnosisCodes(ctx);
        CheckProcedureCodes(ctx);
        CheckPtp(ctx);
        CheckMue(ctx);
        CheckAddOn(ctx);
        CheckMce(ctx);
        CheckExcludes1(ctx);
        CheckCombinationCodes(ctx);
        CheckModifiers(ctx);
        CheckCoverage(ctx);
        CheckPayerRules(ctx);
        return ctx.Findings is { } f ? f : [];
    }

    /// <summary>The lines of this claim followed by those of its same-day claims (same patient, provider and date).</summary>
    private static DayLine[] SameDayLines(ClaimForReview claim, IReadOnlyList<ClaimForReview> sameDay)
    {
        var c = claim.Claim;
        var count = c.Lines.Count;
        for (var i = 0; i < sameDay.Count; i++)
        {
            if (IsSameDay(c, sameDay[i].Claim)) count += sameDay[i].Claim.Lines.Count;
        }
        var lines = new DayLine[count];
        var n = 0;
        foreach (var l in c.Lines) lines[n++] = new DayLine(c, l, ProcedureKey.Encode(l.Code), true);
        for (var i = 0; i < sameDay.Count; i++)
        {
            var other = sameDay[i].Claim;
            if (!IsSameDay(c, other)) continue;
            foreach (var l in other.Lines) lines[n++] = new DayLine(other, l, ProcedureKey.Encode(l.Code), false);
        }
        return lines;
    }

    private static bool IsSameDay(Claim c, Claim other) =>
        !ReferenceEquals(c, other) && other.Id != c.Id && other.ServiceDate == c.ServiceDate &&
        other.PatientId == c.PatientId && other.ProviderNpi == c.ProviderNpi;

    private void NoData(EditContext ctx, string table, string what)
    {
        if (!_options.ReportNoEditData) return;
        var have = _coverageText.GetOrAdd(table, static (t, library) =>
        {
            var known = library.Table<object>(t).Versions;
            return known.Count == 0
                ? "no release of it is loaded"
                : "loaded releases cover " + string.Join(", ", known.Select(v =>
                    $"{v.Release.Version} ({v.Release.EffectiveFrom:yyyy-MM-dd}..{(v.Release.EffectiveTo is { } to ? to.ToString("yyyy-MM-dd") : "")})"));
        }, Library);
        var message = ctx.Day.NoDataMessages.GetOrAdd(table, static (t, a) => $"No {t} data for date of service {a.Date:yyyy-MM-dd}: {a.what} not checked.",
            (ctx.Day.Date, what));
        ctx.Add(new Finding(ctx.Claim.Id, null, FindingKinds.NoEditData, NoDataRuleId(table), Severity.Low, "", null,
            message, ctx.Day.NoDataCitations.GetOrAdd(table, static (t, h) => $"reference library: {t}; {h}", have)));
    }

    private static readonly ConcurrentDictionary<string, string> NoDataRuleIds = new(StringComparer.Ordinal);

    private static string NoDataRuleId(string table) => NoDataRuleIds.GetOrAdd(table, static t => EditRuleIds.NoDataPrefix + t);

    private static decimal? Amount(EditContext ctx, ClaimLine line, int units)
    {
        if (units <= 0 || ctx.Day.Rvu is not { } rvu) return null;
        var price = rvu.Data.Price(line.Code, line.Modifiers, line.PlaceOfService ?? ctx.Claim.PlaceOfService, ctx.Day.ConversionFactor);
        return price is { } p ? p * units : null;
    }

    /// <summary>A line of the claim or of a same-day claim, with its code packed for the indexes.</summary>
    private readonly record struct DayLine(Claim Claim, ClaimLine Line, int Key, bool Own);

    private sealed class EditContext(ClaimForReview review, DayLine[] lines, EditDay day)
    {
        public ClaimForReview Review { get; } = review;
        public Claim Claim { get; } = review.Claim;
        public DayLine[] Lines { get; } = lines;
        public EditDay Day { get; } = day;
        public List<Finding>? Findings { get; private set; }

        public void Add(Finding finding) => (Findings ??= []).Add(finding);
    }
}
