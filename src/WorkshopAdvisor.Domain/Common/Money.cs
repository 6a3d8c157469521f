namespace WorkshopAdvisor.Domain.Common;

/// <summary>Amounts are CNY in yuan with two decimals (fen); never floating point.</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal RequireAmount(decimal amount, string field, bool allowZero = true)
    {
        if (amount < 0 || (!allowZero && amount == 0))
        {
            throw new InvalidValueException(field, allowZero ? "must not be negative" : "must be greater than zero");
        }
        if (decimal.Round(amount, 2) != amount)
        {
            throw new InvalidValueException(field, "must have at most two decimals (fen)");
        }
        return amount;
    }

    public static string Format(decimal amount) => "¥" + amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
}
