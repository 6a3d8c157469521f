namespace WorkshopAdvisor.Api.Operations;

/// <summary>
/// Settings whose default is written once, in appsettings.json with the reason for it, and not again in code: a
/// missing or unusable value stops the start with its name rather than falling back to a number nobody sees.
/// </summary>
public static class RequiredSettings
{
    public static int PositiveInt(this IConfiguration configuration, string key) =>
        configuration.GetValue<int?>(key) is > 0 and { } value
            ? value
            : throw new InvalidOperationException($"{key} must be a whole number above 0 (appsettings.json has its default).");
}
