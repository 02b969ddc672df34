namespace CodingAudit.Domain.Edits;

/// <summary>
/// An NCCI PTP table indexed by (column 1, column 2) for allocation-free lookups; sized for the full practitioner
/// table (about a million active rows).
/// </summary>
/// <remarks>
/// Rows are kept as small structs (dates as day numbers, rationale as an index into a shared list); a
/// <see cref="PtpEdit"/> record is materialised only when an edit fires, for the finding's citation.
/// </remarks>
public sealed class PtpTable
{
    private readonly Dictionary<long, int> _firstRow;
    private readonly Row[] _rows;
    private readonly string[] _rationales;

    private PtpTable(string setting, Dictionary<long, int> firstRow, Row[] rows, string[] rationales, string[] codes)
    {
        Setting = setting;
        _firstRow = firstRow;
        _rows = rows;
        _rationales = rationales;
        _codes = codes;
    }

    private readonly string[] _codes;

    public string Setting { get; }
    public int Count => _rows.Length;

    /// <summary>Builds a table from edits; see <see cref="Builder"/> for streaming large files.</summary>
    public static PtpTable From(string setting, IEnumerable<PtpEdit> edits)
    {
        var b = new Builder(setting);
        foreach (var e in edits) b.Add(e);
        return b.Build();
    }

    /// <summary>
    /// The edit with <paramref name="column1"/> as column 1 and <paramref name="column2"/> as column 2 that applies on
    /// <paramref name="date"/>, or null. When a pair was deleted and re-added, the row with the latest effective date wins.
    /// </summary>
    public PtpEdit? Find(string column1, string column2, DateOnly date)
    {
        var i = FindIndex(ProcedureKey.Encode(column1), ProcedureKey.Encode(column2), date.DayNumber);
        return i < 0 ? null : Materialise(i);
    }

    internal int FindIndex(int column1, int column2, int dayNumber)
    {
        if (column1 < 0 || column2 < 0) return -1;
        if (!_firstRow.TryGetValue(ProcedureKey.Pair(column1, column2), out var i)) return -1;
        var best = -1;
        var bestStart = int.MinValue;
        for (; i >= 0; i = _rows[i].Next)
        {
            ref readonly var r = ref _rows[i];
            if (dayNumber < r.Effective || dayNumber >= r.Deleted) continue;
            // Rows are chained newest first, so on equal effective dates the row added last wins.
            if (best < 0 || r.Effective > bestStart) { best = i; bestStart = r.Effective; }
        }
        return best;
    }

    internal PtpModifierIndicator IndicatorAt(int index) => (PtpModifierIndicator)_rows[index].Indicator;

    internal PtpEdit Materialise(int index)
    {
        ref readonly var r = ref _rows[index];
        return new PtpEdit(_codes[r.Column1Code], _codes[r.Column2Code],
            r.Effective == int.MinValue ? null : DateOnly.FromDayNumber(r.Effective),
            r.Deleted == int.MaxValue ? null : DateOnly.FromDayNumber(r.Deleted),
            (PtpModifierIndicator)r.Indicator, _rationales[r.Rationale], Setting);
    }

    private readonly record struct Row(int Effective, int Deleted, int Next, int Column1Code, int Column2Code, short Rationale, byte Indicator);

    /// <summary>Accumulates edits one at a time (a million-row file is read as a stream) and freezes the index.</summary>
    public sealed class Builder
    {
        private readonly string _setting;
        private Dictionary<long, int> _head = [];
        private readonly List<Row> _rows = [];
        private readonly Dictionary<string, short> _rationaleIds = new(StringComparer.Ordinal);
        private readonly List<string> _rationales = [];
        private readonly Dictionary<string, int> _codeIds = new(StringComparer.Ordinal);
        private readonly List<string> _codes = [];

        public Builder(string setting, int capacity = 0)
        {
            _setting = setting;
            if (capacity > 0)
            {
                _head.EnsureCapacity(capacity);
                _rows.Capacity = capacity;
            }
        }

        public int Count => _rows.Count;

        /// <summary>Adds one edit; codes that are not five characters are rejected with <see cref="FormatException"/>.</summary>
        public void Add(PtpEdit edit) => Add(edit.Column1, edit.Column2, edit.EffectiveDate, edit.DeletionDate, edit.ModifierIndicator, edit.Rationale);

        /// <summary>Adds one edit from spans of a file's line, without allocating per row (a million-row table).</summary>
        public void Add(ReadOnlySpan<char> column1, ReadOnlySpan<char> column2, DateOnly? effective, DateOnly? deletion,
            PtpModifierIndicator indicator, ReadOnlySpan<char> rationale)
        {
            var c1 = ProcedureKey.Encode(column1);
            var c2 = ProcedureKey.Encode(column2);
            if (c1 < 0) throw new FormatException($"column 1 code '{column1}' is not a 5-character CPT/HCPCS code");
            if (c2 < 0) throw new FormatException($"column 2 code '{column2}' is not a 5-character CPT/HCPCS code");
            var rationales = _rationaleIds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!rationales.TryGetValue(rationale, out var rid))
            {
                rid = checked((short)_rationales.Count);
                var text = rationale.ToString();
                _rationales.Add(text);
                _rationaleIds.Add(text, rid);
            }
            var index = _rows.Count;
            ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_head, ProcedureKey.Pair(c1, c2), out var exists);
            _rows.Add(new Row(
                effective?.DayNumber ?? int.MinValue,
                deletion?.DayNumber ?? int.MaxValue,
                exists ? head : -1, CodeId(column1), CodeId(column2), rid, (byte)indicator));
            head = index;
        }

        /// <summary>
        /// Ends every open row of the pair in force before <paramref name="deletion"/> (a quarterly change report's
        /// deletion or modifier-indicator change); returns how many rows were closed.
        /// </summary>
        public int Close(string column1, string column2, DateOnly deletion)
        {
            var c1 = ProcedureKey.Encode(column1);
            var c2 = ProcedureKey.Encode(column2);
            if (c1 < 0 || c2 < 0 || !_head.TryGetValue(ProcedureKey.Pair(c1, c2), out var i)) return 0;
            var closed = 0;
            var day = deletion.DayNumber;
            for (; i >= 0; i = _rows[i].Next)
            {
                var r = _rows[i];
                if (r.Deleted != int.MaxValue || r.Effective >= day) continue;
                _rows[i] = r with { Deleted = day };
                closed++;
            }
            return closed;
        }

        private int CodeId(ReadOnlySpan<char> code)
        {
            var lookup = _codeIds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(code, out var id)) return id;
            id = _codes.Count;
            var text = code.ToString().ToUpperInvariant();
            _codes.Add(text);
            _codeIds.Add(code.ToString(), id);
            return id;
        }

        /// <summary>Freezes the index; the builder starts empty again (the table keeps its dictionary, not a copy).</summary>
        public PtpTable Build()
        {
            var table = new PtpTable(_setting, _head, _rows.ToArray(), _rationales.ToArray(), _codes.ToArray());
            _head = [];
            _rows.Clear();
            return table;
        }
    }
}
