using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GuaranteeCalendarCeilingDiscount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "DiscountApproval_Amount",
                table: "RepairOrders",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DiscountApproval_ApprovedAt",
                table: "RepairOrders",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DiscountApproval_ApprovedById",
                table: "RepairOrders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscountApproval_ApprovedByName",
                table: "RepairOrders",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DiscountApproval_Reason",
                table: "RepairOrders",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Guarantee_EndsAt",
                table: "RepairOrders",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Guarantee_LastDay",
                table: "RepairOrders",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Guarantee_TimeZone",
                table: "RepairOrders",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Decision_ConsentedCeiling",
                table: "EstimateVersions",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            // Guarantees handed over before the days were counted by the calendar, as the other providers' migration
            // does: in the default shop time zone (Asia/Shanghai, UTC+8 all year) the last day is the day of handover
            // plus the days, and the period ends at 24:00 of it. In EXEC, so that the idempotent script's batch, which
            // SQL Server compiles before any of it runs, does not name the columns added above before they exist.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [RepairOrders] SET
                    [Guarantee_TimeZone] = N''Asia/Shanghai'',
                    [Guarantee_LastDay] = DATEADD(day, [Guarantee_Days], CAST(DATEADD(hour, 8, [Guarantee_StartsAt]) AS date)),
                    [Guarantee_EndsAt] = DATEADD(hour, -8, CAST(DATEADD(day, [Guarantee_Days] + 1, CAST(DATEADD(hour, 8, [Guarantee_StartsAt]) AS date)) AS datetime2))
                WHERE [Guarantee_StartsAt] IS NOT NULL');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DiscountApproval_Amount",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "DiscountApproval_ApprovedAt",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "DiscountApproval_ApprovedById",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "DiscountApproval_ApprovedByName",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "DiscountApproval_Reason",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "Guarantee_EndsAt",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "Guarantee_LastDay",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "Guarantee_TimeZone",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "Decision_ConsentedCeiling",
                table: "EstimateVersions");
        }
    }
}
