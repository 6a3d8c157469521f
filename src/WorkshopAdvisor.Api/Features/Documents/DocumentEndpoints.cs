using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Documents;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// The printed documents, as PDF, generated from the stored order at each request (nothing is cached:
/// what prints is what is stored now). Anyone on the staff may print what they may read.
/// </summary>
public static class DocumentEndpoints
{
    private const string Pdf = "application/pdf";

    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IPdfRenderer, PdfRenderer>();
        services.AddSingleton(sp => new PrintContext(sp.GetRequiredService<IOptions<ShopOptions>>().Value, sp.GetRequiredService<ShopCalendar>()));
        return services;
    }

    public static void MapDocuments(this IEndpointRouteBuilder app)
    {
        var order = app.MapGroup("/repair-orders/{id:long}/documents").WithTags("Documents").RequireAuthorization(Policies.Staff);

        order.MapGet("/work-order.pdf", async (long id, HttpContext http, OrderStore store, PrintContext print, IPdfRenderer renderer, CancellationToken ct) =>
        {
            var p = await PrintableOrder.LoadAsync(store, id, ct);
            return File(http, renderer, WorkOrderDocument.Build(p, print), print, PrintContext.FileName(p.Order.Number, "work-order"));
        }).Describe("The work order (托修单): the approved estimate as signed, customer copy and shop copy. 409 until the customer has approved.");

        order.MapGet("/estimate-{version:int}.pdf", async (long id, int version, HttpContext http, OrderStore store, PrintContext print, IPdfRenderer renderer, CancellationToken ct) =>
        {
            var p = await PrintableOrder.LoadAsync(store, id, ct);
            return File(http, renderer, EstimateDocument.Build(p, version, print), print, PrintContext.FileName(p.Order.Number, $"estimate-v{version}"));
        }).Describe("One estimate version (估价单) or supplementary estimate (增项单), with the decision on each line.");

        order.MapGet("/settlement.pdf", async (long id, HttpContext http, OrderStore store, PrintContext print, IPdfRenderer renderer, CancellationToken ct) =>
        {
            var p = await PrintableOrder.LoadAsync(store, id, ct);
            return File(http, renderer, SettlementDocument.Build(p, print), print, PrintContext.FileName(p.Order.Number, "settlement"));
        }).Describe("The settlement list (结算清单): labour and parts itemised, totals, payment and the guarantee. 409 before handover.");

        order.MapGet("/completion-certificate.pdf", async (long id, HttpContext http, OrderStore store, PrintContext print, IPdfRenderer renderer, CancellationToken ct) =>
        {
            var p = await PrintableOrder.LoadAsync(store, id, ct);
            return File(http, renderer, CompletionCertificateDocument.Build(p, print), print, PrintContext.FileName(p.Order.Number, "completion-certificate"));
        }).Describe("The completion certificate (竣工出厂合格证) for major work. 409 until the inspector has issued it.");

        app.MapGet("/vehicles/{id:long}/documents/repair-archive.pdf", RepairArchive).WithTags("Documents").RequireAuthorization(Policies.Staff)
            .Describe("The vehicle's repair archive (维修档案): every visit, oldest first, as one PDF.");
    }

    private static async Task<IResult> RepairArchive(long id, HttpContext http, WorkshopDbContext db, PrintContext print, IPdfRenderer renderer, CancellationToken ct)
    {
        var vehicle = await db.Vehicles.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException($"No vehicle {id}.");
        var owner = await db.Customers.AsNoTracking().Where(c => c.Id == vehicle.CustomerId)
            .Select(c => new { c.Name, Phone = c.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number).FirstOrDefault() })
            .SingleAsync(ct);
        var orders = await db.RepairOrders.AsNoTracking()
            .Include(o => o.Estimates).ThenInclude(v => v.Lines)
            .Include(o => o.Jobs)
            .Where(o => o.VehicleId == id)
            .AsSplitQuery()
            .ToListAsync(ct);
        var document = RepairArchiveDocument.Build(vehicle, owner.Name, owner.Phone ?? string.Empty, orders, print);
        return File(http, renderer, document, print, PrintContext.FileName(vehicle.Vin, "repair-archive"));
    }

    private static IResult File(HttpContext http, IPdfRenderer renderer, PrintDocument document, PrintContext print, string fileName)
    {
        // Names, phones and addresses: no copy in a shared cache or the browser's history.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(renderer.Render(document, print.Letterhead), Pdf, fileName);
    }

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string summary) => endpoint
        .WithSummary(summary)
        .Produces<Stream>(StatusCodes.Status200OK, Pdf)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
