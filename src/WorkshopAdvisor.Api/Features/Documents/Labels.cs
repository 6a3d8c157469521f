using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>How the domain's values read on paper: the shop floor's Chinese word first, English beside it.</summary>
public static class Labels
{
    public static string Of(RepairCategory category) => category switch
    {
        RepairCategory.VehicleOverhaul => "整车修理 Vehicle overhaul",
        RepairCategory.AssemblyRepair => "总成修理 Assembly repair",
        RepairCategory.Level2Maintenance => "二级维护 Level-2 maintenance",
        RepairCategory.Level1Maintenance => "一级维护 Level-1 maintenance",
        RepairCategory.MinorRepair => "小修 Minor repair",
        RepairCategory.SpecialRepair => "专项修理 Special repair",
        _ => category.ToString(),
    };

    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Received => "已接车 Received",
        OrderStatus.AwaitingApproval => "待客户确认 Awaiting approval",
        OrderStatus.EstimateDeclined => "客户拒绝 Estimate declined",
        OrderStatus.Approved => "已确认 Approved",
        OrderStatus.InProgress => "维修中 In progress",
        OrderStatus.AwaitingInspection => "待总检 Awaiting inspection",
        OrderStatus.ReadyForHandover => "待交车 Ready for handover",
        OrderStatus.HandedOver => "已交车 Handed over",
        OrderStatus.Cancelled => "已取消 Cancelled",
        _ => status.ToString(),
    };

    public static string Of(LineDecision decision) => decision switch
    {
        LineDecision.Approved => "同意 Approved",
        LineDecision.Declined => "拒绝 Declined",
        _ => "待定 Pending",
    };

    public static string Of(VersionState state) => state switch
    {
        VersionState.Pending => "待客户确认 Awaiting the customer's decision",
        VersionState.Decided => "客户已确认 Decided by the customer",
        _ => "已作废（已由新版本取代）Superseded by a later version",
    };

    /// <summary>原厂 / 同质 / 修复, as the settlement marks each part; a part from before the mark was asked for prints "—".</summary>
    public static string Of(PartGrade? grade) => grade switch
    {
        PartGrade.Genuine => "原厂 Genuine",
        PartGrade.Equivalent => "同质 Equivalent",
        PartGrade.Repaired => "修复 Repaired",
        _ => "—",
    };

    public static string Of(DecisionMethod method) => method == DecisionMethod.Remote ? "远程确认 Remote" : "当面确认 In person";

    public static string Of(VehicleClass vehicleClass) => vehicleClass switch
    {
        VehicleClass.Car => "汽车 Car",
        VehicleClass.Motorcycle => "摩托车 Motorcycle",
        _ => "其他机动车 Other motor vehicle",
    };

    public static string Of(WarrantyCause cause) => cause switch
    {
        WarrantyCause.Workmanship => "维修工艺 Workmanship",
        WarrantyCause.Parts => "配件质量 Parts",
        _ => "使用不当 Customer use",
    };

    public static string Of(EngineTemperature value) => value switch
    {
        EngineTemperature.Cold => "冷车 Cold engine",
        EngineTemperature.Hot => "热车 Hot engine",
        _ => "冷热车均有 Cold and hot",
    };

    public static string Of(SpeedRange value) => value switch
    {
        SpeedRange.Low => "低速 Low speed",
        SpeedRange.High => "高速 High speed",
        _ => "高低速均有 Low and high speed",
    };

    public static string Of(LoadCondition value) => value switch
    {
        LoadCondition.Empty => "空载 Empty",
        LoadCondition.Full => "满载 Full load",
        _ => "空载满载均有 Empty and full",
    };

    public static string Of(RoadSurface value) => value switch
    {
        RoadSurface.Paved => "平路 Paved road",
        RoadSurface.Rough => "颠簸路 Rough road",
        _ => "各种路面 Any road",
    };

    public static string Of(Frequency value) => value == Frequency.Always ? "一直 Always" : "偶尔 Sometimes";

    public static string YesNo(bool value) => value ? "是 Yes" : "否 No";

    public static string Passed(bool passed) => passed ? "合格 Pass" : "不合格 Fail";

    /// <summary>"自交车起 2,000 km 或 10 天，以先到者为准 / 2,000 km or 10 days from handover, whichever comes first".</summary>
    public static string Guarantee(GuaranteeTerms terms) =>
        $"自交车起 {PrintContext.Km(terms.Km)} 或 {terms.Days} 天，以先到者为准 / {PrintContext.Km(terms.Km)} or {terms.Days} days from handover, whichever comes first";
}
