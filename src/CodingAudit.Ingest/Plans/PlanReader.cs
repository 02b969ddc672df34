using System.Text.Json;
using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Sampling;

namespace CodingAudit.Ingest.Plans;

/// <summary>Walks a parsed plan document, collecting every problem with its line and field path.</summary>
internal sealed class PlanReader(string file, JsonLineMap lines)
{
    private static readonly string[] PlanFields = ["id", "name", "description", "active", "scope", "design", "accuracyTarget", "seed", "frameOrdering", "schedule"];
    private static readonly string[] ScopeFields = ["period", "coders", "providers", "payers", "claimTypes", "codes"];
    private static readonly string[] ScheduleFields = ["cron", "timeZone"];

    private static readonly Dictionary<string, string[]> DesignFields = new(StringComparer.Ordinal)
    {
        ["simple-random"] = ["type", "count", "percent", "spares"],
        ["per-coder"] = ["type", "countPerCoder", "sparesPerCoder", "seeding"],
        ["stratified"] = ["type", "by", "boundaries", "countPerStratum", "percent", "sparesPerStratum", "seeding"],
        ["targeted"] = ["type", "filters", "highDollarThreshold", "maxCount"],
        ["oig-discovery"] = ["type", "count", "spares"],
    };

    public List<PlanFileError> Errors { get; } = [];

    public AuditPlan? ReadPlan(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error("(root)", "a plan file holds one JSON object");
            return null;
        }
        CheckFields(root, "", PlanFields);
        var id = String(root, "id", required: true);
        var name = String(root, "name", required: true);
        var description = String(root, "description", required: false);
        var active = Bool(root, "active") ?? true;
        var scope = Scope(root);
        var design = Design(root);
        var target = Double(root, "accuracyTarget") ?? AuditPlan.DefaultAccuracyTarget;
        var seed = Decimal(root, "seed");
        var ordering = Choice(root, "frameOrdering", "", new Dictionary<string, FrameOrdering>
        {
            ["service-date-then-claim-id"] = FrameOrdering.ServiceDateThenClaimId,
            ["claim-id"] = FrameOrdering.ClaimId,
        }) ?? FrameOrdering.ServiceDateThenClaimId;
        var schedule = Schedule(root);
        if (Errors.Count > 0 || id is null || name is null || scope is null || design is null) return null;
        return Build(() => new AuditPlan(id, name, scope, design, target, schedule, active, seed, ordering, description), "");
    }

    private AuditScope? Scope(JsonElement root)
    {
        var scope = Object(root, "scope", "", required: true);
        if (scope is not { } s) return null;
        CheckFields(s, "scope", ScopeFields);
        var period = Choice(s, "period", "scope", new Dictionary<string, PeriodGranularity>
        {
            ["month"] = PeriodGranularity.Month,
            ["quarter"] = PeriodGranularity.Quarter,
            ["year"] = PeriodGranularity.Year,
        }, required: true);
        var coders = Strings(s, "coders", "scope");
        var providers = Strings(s, "providers", "scope");
        var payers = Strings(s, "payers", "scope");
        var typeNames = Strings(s, "claimTypes", "scope");
        var types = new List<ClaimType>();
        for (var i = 0; i < typeNames?.Count; i++)
        {
            switch (typeNames[i])
            {
                case "professional": types.Add(ClaimType.Professional); break;
                case "institutional": types.Add(ClaimType.Institutional); break;
                default: Error($"scope.claimTypes[{i}]", $"'{typeNames[i]}' is not a claim type: use professional or institutional"); break;
            }
        }
        var codes = Strings(s, "codes", "scope");
        if (period is null) return null;
        return Build(() => new AuditScope(period.Value, coders, providers, payers, types, codes), "scope");
    }

    private SampleDesign? Design(JsonElement root)
    {
        var element = Object(root, "design", "", required: true);
        if (element is not { } d) return null;
        var type = String(d, "type", required: true, parent: "design");
        if (type is null) return null;
        if (!DesignFields.TryGetValue(type, out var fields))
        {
            Error("design.type", $"'{type}' is not a design: use {string.Join(", ", DesignFields.Keys)}");
            return null;
        }
        CheckFields(d, "design", fields);
        const string p = "design";
        var seedingChoices = new Dictionary<string, StratumSeeding>
        {
            ["seed-per-stratum"] = StratumSeeding.SeedPerStratum,
            ["single-stream"] = StratumSeeding.SingleStream,
        };
        var errorsBefore = Errors.Count;
        SampleDesign? Make(Func<SampleDesign> make) => Errors.Count > errorsBefore ? null : Build(make, p);
        switch (type)
        {
            case "simple-random":
            {
                var count = Int(d, "count", p);
                var percent = Decimal(d, "percent", p);
                var spares = Int(d, "spares", p) ?? 0;
                return Make(() => new SimpleRandomDesign(count, percent, spares));
            }
            case "per-coder":
            {
                var count = Int(d, "countPerCoder", p, required: true);
                var spares = Int(d, "sparesPerCoder", p) ?? 0;
                var seeding = Choice(d, "seeding", p, seedingChoices) ?? StratumSeeding.SeedPerStratum;
                return count is null ? null : Make(() => new PerCoderDesign(count.Value, spares, seeding));
            }
            case "stratified":
            {
                var by = Choice(d, "by", p, new Dictionary<string, StratifyBy> { ["coder"] = StratifyBy.Coder, ["dollar"] = StratifyBy.Dollar }, required: true);
                var boundaries = Decimals(d, "boundaries", p);
                var count = Int(d, "countPerStratum", p);
                var percent = Decimal(d, "percent", p);
                var spares = Int(d, "sparesPerStratum", p) ?? 0;
                var seeding = Choice(d, "seeding", p, seedingChoices) ?? StratumSeeding.SeedPerStratum;
                return by is null ? null : Make(() => new StratifiedDesign(by.Value, boundaries, count, percent, spares, seeding));
            }
            case "targeted":
            {
                var filters = Strings(d, "filters", p, required: true);
                var threshold = Decimal(d, "highDollarThreshold", p) ?? 1000m;
                var max = Int(d, "maxCount", p);
                for (var i = 0; i < filters?.Count; i++)
                {
                    if (!TargetedDesign.IsKnownFilter(filters[i]))
                        Error($"design.filters[{i}]", $"'{filters[i]}' is not a filter: use em-level-5, modifier-25, modifier-59, modifier:MM, code:PREFIX, high-dollar or payer-edit");
                }
                return filters is null ? null : Make(() => new TargetedDesign(filters, threshold, max));
            }
            default:
            {
                var count = Int(d, "count", p) ?? OigDiscoveryDesign.StandardCount;
                var spares = Int(d, "spares", p) ?? 0;
                return Make(() => new OigDiscoveryDesign(count, spares));
            }
        }
    }

    private AuditSchedule? Schedule(JsonElement root)
    {
        if (!root.TryGetProperty("schedule", out var s) || s.ValueKind == JsonValueKind.Null) return null;
        if (s.ValueKind != JsonValueKind.Object)
        {
            Error("schedule", "must be an object with cron and timeZone, or null");
            return null;
        }
        CheckFields(s, "schedule", ScheduleFields);
        var cron = String(s, "cron", required: true, parent: "schedule");
        var zone = String(s, "timeZone", required: true, parent: "schedule");
        if (cron is null || zone is null) return null;
        return Build(() => new AuditSchedule(cron, zone), "schedule");
    }

    // Domain constructors name the offending parameter; their names are the file's field names.
    private T? Build<T>(Func<T> make, string parent) where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            var field = string.IsNullOrEmpty(e.ParamName) ? (parent.Length == 0 ? "(plan)" : parent) : Join(parent, e.ParamName);
            Error(field, AuditPlanFile.FirstSentence(e.Message));
            return null;
        }
    }

    private void CheckFields(JsonElement element, string parent, string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
                Error(Join(parent, property.Name), $"unknown field (expected one of {string.Join(", ", allowed)})");
        }
    }

    private JsonElement? Object(JsonElement parent, string name, string parentPath, bool required)
    {
        var path = Join(parentPath, name);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(path, "is required");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"must be an object, not {Kind(value)}");
            return null;
        }
        return value;
    }

    private string? String(JsonElement element, string name, bool required, string parent = "") => StringAt(element, name, parent, required);

    private string? StringAt(JsonElement element, string name, string parentPath, bool required)
    {
        var path = Join(parentPath, name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(path, "is required");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, $"must be a string, not {Kind(value)}");
            return null;
        }
        return value.GetString();
    }

    private bool? Bool(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Error(name, $"must be true or false, not {Kind(value)}");
        return null;
    }

    private int? Int(JsonElement element, string name, string parentPath, bool required = false)
    {
        var path = Join(parentPath, name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(path, "is required");
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        Error(path, $"must be a whole number, not {Kind(value)}");
        return null;
    }

    private double? Double(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Number) return value.GetDouble();
        Error(name, $"must be a number, not {Kind(value)}");
        return null;
    }

    private decimal? Decimal(JsonElement element, string name, string parentPath = "")
    {
        var path = Join(parentPath, name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)) return number;
        Error(path, $"must be a number, not {Kind(value)}");
        return null;
    }

    private List<decimal>? Decimals(JsonElement element, string name, string parentPath)
    {
        var path = Join(parentPath, name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(path, $"must be an array of numbers, not {Kind(value)}");
            return null;
        }
        var list = new List<decimal>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetDecimal(out var number)) list.Add(number);
            else Error($"{path}[{i}]", $"must be a number, not {Kind(item)}");
            i++;
        }
        return list;
    }

    private List<string>? Strings(JsonElement element, string name, string parentPath, bool required = false)
    {
        var path = Join(parentPath, name);
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Error(path, "is required");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(path, $"must be an array of strings, not {Kind(value)}");
            return null;
        }
        var list = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())) list.Add(item.GetString()!);
            else Error($"{path}[{i}]", item.ValueKind == JsonValueKind.String ? "cannot be blank" : $"must be a string, not {Kind(item)}");
            i++;
        }
        return list;
    }

    private T? Choice<T>(JsonElement element, string name, string parentPath, Dictionary<string, T> choices, bool required = false) where T : struct
    {
        var text = StringAt(element, name, parentPath, required);
        if (text is null) return null;
        if (choices.TryGetValue(text, out var value)) return value;
        Error(Join(parentPath, name), $"'{text}' is not allowed: use {string.Join(", ", choices.Keys)}");
        return null;
    }

    private void Error(string field, string message) => Errors.Add(new PlanFileError(file, lines.LineOf(field), field, message));

    private static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
