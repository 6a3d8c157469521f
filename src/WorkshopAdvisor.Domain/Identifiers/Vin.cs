using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.Identifiers;

/// <summary>
/// Vehicle identification number (车架号): 17 characters, digits and capitals without I, O, Q.
/// Position 9 is a check digit (GB 16735 / ISO 3779), required for vehicles made for the Chinese
/// market; imports may lack it, so the check can be waived for an imported vehicle.
/// </summary>
public static class Vin
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public static string Normalize(string? value) => (value ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Returns the normalized VIN or throws <see cref="InvalidValueException"/> saying what is wrong.</summary>
    public static string Parse(string? value, bool imported, string field = "vin")
    {
        var vin = Normalize(value);
        if (vin.Length != 17)
        {
            throw new InvalidValueException(field, $"must be 17 characters, got {vin.Length}");
        }
        foreach (var c in vin)
        {
            if (Transliterate(c) < 0)
            {
                throw new InvalidValueException(field, $"contains '{c}': only digits and capital letters except I, O and Q are allowed");
            }
        }
        var expected = CheckDigit(vin);
        if (!imported && vin[8] != expected)
        {
            throw new InvalidValueException(field, $"check digit (9th character) is '{vin[8]}' but the other characters require '{expected}'");
        }
        return vin;
    }

    /// <summary>The check digit the other 16 characters call for ('0'..'9' or 'X').</summary>
    public static char CheckDigit(string vin)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Transliterate(vin[i]) * Weights[i];
        }
        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => -1,
    };
}
