CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "ActorId" INTEGER NULL,
    "ActorName" TEXT NOT NULL,
    "ActorRole" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "FromState" TEXT NULL,
    "ToState" TEXT NULL,
    "Details" TEXT NULL
);

CREATE TABLE "Customers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Address" TEXT NULL,
    "Class" TEXT NOT NULL,
    "PurchaseReason" TEXT NULL,
    "Promises" TEXT NULL,
    "Notes" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);

CREATE TABLE "NumberSequences" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_NumberSequences" PRIMARY KEY,
    "Value" INTEGER NOT NULL
);

CREATE TABLE "SignatureImages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SignatureImages" PRIMARY KEY,
    "Png" BLOB NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "Users" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Users" PRIMARY KEY AUTOINCREMENT,
    "UserName" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "CustomerPhones" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CustomerPhones" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "IsPrimary" INTEGER NOT NULL,
    "CustomerId" INTEGER NOT NULL,
    CONSTRAINT "FK_CustomerPhones_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Vehicles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Vehicles" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "Vin" TEXT NOT NULL,
    "IsImported" INTEGER NOT NULL,
    "Plate" TEXT NULL,
    "Model" TEXT NOT NULL,
    "EngineNumber" TEXT NULL,
    "VehicleClass" TEXT NOT NULL,
    "LastOdometerKm" INTEGER NOT NULL,
    "LastOdometerAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Vehicles_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RepairOrders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RepairOrders" PRIMARY KEY AUTOINCREMENT,
    "Number" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CustomerId" INTEGER NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "CustomerPhone" TEXT NOT NULL,
    "VehicleId" INTEGER NOT NULL,
    "Vin" TEXT NOT NULL,
    "Plate" TEXT NULL,
    "Model" TEXT NOT NULL,
    "VehicleClass" TEXT NOT NULL,
    "AdvisorId" INTEGER NOT NULL,
    "AdvisorName" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "OdometerKm" INTEGER NOT NULL,
    "FuelLevelPercent" INTEGER NOT NULL,
    "ValuablesReminderAcknowledged" INTEGER NOT NULL,
    "CustomerDescription" TEXT NOT NULL,
    "CustomerWaits" INTEGER NOT NULL,
    "KeepsOldParts" INTEGER NOT NULL,
    "PromisedCompletionAt" TEXT NULL,
    "CompletionCertificate_Number" TEXT NULL,
    "CompletionCertificate_InspectorId" INTEGER NULL,
    "CompletionCertificate_InspectorName" TEXT NULL,
    "CompletionCertificate_IssuedAt" TEXT NULL,
    "Settlement_Number" TEXT NULL,
    "Settlement_LabourSubtotal" TEXT NULL,
    "Settlement_PartsSubtotal" TEXT NULL,
    "Settlement_Discount" TEXT NULL,
    "Settlement_CoveredByGuarantee" INTEGER NULL,
    "Settlement_AmountPaid" TEXT NULL,
    "Settlement_PaymentMethod" TEXT NULL,
    "Settlement_AcceptedBy" TEXT NULL,
    "Settlement_SettledAt" TEXT NULL,
    "Guarantee_Category" TEXT NULL,
    "Guarantee_Km" INTEGER NULL,
    "Guarantee_Days" INTEGER NULL,
    "Guarantee_StartsAt" TEXT NULL,
    "Guarantee_StartOdometerKm" INTEGER NULL,
    "WarrantyReturn_OriginalOrderId" INTEGER NULL,
    "WarrantyReturn_OriginalOrderNumber" TEXT NULL,
    "WarrantyReturn_DaysSinceHandover" INTEGER NULL,
    "WarrantyReturn_KmSinceHandover" INTEGER NULL,
    "WarrantyReturn_InsideGuarantee" INTEGER NULL,
    "WarrantyReturn_RepeatedFailure" INTEGER NULL,
    "WarrantyReturn_CauseDeadline" TEXT NULL,
    "WarrantyReturn_Cause" TEXT NULL,
    "WarrantyReturn_CauseNotes" TEXT NULL,
    "WarrantyReturn_CauseAttributedAt" TEXT NULL,
    "WarrantyReturn_CauseAttributedByName" TEXT NULL,
    "WarrantyReturn_OverrideReason" TEXT NULL,
    "WarrantyReturn_OverriddenByName" TEXT NULL,
    "HandedOverAt" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "CancellationReason" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Accessories" TEXT NULL,
    "DamageNotes" TEXT NULL,
    "DelayNotices" TEXT NULL,
    "Diagnosis" TEXT NULL,
    "ExtraFaults" TEXT NULL,
    "Inspections" TEXT NULL,
    "Signatures" TEXT NULL,
    CONSTRAINT "FK_RepairOrders_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RepairOrders_Vehicles_VehicleId" FOREIGN KEY ("VehicleId") REFERENCES "Vehicles" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "EstimateVersions" (
    "Number" INTEGER NOT NULL,
    "RepairOrderId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Ceiling" TEXT NULL,
    "PromisedCompletionAt" TEXT NOT NULL,
    "PromisedGuaranteeKm" INTEGER NULL,
    "PromisedGuaranteeDays" INTEGER NULL,
    "Notes" TEXT NULL,
    "IssuedAt" TEXT NOT NULL,
    "IssuedById" INTEGER NOT NULL,
    "IssuedByName" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Decision_DecidedBy" TEXT NULL,
    "Decision_Method" TEXT NULL,
    "Decision_DecidedAt" TEXT NULL,
    "Decision_RecordedById" INTEGER NULL,
    "Decision_RecordedByName" TEXT NULL,
    "Decision_ContentHash" TEXT NULL,
    "Decision_RemoteIpAddress" TEXT NULL,
    "Decision_RemoteUserAgent" TEXT NULL,
    CONSTRAINT "PK_EstimateVersions" PRIMARY KEY ("RepairOrderId", "Number"),
    CONSTRAINT "FK_EstimateVersions_RepairOrders_RepairOrderId" FOREIGN KEY ("RepairOrderId") REFERENCES "RepairOrders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Jobs" (
    "Number" INTEGER NOT NULL,
    "RepairOrderId" INTEGER NOT NULL,
    "EstimateVersion" INTEGER NOT NULL,
    "LineNumber" INTEGER NOT NULL,
    "Description" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "TechnicianId" INTEGER NULL,
    "TechnicianName" TEXT NULL,
    "PauseReason" TEXT NULL,
    "ReworkCount" INTEGER NOT NULL,
    "StartedAt" TEXT NULL,
    "FinishedAt" TEXT NULL,
    "Clocked" TEXT NULL,
    CONSTRAINT "PK_Jobs" PRIMARY KEY ("RepairOrderId", "Number"),
    CONSTRAINT "FK_Jobs_RepairOrders_RepairOrderId" FOREIGN KEY ("RepairOrderId") REFERENCES "RepairOrders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "EstimateLines" (
    "Number" INTEGER NOT NULL,
    "RepairOrderId" INTEGER NOT NULL,
    "EstimateVersionNumber" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PartNumber" TEXT NULL,
    "Quantity" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "Decision" TEXT NOT NULL,
    CONSTRAINT "PK_EstimateLines" PRIMARY KEY ("RepairOrderId", "EstimateVersionNumber", "Number"),
    CONSTRAINT "FK_EstimateLines_EstimateVersions_RepairOrderId_EstimateVersionNumber" FOREIGN KEY ("RepairOrderId", "EstimateVersionNumber") REFERENCES "EstimateVersions" ("RepairOrderId", "Number") ON DELETE CASCADE
);

CREATE INDEX "IX_AuditEntries_EntityType_EntityId" ON "AuditEntries" ("EntityType", "EntityId");

CREATE INDEX "IX_CustomerPhones_CustomerId" ON "CustomerPhones" ("CustomerId");

CREATE INDEX "IX_CustomerPhones_Number" ON "CustomerPhones" ("Number");

CREATE INDEX "IX_Customers_Name" ON "Customers" ("Name");

CREATE INDEX "IX_Jobs_TechnicianId_Status" ON "Jobs" ("TechnicianId", "Status");

CREATE INDEX "IX_RepairOrders_CustomerId" ON "RepairOrders" ("CustomerId");

CREATE UNIQUE INDEX "IX_RepairOrders_Number" ON "RepairOrders" ("Number");

CREATE INDEX "IX_RepairOrders_Plate" ON "RepairOrders" ("Plate");

CREATE INDEX "IX_RepairOrders_ReceivedAt" ON "RepairOrders" ("ReceivedAt");

CREATE INDEX "IX_RepairOrders_Status_AdvisorId" ON "RepairOrders" ("Status", "AdvisorId");

CREATE INDEX "IX_RepairOrders_VehicleId_ReceivedAt" ON "RepairOrders" ("VehicleId", "ReceivedAt");

CREATE INDEX "IX_RepairOrders_WarrantyReturn_OriginalOrderId" ON "RepairOrders" ("WarrantyReturn_OriginalOrderId");

CREATE UNIQUE INDEX "IX_Users_UserName" ON "Users" ("UserName");

CREATE INDEX "IX_Vehicles_CustomerId" ON "Vehicles" ("CustomerId");

CREATE UNIQUE INDEX "IX_Vehicles_Plate" ON "Vehicles" ("Plate");

CREATE UNIQUE INDEX "IX_Vehicles_Vin" ON "Vehicles" ("Vin");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122131531_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Customers" ADD "LastCareContactAt" TEXT NULL;

ALTER TABLE "Customers" ADD "NextCareContactAt" TEXT NULL;

CREATE TABLE "Alerts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Alerts" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "RecipientId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "SubjectType" TEXT NOT NULL,
    "SubjectId" INTEGER NOT NULL,
    "Message" TEXT NOT NULL,
    "RaisedAt" TEXT NOT NULL,
    "AcknowledgedAt" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "CareContacts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CareContacts" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "Reached" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "ById" INTEGER NOT NULL,
    "ByName" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_CareContacts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CareTimers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CareTimers" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "SubjectId" INTEGER NOT NULL,
    "DueAt" TEXT NOT NULL,
    "SubjectTime" TEXT NULL,
    "State" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "WakeUpScheduledAt" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "LastAttemptAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "Outcome" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "Complaints" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Complaints" PRIMARY KEY AUTOINCREMENT,
    "CustomerId" INTEGER NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "CustomerPhone" TEXT NOT NULL,
    "OrderId" INTEGER NULL,
    "OrderNumber" TEXT NULL,
    "AdvisorId" INTEGER NULL,
    "RevisitCallId" INTEGER NULL,
    "Source" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "OpenedById" INTEGER NOT NULL,
    "OpenedByName" TEXT NOT NULL,
    "SolutionDueAt" TEXT NOT NULL,
    "ProposedSolution" TEXT NULL,
    "SolutionProposedAt" TEXT NULL,
    "Compensation" TEXT NOT NULL,
    "CompensationApproval" TEXT NOT NULL,
    "CompensationDecisionNote" TEXT NULL,
    "IsEscalated" INTEGER NOT NULL,
    "EscalatedAt" TEXT NULL,
    "OwnerId" INTEGER NULL,
    "OwnerName" TEXT NULL,
    "AnswerDueAt" TEXT NULL,
    "AnsweredAt" TEXT NULL,
    "IsFlagged" INTEGER NOT NULL,
    "Outcome" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Steps" TEXT NULL,
    CONSTRAINT "FK_Complaints_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "RevisitCalls" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RevisitCalls" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "OrderNumber" TEXT NOT NULL,
    "CustomerId" INTEGER NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "CustomerPhone" TEXT NOT NULL,
    "Plate" TEXT NULL,
    "AdvisorId" INTEGER NOT NULL,
    "AdvisorName" TEXT NOT NULL,
    "Offset" TEXT NOT NULL,
    "HandedOverAt" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "CameDueAt" TEXT NULL,
    "AgentId" INTEGER NULL,
    "AgentName" TEXT NULL,
    "UnreachedAttempts" INTEGER NOT NULL,
    "Satisfaction" INTEGER NULL,
    "Remarks" TEXT NULL,
    "ComplaintRaised" INTEGER NOT NULL,
    "ClosedAt" TEXT NULL,
    "ClosedById" INTEGER NULL,
    "CancellationReason" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_RevisitCalls_RepairOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "RepairOrders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ComplaintEscalations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ComplaintEscalations" PRIMARY KEY AUTOINCREMENT,
    "Kind" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "OwnerId" INTEGER NULL,
    "OwnerName" TEXT NULL,
    "ComplaintId" INTEGER NOT NULL,
    CONSTRAINT "FK_ComplaintEscalations_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Customers_NextCareContactAt" ON "Customers" ("NextCareContactAt");

CREATE UNIQUE INDEX "IX_Alerts_Key" ON "Alerts" ("Key");

CREATE INDEX "IX_Alerts_RecipientId_AcknowledgedAt_RaisedAt" ON "Alerts" ("RecipientId", "AcknowledgedAt", "RaisedAt");

CREATE INDEX "IX_CareContacts_CustomerId_At" ON "CareContacts" ("CustomerId", "At");

CREATE UNIQUE INDEX "IX_CareTimers_Kind_SubjectId_DueAt" ON "CareTimers" ("Kind", "SubjectId", "DueAt");

CREATE INDEX "IX_CareTimers_State_DueAt" ON "CareTimers" ("State", "DueAt");

CREATE INDEX "IX_CareTimers_WakeUpScheduledAt" ON "CareTimers" ("WakeUpScheduledAt");

CREATE UNIQUE INDEX "IX_ComplaintEscalations_ComplaintId_Kind" ON "ComplaintEscalations" ("ComplaintId", "Kind");

CREATE INDEX "IX_Complaints_CustomerId" ON "Complaints" ("CustomerId");

CREATE INDEX "IX_Complaints_OpenedAt" ON "Complaints" ("OpenedAt");

CREATE INDEX "IX_Complaints_Status_SolutionDueAt" ON "Complaints" ("Status", "SolutionDueAt");

CREATE INDEX "IX_RevisitCalls_AgentId_Status_DueAt" ON "RevisitCalls" ("AgentId", "Status", "DueAt");

CREATE INDEX "IX_RevisitCalls_ClosedAt" ON "RevisitCalls" ("ClosedAt");

CREATE UNIQUE INDEX "IX_RevisitCalls_OrderId_Offset" ON "RevisitCalls" ("OrderId", "Offset");

CREATE INDEX "IX_RevisitCalls_Status_DueAt" ON "RevisitCalls" ("Status", "DueAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122134210_CustomerCare', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "EstimateVersions" ADD "Decision_RemoteSignatureImageId" TEXT NULL;

CREATE TABLE "SigningLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SigningLinks" PRIMARY KEY AUTOINCREMENT,
    "RepairOrderId" INTEGER NOT NULL,
    "EstimateVersion" INTEGER NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedById" INTEGER NOT NULL,
    "CreatedByName" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    "RevokedAt" TEXT NULL,
    CONSTRAINT "FK_SigningLinks_RepairOrders_RepairOrderId" FOREIGN KEY ("RepairOrderId") REFERENCES "RepairOrders" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SigningLinks_RepairOrderId" ON "SigningLinks" ("RepairOrderId");

CREATE UNIQUE INDEX "IX_SigningLinks_TokenHash" ON "SigningLinks" ("TokenHash");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122140454_SigningLinks', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
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

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122142022_VehicleSearch', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_CareTimers_WakeUpScheduledAt";

CREATE INDEX "IX_CareTimers_State_WakeUpScheduledAt" ON "CareTimers" ("State", "WakeUpScheduledAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122163709_CareTimerSweepIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_RevisitCalls_OrderId_Offset";

ALTER TABLE "RevisitCalls" ADD "BadConditionSince" INTEGER NULL;

ALTER TABLE "RevisitCalls" ADD "ComplaintId" INTEGER NULL;

ALTER TABLE "RevisitCalls" ADD "FaultFixed" INTEGER NULL;

ALTER TABLE "RevisitCalls" ADD "MetExpectations" INTEGER NULL;

ALTER TABLE "RevisitCalls" ADD "Purpose" TEXT NOT NULL DEFAULT 'AfterHandover';

ALTER TABLE "RevisitCalls" ADD "UsedCorrectly" INTEGER NULL;

ALTER TABLE "Complaints" ADD "AssessedAt" TEXT NULL;

ALTER TABLE "Complaints" ADD "AssessedById" INTEGER NULL;

ALTER TABLE "Complaints" ADD "AssessedByName" TEXT NULL;

ALTER TABLE "Complaints" ADD "AssessmentFindings" TEXT NULL;

ALTER TABLE "Complaints" ADD "CompensationTier" TEXT NOT NULL DEFAULT 'None';

CREATE UNIQUE INDEX "IX_RevisitCalls_ComplaintId" ON "RevisitCalls" ("ComplaintId");

CREATE INDEX "IX_RevisitCalls_OrderId" ON "RevisitCalls" ("OrderId");

CREATE UNIQUE INDEX "IX_RevisitCalls_OrderId_Offset" ON "RevisitCalls" ("OrderId", "Offset") WHERE "Purpose" = 'AfterHandover';

CREATE TABLE "ef_temp_RevisitCalls" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RevisitCalls" PRIMARY KEY AUTOINCREMENT,
    "AdvisorId" INTEGER NULL,
    "AdvisorName" TEXT NULL,
    "AgentId" INTEGER NULL,
    "AgentName" TEXT NULL,
    "BadConditionSince" INTEGER NULL,
    "CameDueAt" TEXT NULL,
    "CancellationReason" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "ClosedById" INTEGER NULL,
    "ComplaintId" INTEGER NULL,
    "ComplaintRaised" INTEGER NOT NULL,
    "CustomerId" INTEGER NOT NULL,
    "CustomerName" TEXT NOT NULL,
    "CustomerPhone" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "FaultFixed" INTEGER NULL,
    "HandedOverAt" TEXT NULL,
    "MetExpectations" INTEGER NULL,
    "Offset" TEXT NOT NULL,
    "OrderId" INTEGER NULL,
    "OrderNumber" TEXT NULL,
    "Plate" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "Remarks" TEXT NULL,
    "Satisfaction" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "UnreachedAttempts" INTEGER NOT NULL,
    "UsedCorrectly" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_RevisitCalls_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_RevisitCalls_RepairOrders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "RepairOrders" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_RevisitCalls" ("Id", "AdvisorId", "AdvisorName", "AgentId", "AgentName", "BadConditionSince", "CameDueAt", "CancellationReason", "ClosedAt", "ClosedById", "ComplaintId", "ComplaintRaised", "CustomerId", "CustomerName", "CustomerPhone", "DueAt", "FaultFixed", "HandedOverAt", "MetExpectations", "Offset", "OrderId", "OrderNumber", "Plate", "Purpose", "Remarks", "Satisfaction", "Status", "UnreachedAttempts", "UsedCorrectly", "Version")
SELECT "Id", "AdvisorId", "AdvisorName", "AgentId", "AgentName", "BadConditionSince", "CameDueAt", "CancellationReason", "ClosedAt", "ClosedById", "ComplaintId", "ComplaintRaised", "CustomerId", "CustomerName", "CustomerPhone", "DueAt", "FaultFixed", "HandedOverAt", "MetExpectations", "Offset", "OrderId", "OrderNumber", "Plate", "Purpose", "Remarks", "Satisfaction", "Status", "UnreachedAttempts", "UsedCorrectly", "Version"
FROM "RevisitCalls";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "RevisitCalls";

ALTER TABLE "ef_temp_RevisitCalls" RENAME TO "RevisitCalls";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_RevisitCalls_AgentId_Status_DueAt" ON "RevisitCalls" ("AgentId", "Status", "DueAt");

CREATE INDEX "IX_RevisitCalls_ClosedAt" ON "RevisitCalls" ("ClosedAt");

CREATE UNIQUE INDEX "IX_RevisitCalls_ComplaintId" ON "RevisitCalls" ("ComplaintId");

CREATE INDEX "IX_RevisitCalls_OrderId" ON "RevisitCalls" ("OrderId");

CREATE UNIQUE INDEX "IX_RevisitCalls_OrderId_Offset" ON "RevisitCalls" ("OrderId", "Offset") WHERE "Purpose" = 'AfterHandover';

CREATE INDEX "IX_RevisitCalls_Status_DueAt" ON "RevisitCalls" ("Status", "DueAt");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129152659_CareLadderFollowUpsAnswers', '10.0.15');

BEGIN TRANSACTION;
UPDATE "Complaints" SET "CompensationTier" = CASE
    WHEN "CompensationApproval" <> 'NotNeeded' THEN 'ServiceManager'
    WHEN CAST("Compensation" AS REAL) > 0 THEN 'Department'
    ELSE 'None' END;

UPDATE "Complaints" SET "OwnerId" = "OpenedById", "OwnerName" = "OpenedByName" WHERE "OwnerId" IS NULL;

INSERT INTO "CareTimers" ("Kind", "SubjectId", "DueAt", "SubjectTime", "State", "CreatedAt", "Attempts", "Version")
SELECT 'PromiseMissedCheck', "Id", "PromisedCompletionAt", "PromisedCompletionAt", 'Pending', strftime('%Y-%m-%d %H:%M:%f', 'now'), 0, 0
FROM "RepairOrders"
WHERE "PromisedCompletionAt" IS NOT NULL
  AND "Status" IN ('Received', 'AwaitingApproval', 'EstimateDeclined', 'Approved', 'InProgress', 'AwaitingInspection');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129153611_CareBackfill', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "RepairOrders" ADD "DiscountApproval_Amount" TEXT NULL;

ALTER TABLE "RepairOrders" ADD "DiscountApproval_ApprovedAt" TEXT NULL;

ALTER TABLE "RepairOrders" ADD "DiscountApproval_ApprovedById" INTEGER NULL;

ALTER TABLE "RepairOrders" ADD "DiscountApproval_ApprovedByName" TEXT NULL;

ALTER TABLE "RepairOrders" ADD "DiscountApproval_Reason" TEXT NULL;

ALTER TABLE "RepairOrders" ADD "Guarantee_EndsAt" TEXT NULL;

ALTER TABLE "RepairOrders" ADD "Guarantee_LastDay" TEXT NULL;

ALTER TABLE "RepairOrders" ADD "Guarantee_TimeZone" TEXT NULL;

ALTER TABLE "EstimateVersions" ADD "Decision_ConsentedCeiling" TEXT NULL;

UPDATE "RepairOrders" SET
    "Guarantee_TimeZone" = 'Asia/Shanghai',
    "Guarantee_LastDay" = date("Guarantee_StartsAt", '+8 hours', '+' || "Guarantee_Days" || ' days'),
    "Guarantee_EndsAt" = datetime(date("Guarantee_StartsAt", '+8 hours', '+' || ("Guarantee_Days" + 1) || ' days'), '-8 hours')
WHERE "Guarantee_StartsAt" IS NOT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129164104_GuaranteeCalendarCeilingDiscount', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "SignatureImages" RENAME COLUMN "Png" TO "Image";

ALTER TABLE "SignatureImages" ADD "ContentType" TEXT NOT NULL DEFAULT 'image/png';

ALTER TABLE "RepairOrders" ADD "AccessoriesReturned" TEXT NULL;

ALTER TABLE "EstimateLines" ADD "System" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129175806_SignaturesExtraFaultsRoadTest', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "EstimateLines" ADD "Grade" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129185721_PartGradeAndTechnicians', '10.0.15');

COMMIT;

