using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkshopAdvisor.Api.Features.Benchmark;
using WorkshopAdvisor.Api.Features.Boards;
using WorkshopAdvisor.Api.Features.Care;
using WorkshopAdvisor.Api.Features.Customers;
using WorkshopAdvisor.Api.Features.Documents;
using WorkshopAdvisor.Api.Features.Pages;
using WorkshopAdvisor.Api.Features.RepairOrders;
using WorkshopAdvisor.Api.Features.Signing;
using WorkshopAdvisor.Api.Features.Users;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api;

/// <summary>How the API is put together: services, then the request pipeline and the endpoints.</summary>
public static class Startup
{
    public static IServiceCollection AddWorkshopAdvisor(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<ShopOptions>(configuration.GetSection("Shop"));
        services.AddSingleton<ShopCalendar>();
        services.AddSingleton(sp =>
        {
            var shop = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ShopOptions>>().Value;
            return new ShopPolicy(TimeZoneInfo.FindSystemTimeZoneById(shop.TimeZone), shop.DiscountShareWithoutApproval);
        });
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, CurrentUser>();
        services.AddWorkshopPersistence(DatabaseOptions.From(configuration, environment.ContentRootPath));
        services.AddScoped<OrderStore>();
        services.AddCustomerCare(configuration, environment);
        services.AddDocuments();

        AddValidators(services);

        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        services.AddStaffAuthentication(configuration);
        services.AddCsrfProtection();
        services.AddAuthorization(o =>
        {
            o.AddWorkshopPolicies();
            // Nothing is open by accident: an endpoint without a policy still needs a signed-in user.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        services.AddWorkshopRateLimits(configuration);
        services.AddReverseProxySupport(configuration);
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        services.AddSigning(configuration);
        services.AddLogRedaction();
        return services;
    }

    public static WebApplication UseWorkshopAdvisor(this WebApplication app)
    {
        app.UseReverseProxySupport();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The browsable API description is public (the document itself too, below); everything after needs sign-in.
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "WorkshopAdvisor");
            o.DocumentTitle = "WorkshopAdvisor API";
        });
        app.UseStaffPageAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseCsrfProtection();

        app.MapOpenApi().AllowAnonymous();
        app.MapGet("/", () => Results.Redirect("/swagger")).AllowAnonymous().ExcludeFromDescription();

        app.MapAuth();
        app.MapUsers();
        app.MapCustomers();
        app.MapVehicles();
        var orders = app.MapGroup("/repair-orders").WithTags("Repair orders");
        orders.MapReception();
        orders.MapRepairOrderQueries();
        orders.MapEstimates();
        orders.MapSignatures();
        orders.MapWorkshop();
        orders.MapCompletion();
        orders.MapWarranty();
        orders.MapSigningLinks();
        app.MapDocuments();
        app.MapMyJobs();
        app.MapBoards();
        app.MapCustomerCare();
        app.MapSigningPages();
        app.MapStaffPages();
        app.MapBenchmarkBaselines(app.Configuration);
        return app;
    }

    /// <summary>FluentValidation's DI package is not available here: validators are registered by hand.</summary>
    private static void AddValidators(IServiceCollection services)
    {
        foreach (var type in typeof(Startup).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            var validated = type.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>) ? b.GetGenericArguments()[0] : null;
            if (validated is not null)
            {
                services.AddSingleton(typeof(IValidator<>).MakeGenericType(validated), type);
            }
        }
    }
}
