namespace WorkshopAdvisor.Api.Features.Signing;

public static class SigningSetup
{
    public static IServiceCollection AddSigning(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SigningOptions>(configuration.GetSection("Signing"));
        services.AddSingleton<SigningPage>();
        return services;
    }
}
