using System.Text.RegularExpressions;
using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Identifiers;

/// <summary>
/// Chinese number plate (车牌号): province character + issuing-office letter + 5 characters (7 in all),
/// or for new-energy vehicles 6 characters after the letter (8 in all), where D/F marks
/// battery-electric / other (first of the six on small vehicles, last on large ones).
/// Stored, shown on the pages and printed in one form, without the separator dot that is often written after the
/// office letter (京A12345), so that what the counter reads off a page is what it finds on paper and in a search.
/// </summary>
public static partial class Plate
{
    public const string Provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    public static string Normalize(string? value)
    {
        var chars = (value ?? string.Empty).Trim().ToUpperInvariant()
            .Where(c => c is not (' ' or '·' or '•' or '-' or '.' or '・'));
        return new string(chars.ToArray());
    }

    public static string Parse(string? value, string field = "plate")
    {
        var plate = Normalize(value);
        if (plate.Length == 0)
        {
            throw new InvalidValueException(field, "is required");
        }
        if (!Provinces.Contains(plate[0], StringComparison.Ordinal))
        {
            throw new InvalidValueException(field, $"must start with a province character such as 京, 沪 or 粤, not '{plate[0]}'");
        }
        var valid = plate.Length switch
        {
            7 => Conventional().IsMatch(plate),
            8 => NewEnergy().IsMatch(plate),
            _ => false,
        };
        if (!valid)
        {
            throw new InvalidValueException(field,
                "is not a valid plate: expected province + office letter + 5 characters (e.g. 京A12345), or a new-energy plate with 6 characters marked D or F (e.g. 粤BD12345)");
        }
        return plate;
    }

    // Letters I and O are never issued: they read as 1 and 0.
    [GeneratedRegex("^.[A-HJ-NP-Z][A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳领]$")]
    private static partial Regex Conventional();

    [GeneratedRegex("^.[A-HJ-NP-Z]([DF][A-HJ-NP-Z0-9][0-9]{4}|[0-9]{5}[DF])$")]
    private static partial Regex NewEnergy();
}
