namespace CodingAudit.Persistence.Claims;

/// <summary>
/// The ids already on file, so an import can accept a claim whose patient or provider was loaded by an earlier
/// import, and a note whose encounter is already stored. Sets compare ordinally.
/// </summary>
public sealed record KnownIds(
    IReadOnlySet<string> Patients,
    IReadOnlySet<string> Providers,
    IReadOnlySet<string> Payers,
    IReadOnlySet<string> Coders,
    IReadOnlySet<string> Encounters);
