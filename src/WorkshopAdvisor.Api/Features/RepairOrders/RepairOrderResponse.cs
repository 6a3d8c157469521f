using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

public sealed record RepairOrderResponse(
    long Id,
    string Number,
    OrderStatus Status,
    int Version,
    IReadOnlyList<OrderAction> AllowedActions,
    PartyResponse Customer,
    OrderVehicleResponse Vehicle,
    PartyResponse Advisor,
    DateTime ReceivedAt,
    ReceptionResponse Reception,
    DiagnosisDetails? Diagnosis,
    DateTime? PromisedCompletionAt,
    bool IsLate,
    IReadOnlyList<EstimateResponse> Estimates,
    IReadOnlyList<JobResponse> Jobs,
    IReadOnlyList<ExtraFaultResponse> ExtraFaults,
    IReadOnlyList<DelayNoticeResponse> DelayNotices,
    IReadOnlyList<InspectionResponse> Inspections,
    IReadOnlyList<SignatureResponse> Signatures,
    bool WorkOrderSigned,
    CertificateResponse? CompletionCertificate,
    TotalsResponse Totals,
    decimal? CeilingInForce,
    DiscountApprovalResponse? DiscountApproval,
    int? ExitOdometerKm,
    SettlementResponse? Settlement,
    GuaranteeResponse? Guarantee,
    WarrantyReturnResponse? WarrantyReturn,
    DateTime? HandedOverAt,
    string? CancellationReason);

public sealed record PartyResponse(long Id, string Name, string? Phone = null);

public sealed record OrderVehicleResponse(long Id, string Vin, string? Plate, string Model, VehicleClass VehicleClass);

public sealed record ReceptionResponse(
    int OdometerKm,
    int FuelLevelPercent,
    IReadOnlyList<AccessoryRequest> Accessories,
    IReadOnlyList<DamageNoteRequest> DamageNotes,
    bool ValuablesReminderAcknowledged,
    string CustomerDescription,
    bool CustomerWaits,
    bool KeepsOldParts,
    IReadOnlyList<AccessoryRequest> AccessoriesReturned);

public sealed record EstimateResponse(
    int Number,
    EstimateKind Kind,
    VersionState State,
    RepairCategory Category,
    decimal? Ceiling,
    DateTime PromisedCompletionAt,
    GuaranteeTerms? PromisedGuarantee,
    string? Notes,
    DateTime IssuedAt,
    PartyResponse IssuedBy,
    string ContentHash,
    IReadOnlyList<LineResponse> LabourLines,
    IReadOnlyList<LineResponse> PartLines,
    decimal LabourTotal,
    decimal PartsTotal,
    decimal Total,
    DecisionResponse? Decision);

public sealed record LineResponse(int Number, string Description, string? PartNumber, decimal Quantity, decimal UnitPrice, decimal Amount, LineDecision Decision,
    VehicleSystem? System, PartGrade? Grade);

public sealed record DecisionResponse(string DecidedBy, DecisionMethod Method, DateTime DecidedAt, string? RecordedBy, string ContentHash, decimal? ConsentedCeiling,
    RemoteDecisionResponse? Remote = null);

public sealed record DiscountApprovalResponse(decimal Amount, string Reason, string ApprovedBy, DateTime ApprovedAt);

/// <summary>What the server saw of a decision made through the customer's signing link, and the signature drawn there.</summary>
public sealed record RemoteDecisionResponse(string? IpAddress, string? UserAgent, string? SignatureUrl);

public sealed record JobResponse(
    int Number,
    int EstimateVersion,
    int LineNumber,
    string Description,
    JobStatus Status,
    PartyResponse? Technician,
    string? PauseReason,
    int ReworkCount,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    int ClockedMinutes);

public sealed record DelayNoticeResponse(string Reason, DateTime PreviousPromisedCompletionAt, DateTime NewPromisedCompletionAt, DateTime NotifiedAt, bool NotifiedInTime, string RecordedBy);

/// <summary>A signature, or the manager's override of one (<c>method</c> ManagerOverride, with the reason and no image).</summary>
public sealed record SignatureResponse(SignatureParty Party, string SignerName, DateTime SignedAt, SignatureMethod Method, string ContentHash, string? ImageUrl,
    string? OverrideReason, string? CustomerAddress, string? EngineNumber);

public sealed record TotalsResponse(decimal Labour, decimal Parts, decimal Total);

public sealed record SettlementResponse(
    string Number,
    decimal LabourSubtotal,
    decimal PartsSubtotal,
    decimal Total,
    decimal Discount,
    bool CoveredByGuarantee,
    decimal AmountDue,
    decimal AmountPaid,
    string PaymentMethod,
    string AcceptedBy,
    DateTime SettledAt);

/// <summary>The guarantee that runs from handover: to 24:00 of <c>lastDay</c> in the shop's time zone (<c>endsAt</c>, the first instant no longer covered) or <c>endsAtOdometerKm</c>.</summary>
public sealed record GuaranteeResponse(RepairCategory Category, int Km, int Days, DateTime StartsAt, DateOnly LastDay, DateTime EndsAt, string TimeZone, int StartOdometerKm, int EndsAtOdometerKm);

public sealed record WarrantyReturnResponse(
    long OriginalOrderId,
    string OriginalOrderNumber,
    int DaysSinceHandover,
    int KmSinceHandover,
    bool InsideGuarantee,
    bool RepeatedFailure,
    DateTime CauseDeadline,
    WarrantyCause? Cause,
    string? CauseNotes,
    string? OverrideReason,
    bool Covered);

public sealed record ExtraFaultResponse(int Number, string Description, int? JobNumber, bool Safety, string ReportedBy, DateTime ReportedAt, int? EstimatedInVersion,
    ExtraFaultStatus Status, string? DeclinedBy, DateTime? DeclinedAt);

public sealed record InspectionResponse(
    int Round,
    string Inspector,
    DateTime InspectedAt,
    IReadOnlyList<JobCheckInput> JobChecks,
    bool SteeringOk,
    bool BrakesOk,
    bool ConnectionsTight,
    bool AccessoriesComplete,
    bool RoadTestRequired,
    bool? RoadTestPassed,
    string? Remarks,
    int? OdometerKm,
    bool Passed);

public sealed record CertificateResponse(string Number, string Inspector, DateTime IssuedAt);
