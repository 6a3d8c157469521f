namespace WorkshopAdvisor.Domain.Common;

/// <summary>A member of staff as the order remembers them: their id and the name printed on documents.</summary>
public sealed record StaffRef(long UserId, string Name);
