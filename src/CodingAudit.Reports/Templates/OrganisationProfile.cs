using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodingAudit.Reports.Templates;

/// <summary>The organisation's branding and thresholds, read from report-templates/organisation.json.</summary>
/// <remarks>Paths (logo, fonts) are relative to the templates folder. Colours are #RRGGBB.</remarks>
public sealed record OrganisationProfile
{
    public required string Name { get; init; }
    public required string Logo { get; init; }
    public required string ConfidentialityNotice { get; init; }
    public required ProfileColours Colours { get; init; }
    public required ProfileFonts Fonts { get; init; }
    public required ProfileThresholds Thresholds { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static OrganisationProfile Load(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new TemplateException(name, null, null, $"file not found at {path}");
        try
        {
            return JsonSerializer.Deserialize<OrganisationProfile>(File.ReadAllText(path), Options)
                   ?? throw new TemplateException(name, null, null, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new TemplateException(name, e.LineNumber is { } l ? (int)l + 1 : null,
                e.BytePositionInLine is { } b ? (int)b + 1 : null, e.Message.Split(" Path:")[0], e);
        }
    }
}

/// <summary>Report colours as #RRGGBB.</summary>
public sealed record ProfileColours(string Primary, string Accent, string Danger, string Warning, string Muted, string BelowTargetFill, string HeaderFill);

/// <summary>Font files (TrueType), relative to the templates folder.</summary>
public sealed record ProfileFonts(string Regular, string Bold, string Mono);

/// <summary>Accuracy target and the audit-frequency bands used in education text.</summary>
public sealed record ProfileThresholds(double AccuracyTarget, double QuarterlyAuditAtOrAbove, double MonthlyAuditAtOrAbove,
    int EvidenceExcerptChars, int TopCategories);
