using System.Text;

namespace WorkshopAdvisor.Api.Http;

/// <summary>
/// A page the API renders itself, with the headers every page gets: never cached (the signing page has a
/// secret in its URL; staff pages show live data), no referrer sent on (the URL may hold that secret), and
/// a Content-Security-Policy that allows only this server's own scripts and styles, nothing inline.
/// </summary>
public sealed class HtmlPage(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public int StatusCode => statusCode;

    public string Html => html;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        ApplyHeaders(response.Headers);
        return response.WriteAsync(html, Encoding.UTF8, httpContext.RequestAborted);
    }

    public static void ApplyHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
    }
}
