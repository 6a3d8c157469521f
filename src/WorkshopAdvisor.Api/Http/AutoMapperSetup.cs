using System.Reflection;
using AutoMapper;
using AutoMapper.Configuration;

namespace WorkshopAdvisor.Api.Http;

/// <summary>
/// AutoMapper 8.0.0 (MIT; later versions are not, see docs/adr/0001) registered by hand: it has no DI
/// package of its own here.
/// </summary>
public static class AutoMapperSetup
{
    public static MapperConfiguration CreateConfiguration() => new(c =>
    {
        // AutoMapper 8 looks for LINQ extension methods to map from, and on .NET 10 that search throws for
        // any record type (new generic constraints in System.Linq). We never map from methods: switch it off.
        if (((IProfileConfiguration)c).SourceExtensionMethods is ICollection<MethodInfo> extensionMethods)
        {
            extensionMethods.Clear();
        }
        c.AddProfiles(typeof(AutoMapperSetup).Assembly);
    });

    public static IServiceCollection AddAutoMapper8(this IServiceCollection services)
    {
        services.AddSingleton<AutoMapper.IConfigurationProvider>(CreateConfiguration());
        services.AddSingleton<IMapper>(sp => new Mapper(sp.GetRequiredService<AutoMapper.IConfigurationProvider>(), sp.GetService));
        return services;
    }
}
