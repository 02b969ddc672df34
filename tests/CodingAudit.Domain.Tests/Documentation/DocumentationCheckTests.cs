using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Tests.Documentation;

/// <summary>Each finding kind: a hit and a near miss.</summary>
public sealed class DocumentationCheckTests
{
    private static Finding? Single(IReadOnlyList<Finding> findings, string kind) => findings.SingleOrDefault(f => f.Kind == kind);

    [Fact]
    public void DxUnsupported_OnlyNegated()
    {
        var claim = new ClaimBuilder().Dx("I10", "R07.9").Line("99213")
            .Note("HPI: denies chest pain, no palpitations.\nA/P: HTN - stable, continue lisinopril. Total time 20 min.");
        var finding = Single(claim.Check(), FindingKinds.DxUnsupported);
        Assert.Equal("R07.9", finding?.Code);
        var note = claim.Build().NoteText;
        Assert.Equal("denies chest pain, no palpitations.", note[finding!.Evidence!.Start..finding.Evidence.End]);
        Assert.StartsWith("ICD-10-CM Official Guidelines", finding.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void DxUnsupported_NearMiss_AffirmedElsewhere() =>
        Assert.Null(Single(new ClaimBuilder().Dx("R07.9").Line("99213")
            .Note("HPI: no chest pain at rest.\nA/P: Exertional chest pain - stress test. Total time 20 min.").Check(), FindingKinds.DxUnsupported));

    [Fact]
    public void DxUncertain_OutpatientProbable()
    {
        var claim = new ClaimBuilder().Dx("J18.9").Line("99214").Note("A/P: Probable pneumonia, CXR ordered. MDM: moderate.");
        Assert.Equal("J18.9", Single(claim.Check(), FindingKinds.DxUncertain)?.Code);
    }

    [Fact]
    public void DxUncertain_NearMiss_InstitutionalCodesUncertain() =>
        Assert.Empty(new ClaimBuilder().Dx("J18.9").Institutional().Note("A/P: Probable pneumonia, CXR ordered.").Check());

    [Fact]
    public void DxHistoryOnly_Resolved() =>
        Assert.Equal("J18.9", Single(new ClaimBuilder().Dx("J18.9", "I10").Line("99213")
            .Note("A/P: Pneumonia, resolved. HTN - continue losartan. Total time 20 min.").Check(), FindingKinds.DxHistoryOnly)?.Code);

    [Fact]
    public void DxHistoryOnly_FamilyMember() =>
        Assert.Equal("I25.10", Single(new ClaimBuilder().Dx("I25.10", "I10").Line("99213")
            .Note("HPI: Father with coronary artery disease.\nA/P: HTN - continue losartan. Total time 20 min.").Check(), FindingKinds.DxHistoryOnly)?.Code);

    [Fact]
    public void DxHistoryOnly_NearMiss_ActiveToday() =>
        Assert.Null(Single(new ClaimBuilder().Dx("I48.91").Line("99213")
            .Note("HPI: h/o afib.\nA/P: Atrial fibrillation, rate controlled, continue apixaban. Total time 20 min.").Check(), FindingKinds.DxHistoryOnly));

    [Fact]
    public void DxMissed_AssessedButNotCoded()
    {
        var finding = Single(new ClaimBuilder().Dx("E11.9").Line("99214")
            .Note("A/P: DM2 - stable. Hypothyroidism - start levothyroxine. MDM moderate.").Check(), FindingKinds.DxMissed);
        Assert.Equal(("E03.9", "E03.9"), (finding?.Code, finding?.Expected));
    }

    [Fact]
    public void DxMissed_NearMiss_OnlyInHistory() =>
        Assert.Null(Single(new ClaimBuilder().Dx("E11.9").Line("99213")
            .Note("PMH: hypothyroidism.\nA/P: DM2 - stable, continue metformin. Total time 20 min.").Check(), FindingKinds.DxMissed));

    [Theory]
    [InlineData("M17.9", "A/P: Primary osteoarthritis, left knee - meloxicam.", "M17.12")]
    [InlineData("N18.9", "A/P: CKD stage 3b, stable.", "N18.32")]
    [InlineData("I50.9", "A/P: Chronic HFrEF, euvolemic.", "I50.22")]
    [InlineData("E11.9", "A/P: T2DM with CKD 3a, continue metformin.", "E11.22")]
    [InlineData("M17.11", "A/P: Osteoarthritis of left knee.", "M17.12")]
    public void DxSpecificity_NoteSupportsMore(string billed, string note, string expected) =>
        Assert.Equal(expected, Single(new ClaimBuilder().Dx(billed).Line("99213").Note(note + " Total time 20 min.").Check(), FindingKinds.DxSpecificity)?.Expected);

    [Fact]
    public void DxSpecificity_NearMiss_Matches() =>
        Assert.Null(Single(new ClaimBuilder().Dx("M17.12").Line("99213").Note("A/P: Left knee OA - meloxicam. Total time 20 min.").Check(), FindingKinds.DxSpecificity));

    [Fact]
    public void EmLevelHigh_ByTime()
    {
        var finding = Single(new ClaimBuilder().Dx("J06.9").Line("99215")
            .Note("A/P: Viral URI - supportive care.\nTotal time 16 minutes.").Check(), FindingKinds.EmLevelHigh);
        Assert.Equal(("99215", "99212", 1), (finding?.Code, finding?.Expected, finding?.Line));
        Assert.Contains("99215 40 min", finding!.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void EmLevelHigh_NearMiss_TimeMeetsThreshold() =>
        Assert.Empty(new ClaimBuilder().Dx("E11.9").Line("99214").Note("DM2 follow up. Continue metformin. Total time: 30 minutes.").Check());

    [Fact]
    public void EmLevelHigh_ProlongedUnitsBeyondTime() =>
        Assert.Equal("1", Single(new ClaimBuilder().Dx("I10").Line("99205").Line("99417", 2)
            .Note("A/P: HTN - labs, continue lisinopril. Total time 78 minutes.").Check(), FindingKinds.EmLevelHigh)?.Expected);

    [Fact]
    public void EmLevelLow_ByTime() =>
        Assert.Equal("99215", Single(new ClaimBuilder().Dx("E11.65").Line("99213")
            .Note("A/P: T2DM with hyperglycemia - start insulin. Total time 42 minutes.").Check(), FindingKinds.EmLevelLow)?.Expected);

    [Fact]
    public void EmLevelLow_NearMiss_Matches() =>
        Assert.Null(Single(new ClaimBuilder().Dx("E11.65").Line("99215")
            .Note("A/P: T2DM with hyperglycemia - start insulin. Total time 42 minutes.").Check(), FindingKinds.EmLevelLow));

    [Fact]
    public void UnitsVsTime_OverBilled()
    {
        var finding = Single(new ClaimBuilder().Dx("M54.50").Line("97110", 2).Note("PT: Gait training 0 min. Ther ex 22 minutes.").Check(), FindingKinds.UnitsVsTime);
        Assert.Equal(("97110", "1"), (finding?.Code, finding?.Expected));
    }

    [Fact]
    public void UnitsVsTime_NearMiss_23MinutesIsTwoUnits() =>
        Assert.Empty(new ClaimBuilder().Dx("M54.50").Line("97110", 2).Note("PT: Ther ex 23 minutes.").Check());

    [Fact]
    public void PxUndocumented_PlannedOnly() =>
        Assert.Equal(2, Single(new ClaimBuilder().Dx("M17.12").Line("99213").Line("20610", 1, "LT")
            .Note("A/P: Left knee OA - will schedule injection next visit. Total time 20 min.").Check(), FindingKinds.PxUndocumented)?.Line);

    [Fact]
    public void PxUndocumented_NearMiss_Done() =>
        Assert.Null(Single(new ClaimBuilder().Dx("M17.12").Line("20610", 1, "LT")
            .Note("Procedure: left knee injected with 40 mg triamcinolone.").Check(), FindingKinds.PxUndocumented));

    [Fact]
    public void PxUndocumented_Scheduled() =>
        Assert.Equal("93015", Single(new ClaimBuilder().Dx("R07.9").Line("99214").Line("93015")
            .Note("A/P: Chest pain - ECG today unremarkable. Exercise stress test scheduled; aspirin meanwhile. MDM: moderate.").Check(),
            FindingKinds.PxUndocumented)?.Code);

    [Fact]
    public void PxUndocumented_NearMiss_StressTestDone() =>
        Assert.Null(Single(new ClaimBuilder().Dx("R07.9").Line("93015")
            .Note("Procedure: treadmill exercise stress test performed, Bruce protocol, 9 minutes; no ischemic changes.").Check(),
            FindingKinds.PxUndocumented));

    [Fact]
    public void PxUndocumented_ReasonForVisitOnly() =>
        Assert.Equal("20610", Single(new ClaimBuilder().Dx("M17.12").Line("99213").Line("20610", 1, "LT")
            .Note("CC: Left knee osteoarthritis, here for injection.\nA/P: Left knee OA - home exercises; consider injection at next visit. Total time 20 min.").Check(),
            FindingKinds.PxUndocumented)?.Code);

    [Fact]
    public void PxUndocumented_NearMiss_HereForAndDone() =>
        Assert.Null(Single(new ClaimBuilder().Dx("M17.12").Line("20610", 1, "LT")
            .Note("CC: Left knee osteoarthritis, here for injection.\nProcedure: left knee injected with 40 mg triamcinolone.").Check(),
            FindingKinds.PxUndocumented));

    [Fact]
    public void Laterality_Contradicted() =>
        Assert.Equal("LT", Single(new ClaimBuilder().Dx("M17.12").Line("20610", 1, "RT")
            .Note("Procedure: left knee injected with 40 mg triamcinolone.").Check(), FindingKinds.Laterality)?.Expected);

    [Fact]
    public void Laterality_NearMiss_Bilateral50() =>
        Assert.Empty(new ClaimBuilder().Dx("M17.0").Line("20610", 1, "50")
            .Note("Procedure: bilateral knee injections, both knees injected with 40 mg triamcinolone.").Check());

    [Fact]
    public void Modifier25_ProcedureOnlyVisit() =>
        Assert.Equal(1, Single(new ClaimBuilder().Dx("M17.12").Line("99213", 1, "25").Line("20610", 1, "LT")
            .Note("Here for scheduled left knee injection, no new complaints.\nProcedure: left knee injected with Kenalog.").Check(), FindingKinds.Modifier25Unsupported)?.Line);

    [Fact]
    public void Modifier25_NearMiss_SeparateProblem() =>
        Assert.Null(Single(new ClaimBuilder().Dx("M17.12", "I10").Line("99213", 1, "25").Line("20610", 1, "LT")
            .Note("Procedure: left knee injected with Kenalog.\nA/P: L knee OA - injected. HTN - above goal, increase lisinopril.").Check(), FindingKinds.Modifier25Unsupported));

    [Fact]
    public void Modifier25_NearMiss_DiagnosticTestIsNotAMinorProcedure() =>
        Assert.Null(Single(new ClaimBuilder().Dx("R07.9").Line("99213", 1, "25").Line("93000")
            .Note("EKG performed: NSR.\nA/P: Chest pain, reproducible. Total time 20 min.").Check(), FindingKinds.Modifier25Unsupported));

    [Fact]
    public void DxUncertain_ExpectsTheSymptomOfItsStatement_NotAlsoMissed()
    {
        var findings = new ClaimBuilder().Dx("I20.9").Line("99214")
            .Note("A/P: Chest pain, rule out angina - exercise stress test scheduled. MDM: moderate.").Check();
        Assert.Equal(("I20.9", "R07.9"), (Single(findings, FindingKinds.DxUncertain)?.Code, Single(findings, FindingKinds.DxUncertain)?.Expected));
        Assert.Null(Single(findings, FindingKinds.DxMissed));
    }

    [Fact]
    public void DxMissed_DiabeticCkdCodeAsksForTheStage() =>
        Assert.Equal("N18.32", Single(new ClaimBuilder().Dx("E11.22").Line("99214")
            .Note("A/P: T2DM with diabetic CKD stage 3b - continue insulin, BMP in 3 months. MDM: moderate.").Check(), FindingKinds.DxMissed)?.Expected);

    [Fact]
    public void DxMissed_NearMiss_StageCoded() =>
        Assert.Null(Single(new ClaimBuilder().Dx("E11.22", "N18.32").Line("99214")
            .Note("A/P: T2DM with diabetic CKD stage 3b - continue insulin, BMP in 3 months. MDM: moderate.").Check(), FindingKinds.DxMissed));

    [Fact]
    public void DxMissed_HypertensiveHeartDiseaseAsksForTheHeartFailure() =>
        Assert.StartsWith("I50", Single(new ClaimBuilder().Dx("I11.0").Line("99214")
            .Note("A/P: Hypertensive heart disease with heart failure - increase furosemide, daily weights. MDM: moderate.").Check(), FindingKinds.DxMissed)?.Expected,
            StringComparison.Ordinal);

    [Fact]
    public void DxUnsupported_NearMiss_HypertensiveCkdNamesBoth() =>
        Assert.Null(Single(new ClaimBuilder().Dx("I12.9", "N18.30").Line("99214")
            .Note("A/P: Hypertensive CKD stage 3 - losartan, BMP. MDM: moderate.").Check(), FindingKinds.DxUnsupported));

    [Fact]
    public void DxMissed_NearMiss_ScreeningIsNotTheDisease() =>
        Assert.Null(Single(new ClaimBuilder().Dx("Z00.00", "Z12.5").Line("99396")
            .Note("A/P: Prostate cancer screening discussed; PSA ordered. Routine adult health maintenance.").Check(), FindingKinds.DxMissed));

    [Fact]
    public void Modifier25_PreventiveVisitWithoutASeparateProblem() =>
        Assert.Equal(1, Single(new ClaimBuilder().Dx("Z00.00").Line("99213", 1, "25").Line("99396")
            .Note("Annual physical, no complaints. Screening labs ordered.\nA/P: Well adult exam; return in one year.").Check(), FindingKinds.Modifier25Unsupported)?.Line);

    [Fact]
    public void Modifier25_NearMiss_PreventiveVisitWithASeparateProblem() =>
        Assert.Null(Single(new ClaimBuilder().Dx("Z00.00", "J45.901").Line("99214", 1, "25").Line("99396")
            .Note("A/P: Well adult exam. Asthma exacerbation - prednisone burst, albuterol; recheck in 1 week. MDM: moderate.").Check(), FindingKinds.Modifier25Unsupported));

    [Fact]
    public void NoNote_NoFindings() => Assert.Empty(new ClaimBuilder().Dx("I10").Line("99215").Check());
}
