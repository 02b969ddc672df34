namespace CodingAudit.Reports.Model;

/// <summary>
/// One sampled claim: where it sits in the frame, the RAT-STATS random number that selected it and in which order.
/// </summary>
/// <remarks>
/// Patient fields are what the internal reports may show. The external packet replaces <see cref="PatientId"/> by a
/// pseudonym and drops <see cref="PatientName"/> and <see cref="PatientBirthDate"/>; <see cref="PatientAge"/> stays.
/// </remarks>
public sealed record SampleItem
{
    public required string ClaimId { get; init; }
    public required long FramePosition { get; init; }
    public required long RandomNumber { get; init; }
    public required int SelectionOrder { get; init; }
    public required string Stratum { get; init; }
    public required string CoderId { get; init; }
    public required DateOnly DateOfService { get; init; }
    public required decimal PaidAmount { get; init; }
    public required string PatientId { get; init; }
    public string? PatientName { get; init; }
    public DateOnly? PatientBirthDate { get; init; }
    /// <summary>Age in completed years on the date of service.</summary>
    public required int PatientAge { get; init; }
    public bool IsSpare { get; init; }
    public int Errors { get; init; }
}
