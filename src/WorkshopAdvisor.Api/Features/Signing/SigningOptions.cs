namespace WorkshopAdvisor.Api.Features.Signing;

/// <summary>Section "Signing" of the configuration: the customer's signing links.</summary>
public sealed class SigningOptions
{
    /// <summary>How long a link works after the advisor made it.</summary>
    public int LinkHours { get; set; } = 24;

    /// <summary>
    /// The address customers reach the shop's API at (e.g. https://service.example-4s.cn), used to build the link.
    /// Empty: the address the advisor's request came in on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
