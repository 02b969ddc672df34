using CodingAudit.Ingest.Csv;

namespace CodingAudit.Ingest.Tests.Csv;

public sealed class CsvReaderTests
{
    private static List<(long Line, string[] Fields, string? Error)> ReadAll(string text)
    {
        using var reader = new CsvReader(new StringReader(text), "t.csv");
        var records = new List<(long, string[], string?)>();
        while (reader.Read()) records.Add((reader.LineNumber, reader.Fields.ToArray(), reader.Error));
        return records;
    }

    [Fact]
    public void Read_QuotedFieldWithCommaQuoteAndLineBreaks_KeepsTextAndPhysicalLineNumbers()
    {
        var records = ReadAll("id,text\r\n1,\"a, \"\"b\"\"\nsecond line\r\nthird\"\r\n2,plain\r\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "a, \"b\"\nsecond line\r\nthird"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(5, records[2].Line);
        Assert.Equal(["2", "plain"], records[2].Fields);
    }

    [Fact]
    public void Read_EmptyFieldsAndTrailingSeparator_GiveEmptyStrings()
    {
        var records = ReadAll("a,,c,\n");
        Assert.Equal(["a", "", "c", ""], records[0].Fields);
    }

    [Fact]
    public void Read_LfOnlyWithoutFinalNewline_ReadsLastRecord()
    {
        var records = ReadAll("x,y\n1,2");
        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "2"], records[1].Fields);
    }

    [Fact]
    public void Read_BlankLinesBetweenRecords_AreSkippedButCounted()
    {
        var records = ReadAll("h\n\n\nv\n");
        Assert.Equal(2, records.Count);
        Assert.Equal(4, records[1].Line);
    }

    [Fact]
    public void Read_TextAfterClosingQuote_SetsErrorAndContinues()
    {
        var records = ReadAll("\"ab\"c,d\nnext,row\n");
        Assert.NotNull(records[0].Error);
        Assert.Null(records[1].Error);
        Assert.Equal(["next", "row"], records[1].Fields);
    }

    [Fact]
    public void Read_UnclosedQuote_SetsErrorNamingTheLine()
    {
        var records = ReadAll("a,b\n1,\"never closed\n2,3\n");
        Assert.Equal(2, records.Count);
        Assert.Contains("line 2", records[1].Error);
    }

    [Fact]
    public void Read_FieldLongerThanBuffer_IsReadWhole()
    {
        var big = new string('x', 200_000);
        var records = ReadAll($"1,\"{big}\",{big}\n");
        Assert.Equal(big, records[0].Fields[1]);
        Assert.Equal(big, records[0].Fields[2]);
    }

    [Fact]
    public void Read_DoubledQuotesAndLineBreaksAcrossBufferBoundaries_AreKept()
    {
        // 70,000 repetitions cross the 64 K buffer several times at every offset of the pattern.
        var value = string.Concat(Enumerable.Repeat("a\"b\n", 70_000));
        var text = new StringWriter();
        using (var writer = new CsvWriter(text, leaveOpen: true)) { writer.WriteRecord("x", value); writer.WriteRecord("after", "row"); }

        var records = ReadAll(text.ToString());

        Assert.Equal(value, records[0].Fields[1]);
        Assert.Equal(70_002, records[1].Line);
    }

    [Fact]
    public void WriterThenReader_RoundTripsAwkwardValues()
    {
        string[][] rows = [["plain", "with,comma", "with \"quote\"", "multi\nline\r\ntext", ""], ["", "", "", "", "z"]];
        var text = new StringWriter();
        using (var writer = new CsvWriter(text, leaveOpen: true))
            foreach (var row in rows) writer.WriteRecord(row);

        var records = ReadAll(text.ToString());

        Assert.Equal(rows.Length, records.Count);
        for (var i = 0; i < rows.Length; i++) Assert.Equal(rows[i], records[i].Fields);
    }

    [Fact]
    public void Header_MissingColumn_NamesFileAndColumn()
    {
        using var reader = new CsvReader(new StringReader("a,b\n1,2\n"), "x.csv");
        var e = Assert.Throws<InvalidDataException>(() => CsvHeader.Read(reader, "a", "c"));
        Assert.Contains("x.csv", e.Message);
        Assert.Contains("c", e.Message);
    }
}
