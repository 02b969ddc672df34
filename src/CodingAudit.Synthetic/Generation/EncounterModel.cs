namespace CodingAudit.Synthetic.Generation;

/// <summary>One service line while a claim is being built; diagnoses are held as codes and become pointers at the end.</summary>
internal sealed class LineSpec
{
    public LineSpec(string code, int units = 1, IEnumerable<string>? modifiers = null, IEnumerable<string>? dx = null)
    {
        Code = code;
        Units = units;
        Modifiers = modifiers?.ToList() ?? [];
        Dx = dx?.ToList() ?? [];
    }

    public string Code { get; set; }
    public int Units { get; set; }
    public List<string> Modifiers { get; }
    public List<string> Dx { get; }

    public LineSpec Clone() => new(Code, Units, Modifiers, Dx);
}

/// <summary>The codes of a claim: ordered diagnoses and lines.</summary>
internal sealed class Coding
{
    public List<string> Diagnoses { get; } = [];
    public List<LineSpec> Lines { get; } = [];

    public Coding Clone()
    {
        var c = new Coding();
        c.Diagnoses.AddRange(Diagnoses);
        c.Lines.AddRange(Lines.Select(l => l.Clone()));
        return c;
    }

    public int LineNumberOf(LineSpec line) => Lines.IndexOf(line) + 1;

    public LineSpec? Find(string code) => Lines.FirstOrDefault(l => l.Code == code);

    public void ReplaceDiagnosis(string from, string to)
    {
        var i = Diagnoses.IndexOf(from);
        if (i >= 0) Diagnoses[i] = to;
        foreach (var line in Lines)
            for (var j = 0; j < line.Dx.Count; j++)
                if (line.Dx[j] == from) line.Dx[j] = to;
    }

    public void RemoveDiagnosis(string code)
    {
        Diagnoses.Remove(code);
        foreach (var line in Lines) line.Dx.Remove(code);
    }

    /// <summary>1-based pointers into <see cref="Diagnoses"/> for a line (at most four; the first diagnosis when none is left).</summary>
    public int[] PointersOf(LineSpec line)
    {
        var pointers = line.Dx.Select(d => Diagnoses.IndexOf(d) + 1).Where(p => p > 0).Distinct().Take(4).ToArray();
        return pointers.Length > 0 ? pointers : [1];
    }
}

/// <summary>An injected error as written to ground-truth.jsonl.</summary>
internal sealed record Truth(string Kind, int? Line, string Code, string Expected);

/// <summary>An error the coder could make on this encounter: applied to a copy of the correct coding.</summary>
internal sealed record ErrorOption(string Kind, Func<Coding, Truth> Apply);

internal enum Specialty { PrimaryCare, Orthopedics, Cardiology, PhysicalTherapy, Dermatology, Endocrinology, Podiatry }

/// <summary>What happened at one encounter: the correct coding, the documentation, and the errors a coder could make.</summary>
internal sealed class Encounter
{
    public required Specialty Specialty { get; init; }
    public required int Age { get; init; }
    public required char Sex { get; init; }
    public required DateOnly ServiceDate { get; init; }
    public required string ProviderName { get; init; }
    public bool NewPatient { get; set; }
    public Coding Correct { get; } = new();
    public List<ErrorOption> Options { get; } = [];

    // Documentation.
    public string Title { get; set; } = "Progress Note";
    public string NoteType { get; set; } = "progress";
    public string ChiefComplaint { get; set; } = "";
    public List<string> Hpi { get; } = [];
    public List<string> PastHistory { get; } = [];
    public List<string> Social { get; } = [];
    public List<string> FamilyHistory { get; } = [];
    public List<string> Ros { get; } = [];
    public List<string> Exam { get; } = [];
    public List<string> Assessment { get; } = [];
    public List<string> Procedures { get; } = [];
    /// <summary>A separate procedure note (type, text), written after the visit note.</summary>
    public (string Type, string Text)? ProcedureNote { get; set; }
    public string? Mdm { get; set; }
    public int? TotalMinutes { get; set; }
    public string? TimeStatement { get; set; }
    public string? TherapyMinutes { get; set; }

    /// <summary>Diagnoses addressed in the assessment (a missed one is an error); status codes are not listed here.</summary>
    public List<string> Assessed { get; } = [];
    /// <summary>Conditions documented only as negated, with their codes (coding one is unsupported).</summary>
    public List<string> NegatedCodes { get; } = [];
    /// <summary>Correct code and its unspecified sibling, for specificity errors.</summary>
    public List<(string Specific, string Unspecified)> Specificity { get; } = [];
}
