using System.Globalization;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Documents;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// What every document needs besides the order: the shop's letterhead and terms, and its clock, so that
/// times print as the customer read them on the wall clock (shop time zone, yyyy-MM-dd HH:mm).
/// </summary>
public sealed class PrintContext(ShopOptions shop, ShopCalendar calendar)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public ShopOptions Shop => shop;

    public Letterhead Letterhead { get; } = new(shop.Name, shop.Address, shop.Phone, shop.LicenceNumber);

    public string Time(DateTime utc) => calendar.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", Invariant);

    public string? Time(DateTime? utc) => utc is { } t ? Time(t) : null;

    public string Date(DateTime utc) => calendar.ToLocal(utc).ToString("yyyy-MM-dd", Invariant);

    /// <summary>The guarantee's last day as the Civil Code ends it: "2026-12-03 24:00" (shop time).</summary>
    public static string LastDay(DateOnly day) => day.ToString("yyyy-MM-dd", Invariant) + " 24:00";

    /// <summary>¥1,234.50: to the fen, never rounded further.</summary>
    public static string Money(decimal amount) => Domain.Common.Money.Format(amount);

    /// <summary>Hours or quantities as entered: 2.5, 4.5, 1, 0.125 (at most three decimals in the domain).</summary>
    public static string Quantity(decimal value) => value.ToString("#,##0.###", Invariant);

    /// <summary>Labour hours always with a decimal, as a time sheet writes them: 3.0, 2.5, 0.25.</summary>
    public static string Hours(decimal hours) => hours.ToString("#,##0.0##", Invariant);

    public static string Km(int km) => km.ToString("#,##0", Invariant) + " km";

    /// <summary>The plate as the pages show it (京A12345, one form everywhere); "—" for a car without one.</summary>
    public static string Plate(string? plate) => plate ?? "—";

    /// <summary>The name a file gets when downloaded: ASCII only, so every browser and mail client keeps it.</summary>
    public static string FileName(string reference, string document) => $"{reference}-{document}.pdf";

    /// <summary>The plate if the car has one, otherwise the VIN: what the counter calls a car by.</summary>
    public static string CarName(string? plate, string vin) => plate ?? vin;
}
