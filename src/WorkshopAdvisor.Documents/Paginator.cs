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

            if (page.Count > 0 && MovesToNextPage(units, i, y + space, bodyHeight))
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

    // A unit starts a new page when it, with the units that must stay with it, does not fit below
    // `top`. If those would not fit on a new page either, keeping them together is given up and the
    // unit stays here if it fits alone; a unit taller than a page is placed anyway (and clipped by
    // the footer) rather than sent on an endless chase; layouts split anything that tall first.
    private static bool MovesToNextPage(IReadOnlyList<LayoutUnit> units, int i, double top, double bodyHeight)
    {
        var kept = HeightKeptTogether(units, i);
        if (top + kept <= bodyHeight)
        {
            return false;
        }

        var fitsOnANewPage = (units[i].RepeatOnNewPage?.Height ?? 0) + kept <= bodyHeight;
        return fitsOnANewPage || top + units[i].Height > bodyHeight;
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
