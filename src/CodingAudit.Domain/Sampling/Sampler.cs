namespace CodingAudit.Domain.Sampling;

/// <summary>Draws a <see cref="Sample"/> from a <see cref="SamplingFrame"/> by a <see cref="SampleDesign"/>. Same inputs, same sample.</summary>
public static class Sampler
{
    /// <summary>
    /// Draws the sample. <paramref name="flaggedByPayerEdits"/> holds the claim ids payer edits flagged (read by the
    /// targeted filter <c>payer-edit</c>; ignored otherwise).
    /// </summary>
    public static Sample Draw(SamplingFrame frame, SampleDesign design, decimal seed, IReadOnlySet<string>? flaggedByPayerEdits = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(design);
        RatStatsGenerator.CheckSeed(seed);
        return design switch
        {
            SimpleRandomDesign d => Unstratified(frame, design, seed, d.SizeFor(frame.Size), d.Spares),
            OigDiscoveryDesign d => Unstratified(frame, design, seed, Math.Min(d.Count, frame.Size), d.Spares),
            PerCoderDesign d => Stratified(frame, design, d.AsStratified(), seed),
            StratifiedDesign d => Stratified(frame, design, d, seed),
            TargetedDesign d => Targeted(frame, d, seed, flaggedByPayerEdits ?? new HashSet<string>()),
            _ => throw new ArgumentException($"Unknown design '{design.Kind}'.", nameof(design)),
        };
    }

    private static Sample Unstratified(SamplingFrame frame, SampleDesign design, decimal seed, int count, int spares)
    {
        spares = Math.Min(spares, frame.Size - count);
        var items = new List<SampleItem>();
        var spareItems = new List<SampleItem>();
        if (count > 0)
        {
            var numbers = RatStatsRandomNumbers.Draw(seed, 1, frame.Size, count, spares);
            items.AddRange(numbers.Sample.Select(n => Item(frame, n, (int)n.Value, null, false)));
            spareItems.AddRange(numbers.Spares.Select(n => Item(frame, n, (int)n.Value, null, true)));
        }
        var stratum = new SampleStratum("all", 1, frame.Size, items.Count, spareItems.Count, seed);
        return new Sample(design, seed, frame.Size, frame.Ordering, frame.Hash, [stratum], items, spareItems);
    }

    private static Sample Stratified(SamplingFrame frame, SampleDesign design, StratifiedDesign stratified, decimal seed)
    {
        var strata = Partition(frame, stratified);
        var items = new List<SampleItem>();
        var spares = new List<SampleItem>();
        var records = new List<SampleStratum>();
        // Empty strata draw nothing but keep their place, so stratum indices and seeds stay stable across periods.
        var requests = strata.Select(s =>
        {
            var count = stratified.SizeFor(s.Members.Count);
            return new StratumRequest(s.Name, 1, Math.Max(1, s.Members.Count), count, Math.Min(stratified.SparesPerStratum, s.Members.Count - count));
        }).ToArray();
        var drawn = StratifiedRandomNumbers.Draw(seed, requests, stratified.Seeding);
        for (var h = 0; h < strata.Count; h++)
        {
            var (name, members, lower, upper) = strata[h];
            var numbers = drawn[h].Numbers;
            items.AddRange(numbers.Sample.Select(n => Item(frame, n, members[(int)n.Value - 1].Position, name, false)));
            spares.AddRange(numbers.Spares.Select(n => Item(frame, n, members[(int)n.Value - 1].Position, name, true)));
            records.Add(new SampleStratum(name, h + 1, members.Count, requests[h].Count, requests[h].Spares, drawn[h].Seed, lower, upper));
        }
        return new Sample(design, seed, frame.Size, frame.Ordering, frame.Hash, records, items, spares);
    }

    private static List<(string Name, List<FrameItem> Members, decimal? Lower, decimal? Upper)> Partition(SamplingFrame frame, StratifiedDesign design)
    {
        if (design.By == StratifyBy.Coder)
        {
            return frame.Items
                .GroupBy(i => i.CoderId.Length == 0 ? "(none)" : i.CoderId, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g.ToList(), (decimal?)null, (decimal?)null))
                .ToList();
        }
        // Every dollar stratum is listed, empty ones too, so the stratum numbers (and seeds) do not shift between periods.
        return Enumerable.Range(0, design.Boundaries.Count + 1)
            .Select(h => (design.DollarStratumLabel(h),
                frame.Items.Where(i => design.DollarStratumOf(i.Amount) == h).ToList(),
                h == 0 ? (decimal?)null : design.Boundaries[h - 1],
                h == design.Boundaries.Count ? (decimal?)null : design.Boundaries[h]))
            .ToList();
    }

    private static Sample Targeted(SamplingFrame frame, TargetedDesign design, decimal seed, IReadOnlySet<string> flagged)
    {
        if (!frame.HasClaims)
            throw new InvalidOperationException("A targeted sample reads claim codes: build the frame from claims.");
        var flaggedSet = flagged as ISet<string> ?? new HashSet<string>(flagged, StringComparer.Ordinal);
        var matches = frame.Items
            .Select(i => (Item: i, Hits: design.Hits(frame.ClaimOf(i), i, flaggedSet)))
            .Where(m => m.Hits.Count > 0)
            .ToList();
        List<SampleItem> items;
        if (design.MaxCount is { } max && matches.Count > max)
        {
            var numbers = RatStatsRandomNumbers.Draw(seed, 1, matches.Count, max, 0);
            items = numbers.Sample
                .Select(n => (n, m: matches[(int)n.Value - 1]))
                .Select(x => new SampleItem(x.m.Item.ClaimId, x.m.Item.Position, x.n.Value, x.n.Order, "targeted", false, x.m.Hits))
                .ToList();
        }
        else
        {
            items = matches.Select((m, i) => new SampleItem(m.Item.ClaimId, m.Item.Position, null, i + 1, "targeted", false, m.Hits)).ToList();
        }
        var stratum = new SampleStratum("targeted", 1, matches.Count, items.Count, 0, design.MaxCount is { } m2 && matches.Count > m2 ? seed : null);
        return new Sample(design, seed, frame.Size, frame.Ordering, frame.Hash, [stratum], items, []);
    }

    private static SampleItem Item(SamplingFrame frame, SelectedNumber number, int framePosition, string? stratum, bool spare) =>
        new(frame.At(framePosition).ClaimId, framePosition, number.Value, number.Order, stratum, spare);
}
