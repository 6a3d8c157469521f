using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

public sealed record AccessoryRequest(string? Name, int Count);

public sealed record DamageNoteRequest(string? Area, string? Description);

public sealed record ReceptionRequest(
    long? VehicleId,
    int? OdometerKm,
    int? FuelLevelPercent,
    IReadOnlyList<AccessoryRequest>? Accessories,
    IReadOnlyList<DamageNoteRequest>? DamageNotes,
    bool ValuablesReminderAcknowledged,
    string? CustomerDescription,
    bool CustomerWaits,
    bool KeepsOldParts,
    long? WarrantyReturnOf,
    bool NotAWarrantyReturn)
{
    public ReceptionDetails ToDetails() => new(
        OdometerKm!.Value,
        FuelLevelPercent!.Value,
        [.. (Accessories ?? []).Select(a => new Accessory(a.Name ?? string.Empty, a.Count))],
        [.. (DamageNotes ?? []).Select(d => new DamageNote(d.Area ?? string.Empty, d.Description ?? string.Empty))],
        ValuablesReminderAcknowledged,
        CustomerDescription,
        CustomerWaits,
        KeepsOldParts,
        NotAWarrantyReturn);
}

public sealed class ReceptionRequestValidator : AbstractValidator<ReceptionRequest>
{
    public ReceptionRequestValidator()
    {
        RuleFor(r => r.VehicleId).NotNull();
        RuleFor(r => r.OdometerKm).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(r => r.FuelLevelPercent).NotNull().InclusiveBetween(0, 100);
        RuleFor(r => r.CustomerDescription).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.ValuablesReminderAcknowledged).Equal(true).WithMessage("the customer must be reminded to take valuables out, and acknowledge it");
        RuleForEach(r => r.Accessories).ChildRules(a =>
        {
            a.RuleFor(x => x.Name).NotEmpty();
            a.RuleFor(x => x.Count).InclusiveBetween(1, 100);
        });
        RuleForEach(r => r.DamageNotes).ChildRules(d =>
        {
            d.RuleFor(x => x.Area).NotEmpty();
            d.RuleFor(x => x.Description).NotEmpty();
        });
    }
}

/// <summary>接车: the car comes in, a repair order is opened (for a warranty return, linked to the original).</summary>
public static class ReceptionEndpoints
{
    public static void MapReception(this RouteGroupBuilder orders) =>
        orders.MapPost("/", Receive).Validate<ReceptionRequest>().RequireAuthorization(Policies.FrontDesk)
            .WithSummary("Receives a car: opens a repair order with the reception record (and, for a warranty return, the original order).");

    private static async Task<IResult> Receive(ReceptionRequest request, HttpContext http, WorkshopDbContext db, ShopCalendar calendar, CancellationToken ct)
    {
        var vehicle = await db.Vehicles.SingleOrDefaultAsync(v => v.Id == request.VehicleId, ct);
        if (vehicle is null)
        {
            return Problems.Validation("vehicleId", $"no vehicle {request.VehicleId} in the archive");
        }
        var customer = await db.Customers.SingleAsync(c => c.Id == vehicle.CustomerId, ct);
        var open = await db.RepairOrders.AsNoTracking()
            .Where(o => o.VehicleId == vehicle.Id && o.Status != OrderStatus.HandedOver && o.Status != OrderStatus.Cancelled)
            .Select(o => o.Number).FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            return Results.Problem(Problems.Create(StatusCodes.Status409Conflict, "vehicle-has-open-order", "The car is already in the shop",
                $"Order {open} for this vehicle is still open: continue that one, or hand over or cancel it first."));
        }
        RepairOrder? original = null;
        if (request.WarrantyReturnOf is { } originalId)
        {
            original = await db.RepairOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == originalId, ct);
            if (original is null)
            {
                return Problems.Validation("warrantyReturnOf", $"no repair order {originalId}");
            }
        }

        var now = calendar.UtcNow;
        var advisor = http.User.Staff();
        // Orders whose guarantee may still run: the domain decides whether one covers the car as it arrives.
        var guaranteed = original is null ? await GuaranteeQueries.EndingAfter(db, [vehicle.Id], now).ToListAsync(ct) : [];
        var number = await ShopNumbers.NextAsync(db, calendar, "RO", ct);
        var order = original is null
            ? RepairOrder.Receive(number, customer, vehicle, advisor, request.ToDetails(), guaranteed, now)
            : RepairOrder.ReceiveWarrantyReturn(number, customer, vehicle, advisor, request.ToDetails(), original, now);
        db.RepairOrders.Add(order);
        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = OrderStore.ETag(order.Version);
        return Results.Created($"/repair-orders/{order.Id}", order.ToResponse(now));
    }
}
