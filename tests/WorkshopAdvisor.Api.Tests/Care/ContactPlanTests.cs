using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Testing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Api.Tests.Care;

/// <summary>The ABC contact plan: A weekly, B monthly, C every six months, from the last contact that reached the customer.</summary>
public sealed class ContactPlanTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Theory]
    [InlineData("A", 7)]
    [InlineData("B", 30)]
    [InlineData("C", 182)]
    public async Task Register_ByClass_PlansTheNextContactOneIntervalAhead(string @class, int days)
    {
        var now = shop.Clock.GetUtcNow().UtcDateTime;
        var id = await shop.NewCustomerAsync(@class);

        var care = await CareOf(id);

        Assert.Equal(now + TimeSpan.FromDays(days), care.NextCareContactAt);
        Assert.Null(care.LastCareContactAt);
    }

    [Fact]
    public async Task LogContact_WhenReached_CountsTheNextContactFromNow()
    {
        var id = await shop.NewCustomerAsync("A");
        shop.Clock.Advance(TimeSpan.FromDays(8));
        var now = shop.Clock.GetUtcNow().UtcDateTime;
        Assert.Contains(await shop.CallListAsync("kind=Contact"), i => i.CustomerId == id);

        var care = await (await shop.As(Role.CareAgent).PostJson($"/customers/{id}/care-contacts", new { reached = true, note = "客户推荐了一位朋友" })).Read<CustomerCareResponse>();

        Assert.Equal(now, care.LastCareContactAt);
        Assert.Equal(now + TimeSpan.FromDays(7), care.NextCareContactAt);
        Assert.Equal("客户推荐了一位朋友", Assert.Single(care.Contacts).Note);
        Assert.DoesNotContain(await shop.CallListAsync("kind=Contact"), i => i.CustomerId == id);
    }

    [Fact]
    public async Task LogContact_WhenNotReached_TriesAgainAfterTheRetryDelay()
    {
        var id = await shop.NewCustomerAsync("B");
        var now = shop.Clock.GetUtcNow().UtcDateTime;

        var care = await (await shop.As(Role.CareAgent).PostJson($"/customers/{id}/care-contacts", new { reached = false })).Read<CustomerCareResponse>();

        Assert.Null(care.LastCareContactAt);
        Assert.Equal(now + TimeSpan.FromDays(1), care.NextCareContactAt);
    }

    [Fact]
    public async Task ChangeClass_FromCToA_RecomputesTheNextContact()
    {
        var id = await shop.NewCustomerAsync("C");
        var registered = (await CareOf(id)).NextCareContactAt!.Value - TimeSpan.FromDays(182);

        await (await shop.As(Role.Advisor).PutJson($"/customers/{id}", new { name = "陈静", phones = new[] { Identifiers.Phone() }, @class = "A" })).Read<Workshop.IdOnly>();

        Assert.Equal(registered + TimeSpan.FromDays(7), (await CareOf(id)).NextCareContactAt);
    }

    [Fact]
    public async Task CallList_WhenAContactComesDue_ShowsItAsAContactUntilItIsOverdue()
    {
        var id = await shop.NewCustomerAsync("A");
        Assert.Contains(await shop.CallListAsync("view=Upcoming&kind=Contact"), i => i.CustomerId == id);

        shop.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        var due = Assert.Single(await shop.CallListAsync("view=Due&kind=Contact"), i => i.CustomerId == id);
        Assert.Equal(CallListKind.Contact, due.Kind);
        Assert.False(due.IsOverdue);

        shop.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(Assert.Single(await shop.CallListAsync("view=Overdue&kind=Contact"), i => i.CustomerId == id).IsOverdue);
    }

    private async Task<CustomerCareResponse> CareOf(long id) =>
        await (await shop.As(Role.CareAgent).GetAsync($"/customers/{id}/care")).Read<CustomerCareResponse>();
}
