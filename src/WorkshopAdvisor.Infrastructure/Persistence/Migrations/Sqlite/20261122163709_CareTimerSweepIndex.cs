using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareTimerSweepIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CareTimers_WakeUpScheduledAt",
                table: "CareTimers");

            migrationBuilder.CreateIndex(
                name: "IX_CareTimers_State_WakeUpScheduledAt",
                table: "CareTimers",
                columns: new[] { "State", "WakeUpScheduledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CareTimers_State_WakeUpScheduledAt",
                table: "CareTimers");

            migrationBuilder.CreateIndex(
                name: "IX_CareTimers_WakeUpScheduledAt",
                table: "CareTimers",
                column: "WakeUpScheduledAt");
        }
    }
}
