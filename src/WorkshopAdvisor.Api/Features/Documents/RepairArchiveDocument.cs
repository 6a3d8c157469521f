using System.Globalization;
using WorkshopAdvisor.Api.Features.Vehicles;
using WorkshopAdvisor.Documents;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// 维修档案: one vehicle's file, every visit in the order they happened, with the fields the regulation
/// asks for. Built from the same <see cref="ArchiveVisit"/> as GET /vehicles/{id}/history, so the
/// paper and the screen never disagree.
/// </summary>
public static class RepairArchiveDocument
{
    public const string Title = "机动车维修档案 Vehicle Repair Archive";

    public static PrintDocument Build(Vehicle vehicle, string ownerName, string ownerPhone, IReadOnlyList<RepairOrder> orders, PrintContext print)
    {
        var visits = orders.OrderBy(o => o.ReceivedAt).Select(VehicleHistory.ToVisit).ToList();
        var cancelledBecause = orders.Where(o => o.CancellationReason is not null).ToDictionary(o => o.Id, o => o.CancellationReason);
        var blocks = new List<DocumentBlock>
        {
            new FieldGrid(
            [
                new Field("车架号 VIN", vehicle.Vin + (vehicle.IsImported ? "（进口 imported）" : string.Empty)),
                new Field("车牌号 Plate", PrintContext.Plate(vehicle.Plate)),
                new Field("车型 Model", vehicle.Model),
                new Field("发动机号 Engine No.", vehicle.EngineNumber),
                new Field("车辆类别 Class", Labels.Of(vehicle.VehicleClass)),
                new Field("当前里程 Odometer", PrintContext.Km(vehicle.LastOdometerKm)),
                new Field("车主 Owner", $"{ownerName}  {ownerPhone}"),
                new Field("维修次数 Visits", visits.Count.ToString(CultureInfo.InvariantCulture)),
            ]),
        };
        if (visits.Count == 0)
        {
            blocks.Add(new Paragraph("暂无维修记录 No visits recorded."));
        }

        foreach (var (visit, n) in visits.Select((v, i) => (v, i + 1)))
        {
            blocks.Add(new SectionHeading($"第 {n} 次 Visit {n} · {visit.OrderNumber} · {print.Date(visit.ReceivedAt)}"));
            blocks.Add(new FieldGrid(
            [
                new Field("进厂时间 Date in", print.Time(visit.ReceivedAt)),
                new Field("进厂里程 Odometer", PrintContext.Km(visit.OdometerKm)),
                new Field("车牌号 Plate", PrintContext.Plate(visit.Plate)),
                new Field("车架号 VIN", visit.Vin),
                new Field("结算单号 Settlement No.", visit.SettlementNumber),
                new Field("结算时间 Settled", print.Time(visit.SettledAt)),
                new Field("维修类别 Category", visit.Category is { } c ? Labels.Of(c) : null),
                new Field("状态 Status", Labels.Of(visit.Status)),
                new Field("取消原因 Cancelled because", cancelledBecause.GetValueOrDefault(visit.OrderId)),
                new Field("返修 Return of", visit.WarrantyReturnOf),
                new Field("竣工检验 Final inspection", visit.Inspection is { } i ? $"{Labels.Passed(true)} · {print.Time(i.InspectedAt)}" : null),
                new Field("检验员 Inspector", visit.Inspection?.Inspector),
                new Field("合格证编号 Certificate No.", visit.Inspection?.CompletionCertificateNumber),
                new Field("建议下次维修 Suggested for the next visit", OrderBlocks.SuggestedForNextVisit(visit.SuggestedForNextVisit)),
            ]));
            blocks.Add(new Paragraph($"故障描述 Fault：{visit.FaultDescription}"));
            if (visit.Findings.Count > 0)
            {
                blocks.Add(new Paragraph($"诊断结果 Findings：{string.Join("；", visit.Findings)}"));
            }
            if (visit.RepairItems.Count > 0)
            {
                blocks.Add(new Table(
                    [new Column("#", 0.45, Align.Center), new Column($"维修项目 Repair item（第 {n} 次 Visit {n}）", 4.8), new Column("维修技师 Done by", 1.7),
                        new Column("工时 Hours", 1.2, Align.Right)],
                    [.. visit.RepairItems.Select((item, i) => (IReadOnlyList<string>)
                        [(i + 1).ToString(CultureInfo.InvariantCulture), item.Description, string.Join("、", item.DoneBy), PrintContext.Hours(item.Hours)])],
                    [new TotalRow("工时合计 Labour hours", PrintContext.Hours(visit.LabourHours))]));
            }
            if (visit.Parts.Count > 0)
            {
                blocks.Add(new Table(
                    [new Column("#", 0.45, Align.Center), new Column($"{OrderBlocks.PartNameHeader}（第 {n} 次 Visit {n}）", 3.9), new Column("零件号 Part No.", 2.0),
                        new Column(OrderBlocks.GradeHeader, 1.1, Align.Center), new Column("数量 Qty", 0.9, Align.Right)],
                    [.. visit.Parts.Select((part, i) => (IReadOnlyList<string>)
                        [(i + 1).ToString(CultureInfo.InvariantCulture), part.Name, part.PartNumber, Labels.Of(part.Grade), PrintContext.Quantity(part.Quantity)])]));
            }
        }

        return new PrintDocument(Title, PrintContext.CarName(vehicle.Plate, vehicle.Vin), blocks);
    }
}
