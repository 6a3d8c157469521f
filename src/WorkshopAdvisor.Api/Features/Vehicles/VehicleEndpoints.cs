using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Identifiers;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Vehicles;

public static class VehicleEndpoints
{
    public static void MapVehicles(this IEndpointRouteBuilder app)
    {
        app.MapPost("/customers/{customerId:long}/vehicles", async (long customerId, VehicleRequest request, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct))
            {
                throw new NotFoundException($"No customer {customerId}.");
            }
            var vehicle = Vehicle.Register(customerId, request.ToDetails(), request.OdometerKm ?? 0, clock.GetUtcNow().UtcDateTime);
            if (await DuplicateOf(db, vehicle, ct) is { } duplicate)
            {
                return duplicate;
            }
            db.Vehicles.Add(vehicle);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/vehicles/{vehicle.Id}", vehicle.ToResponse());
        }).Validate<VehicleRequest>().RequireAuthorization(Policies.FrontDesk).WithTags("Customer archive")
          .WithSummary("Registers a vehicle for a customer (VIN check digit and plate format are checked).");

        var vehicles = app.MapGroup("/vehicles").WithTags("Customer archive");

        vehicles.MapGet("/{id:long}", async (long id, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var vehicle = await db.Vehicles.AsNoTracking().Where(v => v.Id == id).ProjectToResponse().SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException($"No vehicle {id}.");
            var running = await GuaranteeQueries.RunningAsync(db, new Dictionary<long, int> { [id] = vehicle.LastOdometerKm }, clock.GetUtcNow().UtcDateTime, ct);
            return vehicle with { RunningGuarantees = [.. running[id]] };
        }).RequireAuthorization(Policies.Staff).WithSummary("The vehicle's card, with the guarantees on earlier work that still run (days and km left).");

        vehicles.MapPut("/{id:long}", async (long id, VehicleRequest request, WorkshopDbContext db, CancellationToken ct) =>
        {
            var vehicle = await db.Vehicles.SingleOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException($"No vehicle {id}.");
            vehicle.Update(request.ToDetails());
            if (await DuplicateOf(db, vehicle, ct) is { } duplicate)
            {
                return duplicate;
            }
            await db.SaveChangesAsync(ct);
            return Results.Ok(vehicle.ToResponse());
        }).Validate<VehicleRequest>().RequireAuthorization(Policies.FrontDesk).WithSummary("Corrects a vehicle's details (a new plate, a typing error).");

        vehicles.MapPost("/{id:long}/transfer", async (long id, TransferRequest request, WorkshopDbContext db, CancellationToken ct) =>
        {
            if (request.CustomerId is not { } customerId || !await db.Customers.AnyAsync(c => c.Id == customerId, ct))
            {
                return Problems.Validation("customerId", "must be a customer in the archive");
            }
            var vehicle = await db.Vehicles.SingleOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException($"No vehicle {id}.");
            vehicle.TransferTo(customerId);
            await db.SaveChangesAsync(ct);
            return Results.Ok(vehicle.ToResponse());
        }).RequireAuthorization(Policies.FrontDesk).WithSummary("The vehicle was sold: it now belongs to another customer.");

        vehicles.MapGet("/{id:long}/history", VehicleHistory.Get)
            .RequireAuthorization(Policies.Staff).WithSummary("The vehicle's repair archive (维修档案): every visit, newest first.");

        app.MapGet("/lookup", LookupAsync).RequireAuthorization(Policies.Staff).WithTags("Customer archive")
            .WithSummary("Front-desk look-up by plate fragment, VIN fragment or phone number.");
    }

    /// <summary>
    /// Three narrow queries instead of one wide one: plate or VIN fragments through the trigram index,
    /// phone prefixes through the phone index (a range, which every collation orders alike for digits),
    /// then the hits with their owners.
    /// </summary>
    public static async Task<IResult> LookupAsync(string? q, WorkshopDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var term = Plate.Normalize(q);
        if (term.Count(char.IsLetterOrDigit) < 3)
        {
            return Problems.Validation("q", "type at least 3 characters of a plate, VIN or phone number");
        }
        const int Limit = 20;
        var vehicleIds = await db.VehicleIdsContaining(term).Take(Limit).ToListAsync(ct);
        var customerIds = new List<long>();
        if (PhonePrefixRange(PhoneNumber.Normalize(q)) is var (low, high))
        {
            // Translated to SQL's own comparison operators: no .NET culture is involved.
#pragma warning disable CA1309, CA1310
            customerIds = await db.Customers
                .SelectMany(c => c.Phones.Where(p => string.Compare(p.Number, low) >= 0 && (high == null || string.Compare(p.Number, high) < 0)), (c, _) => c.Id)
                .Take(Limit).ToListAsync(ct);
#pragma warning restore CA1309, CA1310
        }
        var hits = await db.Vehicles.AsNoTracking()
            .Where(v => vehicleIds.Contains(v.Id) || customerIds.Contains(v.CustomerId))
            .Join(db.Customers, v => v.CustomerId, c => c.Id, (v, c) => new VehicleWithOwner { Vehicle = v, Customer = c })
            .OrderBy(x => x.Vehicle.Plate)
            .Take(Limit)
            .ProjectToLookupHit()
            .ToListAsync(ct);
        var running = await GuaranteeQueries.RunningAsync(db, hits.ToDictionary(h => h.VehicleId, h => h.LastOdometerKm), clock.GetUtcNow().UtcDateTime, ct);
        return Results.Ok(hits.Select(h => h with { RunningGuarantees = [.. running[h.VehicleId]] }).ToList());
    }

    /// <summary>The numbers starting with a digit prefix are those from the prefix up to the next prefix ("139" → ["139", "140")).</summary>
    private static (string Low, string? High)? PhonePrefixRange(string digits)
    {
        if (digits.Length < 3 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        var next = digits.ToCharArray();
        for (var i = next.Length - 1; i >= 0; i--)
        {
            if (next[i] < '9')
            {
                next[i]++;
                return (digits, new string(next, 0, i + 1));
            }
        }
        return (digits, null);
    }

    private static async Task<IResult?> DuplicateOf(WorkshopDbContext db, Vehicle vehicle, CancellationToken ct)
    {
        var other = await db.Vehicles.AsNoTracking()
            .Where(v => v.Id != vehicle.Id && (v.Vin == vehicle.Vin || (vehicle.Plate != null && v.Plate == vehicle.Plate)))
            .Select(v => new { v.Id, v.Vin })
            .FirstOrDefaultAsync(ct);
        if (other is null)
        {
            return null;
        }
        var what = other.Vin == vehicle.Vin ? "VIN" : "plate";
        return Results.Problem(Problems.Create(StatusCodes.Status409Conflict, "duplicate", "Already in the archive",
            $"Vehicle {other.Id} already has this {what}."));
    }
}
