namespace WorkshopAdvisor.Documents.Tests;

public class PaginatorTests
{
    private static LayoutUnit Unit(double height, bool keepWithNext = false, LayoutUnit? repeat = null) =>
        new(height, []) { KeepWithNext = keepWithNext, RepeatOnNewPage = repeat };

    [Fact]
    public void Paginate_WhenAHeadingWouldEndAPage_MovesItToTheNextPageWithItsBlock()
    {
        var heading = Unit(20, keepWithNext: true);
        var block = Unit(30);

        var pages = Paginator.Paginate([Unit(60), heading, block], bodyHeight: 100);

        Assert.Equal(2, pages.Count);
        Assert.Equal([heading, block], pages[1].Select(p => p.Unit));
    }

    [Fact]
    public void Paginate_WhenATableContinues_PrintsItsHeaderFirstOnTheNewPage()
    {
        var header = Unit(10, keepWithNext: true);
        var rows = Enumerable.Range(0, 12).Select(_ => Unit(20, repeat: header)).ToList();

        var pages = Paginator.Paginate([header, .. rows], bodyHeight: 100);

        Assert.All(pages, page => Assert.Same(header, page[0].Unit));
        Assert.Equal(rows, pages.SelectMany(page => page.Skip(1)).Select(p => p.Unit));
        Assert.All(pages.SelectMany(page => page), p => Assert.True(p.Top + p.Unit.Height <= 100));
    }

    [Fact]
    public void Paginate_WhenAUnitIsTallerThanAPage_PlacesItOnceAndGoesOn()
    {
        var pages = Paginator.Paginate([Unit(10), Unit(150), Unit(10)], bodyHeight: 100);

        Assert.Equal([1, 1, 1], pages.Select(page => page.Count));
    }

    [Fact]
    public void Paginate_WhenUnitsThatStayTogetherCannotFitOnAnyPage_FillsPagesRatherThanOneUnitPerPage()
    {
        var chain = Enumerable.Range(0, 6).Select(i => Unit(30, keepWithNext: i < 5)).ToList();

        var pages = Paginator.Paginate([Unit(10), .. chain], bodyHeight: 100);

        Assert.Equal([4, 3], pages.Select(page => page.Count));
    }

    [Fact]
    public void Paginate_WhenThereIsNothing_ReturnsOneEmptyPage()
    {
        Assert.Single(Paginator.Paginate([], bodyHeight: 100));
    }

    [Fact]
    public void Paginate_AtTheTopOfAPage_DropsTheSpaceBefore()
    {
        var second = new LayoutUnit(50, [], SpaceBefore: 8);

        var pages = Paginator.Paginate([Unit(90), second], bodyHeight: 100);

        Assert.Equal(0, pages[1][0].Top);
    }
}
