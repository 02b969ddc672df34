using System.Text.RegularExpressions;
using Fluid;

namespace CodingAudit.Reports.Templates;

/// <summary>
/// The editable part of the reports: organisation.json plus the narrative sections as Liquid templates (*.liquid).
/// Every template is parsed on load, so a broken one is reported with its file and line before anything is rendered.
/// </summary>
public sealed partial class ReportTemplates
{
    public static readonly IReadOnlyList<string> RequiredTemplates =
        ["executive-summary", "methodology", "coder-education", "sign-off"];

    private static readonly FluidParser Parser = new();
    private readonly Dictionary<string, IFluidTemplate> templates;
    private readonly TemplateOptions options;

    private ReportTemplates(string folder, OrganisationProfile organisation, Dictionary<string, IFluidTemplate> templates)
    {
        Folder = folder;
        Organisation = organisation;
        this.templates = templates;
        options = new TemplateOptions();
        options.MemberAccessStrategy = new UnsafeMemberAccessStrategy();
    }

    public string Folder { get; }
    public OrganisationProfile Organisation { get; }

    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));

    public static ReportTemplates Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new TemplateException(folder, null, null, "templates folder not found");
        var organisation = OrganisationProfile.Load(Path.Combine(folder, "organisation.json"));
        var parsed = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.liquid").Order(StringComparer.Ordinal))
            parsed[Path.GetFileNameWithoutExtension(file)] = Parse(Path.GetFileName(file), File.ReadAllText(file));
        foreach (var required in RequiredTemplates)
            if (!parsed.ContainsKey(required)) throw new TemplateException($"{required}.liquid", null, null, $"template missing from {folder}");
        foreach (var path in new[] { organisation.Logo, organisation.Fonts.Regular, organisation.Fonts.Bold, organisation.Fonts.Mono })
            if (!File.Exists(Path.Combine(folder, path))) throw new TemplateException("organisation.json", null, null, $"file not found: {path}");
        return new ReportTemplates(Path.GetFullPath(folder), organisation, parsed);
    }

    /// <summary>Parses one template; a syntax error becomes a <see cref="TemplateException"/> naming file and line.</summary>
    public static IFluidTemplate Parse(string fileName, string source)
    {
        if (Parser.TryParse(source, out var template, out var error)) return template;
        var match = Position().Match(error ?? "");
        int? line = match.Success ? int.Parse(match.Groups[1].Value) : null;
        int? column = match.Success ? int.Parse(match.Groups[2].Value) : null;
        var problem = match.Success ? error![..match.Index].TrimEnd(' ', ',').TrimEnd() : error ?? "parse error";
        if (problem.EndsWith(" at", StringComparison.Ordinal)) problem = problem[..^3];
        return Fail(fileName, line, column, problem);
    }

    private static IFluidTemplate Fail(string file, int? line, int? column, string problem) =>
        throw new TemplateException(file, line, column, problem);

    /// <summary>Renders a template with the given values (dictionaries, lists, strings and numbers).</summary>
    public string Render(string name, IReadOnlyDictionary<string, object?> values)
    {
        if (!templates.TryGetValue(name, out var template))
            throw new TemplateException($"{name}.liquid", null, null, $"template missing from {Folder}");
        var context = new TemplateContext(options);
        foreach (var (key, value) in values) context.SetValue(key, value);
        try
        {
            return template.Render(context);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or ParseException)
        {
            throw new TemplateException($"{name}.liquid", null, null, $"cannot render: {e.Message}", e);
        }
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
