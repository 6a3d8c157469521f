using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <summary>
    /// The front desk finds a car by any three characters of its plate or VIN (LIKE '%...%'). SQL Server has no
    /// trigram index (SQLite's FTS5 and PostgreSQL's pg_trgm), and full-text search matches word prefixes, not
    /// fragments inside a plate. What it can do is read the fragment from the narrowest index that holds both
    /// columns instead of the whole vehicle rows: plate, VIN and the key, a few dozen bytes a car (ADR 0008).
    /// </summary>
    public partial class VehicleLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX [IX_Vehicles_lookup] ON [Vehicles] ([Plate]) INCLUDE ([Vin]);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX [IX_Vehicles_lookup] ON [Vehicles];");
        }
    }
}
