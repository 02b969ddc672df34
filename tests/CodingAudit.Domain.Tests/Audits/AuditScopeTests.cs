using CodingAudit.Domain.Audits;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Tests.Sampling;

namespace CodingAudit.Domain.Tests.Audits;

public sealed class AuditScopeTests
{
    [Fact]
    public void EmptyFilters_IncludeEverything() =>
        Assert.True(new AuditScope(PeriodGranularity.Month).Includes(FrameClaims.Claim("a")));

    [Fact]
    public void CoderProviderPayerFilters_AllMustPass()
    {
        var scope = new AuditScope(PeriodGranularity.Month, coders: ["C1"], payers: ["MCR", "MCD"]);
        Assert.True(scope.Includes(FrameClaims.Claim("a", coder: "C1", payer: "MCD")));
        Assert.False(scope.Includes(FrameClaims.Claim("b", coder: "C2", payer: "MCD")));
        Assert.False(scope.Includes(FrameClaims.Claim("c", coder: "C1", payer: "BCBS")));
    }

    [Fact]
    public void CodeFilters_PrefixOrExactOnLinesAndDiagnosesIgnoringDots()
    {
        var scope = new AuditScope(PeriodGranularity.Month, codes: ["992*", "E11.22"]);
        Assert.True(scope.Includes(FrameClaims.Claim("a", code: "99214")));
        Assert.True(scope.Includes(FrameClaims.Claim("b", code: "11042", diagnoses: ["E1122"])));
        Assert.False(scope.Includes(FrameClaims.Claim("c", code: "11042", diagnoses: ["E11.9"])));
    }

    [Fact]
    public void ClaimTypeFilter()
    {
        var scope = new AuditScope(PeriodGranularity.Month, claimTypes: [ClaimType.Institutional]);
        Assert.False(scope.Includes(FrameClaims.Claim("a")));
    }

    [Fact]
    public void Select_KeepsOnlyThePeriod()
    {
        var claims = new[] { FrameClaims.Claim("in", day: 5), new Claim("out", "", "p", "1", "MCR", "C1", new DateOnly(2024, 4, 1), DateTimeOffset.UnixEpoch, "11", ["I10"], []) };
        Assert.Equal(["in"], new AuditScope(PeriodGranularity.Month).Select(claims, AuditPeriod.Parse("2024-03")).Select(c => c.Id));
    }

    [Fact]
    public void BareStarCodeFilter_Throws() =>
        Assert.Throws<ArgumentException>(() => new AuditScope(PeriodGranularity.Month, codes: ["*"]));
}
