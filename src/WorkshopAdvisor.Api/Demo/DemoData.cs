using Microsoft.EntityFrameworkCore;
using WorkshopAdvisor.Api.Security;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;
using WorkshopAdvisor.Domain.Staff;
using WorkshopAdvisor.Infrastructure.Persistence;

namespace WorkshopAdvisor.Api.Demo;

/// <summary>
/// A realistic morning in a shop for a newcomer to look at (start with --demo-data): one member of staff
/// per role, customers with Chinese names, plates and valid VINs, and orders in every stage of the day.
/// Loaded only into an archive without customers, so it never mixes with real data.
/// </summary>
public static class DemoData
{
    private static readonly (string Name, string Phone, CustomerClass Class, string Plate, string VinStem, string Model, VehicleClass Kind, int Km)[] Cars =
    [
        ("张伟", "13812345678", CustomerClass.A, "京A12345", "LSVAU2180N2", "大众 帕萨特 2022款 330TSI", VehicleClass.Car, 15_230),
        ("李娜", "13987654321", CustomerClass.B, "京N8D321", "LFV2A21K0P3", "奥迪 A4L 2023款 40TFSI", VehicleClass.Car, 8_410),
        ("王强", "13600001111", CustomerClass.C, "沪B67890", "LVSHCAMB0KE", "福特 蒙迪欧 2019款", VehicleClass.Car, 86_020),
        ("刘洋", "15811112222", CustomerClass.B, "粤BD12345", "LGXCE4CB0N0", "比亚迪 汉 EV 2022款", VehicleClass.Car, 32_100),
        ("陈静", "18622223333", CustomerClass.A, "苏E5K678", "LHGCR2650J8", "本田 雅阁 2018款", VehicleClass.Car, 121_500),
        ("杨帆", "13733334444", CustomerClass.C, "浙A9Q876", "LSGPC52U0AF", "别克 GL8 2020款", VehicleClass.Car, 64_800),
        ("赵磊", "13544445555", CustomerClass.B, "川A3M456", "LFMAPE2C0J0", "丰田 凯美瑞 2018款", VehicleClass.Car, 97_300),
        ("周敏", "13055556666", CustomerClass.C, "京B7G890", "LBV3Z3107JM", "宝马 3系 2018款 320Li", VehicleClass.Car, 73_900),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkshopDbContext>();
        if (await db.Customers.AnyAsync(ct))
        {
            await Console.Out.WriteLineAsync("Demo data not loaded: the archive already has customers.");
            return;
        }
        var calendar = scope.ServiceProvider.GetRequiredService<ShopCalendar>();
        var policy = scope.ServiceProvider.GetRequiredService<ShopPolicy>();
        var now = calendar.UtcNow;
        var staff = await CreateStaffAsync(db, now, ct);
        var advisor = staff[Role.Advisor].AsStaff;
        var technician = staff[Role.Technician].AsStaff;
        var inspector = staff[Role.Inspector].AsStaff;

        var vehicles = new List<(Customer Customer, Vehicle Vehicle)>();
        foreach (var car in Cars)
        {
            var customer = Customer.Register(new CustomerDetails(car.Name, [car.Phone], "北京市朝阳区", car.Class, "家用", null, null), now.AddYears(-2));
            db.Customers.Add(customer);
            await db.SaveChangesAsync(ct);
            var vin = car.VinStem + "123456";
            vin = vin[..8] + WorkshopAdvisor.Domain.Identifiers.Vin.CheckDigit(vin) + vin[9..];
            var vehicle = Vehicle.Register(customer.Id, new VehicleDetails(vin, false, car.Plate, car.Model, "E" + car.Plate[2..], car.Kind), car.Km - 500, now.AddYears(-2));
            db.Vehicles.Add(vehicle);
            await db.SaveChangesAsync(ct);
            vehicles.Add((customer, vehicle));
        }

        var sequence = 0;
        async Task<RepairOrder> Receive(int car, DateTime at, string complaint, bool waits = false)
        {
            var (customer, vehicle) = vehicles[car];
            var order = RepairOrder.Receive($"RO-{DateOnly.FromDateTime(calendar.ToLocal(at)):yyyyMMdd}-{++sequence:D4}", customer, vehicle, advisor,
                new ReceptionDetails(Cars[car].Km, 60, [new Accessory("备胎", 1), new Accessory("脚垫", 4)], [new DamageNote("后保险杠", "轻微刮擦")],
                    true, complaint, waits, false), [], at);
            db.RepairOrders.Add(order);
            await db.SaveChangesAsync(ct);
            return order;
        }
        void Estimate(RepairOrder order, DateTime at, DateTime promised, RepairCategory category, params EstimateLineInput[] lines)
        {
            order.RecordDiagnosis(new DiagnosisDetails(EngineTemperature.Cold, null, null, null, Frequency.Always, "一周前", null, "上次保养 5000 km 前", null, true, false, ["需要按诊断结果维修"]));
            order.IssueEstimate(new EstimateInput(category, promised, null, null, null, lines), advisor, at);
        }
        void ApproveAll(RepairOrder order, DateTime at) =>
            order.RecordCustomerDecision(order.PendingVersion!.Number, null, [.. order.PendingVersion.Lines.Select(l => l.Number)], [], order.CustomerName, DecisionMethod.InPerson, advisor, null, at);
        // Both sign the work order at the counter before any job starts, as they must.
        void Sign(RepairOrder order, DateTime at)
        {
            var (customer, vehicle) = vehicles.Single(v => v.Vehicle.Id == order.VehicleId);
            var particulars = new WorkOrderParticulars(customer.Address, vehicle.EngineNumber);
            var (advisorSignature, customerSignature) = (DemoSignatures.For(1, at), DemoSignatures.For(2 + (int)(order.VehicleId % 5), at));
            db.SignatureImages.AddRange(advisorSignature, customerSignature);
            order.SignWorkOrder(SignatureParty.Advisor, advisor.Name, advisorSignature.Id, SignatureMethod.InPerson, particulars, at);
            order.SignWorkOrder(SignatureParty.Customer, order.CustomerName, customerSignature.Id, SignatureMethod.InPerson, particulars, at);
        }
        void Work(RepairOrder order, DateTime at, bool finish)
        {
            Sign(order, at);
            foreach (var job in order.Jobs)
            {
                order.DispatchJob(job.Number, technician);
                order.StartJob(job.Number, technician, false, at);
                if (finish)
                {
                    order.FinishJob(job.Number, technician, false, at.AddHours(1));
                }
            }
        }
        EstimateLineInput Labour(string what, decimal hours) => new(LineKind.Labour, what, null, hours, 180m);
        EstimateLineInput Part(string number, string name, decimal qty, decimal price, PartGrade grade = PartGrade.Genuine) =>
            new(LineKind.Part, name, number, qty, price, Grade: grade);
        // This morning, but never before midnight: the board shows what arrived today.
        var dayStart = calendar.DayInUtc(calendar.Today).Start;
        DateTime HoursAgo(double hours) => new[] { now.AddHours(-hours), dayStart.AddMinutes(hours) }.Max();

        // Handed over nine days ago, and back today with the same noise: a warranty return.
        var earlier = await Receive(0, now.AddDays(-9), "冷车启动异响");
        Estimate(earlier, now.AddDays(-9), now.AddDays(-9).AddHours(5), RepairCategory.MinorRepair, Labour("更换正时链条张紧器", 2.5m), Part("06K109467K", "正时链条张紧器", 1, 685.50m));
        ApproveAll(earlier, now.AddDays(-9));
        Work(earlier, now.AddDays(-9).AddHours(1), finish: true);
        earlier.RecordFinalInspection(new FinalInspectionInput([.. earlier.Jobs.Select(j => new JobCheckInput(j.Number, true, null))], true, true, true, true, false, null, null, null,
            Cars[0].Km + 3), inspector, now.AddDays(-9).AddHours(3));
        var acceptance = DemoSignatures.For(2, now.AddDays(-9).AddHours(4));
        db.SignatureImages.Add(acceptance);
        earlier.HandOver(new HandoverInput(0, earlier.LabourTotal + earlier.PartsTotal, "微信", earlier.CustomerName, null, earlier.Accessories,
            new AcceptanceSignature(acceptance.Id, OnPaper: false)), $"JS-{DateOnly.FromDateTime(calendar.ToLocal(now.AddDays(-9))):yyyyMMdd}-0001",
            advisor, policy, now.AddDays(-9).AddHours(4));
        await db.SaveChangesAsync(ct);
        var ret = RepairOrder.ReceiveWarrantyReturn($"RO-{calendar.Today:yyyyMMdd}-{++sequence:D4}", vehicles[0].Customer, vehicles[0].Vehicle, advisor,
            new ReceptionDetails(Cars[0].Km + 640, 40, [], [], true, "异响又出现了", true, false), earlier, HoursAgo(1));
        db.RepairOrders.Add(ret);

        await Receive(1, HoursAgo(0.5), "空调制冷效果差");
        var awaiting = await Receive(2, HoursAgo(2), "刹车时有尖叫声");
        Estimate(awaiting, HoursAgo(1.5), now.AddHours(4), RepairCategory.MinorRepair, Labour("更换前刹车片", 1m), Part("8W0698151", "前刹车片", 1, 420m));

        var working = await Receive(3, HoursAgo(3), "定期保养 30000 km");
        Estimate(working, HoursAgo(2.8), now.AddHours(2), RepairCategory.Level1Maintenance, Labour("一级维护", 1.5m), Labour("更换空调滤芯", 0.3m), Part("5Q0819653", "空调滤芯", 1, 98m));
        ApproveAll(working, HoursAgo(2.7));
        Work(working, HoursAgo(2.5), finish: false);

        // Promised for an hour ago and still in the bay: late.
        var late = await Receive(4, now.AddDays(-1), "变速箱换挡冲击");
        Estimate(late, now.AddDays(-1).AddHours(1), now.AddHours(-1), RepairCategory.AssemblyRepair, Labour("变速箱阀体维修", 6m), Part("09G325039A", "阀体总成", 1, 3680m));
        ApproveAll(late, now.AddDays(-1).AddHours(2));
        Work(late, now.AddDays(-1).AddHours(3), finish: false);

        var ready = await Receive(5, HoursAgo(4), "更换轮胎");
        Estimate(ready, HoursAgo(3.9), now.AddHours(1), RepairCategory.MinorRepair, Labour("更换轮胎并做四轮定位", 1m), Part("MICH-PS4-225", "米其林 225/45R18", 2, 899m));
        ApproveAll(ready, HoursAgo(3.8));
        Work(ready, HoursAgo(3.5), finish: true);
        ready.RecordFinalInspection(new FinalInspectionInput([.. ready.Jobs.Select(j => new JobCheckInput(j.Number, true, null))], true, true, true, true, true, true, null, null,
            Cars[5].Km + 6), inspector, HoursAgo(2));

        await db.SaveChangesAsync(ct);
        await db.NumberSequences.AddRangeAsync(
            [new NumberSequence { Key = $"RO-{calendar.Today:yyyyMMdd}", Value = sequence }], ct);
        await db.SaveChangesAsync(ct);
        await Console.Out.WriteLineAsync($"Demo data loaded: {Cars.Length} customers and cars, {sequence} repair orders.");
    }

    private static async Task<Dictionary<Role, User>> CreateStaffAsync(WorkshopDbContext db, DateTime now, CancellationToken ct)
    {
        var names = new Dictionary<Role, (string User, string Display)>
        {
            [Role.Advisor] = ("advisor", "王芳"),
            [Role.Technician] = ("technician", "李强"),
            [Role.Inspector] = ("inspector", "赵敏"),
            [Role.Foreman] = ("foreman", "陈刚"),
            [Role.CareAgent] = ("care", "刘洋"),
            [Role.GeneralManager] = ("gm", "郑建国"),
        };
        var staff = new Dictionary<Role, User>();
        var lines = new List<string>();
        foreach (var (role, (user, display)) in names)
        {
            var existing = await db.Users.SingleOrDefaultAsync(u => u.UserName == user, ct);
            if (existing is not null)
            {
                staff[role] = existing;
                continue;
            }
            var password = Passwords.Generate();
            var created = User.Create(user, display, role, now);
            Passwords.Set(created, password);
            db.Users.Add(created);
            staff[role] = created;
            lines.Add($"  {role,-14} {user,-11} {password}");
        }
        await db.SaveChangesAsync(ct);
        if (lines.Count > 0)
        {
            await Console.Out.WriteLineAsync($"""

                ==== Demo staff accounts (new passwords with every demo database) ====
                  role           user name   password
                {string.Join(Environment.NewLine, lines)}
                ======================================================================
                """);
        }
        return staff;
    }
}
