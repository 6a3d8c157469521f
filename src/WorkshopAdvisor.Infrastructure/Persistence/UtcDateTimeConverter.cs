using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>All times are stored as UTC; SQLite hands them back without a kind, so they are marked UTC on the way in.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
