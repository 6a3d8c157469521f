using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignaturesExtraFaultsRoadTest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Png",
                table: "SignatureImages",
                newName: "Image");

            // Every image stored so far was a signature drawn on a pad or the signing page: a PNG.
            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "SignatureImages",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "image/png");

            migrationBuilder.AddColumn<string>(
                name: "AccessoriesReturned",
                table: "RepairOrders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "System",
                table: "EstimateLines",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "SignatureImages");

            migrationBuilder.DropColumn(
                name: "AccessoriesReturned",
                table: "RepairOrders");

            migrationBuilder.DropColumn(
                name: "System",
                table: "EstimateLines");

            migrationBuilder.RenameColumn(
                name: "Image",
                table: "SignatureImages",
                newName: "Png");
        }
    }
}
