using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<long>(
                name: "OrderId",
                table: "RevisitCalls",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<DateTime>(
                name: "HandedOverAt",
                table: "RevisitCalls",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone");

            migrationBuilder.AlterColumn<string>(
                name: "AdvisorName",
                table: "RevisitCalls",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50);

            migrationBuilder.AlterColumn<long>(
                name: "AdvisorId",
                table: "RevisitCalls",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<bool>(
                name: "BadConditionSince",
                table: "RevisitCalls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ComplaintId",
                table: "RevisitCalls",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FaultFixed",
                table: "RevisitCalls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MetExpectations",
                table: "RevisitCalls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "RevisitCalls",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "AfterHandover");

            migrationBuilder.AddColumn<bool>(
                name: "UsedCorrectly",
                table: "RevisitCalls",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssessedAt",
                table: "Complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AssessedById",
                table: "Complaints",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessedByName",
                table: "Complaints",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssessmentFindings",
                table: "Complaints",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompensationTier",
                table: "Complaints",
                type: "character varying(40)",
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
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "OrderId",
                table: "RevisitCalls",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateTime>(
                name: "HandedOverAt",
                table: "RevisitCalls",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "AdvisorName",
                table: "RevisitCalls",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50,
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "AdvisorId",
                table: "RevisitCalls",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_OrderId_Offset",
                table: "RevisitCalls",
                columns: new[] { "OrderId", "Offset" },
                unique: true);
        }
    }
}
