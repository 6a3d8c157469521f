using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The data the care rules of CareLadderFollowUpsAnswers need in an existing database; kept apart from it
    /// because SQLite rebuilds RevisitCalls there, and SQL beside a pending rebuild is what EF Core warns about.
    /// </summary>
    public partial class CareBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing complaints: the step of the ladder their compensation stood on (what needed approval was
            // the service manager's under the single threshold before), and first-contact ownership.
            migrationBuilder.Sql("""
                UPDATE "Complaints" SET "CompensationTier" = CASE
                    WHEN "CompensationApproval" <> 'NotNeeded' THEN 'ServiceManager'
                    WHEN CAST("Compensation" AS REAL) > 0 THEN 'Department'
                    ELSE 'None' END;
                """);
            migrationBuilder.Sql("""
                UPDATE "Complaints" SET "OwnerId" = "OpenedById", "OwnerName" = "OpenedByName" WHERE "OwnerId" IS NULL;
                """);

            // Orders still in the shop get the missed-promise check their promise would get today; the start-up
            // sweep gives each its wake-up (and runs those whose promise has passed).
            migrationBuilder.Sql("""
                INSERT INTO "CareTimers" ("Kind", "SubjectId", "DueAt", "SubjectTime", "State", "CreatedAt", "Attempts", "Version")
                SELECT 'PromiseMissedCheck', "Id", "PromisedCompletionAt", "PromisedCompletionAt", 'Pending', strftime('%Y-%m-%d %H:%M:%f', 'now'), 0, 0
                FROM "RepairOrders"
                WHERE "PromisedCompletionAt" IS NOT NULL
                  AND "Status" IN ('Received', 'AwaitingApproval', 'EstimateDeclined', 'Approved', 'InProgress', 'AwaitingInspection');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Calls after complaints have no place in the older table (no order, no handover).
            migrationBuilder.Sql("""DELETE FROM "RevisitCalls" WHERE "Purpose" = 'AfterComplaint';""");
            migrationBuilder.Sql("""DELETE FROM "CareTimers" WHERE "Kind" = 'PromiseMissedCheck';""");
        }
    }
}
