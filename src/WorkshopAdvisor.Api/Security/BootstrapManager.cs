using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Security;

/// <summary>
/// On the very first start there is nobody to sign in: a manager account is created, with the password
/// from configuration (Bootstrap:ManagerPassword) if one is given, otherwise a random one printed once to
/// the console, never to the log. No default password is ever baked in.
/// </summary>
public static class BootstrapManager
{
    public static async Task EnsureManagerAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var userName = configuration["Bootstrap:ManagerUserName"] ?? "manager";
        var configured = configuration["Bootstrap:ManagerPassword"];
        var password = string.IsNullOrEmpty(configured) ? Passwords.Generate() : configured;
        var manager = User.Create(userName, configuration["Bootstrap:ManagerDisplayName"] ?? "服务经理", Role.Manager, clock.GetUtcNow().UtcDateTime);
        Passwords.Set(manager, password);
        db.Users.Add(manager);
        await db.SaveChangesAsync(ct);
        if (string.IsNullOrEmpty(configured))
        {
            await Console.Out.WriteLineAsync($"""

                ==== First start: a manager account was created ====
                  user name: {manager.UserName}
                  password:  {password}
                Write it down now: it is shown only this once. Sign in at /app, or with POST /auth/token.
                =====================================================

                """);
        }
    }
}
