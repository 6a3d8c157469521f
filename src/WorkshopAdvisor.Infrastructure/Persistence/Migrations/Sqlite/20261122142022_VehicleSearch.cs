using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The front desk finds a car by any three characters of its plate or VIN. A full scan of the
    /// vehicles takes 10-20 ms at 60,000 cars; an FTS5 trigram index answers in well under one
    /// (docs/benchmarks.md). External-content table kept in step by triggers. Note: a later migration
    /// that makes EF Core rebuild the Vehicles table drops these triggers and must create them again.
    /// </summary>
    public partial class VehicleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "VehicleSearch" USING fts5("Plate", "Vin", content='Vehicles', content_rowid='Id', tokenize='trigram');
                INSERT INTO "VehicleSearch"("VehicleSearch") VALUES ('rebuild');
                CREATE TRIGGER "Vehicles_search_insert" AFTER INSERT ON "Vehicles" BEGIN
                    INSERT INTO "VehicleSearch"(rowid, "Plate", "Vin") VALUES (new."Id", new."Plate", new."Vin");
                END;
                CREATE TRIGGER "Vehicles_search_delete" AFTER DELETE ON "Vehicles" BEGIN
                    INSERT INTO "VehicleSearch"("VehicleSearch", rowid, "Plate", "Vin") VALUES ('delete', old."Id", old."Plate", old."Vin");
                END;
                CREATE TRIGGER "Vehicles_search_update" AFTER UPDATE OF "Plate", "Vin" ON "Vehicles" BEGIN
                    INSERT INTO "VehicleSearch"("VehicleSearch", rowid, "Plate", "Vin") VALUES ('delete', old."Id", old."Plate", old."Vin");
                    INSERT INTO "VehicleSearch"(rowid, "Plate", "Vin") VALUES (new."Id", new."Plate", new."Vin");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Vehicles_search_update";
                DROP TRIGGER "Vehicles_search_delete";
                DROP TRIGGER "Vehicles_search_insert";
                DROP TABLE "VehicleSearch";
                """);
        }
    }
}
