namespace CodingAudit.Domain.Documentation.Terminology;

/// <summary>A word for laterality, type, stage, acuity, site or complication ("left", "HFpEF", "stage 3b").</summary>
/// <remarks>
/// <see cref="Group"/> makes values exclusive ("right" and "left" are both laterality). <see cref="Concepts"/> limits a
/// word to some concepts (a bare "3" is a stage only next to CKD); empty means any concept. <see cref="AfterOnly"/>:
/// the word counts only right after the condition ("CKD 3"), so neither a list number ("4. CKD stage 3b") nor a dose
/// ("diabetic CKD - titrate by 2 units") is read as a stage.
/// </remarks>
public sealed record AttributeWord(string Phrase, string Attribute, string Group, IReadOnlySet<string> Concepts, bool AfterOnly = false);
