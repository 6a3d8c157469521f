using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// A stored order with what it only refers to: the customer's address and the engine number (kept in
/// the archive, not copied onto the order) and the signature images (kept apart to keep orders light).
/// </summary>
public sealed record PrintableOrder(RepairOrder Order, string? CustomerAddress, string? EngineNumber, IReadOnlyDictionary<Guid, byte[]> SignatureImages)
{
    public static async Task<PrintableOrder> LoadAsync(OrderStore store, long id, CancellationToken ct)
    {
        var order = await store.LoadAsync(id, ct, tracking: false);
        var db = store.Db;
        var address = await db.Customers.AsNoTracking().Where(c => c.Id == order.CustomerId).Select(c => c.Address).SingleOrDefaultAsync(ct);
        var engine = await db.Vehicles.AsNoTracking().Where(v => v.Id == order.VehicleId).Select(v => v.EngineNumber).SingleOrDefaultAsync(ct);
        var imageIds = order.Signatures.Select(s => s.ImageId).ToList();
        var images = imageIds.Count == 0
            ? new Dictionary<Guid, byte[]>()
            : await db.SignatureImages.AsNoTracking().Where(i => imageIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Png, ct);
        return new PrintableOrder(order, address, engine, images);
    }

    /// <summary>The signature given on exactly this version; one given on an earlier version does not count for it.</summary>
    public (WorkOrderSignature Signature, byte[]? Png)? SignatureOn(EstimateVersion version, SignatureParty party) =>
        Order.Signatures.FirstOrDefault(s => s.Party == party && s.ContentHash == version.ContentHash) is { } signature
            ? (signature, SignatureImages.GetValueOrDefault(signature.ImageId))
            : null;
}
