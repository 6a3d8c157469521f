using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WorkshopAdvisor.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Alerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecipientId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<long>(type: "bigint", nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ActorRole = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<long>(type: "bigint", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FromState = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Details = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareTimers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubjectTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WakeUpScheduledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareTimers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LastCareContactAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NextCareContactAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Class = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PurchaseReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Promises = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberSequences",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSequences", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "SignatureImages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Png = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureImages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareContacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerId = table.Column<long>(type: "bigint", nullable: false),
                    Reached = table.Column<bool>(type: "bit", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ById = table.Column<long>(type: "bigint", nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareContacts_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerId = table.Column<long>(type: "bigint", nullable: false),
                    CustomerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: true),
                    OrderNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    AdvisorId = table.Column<long>(type: "bigint", nullable: true),
                    RevisitCallId = table.Column<long>(type: "bigint", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedById = table.Column<long>(type: "bigint", nullable: false),
                    OpenedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SolutionDueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProposedSolution = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SolutionProposedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Compensation = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    CompensationTier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CompensationApproval = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AssessmentFindings = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AssessedById = table.Column<long>(type: "bigint", nullable: true),
                    AssessedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    AssessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompensationDecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    IsEscalated = table.Column<bool>(type: "bit", nullable: false),
                    EscalatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OwnerId = table.Column<long>(type: "bigint", nullable: true),
                    OwnerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    AnswerDueAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IsFlagged = table.Column<bool>(type: "bit", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Steps = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CustomerPhones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IsPrimary = table.Column<bool>(type: "bit", nullable: false),
                    CustomerId = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerId = table.Column<long>(type: "bigint", nullable: false),
                    Vin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: false),
                    IsImported = table.Column<bool>(type: "bit", nullable: false),
                    Plate = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Model = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EngineNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    VehicleClass = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LastOdometerKm = table.Column<int>(type: "int", nullable: false),
                    LastOdometerAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "ComplaintEscalations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OwnerId = table.Column<long>(type: "bigint", nullable: true),
                    OwnerName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ComplaintId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintEscalations_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RepairOrders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CustomerId = table.Column<long>(type: "bigint", nullable: false),
                    CustomerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VehicleId = table.Column<long>(type: "bigint", nullable: false),
                    Vin = table.Column<string>(type: "nvarchar(17)", maxLength: 17, nullable: false),
                    Plate = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Model = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    VehicleClass = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AdvisorId = table.Column<long>(type: "bigint", nullable: false),
                    AdvisorName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OdometerKm = table.Column<int>(type: "int", nullable: false),
                    FuelLevelPercent = table.Column<int>(type: "int", nullable: false),
                    ValuablesReminderAcknowledged = table.Column<bool>(type: "bit", nullable: false),
                    CustomerDescription = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CustomerWaits = table.Column<bool>(type: "bit", nullable: false),
                    KeepsOldParts = table.Column<bool>(type: "bit", nullable: false),
                    PromisedCompletionAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletionCertificate_Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CompletionCertificate_InspectorId = table.Column<long>(type: "bigint", nullable: true),
                    CompletionCertificate_InspectorName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CompletionCertificate_IssuedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Settlement_Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Settlement_LabourSubtotal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Settlement_PartsSubtotal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Settlement_Discount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Settlement_CoveredByGuarantee = table.Column<bool>(type: "bit", nullable: true),
                    Settlement_AmountPaid = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Settlement_PaymentMethod = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Settlement_AcceptedBy = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Settlement_SettledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Guarantee_Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Guarantee_Km = table.Column<int>(type: "int", nullable: true),
                    Guarantee_Days = table.Column<int>(type: "int", nullable: true),
                    Guarantee_StartsAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Guarantee_StartOdometerKm = table.Column<int>(type: "int", nullable: true),
                    WarrantyReturn_OriginalOrderId = table.Column<long>(type: "bigint", nullable: true),
                    WarrantyReturn_OriginalOrderNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    WarrantyReturn_DaysSinceHandover = table.Column<int>(type: "int", nullable: true),
                    WarrantyReturn_KmSinceHandover = table.Column<int>(type: "int", nullable: true),
                    WarrantyReturn_InsideGuarantee = table.Column<bool>(type: "bit", nullable: true),
                    WarrantyReturn_RepeatedFailure = table.Column<bool>(type: "bit", nullable: true),
                    WarrantyReturn_CauseDeadline = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WarrantyReturn_Cause = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    WarrantyReturn_CauseNotes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    WarrantyReturn_CauseAttributedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WarrantyReturn_CauseAttributedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    WarrantyReturn_OverrideReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    WarrantyReturn_OverriddenByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    HandedOverAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Accessories = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DamageNotes = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DelayNotices = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Diagnosis = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ExtraFaults = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Inspections = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Signatures = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Number = table.Column<int>(type: "int", nullable: false),
                    RepairOrderId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Ceiling = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    PromisedCompletionAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PromisedGuaranteeKm = table.Column<int>(type: "int", nullable: true),
                    PromisedGuaranteeDays = table.Column<int>(type: "int", nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IssuedById = table.Column<long>(type: "bigint", nullable: false),
                    IssuedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Decision_DecidedBy = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Decision_Method = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Decision_DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Decision_RecordedById = table.Column<long>(type: "bigint", nullable: true),
                    Decision_RecordedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Decision_ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Decision_RemoteIpAddress = table.Column<string>(type: "nvarchar(45)", maxLength: 45, nullable: true),
                    Decision_RemoteUserAgent = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Decision_RemoteSignatureImageId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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
                    Number = table.Column<int>(type: "int", nullable: false),
                    RepairOrderId = table.Column<long>(type: "bigint", nullable: false),
                    EstimateVersion = table.Column<int>(type: "int", nullable: false),
                    LineNumber = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TechnicianId = table.Column<long>(type: "bigint", nullable: true),
                    TechnicianName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    PauseReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReworkCount = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Clocked = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                name: "RevisitCalls",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Purpose = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OrderId = table.Column<long>(type: "bigint", nullable: true),
                    OrderNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ComplaintId = table.Column<long>(type: "bigint", nullable: true),
                    CustomerId = table.Column<long>(type: "bigint", nullable: false),
                    CustomerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CustomerPhone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Plate = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    AdvisorId = table.Column<long>(type: "bigint", nullable: true),
                    AdvisorName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Offset = table.Column<TimeSpan>(type: "time", nullable: false),
                    HandedOverAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CameDueAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AgentId = table.Column<long>(type: "bigint", nullable: true),
                    AgentName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    UnreachedAttempts = table.Column<int>(type: "int", nullable: false),
                    Satisfaction = table.Column<int>(type: "int", nullable: true),
                    Remarks = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ComplaintRaised = table.Column<bool>(type: "bit", nullable: false),
                    UsedCorrectly = table.Column<bool>(type: "bit", nullable: true),
                    BadConditionSince = table.Column<bool>(type: "bit", nullable: true),
                    MetExpectations = table.Column<bool>(type: "bit", nullable: true),
                    FaultFixed = table.Column<bool>(type: "bit", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedById = table.Column<long>(type: "bigint", nullable: true),
                    CancellationReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisitCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisitCalls_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RevisitCalls_RepairOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "RepairOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SigningLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RepairOrderId = table.Column<long>(type: "bigint", nullable: false),
                    EstimateVersion = table.Column<int>(type: "int", nullable: false),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<long>(type: "bigint", nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "EstimateLines",
                columns: table => new
                {
                    Number = table.Column<int>(type: "int", nullable: false),
                    RepairOrderId = table.Column<long>(type: "bigint", nullable: false),
                    EstimateVersionNumber = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PartNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Quantity = table.Column<decimal>(type: "decimal(12,3)", precision: 12, scale: 3, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                name: "IX_Alerts_Key",
                table: "Alerts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Alerts_RecipientId_AcknowledgedAt_RaisedAt",
                table: "Alerts",
                columns: new[] { "RecipientId", "AcknowledgedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CareContacts_CustomerId_At",
                table: "CareContacts",
                columns: new[] { "CustomerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CareTimers_Kind_SubjectId_DueAt",
                table: "CareTimers",
                columns: new[] { "Kind", "SubjectId", "DueAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareTimers_State_DueAt",
                table: "CareTimers",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CareTimers_State_WakeUpScheduledAt",
                table: "CareTimers",
                columns: new[] { "State", "WakeUpScheduledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintEscalations_ComplaintId_Kind",
                table: "ComplaintEscalations",
                columns: new[] { "ComplaintId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CustomerId",
                table: "Complaints",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OpenedAt",
                table: "Complaints",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_SolutionDueAt",
                table: "Complaints",
                columns: new[] { "Status", "SolutionDueAt" });

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
                name: "IX_Customers_NextCareContactAt",
                table: "Customers",
                column: "NextCareContactAt");

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
                name: "IX_RevisitCalls_AgentId_Status_DueAt",
                table: "RevisitCalls",
                columns: new[] { "AgentId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_ClosedAt",
                table: "RevisitCalls",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_ComplaintId",
                table: "RevisitCalls",
                column: "ComplaintId",
                unique: true,
                filter: "[ComplaintId] IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_RevisitCalls_Status_DueAt",
                table: "RevisitCalls",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SigningLinks_RepairOrderId",
                table: "SigningLinks",
                column: "RepairOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SigningLinks_TokenHash",
                table: "SigningLinks",
                column: "TokenHash",
                unique: true);

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
                unique: true,
                filter: "[Plate] IS NOT NULL");

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
                name: "Alerts");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CareContacts");

            migrationBuilder.DropTable(
                name: "CareTimers");

            migrationBuilder.DropTable(
                name: "ComplaintEscalations");

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
                name: "RevisitCalls");

            migrationBuilder.DropTable(
                name: "SignatureImages");

            migrationBuilder.DropTable(
                name: "SigningLinks");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "EstimateVersions");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "RepairOrders");

            migrationBuilder.DropTable(
                name: "Vehicles");

            migrationBuilder.DropTable(
                name: "Customers");
        }
    }
}
