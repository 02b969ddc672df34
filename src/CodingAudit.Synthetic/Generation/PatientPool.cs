namespace CodingAudit.Synthetic.Generation;

/// <summary>Stable traits of a synthetic patient, so repeat visits tell the same story.</summary>
[Flags]
internal enum Traits
{
    None = 0,
    Hypertension = 1 << 0,
    Diabetes = 1 << 1,
    Hyperlipidemia = 1 << 2,
    Hypothyroid = 1 << 3,
    Gerd = 1 << 4,
    Anxiety = 1 << 5,
    Obesity = 1 << 6,
    Asthma = 1 << 7,
    AtrialFibrillation = 1 << 8,
    FormerSmoker = 1 << 9,
    TiaHistory = 1 << 10,
    MotherBreastCancer = 1 << 11,
    DiabetesHyperglycemia = 1 << 12,
    MixedHyperlipidemia = 1 << 13,
    KneeReplacementRight = 1 << 14,
    KneeReplacementLeft = 1 << 15,
}

/// <summary>
/// The patients of the organisation, held as compact arrays (a million-claim run has a few hundred thousand
/// patients). Ids are P + zero-padded index, so patients.csv is written in id order.
/// </summary>
internal sealed class PatientPool
{
    private readonly DateOnly[] _birth;
    private readonly char[] _sex;
    private readonly Traits[] _traits;
    private readonly byte[] _payer;
    private readonly byte[] _seen;
    private readonly int _idWidth;

    public PatientPool(int count, DateOnly reference, int payerCount, SeededRandom rng)
    {
        _birth = new DateOnly[count];
        _sex = new char[count];
        _traits = new Traits[count];
        _payer = new byte[count];
        _seen = new byte[count];
        _idWidth = Math.Max(6, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            var band = rng.PickWeighted([0.12, 0.50, 0.38]);
            var age = band switch { 0 => rng.Between(2, 17), 1 => rng.Between(18, 64), _ => rng.Between(65, 92) };
            _birth[i] = reference.AddYears(-age).AddDays(-rng.Between(1, 364));
            _sex[i] = rng.Chance(0.54) ? 'F' : 'M';
            _traits[i] = DrawTraits(age, _sex[i], rng);
            // Most patients were seen by the practice before the generated period; some specialties too.
            _seen[i] = (byte)((rng.Chance(0.75) ? 1 : 0) | (rng.Chance(0.35) ? 0b1111110 : 0));
            // Payer ids are in organisation order: 0 Medicare, 1 Medicaid, 2 commercial.
            _payer[i] = (byte)Math.Min(payerCount - 1, age >= 65
                ? (rng.Chance(0.9) ? 0 : 2)
                : age < 18 ? (rng.Chance(0.6) ? 1 : 2) : (rng.Chance(0.3) ? 1 : 2));
        }
    }

    public int Count => _birth.Length;

    public string IdOf(int index) => "P" + index.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(_idWidth, '0');

    public DateOnly BirthOf(int index) => _birth[index];

    public char SexOf(int index) => _sex[index];

    public Traits TraitsOf(int index) => _traits[index];

    public int PayerOf(int index) => _payer[index];

    /// <summary>True the first time the patient is seen by the specialty (a new patient), false afterwards.</summary>
    public bool FirstVisit(int index, Specialty specialty)
    {
        var bit = (byte)(1 << (int)specialty);
        var first = (_seen[index] & bit) == 0;
        _seen[index] |= bit;
        return first;
    }

    private static Traits DrawTraits(int age, char sex, SeededRandom rng)
    {
        var t = Traits.None;
        if (age < 18)
        {
            if (rng.Chance(0.10)) t |= Traits.Asthma;
            return t;
        }
        var older = age >= 50;
        if (rng.Chance(older ? 0.55 : 0.18)) t |= Traits.Hypertension;
        if (rng.Chance(older ? 0.25 : 0.08)) t |= Traits.Diabetes | (rng.Chance(0.5) ? Traits.DiabetesHyperglycemia : 0);
        if (rng.Chance(older ? 0.45 : 0.15)) t |= Traits.Hyperlipidemia | (rng.Chance(0.4) ? Traits.MixedHyperlipidemia : 0);
        if (rng.Chance(sex == 'F' ? 0.12 : 0.04)) t |= Traits.Hypothyroid;
        if (rng.Chance(0.15)) t |= Traits.Gerd;
        if (rng.Chance(0.12)) t |= Traits.Anxiety;
        if (rng.Chance(0.30)) t |= Traits.Obesity;
        if (rng.Chance(0.08)) t |= Traits.Asthma;
        if (age >= 60 && rng.Chance(0.10)) t |= Traits.AtrialFibrillation;
        if (rng.Chance(0.20)) t |= Traits.FormerSmoker;
        if (age >= 55 && rng.Chance(0.05)) t |= Traits.TiaHistory;
        if (sex == 'F' && rng.Chance(0.10)) t |= Traits.MotherBreastCancer;
        if (age >= 55 && rng.Chance(0.06)) t |= rng.Chance(0.5) ? Traits.KneeReplacementRight : Traits.KneeReplacementLeft;
        return t;
    }
}
