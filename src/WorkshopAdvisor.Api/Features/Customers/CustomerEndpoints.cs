using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Identifiers;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Customers;

/// <summary>The customer archive (客户档案): register, look up, keep up to date.</summary>
public static class CustomerEndpoints
{
    public static void MapCustomers(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/customers").WithTags("Customer archive");

        customers.MapPost("/", async (CustomerRequest request, WorkshopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var customer = Customer.Register(request.ToDetails(), clock.GetUtcNow().UtcDateTime);
            db.Customers.Add(customer);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/customers/{customer.Id}", customer.ToResponse([]));
        }).Validate<CustomerRequest>().RequireAuthorization(Policies.FrontDesk).WithSummary("Registers a customer.");

        customers.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff).WithSummary("Customers by name fragment or phone prefix, and class; paged.");

        customers.MapGet("/{id:long}", async (long id, WorkshopDbContext db, CancellationToken ct) =>
            Results.Ok(await Load(db, id, ct)))
            .RequireAuthorization(Policies.Staff).WithSummary("One customer with their vehicles.");

        customers.MapPut("/{id:long}", async (long id, CustomerRequest request, WorkshopDbContext db, CancellationToken ct) =>
        {
            var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"No customer {id}.");
            customer.Update(request.ToDetails());
            await db.SaveChangesAsync(ct);
            return Results.Ok(await Load(db, id, ct));
        }).Validate<CustomerRequest>().RequireAuthorization(Policies.FrontDesk).WithSummary("Updates a customer's archive entry (changing the class is done here too).");
    }

    /// <summary>Customers by name fragment or phone prefix, and class; paged by name.</summary>
    public static async Task<IResult> ListAsync(string? q, CustomerClass? @class, int? page, int? pageSize, WorkshopDbContext db, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var query = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var phonePrefix = SqlLike.Prefix(PhoneNumber.Normalize(q));
            query = query.Where(c => c.Name.Contains(term) || c.Phones.Any(ph => EF.Functions.Like(ph.Number, phonePrefix)));
        }
        if (@class is { } cls)
        {
            query = query.Where(c => c.Class == cls);
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(c => c.Name).ThenBy(c => c.Id).PageOf(p, size)
            .ProjectToListItem()
            .ToListAsync(ct);
        return Results.Ok(new PagedList<CustomerListItem>(items, p, size, total));
    }

    private static async Task<CustomerResponse> Load(WorkshopDbContext db, long id, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"No customer {id}.");
        var vehicles = await db.Vehicles.AsNoTracking().Where(v => v.CustomerId == id).OrderBy(v => v.Id)
            .ProjectToSummary().ToListAsync(ct);
        return customer.ToResponse(vehicles);
    }
}
