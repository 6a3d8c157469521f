using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareLadderFollowUpsAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RevisitCalls_OrderId_Offset",
                table: "RevisitCalls");

            migrationBuilder.AlterColumn<string>(
                name: "OrderNumber",
                table: "RevisitCalls",
                type: "TEXT",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<long>(
                name: "OrderId",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<DateTime>(
                name: "HandedOverAt",
                table: "RevisitCalls",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "AdvisorName",
                table: "RevisitCalls",
                type: "TEXT",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 50);

            migrationBuilder.AlterColumn<long>(
                name: "AdvisorId",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<bool>(
                name: "BadConditionSince",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ComplaintId",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FaultFixed",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MetExpectations",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "RevisitCalls",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "AfterHandover");

            migrationBuilder.AddColumn<bool>(
                name: "UsedCorrectly",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssessedAt",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AssessedById",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedByName",
                table: "Complaints",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessmentFindings",
                table: "Complaints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompensationTier",
                table: "Complaints",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_ComplaintId",
                table: "RevisitCalls",
                column: "ComplaintId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_OrderId",
                table: "RevisitCalls",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_OrderId_Offset",
                table: "RevisitCalls",
                columns: new[] { "OrderId", "Offset" },
                unique: true,
                filter: "\"Purpose\" = 'AfterHandover'");

            migrationBuilder.AddForeignKey(
                name: "FK_RevisitCalls_Complaints_ComplaintId",
                table: "RevisitCalls",
                column: "ComplaintId",
                principalTable: "Complaints",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RevisitCalls_Complaints_ComplaintId",
                table: "RevisitCalls");

            migrationBuilder.DropIndex(
                name: "IX_RevisitCalls_ComplaintId",
                table: "RevisitCalls");

            migrationBuilder.DropIndex(
                name: "IX_RevisitCalls_OrderId",
                table: "RevisitCalls");

            migrationBuilder.DropIndex(
                name: "IX_RevisitCalls_OrderId_Offset",
                table: "RevisitCalls");

            migrationBuilder.DropColumn(
                name: "BadConditionSince",
                table: "RevisitCalls");

            migrationBuilder.DropColumn(
                name: "ComplaintId",
                table: "RevisitCalls");

            migrationBuilder.DropColumn(
                name: "FaultFixed",
                table: "RevisitCalls");

            migrationBuilder.DropColumn(
                name: "MetExpectations",
                table: "RevisitCalls");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "RevisitCalls");

            migrationBuilder.DropColumn(
                name: "UsedCorrectly",
                table: "RevisitCalls");

            migrationBuilder.DropColumn(
                name: "AssessedAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "AssessedById",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "AssessedByName",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "AssessmentFindings",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "CompensationTier",
                table: "Complaints");

            migrationBuilder.AlterColumn<string>(
                name: "OrderNumber",
                table: "RevisitCalls",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "OrderId",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTime>(
                name: "HandedOverAt",
                table: "RevisitCalls",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AdvisorName",
                table: "RevisitCalls",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 50,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "AdvisorId",
                table: "RevisitCalls",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_OrderId_Offset",
                table: "RevisitCalls",
                columns: new[] { "OrderId", "Offset" },
                unique: true);
        }
    }
}
