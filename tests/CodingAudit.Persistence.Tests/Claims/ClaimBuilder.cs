using System.Globalization;
using CodingAudit.Domain.Claims;

namespace CodingAudit.Persistence.Tests.Claims;

/// <summary>Small synthetic claims and the records they refer to.</summary>
public static class ClaimBuilder
{
    public static readonly Coder[] Coders = [new("C01", "Coder One", "Team A"), new("C02", "Coder Two")];
    public static readonly Provider[] Providers = [new("1000000001", "Dr Alpha", "Family Medicine"), new("1000000002", "Dr Beta", "Orthopedics")];
    public static readonly Payer[] Payers = [new("MCR", "Medicare", "medicare"), new("BCX", "Commercial X", "commercial")];

    public static Patient Patient(int n) =>
        new($"P{n:D5}", new DateOnly(1950, 1, 1).AddDays(n * 97 % 20000), n % 2 == 0 ? Sex.Female : Sex.Male);

    /// <summary>Claim n: service date cycles through the given month, coder/provider/payer alternate.</summary>
    public static Claim Claim(int n, int year = 2026, int month = 1, string? id = null)
    {
        var date = new DateOnly(year, month, 1).AddDays(n % DateTime.DaysInMonth(year, month));
        return new Claim(id ?? $"CLM{n:D6}", $"ENC{n:D6}", Patient(n % 50).Id, Providers[n % 2].Npi, Payers[n % 2].Id,
            Coders[n % 2].Id, date, new DateTimeOffset(date.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(-5)),
            "11", ["E11.9", "I10"],
            [
                new ClaimLine(1, "99214", ["25"], 1, 150.25m, [1, 2]),
                new ClaimLine(2, "20610", ["RT", "59"], 1, 210.10m, [1], "22"),
            ]);
    }

    public static ClinicalNote Note(Claim claim, int index = 1) => new(
        $"N-{claim.Id}-{index}", claim.EncounterId, "progress", "Dr Alpha",
        new DateTimeOffset(claim.ServiceDate.ToDateTime(new TimeOnly(10 + index, 15)), TimeSpan.FromHours(2)),
        string.Create(CultureInfo.InvariantCulture, $"Chief complaint: knee pain. Note {index}. Total time 30 minutes."),
        index == 1 ? 30 : null);

    /// <summary>Loads coders, providers, payers and 50 patients (what <see cref="Claim"/> refers to).</summary>
    public static async Task LoadReferencesAsync(AuditDatabase database)
    {
        var importer = database.Importer;
        await importer.ImportCodersAsync(Coders);
        await importer.ImportProvidersAsync(Providers);
        await importer.ImportPayersAsync(Payers);
        await importer.ImportPatientsAsync(Enumerable.Range(0, 50).Select(Patient));
    }
}
