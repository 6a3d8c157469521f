using System.Globalization;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Documents;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// 估价单 / 增项单: one estimate version as issued, every line with the customer's decision on it
/// (approved, declined, or still pending), for the customer to read and sign before work starts.
/// </summary>
public static class EstimateDocument
{
    public const string InitialTitle = "机动车维修估价单 Repair Estimate";
    public const string SupplementaryTitle = "维修增项单 Supplementary Estimate";

    public static PrintDocument Build(PrintableOrder p, int versionNumber, PrintContext print)
    {
        var o = p.Order;
        var v = o.Estimates.SingleOrDefault(e => e.Number == versionNumber)
            ?? throw new NotFoundException($"Order {o.Number} has no estimate version {versionNumber}.");
        var labour = v.Lines.Where(l => l.Kind == LineKind.Labour).ToList();
        var parts = v.Lines.Where(l => l.Kind == LineKind.Part).ToList();
        var approved = v.Lines.Where(l => l.Decision == LineDecision.Approved).Sum(l => l.Amount);

        var blocks = new List<DocumentBlock>
        {
            new FieldGrid(
            [
                new Field("托修单号 Order No.", o.Number),
                new Field("版本 Version", v.Number.ToString(CultureInfo.InvariantCulture)),
                new Field("开单时间 Issued", print.Time(v.IssuedAt)),
                new Field("服务顾问 Advisor", v.IssuedByName),
                new Field("维修类别 Category", Labels.Of(v.Category)),
                new Field("预计完工 Promised", print.Time(v.PromisedCompletionAt)),
                new Field("客户 Customer", $"{o.CustomerName}  {o.CustomerPhone}"),
                new Field("车牌号 Plate", PrintContext.Plate(o.Plate)),
                new Field("车型 Model", o.Model),
                new Field("车架号 VIN", o.Vin),
                new Field("状态 State", Labels.Of(v.State)),
            ]),
        };

        if (v.Kind == EstimateKind.Supplementary)
        {
            var faults = o.ExtraFaults.Where(f => f.EstimatedInVersion == v.Number).ToList();
            if (faults.Count > 0)
            {
                blocks.Add(new SectionHeading("维修中发现的问题 Found during the repair"));
                blocks.AddRange(faults.Select(f => new Paragraph($"{f.Number}. {f.Description}（{f.ReportedByName}，{print.Time(f.ReportedAt)}）")));
            }
        }

        blocks.AddRange(OrderBlocks.LabourSection(labour, withDecision: true));
        blocks.AddRange(OrderBlocks.PartsSection(parts, withDecision: true));

        var after = new List<TotalRow>();
        if (v.Decision is not null)
        {
            after.Add(new TotalRow("客户同意金额 Approved by the customer", PrintContext.Money(approved), Emphasis: true));
        }
        if (v.Ceiling is { } ceiling)
        {
            after.Add(v.Kind == EstimateKind.Supplementary
                ? new TotalRow("建议新的整单费用上限 Proposed new ceiling for the whole order", PrintContext.Money(ceiling))
                : new TotalRow("费用上限：结算不超过 Ceiling: the bill will not exceed", PrintContext.Money(ceiling)));
        }
        if (v.Decision?.ConsentedCeiling is { } consented)
        {
            after.Add(new TotalRow("客户同意新的费用上限 New ceiling agreed by the customer", PrintContext.Money(consented), Emphasis: true));
        }
        blocks.Add(OrderBlocks.Charges(
            [("工时费 Labour", PrintContext.Money(labour.Sum(l => l.Amount))), ("材料费 Parts", PrintContext.Money(parts.Sum(l => l.Amount)))],
            new TotalRow("估价合计 Estimate total", PrintContext.Money(v.Total), Emphasis: v.Decision is null),
            [.. after]));

        blocks.Add(new FieldGrid(
        [
            new Field("承诺质保 Promised guarantee", v.PromisedGuarantee is { } g ? Labels.Guarantee(g) : null),
            new Field("备注 Notes", v.Notes),
        ], Columns: 1));

        blocks.Add(OrderBlocks.Hash(v));
        blocks.Add(new SignatureBlock(
        [
            new SignatureSlot("服务顾问 Service advisor", v.IssuedByName, $"开单 Issued {print.Time(v.IssuedAt)}", null),
            v.Decision is { } decision
                ? new SignatureSlot("客户确认 Customer", decision.DecidedBy, $"确认 Decided {print.Time(decision.DecidedAt)} · {Labels.Of(decision.Method)}", null)
                : new SignatureSlot("客户确认签字 Customer's approval", null, null, null),
        ]));

        var title = v.Kind == EstimateKind.Supplementary ? SupplementaryTitle : InitialTitle;
        return new PrintDocument(title, $"{o.Number} v{v.Number}", blocks);
    }
}
