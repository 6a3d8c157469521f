using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SigningLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Decision_RemoteSignatureImageId",
                table: "EstimateVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SigningLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RepairOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    EstimateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SigningLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SigningLinks_RepairOrders_RepairOrderId",
                        column: x => x.RepairOrderId,
                        principalTable: "RepairOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SigningLinks_RepairOrderId",
                table: "SigningLinks",
                column: "RepairOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningLinks_TokenHash",
                table: "SigningLinks",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SigningLinks");

            migrationBuilder.DropColumn(
                name: "Decision_RemoteSignatureImageId",
                table: "EstimateVersions");
        }
    }
}
