using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The front desk finds a car by any three characters of its plate or VIN: trigram indexes let
    /// LIKE '%...%' use an index instead of scanning every vehicle (docs/benchmarks.md). pg_trgm ships
    /// with PostgreSQL and is a trusted extension: the database owner may create it.
    /// </summary>
    public partial class VehicleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE INDEX "IX_Vehicles_Plate_trigram" ON "Vehicles" USING gin ("Plate" gin_trgm_ops);
                CREATE INDEX "IX_Vehicles_Vin_trigram" ON "Vehicles" USING gin ("Vin" gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_Vehicles_Vin_trigram";
                DROP INDEX "IX_Vehicles_Plate_trigram";
                """);
        }
    }
}
