using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Staff;

/// <summary>
/// The general manager approves the largest compensation, so their accounts are theirs to manage: a service
/// manager who could make anyone (themselves included) a general manager, or disable or reset one, could
/// approve it themselves. While the shop has no active general manager, the service manager may make the first.
/// </summary>
public static class GeneralManagerAccounts
{
    /// <param name="actor">The role of whoever manages the account.</param>
    /// <param name="accountRole">The account's role now (null: it is being created).</param>
    /// <param name="newRole">The role it is being given (null: not changing).</param>
    /// <param name="shopHasActiveGeneralManager">Whether any general manager's account is active.</param>
    public static void RequireMayManage(Role actor, Role? accountRole, Role? newRole, bool shopHasActiveGeneralManager)
    {
        var touchesGeneralManager = accountRole == Role.GeneralManager || newRole == Role.GeneralManager;
        if (touchesGeneralManager && actor != Role.GeneralManager && shopHasActiveGeneralManager)
        {
            throw new RuleViolationException("general-manager-accounts",
                "Only a general manager makes, changes, disables or resets a general manager's account (a service manager may only make the first).",
                $"account {accountRole?.ToString() ?? "new"}{(newRole is { } r ? $" -> {r}" : string.Empty)}");
        }
    }
}
