namespace WorkshopAdvisor.Api.Http;

internal static class SqlLike
{
    /// <summary>A LIKE pattern matching values that start with <paramref name="text"/>; the caller's own wildcards are dropped.</summary>
    public static string Prefix(string text) => new string(text.Where(c => c is not ('%' or '_' or '\\')).ToArray()) + "%";
}
