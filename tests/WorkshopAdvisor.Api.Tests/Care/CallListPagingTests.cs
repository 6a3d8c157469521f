using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>The call list page by page. A database of its own, so the total is exact.</summary>
public sealed class CallListPagingTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Fact]
    public async Task CallList_WithPages_ReturnsEachCallOnceInDueOrderAndTheTotal()
    {
        for (var i = 0; i < 3; i++)
        {
            await shop.HandOverACarAsync();
            shop.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        shop.Clock.Advance(TimeSpan.FromDays(8));
        await shop.RunDueAsync();

        var pages = new List<CallListItem>();
        PagedList<CallListItem> page;
        var number = 1;
        do
        {
            page = await (await shop.As(Role.CareAgent).GetAsync($"/care/calls?view=Open&kind=Revisit&pageSize=2&page={number++}")).Read<PagedList<CallListItem>>();
            Assert.True(page.Items.Count <= 2);
            pages.AddRange(page.Items);
        }
        while (page.Items.Count == 2);

        Assert.Equal(page.Total, pages.Count);
        Assert.True(pages.Count >= 6, "two due calls per car");
        Assert.Equal(pages.Count, pages.Select(p => p.Id).Distinct().Count());
        Assert.Equal(pages.Select(p => p.DueAt).Order(), pages.Select(p => p.DueAt));
        Assert.Contains(pages, p => p.IsOverdue);
    }
}
