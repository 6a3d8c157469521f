namespace WorkshopAdvisor.Documents;

internal sealed record PlacedUnit(LayoutUnit Unit, double Top);

/// <summary>Distributes units over pages of a fixed body height.</summary>
internal static class Paginator
{
    /// <returns>One list of placed units per page; at least one page, even for an empty body.</returns>
    public static List<List<PlacedUnit>> Paginate(IReadOnlyList<LayoutUnit> units, double bodyHeight)
    {
        var pages = new List<List<PlacedUnit>> { new() };
        var y = 0.0;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var page = pages[^1];
            var space = page.Count == 0 ? 0 : unit.SpaceBefore;

            // A unit that does not fit even on an empty page is placed anyway (and clipped by the
            // footer) rather than sent on an endless chase; layouts split anything that tall first.
            if (page.Count > 0 && y + space + HeightKeptTogether(units, i) > bodyHeight)
            {
                page = [];
                pages.Add(page);
                y = 0;
                space = 0;
                if (unit.RepeatOnNewPage is { } repeated)
                {
                    page.Add(new PlacedUnit(repeated, 0));
                    y = repeated.Height;
                }
            }

            page.Add(new PlacedUnit(unit, y + space));
            y += space + unit.Height;
        }

        return pages;
    }

    // The unit plus every following unit that must stay on its page with it.
    private static double HeightKeptTogether(IReadOnlyList<LayoutUnit> units, int first)
    {
        var height = units[first].Height;
        for (var i = first; units[i].KeepWithNext && i + 1 < units.Count; i++)
        {
            height += units[i + 1].SpaceBefore + units[i + 1].Height;
        }

        return height;
    }
}
