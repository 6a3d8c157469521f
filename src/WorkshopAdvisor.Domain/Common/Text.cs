namespace WorkshopAdvisor.Domain.Common;

internal static class Text
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new InvalidValueException(field, "is required");
        }
        return MaxLength(trimmed, field, maxLength)!;
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, field, maxLength);
    }

    private static string? MaxLength(string value, string field, int maxLength) =>
        value.Length <= maxLength ? value : throw new InvalidValueException(field, $"must be at most {maxLength} characters");
}
