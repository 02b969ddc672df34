using System.Globalization;
using System.Text;
using System.Text.Json;
using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Sampling;

namespace CodingAudit.Ingest.Plans;

/// <summary>
/// Reads and writes audit plan files (JSON, format in docs/audit-plans.md). Every problem is reported with the file,
/// the 1-based line and the field path; unknown fields are errors, so a misspelt setting never passes silently.
/// Comments (// and /* */) and trailing commas are accepted.
/// </summary>
public static class AuditPlanFile
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the plan in <paramref name="path"/>.</summary>
    public static AuditPlan Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PlanFileException([new PlanFileError(path, 0, "(file)", e.Message)]);
        }
        return Parse(bytes, path);
    }

    /// <summary>Reads every *.json plan in <paramref name="folder"/>, in file-name order; ids must be unique.</summary>
    public static IReadOnlyList<AuditPlan> ReadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder)) throw new PlanFileException([new PlanFileError(folder, 0, "(folder)", "folder not found")]);
        var plans = new List<AuditPlan>();
        var errors = new List<PlanFileError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var plan = Read(file);
                if (seen.TryGetValue(plan.Id, out var other))
                    errors.Add(new PlanFileError(file, 1, "id", $"plan id '{plan.Id}' is already used by {Path.GetFileName(other)}"));
                else
                {
                    seen[plan.Id] = file;
                    plans.Add(plan);
                }
            }
            catch (PlanFileException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        if (errors.Count > 0) throw new PlanFileException(errors);
        return plans;
    }

    /// <summary>Parses plan JSON; <paramref name="fileName"/> names the source in errors.</summary>
    public static AuditPlan Parse(string json, string fileName) => Parse(Encoding.UTF8.GetBytes(json ?? ""), fileName);

    /// <summary>Parses UTF-8 plan JSON; <paramref name="fileName"/> names the source in errors.</summary>
    public static AuditPlan Parse(byte[] utf8, string fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ReadOnlySpan<byte> span = utf8;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(span.ToArray(), DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new PlanFileException([new PlanFileError(fileName, (int)(e.LineNumber ?? 0) + 1, string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "(json)" : e.Path.TrimStart('$', '.'),
                "invalid JSON: " + FirstSentence(e.Message))]);
        }
        using (document)
        {
            var reader = new PlanReader(fileName, JsonLineMap.Build(span));
            var plan = reader.ReadPlan(document.RootElement);
            if (reader.Errors.Count > 0 || plan is null) throw new PlanFileException(reader.Errors);
            return plan;
        }
    }

    /// <summary>Writes <paramref name="plan"/> to <paramref name="path"/> in the documented format (UTF-8, LF, indented).</summary>
    public static void Write(AuditPlan plan, string path)
    {
        ArgumentNullException.ThrowIfNull(plan);
        File.WriteAllText(path, ToJson(plan), new UTF8Encoding(false));
    }

    /// <summary>The plan as JSON text in the documented format.</summary>
    public static string ToJson(AuditPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("id", plan.Id);
            w.WriteString("name", plan.Name);
            if (plan.Description is not null) w.WriteString("description", plan.Description);
            w.WriteBoolean("active", plan.Active);
            w.WriteStartObject("scope");
            w.WriteString("period", Names.Period(plan.Scope.Period));
            WriteStrings(w, "coders", plan.Scope.Coders);
            WriteStrings(w, "providers", plan.Scope.Providers);
            WriteStrings(w, "payers", plan.Scope.Payers);
            WriteStrings(w, "claimTypes", plan.Scope.ClaimTypes.Select(Names.ClaimType));
            WriteStrings(w, "codes", plan.Scope.Codes);
            w.WriteEndObject();
            w.WritePropertyName("design");
            WriteDesign(w, plan.Design);
            w.WriteNumber("accuracyTarget", plan.AccuracyTarget);
            if (plan.Seed is { } seed) w.WriteNumber("seed", seed);
            else w.WriteNull("seed");
            w.WriteString("frameOrdering", Names.Ordering(plan.FrameOrdering));
            if (plan.Schedule is { } schedule)
            {
                w.WriteStartObject("schedule");
                w.WriteString("cron", schedule.Cron);
                w.WriteString("timeZone", schedule.TimeZoneId);
                w.WriteEndObject();
            }
            else w.WriteNull("schedule");
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDesign(Utf8JsonWriter w, SampleDesign design)
    {
        w.WriteStartObject();
        w.WriteString("type", design.Kind);
        switch (design)
        {
            case SimpleRandomDesign d:
                if (d.Count is { } count) w.WriteNumber("count", count);
                if (d.Percent is { } percent) w.WriteNumber("percent", percent);
                w.WriteNumber("spares", d.Spares);
                break;
            case PerCoderDesign d:
                w.WriteNumber("countPerCoder", d.CountPerCoder);
                w.WriteNumber("sparesPerCoder", d.SparesPerCoder);
                w.WriteString("seeding", Names.Seeding(d.Seeding));
                break;
            case StratifiedDesign d:
                w.WriteString("by", d.By == StratifyBy.Coder ? "coder" : "dollar");
                if (d.By == StratifyBy.Dollar)
                {
                    w.WriteStartArray("boundaries");
                    foreach (var b in d.Boundaries) w.WriteNumberValue(b);
                    w.WriteEndArray();
                }
                if (d.CountPerStratum is { } perStratum) w.WriteNumber("countPerStratum", perStratum);
                if (d.Percent is { } percent2) w.WriteNumber("percent", percent2);
                w.WriteNumber("sparesPerStratum", d.SparesPerStratum);
                w.WriteString("seeding", Names.Seeding(d.Seeding));
                break;
            case TargetedDesign d:
                WriteStrings(w, "filters", d.Filters);
                w.WriteNumber("highDollarThreshold", d.HighDollarThreshold);
                if (d.MaxCount is { } max) w.WriteNumber("maxCount", max);
                break;
            case OigDiscoveryDesign d:
                w.WriteNumber("count", d.Count);
                w.WriteNumber("spares", d.Spares);
                break;
            default:
                throw new ArgumentException($"Cannot write design '{design.Kind}'.", nameof(design));
        }
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    internal static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        var newline = message.IndexOfAny(['\r', '\n']);
        if (newline >= 0) message = message[..newline];
        var path = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (path >= 0) message = message[..path];
        return message.Trim();
    }

    /// <summary>The file format's names for enum values.</summary>
    internal static class Names
    {
        public static string Period(PeriodGranularity p) => p switch
        {
            PeriodGranularity.Month => "month",
            PeriodGranularity.Quarter => "quarter",
            _ => "year",
        };

        public static string ClaimType(ClaimType t) => t == Domain.Claims.ClaimType.Professional ? "professional" : "institutional";

        public static string Ordering(FrameOrdering o) => o == FrameOrdering.ClaimId ? "claim-id" : "service-date-then-claim-id";

        public static string Seeding(StratumSeeding s) => s == StratumSeeding.SingleStream ? "single-stream" : "seed-per-stratum";
    }
}
