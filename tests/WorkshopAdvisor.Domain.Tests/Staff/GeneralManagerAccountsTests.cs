using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Domain.Tests.Staff;

/// <summary>The general manager approves the largest compensation, so a service manager cannot make, change, disable or reset one.</summary>
public sealed class GeneralManagerAccountsTests
{
    [Theory]
    [InlineData(null, Role.GeneralManager)]
    [InlineData(Role.Manager, Role.GeneralManager)]
    [InlineData(Role.GeneralManager, Role.Manager)]
    [InlineData(Role.GeneralManager, null)]
    public void RequireMayManage_WhenTheServiceManagerTouchesAGeneralManagersAccountWhileOneIsActive_IsRefusedByGeneralManagerAccounts(Role? accountRole, Role? newRole)
    {
        var ex = Assert.Throws<RuleViolationException>(() => GeneralManagerAccounts.RequireMayManage(Role.Manager, accountRole, newRole, shopHasActiveGeneralManager: true));

        Assert.Equal("general-manager-accounts", ex.Rule);
    }

    [Fact]
    public void RequireMayManage_WhenTheShopHasNoActiveGeneralManager_LetsTheServiceManagerMakeTheFirst() =>
        GeneralManagerAccounts.RequireMayManage(Role.Manager, null, Role.GeneralManager, shopHasActiveGeneralManager: false);

    [Theory]
    [InlineData(Role.GeneralManager, null, Role.GeneralManager)]
    [InlineData(Role.Manager, Role.Advisor, Role.CareAgent)]
    public void RequireMayManage_WhenTheGeneralManagerActsOrNoGeneralManagerIsTouched_IsAllowed(Role actor, Role? accountRole, Role? newRole) =>
        GeneralManagerAccounts.RequireMayManage(actor, accountRole, newRole, shopHasActiveGeneralManager: true);
}
