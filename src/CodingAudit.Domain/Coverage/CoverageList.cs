using CodingAudit.Domain.Codes;

namespace CodingAudit.Domain.Coverage;

/// <summary>
/// An LCD-style coverage list: the procedures it governs and the diagnoses that support them. A governed procedure
/// billed without any covered diagnosis on the claim is not reasonable and necessary under the policy.
/// </summary>
public sealed record CoverageList
{
    public CoverageList(string policyId, string title, IReadOnlyList<CodePattern> procedures, IReadOnlyList<CodePattern> coveredDiagnoses)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyId);
        ArgumentNullException.ThrowIfNull(procedures);
        ArgumentNullException.ThrowIfNull(coveredDiagnoses);
        if (procedures.Count == 0) throw new ArgumentException($"Coverage list {policyId} governs no procedure.", nameof(procedures));
        if (coveredDiagnoses.Count == 0) throw new ArgumentException($"Coverage list {policyId} covers no diagnosis.", nameof(coveredDiagnoses));
        PolicyId = policyId;
        Title = title ?? "";
        Procedures = procedures.ToArray();
        CoveredDiagnoses = coveredDiagnoses.ToArray();
    }

    /// <summary>The LCD (or article) id, e.g. "L36692".</summary>
    public string PolicyId { get; }
    public string Title { get; }
    public IReadOnlyList<CodePattern> Procedures { get; }
    public IReadOnlyList<CodePattern> CoveredDiagnoses { get; }

    public bool Governs(string procedureCode)
    {
        foreach (var p in Procedures)
        {
            if (p.Matches(procedureCode)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="diagnosis"/> is one of the covered diagnoses.</summary>
    public bool Covers(string diagnosis)
    {
        foreach (var d in CoveredDiagnoses)
        {
            if (d.Matches(diagnosis)) return true;
        }
        return false;
    }
}
