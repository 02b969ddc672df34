using CodingAudit.Domain.Codes;
using CodingAudit.Domain.Documentation;
using CodingAudit.Domain.Edits;
using CodingAudit.Domain.Findings;
using CodingAudit.Domain.PayerRules;

namespace CodingAudit.Cli.Commands.Check;

/// <summary>
/// The one list of checks the check and evaluate commands run. A new analyser (the documentation check) is added here
/// with one line.
/// </summary>
internal static class ClaimChecks
{
    public static IReadOnlyList<IClaimCheck> Create(ReferenceLibrary library, PayerRuleBook payerRules, DocumentationKnowledge documentation) =>
    [
        new EditEngine(library, payerRules),
        new DocumentationCheck(documentation),
    ];
}
