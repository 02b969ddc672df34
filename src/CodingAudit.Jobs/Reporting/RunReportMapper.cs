using CodingAudit.Domain.Scoring;
using CodingAudit.Domain.Statistics;
using CodingAudit.Jobs.Pipeline;
using CodingAudit.Reports.Model;
using ReportSampleItem = CodingAudit.Reports.Model.SampleItem;

namespace CodingAudit.Jobs.Reporting;

/// <summary>Turns what a run stored into the plain report model the PDF, workbook and packet writers render.</summary>
public static class RunReportMapper
{
    private const string IntervalMethod = "Clopper-Pearson exact";

    public static AuditReport Map(RunReportInput input, string organisationName, Audience audience)
    {
        var scores = input.Scores;
        var claimById = input.Reviewed.ToDictionary(r => r.Claim.Id, StringComparer.Ordinal);
        var frameById = input.Frame.Items.ToDictionary(i => i.ClaimId, StringComparer.Ordinal);
        var names = input.Coders.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var findings = input.Findings.Where(f => f.IsError).Select(f =>
        {
            var claim = claimById.TryGetValue(f.ClaimId, out var r) ? r.Claim : null;
            return ReportFinding.From(f, claim?.CoderId ?? "", claim?.ServiceDate ?? input.Period.Start);
        }).ToList();
        var errorsByClaim = findings.GroupBy(f => f.ClaimId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var trend = input.Trend.GroupBy(t => t.CoderId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var coders = scores.ByCoder.Select(card =>
        {
            var history = trend.GetValueOrDefault(card.Key) ?? [];
            var earlier = history.Where(p => string.CompareOrdinal(p.Period, input.Period.Label) < 0).ToList();
            var codeTotal = card.DiagnosisCodes.Total + card.ProcedureCodes.Total;
            var codeCorrect = card.DiagnosisCodes.Correct + card.ProcedureCodes.Correct;
            var codeInterval = ClopperPearson.Interval(codeCorrect, codeTotal);
            return new CoderResult
            {
                CoderId = card.Key,
                Name = names.GetValueOrDefault(card.Key) ?? card.Key,
                Records = card.ClaimsReviewed,
                Codes = codeTotal,
                RecordsWithErrors = card.Records.Total - card.Records.Correct,
                CodeErrors = codeTotal - codeCorrect,
                RecordAccuracy = Proportion(card.Records),
                CodeAccuracy = new Proportion(codeCorrect, codeTotal, codeInterval.Lower, codeInterval.Upper, IntervalMethod),
                Status = StatusOf(card.Records),
                PreviousRecordAccuracy = earlier.Count > 0 ? earlier[^1].RecordAccuracy : null,
                TwelveMonthRecordAccuracy = earlier.Count > 0 ? earlier.Average(p => p.RecordAccuracy) : null,
                NetAmount = card.Financial.NetError,
                TopCategories = card.Categories.OrderByDescending(c => c.Findings)
                    .Select(c => new ErrorCategoryCount(c.Category, c.Findings, NetOf(input, card.Key, c.Category))).ToList(),
            };
        }).ToList();

        var overallCodeTotal = scores.Overall.DiagnosisCodes.Total + scores.Overall.ProcedureCodes.Total;
        var overallCodeCorrect = scores.Overall.DiagnosisCodes.Correct + scores.Overall.ProcedureCodes.Correct;
        var overallCode = ClopperPearson.Interval(overallCodeCorrect, overallCodeTotal);
        var strataNames = input.Sample.Items.Concat(input.Sample.Spares)
            .ToDictionary(i => i.ClaimId, i => i.Stratum ?? "all", StringComparer.Ordinal);

        return new AuditReport
        {
            OrganisationName = organisationName,
            PlanName = input.Plan.Name,
            Period = new ReportPeriod(input.Period.Start, input.Period.End.AddDays(-1)),
            Audience = audience,
            Run = new RunMetadata
            {
                RunId = input.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RunAt = input.GeneratedAt,
                FrameSize = input.Frame.Size,
                FrameSha256 = input.Frame.Hash,
                Design = input.Plan.Design.Describe(),
                IsProbabilitySample = input.Sample.IsProjectable,
                Seed = input.Sample.Seed,
                Redraw = Redraw(input),
                ReferenceVersions = input.ReferenceVersions.OrderBy(v => v.Key, StringComparer.Ordinal)
                    .Select(v => new ReferenceVersion(v.Key, v.Value, "seed-data/reference releases.csv")).ToList(),
                ProgramVersion = input.ProgramVersion,
            },
            Target = input.Plan.AccuracyTarget,
            OverallRecordAccuracy = Proportion(scores.Overall.Records),
            OverallCodeAccuracy = new Proportion(overallCodeCorrect, overallCodeTotal, overallCode.Lower, overallCode.Upper, IntervalMethod),
            Financial = new FinancialSummary(scores.Overall.Financial.Overpayments, scores.Overall.Financial.Underpayments, scores.Overall.Financial.TotalPaid),
            Coders = coders,
            ErrorCategories = scores.ByCategory.OrderByDescending(c => c.Findings)
                .Select(c => new ErrorCategoryCount(c.Category, c.Findings, c.Overpayments - c.Underpayments)).ToList(),
            Trends = trend.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new CoderTrend(t.Key,
                t.Value.Select(p => new TrendPoint(Domain.Audits.AuditPeriod.Parse(p.Period).Start, p.RecordAccuracy, p.ClaimsReviewed)).ToList())).ToList(),
            Findings = findings,
            Sample = input.Sample.Items.Concat(input.Sample.Spares).Select(item =>
            {
                var frameItem = frameById[item.ClaimId];
                var review = claimById.GetValueOrDefault(item.ClaimId);
                return new ReportSampleItem
                {
                    ClaimId = item.ClaimId,
                    FramePosition = item.FramePosition,
                    RandomNumber = item.RandomNumber ?? 0,
                    SelectionOrder = item.SelectionOrder,
                    Stratum = item.Stratum ?? "all",
                    CoderId = frameItem.CoderId,
                    DateOfService = frameItem.ServiceDate,
                    PaidAmount = frameItem.Amount,
                    PatientId = review?.Patient.Id ?? "",
                    PatientBirthDate = review?.Patient.BirthDate,
                    PatientAge = review?.Patient.AgeOn(frameItem.ServiceDate) ?? 0,
                    IsSpare = item.IsSpare,
                    Errors = errorsByClaim.GetValueOrDefault(item.ClaimId),
                };
            }).ToList(),
            Frame = new FrameSummary
            {
                ClaimCount = input.Frame.Size,
                TotalPaid = input.Frame.Items.Sum(i => i.Amount),
                FirstService = input.Frame.Size > 0 ? input.Frame.Items.Min(i => i.ServiceDate) : input.Period.Start,
                LastService = input.Frame.Size > 0 ? input.Frame.Items.Max(i => i.ServiceDate) : input.Period.Start,
                Ordering = input.Frame.Ordering.ToString(),
                Strata = input.Sample.Strata.Select(s => new FrameStratum(s.Name, s.FrameSize,
                    input.Frame.Items.Where(i => StratumOf(i.ClaimId, i.CoderId, s.Name, strataNames)).Sum(i => i.Amount), s.SampleSize)).ToList(),
                Entries = input.Frame.Items.Select(i => new FrameEntry(i.Position, i.ClaimId, i.CoderId,
                    strataNames.GetValueOrDefault(i.ClaimId) ?? "", i.ServiceDate, i.Amount)).ToList(),
            },
            PopulationEditHits = input.PopulationEditHits.Select(h => new CoderEditHitRate(h.CoderId,
                names.GetValueOrDefault(h.CoderId) ?? h.CoderId, h.Claims, h.ClaimsWithEditHits,
                h.ByKind.OrderByDescending(k => k.Claims).ThenBy(k => k.Kind, StringComparer.Ordinal)
                    .Select(k => new EditKindHits(k.Kind, k.Claims)).ToList())).ToList(),
            Projection = Project(input),
            SignOff = new SignOff([
                new Signatory("Prepared by (coding auditor)", null, null),
                new Signatory("Reviewed by (coding manager)", null, null),
                new Signatory("Approved by (compliance officer)", null, null),
            ]),
        };
    }

    /// <summary>Net dollars of one coder's findings in one category.</summary>
    private static decimal NetOf(RunReportInput input, string coderId, string category)
    {
        var claims = input.Reviewed.Where(r => r.Claim.CoderId == coderId).Select(r => r.Claim.Id).ToHashSet(StringComparer.Ordinal);
        return input.Findings.Where(f => f.IsError && f.Category == category && claims.Contains(f.ClaimId)).Sum(f => f.Amount ?? 0);
    }

    private static bool StratumOf(string claimId, string coderId, string stratum, IReadOnlyDictionary<string, string> sampled) =>
        sampled.TryGetValue(claimId, out var s) ? s == stratum : coderId == stratum;

    private static Proportion Proportion(AccuracyRate rate) =>
        new(rate.Correct, rate.Total, rate.Lower, rate.Upper, IntervalMethod);

    /// <summary>The scoring's verdict, unchanged: the report must say what `audit run` and the scores say.</summary>
    private static CoderStatus StatusOf(AccuracyRate rate) => rate.Status switch
    {
        TargetStatus.MeetsTarget => CoderStatus.MeetsTarget,
        TargetStatus.ConsistentWithTarget => CoderStatus.ConsistentWithTarget,
        TargetStatus.InsufficientSample => CoderStatus.InsufficientSample,
        TargetStatus.BelowTarget => CoderStatus.BelowTarget,
        _ => throw new ArgumentOutOfRangeException(nameof(rate), rate.Status, "Unknown target status."),
    };

    private static IReadOnlyList<RatStatsRedraw> Redraw(RunReportInput input)
    {
        var ordering = input.Frame.Ordering.ToString();
        if (!input.Sample.IsProjectable) return [];
        if (input.Sample.Strata.Count == 0)
        {
            var all = input.Sample.Items.Concat(input.Sample.Spares).ToList();
            return [new RatStatsRedraw("all", input.Sample.Seed, 1, input.Frame.Size, input.Sample.Items.Count,
                input.Sample.Spares.Count, ordering, all.Sum(i => i.RandomNumber ?? 0))];
        }
        return input.Sample.Strata.Select(s =>
        {
            var items = input.Sample.Items.Concat(input.Sample.Spares).Where(i => i.Stratum == s.Name).ToList();
            return new RatStatsRedraw(s.Name, s.Seed ?? input.Sample.Seed, 1, s.FrameSize, s.SampleSize, s.Spares,
                ordering + " (positions within the stratum)", items.Sum(i => i.RandomNumber ?? 0));
        }).ToList();
    }

    /// <summary>RAT-STATS variable appraisal of the net overpayment per claim, for random samples of two claims or more.</summary>
    private static Projection? Project(RunReportInput input)
    {
        if (!input.Sample.IsProjectable || input.Scores.Claims.Count < 2 || input.Frame.Size < input.Scores.Claims.Count) return null;
        var values = input.Scores.Claims.Select(c => (double)(c.Overpayment - c.Underpayment)).ToList();
        var result = VariableAppraisal.Unrestricted(values, input.Frame.Size);
        return new Projection
        {
            Kind = "Variable (unrestricted)",
            UniverseSize = result.Universe,
            SampleSize = result.Sample,
            SampleMean = (decimal)result.Mean,
            PointEstimate = (decimal)result.PointEstimate,
            StandardErrorOfTotal = (decimal)result.StandardErrorTotal,
            Limits = result.Levels.Select(l => new ProjectionLimit(l.Confidence, (decimal)l.Lower, (decimal)l.Upper,
                (decimal)l.Precision, l.PrecisionPercent)).ToList(),
            Note = input.Sample.Strata.Count > 0
                ? "Projected as one unrestricted sample; the stratified appraisal per stratum is in `codingaudit ratstats variable --strata`."
                : null,
        };
    }
}
