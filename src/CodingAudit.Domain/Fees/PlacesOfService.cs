namespace CodingAudit.Domain.Fees;

/// <summary>CMS place-of-service codes that take the facility practice-expense RVU.</summary>
public static class PlacesOfService
{
    private static readonly HashSet<string> Facility = new(StringComparer.Ordinal)
    {
        "02", "19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61",
    };

    /// <summary>True for hospital, ASC, SNF and other facility settings.</summary>
    public static bool IsFacility(string? placeOfService) => placeOfService is not null && Facility.Contains(placeOfService);
}
