namespace WorkshopAdvisor.Testing;

/// <summary>
/// The trait that sets apart the tests that start processes of their own (the API, bash and curl) or a browser,
/// so that they can run as a step of their own and a fast loop can leave them out:
/// <c>dotnet test --filter "Category!=Process&amp;Category!=Browser"</c>.
/// </summary>
public static class Category
{
    public const string Name = "Category";

    /// <summary>Also the name of the test collection these run in, one at a time and after the others.</summary>
    public const string Process = "Process";

    public const string Browser = "Browser";
}
