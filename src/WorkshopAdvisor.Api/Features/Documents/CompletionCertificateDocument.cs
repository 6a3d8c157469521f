using System.Globalization;
using WorkshopAdvisor.Documents;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// 竣工出厂合格证: the inspector certifies that the car, after major work, was inspected and may leave.
/// It prints the checks of the final-inspection round that passed, job by job and the safety items, the
/// odometer as the car left, the customer's receipt signature (托修方接车人) once handed over, and the area
/// for the shop's stamp.
/// </summary>
public static class CompletionCertificateDocument
{
    public const string Title = "机动车维修竣工出厂合格证 Completion Certificate";

    public static PrintDocument Build(PrintableOrder p, PrintContext print)
    {
        var o = p.Order;
        var certificate = DocumentRules.RequireCompletionCertificate(o);
        var round = o.Inspections.LastOrDefault(i => i.Passed);

        var blocks = new List<DocumentBlock>
        {
            new FieldGrid(
            [
                new Field("合格证编号 Certificate No.", certificate.Number),
                new Field("托修单号 Order No.", o.Number),
                new Field("托修方 Customer", o.CustomerName),
                new Field("维修类别 Category", o.Category is { } c ? Labels.Of(c) : null),
                new Field("车牌号 Plate", PrintContext.Plate(o.Plate)),
                new Field("车型 Model", o.Model),
                new Field("车架号 VIN", o.Vin),
                new Field("发动机号 Engine No.", p.EngineNumber),
                new Field("进厂日期 Date in", print.Date(o.ReceivedAt)),
                new Field("进厂里程 Odometer in", PrintContext.Km(o.OdometerKm)),
                new Field("竣工日期 Completed", round is null ? null : print.Date(round.InspectedAt)),
                new Field("出厂里程 Odometer at exit", o.ExitOdometerKm is { } exit ? PrintContext.Km(exit) : null),
                new Field("出厂日期 Date out", o.HandedOverAt is { } left ? print.Date(left) : null),
                new Field("签发日期 Issued", print.Time(certificate.IssuedAt)),
            ]),
        };

        if (round is not null)
        {
            var jobs = o.Jobs.ToDictionary(j => j.Number);
            blocks.Add(new SectionHeading("维修项目检验 Work checked"));
            blocks.Add(new Table(
                [new Column("#", 0.45, Align.Center), new Column("维修项目 Work item", 5), new Column("结果 Result", 1.3, Align.Center), new Column("备注 Remark", 2.5)],
                [.. round.JobChecks.OrderBy(c => c.JobNumber).Select(c => (IReadOnlyList<string>)
                [
                    c.JobNumber.ToString(CultureInfo.InvariantCulture),
                    jobs.TryGetValue(c.JobNumber, out var job) ? job.Description : string.Empty,
                    Labels.Passed(c.Passed),
                    c.Remark ?? string.Empty,
                ])]));

            blocks.Add(new SectionHeading("竣工检验项目 Final inspection"));
            blocks.Add(new Table(
                [new Column("检验项目 Check", 5), new Column("结果 Result", 2, Align.Center)],
                [
                    ["转向系统 Steering", Labels.Passed(round.SteeringOk)],
                    ["制动系统 Brakes", Labels.Passed(round.BrakesOk)],
                    ["各部连接紧固 Connections tight", Labels.Passed(round.ConnectionsTight)],
                    ["随车附件齐全完好 Accessories complete", Labels.Passed(round.AccessoriesComplete)],
                    ["路试 Road test", round.RoadTestRequired ? Labels.Passed(round.RoadTestPassed == true) : "不需要 Not required"],
                ]));
            blocks.Add(new FieldGrid(
            [
                new Field("检验轮次 Round", round.Round.ToString(CultureInfo.InvariantCulture)),
                new Field("检验时间 Inspected", print.Time(round.InspectedAt)),
                new Field("检验员 Inspected by", round.InspectorName),
                new Field("备注 Remarks", round.Remarks),
            ]));
        }

        blocks.Add(new SectionHeading("结论 Conclusion"));
        blocks.Add(new Paragraph("经竣工检验，该车维修项目已全部完成，质量合格，准予出厂。"
            + " The vehicle was inspected on completion: all work items are done to standard, and it may leave the workshop."));
        if (o.GuaranteeThatWillApply() is { } terms)
        {
            blocks.Add(new Paragraph($"质量保证期 Guarantee：{Labels.Guarantee(terms)}", Small: true));
        }

        var received = o.ContractVersion is { } contract ? p.SignatureOn(contract, SignatureParty.Acceptance) : null;
        blocks.Add(new SignatureBlock(
        [
            new SignatureSlot("质量检验员 Inspector", certificate.InspectorName, $"签发 Issued {print.Time(certificate.IssuedAt)}", null),
            OrderBlocks.SignatureAsGiven("托修方接车人 Customer", received?.Signature, received?.Png, print, "接车 Received"),
            new SignatureSlot("维修企业盖章 Shop's stamp", null, null, null, StampArea: true),
        ]));
        return new PrintDocument(Title, certificate.Number, blocks);
    }
}
