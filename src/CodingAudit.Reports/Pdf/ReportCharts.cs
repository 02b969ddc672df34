using CodingAudit.Reports.Model;
using ScottPlot;
using SkiaSharp;

namespace CodingAudit.Reports.Pdf;

/// <summary>
/// The report's charts as ScottPlot plots drawn straight onto the PDF page canvas, so they stay vector.
/// ScottPlot's text uses the shipped font files (registered under a private family name), never a system lookup.
/// </summary>
internal static class ReportCharts
{
    private const string Family = "CodingAudit Sans";
    private static readonly Lock RegisterLock = new();
    private static string? registered;

    public static void RegisterFonts(PdfTheme theme)
    {
        lock (RegisterLock)
        {
            if (registered == theme.RegularPath) return;
            Fonts.FontResolvers.RemoveAll(r => r is SharedFontResolver);
            Fonts.FontResolvers.Insert(0, new SharedFontResolver(Family, theme.RegularPath, theme.BoldPath));
            registered = theme.RegularPath;
        }
    }

    public static void Draw(Plot plot, SKCanvas canvas, SKRect rect)
    {
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        canvas.Save();
        canvas.Translate(rect.Left, rect.Top);
        canvas.ClipRect(new SKRect(0, 0, rect.Width, rect.Height));
        plot.Render(canvas, (int)rect.Width, (int)rect.Height);
        canvas.Restore();
    }

    private static Plot NewPlot(PdfTheme theme, string title, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Title(title, size: 11);
        plot.Axes.Title.Label.ForeColor = Color.FromSKColor(theme.Primary);
        plot.YLabel(yLabel, size: 9);
        plot.Axes.Left.TickLabelStyle.FontSize = 7;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 7;
        plot.Grid.MajorLineColor = Color.FromSKColor(new SKColor(0xE5, 0xE8, 0xEC));
        return plot;
    }

    /// <summary>Record accuracy per coder (sorted) with 95% interval whiskers and the target line.</summary>
    public static Plot AccuracyByCoder(PdfTheme theme, AuditReport report)
    {
        var plot = NewPlot(theme, "Record accuracy by coder, with 95% intervals", "Record accuracy (%)");
        var coders = report.Coders.OrderByDescending(c => c.RecordAccuracy.Value).ThenBy(c => c.CoderId, StringComparer.Ordinal).ToList();
        if (coders.Count == 0) return plot;
        var bars = coders.Select((c, i) => new Bar
        {
            Position = i,
            Value = c.RecordAccuracy.Value * 100,
            Size = 0.7,
            FillColor = Color.FromSKColor(c.Status == CoderStatus.BelowTarget ? theme.Danger
                : c.RecordAccuracy.Value < report.Target ? theme.Warning : theme.Accent),
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        var xs = coders.Select((_, i) => (double)i).ToList();
        var ys = coders.Select(c => c.RecordAccuracy.Value * 100).ToList();
        var errorBar = new ScottPlot.Plottables.ErrorBar(xs, ys, null, null,
            coders.Select(c => (c.RecordAccuracy.Upper - c.RecordAccuracy.Value) * 100).ToList(),
            coders.Select(c => (c.RecordAccuracy.Value - c.RecordAccuracy.Lower) * 100).ToList())
        {
            LineColor = Color.FromSKColor(theme.Ink),
            LineWidth = 0.8f,
            CapSize = coders.Count > 30 ? 2 : 4,
        };
        plot.Add.Plottable(errorBar);
        var target = plot.Add.HorizontalLine(report.Target * 100, 1.2f, Color.FromSKColor(theme.Danger), LinePattern.Dashed);
        target.Text = $"Target {ReportFormat.Percent(report.Target)}";
        target.LabelFontSize = 7;
        target.LabelBackgroundColor = Color.FromSKColor(theme.Danger);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            xs.ToArray(), coders.Select(c => c.CoderId).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = coders.Count > 12 ? 90 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = coders.Count > 12 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.Bottom.TickLabelStyle.FontSize = coders.Count > 40 ? 5.5f : 7;
        var low = Math.Max(0, Math.Floor(coders.Min(c => c.RecordAccuracy.Lower) * 10) * 10 - 5);
        plot.Axes.SetLimits(-0.7, coders.Count - 0.3, low, 102);
        return plot;
    }

    /// <summary>Findings by error category, most frequent first, with the cumulative share on the right axis.</summary>
    public static Plot Pareto(PdfTheme theme, AuditReport report)
    {
        var plot = NewPlot(theme, "Error categories (Pareto)", "Findings");
        var categories = report.ErrorCategories.OrderByDescending(c => c.Count).ToList();
        if (categories.Count == 0) return plot;
        plot.Add.Bars(categories.Select((c, i) => new Bar
        {
            Position = i, Value = c.Count, Size = 0.7, FillColor = Color.FromSKColor(theme.Accent), LineWidth = 0,
        }).ToList());
        var total = (double)categories.Sum(c => c.Count);
        var cumulative = 0.0;
        var shares = categories.Select(c => (cumulative += c.Count) / total * 100).ToArray();
        var xs = categories.Select((_, i) => (double)i).ToArray();
        var line = plot.Add.Scatter(xs, shares, Color.FromSKColor(theme.Danger));
        line.LineWidth = 1.5f;
        line.MarkerSize = 4;
        line.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "Cumulative share (%)";
        plot.Axes.Right.Label.FontSize = 9;
        plot.Axes.Right.TickLabelStyle.FontSize = 7;
        plot.Axes.SetLimitsY(0, 100, plot.Axes.Right);
        plot.Axes.SetLimitsY(0, categories[0].Count * 1.1);
        plot.Axes.SetLimitsX(-0.6, categories.Count - 0.4);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, categories.Select(c => c.Category).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 80;
        return plot;
    }

    /// <summary>12-month record accuracy: every coder faint, below-target coders highlighted, the mean in bold.</summary>
    public static Plot Trend(PdfTheme theme, AuditReport report, string? onlyCoderId = null)
    {
        var plot = NewPlot(theme, onlyCoderId is null ? "12-month record accuracy trend"
            : "12-month trend (solid: coder; dotted: organisation mean; dashed: target)", "Record accuracy (%)");
        if (onlyCoderId is not null) plot.Axes.Title.Label.FontSize = 8;
        var trends = report.Trends.Where(t => t.Points.Count > 0).ToList();
        if (trends.Count == 0) return plot;
        var months = trends.SelectMany(t => t.Points.Select(p => p.Month)).Distinct().Order().ToList();
        var below = report.CodersBelowTarget.Select(c => c.CoderId).ToHashSet(StringComparer.Ordinal);
        double X(DateOnly m) => months.IndexOf(m);
        var shownBelow = false;
        foreach (var trend in trends.Where(t => onlyCoderId is null || t.CoderId == onlyCoderId)
                     .OrderBy(t => below.Contains(t.CoderId)))
        {
            var isBelow = below.Contains(trend.CoderId);
            var colour = onlyCoderId is not null ? theme.Primary : isBelow ? theme.Danger.WithAlpha(150) : new SKColor(0xB8, 0xC2, 0xCC, 0x90);
            var s = plot.Add.Scatter(trend.Points.Select(p => X(p.Month)).ToArray(), trend.Points.Select(p => p.Accuracy * 100).ToArray(), Color.FromSKColor(colour));
            s.LineWidth = onlyCoderId is not null ? 1.8f : 0.7f;
            s.MarkerSize = onlyCoderId is not null ? 3 : 0;
            if (onlyCoderId is not null) s.LegendText = trend.CoderId;
            else if (isBelow && !shownBelow) { s.LegendText = "Coders below target"; shownBelow = true; }
        }
        var mean = months.Select(m => trends.SelectMany(t => t.Points.Where(p => p.Month == m)).Average(p => p.Accuracy) * 100).ToArray();
        var meanLine = plot.Add.Scatter(months.Select(X).ToArray(), mean, Color.FromSKColor(onlyCoderId is null ? theme.Primary : theme.Muted));
        meanLine.LineWidth = onlyCoderId is null ? 2.5f : 1.2f;
        meanLine.LinePattern = onlyCoderId is null ? LinePattern.Solid : LinePattern.Dotted;
        meanLine.MarkerSize = 0;
        meanLine.LegendText = "Organisation mean";
        var target = plot.Add.HorizontalLine(report.Target * 100, 1f, Color.FromSKColor(theme.Danger), LinePattern.Dashed);
        target.LegendText = "Target";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            months.Select(X).ToArray(), months.Select(m => m.ToString("MMM yy", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        var shown = trends.Where(t => onlyCoderId is null || t.CoderId == onlyCoderId).SelectMany(t => t.Points).ToList();
        var low = Math.Max(0, Math.Floor(Math.Min(shown.Min(p => p.Accuracy), report.Target) * 20) * 5 - 2);
        plot.Axes.SetLimits(-0.3, months.Count - 0.7, low, 101);
        if (onlyCoderId is null)
        {
            plot.Legend.FontSize = 7;
            plot.Legend.Alignment = Alignment.LowerRight;
            plot.ShowLegend();
        }
        else plot.HideLegend();
        return plot;
    }
}
