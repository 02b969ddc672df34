namespace CodingAudit.Domain.Findings;

/// <summary>Which code set a finding is about; code-over-code accuracy scores diagnoses and procedures apart.</summary>
public enum CodeSystem
{
    Diagnosis = 0,
    Procedure = 1,
}
