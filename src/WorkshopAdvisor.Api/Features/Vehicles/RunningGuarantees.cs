using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Vehicles;

/// <summary>
/// Which guarantees on earlier work still run on a car, so that the front desk sees it at the look-up, on the
/// vehicle's card and at reception instead of having to remember it. The database narrows to the orders whose
/// days have not run out; the domain decides, with the odometer, whether each still covers the car.
/// </summary>
public static class GuaranteeQueries
{
    public static IQueryable<RepairOrder> EndingAfter(WorkshopDbContext db, IReadOnlyCollection<long> vehicleIds, DateTime now) =>
        db.RepairOrders.AsNoTracking()
            .Where(o => vehicleIds.Contains(o.VehicleId) && o.Status == OrderStatus.HandedOver && o.Guarantee!.EndsAt > now);

    /// <summary>The guarantees running on each vehicle at its last known odometer reading, latest ending first.</summary>
    public static async Task<ILookup<long, RunningGuarantee>> RunningAsync(WorkshopDbContext db, IReadOnlyDictionary<long, int> odometerByVehicle, DateTime now,
        CancellationToken ct)
    {
        var orders = await EndingAfter(db, [.. odometerByVehicle.Keys], now).ToListAsync(ct);
        return orders
            .Select(o => (o.VehicleId, Running: o.GuaranteeRunningAt(now, odometerByVehicle[o.VehicleId])))
            .Where(x => x.Running is not null)
            .OrderByDescending(x => x.Running!.EndsAt)
            .ToLookup(x => x.VehicleId, x => x.Running!);
    }
}
