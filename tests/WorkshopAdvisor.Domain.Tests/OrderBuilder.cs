using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Domain.Tests;

/// <summary>
/// Drives a <see cref="RepairOrder"/> through its public methods, the way the people in the shop would,
/// to reach any status. Time moves forward by <see cref="Step"/> on every action, so that the order's
/// own rules about time (promises in the future, clocked spans) hold without each test caring.
/// </summary>
public sealed class OrderBuilder
{
    public static readonly DateTime T0 = new(2025, 3, 10, 8, 0, 0, DateTimeKind.Utc);
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    public static readonly StaffRef Advisor = new(1, "王顾问");
    public static readonly StaffRef Technician = new(2, "李师傅");
    public static readonly StaffRef OtherTechnician = new(3, "张师傅");
    public static readonly StaffRef Inspector = new(4, "赵总检");
    public static readonly StaffRef Manager = new(5, "陈经理");

    public const string OrderNumber = "RO-20250310-0001";
    public const string CustomerName = "刘先生";
    public const int ReceptionKm = 15_000;

    /// <summary>What the work order states of the customer's address and the engine number when signed.</summary>
    public static readonly WorkOrderParticulars Particulars = new("北京市朝阳区建国路88号", "DKV123456");

    /// <summary>A shop in Beijing whose front desk may give up to 10 % discount alone.</summary>
    public static readonly ShopPolicy Policy = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), 0.10m);

    private OrderBuilder(Customer customer, Vehicle vehicle, RepairCategory category, DateTime now)
    {
        Customer = customer;
        Vehicle = vehicle;
        Category = category;
        Now = now;
        Order = null!;
    }

    public Customer Customer { get; }

    public Vehicle Vehicle { get; }

    /// <summary>The category of the estimates this builder issues.</summary>
    public RepairCategory Category { get; }

    public RepairOrder Order { get; private set; }

    /// <summary>The time of the last action; the next action happens one <see cref="Step"/> later.</summary>
    public DateTime Now { get; private set; }

    /// <summary>The completion time the builder's estimates promise: two days after reception.</summary>
    public DateTime Promise => Order.ReceivedAt.AddDays(2);

    /// <summary>A car received at <see cref="T0"/> with <see cref="ReceptionKm"/> on the clock; no diagnosis yet.</summary>
    public static OrderBuilder Received(RepairCategory category = RepairCategory.MinorRepair, VehicleClass vehicleClass = VehicleClass.Car,
        string number = OrderNumber)
    {
        var customer = Customer.Register(new CustomerDetails(CustomerName, ["13812345678"], null, CustomerClass.B, null, null, null), T0);
        var vehicle = Vehicle.Register(customer.Id, new VehicleDetails("1M8GDM9AXKP042788", false, "京A12345", "大众 帕萨特", null, vehicleClass), 14_000, T0);
        var builder = new OrderBuilder(customer, vehicle, category, T0);
        builder.Order = RepairOrder.Receive(number, customer, vehicle, Advisor, Reception(ReceptionKm), [], T0);
        return builder;
    }

    /// <summary>The same car comes back under <paramref name="original"/>, at <paramref name="at"/> with <paramref name="odometerKm"/>.</summary>
    public static OrderBuilder WarrantyReturnOf(OrderBuilder original, DateTime at, int odometerKm, RepairCategory category = RepairCategory.MinorRepair)
    {
        var builder = new OrderBuilder(original.Customer, original.Vehicle, category, at);
        builder.Order = RepairOrder.ReceiveWarrantyReturn("RO-R-" + original.Order.Number, original.Customer, original.Vehicle, Advisor,
            Reception(odometerKm), original.Order, at);
        return builder;
    }

    /// <summary>
    /// A warranty return received 200 days after its original was handed over, so outside any statutory
    /// guarantee for a car: both warranty actions (attributing the cause, the manager's override) can succeed on it.
    /// </summary>
    public static OrderBuilder WarrantyReturnOutsideGuarantee()
    {
        var original = Received().To(OrderStatus.HandedOver);
        return WarrantyReturnOf(original, original.Order.HandedOverAt!.Value.AddDays(200), ReceptionKm + 8_000);
    }

    public static ReceptionDetails Reception(int odometerKm) => new(
        odometerKm, 50, [new Accessory("备胎", 1), new Accessory("脚垫", 4)], [new DamageNote("左前门", "划痕 5 cm")],
        true, "刹车时有异响", CustomerWaits: false, KeepsOldParts: true);

    public static DiagnosisDetails Diagnosis() => new(
        EngineTemperature.Both, SpeedRange.Low, LoadCondition.Empty, RoadSurface.Paved, Frequency.Always,
        "两周前", null, "2024-12 一级维护", null, JointLiftCheckDone: true, JointRoadTestDone: true, ["前刹车片磨损到极限"]);

    /// <summary>Two labour lines (270.00 + 200.00) and one parts line (450.00): 920.00 in all.</summary>
    public static IReadOnlyList<EstimateLineInput> DefaultLines() =>
    [
        new(LineKind.Labour, "更换前刹车片", null, 1.5m, 180m),
        new(LineKind.Labour, "四轮定位", null, 1m, 200m),
        new(LineKind.Part, "前刹车片", "BP-1234", 1m, 450m, Grade: PartGrade.Genuine),
    ];

    public EstimateInput EstimateInput(IReadOnlyList<EstimateLineInput>? lines = null, decimal? ceiling = null, GuaranteeTerms? promisedGuarantee = null,
        RepairCategory? category = null, DateTime? promise = null) =>
        new(category ?? Category, promise ?? Promise, ceiling, promisedGuarantee, null, lines ?? DefaultLines());

    /// <summary>Advances the clock one step and returns the new time.</summary>
    public DateTime Tick() => Now += Step;

    /// <summary>
    /// Takes the order from where it is to <paramref name="status"/> along the usual path: diagnosis, the
    /// default estimate approved in full, every job dispatched to <see cref="Technician"/>, done, inspected, handed over.
    /// </summary>
    public OrderBuilder To(OrderStatus status)
    {
        if (Order.Diagnosis is null && Order.Status == OrderStatus.Received)
        {
            Diagnose();
        }
        while (Order.Status != status)
        {
            var from = Order.Status;
            if (status == OrderStatus.Cancelled && Transitions.IsAllowed(OrderAction.Cancel, from))
            {
                Order.Cancel("客户决定不修", Tick());
                continue;
            }
            switch (from)
            {
                case OrderStatus.Received:
                    Estimate();
                    break;
                case OrderStatus.AwaitingApproval when status == OrderStatus.EstimateDeclined:
                    DeclineAll();
                    break;
                case OrderStatus.AwaitingApproval:
                    ApproveAll().DispatchAll();
                    break;
                case OrderStatus.Approved when !Order.WorkOrderSigned:
                    Sign();
                    break;
                case OrderStatus.Approved when status == OrderStatus.InProgress:
                    // Job 1 under way, job 2 dispatched and waiting: every workshop action has something to act on.
                    DispatchAll().Start(Order.Jobs[0].Number);
                    break;
                case OrderStatus.Approved:
                case OrderStatus.InProgress:
                    FinishAllJobs();
                    break;
                case OrderStatus.AwaitingInspection:
                    PassInspection();
                    break;
                case OrderStatus.ReadyForHandover:
                    HandOver();
                    break;
                default:
                    throw new InvalidOperationException($"the builder has no path from {from} to {status}");
            }
            if (Order.Status == from)
            {
                throw new InvalidOperationException($"the builder is stuck in {from} on its way to {status}");
            }
        }
        return this;
    }

    public OrderBuilder Diagnose()
    {
        Tick();
        Order.RecordDiagnosis(Diagnosis());
        return this;
    }

    public OrderBuilder Estimate(EstimateInput? input = null)
    {
        Order.IssueEstimate(input ?? EstimateInput(), Advisor, Tick());
        return this;
    }

    public EstimateVersion Pending => Order.PendingVersion ?? throw new InvalidOperationException("no version is pending");

    /// <summary>Approves every line; an approved initial estimate is the work order, which the customer and the advisor then sign.</summary>
    public OrderBuilder ApproveAll()
    {
        var initial = Pending.Kind == EstimateKind.Initial;
        Decide(Pending.Lines.Select(l => l.Number).ToArray(), []);
        return initial ? Sign() : this;
    }

    /// <summary>The customer and the advisor sign the work order in force, on the counter's pad.</summary>
    public OrderBuilder Sign()
    {
        Order.SignWorkOrder(SignatureParty.Advisor, Advisor.Name, Guid.NewGuid(), SignatureMethod.InPerson, Particulars, Tick());
        Order.SignWorkOrder(SignatureParty.Customer, CustomerName, Guid.NewGuid(), SignatureMethod.InPerson, Particulars, Tick());
        return this;
    }

    public OrderBuilder DeclineAll() => Decide([], Pending.Lines.Select(l => l.Number).ToArray());

    public OrderBuilder Decide(int[] approved, int[] declined)
    {
        var version = Pending;
        Order.RecordCustomerDecision(version.Number, version.ContentHash, approved, declined, CustomerName, DecisionMethod.InPerson, Advisor, null, Tick());
        return this;
    }

    public OrderBuilder DispatchAll(StaffRef? technician = null)
    {
        foreach (var job in Order.Jobs.Where(j => j.Status is JobStatus.Waiting && j.TechnicianId is null))
        {
            Order.DispatchJob(job.Number, technician ?? Technician);
        }
        return this;
    }

    /// <summary>Starts a job, the work order signed first if it is not yet (nothing starts on an unsigned one).</summary>
    public OrderBuilder Start(int job)
    {
        if (!Order.WorkOrderSigned)
        {
            Sign();
        }
        Order.StartJob(job, Order.Jobs.Single(j => j.Number == job).Technician!, false, Tick());
        return this;
    }

    public OrderBuilder Finish(int job)
    {
        Order.FinishJob(job, Order.Jobs.Single(j => j.Number == job).Technician!, false, Tick());
        return this;
    }

    /// <summary>Starts (where needed) and finishes every job that is not done.</summary>
    public OrderBuilder FinishAllJobs()
    {
        DispatchAll();
        foreach (var job in Order.Jobs.Where(j => j.Status != JobStatus.Done).ToArray())
        {
            if (job.Status != JobStatus.InProgress)
            {
                Start(job.Number);
            }
            Finish(job.Number);
        }
        return this;
    }

    public OrderBuilder ReportExtraFault(string description = "右前减震器漏油")
    {
        Order.ReportExtraFault(description, Order.Jobs.Count > 0 ? Order.Jobs[0].Number : null, Technician, Tick());
        return this;
    }

    /// <summary>A supplementary estimate for every extra fault not yet priced: one labour line (300.00) and one part (600.00).</summary>
    public OrderBuilder Supplement(RepairCategory? category = null, IReadOnlyList<EstimateLineInput>? lines = null, GuaranteeTerms? promisedGuarantee = null)
    {
        var faults = Order.ExtraFaults.Where(f => f.EstimatedInVersion is null).Select(f => f.Number).ToArray();
        var input = EstimateInput(lines ?? SupplementLines(), null, promisedGuarantee, category, Order.PromisedCompletionAt);
        Order.IssueSupplementaryEstimate(input, faults, Advisor, Tick());
        return this;
    }

    public static IReadOnlyList<EstimateLineInput> SupplementLines() =>
    [
        new(LineKind.Labour, "更换右前减震器", null, 2m, 150m),
        new(LineKind.Part, "右前减震器", "SA-5678", 1m, 600m, Grade: PartGrade.Equivalent),
    ];

    /// <summary>Every check given; the odometer read after the road test, 5 km on from a fresh order's reception unless said otherwise.</summary>
    public static FinalInspectionInput InspectionInput(IEnumerable<JobCheckInput> checks, string? certificate = null, int odometerKm = ReceptionKm + 5) =>
        new([.. checks], SteeringOk: true, BrakesOk: true, ConnectionsTight: true, AccessoriesComplete: true,
            RoadTestRequired: true, RoadTestPassed: true, "合格", certificate, odometerKm);

    public FinalInspectionInput AllJobsPass(string? certificate = null) =>
        InspectionInput(Order.Jobs.Select(j => new JobCheckInput(j.Number, true, null)), certificate, Order.OdometerKm + 5);

    /// <summary>Passes final inspection, with the completion certificate where the category calls for one.</summary>
    public OrderBuilder PassInspection()
    {
        var certificate = Order.Category is { } c && c.IsMajor() ? "QC-2025-0001" : null;
        Order.RecordFinalInspection(AllJobsPass(certificate), Inspector, Tick());
        return this;
    }

    /// <summary>What the customer must pay at handover with no discount.</summary>
    public decimal AmountDue => Order.WarrantyReturn?.Covered == true ? 0m : Order.LabourTotal + Order.PartsTotal;

    /// <summary>A settlement at the counter: every accessory the builder's reception lists counted back, and the customer's signature.</summary>
    public static HandoverInput Settle(decimal discount, decimal paid, string? paymentMethod, string? acceptedBy) =>
        new(discount, paid, paymentMethod, acceptedBy, null, Reception(ReceptionKm).Accessories, new AcceptanceSignature(Guid.NewGuid(), OnPaper: false));

    /// <summary>Pays what is due, counts back every accessory of the reception, and the customer signs to accept the car.</summary>
    public HandoverInput PayInFull() => new(0m, AmountDue, AmountDue == 0 ? null : "微信支付", CustomerName, null, Order.Accessories,
        new AcceptanceSignature(Guid.NewGuid(), OnPaper: false));

    /// <summary>Hands over, paying what is due; a warranty return gets its cause (workmanship) first.</summary>
    public OrderBuilder HandOver()
    {
        if (Order.WarrantyReturn is { Cause: null })
        {
            Order.AttributeWarrantyCause(WarrantyCause.Workmanship, null, Advisor, Tick());
        }
        Order.HandOver(PayInFull(), "ST-20250310-0001", Advisor, Policy, Tick());
        return this;
    }
}
