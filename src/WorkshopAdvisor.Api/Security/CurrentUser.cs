using System.Globalization;
using System.Security.Claims;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Security;

/// <summary>
/// The signed-in member of staff, read from the request's claims; the system when there is no request.
/// A request may name its actor itself (an <see cref="ICurrentActor"/> feature): the customer's signing page does.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentActor
{
    private ICurrentActor? Named => accessor.HttpContext?.Features.Get<ICurrentActor>();

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public long? UserId => Named is { } named ? named.UserId
        : Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? long.Parse(id, CultureInfo.InvariantCulture) : null;

    public string Name => Named?.Name ?? Principal?.FindFirstValue(ClaimTypes.Name) ?? SystemActor.Instance.Name;

    public string Role => Named?.Role ?? Principal?.FindFirstValue(ClaimTypes.Role) ?? SystemActor.Instance.Role;
}

public static class ClaimsPrincipalExtensions
{
    public static StaffRef Staff(this ClaimsPrincipal user) => new(
        long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."), CultureInfo.InvariantCulture),
        user.FindFirstValue(ClaimTypes.Name) ?? string.Empty);

    public static bool IsIn(this ClaimsPrincipal user, Role role) => user.IsInRole(role.ToString());

    /// <summary>The role the account has now (the account check puts it on every signed-in request).</summary>
    public static Role StaffRole(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : throw new InvalidOperationException("Not signed in as a member of staff.");

    public static ClaimsPrincipal ToPrincipal(this User user, string authenticationType) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
            new Claim("username", user.UserName),
        ],
        authenticationType));
}
