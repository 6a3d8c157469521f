using WorkshopAdvisor.Domain.Identifiers;

namespace WorkshopAdvisor.DataGenerator;

/// <summary>Unique plates, VINs and phone numbers, valid by the domain's own rules.</summary>
internal sealed class Identifiers(Random random)
{
    private const string PlateChars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private const string VinChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static readonly string[] Wmis = ["LSV", "LFV", "LVS", "LHG", "LGX", "LBV", "LFM", "LSG"];
    private readonly HashSet<string> _plates = [];
    private readonly HashSet<string> _vins = [];
    private readonly HashSet<string> _phones = [];

    public string Plate(bool newEnergy)
    {
        while (true)
        {
            var office = "ABCEFGHJKLMNPQ"[random.Next(14)];
            var plate = newEnergy
                ? $"京{office}{(random.Next(2) == 0 ? 'D' : 'F')}{PlateChars[random.Next(PlateChars.Length)]}{random.Next(10_000):D4}"
                : $"京{office}{new string(Enumerable.Range(0, 5).Select(_ => PlateChars[random.Next(PlateChars.Length)]).ToArray())}";
            if (_plates.Add(plate))
            {
                return plate;
            }
        }
    }

    public string Vin()
    {
        while (true)
        {
            var chars = Enumerable.Range(0, 17).Select(_ => VinChars[random.Next(VinChars.Length)]).ToArray();
            Wmis[random.Next(Wmis.Length)].CopyTo(0, chars, 0, 3);
            chars[8] = '0';
            chars[8] = WorkshopAdvisor.Domain.Identifiers.Vin.CheckDigit(new string(chars));
            var vin = new string(chars);
            if (_vins.Add(vin))
            {
                return vin;
            }
        }
    }

    public string Phone()
    {
        while (true)
        {
            var phone = $"1{random.Next(3, 10)}{random.Next(100_000_000, 1_000_000_000)}";
            if (_phones.Add(PhoneNumber.Parse(phone)))
            {
                return phone;
            }
        }
    }
}
