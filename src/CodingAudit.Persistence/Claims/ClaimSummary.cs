using Microsoft.EntityFrameworkCore;

namespace CodingAudit.Persistence.Claims;

/// <summary>What is on file: claim counts and charges per month of service, per coder and per payer.</summary>
public sealed record ClaimSummary(
    long Claims,
    long Lines,
    long Notes,
    long Patients,
    IReadOnlyList<ClaimSummary.Group> Months,
    IReadOnlyList<ClaimSummary.Group> Coders,
    IReadOnlyList<ClaimSummary.Group> Payers)
{
    /// <summary>One row of a breakdown: <see cref="Key"/> is "YYYY-MM", a coder id or a payer id.</summary>
    public sealed record Group(string Key, string Name, long Claims, decimal TotalCharge);
}

/// <summary>Builds a <see cref="ClaimSummary"/> with grouped queries (no claim is loaded).</summary>
public static class ClaimSummaryQuery
{
    public static async Task<ClaimSummary> RunAsync(AuditDatabase database, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        // Grouping by day keeps the query portable (no date functions) and returns at most a few hundred rows a year.
        var days = await context.Claims.GroupBy(c => c.ServiceDate)
            .Select(g => new { Date = g.Key, Claims = g.LongCount(), Charge = g.Sum(c => c.TotalCharge) })
            .ToListAsync(cancel);
        var months = days.GroupBy(d => d.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClaimSummary.Group(g.Key, g.Key, g.Sum(d => d.Claims), g.Sum(d => d.Charge)))
            .ToList();

        var coderNames = await context.Coders.ToDictionaryAsync(c => c.Id, c => c.Name, cancel);
        var coders = (await context.Claims.GroupBy(c => c.CoderId)
                .Select(g => new { g.Key, Claims = g.LongCount(), Charge = g.Sum(c => c.TotalCharge) })
                .ToListAsync(cancel))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClaimSummary.Group(g.Key, coderNames.GetValueOrDefault(g.Key, ""), g.Claims, g.Charge))
            .ToList();

        var payerNames = await context.Payers.ToDictionaryAsync(p => p.Id, p => p.Name, cancel);
        var payers = (await context.Claims.GroupBy(c => c.PayerId)
                .Select(g => new { g.Key, Claims = g.LongCount(), Charge = g.Sum(c => c.TotalCharge) })
                .ToListAsync(cancel))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClaimSummary.Group(g.Key, payerNames.GetValueOrDefault(g.Key, ""), g.Claims, g.Charge))
            .ToList();

        return new ClaimSummary(
            months.Sum(m => m.Claims),
            await context.ClaimLines.LongCountAsync(cancel),
            await context.ClinicalNotes.LongCountAsync(cancel),
            await context.Patients.LongCountAsync(cancel),
            months, coders, payers);
    }
}
