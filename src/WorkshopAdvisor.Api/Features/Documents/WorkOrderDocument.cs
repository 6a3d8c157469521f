using System.Globalization;
using WorkshopAdvisor.Documents;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// 托修单 / 委托书: the signed contract. It prints the approved initial estimate (the contract version)
/// exactly: the approved lines, their totals, and the version's SHA-256, so that a paper copy can be
/// checked against the archive. Two copies in one file: the customer's and the shop's.
/// </summary>
public static class WorkOrderDocument
{
    public const string Title = "机动车维修托修单 Repair Work Order";
    public static readonly IReadOnlyList<string> Copies = ["客户联 Customer copy", "存根联 Shop copy"];

    public static PrintDocument Build(PrintableOrder p, PrintContext print)
    {
        var o = p.Order;
        var contract = DocumentRules.RequireWorkOrder(o);
        var labour = contract.Lines.Where(l => l.Kind == LineKind.Labour && l.Decision == LineDecision.Approved).ToList();
        var parts = contract.Lines.Where(l => l.Kind == LineKind.Part && l.Decision == LineDecision.Approved).ToList();
        var declined = contract.Lines.Where(l => l.Decision == LineDecision.Declined).ToList();
        var blocks = new List<DocumentBlock>
        {
            new FieldGrid(
            [
                new Field("托修单号 Order No.", o.Number),
                new Field("进厂时间 Date in", print.Time(o.ReceivedAt)),
                new Field("服务顾问 Advisor", o.AdvisorName),
                new Field("预计完工 Promised", print.Time(contract.PromisedCompletionAt)),
            ]),
        };
        blocks.AddRange(OrderBlocks.Customer(p));
        blocks.AddRange(OrderBlocks.Vehicle(p, withReception: true));
        blocks.AddRange(Reception(o));
        blocks.AddRange(Diagnosis(o));

        blocks.AddRange(OrderBlocks.LabourSection(labour));
        blocks.AddRange(OrderBlocks.PartsSection(parts));
        if (declined.Count > 0)
        {
            blocks.Add(new SectionHeading("客户未同意的项目（不施工、不收费） Declined: not done, not charged"));
            blocks.Add(new Table(
                [new Column("#", 0.45, Align.Center), new Column("项目 Item", 6.5), new Column("金额 Amount", 1.4, Align.Right)],
                [.. declined.Select(l => (IReadOnlyList<string>)[l.Number.ToString(CultureInfo.InvariantCulture), l.Description, PrintContext.Money(l.Amount)])]));
        }

        var total = labour.Sum(l => l.Amount) + parts.Sum(l => l.Amount);
        blocks.Add(OrderBlocks.Charges(
            [("工时费 Labour", PrintContext.Money(labour.Sum(l => l.Amount))), ("材料费 Parts", PrintContext.Money(parts.Sum(l => l.Amount)))],
            new TotalRow("合计 Total", PrintContext.Money(total), Emphasis: true),
            [.. Ceiling(o, contract)]));

        blocks.Add(new SectionHeading("维修类别与质量保证 Category and guarantee"));
        blocks.Add(new FieldGrid(
        [
            new Field("维修类别 Category", Labels.Of(o.Category ?? contract.Category)),
            new Field("质量保证期 Guarantee", o.GuaranteeThatWillApply() is { } terms ? Labels.Guarantee(terms) : null),
            new Field("客户确认 Approved by", contract.Decision is { } d ? OrderBlocks.Decision(d, print) : null),
            new Field("备注 Notes", contract.Notes),
            new Field("增项单 Supplementary", Supplementary(o, print)),
        ], Columns: 1));

        blocks.Add(new SectionHeading("条款 Terms"));
        var clauses = print.Shop.WorkOrderTerms is { Count: > 0 } configured ? configured : WorkOrderTerms.Default;
        blocks.AddRange(clauses.Select((t, i) => new Paragraph($"{i + 1}. {t}", Small: true)));

        blocks.Add(OrderBlocks.Hash(contract));
        blocks.Add(new SignatureBlock([Slot(p, contract, SignatureParty.Advisor, print), Slot(p, contract, SignatureParty.Customer, print)]));
        return new PrintDocument(Title, o.Number, blocks, Copies);
    }

    private static IEnumerable<DocumentBlock> Reception(RepairOrder o)
    {
        yield return new SectionHeading("接车检查 Reception");
        yield return new FieldGrid(
        [
            new Field("随车附件 Accessories", string.Join("、", o.Accessories.Select(a => $"{a.Name} ×{a.Count}"))),
            new Field("外观损伤 Damage", string.Join("；", o.DamageNotes.Select(d => $"{d.Area}：{d.Description}"))),
            new Field("旧件带走 Keeps old parts", Labels.YesNo(o.KeepsOldParts)),
            new Field("客户等候 Customer waits", Labels.YesNo(o.CustomerWaits)),
            new Field("贵重物品已提醒 Valuables reminder", o.ValuablesReminderAcknowledged ? "已提醒，客户确认 Reminded, acknowledged" : null),
        ], Columns: 1);
        yield return new SectionHeading("客户描述 Customer's description");
        yield return new Paragraph(o.CustomerDescription);
    }

    private static IEnumerable<DocumentBlock> Diagnosis(RepairOrder o)
    {
        if (o.Diagnosis is not { } d)
        {
            yield break;
        }
        yield return new SectionHeading("问诊与诊断 Diagnosis");
        var conditions = new[]
        {
            d.EngineTemperature is { } t ? Labels.Of(t) : null,
            d.Speed is { } s ? Labels.Of(s) : null,
            d.Load is { } l ? Labels.Of(l) : null,
            d.Road is { } r ? Labels.Of(r) : null,
            d.Frequency is { } f ? Labels.Of(f) : null,
        }.OfType<string>();
        var joint = new[] { d.JointLiftCheckDone ? "举升检查 Lift check" : null, d.JointRoadTestDone ? "路试 Road test" : null }.OfType<string>();
        yield return new FieldGrid(
        [
            new Field("故障条件 Conditions", string.Join("、", conditions)),
            new Field("出现时间 Since", d.Since),
            new Field("加装设备 Add-ons", d.AddOnEquipment),
            new Field("上次保养 Last service", d.LastMaintenance),
            new Field("同部位维修史 Earlier repairs", d.EarlierRepairsToSamePart),
            new Field("与客户共同 Done with customer", string.Join("、", joint)),
        ], Columns: 1);
        foreach (var (finding, i) in d.Findings.Select((f, i) => (f, i)))
        {
            yield return new Paragraph($"诊断结果 Finding {i + 1}：{finding}");
        }
    }

    // Extra work is agreed on its own sheet (增项单) with its own hash; the work order names each one so that
    // the settlement's extra lines can be traced to a decision.
    private static string? Supplementary(RepairOrder o, PrintContext print)
    {
        var versions = o.Estimates.Where(v => v.Kind == EstimateKind.Supplementary && v.State != VersionState.Superseded).ToList();
        return versions.Count == 0 ? null : string.Join("；", versions.Select(v => v.Decision is { } d
            ? $"v{v.Number} 同意 approved {PrintContext.Money(v.Lines.Where(l => l.Decision == LineDecision.Approved).Sum(l => l.Amount))}（{d.DecidedBy} {print.Time(d.DecidedAt)}）"
                + (d.ConsentedCeiling is { } c ? $"，同意新的费用上限 new ceiling agreed {PrintContext.Money(c)}" : string.Empty)
            : $"v{v.Number} 待确认 pending {PrintContext.Money(v.Total)}"));
    }

    /// <summary>The ceiling the contract states, and the new one if the customer consented to it on a supplementary estimate.</summary>
    private static IEnumerable<TotalRow> Ceiling(RepairOrder o, EstimateVersion contract)
    {
        if (contract.Ceiling is { } ceiling)
        {
            yield return new TotalRow("费用上限：结算不超过 Ceiling: the bill will not exceed", PrintContext.Money(ceiling));
        }
        if (o.CeilingInForce is { } inForce && inForce != contract.Ceiling)
        {
            yield return new TotalRow("客户同意的新上限 New ceiling agreed by the customer", PrintContext.Money(inForce));
        }
    }

    private static SignatureSlot Slot(PrintableOrder p, EstimateVersion contract, SignatureParty party, PrintContext print)
    {
        var label = party == SignatureParty.Advisor ? "服务顾问签字 Service advisor" : "客户签字 Customer";
        var signed = p.SignatureOn(contract, party);
        return OrderBlocks.SignatureAsGiven(label, signed?.Signature, signed?.Png, print);
    }
}
