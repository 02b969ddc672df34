namespace CodingAudit.Reports.Pdf.Layout;

/// <summary>An element placed on a page at a vertical offset inside the content area.</summary>
internal sealed record Placed(Element Element, float Y);

/// <summary>
/// Lays elements out in one column over pages of a fixed content height. The first pass of the two-pass render:
/// the page count is known before anything is drawn, so footers can say "Page x of y".
/// </summary>
internal static class PageFlow
{
    public static List<List<Placed>> Paginate(IEnumerable<Element> elements, float width, float height)
    {
        var pages = new List<List<Placed>>();
        var page = new List<Placed>();
        float y = 0;
        var pending = new LinkedList<Element>(elements);

        void NewPage()
        {
            pages.Add(page);
            page = [];
            y = 0;
        }

        while (pending.First is { } node)
        {
            var element = node.Value;
            pending.RemoveFirst();
            if (element is PageBreak)
            {
                if (page.Count > 0) NewPage();
                continue;
            }
            var h = element.Measure(width);
            var needed = h;
            if (element.KeepWithNext && pending.First is { } next)
                needed += Math.Min(next.Value.Measure(width), 60);
            if (y + needed <= height)
            {
                page.Add(new Placed(element, y));
                y += h;
                continue;
            }
            var (head, tail) = element.Split(width, height - y);
            if (head is not null)
            {
                page.Add(new Placed(head, y));
                NewPage();
                if (tail is not null) pending.AddFirst(tail);
                continue;
            }
            if (y > 0)
            {
                NewPage();
                pending.AddFirst(element);
                continue;
            }
            if (element is KeepTogether group)
            {
                // Taller than a page: let its children flow instead.
                foreach (var child in group.Children.Reverse()) pending.AddFirst(child);
                continue;
            }
            // Taller than an empty page and unsplittable: place it anyway rather than loop.
            page.Add(new Placed(element, y));
            NewPage();
        }
        if (page.Count > 0 || pages.Count == 0) pages.Add(page);
        return pages;
    }
}
