using Microsoft.Extensions.Options;
using WorkshopAdvisor.Domain.Care;
using WorkshopAdvisor.Infrastructure.Care;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>Customer care: its rules (section <c>Care</c>), its engine (section <c>Care:Engine</c>) and its endpoints.</summary>
public static class CareSetup
{
    public static IServiceCollection AddCustomerCare(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<CareRules>()
            .Bind(configuration.GetSection("Care"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CareRules>, CareRulesValidation>();
        services.AddCareEngine(configuration, DatabaseOptions.From(configuration, environment.ContentRootPath));
        return services;
    }

    public static void MapCustomerCare(this IEndpointRouteBuilder app)
    {
        app.MapRevisitCalls();
        app.MapCustomerContacts();
        app.MapComplaints();
        app.MapAlerts();
        app.MapCareReports();
        app.MapCareOperations();
    }

    private sealed class CareRulesValidation : IValidateOptions<CareRules>
    {
        public ValidateOptionsResult Validate(string? name, CareRules options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
