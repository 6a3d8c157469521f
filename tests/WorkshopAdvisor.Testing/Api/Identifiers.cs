using WorkshopAdvisor.Domain.Identifiers;

namespace WorkshopAdvisor.Testing;

/// <summary>Fresh, valid plates, VINs and phone numbers, unique within a test run.</summary>
public static class Identifiers
{
    private const string VinChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static int _counter = Random.Shared.Next(10_000, 50_000);

    public static int Next() => Interlocked.Increment(ref _counter);

    public static string Plate() => $"沪B{Next() % 100_000:D5}";

    public static string NewEnergyPlate() => $"粤BD{Next() % 100_000:D5}";

    public static string Phone() => $"139{Next() % 100_000_000:D8}";

    public static string ValidVin()
    {
        var chars = Enumerable.Range(0, 17).Select(_ => VinChars[Random.Shared.Next(VinChars.Length)]).ToArray();
        "LSV".CopyTo(0, chars, 0, 3);
        chars[8] = '0';
        chars[8] = Vin.CheckDigit(new string(chars));
        return new string(chars);
    }

    /// <summary>A VIN whose 9th character is anything but the right check digit.</summary>
    public static string VinWithWrongCheckDigit()
    {
        var vin = ValidVin().ToCharArray();
        vin[8] = vin[8] == '1' ? '2' : '1';
        return new string(vin);
    }
}
