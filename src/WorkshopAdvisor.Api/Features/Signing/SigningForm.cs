using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Signing;

/// <summary>
/// What the customer submitted: a choice per line (<c>line-{n}</c> = approve | decline), their name, the
/// signature as a PNG data URL, the content hash of the version the page showed, and whether they ticked their
/// consent to the new ceiling a supplementary estimate proposes.
/// </summary>
public sealed record SigningForm(
    IReadOnlyDictionary<int, bool> Choices,
    string Name,
    string? SignaturePng,
    string? ContentHash,
    string? Error,
    bool ConsentsToNewCeiling = false)
{
    public const int MaxNameLength = 50;

    public static readonly SigningForm Empty = new(new Dictionary<int, bool>(), string.Empty, null, null, null);

    public IReadOnlyCollection<int> Approved => [.. Choices.Where(c => c.Value).Select(c => c.Key)];

    public IReadOnlyCollection<int> Declined => [.. Choices.Where(c => !c.Value).Select(c => c.Key)];

    public static SigningForm Read(IFormCollection form, EstimateVersion version)
    {
        var choices = new Dictionary<int, bool>();
        foreach (var line in version.Lines)
        {
            switch (form[$"line-{line.Number}"].ToString())
            {
                case "approve":
                    choices[line.Number] = true;
                    break;
                case "decline":
                    choices[line.Number] = false;
                    break;
                default:
                    break;
            }
        }
        var name = form["name"].ToString().Trim();
        var signature = form["signature"].ToString();
        var hash = form["contentHash"].ToString();
        var error =
            choices.Count < version.Lines.Count ? SigningText.ChooseEveryLine
            : name.Length == 0 ? SigningText.NameMissing
            : name.Length > MaxNameLength ? SigningText.NameTooLong
            : string.IsNullOrEmpty(signature) ? SigningText.SignatureMissing
            : null;
        return new SigningForm(choices, name, signature, string.IsNullOrEmpty(hash) ? null : hash, error, form["consentCeiling"].ToString() == "yes");
    }
}
