using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

/// <summary>
/// The order as the API shows it. Written out by hand: the response regroups the aggregate (labour and
/// parts apart, totals, what is allowed now) rather than copying it member by member.
/// </summary>
public static class RepairOrderMapping
{
    public static RepairOrderResponse ToResponse(this RepairOrder o, DateTime now) => new(
        o.Id,
        o.Number,
        o.Status,
        o.Version,
        o.AllowedActions,
        new PartyResponse(o.CustomerId, o.CustomerName, o.CustomerPhone),
        new OrderVehicleResponse(o.VehicleId, o.Vin, o.Plate, o.Model, o.VehicleClass),
        new PartyResponse(o.AdvisorId, o.AdvisorName),
        o.ReceivedAt,
        new ReceptionResponse(o.OdometerKm, o.FuelLevelPercent,
            [.. o.Accessories.Select(a => new AccessoryRequest(a.Name, a.Count))],
            [.. o.DamageNotes.Select(d => new DamageNoteRequest(d.Area, d.Description))],
            o.ValuablesReminderAcknowledged, o.CustomerDescription, o.CustomerWaits, o.KeepsOldParts,
            [.. o.AccessoriesReturned.Select(a => new AccessoryRequest(a.Name, a.Count))]),
        o.Diagnosis is { } d ? new DiagnosisDetails(d.EngineTemperature, d.Speed, d.Load, d.Road, d.Frequency, d.Since, d.AddOnEquipment,
            d.LastMaintenance, d.EarlierRepairsToSamePart, d.JointLiftCheckDone, d.JointRoadTestDone, d.Findings) : null,
        o.PromisedCompletionAt,
        o.IsLate(now),
        [.. o.Estimates.OrderBy(v => v.Number).Select(v => v.ToResponse(o.Id))],
        [.. o.Jobs.OrderBy(j => j.Number).Select(j => ToResponse(j, now))],
        [.. o.ExtraFaults.Select(f => new ExtraFaultResponse(f.Number, f.Description, f.JobNumber, f.Safety, f.ReportedByName, f.ReportedAt, f.EstimatedInVersion,
            o.StatusOf(f), f.DeclinedBy, f.DeclinedAt))],
        [.. o.DelayNotices.Select(d => new DelayNoticeResponse(d.Reason, d.PreviousPromisedCompletionAt, d.NewPromisedCompletionAt, d.NotifiedAt, d.NotifiedInTime, d.RecordedByName))],
        [.. o.Inspections.Select(i => new InspectionResponse(i.Round, i.InspectorName, i.InspectedAt,
            [.. i.JobChecks.Select(c => new JobCheckInput(c.JobNumber, c.Passed, c.Remark))],
            i.SteeringOk, i.BrakesOk, i.ConnectionsTight, i.AccessoriesComplete, i.RoadTestRequired, i.RoadTestPassed, i.Remarks, i.OdometerKm, i.Passed))],
        [.. o.Signatures.Select(s => new SignatureResponse(s.Party, s.SignerName, s.SignedAt, s.Method, s.ContentHash,
            s.ImageId is null ? null : $"/repair-orders/{o.Id}/signatures/{s.Party.ToString().ToLowerInvariant()}", s.OverrideReason, s.CustomerAddress, s.EngineNumber))],
        o.WorkOrderSigned,
        o.CompletionCertificate is { } c ? new CertificateResponse(c.Number, c.InspectorName, c.IssuedAt) : null,
        new TotalsResponse(o.LabourTotal, o.PartsTotal, o.LabourTotal + o.PartsTotal),
        o.CeilingInForce,
        o.DiscountApproval is { } a ? new DiscountApprovalResponse(a.Amount, a.Reason, a.ApprovedByName, a.ApprovedAt) : null,
        o.ExitOdometerKm,
        o.Settlement is { } s ? new SettlementResponse(s.Number, s.LabourSubtotal, s.PartsSubtotal, s.Total, s.Discount, s.CoveredByGuarantee, s.AmountDue, s.AmountPaid, s.PaymentMethod, s.AcceptedBy, s.SettledAt) : null,
        o.Guarantee is { } g ? new GuaranteeResponse(g.Category, g.Km, g.Days, g.StartsAt, g.LastDay, g.EndsAt, g.TimeZone, g.StartOdometerKm, g.EndsAtOdometerKm) : null,
        o.WarrantyReturn is { } w ? new WarrantyReturnResponse(w.OriginalOrderId, w.OriginalOrderNumber, w.DaysSinceHandover, w.KmSinceHandover, w.InsideGuarantee,
            w.RepeatedFailure, w.CauseDeadline, w.Cause, w.CauseNotes, w.OverrideReason, w.Covered) : null,
        o.HandedOverAt,
        o.CancellationReason);

    public static EstimateResponse ToResponse(this EstimateVersion v, long orderId)
    {
        var labour = v.Lines.Where(l => l.Kind == LineKind.Labour).Select(ToResponse).ToList();
        var parts = v.Lines.Where(l => l.Kind == LineKind.Part).Select(ToResponse).ToList();
        return new EstimateResponse(v.Number, v.Kind, v.State, v.Category, v.Ceiling, v.PromisedCompletionAt, v.PromisedGuarantee, v.Notes, v.IssuedAt,
            new PartyResponse(v.IssuedById, v.IssuedByName), v.ContentHash, labour, parts, labour.Sum(l => l.Amount), parts.Sum(l => l.Amount), v.Total,
            v.Decision is { } d ? new DecisionResponse(d.DecidedBy, d.Method, d.DecidedAt, d.RecordedByName, d.ContentHash, d.ConsentedCeiling,
                d.Method == DecisionMethod.Remote ? new RemoteDecisionResponse(d.RemoteIpAddress, d.RemoteUserAgent,
                    d.RemoteSignatureImageId is null ? null : $"/repair-orders/{orderId}/estimates/{v.Number}/signature") : null) : null);
    }

    private static LineResponse ToResponse(EstimateLine l) => new(l.Number, l.Description, l.PartNumber, l.Quantity, l.UnitPrice, l.Amount, l.Decision, l.System, l.Grade);

    private static JobResponse ToResponse(Job j, DateTime now) => new(
        j.Number, j.EstimateVersion, j.LineNumber, j.Description, j.Status,
        j.TechnicianId is { } id ? new PartyResponse(id, j.TechnicianName ?? string.Empty) : null,
        j.PauseReason, j.ReworkCount, j.StartedAt, j.FinishedAt, (int)j.ClockedTime(now).TotalMinutes);
}
