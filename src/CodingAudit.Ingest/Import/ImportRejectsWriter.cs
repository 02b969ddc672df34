using CodingAudit.Ingest.Csv;

namespace CodingAudit.Ingest.Import;

/// <summary>Writes the rejects report: a CSV with file, line, field and reason per rejected row.</summary>
public static class ImportRejectsWriter
{
    public static void Write(ImportRejects rejects, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rejects);
        using var csv = new CsvWriter(output, leaveOpen: true);
        csv.WriteRecord("file", "line", "field", "reason");
        foreach (var r in rejects.Items)
        {
            csv.WriteField(r.File);
            csv.WriteField(r.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(r.Field);
            csv.WriteField(r.Reason);
            csv.EndRecord();
        }
    }

    public static void Write(ImportRejects rejects, string path)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        Write(rejects, writer);
    }
}
