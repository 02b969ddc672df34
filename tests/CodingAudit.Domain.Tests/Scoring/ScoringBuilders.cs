using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Tests.Scoring;

internal static class ScoringBuilders
{
    public static Claim Claim(string id, string coder = "C1", string[]? diagnoses = null, string[]? codes = null,
        string provider = "1111111111", string payer = "MCR") =>
        new(id, "", "P-" + id, provider, payer, coder, new DateOnly(2024, 5, 2), new DateTimeOffset(2024, 5, 3, 0, 0, 0, TimeSpan.Zero), "11",
            diagnoses ?? ["I10", "E11.9"],
            (codes ?? ["99213"]).Select((c, i) => new ClaimLine(i + 1, c, [], 1, 100m, [1])).ToArray());

    public static Finding Finding(string claimId, string kind, string code, int? line = null, decimal? amount = null) =>
        new(claimId, line, kind, "R-" + kind, Severity.Medium, code, null, "test finding", "test", amount);
}
