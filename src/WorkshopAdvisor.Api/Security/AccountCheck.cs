using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Security;

/// <summary>
/// A sign-in lasts a shift, but the account can change within it: the manager disables a technician who
/// has left, or gives someone another role. Every signed-in request is held against the account as it is
/// now: a disabled account is signed in no more (401; the pages go back to sign-in), and the role is the
/// current one, not the one in the token. The account is read at most every <see cref="Freshness"/> per
/// user and process; the user endpoints forget it at once when they change it, so on a single instance the
/// change holds from the next request, and with several instances within those seconds. Refusing a sign-in
/// must happen while authenticating (the bearer and cookie events call <see cref="IsEnabledAsync"/>): a
/// principal emptied afterwards would be answered 403, as if the person were signed in but not allowed.
/// </summary>
public sealed class AccountCheck(IServiceScopeFactory scopes, IMemoryCache cache) : IClaimsTransformation
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(15);

    private sealed record Account(bool IsActive, Role Role, string DisplayName);

    /// <summary>Whether the signed-in account may still act; the sign-in events refuse it (401) when not.</summary>
    public async Task<bool> IsEnabledAsync(ClaimsPrincipal principal) => await FindAsync(principal) is not { IsActive: false };

    /// <summary>The role and name as they are now: a role changed within the shift holds from the next request.</summary>
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (await FindAsync(principal) is not { IsActive: true } account
            || (principal.IsInRole(account.Role.ToString()) && principal.FindFirstValue(ClaimTypes.Name) == account.DisplayName))
        {
            return principal;
        }
        var current = new ClaimsIdentity(principal.Claims.Where(c => c.Type is not (ClaimTypes.Role or ClaimTypes.Name)), principal.Identity!.AuthenticationType);
        current.AddClaim(new Claim(ClaimTypes.Role, account.Role.ToString()));
        current.AddClaim(new Claim(ClaimTypes.Name, account.DisplayName));
        return new ClaimsPrincipal(current);
    }

    /// <summary>Called where an account is changed, so that this process holds the change from the next request.</summary>
    public void Forget(long userId) => cache.Remove(Key(userId));

    /// <summary>The account of a signed-in principal (null when there is none, or when it is not a staff sign-in).</summary>
    private async Task<Account?> FindAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true }
            || !long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return null;
        }
        return await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
            // A deleted account reads as disabled.
            return await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new Account(u.IsActive, u.Role, u.DisplayName)).SingleOrDefaultAsync() ?? new Account(false, Role.Technician, string.Empty);
        });
    }

    private static string Key(long userId) => $"account:{userId}";
}
