using System.Security.Cryptography;
using System.Text;
using CodingAudit.Domain.Sampling;

namespace CodingAudit.Domain.Tests.Sampling;

public sealed class SamplingFrameTests
{
    [Fact]
    public void FromClaims_OrdersByServiceDateThenOrdinalClaimId()
    {
        var frame = SamplingFrame.FromClaims(
        [
            FrameClaims.Claim("b", day: 2), FrameClaims.Claim("a", day: 2), FrameClaims.Claim("Z", day: 2), FrameClaims.Claim("c", day: 1),
        ]);
        Assert.Equal(["c", "Z", "a", "b"], frame.Items.Select(i => i.ClaimId));
        Assert.Equal([1, 2, 3, 4], frame.Items.Select(i => i.Position));
        Assert.Equal("Z", frame.At(2).ClaimId);
    }

    [Fact]
    public void FromClaims_InputOrderDoesNotMatter()
    {
        var claims = FrameClaims.Many(40, "A", "B");
        var forward = SamplingFrame.FromClaims(claims);
        var backward = SamplingFrame.FromClaims(claims.Reverse());
        Assert.Equal(forward.Hash, backward.Hash);
        Assert.Equal(forward.Items, backward.Items);
    }

    [Fact]
    public void Hash_IsSha256OfTheCsvExport()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(5));
        var csv = new StringWriter();
        frame.WriteCsv(csv);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv.ToString()))), frame.Hash);
        Assert.StartsWith(SamplingFrame.CsvHeader + "\n1,", csv.ToString());
    }

    [Fact]
    public void Hash_ChangesWhenAnAmountChanges()
    {
        var claims = FrameClaims.Many(5).ToList();
        var before = SamplingFrame.FromClaims(claims).Hash;
        claims[2] = FrameClaims.Claim(claims[2].Id, claims[2].CoderId, claims[2].ServiceDate.Day, 999m);
        Assert.NotEqual(before, SamplingFrame.FromClaims(claims).Hash);
    }

    [Fact]
    public void Csv_QuotesIdsWithCommas()
    {
        var frame = SamplingFrame.FromClaims([FrameClaims.Claim("A,1")]);
        Assert.Contains("\n1,\"A,1\",2024-03-01,", frame.ToCsv());
    }

    [Fact]
    public void FromClaims_DuplicateId_Throws() =>
        Assert.Throws<ArgumentException>(() => SamplingFrame.FromClaims([FrameClaims.Claim("x"), FrameClaims.Claim("x", day: 2)]));

    [Fact]
    public void FromItems_RebuildsTheSameHash()
    {
        var frame = SamplingFrame.FromClaims(FrameClaims.Many(12, "A", "B", "C"));
        var rebuilt = SamplingFrame.FromItems(frame.Items.Reverse(), frame.Ordering);
        Assert.Equal(frame.Hash, rebuilt.Hash);
        Assert.False(rebuilt.HasClaims);
    }

    [Fact]
    public void FromItems_GapInPositions_Throws()
    {
        var items = SamplingFrame.FromClaims(FrameClaims.Many(3)).Items.Where(i => i.Position != 2);
        Assert.Throws<ArgumentException>(() => SamplingFrame.FromItems(items, FrameOrdering.ServiceDateThenClaimId));
    }

    [Fact]
    public void FromItems_LinguisticCollationOrder_IsRejected()
    {
        // A store sorting case-insensitively puts "a" before "B"; ordinal order is "B" before "a".
        var items = new[]
        {
            new FrameItem(1, "a", new DateOnly(2024, 3, 1), "C1", "1", "P", Domain.Claims.ClaimType.Professional, 1m),
            new FrameItem(2, "B", new DateOnly(2024, 3, 1), "C1", "1", "P", Domain.Claims.ClaimType.Professional, 1m),
        };
        var e = Assert.Throws<ArgumentException>(() => SamplingFrame.FromItems(items, FrameOrdering.ServiceDateThenClaimId));
        Assert.Contains("ordinally", e.Message);
    }

    [Fact]
    public void Renumber_OrdersOrdinallyAndMatchesFromClaims()
    {
        var claims = FrameClaims.Many(30, "A", "B");
        var fromClaims = SamplingFrame.FromClaims(claims);
        var shuffled = fromClaims.Items.Reverse().ToArray(); // positions N..1: Renumber ignores them
        var renumbered = SamplingFrame.Renumber(shuffled, FrameOrdering.ServiceDateThenClaimId);
        Assert.Equal(fromClaims.Hash, renumbered.Hash);
        Assert.Equal(fromClaims.Items, renumbered.Items);
    }

    [Fact]
    public void Renumber_ClaimIdOrdering()
    {
        var frame = SamplingFrame.Renumber(SamplingFrame.FromClaims([FrameClaims.Claim("b", day: 1), FrameClaims.Claim("a", day: 9)]).Items,
            FrameOrdering.ClaimId);
        Assert.Equal(["a", "b"], frame.Items.Select(i => i.ClaimId));
        Assert.Equal([1, 2], frame.Items.Select(i => i.Position));
    }
}
