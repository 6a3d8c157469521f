using Riok.Mapperly.Abstractions;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

/// <summary>
/// The flat reads of orders: list rows and audit rows, as query projections so that a list selects only
/// the columns it returns. The detailed order response regroups the aggregate and is written by hand
/// (<see cref="RepairOrderMapping"/>).
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RepairOrderListMapper
{
    public static partial IQueryable<RepairOrderListItem> ProjectToListItem(this IQueryable<RepairOrder> orders);

    public static partial IQueryable<AuditEntryResponse> ProjectToResponse(this IQueryable<AuditEntry> entries);
}
