using System.Runtime.CompilerServices;
using CodingAudit.Domain.Claims;
using Microsoft.EntityFrameworkCore;

namespace CodingAudit.Persistence.Claims;

/// <summary>
/// Reads claims for the checks and the frame. Periods are inclusive date ranges on the date of service. Every
/// sequence is in the frame order: service date, then claim id compared bytewise (the same on both databases).
/// </summary>
public sealed class ClaimStore(AuditDatabase database)
{
    /// <summary>Claims loaded per round trip when streaming.</summary>
    public const int PageSize = 500;

    /// <summary>
    /// The period's claims with patient and notes (unless <paramref name="withNotes"/> is false), as a stream: pages of <see cref="PageSize"/> claims are read by
    /// keyset (never OFFSET) with a fresh context each, so memory stays flat for a month of any size.
    /// </summary>
    public async IAsyncEnumerable<ClaimForReview> StreamClaimsForReviewAsync(DateOnly from, DateOnly to,
        ClaimFilter? filter = null, bool withNotes = true, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        DateOnly? lastDate = null;
        var lastId = "";
        while (true)
        {
            List<ClaimForReview> page;
            await using (var context = database.CreateContext())
            {
                // The next page starts at the last page's date, so the index range scan begins there instead of at
                // the start of the period (which would make paging through a month quadratic).
                var query = Period(context, lastDate ?? from, to, filter);
                if (lastDate is { } date)
                {
                    var id = lastId;
                    query = query.Where(c => c.ServiceDate > date || string.Compare(c.Id, id) > 0);
                }
                var rows = await query.OrderBy(c => c.ServiceDate).ThenBy(c => c.Id).Take(PageSize).ToListAsync(cancel);
                if (rows.Count == 0) yield break;
                page = await ToReviewsAsync(context, rows, cancel, withNotes);
                lastDate = rows[^1].ServiceDate;
                lastId = rows[^1].Id;
            }
            foreach (var claim in page) yield return claim;
            if (page.Count < PageSize) yield break;
        }
    }

    /// <summary>The given claims (unknown ids are ignored), in frame order.</summary>
    public async Task<IReadOnlyList<ClaimForReview>> GetClaimsForReviewAsync(IEnumerable<string> claimIds,
        CancellationToken cancel = default)
    {
        var result = new List<ClaimForReview>();
        foreach (var chunk in claimIds.Distinct(StringComparer.Ordinal).Chunk(PageSize))
        {
            await using var context = database.CreateContext();
            var rows = await context.Claims.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(cancel);
            result.AddRange(await ToReviewsAsync(context, rows, cancel));
        }
        return result.OrderBy(c => c.Claim.ServiceDate).ThenBy(c => c.Claim.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The other claims of the same patient, provider and date of service (what NCCI and MUE look across); empty
    /// when the claim is unknown or alone.
    /// </summary>
    public async Task<IReadOnlyList<ClaimForReview>> GetSameDayClaimsAsync(Claim claim, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Claims.AsNoTracking()
            .Where(c => c.PatientId == claim.PatientId && c.ServiceDate == claim.ServiceDate &&
                        c.ProviderNpi == claim.ProviderNpi && c.Id != claim.Id)
            .OrderBy(c => c.Id).ToListAsync(cancel);
        return rows.Count == 0 ? [] : await ToReviewsAsync(context, rows, cancel);
    }

    public async Task<int> CountClaimsAsync(DateOnly from, DateOnly to, ClaimFilter? filter = null, CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        return await Period(context, from, to, filter).CountAsync(cancel);
    }

    /// <summary>
    /// The sampling frame of a period: every matching claim with its 1-based position in frame order, streamed from
    /// one query (a few columns per claim).
    /// </summary>
    public async IAsyncEnumerable<FrameCandidate> StreamFrameAsync(DateOnly from, DateOnly to, ClaimFilter? filter = null,
        [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = Period(context, from, to, filter).OrderBy(c => c.ServiceDate).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.CoderId, c.ProviderNpi, c.PayerId, c.ServiceDate, c.TotalCharge })
            .AsAsyncEnumerable();
        var position = 0;
        await foreach (var row in rows.WithCancellation(cancel))
            yield return new FrameCandidate(++position, row.Id, row.CoderId, row.ProviderNpi, row.PayerId, row.ServiceDate, row.TotalCharge);
    }

    public async Task<IReadOnlyList<Coder>> ListCodersAsync(CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Coders.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancel);
        return rows.Select(ClaimMapping.ToDomain).ToList();
    }

    public async Task<IReadOnlyList<Provider>> ListProvidersAsync(CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Providers.AsNoTracking().OrderBy(p => p.Npi).ToListAsync(cancel);
        return rows.Select(ClaimMapping.ToDomain).ToList();
    }

    public async Task<IReadOnlyList<Payer>> ListPayersAsync(CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.Payers.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancel);
        return rows.Select(ClaimMapping.ToDomain).ToList();
    }

    /// <summary>Every stored patient, provider, payer, coder and encounter id (about 60 MB per million claims).</summary>
    public async Task<KnownIds> GetKnownIdsAsync(CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        return new KnownIds(
            await ToSetAsync(context.Patients.Select(p => p.Id), cancel),
            await ToSetAsync(context.Providers.Select(p => p.Npi), cancel),
            await ToSetAsync(context.Payers.Select(p => p.Id), cancel),
            await ToSetAsync(context.Coders.Select(c => c.Id), cancel),
            await ToSetAsync(context.Claims.Select(c => c.EncounterId), cancel));
    }

    private static async Task<HashSet<string>> ToSetAsync(IQueryable<string> ids, CancellationToken cancel)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in ids.AsAsyncEnumerable().WithCancellation(cancel)) set.Add(id);
        return set;
    }

    /// <summary>The first and last date of service on file, or null when there are no claims.</summary>
    public async Task<(DateOnly First, DateOnly Last)?> ServiceDateRangeAsync(CancellationToken cancel = default)
    {
        await using var context = database.CreateContext();
        if (!await context.Claims.AnyAsync(cancel)) return null;
        var first = await context.Claims.MinAsync(c => c.ServiceDate, cancel);
        var last = await context.Claims.MaxAsync(c => c.ServiceDate, cancel);
        return (first, last);
    }

    private static IQueryable<ClaimRow> Period(AuditDbContext context, DateOnly from, DateOnly to, ClaimFilter? filter) =>
        (filter ?? ClaimFilter.All).Apply(context.Claims.AsNoTracking().Where(c => c.ServiceDate >= from && c.ServiceDate <= to));

    private static async Task<List<ClaimForReview>> ToReviewsAsync(AuditDbContext context, List<ClaimRow> claims,
        CancellationToken cancel, bool withNotes = true)
    {
        var ids = claims.Select(c => c.Id).ToList();
        var encounters = claims.Select(c => c.EncounterId).Distinct(StringComparer.Ordinal).ToList();
        var patientIds = claims.Select(c => c.PatientId).Distinct(StringComparer.Ordinal).ToList();
        var lines = (await context.ClaimLines.AsNoTracking().Where(l => ids.Contains(l.ClaimId)).ToListAsync(cancel))
            .ToLookup(l => l.ClaimId, StringComparer.Ordinal);
        var diagnoses = (await context.ClaimDiagnoses.AsNoTracking().Where(d => ids.Contains(d.ClaimId)).ToListAsync(cancel))
            .ToLookup(d => d.ClaimId, StringComparer.Ordinal);
        var patients = (await context.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToListAsync(cancel))
            .ToDictionary(p => p.Id, ClaimMapping.ToDomain, StringComparer.Ordinal);
        var notes = (withNotes
                ? await context.ClinicalNotes.AsNoTracking().Where(n => encounters.Contains(n.EncounterId)).ToListAsync(cancel)
                : [])
            .ToLookup(n => n.EncounterId, StringComparer.Ordinal);
        return claims.Select(c => new ClaimForReview(
                ClaimMapping.ToDomain(c, lines[c.Id], diagnoses[c.Id]),
                patients[c.PatientId],
                notes[c.EncounterId].OrderBy(n => n.WrittenAt).ThenBy(n => n.Id, StringComparer.Ordinal)
                    .Select(ClaimMapping.ToDomain).ToList()))
            .ToList();
    }
}
