using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Features.Documents;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Testing;

namespace WorkshopAdvisor.Benchmarks.Support;

/// <summary>
/// Realistic orders built through the domain's own methods, as the API would build them, but without a
/// database: received, diagnosed, estimated with <c>lines</c> lines (half labour, half parts), approved
/// and signed by advisor and customer with captured signature images.
/// </summary>
public static class SampleOrders
{
    private static readonly string[] Labour = ["二级维护（全车检查、紧固、润滑）", "更换正时链条张紧器", "更换机油机滤", "四轮定位", "清洗节气门", "更换前刹车片", "更换火花塞", "检查空调系统并加注冷媒"];

    private static readonly (string Number, string Name, decimal Price)[] Parts =
    [
        ("06K109467K", "正时链条张紧器", 685.50m), ("G052195M4", "机油 5W-40（1L）", 78.00m), ("06L115562B", "机油滤清器", 68.00m),
        ("N90813202", "放油螺栓密封垫", 4.50m), ("5Q0819653", "空调滤清器（活性炭）", 128.00m), ("5Q0698151", "前刹车片（套）", 420.00m),
        ("04E905612C", "火花塞", 96.00m), ("G052146A2", "空调冷媒 R134a（500g）", 165.00m),
    ];

    public static PrintContext Print { get; } = new(
        new ShopOptions
        {
            Name = "北京鑫达汽车销售服务有限公司 售后服务部 Xinda Motors After-Sales",
            Address = "北京市朝阳区东四环中路88号 88 East 4th Ring Middle Rd, Chaoyang, Beijing",
            Phone = "010-6588 1234",
            LicenceNumber = "京交运管许可朝字110105001234号",
        },
        new ShopCalendar(TimeProvider.System, Options.Create(new ShopOptions())));

    public static PrintableOrder ApprovedAndSigned(int lines)
    {
        var now = new DateTime(2026, 11, 23, 1, 30, 0, DateTimeKind.Utc);
        var advisor = new StaffRef(2, "王芳");
        var customer = Customer.Register(new CustomerDetails("张伟", ["13912345678"], "北京市朝阳区望京西路48号院3号楼2单元501室", CustomerClass.B, null, null, null), now);
        var vehicle = Vehicle.Register(customer.Id, new VehicleDetails(Vin(), false, "京A12345", "大众 帕萨特 330TSI 豪华版 2021款", "DKV123456", VehicleClass.Car), 45_000, now);
        var order = RepairOrder.Receive("RO-20261123-0007", customer, vehicle, advisor, new ReceptionDetails(
            45_230, 50,
            [new Accessory("备胎", 1), new Accessory("千斤顶", 1), new Accessory("脚垫", 4), new Accessory("行车记录仪", 1)],
            [new DamageNote("左前门", "划痕约5cm"), new DamageNote("后保险杠", "右侧轻微凹陷")],
            true, "冷车启动时发动机前部有“哒哒”异响，持续约3秒后消失，最近两周明显。顺便做二级维护。", false, true), [], now);
        order.RecordDiagnosis(new DiagnosisDetails(EngineTemperature.Cold, null, null, null, Frequency.Always, "两周前", null, "2026-06 本店小保养，38,500 km", null,
            true, false, ["正时链条张紧器磨损，冷启动时链条拍击", "机油接近更换周期"]));

        var input = Enumerable.Range(0, lines).Select(i => i % 2 == 0
            ? new EstimateLineInput(LineKind.Labour, Suffix(Labour[i / 2 % Labour.Length], i / 2, Labour.Length), null, 0.5m + (i % 5 * 0.5m), 180m)
            : new EstimateLineInput(LineKind.Part, Suffix(Parts[i / 2 % Parts.Length].Name, i / 2, Parts.Length), Parts[i / 2 % Parts.Length].Number, 1 + (i % 3), Parts[i / 2 % Parts.Length].Price,
                Grade: PartGrade.Genuine))
            .OrderBy(l => l.Kind)
            .ToList();
        var version = order.IssueEstimate(new EstimateInput(RepairCategory.Level2Maintenance, now.AddDays(1), null, null, null, input), advisor, now);
        order.RecordCustomerDecision(1, version.ContentHash, [.. version.Lines.Select(l => l.Number)], [], "张伟", DecisionMethod.InPerson, advisor, null, now);

        var (advisorImage, customerImage) = (Guid.NewGuid(), Guid.NewGuid());
        var particulars = new WorkOrderParticulars("北京市朝阳区望京西路48号院3号楼2单元501室", vehicle.EngineNumber);
        order.SignWorkOrder(SignatureParty.Advisor, "王芳", advisorImage, SignatureMethod.InPerson, particulars, now);
        order.SignWorkOrder(SignatureParty.Customer, "张伟", customerImage, SignatureMethod.InPerson, particulars, now);
        var images = new Dictionary<Guid, byte[]> { [advisorImage] = TestPng.TransparentSignature(300, 90), [customerImage] = TestPng.TransparentSignature(280, 90) };
        return new PrintableOrder(order, "北京市朝阳区望京西路48号院3号楼2单元501室", vehicle.EngineNumber, images);
    }

    // Beyond the first round of names, a line says which wheel or which one, as long estimates do.
    private static string Suffix(string name, int index, int names) => index < names ? name : $"{name}（第 {(index / names) + 1} 处）";

    private static string Vin()
    {
        var chars = "LSVAE6A40MN123456".ToCharArray();
        chars[8] = Domain.Identifiers.Vin.CheckDigit(new string(chars));
        return new string(chars);
    }
}
