IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [Alerts] (
        [Id] bigint NOT NULL IDENTITY,
        [Key] nvarchar(200) NOT NULL,
        [RecipientId] bigint NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [SubjectType] nvarchar(40) NOT NULL,
        [SubjectId] bigint NOT NULL,
        [Message] nvarchar(1000) NOT NULL,
        [RaisedAt] datetime2 NOT NULL,
        [AcknowledgedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Alerts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [ActorId] bigint NULL,
        [ActorName] nvarchar(50) NOT NULL,
        [ActorRole] nvarchar(20) NOT NULL,
        [EntityType] nvarchar(40) NOT NULL,
        [EntityId] bigint NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [FromState] nvarchar(40) NULL,
        [ToState] nvarchar(40) NULL,
        [Details] nvarchar(2000) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [CareTimers] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(40) NOT NULL,
        [SubjectId] bigint NOT NULL,
        [DueAt] datetime2 NOT NULL,
        [SubjectTime] datetime2 NULL,
        [State] nvarchar(40) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [WakeUpScheduledAt] datetime2 NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        [LastAttemptAt] datetime2 NULL,
        [CompletedAt] datetime2 NULL,
        [Outcome] nvarchar(500) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CareTimers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [Customers] (
        [Id] bigint NOT NULL IDENTITY,
        [LastCareContactAt] datetime2 NULL,
        [NextCareContactAt] datetime2 NULL,
        [Name] nvarchar(100) NOT NULL,
        [Address] nvarchar(300) NULL,
        [Class] nvarchar(40) NOT NULL,
        [PurchaseReason] nvarchar(1000) NULL,
        [Promises] nvarchar(2000) NULL,
        [Notes] nvarchar(4000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Customers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(100) NULL,
        [Xml] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [NumberSequences] (
        [Key] nvarchar(40) NOT NULL,
        [Value] bigint NOT NULL,
        CONSTRAINT [PK_NumberSequences] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [SignatureImages] (
        [Id] uniqueidentifier NOT NULL,
        [Png] varbinary(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_SignatureImages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [Users] (
        [Id] bigint NOT NULL IDENTITY,
        [UserName] nvarchar(50) NOT NULL,
        [DisplayName] nvarchar(50) NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        [PasswordHash] nvarchar(200) NOT NULL,
        [IsActive] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Users] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [CareContacts] (
        [Id] bigint NOT NULL IDENTITY,
        [CustomerId] bigint NOT NULL,
        [Reached] bit NOT NULL,
        [Note] nvarchar(2000) NULL,
        [ById] bigint NOT NULL,
        [ByName] nvarchar(50) NOT NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_CareContacts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CareContacts_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [Complaints] (
        [Id] bigint NOT NULL IDENTITY,
        [CustomerId] bigint NOT NULL,
        [CustomerName] nvarchar(100) NOT NULL,
        [CustomerPhone] nvarchar(20) NOT NULL,
        [OrderId] bigint NULL,
        [OrderNumber] nvarchar(20) NULL,
        [AdvisorId] bigint NULL,
        [RevisitCallId] bigint NULL,
        [Source] nvarchar(40) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [OpenedAt] datetime2 NOT NULL,
        [OpenedById] bigint NOT NULL,
        [OpenedByName] nvarchar(50) NOT NULL,
        [SolutionDueAt] datetime2 NOT NULL,
        [ProposedSolution] nvarchar(2000) NULL,
        [SolutionProposedAt] datetime2 NULL,
        [Compensation] decimal(18,2) NOT NULL,
        [CompensationTier] nvarchar(40) NOT NULL,
        [CompensationApproval] nvarchar(40) NOT NULL,
        [AssessmentFindings] nvarchar(2000) NULL,
        [AssessedById] bigint NULL,
        [AssessedByName] nvarchar(50) NULL,
        [AssessedAt] datetime2 NULL,
        [CompensationDecisionNote] nvarchar(1000) NULL,
        [IsEscalated] bit NOT NULL,
        [EscalatedAt] datetime2 NULL,
        [OwnerId] bigint NULL,
        [OwnerName] nvarchar(50) NULL,
        [AnswerDueAt] datetime2 NULL,
        [AnsweredAt] datetime2 NULL,
        [IsFlagged] bit NOT NULL,
        [Outcome] nvarchar(2000) NULL,
        [ClosedAt] datetime2 NULL,
        [Version] int NOT NULL,
        [Steps] nvarchar(max) NULL,
        CONSTRAINT [PK_Complaints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Complaints_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [CustomerPhones] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(20) NOT NULL,
        [IsPrimary] bit NOT NULL,
        [CustomerId] bigint NOT NULL,
        CONSTRAINT [PK_CustomerPhones] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CustomerPhones_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [Vehicles] (
        [Id] bigint NOT NULL IDENTITY,
        [CustomerId] bigint NOT NULL,
        [Vin] nvarchar(17) NOT NULL,
        [IsImported] bit NOT NULL,
        [Plate] nvarchar(10) NULL,
        [Model] nvarchar(100) NOT NULL,
        [EngineNumber] nvarchar(40) NULL,
        [VehicleClass] nvarchar(40) NOT NULL,
        [LastOdometerKm] int NOT NULL,
        [LastOdometerAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Vehicles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Vehicles_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [ComplaintEscalations] (
        [Id] bigint NOT NULL IDENTITY,
        [Kind] nvarchar(40) NOT NULL,
        [At] datetime2 NOT NULL,
        [Reason] nvarchar(500) NOT NULL,
        [OwnerId] bigint NULL,
        [OwnerName] nvarchar(50) NULL,
        [ComplaintId] bigint NOT NULL,
        CONSTRAINT [PK_ComplaintEscalations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ComplaintEscalations_Complaints_ComplaintId] FOREIGN KEY ([ComplaintId]) REFERENCES [Complaints] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [RepairOrders] (
        [Id] bigint NOT NULL IDENTITY,
        [Number] nvarchar(20) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [CustomerId] bigint NOT NULL,
        [CustomerName] nvarchar(100) NOT NULL,
        [CustomerPhone] nvarchar(20) NOT NULL,
        [VehicleId] bigint NOT NULL,
        [Vin] nvarchar(17) NOT NULL,
        [Plate] nvarchar(10) NULL,
        [Model] nvarchar(100) NOT NULL,
        [VehicleClass] nvarchar(40) NOT NULL,
        [AdvisorId] bigint NOT NULL,
        [AdvisorName] nvarchar(50) NOT NULL,
        [ReceivedAt] datetime2 NOT NULL,
        [OdometerKm] int NOT NULL,
        [FuelLevelPercent] int NOT NULL,
        [ValuablesReminderAcknowledged] bit NOT NULL,
        [CustomerDescription] nvarchar(2000) NOT NULL,
        [CustomerWaits] bit NOT NULL,
        [KeepsOldParts] bit NOT NULL,
        [PromisedCompletionAt] datetime2 NULL,
        [CompletionCertificate_Number] nvarchar(50) NULL,
        [CompletionCertificate_InspectorId] bigint NULL,
        [CompletionCertificate_InspectorName] nvarchar(50) NULL,
        [CompletionCertificate_IssuedAt] datetime2 NULL,
        [Settlement_Number] nvarchar(20) NULL,
        [Settlement_LabourSubtotal] decimal(18,2) NULL,
        [Settlement_PartsSubtotal] decimal(18,2) NULL,
        [Settlement_Discount] decimal(18,2) NULL,
        [Settlement_CoveredByGuarantee] bit NULL,
        [Settlement_AmountPaid] decimal(18,2) NULL,
        [Settlement_PaymentMethod] nvarchar(30) NULL,
        [Settlement_AcceptedBy] nvarchar(50) NULL,
        [Settlement_SettledAt] datetime2 NULL,
        [Guarantee_Category] nvarchar(40) NULL,
        [Guarantee_Km] int NULL,
        [Guarantee_Days] int NULL,
        [Guarantee_StartsAt] datetime2 NULL,
        [Guarantee_StartOdometerKm] int NULL,
        [WarrantyReturn_OriginalOrderId] bigint NULL,
        [WarrantyReturn_OriginalOrderNumber] nvarchar(20) NULL,
        [WarrantyReturn_DaysSinceHandover] int NULL,
        [WarrantyReturn_KmSinceHandover] int NULL,
        [WarrantyReturn_InsideGuarantee] bit NULL,
        [WarrantyReturn_RepeatedFailure] bit NULL,
        [WarrantyReturn_CauseDeadline] datetime2 NULL,
        [WarrantyReturn_Cause] nvarchar(40) NULL,
        [WarrantyReturn_CauseNotes] nvarchar(1000) NULL,
        [WarrantyReturn_CauseAttributedAt] datetime2 NULL,
        [WarrantyReturn_CauseAttributedByName] nvarchar(50) NULL,
        [WarrantyReturn_OverrideReason] nvarchar(500) NULL,
        [WarrantyReturn_OverriddenByName] nvarchar(50) NULL,
        [HandedOverAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [CancellationReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [Accessories] nvarchar(max) NULL,
        [DamageNotes] nvarchar(max) NULL,
        [DelayNotices] nvarchar(max) NULL,
        [Diagnosis] nvarchar(max) NULL,
        [ExtraFaults] nvarchar(max) NULL,
        [Inspections] nvarchar(max) NULL,
        [Signatures] nvarchar(max) NULL,
        CONSTRAINT [PK_RepairOrders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RepairOrders_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_RepairOrders_Vehicles_VehicleId] FOREIGN KEY ([VehicleId]) REFERENCES [Vehicles] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [EstimateVersions] (
        [Number] int NOT NULL,
        [RepairOrderId] bigint NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [State] nvarchar(40) NOT NULL,
        [Category] nvarchar(40) NOT NULL,
        [Ceiling] decimal(18,2) NULL,
        [PromisedCompletionAt] datetime2 NOT NULL,
        [PromisedGuaranteeKm] int NULL,
        [PromisedGuaranteeDays] int NULL,
        [Notes] nvarchar(2000) NULL,
        [IssuedAt] datetime2 NOT NULL,
        [IssuedById] bigint NOT NULL,
        [IssuedByName] nvarchar(50) NOT NULL,
        [ContentHash] nvarchar(64) NOT NULL,
        [Decision_DecidedBy] nvarchar(50) NULL,
        [Decision_Method] nvarchar(40) NULL,
        [Decision_DecidedAt] datetime2 NULL,
        [Decision_RecordedById] bigint NULL,
        [Decision_RecordedByName] nvarchar(50) NULL,
        [Decision_ContentHash] nvarchar(64) NULL,
        [Decision_RemoteIpAddress] nvarchar(45) NULL,
        [Decision_RemoteUserAgent] nvarchar(300) NULL,
        [Decision_RemoteSignatureImageId] uniqueidentifier NULL,
        CONSTRAINT [PK_EstimateVersions] PRIMARY KEY ([RepairOrderId], [Number]),
        CONSTRAINT [FK_EstimateVersions_RepairOrders_RepairOrderId] FOREIGN KEY ([RepairOrderId]) REFERENCES [RepairOrders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [Jobs] (
        [Number] int NOT NULL,
        [RepairOrderId] bigint NOT NULL,
        [EstimateVersion] int NOT NULL,
        [LineNumber] int NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [TechnicianId] bigint NULL,
        [TechnicianName] nvarchar(50) NULL,
        [PauseReason] nvarchar(200) NULL,
        [ReworkCount] int NOT NULL,
        [StartedAt] datetime2 NULL,
        [FinishedAt] datetime2 NULL,
        [Clocked] nvarchar(max) NULL,
        CONSTRAINT [PK_Jobs] PRIMARY KEY ([RepairOrderId], [Number]),
        CONSTRAINT [FK_Jobs_RepairOrders_RepairOrderId] FOREIGN KEY ([RepairOrderId]) REFERENCES [RepairOrders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [RevisitCalls] (
        [Id] bigint NOT NULL IDENTITY,
        [Purpose] nvarchar(40) NOT NULL,
        [OrderId] bigint NULL,
        [OrderNumber] nvarchar(20) NULL,
        [ComplaintId] bigint NULL,
        [CustomerId] bigint NOT NULL,
        [CustomerName] nvarchar(100) NOT NULL,
        [CustomerPhone] nvarchar(20) NOT NULL,
        [Plate] nvarchar(10) NULL,
        [AdvisorId] bigint NULL,
        [AdvisorName] nvarchar(50) NULL,
        [Offset] time NOT NULL,
        [HandedOverAt] datetime2 NULL,
        [Status] nvarchar(40) NOT NULL,
        [DueAt] datetime2 NOT NULL,
        [CameDueAt] datetime2 NULL,
        [AgentId] bigint NULL,
        [AgentName] nvarchar(50) NULL,
        [UnreachedAttempts] int NOT NULL,
        [Satisfaction] int NULL,
        [Remarks] nvarchar(2000) NULL,
        [ComplaintRaised] bit NOT NULL,
        [UsedCorrectly] bit NULL,
        [BadConditionSince] bit NULL,
        [MetExpectations] bit NULL,
        [FaultFixed] bit NULL,
        [ClosedAt] datetime2 NULL,
        [ClosedById] bigint NULL,
        [CancellationReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_RevisitCalls] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RevisitCalls_Complaints_ComplaintId] FOREIGN KEY ([ComplaintId]) REFERENCES [Complaints] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_RevisitCalls_RepairOrders_OrderId] FOREIGN KEY ([OrderId]) REFERENCES [RepairOrders] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [SigningLinks] (
        [Id] bigint NOT NULL IDENTITY,
        [RepairOrderId] bigint NOT NULL,
        [EstimateVersion] int NOT NULL,
        [ContentHash] nvarchar(64) NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedById] bigint NOT NULL,
        [CreatedByName] nvarchar(50) NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [UsedAt] datetime2 NULL,
        [RevokedAt] datetime2 NULL,
        CONSTRAINT [PK_SigningLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SigningLinks_RepairOrders_RepairOrderId] FOREIGN KEY ([RepairOrderId]) REFERENCES [RepairOrders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE TABLE [EstimateLines] (
        [Number] int NOT NULL,
        [RepairOrderId] bigint NOT NULL,
        [EstimateVersionNumber] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Description] nvarchar(200) NOT NULL,
        [PartNumber] nvarchar(50) NULL,
        [Quantity] decimal(12,3) NOT NULL,
        [UnitPrice] decimal(18,2) NOT NULL,
        [Amount] decimal(18,2) NOT NULL,
        [Decision] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_EstimateLines] PRIMARY KEY ([RepairOrderId], [EstimateVersionNumber], [Number]),
        CONSTRAINT [FK_EstimateLines_EstimateVersions_RepairOrderId_EstimateVersionNumber] FOREIGN KEY ([RepairOrderId], [EstimateVersionNumber]) REFERENCES [EstimateVersions] ([RepairOrderId], [Number]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Alerts_Key] ON [Alerts] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Alerts_RecipientId_AcknowledgedAt_RaisedAt] ON [Alerts] ([RecipientId], [AcknowledgedAt], [RaisedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_CareContacts_CustomerId_At] ON [CareContacts] ([CustomerId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CareTimers_Kind_SubjectId_DueAt] ON [CareTimers] ([Kind], [SubjectId], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_CareTimers_State_DueAt] ON [CareTimers] ([State], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_CareTimers_State_WakeUpScheduledAt] ON [CareTimers] ([State], [WakeUpScheduledAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ComplaintEscalations_ComplaintId_Kind] ON [ComplaintEscalations] ([ComplaintId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_CustomerId] ON [Complaints] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_OpenedAt] ON [Complaints] ([OpenedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Complaints_Status_SolutionDueAt] ON [Complaints] ([Status], [SolutionDueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_CustomerPhones_CustomerId] ON [CustomerPhones] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_CustomerPhones_Number] ON [CustomerPhones] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Customers_Name] ON [Customers] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Customers_NextCareContactAt] ON [Customers] ([NextCareContactAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Jobs_TechnicianId_Status] ON [Jobs] ([TechnicianId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RepairOrders_CustomerId] ON [RepairOrders] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RepairOrders_Number] ON [RepairOrders] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RepairOrders_Plate] ON [RepairOrders] ([Plate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RepairOrders_ReceivedAt] ON [RepairOrders] ([ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RepairOrders_Status_AdvisorId] ON [RepairOrders] ([Status], [AdvisorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RepairOrders_VehicleId_ReceivedAt] ON [RepairOrders] ([VehicleId], [ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RepairOrders_WarrantyReturn_OriginalOrderId] ON [RepairOrders] ([WarrantyReturn_OriginalOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RevisitCalls_AgentId_Status_DueAt] ON [RevisitCalls] ([AgentId], [Status], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RevisitCalls_ClosedAt] ON [RevisitCalls] ([ClosedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_RevisitCalls_ComplaintId] ON [RevisitCalls] ([ComplaintId]) WHERE [ComplaintId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RevisitCalls_OrderId] ON [RevisitCalls] ([OrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_RevisitCalls_OrderId_Offset] ON [RevisitCalls] ([OrderId], [Offset]) WHERE "Purpose" = ''AfterHandover''');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_RevisitCalls_Status_DueAt] ON [RevisitCalls] ([Status], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_SigningLinks_RepairOrderId] ON [SigningLinks] ([RepairOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SigningLinks_TokenHash] ON [SigningLinks] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Users_UserName] ON [Users] ([UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE INDEX [IX_Vehicles_CustomerId] ON [Vehicles] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Vehicles_Plate] ON [Vehicles] ([Plate]) WHERE [Plate] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Vehicles_Vin] ON [Vehicles] ([Vin]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171002_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129171002_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171116_VehicleLookup'
)
BEGIN
    CREATE INDEX [IX_Vehicles_lookup] ON [Vehicles] ([Plate]) INCLUDE ([Vin]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129171116_VehicleLookup'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129171116_VehicleLookup', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [DiscountApproval_Amount] decimal(18,2) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [DiscountApproval_ApprovedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [DiscountApproval_ApprovedById] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [DiscountApproval_ApprovedByName] nvarchar(50) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [DiscountApproval_Reason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [Guarantee_EndsAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [Guarantee_LastDay] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [Guarantee_TimeZone] nvarchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    ALTER TABLE [EstimateVersions] ADD [Decision_ConsentedCeiling] decimal(18,2) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    EXEC(N'UPDATE [RepairOrders] SET
        [Guarantee_TimeZone] = N''Asia/Shanghai'',
        [Guarantee_LastDay] = DATEADD(day, [Guarantee_Days], CAST(DATEADD(hour, 8, [Guarantee_StartsAt]) AS date)),
        [Guarantee_EndsAt] = DATEADD(hour, -8, CAST(DATEADD(day, [Guarantee_Days] + 1, CAST(DATEADD(hour, 8, [Guarantee_StartsAt]) AS date)) AS datetime2))
    WHERE [Guarantee_StartsAt] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129180200_GuaranteeCalendarCeilingDiscount'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129180200_GuaranteeCalendarCeilingDiscount', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129182517_SignaturesExtraFaultsRoadTest'
)
BEGIN
    EXEC sp_rename N'[SignatureImages].[Png]', N'Image', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129182517_SignaturesExtraFaultsRoadTest'
)
BEGIN
    ALTER TABLE [SignatureImages] ADD [ContentType] nvarchar(20) NOT NULL DEFAULT N'image/png';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129182517_SignaturesExtraFaultsRoadTest'
)
BEGIN
    ALTER TABLE [RepairOrders] ADD [AccessoriesReturned] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129182517_SignaturesExtraFaultsRoadTest'
)
BEGIN
    ALTER TABLE [EstimateLines] ADD [System] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129182517_SignaturesExtraFaultsRoadTest'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129182517_SignaturesExtraFaultsRoadTest', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129185744_PartGradeAndTechnicians'
)
BEGIN
    ALTER TABLE [EstimateLines] ADD [Grade] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129185744_PartGradeAndTechnicians'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129185744_PartGradeAndTechnicians', N'10.0.15');
END;

COMMIT;
GO

