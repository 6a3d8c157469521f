using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WorkshopAdvisor.Infrastructure;

namespace WorkshopAdvisor.Api.Operations;

/// <summary>
/// For a reverse proxy or an orchestrator, without sign-in: <c>/health/live</c> answers while the process serves
/// requests at all (restart it if not); <c>/health/ready</c> checks the database and the care engine (send it no
/// requests if not). 200 when healthy, 503 when not, with each check's state as JSON and nothing secret.
/// </summary>
public static class Health
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous().WithDisplayName("Health: live");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Ready), ResponseWriter = WriteAsync })
            .AllowAnonymous().WithDisplayName("Health: ready");
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
