using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>
/// The canonical content of an estimate version and its SHA-256. One field per line, invariant
/// formatting, UTC times, free text JSON-quoted (so that no description can imitate a separator): the
/// same version always gives the same hash on any machine, and any change a customer could care about
/// (a line, a price, the ceiling, the promised time, a line's system, a part's grade) gives another. Marks added later are
/// appended only when present, so the hash of a version issued before them is computed as it was.
/// </summary>
public static class EstimateHash
{
    public static string Compute(string orderNumber, EstimateVersion version)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder()
            .Append("order:").Append(orderNumber).Append('\n')
            .Append("version:").Append(version.Number.ToString(c)).Append('\n')
            .Append("kind:").Append(version.Kind).Append('\n')
            .Append("category:").Append(version.Category).Append('\n')
            .Append("ceiling:").Append(version.Ceiling?.ToString("0.00", c) ?? "-").Append('\n')
            .Append("promised:").Append(version.PromisedCompletionAt.ToString("yyyy-MM-ddTHH:mm:ssZ", c)).Append('\n')
            .Append("guarantee:").Append(version.PromisedGuaranteeKm?.ToString(c) ?? "-").Append('/').Append(version.PromisedGuaranteeDays?.ToString(c) ?? "-").Append('\n')
            .Append("notes:").Append(Quote(version.Notes)).Append('\n');
        foreach (var line in version.Lines)
        {
            text.Append("line:").Append(line.Number.ToString(c))
                .Append('|').Append(line.Kind)
                .Append('|').Append(Quote(line.Description))
                .Append('|').Append(Quote(line.PartNumber))
                .Append('|').Append(line.Quantity.ToString("0.000", c))
                .Append('|').Append(line.UnitPrice.ToString("0.00", c))
                .Append('|').Append(line.Amount.ToString("0.00", c));
            if (line.System is { } system)
            {
                text.Append("|system:").Append(system);
            }
            if (line.Grade is { } grade)
            {
                text.Append("|grade:").Append(grade);
            }
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Quote(string? value) => value is null ? "null" : JsonSerializer.Serialize(value);
}
