using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Reports.Model;

/// <summary>
/// Builds a realistic synthetic <see cref="AuditReport"/> (stratified by coder) for tests, previews and measurement.
/// Everything derives from the seed; no real person or claim is involved.
/// </summary>
public static class SampleReports
{
    private static readonly string[] GivenNames =
        ["Avery", "Jordan", "Morgan", "Riley", "Casey", "Quinn", "Harper", "Rowan", "Emerson", "Parker", "Sawyer", "Reese",
         "Hayden", "Kendall", "Skyler", "Dakota", "Finley", "Marlowe", "Sidney", "Tatum"];
    private static readonly string[] FamilyNames =
        ["Abernathy", "Bellweather", "Castellan", "Drummond", "Everhart", "Fairbanks", "Galloway", "Hollister", "Ingram",
         "Jessup", "Kingsley", "Lockhart", "Merriweather", "Northcott", "Oakhurst", "Pemberton", "Quimby", "Radcliffe"];

    private static readonly (string Kind, int Weight, string Code, string? Expected, string Message, string Citation, string Evidence)[] Kinds =
    [
        (FindingKinds.EmLevelHigh, 30, "99215", "99214", "E/M level not supported: MDM moderate, total time 32 minutes.",
            "AMA CPT 2021 E/M guidelines, office/outpatient table", "Assessment: hypertension, stable on current regimen; follow up in 3 months. Total time 32 minutes."),
        (FindingKinds.DxSpecificity, 22, "E11.9", "E11.65", "Diagnosis lacks documented specificity: hyperglycaemia documented.",
            "ICD-10-CM Official Guidelines I.B.2", "Type 2 diabetes with hyperglycemia, A1c 9.2%, adjust metformin."),
        (FindingKinds.DxUnsupported, 16, "I50.9", null, "Heart failure coded but not documented in the note.",
            "ICD-10-CM Official Guidelines IV.C", "No shortness of breath, no edema. Lungs clear."),
        (FindingKinds.Modifier25Unsupported, 10, "99213-25", "99213", "Modifier 25 without a separately identifiable E/M.",
            "CMS NCCI Policy Manual ch. XI", "Patient seen for scheduled wart destruction; no other complaints."),
        (FindingKinds.Ptp, 8, "36415", null, "Column-2 code billed with its column-1 code without an allowed modifier.",
            "NCCI PTP practitioner 2025Q1 row 36415/36416", "PTP 36416 | 36415 | modifier indicator 0"),
        (FindingKinds.Mue, 6, "97110", "3", "Units exceed the MUE of 3 per day.",
            "NCCI MUE practitioner 2025Q1 row 97110", "MUE 97110 | 4 | MAI 3"),
        (FindingKinds.UnitsVsTime, 6, "97140", "2", "Timed minutes 30 support 2 units (8-minute rule).",
            "CMS Pub. 100-04 ch. 5 sec. 20.2", "Manual therapy 30 minutes total."),
        (FindingKinds.DxMissed, 8, "N18.3", null, "Documented chronic kidney disease stage 3 not coded.",
            "ICD-10-CM Official Guidelines IV.J", "CKD stage 3a, eGFR 52, stable."),
        (FindingKinds.Laterality, 4, "73562-RT", "73562-LT", "Laterality modifier contradicts the note (left knee).",
            "CMS NCCI Policy Manual ch. I", "X-ray left knee, 3 views, no fracture."),
        (FindingKinds.Excludes1, 4, "J45.909", null, "Excludes1 pair billed together.",
            "ICD-10-CM tabular 2025 Excludes1 J44", "Excludes1 J44 | J45"),
    ];

    public static AuditReport Create(int coders, int claims, int seed)
    {
        if (coders <= 0) throw new ArgumentOutOfRangeException(nameof(coders), coders, "At least one coder.");
        if (claims < coders) throw new ArgumentOutOfRangeException(nameof(claims), claims, "At least one claim per coder.");
        var random = new Random(seed);
        const double target = 0.95;
        var periodStart = new DateOnly(2025, 1, 1);
        var period = new ReportPeriod(periodStart, new DateOnly(2025, 3, 31));
        var totalWeight = Kinds.Sum(k => k.Weight);

        var coderResults = new List<CoderResult>();
        var trends = new List<CoderTrend>();
        var findings = new List<ReportFinding>();
        var sample = new List<SampleItem>();
        var frameEntries = new List<FrameEntry>();
        var strata = new List<FrameStratum>();
        var redraw = new List<RatStatsRedraw>();
        long position = 0;
        var claimNumber = 0;

        for (var c = 0; c < coders; c++)
        {
            var coderId = $"C{c + 1:000}";
            var name = $"{GivenNames[(c * 7 + seed) % GivenNames.Length]} {FamilyNames[(c * 5 + seed / 3) % FamilyNames.Length]}";
            var perCoder = claims / coders + (c < claims % coders ? 1 : 0);
            // Most coders meet target; a few are clearly below and some borderline.
            var skill = c % 9 == 4 ? 0.78 + random.NextDouble() * 0.08 : c % 5 == 2 ? 0.9 + random.NextDouble() * 0.05 : 0.95 + random.NextDouble() * 0.05;
            var stratumSize = perCoder * 12 + random.Next(0, perCoder * 4);
            var low = position + 1;
            var stratumPaid = 0m;
            var stratumClaims = new List<(long Pos, string Id, DateOnly Dos, decimal Paid)>();
            for (var i = 0; i < stratumSize; i++)
            {
                position++;
                var claimId = $"CLM{++claimNumber:0000000}";
                var dos = periodStart.AddDays(random.Next(0, 90));
                var paid = Math.Round((decimal)(40 + random.NextDouble() * 260), 2);
                stratumPaid += paid;
                stratumClaims.Add((position, claimId, dos, paid));
                frameEntries.Add(new FrameEntry(position, claimId, coderId, coderId, dos, paid));
            }
            var high = position;
            var drawn = new List<long>();
            while (drawn.Count < perCoder)
            {
                var r = low + random.NextInt64(0, high - low + 1);
                if (!drawn.Contains(r)) drawn.Add(r);
            }
            redraw.Add(new RatStatsRedraw(coderId, 20250401.00m + seed, low, high, perCoder, 2,
                "coder id, then date of service, then claim id", drawn.Sum()));
            strata.Add(new FrameStratum(coderId, stratumSize, stratumPaid, perCoder));

            int records = 0, codes = 0, recordErrors = 0, codeErrors = 0;
            decimal net = 0;
            var coderCategories = new Dictionary<string, (int Count, decimal Net)>();
            foreach (var (r, order) in drawn.Select((r, i) => (r, i + 1)).OrderBy(t => t.r))
            {
                var frameClaim = stratumClaims[(int)(r - low)];
                var claimCodes = 2 + random.Next(0, 5);
                records++;
                codes += claimCodes;
                var errors = 0;
                if (random.NextDouble() > skill)
                {
                    errors = 1 + (random.NextDouble() < 0.25 ? 1 : 0);
                    for (var e = 0; e < errors; e++)
                    {
                        var pick = random.Next(totalWeight);
                        var kind = Kinds.First(k => (pick -= k.Weight) < 0);
                        decimal? amount = kind.Kind is FindingKinds.EmLevelHigh or FindingKinds.Ptp or FindingKinds.Mue or FindingKinds.UnitsVsTime or FindingKinds.Modifier25Unsupported
                            ? Math.Round((decimal)(15 + random.NextDouble() * 70), 2)
                            : kind.Kind == FindingKinds.DxMissed ? -Math.Round((decimal)(5 + random.NextDouble() * 30), 2) : null;
                        var category = FindingCategory.Of(kind.Kind);
                        findings.Add(new ReportFinding
                        {
                            ClaimId = frameClaim.Id,
                            CoderId = coderId,
                            DateOfService = frameClaim.Dos,
                            Line = FindingKinds.CodeSystemOf(kind.Kind) == CodeSystem.Procedure ? 1 + random.Next(0, 3) : null,
                            Kind = kind.Kind,
                            RuleId = $"{kind.Kind.ToUpperInvariant()}-{1 + random.Next(0, 40):000}",
                            Category = category,
                            Severity = (amount is not null ? Severity.High : kind.Kind == FindingKinds.DxSpecificity ? Severity.Low : Severity.Medium).ToString(),
                            Code = kind.Code,
                            Expected = kind.Expected,
                            Message = kind.Message,
                            Citation = kind.Citation,
                            Amount = amount,
                            EvidenceText = kind.Evidence,
                        });
                        net += amount ?? 0;
                        coderCategories[category] = coderCategories.TryGetValue(category, out var cc) ? (cc.Count + 1, cc.Net + (amount ?? 0)) : (1, amount ?? 0);
                    }
                    recordErrors++;
                    codeErrors += errors;
                }
                var birth = new DateOnly(1935 + random.Next(0, 80), 1 + random.Next(0, 12), 1 + random.Next(0, 28));
                var age = frameClaim.Dos.Year - birth.Year - (frameClaim.Dos < birth.AddYears(frameClaim.Dos.Year - birth.Year) ? 1 : 0);
                sample.Add(new SampleItem
                {
                    ClaimId = frameClaim.Id,
                    FramePosition = r,
                    RandomNumber = r,
                    SelectionOrder = order,
                    Stratum = coderId,
                    CoderId = coderId,
                    DateOfService = frameClaim.Dos,
                    PaidAmount = frameClaim.Paid,
                    PatientId = $"P{random.Next(100000, 999999)}",
                    PatientName = $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}",
                    PatientBirthDate = birth,
                    PatientAge = age,
                    Errors = errors,
                });
            }

            var recordAccuracy = Proportion.Wilson(records - recordErrors, records);
            var previous = Math.Clamp(skill + (random.NextDouble() - 0.5) * 0.08, 0.6, 1.0);
            coderResults.Add(new CoderResult
            {
                CoderId = coderId,
                Name = name,
                Records = records,
                Codes = codes,
                RecordsWithErrors = recordErrors,
                CodeErrors = codeErrors,
                RecordAccuracy = recordAccuracy,
                CodeAccuracy = Proportion.Wilson(codes - codeErrors, codes),
                Status = CoderStatuses.Classify(recordAccuracy, target),
                PreviousRecordAccuracy = c % 11 == 10 ? null : Math.Round(previous, 4),
                TwelveMonthRecordAccuracy = Math.Round(Math.Clamp(skill + (random.NextDouble() - 0.5) * 0.04, 0.6, 1.0), 4),
                NetAmount = net,
                TopCategories = coderCategories.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => new ErrorCategoryCount(kv.Key, kv.Value.Count, kv.Value.Net)).ToList(),
            });
            trends.Add(new CoderTrend(coderId, Enumerable.Range(0, 12).Select(m => new TrendPoint(
                new DateOnly(2024, 4, 1).AddMonths(m),
                Math.Round(Math.Clamp(skill + (m - 6) * 0.002 + (random.NextDouble() - 0.5) * 0.06, 0.5, 1.0), 4),
                8 + random.Next(0, 15))).ToList()));
        }

        var totalRecords = coderResults.Sum(c => c.Records);
        var totalCodes = coderResults.Sum(c => c.Codes);
        var over = findings.Where(f => f.Amount > 0).Sum(f => f.Amount!.Value);
        var under = -findings.Where(f => f.Amount < 0).Sum(f => f.Amount!.Value);
        var paidInSample = sample.Sum(s => s.PaidAmount);
        var categories = findings.GroupBy(f => f.Category)
            .Select(g => new ErrorCategoryCount(g.Key, g.Count(), g.Sum(f => f.Amount ?? 0)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Category, StringComparer.Ordinal).ToList();
        var frameHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\n', frameEntries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Position},{e.ClaimId},{e.PaidAmount}"))))));

        return new AuditReport
        {
            OrganisationName = "Riverbend Community Health (synthetic)",
            PlanName = "Q1 2025 professional coding audit",
            Period = period,
            Audience = Audience.ComplianceOfficer,
            Run = new RunMetadata
            {
                RunId = $"run-{seed:0000}-2025Q1",
                RunAt = new DateTimeOffset(2025, 4, 14, 9, 30, 0, TimeSpan.Zero),
                FrameSize = position,
                FrameSha256 = frameHash,
                Design = "Stratified by coder; RAT-STATS single-stage random numbers per stratum",
                IsProbabilitySample = true,
                Seed = 20250401.00m + seed,
                Redraw = redraw,
                ReferenceVersions =
                [
                    new ReferenceVersion("NCCI PTP (practitioner)", "2025Q1", "CMS NCCI edits, quarterly release"),
                    new ReferenceVersion("NCCI MUE (practitioner)", "2025Q1", "CMS MUE tables"),
                    new ReferenceVersion("ICD-10-CM", "FY2025", "CDC/CMS code set"),
                    new ReferenceVersion("HCPCS Level II", "2025 January", "CMS alpha-numeric HCPCS"),
                    new ReferenceVersion("Medicare Physician Fee Schedule", "2025 RVU25A", "CMS PFS relative value files"),
                ],
                ProgramVersion = "codingaudit 0.1.0",
            },
            Target = target,
            OverallRecordAccuracy = Proportion.Wilson(totalRecords - coderResults.Sum(c => c.RecordsWithErrors), totalRecords),
            OverallCodeAccuracy = Proportion.Wilson(totalCodes - coderResults.Sum(c => c.CodeErrors), totalCodes),
            Financial = new FinancialSummary(over, under, paidInSample),
            Coders = coderResults,
            PopulationEditHits = SampleEditHits(coderResults, frameEntries),
            ErrorCategories = categories,
            Trends = trends,
            Findings = findings,
            Sample = sample,
            Frame = new FrameSummary
            {
                ClaimCount = position,
                TotalPaid = frameEntries.Sum(e => e.PaidAmount),
                FirstService = frameEntries.Min(e => e.DateOfService),
                LastService = frameEntries.Max(e => e.DateOfService),
                Ordering = "coder id, then date of service, then claim id",
                Strata = strata,
                Entries = frameEntries,
            },
            Projection = VariableAppraisal(sample, findings, position),
            SignOff = new SignOff(
            [
                new Signatory("Prepared by (coding auditor)", "Dana Whitfield, CCS", new DateOnly(2025, 4, 15)),
                new Signatory("Reviewed by (coding manager)", null, null),
                new Signatory("Approved by (compliance officer)", null, null),
            ]),
        };
    }

    /// <summary>Unrestricted variable appraisal of overpayment per sampled claim (RAT-STATS section 2, unstratified).</summary>
    private static Projection VariableAppraisal(IReadOnlyList<SampleItem> sample, IReadOnlyList<ReportFinding> findings, long universe)
    {
        var byClaim = findings.GroupBy(f => f.ClaimId).ToDictionary(g => g.Key, g => (double)g.Sum(f => f.Amount ?? 0));
        var x = sample.Select(s => byClaim.GetValueOrDefault(s.ClaimId)).ToArray();
        var n = x.Length;
        var mean = x.Sum() / n;
        var variance = (x.Sum(v => v * v) - x.Sum() * x.Sum() / n) / (n - 1);
        var sd = variance > 0 ? Math.Sqrt(variance) : 0;
        var seTotal = universe * sd / Math.Sqrt(n) * Math.Sqrt((double)(universe - n) / universe);
        var point = universe * mean;
        var limits = new[] { 0.80, 0.90, 0.95 }.Select(conf =>
        {
            var t = StudentT(conf, n - 1);
            var precision = t * seTotal;
            return new ProjectionLimit(conf, (decimal)Math.Round(point - precision), (decimal)Math.Round(point + precision),
                (decimal)Math.Round(precision), mean <= 0 ? 0 : precision / point);
        }).ToList();
        return new Projection
        {
            Kind = "Variable (unrestricted), overpayment per claim",
            UniverseSize = universe,
            SampleSize = n,
            SampleMean = (decimal)Math.Round(mean, 2),
            PointEstimate = (decimal)Math.Round(point),
            StandardErrorOfTotal = (decimal)Math.Round(seTotal),
            Limits = limits,
            Note = "Synthetic figures. The overpayment demand figure is usually the lower limit of the 90% two-sided interval.",
        };
    }

    /// <summary>Two-sided Student t quantile by the Cornish-Fisher expansion (accurate to ~1e-4 for df >= 10).</summary>
    private static double StudentT(double confidence, int df)
    {
        var z = confidence switch { 0.80 => 1.281551565545, 0.90 => 1.644853626951, _ => 1.959963984540 };
        double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df)
               + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384.0 * df * df * df);
    }

    /// <summary>Edit-hit rates over the frame that follow each coder's accuracy (less accurate coders hit more edits).</summary>
    private static List<CoderEditHitRate> SampleEditHits(IEnumerable<CoderResult> coders, IReadOnlyList<FrameEntry> frame)
    {
        var claims = frame.GroupBy(e => e.CoderId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return coders.Select(c =>
        {
            var inFrame = claims.GetValueOrDefault(c.CoderId);
            var hits = (int)Math.Round(inFrame * (0.02 + (1 - c.RecordAccuracy.Value) * 0.5));
            return new CoderEditHitRate(c.CoderId, c.Name, inFrame, hits,
                [new("mue", hits / 2), new("ptp", hits / 3), new("modifier", hits / 4), new("excludes1", hits / 10)]);
        }).ToList();
    }
}

/// <summary>Scales a synthetic report's findings for load measurement.</summary>
public static class SampleReportScaling
{
    /// <summary>Returns the report with <paramref name="count"/> findings, repeating the existing ones.</summary>
    public static AuditReport WithFindingCount(this AuditReport report, int count)
    {
        if (report.Findings.Count == 0) throw new ArgumentException("The report has no findings to repeat.", nameof(report));
        var findings = new List<ReportFinding>(count);
        for (var i = 0; i < count; i++)
        {
            var f = report.Findings[i % report.Findings.Count];
            findings.Add(i < report.Findings.Count ? f : f with { RuleId = $"{f.RuleId}-r{i / report.Findings.Count}" });
        }
        return report with { Findings = findings };
    }
}
