using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Sampling;

/// <summary>
/// The frozen, ordered list of claims a sample is drawn from: positions 1..N in a documented ordering, and a SHA-256
/// hash that changes if any claim, its order, or a field that designs read changes.
/// </summary>
/// <remarks>
/// The hash is the SHA-256 (lower-case hex) of the frame's CSV export (<see cref="WriteCsv"/>: UTF-8 without BOM,
/// LF line ends, header line first). An auditor holding the exported CSV can check it with <c>sha256sum</c>.
/// </remarks>
public sealed class SamplingFrame
{
    /// <summary>The CSV header line of the export, also the first line hashed.</summary>
    public const string CsvHeader = "frame_position,claim_id,service_date,coder_id,provider_npi,payer_id,claim_type,amount";

    private readonly IReadOnlyDictionary<string, Claim>? _claims;

    private SamplingFrame(IReadOnlyList<FrameItem> items, FrameOrdering ordering, IReadOnlyDictionary<string, Claim>? claims)
    {
        Items = items;
        Ordering = ordering;
        _claims = claims;
        Hash = HashOf(CsvLines());
    }

    /// <summary>The items in frame order; <c>Items[i].Position == i + 1</c>.</summary>
    public IReadOnlyList<FrameItem> Items { get; }

    public FrameOrdering Ordering { get; }

    /// <summary>SHA-256 of the CSV export, lower-case hex.</summary>
    public string Hash { get; }

    public int Size => Items.Count;

    /// <summary>True when the frame was built from claims, so targeted designs can read codes and modifiers.</summary>
    public bool HasClaims => _claims is not null;

    /// <summary>The item at 1-based <paramref name="position"/>.</summary>
    public FrameItem At(int position) =>
        position >= 1 && position <= Items.Count
            ? Items[position - 1]
            : throw new ArgumentOutOfRangeException(nameof(position), position, $"Frame positions run from 1 to {Items.Count}.");

    /// <summary>The claim behind an item; throws when the frame was rebuilt from stored items without claims.</summary>
    public Claim ClaimOf(FrameItem item) =>
        _claims is not null && _claims.TryGetValue(item.ClaimId, out var claim)
            ? claim
            : throw new InvalidOperationException($"The frame holds no claim data for '{item.ClaimId}'.");

    /// <summary>Builds a frame from claims. <paramref name="amount"/> gives each claim's dollar value (default: billed charge).</summary>
    public static SamplingFrame FromClaims(IEnumerable<Claim> claims, FrameOrdering ordering = FrameOrdering.ServiceDateThenClaimId,
        Func<Claim, decimal>? amount = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims.ToList();
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in list)
        {
            if (!byId.TryAdd(claim.Id, claim))
                throw new ArgumentException($"Claim '{claim.Id}' appears twice in the frame.", nameof(claims));
        }
        var value = amount ?? (c => c.TotalCharge);
        var items = Order(list, ordering)
            .Select((c, i) => new FrameItem(i + 1, c.Id, c.ServiceDate, c.CoderId, c.ProviderNpi, c.PayerId, c.Type, value(c)))
            .ToArray();
        return new SamplingFrame(items, ordering, byId);
    }

    /// <summary>
    /// Rebuilds a frame from stored items (e.g. from the database): positions must run 1..N, ids be unique, and the
    /// items be in <paramref name="ordering"/> (claim ids compared ordinally). The hash is recomputed so it can be
    /// compared with the stored one.
    /// </summary>
    /// <remarks>
    /// The order check catches a store that sorted claim ids by a linguistic collation (e.g. PostgreSQL's default,
    /// where "a" sorts before "B"): that would give other positions, and another sample, than the documented ordering.
    /// Use <see cref="Renumber"/> to order and number items read in any order.
    /// </remarks>
    public static SamplingFrame FromItems(IEnumerable<FrameItem> items, FrameOrdering ordering)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.OrderBy(i => i.Position).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var comparer = ItemComparer(ordering);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Position != i + 1)
                throw new ArgumentException($"Frame positions must run 1..{list.Length} without gaps; found {list[i].Position} at {i + 1}.", nameof(items));
            if (!ids.Add(list[i].ClaimId))
                throw new ArgumentException($"Claim '{list[i].ClaimId}' appears twice in the frame.", nameof(items));
            if (i > 0 && comparer(list[i - 1], list[i]) > 0)
                throw new ArgumentException(
                    $"Frame items are not in {ordering} order at position {i + 1}: '{list[i - 1].ClaimId}' ({list[i - 1].ServiceDate:yyyy-MM-dd}) comes before '{list[i].ClaimId}' ({list[i].ServiceDate:yyyy-MM-dd}). " +
                    "Claim ids must be compared ordinally (byte order, e.g. COLLATE \"C\"); use SamplingFrame.Renumber to order items read in any order.",
                    nameof(items));
        }
        return new SamplingFrame(list, ordering, null);
    }

    /// <summary>
    /// Orders <paramref name="items"/> by <paramref name="ordering"/> (ordinal claim ids) and numbers them 1..N,
    /// ignoring the positions they carry: the safe way to freeze a frame from rows a store returned in its own order.
    /// </summary>
    public static SamplingFrame Renumber(IEnumerable<FrameItem> items, FrameOrdering ordering)
    {
        ArgumentNullException.ThrowIfNull(items);
        var comparer = ItemComparer(ordering);
        var list = items.ToList();
        list.Sort((x, y) => comparer(x, y));
        var numbered = list.Select((item, i) => new FrameItem(i + 1, item.ClaimId, item.ServiceDate, item.CoderId, item.ProviderNpi,
            item.PayerId, item.ClaimType, item.Amount));
        return FromItems(numbered, ordering);
    }

    private static Func<FrameItem, FrameItem, int> ItemComparer(FrameOrdering ordering) => ordering switch
    {
        FrameOrdering.ServiceDateThenClaimId => static (x, y) =>
        {
            var byDate = x.ServiceDate.CompareTo(y.ServiceDate);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.ClaimId, y.ClaimId);
        },
        FrameOrdering.ClaimId => static (x, y) => string.CompareOrdinal(x.ClaimId, y.ClaimId),
        _ => throw new ArgumentOutOfRangeException(nameof(ordering), ordering, "Unknown frame ordering."),
    };

    private static IEnumerable<Claim> Order(IEnumerable<Claim> claims, FrameOrdering ordering) => ordering switch
    {
        FrameOrdering.ServiceDateThenClaimId => claims.OrderBy(c => c.ServiceDate).ThenBy(c => c.Id, StringComparer.Ordinal),
        FrameOrdering.ClaimId => claims.OrderBy(c => c.Id, StringComparer.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(ordering), ordering, "Unknown frame ordering."),
    };

    /// <summary>Writes the frame as CSV (RFC 4180 quoting, LF line ends): every claim with its frame position.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in CsvLines()) writer.Write(line);
    }

    /// <summary>The CSV export as a string; <see cref="Hash"/> is the SHA-256 of its UTF-8 bytes.</summary>
    public string ToCsv() => string.Concat(CsvLines());

    /// <summary>The export's lines, each ending in LF: the header, then one per item in frame order.</summary>
    private IEnumerable<string> CsvLines()
    {
        yield return CsvHeader + "\n";
        var text = new StringBuilder();
        foreach (var item in Items)
        {
            text.Clear()
                .Append(item.Position.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(item.ClaimId)).Append(',')
                .Append(item.ServiceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(item.CoderId)).Append(',')
                .Append(Quote(item.ProviderNpi)).Append(',')
                .Append(Quote(item.PayerId)).Append(',')
                .Append(item.ClaimType == ClaimType.Professional ? "professional" : "institutional").Append(',')
                .Append(item.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
            yield return text.ToString();
        }
    }

    // Hashed line by line: a million-claim frame's export would otherwise be built whole in memory (about 250 MB as a
    // string and its UTF-8 copy) just to be hashed.
    private static string HashOf(IEnumerable<string> lines)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        foreach (var line in lines)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(line.Length);
            if (needed > buffer.Length) buffer = new byte[needed];
            sha.AppendData(buffer, 0, Encoding.UTF8.GetBytes(line, buffer));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
