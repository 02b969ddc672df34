using System.Globalization;
using CodingAudit.Ingest.Csv;

namespace CodingAudit.Synthetic.Generation;

/// <summary>Synthetic charges: the MPFS non-facility total RVU times the 2024 conversion factor times a charge markup.</summary>
internal sealed class ChargeSchedule
{
    private const decimal ConversionFactor = 33.2875m;
    private const decimal Markup = 1.8m;
    private readonly Dictionary<string, decimal> _perUnit = new(StringComparer.Ordinal);

    public static ChargeSchedule Load(string referenceFolder)
    {
        var s = new ChargeSchedule();
        using var csv = CsvReader.Open(Path.Combine(referenceFolder, "mpfs_rvu_2024_rvu24c.csv"));
        var h = CsvHeader.Read(csv, "hcpcs_code", "modifier", "nonfacility_total_rvu");
        int code = h.IndexOf("hcpcs_code"), mod = h.IndexOf("modifier"), rvu = h.IndexOf("nonfacility_total_rvu");
        while (csv.Read())
        {
            if (csv[mod].Length > 0) continue;
            if (decimal.TryParse(csv[rvu], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r > 0)
                s._perUnit[csv[code]] = Math.Round(r * ConversionFactor * Markup, 2);
        }
        return s;
    }

    public decimal Charge(string code, int units) => (_perUnit.TryGetValue(code, out var c) ? c : 85.00m) * units;
}
