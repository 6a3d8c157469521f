using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// A stored order with what it only refers to: the customer's address and the engine number (as the signed work
/// order states them; before anyone signed, as the archive holds them now) and the signature images drawn on a pad
/// or the signing page (kept apart to keep orders light; photos of signed paper are not printed, only mentioned).
/// </summary>
public sealed record PrintableOrder(RepairOrder Order, string? CustomerAddress, string? EngineNumber, IReadOnlyDictionary<Guid, byte[]> SignatureImages)
{
    public static async Task<PrintableOrder> LoadAsync(OrderStore store, long id, CancellationToken ct)
    {
        var order = await store.LoadAsync(id, ct, tracking: false);
        var db = store.Db;
        var particulars = order.SignedParticulars ?? await RepairOrders.SignatureImages.ParticularsAsync(db, order, ct);
        var imageIds = order.Signatures.Where(s => s.Method is SignatureMethod.InPerson or SignatureMethod.Remote).Select(s => s.ImageId).OfType<Guid>().ToList();
        var images = imageIds.Count == 0
            ? new Dictionary<Guid, byte[]>()
            : await db.SignatureImages.AsNoTracking().Where(i => imageIds.Contains(i.Id) && i.ContentType == SignatureImage.Png)
                .ToDictionaryAsync(i => i.Id, i => i.Image, ct);
        return new PrintableOrder(order, particulars.CustomerAddress, particulars.EngineNumber, images);
    }

    /// <summary>The signature given on exactly this version; one given on an earlier version does not count for it.</summary>
    public (WorkOrderSignature Signature, byte[]? Png)? SignatureOn(EstimateVersion version, SignatureParty party) =>
        Order.Signatures.FirstOrDefault(s => s.Party == party && s.ContentHash == version.ContentHash) is { } signature
            ? (signature, signature.ImageId is { } id ? SignatureImages.GetValueOrDefault(id) : null)
            : null;
}
