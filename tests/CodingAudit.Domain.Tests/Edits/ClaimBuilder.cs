using CodingAudit.Domain.Claims;

namespace CodingAudit.Domain.Tests.Edits;

/// <summary>Builds claims for edit tests: a 66-year-old male Medicare patient in an office (POS 11) by default.</summary>
internal sealed class ClaimBuilder
{
    private readonly List<ClaimLine> _lines = [];
    private readonly List<string> _dx = [];
    private string _id = "C1";
    private string _patientId = "P1";
    private string _npi = "1234567893";
    private string _payer = "MEDICARE";
    private DateOnly _date = new(2024, 9, 10);
    private DateOnly _birth = new(1958, 3, 14);
    private Sex _sex = Sex.Male;
    private DateTimeOffset _codedAt = new(2024, 9, 12, 10, 0, 0, TimeSpan.Zero);

    public static ClaimBuilder Claim(string id = "C1") => new() { _id = id };

    public ClaimBuilder On(int year, int month, int day) { _date = new DateOnly(year, month, day); return this; }
    public ClaimBuilder Provider(string npi) { _npi = npi; return this; }
    public ClaimBuilder PatientId(string id) { _patientId = id; return this; }
    public ClaimBuilder Payer(string payer) { _payer = payer; return this; }
    public ClaimBuilder CodedAt(int day) { _codedAt = new DateTimeOffset(_date.Year, _date.Month, day, 10, 0, 0, TimeSpan.Zero); return this; }
    public ClaimBuilder Patient(Sex sex, int ageOnServiceDate)
    {
        _sex = sex;
        _birth = _date.AddYears(-ageOnServiceDate).AddDays(-10);
        return this;
    }
    public ClaimBuilder Dx(params string[] codes) { _dx.AddRange(codes); return this; }
    public ClaimBuilder Line(string code, int units = 1, string[]? modifiers = null, int[]? pointers = null)
    {
        _lines.Add(new ClaimLine(_lines.Count + 1, code, modifiers ?? [], units, 0m, pointers ?? []));
        return this;
    }

    public ClaimForReview Build() =>
        new(new Claim(_id, _id, _patientId, _npi, _payer, "K1", _date, _codedAt, "11", _dx, _lines),
            new Patient(_patientId, _birth, _sex), []);
}
