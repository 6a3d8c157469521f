using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Class = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PurchaseReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Promises = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberSequences",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSequences", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "SignatureImages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Png = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureImages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerPhones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerPhones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerPhones_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vehicles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    IsImported = table.Column<bool>(type: "INTEGER", nullable: false),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EngineNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    VehicleClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastOdometerKm = table.Column<int>(type: "INTEGER", nullable: false),
                    LastOdometerAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vehicles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vehicles_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CustomerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VehicleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    Plate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VehicleClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AdvisorId = table.Column<long>(type: "INTEGER", nullable: false),
                    AdvisorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OdometerKm = table.Column<int>(type: "INTEGER", nullable: false),
                    FuelLevelPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ValuablesReminderAcknowledged = table.Column<bool>(type: "INTEGER", nullable: false),
                    CustomerDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CustomerWaits = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeepsOldParts = table.Column<bool>(type: "INTEGER", nullable: false),
                    PromisedCompletionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletionCertificate_Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CompletionCertificate_InspectorId = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletionCertificate_InspectorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CompletionCertificate_IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Settlement_Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Settlement_LabourSubtotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Settlement_PartsSubtotal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Settlement_Discount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Settlement_CoveredByGuarantee = table.Column<bool>(type: "INTEGER", nullable: true),
                    Settlement_AmountPaid = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Settlement_PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Settlement_AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Settlement_SettledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Guarantee_Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Guarantee_Km = table.Column<int>(type: "INTEGER", nullable: true),
                    Guarantee_Days = table.Column<int>(type: "INTEGER", nullable: true),
                    Guarantee_StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Guarantee_StartOdometerKm = table.Column<int>(type: "INTEGER", nullable: true),
                    WarrantyReturn_OriginalOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    WarrantyReturn_OriginalOrderNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WarrantyReturn_DaysSinceHandover = table.Column<int>(type: "INTEGER", nullable: true),
                    WarrantyReturn_KmSinceHandover = table.Column<int>(type: "INTEGER", nullable: true),
                    WarrantyReturn_InsideGuarantee = table.Column<bool>(type: "INTEGER", nullable: true),
                    WarrantyReturn_RepeatedFailure = table.Column<bool>(type: "INTEGER", nullable: true),
                    WarrantyReturn_CauseDeadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WarrantyReturn_Cause = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WarrantyReturn_CauseNotes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WarrantyReturn_CauseAttributedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WarrantyReturn_CauseAttributedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    WarrantyReturn_OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WarrantyReturn_OverriddenByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    HandedOverAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Accessories = table.Column<string>(type: "TEXT", nullable: true),
                    DamageNotes = table.Column<string>(type: "TEXT", nullable: true),
                    DelayNotices = table.Column<string>(type: "TEXT", nullable: true),
                    Diagnosis = table.Column<string>(type: "TEXT", nullable: true),
                    ExtraFaults = table.Column<string>(type: "TEXT", nullable: true),
                    Inspections = table.Column<string>(type: "TEXT", nullable: true),
                    Signatures = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepairOrders_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RepairOrders_Vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalTable: "Vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EstimateVersions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RepairOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Ceiling = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PromisedCompletionAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PromisedGuaranteeKm = table.Column<int>(type: "INTEGER", nullable: true),
                    PromisedGuaranteeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedById = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Decision_DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Decision_Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Decision_DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Decision_RecordedById = table.Column<long>(type: "INTEGER", nullable: true),
                    Decision_RecordedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Decision_ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Decision_RemoteIpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    Decision_RemoteUserAgent = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateVersions", x => new { x.RepairOrderId, x.Number });
                    table.ForeignKey(
                        name: "FK_EstimateVersions_RepairOrders_RepairOrderId",
                        column: x => x.RepairOrderId,
                        principalTable: "RepairOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Jobs",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RepairOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    EstimateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TechnicianId = table.Column<long>(type: "INTEGER", nullable: true),
                    TechnicianName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    PauseReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReworkCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Clocked = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jobs", x => new { x.RepairOrderId, x.Number });
                    table.ForeignKey(
                        name: "FK_Jobs_RepairOrders_RepairOrderId",
                        column: x => x.RepairOrderId,
                        principalTable: "RepairOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EstimateLines",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RepairOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    EstimateVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateLines", x => new { x.RepairOrderId, x.EstimateVersionNumber, x.Number });
                    table.ForeignKey(
                        name: "FK_EstimateLines_EstimateVersions_RepairOrderId_EstimateVersionNumber",
                        columns: x => new { x.RepairOrderId, x.EstimateVersionNumber },
                        principalTable: "EstimateVersions",
                        principalColumns: new[] { "RepairOrderId", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerPhones_CustomerId",
                table: "CustomerPhones",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerPhones_Number",
                table: "CustomerPhones",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Name",
                table: "Customers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_TechnicianId_Status",
                table: "Jobs",
                columns: new[] { "TechnicianId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairOrders_CustomerId",
                table: "RepairOrders",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_RepairOrders_Number",
                table: "RepairOrders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepairOrders_Plate",
                table: "RepairOrders",
                column: "Plate");

            migrationBuilder.CreateIndex(
                name: "IX_RepairOrders_ReceivedAt",
                table: "RepairOrders",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RepairOrders_Status_AdvisorId",
                table: "RepairOrders",
                columns: new[] { "Status", "AdvisorId" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairOrders_VehicleId_ReceivedAt",
                table: "RepairOrders",
                columns: new[] { "VehicleId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RepairOrders_WarrantyReturn_OriginalOrderId",
                table: "RepairOrders",
                column: "WarrantyReturn_OriginalOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_UserName",
                table: "Users",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_CustomerId",
                table: "Vehicles",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_Plate",
                table: "Vehicles",
                column: "Plate",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_Vin",
                table: "Vehicles",
                column: "Vin",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CustomerPhones");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EstimateLines");

            migrationBuilder.DropTable(
                name: "Jobs");

            migrationBuilder.DropTable(
                name: "NumberSequences");

            migrationBuilder.DropTable(
                name: "SignatureImages");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "EstimateVersions");

            migrationBuilder.DropTable(
                name: "RepairOrders");

            migrationBuilder.DropTable(
                name: "Vehicles");

            migrationBuilder.DropTable(
                name: "Customers");
        }
    }
}
