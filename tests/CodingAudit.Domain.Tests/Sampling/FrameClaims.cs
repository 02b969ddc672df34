using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Tests.Sampling;

/// <summary>Builds synthetic claims for frame and sampler tests.</summary>
internal static class FrameClaims
{
    public static Claim Claim(string id, string coder = "C1", int day = 1, decimal charge = 100m, string code = "99213",
        string[]? modifiers = null, string provider = "1234567890", string payer = "MCR", string[]? diagnoses = null) =>
        new(id, "", "P-" + id, provider, payer, coder, new DateOnly(2024, 3, day), new DateTimeOffset(2024, 3, 28, 12, 0, 0, TimeSpan.Zero),
            "11", diagnoses ?? ["I10"], [new ClaimLine(1, code, modifiers ?? [], 1, charge, [1])]);

    /// <summary>n claims "CL0001".. spread over days 1-28 and the given coders in turn, charges 10, 20, 30, ...</summary>
    public static IReadOnlyList<Claim> Many(int n, params string[] coders)
    {
        if (coders.Length == 0) coders = ["C1"];
        return Enumerable.Range(1, n)
            .Select(i => Claim($"CL{i:D4}", coders[i % coders.Length], 1 + (i * 7) % 28, 10m * i))
            .ToArray();
    }
}
