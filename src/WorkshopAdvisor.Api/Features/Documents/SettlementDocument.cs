using WorkshopAdvisor.Documents;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// 结算清单: what was done and what it cost, labour and parts itemised apart, as settled at handover,
/// with the quality guarantee that now runs. Subtotals and amounts are the stored settlement's.
/// </summary>
public static class SettlementDocument
{
    public const string Title = "机动车维修结算清单 Repair Settlement List";

    public static PrintDocument Build(PrintableOrder p, PrintContext print)
    {
        var o = p.Order;
        var s = DocumentRules.RequireSettlement(o);
        var g = o.Guarantee;
        // Lines from the initial estimate and from approved supplementary estimates (增项) are all charged.
        var labour = o.ApprovedLines(LineKind.Labour).ToList();
        var parts = o.ApprovedLines(LineKind.Part).ToList();
        var versionOf = o.Estimates.SelectMany(v => v.Lines.Select(l => (Line: l, Version: v))).ToDictionary(x => x.Line, x => x.Version);
        string Source(EstimateLine line) => versionOf[line] is { Kind: EstimateKind.Supplementary } v ? $"增项 v{v.Number}" : $"估价 v{versionOf[line].Number}";

        var blocks = new List<DocumentBlock>
        {
            new FieldGrid(
            [
                new Field("结算单号 Settlement No.", s.Number),
                new Field("托修单号 Order No.", o.Number),
                new Field("进厂时间 Date in", print.Time(o.ReceivedAt)),
                new Field("结算时间 Settled", print.Time(s.SettledAt)),
                new Field("服务顾问 Advisor", o.AdvisorName),
                new Field("维修类别 Category", o.Category is { } c ? Labels.Of(c) : null),
            ]),
        };
        blocks.AddRange(OrderBlocks.Customer(p));
        blocks.AddRange(OrderBlocks.Vehicle(p, withReception: false));
        if (o.WarrantyReturn is { } w)
        {
            blocks.Add(new SectionHeading("返修 Warranty return"));
            blocks.Add(new FieldGrid(
            [
                new Field("原托修单 Original order", w.OriginalOrderNumber),
                new Field("原因 Cause", w.Cause is { } cause ? Labels.Of(cause) : null),
                new Field("质保内 Inside guarantee", Labels.YesNo(w.InsideGuarantee || w.OverrideReason is not null)),
                new Field("费用承担 Paid by", w.Covered ? "本店承担 The shop" : "客户 The customer"),
            ]));
        }

        blocks.AddRange(OrderBlocks.LabourSection(labour, Source));
        blocks.AddRange(OrderBlocks.PartsSection(parts, Source));

        var after = new List<TotalRow>();
        if (s.Discount > 0)
        {
            after.Add(new TotalRow(o.DiscountApproval is { } a
                ? $"优惠（经理 {a.ApprovedByName} 批准：{a.Reason}） Discount approved by the manager"
                : "优惠 Discount", "-" + PrintContext.Money(s.Discount)));
        }
        if (s.CoveredByGuarantee)
        {
            after.Add(new TotalRow("质量保证期内返修，本店承担 Covered by the guarantee", "-" + PrintContext.Money(s.Total)));
        }
        after.Add(new TotalRow("应付金额 Amount due", PrintContext.Money(s.AmountDue), Emphasis: true));
        after.Add(new TotalRow($"实付金额 Paid（{s.PaymentMethod}）", PrintContext.Money(s.AmountPaid)));
        var charges = OrderBlocks.Charges(
            [("工时费 Labour", PrintContext.Money(s.LabourSubtotal)), ("材料费 Parts", PrintContext.Money(s.PartsSubtotal))],
            new TotalRow("合计 Total", PrintContext.Money(s.Total)),
            [.. after]);
        // The amount in capitals stays on the page of the figures it repeats.
        blocks.Add(charges with
        {
            Blocks = [.. charges.Blocks, new FieldGrid([new Field("应付金额（大写） Amount due in words", ChineseAmount.InCapitals(s.AmountDue))], Columns: 1)],
        });

        if (g is not null)
        {
            blocks.Add(new SectionHeading("质量保证 Quality guarantee"));
            blocks.Add(new FieldGrid(
            [
                new Field("保证期 Period", Labels.Guarantee(g.Terms)),
                new Field("起始 Starts", $"{print.Date(g.StartsAt)}，{PrintContext.Km(g.StartOdometerKm)}"),
                new Field("截止日期 Ends on", PrintContext.LastDay(g.LastDay)),
                new Field("截止里程 Ends at", PrintContext.Km(g.EndsAtOdometerKm)),
            ], Columns: 1));
            blocks.Add(new Paragraph("保证期内因维修质量造成的故障，凭本清单免费返修。 Within the guarantee, a fault caused by this repair is repaired free on showing this list.", Small: true));
        }

        if (OrderBlocks.SuggestedForNextVisit(o.DeclinedItems) is { } suggested)
        {
            blocks.Add(new SectionHeading("建议下次维修 Suggested for the next visit"));
            blocks.Add(new Paragraph("本次客户未同意的项目 Declined this time：" + suggested));
        }

        var acceptance = o.ContractVersion is { } contract ? p.SignatureOn(contract, SignatureParty.Acceptance) : null;
        blocks.Add(new SignatureBlock(
        [
            new SignatureSlot("服务顾问 Service advisor", o.AdvisorName, null, null),
            acceptance is null
                ? new SignatureSlot("客户验收签字 Accepted by the customer", s.AcceptedBy, $"交车 Handed over {print.Time(s.SettledAt)}", null)
                : OrderBlocks.SignatureAsGiven("客户验收签字 Accepted by the customer", acceptance.Value.Signature, acceptance.Value.Png, print, "交车 Handed over"),
        ]));
        return new PrintDocument(Title, s.Number, blocks);
    }
}
