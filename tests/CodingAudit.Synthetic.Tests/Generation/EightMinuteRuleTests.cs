using CodingAudit.Synthetic.Generation;

namespace CodingAudit.Synthetic.Tests.Generation;

public sealed class EightMinuteRuleTests
{
    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 1)]
    [InlineData(22, 1)]
    [InlineData(23, 2)]
    [InlineData(37, 2)]
    [InlineData(38, 3)]
    [InlineData(52, 3)]
    [InlineData(53, 4)]
    [InlineData(97, 6)]
    [InlineData(98, 7)]
    public void TotalUnits_FollowsTheMedicareTable(int minutes, int units) =>
        Assert.Equal(units, EightMinuteRule.TotalUnits(minutes));

    [Fact]
    public void Distribute_ThirtyThreeMinutesOfExerciseAndSevenOfManual_GivesTwoAndOne()
    {
        // CMS example: 33 + 7 = 40 minutes -> 3 units; 97110 gets 2 full units, the leftover unit goes to 97140 (7 > 3).
        Assert.Equal([2, 1], EightMinuteRule.Distribute([33, 7]));
    }

    [Fact]
    public void Distribute_TwoCodesOfSevenMinutes_GivesOneUnitToTheFirst() =>
        Assert.Equal([1, 0], EightMinuteRule.Distribute([7, 7]));

    [Fact]
    public void Distribute_NeverExceedsTheTotal()
    {
        for (var a = 0; a < 40; a += 3)
        for (var b = 0; b < 40; b += 5)
        for (var c = 0; c < 40; c += 7)
            Assert.Equal(EightMinuteRule.TotalUnits(a + b + c), EightMinuteRule.Distribute([a, b, c]).Sum());
    }
}
