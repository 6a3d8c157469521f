using WorkshopAdvisor.Api.Features.Signing;
using WorkshopAdvisor.Domain.Staff;

namespace WorkshopAdvisor.Testing;

/// <summary>The advisor's signing link and what a customer's browser sends back through it.</summary>
public static class SigningLinks
{
    /// <summary>A 1×1 PNG as a canvas would send it.</summary>
    public static readonly string SignatureDataUrl = "data:image/png;base64," + Convert.ToBase64String(TestImages.SignaturePng);

    public static async Task<(SigningLinkResponse Link, string Path)> SigningLinkAsync(this ShopFixture shop, long orderId, int version)
    {
        var link = await (await shop.As(Role.Advisor).PostJson($"/repair-orders/{orderId}/estimates/{version}/signing-link")).Read<SigningLinkResponse>();
        return (link, new Uri(link.Url).AbsolutePath);
    }

    /// <summary>The form the signing page posts: a choice per line, the name, the signature, the hash shown.</summary>
    public static FormUrlEncodedContent Form(IEnumerable<int> approved, IEnumerable<int> declined, string? name = "张伟", string? signature = null,
        string? contentHash = null)
    {
        var fields = approved.Select(n => KeyValuePair.Create($"line-{n}", "approve"))
            .Concat(declined.Select(n => KeyValuePair.Create($"line-{n}", "decline")))
            .ToList();
        if (name is not null)
        {
            fields.Add(KeyValuePair.Create("name", name));
        }
        fields.Add(KeyValuePair.Create("signature", signature ?? SignatureDataUrl));
        if (contentHash is not null)
        {
            fields.Add(KeyValuePair.Create("contentHash", contentHash));
        }
        return new FormUrlEncodedContent(fields);
    }
}
