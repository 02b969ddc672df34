namespace CodingAudit.Domain.Codes;

/// <summary>
/// Office/outpatient E/M time threshold: the total minutes on the date of the encounter a level needs (minimum
/// inclusive; maximum inclusive or null when open-ended or not time-based).
/// </summary>
public sealed record EmTimeThreshold(string Code, string PatientStatus, int? Level, int? MinimumMinutes, int? MaximumMinutes,
    DateOnly EffectiveDate, DateOnly? DeletionDate, string Source);
