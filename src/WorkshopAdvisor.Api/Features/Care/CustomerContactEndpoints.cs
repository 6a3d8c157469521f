using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>The ABC contact plan of one customer: when they were last reached, when they are next due, what was said.</summary>
public static class CustomerContactEndpoints
{
    public static void MapCustomerContacts(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/customers").WithTags("Customer care");

        customers.MapGet("/{id:long}/care", (long id, WorkshopDbContext db, CancellationToken ct) => LoadAsync(db, id, ct))
            .RequireAuthorization(Policies.Staff).WithSummary("A customer's contact plan: class, last and next care contact, and the contacts logged.");

        customers.MapPost("/{id:long}/care-contacts", async (long id, CareContactRequest request, HttpContext http, WorkshopDbContext db, IOptions<CareRules> rules, TimeProvider clock, CancellationToken ct) =>
        {
            if (request.Reached is not { } reached)
            {
                return Problems.Validation("reached", "is required: was the customer reached?");
            }
            var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"No customer {id}.");
            db.CareContacts.Add(customer.LogCareContact(reached, request.Note, http.User.Staff(), rules.Value, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return Results.Ok(await LoadAsync(db, id, ct));
        }).RequireAuthorization(Policies.Care).WithSummary("Logs a care contact; the next one is computed from the customer's class (A weekly, B monthly, C six-monthly).");
    }

    private static async Task<CustomerCareResponse> LoadAsync(WorkshopDbContext db, long id, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.Class, c.LastCareContactAt, c.NextCareContactAt }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException($"No customer {id}.");
        var contacts = await db.CareContacts.AsNoTracking().Where(c => c.CustomerId == id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(50)
            .ProjectToResponse().ToListAsync(ct);
        return new CustomerCareResponse(customer.Id, customer.Name, customer.Class, customer.LastCareContactAt, customer.NextCareContactAt, contacts);
    }
}
