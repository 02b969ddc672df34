using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CodingAudit.Reports.Model;

namespace CodingAudit.Reports.Excel;

/// <summary>
/// Writes the Findings sheet's rows as SpreadsheetML text straight into the zip, so time and memory stay flat however
/// many findings there are. ClosedXML first saves the sheet with its header, frozen pane, filter range, column widths
/// and two template rows (normal and highlighted); this pass copies the package entry by entry into a new zip and
/// replaces that sheet's rows, reusing the template rows' cell styles. Strings are inline (t="inlineStr").
/// </summary>
/// <remarks>
/// Measured with 100,000 findings (whole workbook, 2 shared cores): ClosedXML for the sheet took 44 s and 1.4 GB peak;
/// the Open XML SDK's OpenXmlWriter 17 s and 460 MB; this writer about 4 s and 160 MB. Fastest compression: optimal
/// deflate shrank the file from 15 MB to 9 MB but tripled the time.
/// </remarks>
internal static class FindingsSheetStreamer
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly string[] Letters = Enumerable.Range(0, 26).Select(i => ((char)('A' + i)).ToString()).ToArray();

    public static void Fill(string workbookPath, AuditReport report)
    {
        var output = workbookPath + ".rows";
        try
        {
            using (var source = ZipFile.OpenRead(workbookPath))
            using (var target = ZipFile.Open(output, ZipArchiveMode.Create))
            {
                var sheetPath = FindSheetPath(source, AuditWorkbookWriter.FindingsSheet);
                foreach (var entry in source.Entries)
                {
                    var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                    using var to = copy.Open();
                    if (entry.FullName == sheetPath) WriteSheet(entry, to, report);
                    else
                    {
                        using var from = entry.Open();
                        from.CopyTo(to);
                    }
                }
            }
            File.Move(output, workbookPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(output)) File.Delete(output);
        }
    }

    private static string FindSheetPath(ZipArchive zip, string sheetName)
    {
        var workbook = Load(zip, "xl/workbook.xml");
        var id = workbook.Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName).Attribute(Rel + "id")!.Value;
        var rels = Load(zip, "xl/_rels/workbook.xml.rels");
        var target = rels.Descendants(PackageRel + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target[1..] : "xl/" + target;
    }

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = (zip.GetEntry(name) ?? throw new InvalidDataException($"workbook part missing: {name}")).Open();
        return XDocument.Load(stream);
    }

    private static void WriteSheet(ZipArchiveEntry templateEntry, Stream to, AuditReport report)
    {
        XDocument sheet;
        using (var from = templateEntry.Open()) sheet = XDocument.Load(from);
        var columns = AuditWorkbookWriter.FindingHeaders.Length;
        var sheetData = sheet.Root!.Element(Main + "sheetData")!;
        var styles = sheetData.Elements(Main + "row").ToDictionary(
            r => (int)r.Attribute("r")!,
            r => Enumerable.Range(0, columns).Select(c =>
                (string?)r.Elements(Main + "c").FirstOrDefault(cell => (string?)cell.Attribute("r") == $"{Letters[c]}{(int)r.Attribute("r")!}")?.Attribute("s") ?? "0").ToArray());
        var lastRow = report.Findings.Count + 1;
        sheet.Root.Element(Main + "dimension")?.SetAttributeValue("ref", $"A1:{Letters[columns - 1]}{lastRow}");
        const string marker = "CODINGAUDIT-ROWS";
        sheetData.ReplaceNodes(new XComment(marker));
        var text = sheet.Declaration + sheet.ToString(SaveOptions.DisableFormatting);
        var split = text.IndexOf($"<!--{marker}-->", StringComparison.Ordinal);
        var prefix = sheetData.GetPrefixOfNamespace(Main) is { Length: > 0 } p ? p + ":" : "";

        using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
        writer.Write(text.AsSpan(0, split));
        var below = report.CodersBelowTarget.Select(c => c.CoderId).ToHashSet(StringComparer.Ordinal);
        var status = report.Coders.ToDictionary(c => c.CoderId, c => c.Status.Label(), StringComparer.Ordinal);
        WriteRow(writer, prefix, 1, AuditWorkbookWriter.FindingHeaders, styles.GetValueOrDefault(1) ?? new string[columns]);
        var normal = styles.GetValueOrDefault(2) ?? new string[columns];
        var highlighted = styles.GetValueOrDefault(3) ?? normal;
        var index = 2;
        foreach (var finding in report.Findings)
            WriteRow(writer, prefix, index++, AuditWorkbookWriter.FindingValues(finding, status), below.Contains(finding.CoderId) ? highlighted : normal);
        writer.Write(text.AsSpan(split + marker.Length + 7));
    }

    private static void WriteRow(StreamWriter w, string x, int index, IReadOnlyList<object?> values, string[] styles)
    {
        var row = index.ToString(CultureInfo.InvariantCulture);
        w.Write($"<{x}row r=\"{row}\">");
        for (var c = 0; c < values.Count; c++)
        {
            var style = styles[c] ?? "0";
            var reference = Letters[c] + row;
            switch (values[c])
            {
                case null:
                    if (style != "0") w.Write($"<{x}c r=\"{reference}\" s=\"{style}\"/>");
                    break;
                case string s:
                    w.Write($"<{x}c r=\"{reference}\" s=\"{style}\" t=\"inlineStr\"><{x}is><{x}t xml:space=\"preserve\">");
                    Escape(w, s);
                    w.Write($"</{x}t></{x}is></{x}c>");
                    break;
                case DateOnly d:
                    Number(w, x, reference, style, d.ToDateTime(TimeOnly.MinValue).ToOADate());
                    break;
                case int i:
                    Number(w, x, reference, style, i);
                    break;
                case decimal m:
                    w.Write($"<{x}c r=\"{reference}\" s=\"{style}\"><{x}v>{m.ToString(CultureInfo.InvariantCulture)}</{x}v></{x}c>");
                    break;
                case double dbl:
                    Number(w, x, reference, style, dbl);
                    break;
                default:
                    throw new InvalidOperationException($"unexpected cell type {values[c]!.GetType().Name}");
            }
        }
        w.Write($"</{x}row>");
    }

    private static void Number(StreamWriter w, string x, string reference, string style, double value) =>
        w.Write($"<{x}c r=\"{reference}\" s=\"{style}\"><{x}v>{value.ToString("R", CultureInfo.InvariantCulture)}</{x}v></{x}c>");

    /// <summary>XML text escaping; control characters XML 1.0 cannot carry (they may come from note text) become spaces.</summary>
    private static void Escape(StreamWriter w, string text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': w.Write("&amp;"); break;
                case '<': w.Write("&lt;"); break;
                case '>': w.Write("&gt;"); break;
                case < ' ' when ch is not '\t' and not '\n' and not '\r': w.Write(' '); break;
                case '\r': w.Write("&#13;"); break;
                default: w.Write(ch); break;
            }
        }
    }
}
