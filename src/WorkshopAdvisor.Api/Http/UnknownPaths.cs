namespace WorkshopAdvisor.Api.Http;

/// <summary>
/// A path nothing answers (<c>/favicon.ico</c>, <c>/health</c>) is 404 for everyone. Without this, the fallback
/// authorization policy (every endpoint needs a signed-in user) would answer it 401, as if signing in could make it exist.
/// </summary>
public static class UnknownPaths
{
    public static IApplicationBuilder UseNotFoundForUnknownPaths(this IApplicationBuilder app) => app.Use((http, next) =>
        http.GetEndpoint() is null
            ? Problems.NotFound($"Nothing is at {http.Request.Path}.").ExecuteAsync(http)
            : next(http));
}
