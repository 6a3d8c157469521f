using Microsoft.EntityFrameworkCore;

namespace WorkshopAdvisor.Infrastructure.Persistence;

/// <summary>
/// Vehicles whose plate or VIN contains a fragment (three characters at least), through each provider's index
/// for it: an FTS5 trigram table on SQLite, pg_trgm on PostgreSQL (migrations VehicleSearch); on SQL Server, which
/// has no trigram index, the same LIKE read from one narrow index of plate and VIN (migration VehicleLookup, ADR 0008).
/// </summary>
public static class VehicleSearch
{
    public static IQueryable<long> VehicleIdsContaining(this WorkshopDbContext db, string fragment)
    {
        var pattern = "%" + new string(fragment.Where(char.IsLetterOrDigit).ToArray()) + "%";
        return db.Database.IsSqlite()
            ? db.Database.SqlQuery<long>($"""SELECT rowid AS "Value" FROM "VehicleSearch" WHERE "Plate" LIKE {pattern} OR "Vin" LIKE {pattern}""")
            : db.Vehicles.Where(v => EF.Functions.Like(v.Plate!, pattern) || EF.Functions.Like(v.Vin, pattern)).Select(v => v.Id);
    }
}
