using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.DataGenerator;

/// <summary>Takes one visit as far as its age allows, through the domain's own methods, so every generated order obeys the rules.</summary>
internal sealed class Visits(Random random, Staff staff, ShopPolicy policy, Guid signatureImage)
{
    private static readonly WorkOrderParticulars Particulars = new("北京市朝阳区", null);

    private static readonly (string Item, decimal Hours, string PartNumber, string Part, decimal Price)[] Work =
    [
        ("更换机油机滤", 0.5m, "G052195M4", "机油 5W-40 (升)", 78m),
        ("更换前刹车片", 1.0m, "8W0698151", "前刹车片", 420m),
        ("更换空调滤芯", 0.3m, "5Q0819653", "空调滤芯", 98m),
        ("更换正时链条张紧器", 2.5m, "06K109467K", "正时链条张紧器", 685.50m),
        ("更换火花塞", 0.8m, "06K905601B", "火花塞", 65m),
        ("四轮定位", 1.0m, "-", "", 0m),
        ("更换蓄电池", 0.4m, "000915105DH", "蓄电池 70Ah", 899m),
        ("变速箱油更换", 1.5m, "G052182A2", "变速箱油 (升)", 120m),
        ("更换减震器", 2.0m, "8W0413031", "前减震器", 1280m),
        ("发动机清洗保养", 1.0m, "-", "", 0m),
    ];

    public enum Stage
    {
        Received,
        AwaitingApproval,
        InProgress,
        AwaitingInspection,
        ReadyForHandover,
        Done,
    }

    /// <summary>The order as it stands after this visit's history up to <paramref name="stage"/>.</summary>
    public RepairOrder Make(string number, Customer customer, Vehicle vehicle, int odometerKm, DateTime at, Stage stage,
        RepairOrder? previous, RepairOrder? returnOf, Func<DateTime, string> settlementNumber)
    {
        var advisor = staff.Advisor(random);
        // A visit that is not a return is routine work, even while an earlier guarantee runs: the advisor says so.
        var reception = new ReceptionDetails(odometerKm, random.Next(10, 100), [new Accessory("备胎", 1), new Accessory("脚垫", 4)],
            random.Next(5) == 0 ? [new DamageNote("后保险杠", "轻微刮擦")] : [], true, "定期保养并检查异响", random.Next(3) == 0, random.Next(2) == 0,
            NotAWarrantyReturn: returnOf is null);
        var order = returnOf is null
            ? RepairOrder.Receive(number, customer, vehicle, advisor, reception, previous is null ? [] : [previous], at)
            : RepairOrder.ReceiveWarrantyReturn(number, customer, vehicle, advisor, reception, returnOf, at);
        if (stage == Stage.Received)
        {
            return order;
        }

        order.RecordDiagnosis(new DiagnosisDetails(EngineTemperature.Cold, SpeedRange.Low, null, null, Frequency.Sometimes, "一个月前", null, null, null,
            random.Next(2) == 0, false, ["按保养手册检查", "发现部件磨损"]));
        var category = Category();
        var lines = Lines();
        var estimateAt = at.AddMinutes(20);
        order.IssueEstimate(new EstimateInput(category, at.AddHours(random.Next(4, 30)), null, null, null, lines), advisor, estimateAt);
        if (stage == Stage.AwaitingApproval)
        {
            return order;
        }

        var version = order.PendingVersion!;
        var numbers = version.Lines.Select(l => l.Number).ToList();
        var declineAll = stage == Stage.Done && random.Next(100) < 3;
        var declined = declineAll ? numbers : numbers.Where(n => n > 1 && random.Next(100) < 8).ToList();
        order.RecordCustomerDecision(version.Number, version.ContentHash, [.. numbers.Except(declined)], declined, order.CustomerName, DecisionMethod.InPerson, advisor, null, at.AddMinutes(40));
        if (declineAll)
        {
            order.Cancel("客户不同意维修方案", at.AddHours(1));
            return order;
        }

        var time = at.AddHours(1);
        order.SignWorkOrder(SignatureParty.Advisor, advisor.Name, signatureImage, SignatureMethod.InPerson, Particulars, time);
        order.SignWorkOrder(SignatureParty.Customer, order.CustomerName, signatureImage, SignatureMethod.InPerson, Particulars, time);
        WorkAll(order, ref time, finish: stage != Stage.InProgress);
        if (stage == Stage.InProgress)
        {
            return order;
        }
        if (random.Next(100) < 10)
        {
            order.ReportExtraFault("发现刹车盘磨损", order.Jobs[0].Number, order.Jobs[0].Technician!, time);
            var promise = (order.PromisedCompletionAt!.Value > time ? order.PromisedCompletionAt.Value : time).AddHours(2);
            var extra = order.IssueSupplementaryEstimate(new EstimateInput(category, promise, null, null, null,
                [new EstimateLineInput(LineKind.Labour, "更换刹车盘", null, 1.5m, 180m), new EstimateLineInput(LineKind.Part, "刹车盘", "8W0615301", 2, 560m, Grade: PartGrade.Genuine)]), [1], advisor, time);
            order.RecordCustomerDecision(extra.Number, extra.ContentHash, [1, 2], [], order.CustomerName, DecisionMethod.InPerson, advisor, null, time.AddMinutes(15));
            time = time.AddMinutes(20);
            WorkAll(order, ref time, finish: true);
        }
        if (stage == Stage.AwaitingInspection)
        {
            return order;
        }

        var inspector = staff.Inspector(random);
        if (random.Next(100) < 5)
        {
            var failed = order.Jobs[0].Number;
            order.RecordFinalInspection(Checks(order, failed), inspector, time);
            time = time.AddMinutes(10);
            WorkAll(order, ref time, finish: true);
        }
        order.RecordFinalInspection(Checks(order, null) with { CompletionCertificateNumber = category.IsMajor() ? "JG" + number[3..] : null }, inspector, time);
        if (stage == Stage.ReadyForHandover)
        {
            return order;
        }

        if (order.WarrantyReturn is not null)
        {
            order.AttributeWarrantyCause(random.Next(3) == 0 ? WarrantyCause.Parts : WarrantyCause.Workmanship, null, inspector, time);
        }
        var due = order.WarrantyReturn?.Covered == true ? 0m : order.LabourTotal + order.PartsTotal;
        var handedOverAt = time.AddMinutes(random.Next(10, 120));
        order.HandOver(new HandoverInput(0, due, due == 0 ? null : "微信", order.CustomerName, null, order.Accessories, new AcceptanceSignature(signatureImage, OnPaper: false)),
            settlementNumber(handedOverAt), advisor, policy, handedOverAt);
        return order;
    }

    private void WorkAll(RepairOrder order, ref DateTime time, bool finish)
    {
        foreach (var job in order.Jobs.Where(j => j.Status != JobStatus.Done))
        {
            var technician = job.Technician ?? staff.Technician(random);
            if (job.Technician is null)
            {
                order.DispatchJob(job.Number, technician);
            }
            order.StartJob(job.Number, technician, false, time);
            time = time.AddMinutes(random.Next(20, 150));
            if (finish)
            {
                order.FinishJob(job.Number, technician, false, time);
            }
        }
    }

    private static FinalInspectionInput Checks(RepairOrder order, int? failed) =>
        new([.. order.Jobs.Select(j => new JobCheckInput(j.Number, j.Number != failed, j.Number == failed ? "仍有异响" : null))],
            true, true, true, true, false, null, null, null, order.OdometerKm + 2);

    private RepairCategory Category() => random.Next(100) switch
    {
        < 45 => RepairCategory.Level1Maintenance,
        < 75 => RepairCategory.MinorRepair,
        < 85 => RepairCategory.SpecialRepair,
        < 95 => RepairCategory.Level2Maintenance,
        < 99 => RepairCategory.AssemblyRepair,
        _ => RepairCategory.VehicleOverhaul,
    };

    private EstimateLineInput[] Lines()
    {
        var items = Work.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        return
        [
            .. items.Select(w => new EstimateLineInput(LineKind.Labour, w.Item, null, w.Hours, 180m)),
            .. items.Where(w => w.Price > 0).Select(w => new EstimateLineInput(LineKind.Part, w.Part, w.PartNumber, w.Part.Contains("(升)", StringComparison.Ordinal) ? 4.5m : 1m, w.Price,
                Grade: random.Next(10) == 0 ? PartGrade.Equivalent : PartGrade.Genuine)),
        ];
    }
}
