using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Users;

public sealed record UserResponse(long Id, string UserName, string DisplayName, Role Role, bool IsActive);

public sealed record CreateUserRequest(string? UserName, string? DisplayName, Role? Role, string? Password);

public sealed record ChangeRoleRequest(Role? Role);

public sealed record SetPasswordRequest(string? Password);

public sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserValidator()
    {
        RuleFor(r => r.UserName).NotEmpty();
        RuleFor(r => r.DisplayName).NotEmpty();
        RuleFor(r => r.Role).NotNull();
        RuleFor(r => r.Password).NotEmpty().MinimumLength(Passwords.MinimumLength);
    }
}

/// <summary>Staff accounts: the service manager creates them, changes roles, disables them, resets passwords; a general manager's account is the general manager's (GeneralManagerAccounts).</summary>
public static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users").WithTags("Staff").RequireAuthorization(Policies.Manager);

        users.MapGet("/", async (Role? role, WorkshopDbContext db, CancellationToken ct) =>
            await db.Users.AsNoTracking()
                .Where(u => role == null || u.Role == role)
                .OrderBy(u => u.UserName)
                .ProjectToResponse()
                .ToListAsync(ct))
            .WithSummary("All staff accounts, optionally of one role.");

        users.MapPost("/", async (CreateUserRequest request, HttpContext http, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            await RequireMayManageAsync(http, db, null, request.Role, ct);
            var user = User.Create(request.UserName, request.DisplayName, request.Role!.Value, clock.GetUtcNow().UtcDateTime);
            if (await db.Users.AnyAsync(u => u.UserName == user.UserName, ct))
            {
                return Problems.Validation("userName", $"'{user.UserName}' is taken");
            }
            Passwords.Set(user, request.Password);
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/users/{user.Id}", user.ToResponse());
        }).Validate<CreateUserRequest>().WithSummary("Creates a staff account.");

        users.MapPut("/{id:long}/role", async (long id, ChangeRoleRequest request, HttpContext http, WorkshopDbContext db, AccountCheck accounts, CancellationToken ct) =>
        {
            if (request.Role is not { } role)
            {
                return Problems.Validation("role", "is required");
            }
            var user = await Find(db, id, ct);
            await RequireMayManageAsync(http, db, user.Role, role, ct);
            user.ChangeRole(role);
            await db.SaveChangesAsync(ct);
            accounts.Forget(id);
            return Results.Ok(user.ToResponse());
        }).WithSummary("Changes a member of staff's role; it applies to their current sign-ins too.");

        users.MapPost("/{id:long}/deactivation", async (long id, HttpContext http, WorkshopDbContext db, AccountCheck accounts, CancellationToken ct) =>
        {
            if (http.User.Staff().UserId == id)
            {
                return Results.Problem(Problems.Create(StatusCodes.Status409Conflict, "self-deactivation", "Refused", "You cannot disable your own account."));
            }
            var user = await Find(db, id, ct);
            await RequireMayManageAsync(http, db, user.Role, null, ct);
            user.Deactivate();
            await db.SaveChangesAsync(ct);
            accounts.Forget(id);
            return Results.Ok(user.ToResponse());
        }).WithSummary("Disables an account: it can no longer sign in, and its current sign-ins end.");

        users.MapPost("/{id:long}/activation", async (long id, HttpContext http, WorkshopDbContext db, AccountCheck accounts, CancellationToken ct) =>
        {
            var user = await Find(db, id, ct);
            await RequireMayManageAsync(http, db, user.Role, null, ct);
            user.Activate();
            await db.SaveChangesAsync(ct);
            accounts.Forget(id);
            return Results.Ok(user.ToResponse());
        }).WithSummary("Enables a disabled account again.");

        users.MapPut("/{id:long}/password", async (long id, SetPasswordRequest request, HttpContext http, WorkshopDbContext db, CancellationToken ct) =>
        {
            var user = await Find(db, id, ct);
            await RequireMayManageAsync(http, db, user.Role, null, ct);
            Passwords.Set(user, request.Password);
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        }).WithSummary("Sets a new password for an account.");
    }

    private static async Task RequireMayManageAsync(HttpContext http, WorkshopDbContext db, Role? accountRole, Role? newRole, CancellationToken ct) =>
        GeneralManagerAccounts.RequireMayManage(http.User.StaffRole(), accountRole, newRole,
            await db.Users.AnyAsync(u => u.Role == Role.GeneralManager && u.IsActive, ct));

    private static async Task<User> Find(WorkshopDbContext db, long id, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException($"No user {id}.");
}
