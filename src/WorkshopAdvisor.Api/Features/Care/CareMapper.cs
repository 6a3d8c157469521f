using Riok.Mapperly.Abstractions;
using WorkshopAdvisor.Domain.Care;

namespace WorkshopAdvisor.Api.Features.Care;

/// <summary>Care's flat reads: alerts and logged contacts, in memory and as query projections.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class CareMapper
{
    public static partial AlertResponse ToResponse(this Alert alert);

    public static partial IQueryable<AlertResponse> ProjectToResponse(this IQueryable<Alert> alerts);

    public static partial IQueryable<CareContactResponse> ProjectToResponse(this IQueryable<CareContact> contacts);

    [MapProperty(nameof(CareContact.ByName), nameof(CareContactResponse.By))]
    private static partial CareContactResponse ToResponse(CareContact contact);
}
