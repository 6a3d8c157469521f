using System.Text.RegularExpressions;
using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Identifiers;

/// <summary>Mainland mobile (11 digits from 13x to 19x) or landline with area code (010-12345678).</summary>
public static partial class PhoneNumber
{
    public static string Normalize(string? value)
    {
        var s = (value ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (s.StartsWith("+86", StringComparison.Ordinal))
        {
            s = s[3..];
        }
        // 138-1234-5678 is how mobiles are often written; dashes stay only in landlines (010-12345678).
        var digits = s.Replace("-", string.Empty, StringComparison.Ordinal);
        return digits.Length == 11 && digits[0] == '1' ? digits : s;
    }

    public static string Parse(string? value, string field = "phone")
    {
        var phone = Normalize(value);
        if (!Mobile().IsMatch(phone) && !Landline().IsMatch(phone))
        {
            throw new InvalidValueException(field, "must be a mobile number of 11 digits (13812345678) or a landline with area code (010-12345678)");
        }
        return phone;
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex("^0[0-9]{2,3}-?[0-9]{7,8}$")]
    private static partial Regex Landline();
}
