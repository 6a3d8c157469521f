using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;

namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>
/// 维修委托: one car's visit, from reception to handover. The aggregate guards every rule of the trade
/// that concerns the order; each public method is one thing a person does and refuses loudly when the
/// order is not in a state that allows it (see <see cref="Transitions"/>).
/// </summary>
public sealed partial class RepairOrder : AggregateRoot
{
    private readonly List<Accessory> _accessories = [];
    private readonly List<DamageNote> _damageNotes = [];
    private readonly List<EstimateVersion> _estimates = [];
    private readonly List<Job> _jobs = [];
    private readonly List<ExtraFault> _extraFaults = [];
    private readonly List<DelayNotice> _delayNotices = [];
    private readonly List<InspectionRound> _inspections = [];
    private readonly List<WorkOrderSignature> _signatures = [];
    private readonly List<Accessory> _accessoriesReturned = [];

    private RepairOrder()
    {
        Number = string.Empty;
        CustomerName = string.Empty;
        CustomerPhone = string.Empty;
        Vin = string.Empty;
        Model = string.Empty;
        AdvisorName = string.Empty;
        CustomerDescription = string.Empty;
    }

    /// <summary>RO-yyyyMMdd-NNNN, unique, given by the shop's daily sequence.</summary>
    public string Number { get; private set; }

    public OrderStatus Status { get; private set; }

    public long CustomerId { get; private set; }

    public string CustomerName { get; private set; }

    public string CustomerPhone { get; private set; }

    public long VehicleId { get; private set; }

    public string Vin { get; private set; }

    public string? Plate { get; private set; }

    public string Model { get; private set; }

    public VehicleClass VehicleClass { get; private set; }

    public long AdvisorId { get; private set; }

    public string AdvisorName { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    // Reception (接车)
    public int OdometerKm { get; private set; }

    public int FuelLevelPercent { get; private set; }

    public IReadOnlyList<Accessory> Accessories => _accessories;

    public IReadOnlyList<DamageNote> DamageNotes => _damageNotes;

    /// <summary>The reception's accessories as counted back at handover.</summary>
    public IReadOnlyList<Accessory> AccessoriesReturned => _accessoriesReturned;

    public bool ValuablesReminderAcknowledged { get; private set; }

    /// <summary>客户描述: the customer's own words about the problem.</summary>
    public string CustomerDescription { get; private set; }

    public bool CustomerWaits { get; private set; }

    public bool KeepsOldParts { get; private set; }

    public Diagnosis? Diagnosis { get; private set; }

    public IReadOnlyList<EstimateVersion> Estimates => _estimates;

    /// <summary>The time the customer was promised, moved only by a delay notice or a new estimate.</summary>
    public DateTime? PromisedCompletionAt { get; private set; }

    public IReadOnlyList<Job> Jobs => _jobs;

    public IReadOnlyList<ExtraFault> ExtraFaults => _extraFaults;

    public IReadOnlyList<DelayNotice> DelayNotices => _delayNotices;

    public IReadOnlyList<InspectionRound> Inspections => _inspections;

    public IReadOnlyList<WorkOrderSignature> Signatures => _signatures;

    public CompletionCertificate? CompletionCertificate { get; private set; }

    public Settlement? Settlement { get; private set; }

    public GuaranteePeriod? Guarantee { get; private set; }

    /// <summary>The manager's approval of a discount above the front desk's share, if one was needed.</summary>
    public DiscountApproval? DiscountApproval { get; private set; }

    public WarrantyReturn? WarrantyReturn { get; private set; }

    public DateTime? HandedOverAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>What may be done now: the transition table, less the warranty actions on an order that is no warranty return.</summary>
    public IReadOnlyList<OrderAction> AllowedActions =>
        [.. Transitions.AllowedIn(Status).Where(a => WarrantyReturn is not null || a is not (OrderAction.AttributeWarrantyCause or OrderAction.OverrideGuarantee))];

    /// <summary>The car is not ready and the promised time has passed.</summary>
    public bool IsLate(DateTime now) =>
        PromisedCompletionAt is { } promised && promised < now
        && Status is OrderStatus.AwaitingApproval or OrderStatus.Approved or OrderStatus.InProgress or OrderStatus.AwaitingInspection;

    /// <summary>
    /// Receives a car (接车). The vehicle's odometer moves forward with it, never back. When a guarantee on earlier
    /// work (<paramref name="earlierOrders"/>, the car's handed-over orders) still runs, the advisor must say so
    /// rather than remember it: link the return (<see cref="ReceiveWarrantyReturn"/>), or state that this visit is
    /// not one; the refusal names the guarantees and proposes the link.
    /// </summary>
    public static RepairOrder Receive(string number, Customer customer, Vehicle vehicle, StaffRef advisor, ReceptionDetails reception,
        IEnumerable<RepairOrder> earlierOrders, DateTime now)
    {
        var running = earlierOrders.Where(o => o.VehicleId == vehicle.Id)
            .Select(o => o.GuaranteeRunningAt(now, reception.OdometerKm)).OfType<RunningGuarantee>()
            .OrderByDescending(g => g.EndsAt).ToList();
        if (running.Count > 0 && !reception.NotAWarrantyReturn)
        {
            var list = string.Join("; ", running.Select(g => $"{g.OrderNumber} until {g.LastDay:yyyy-MM-dd} 24:00 or {g.EndsAtOdometerKm} km ({g.DaysLeft} day(s), {g.KmLeft} km left)"));
            throw new RuleViolationException(OrderRules.GuaranteeRunning,
                $"A quality guarantee on earlier work still runs for this car: {list}. If the car is back for that work, receive it as a warranty return " +
                $"(warrantyReturnOf: {running[0].OrderId}); if not, say so (notAWarrantyReturn: true).")
            {
                Facts = new Dictionary<string, object> { ["runningGuarantees"] = running, ["proposedWarrantyReturnOf"] = running[0].OrderId },
            };
        }
        return Open(number, customer, vehicle, advisor, reception, now);
    }

    /// <summary>The guarantee this order started, if it still covers a car back at <paramref name="at"/> with <paramref name="odometerKm"/>.</summary>
    public RunningGuarantee? GuaranteeRunningAt(DateTime at, int odometerKm) =>
        Status == OrderStatus.HandedOver && Guarantee is { } g && g.Covers(at, odometerKm)
            ? new RunningGuarantee(Id, Number, g.Category, g.LastDay, g.EndsAt, g.DaysLeft(at), g.EndsAtOdometerKm, g.KmLeft(odometerKm))
            : null;

    private static RepairOrder Open(string number, Customer customer, Vehicle vehicle, StaffRef advisor, ReceptionDetails reception, DateTime now)
    {
        if (vehicle.CustomerId != customer.Id)
        {
            throw new InvalidValueException("vehicleId", "the vehicle belongs to another customer in the archive");
        }
        if (!reception.ValuablesReminderAcknowledged)
        {
            throw new InvalidValueException("valuablesReminderAcknowledged", "the customer must be reminded to take valuables out, and acknowledge it");
        }
        if (reception.FuelLevelPercent is < 0 or > 100)
        {
            throw new InvalidValueException("fuelLevelPercent", "must be between 0 and 100");
        }
        var order = new RepairOrder
        {
            Number = number,
            Status = OrderStatus.Received,
            CustomerId = customer.Id,
            CustomerName = customer.Name,
            CustomerPhone = customer.PrimaryPhone,
            VehicleId = vehicle.Id,
            Vin = vehicle.Vin,
            Plate = vehicle.Plate,
            Model = vehicle.Model,
            VehicleClass = vehicle.VehicleClass,
            AdvisorId = advisor.UserId,
            AdvisorName = advisor.Name,
            ReceivedAt = now,
            OdometerKm = reception.OdometerKm,
            FuelLevelPercent = reception.FuelLevelPercent,
            ValuablesReminderAcknowledged = true,
            CustomerDescription = Text.Required(reception.CustomerDescription, "customerDescription", 2000),
            CustomerWaits = reception.CustomerWaits,
            KeepsOldParts = reception.KeepsOldParts,
        };
        order._accessories.AddRange((reception.Accessories ?? []).Select((a, i) =>
            new Accessory(Text.Required(a.Name, $"accessories[{i}].name", 100),
                a.Count is > 0 and <= 100 ? a.Count : throw new InvalidValueException($"accessories[{i}].count", "must be between 1 and 100"))));
        order._damageNotes.AddRange((reception.DamageNotes ?? []).Select((d, i) =>
            new DamageNote(Text.Required(d.Area, $"damageNotes[{i}].area", 100), Text.Required(d.Description, $"damageNotes[{i}].description", 500))));
        vehicle.RecordOdometer(reception.OdometerKm, now);
        order.Record("Receive", null, OrderStatus.Received.ToString(), $"{order.Plate ?? order.Vin}, {order.OdometerKm} km");
        return order;
    }

    /// <summary>
    /// Receives a car that comes back with a problem on work done under <paramref name="original"/> (返修).
    /// Whether it is inside the guarantee is fixed now, from the days and distance since that handover.
    /// </summary>
    public static RepairOrder ReceiveWarrantyReturn(string number, Customer customer, Vehicle vehicle, StaffRef advisor, ReceptionDetails reception, RepairOrder original, DateTime now)
    {
        if (original.Status != OrderStatus.HandedOver || original.Guarantee is null)
        {
            throw new RuleViolationException(OrderRules.OriginalNotHandedOver, $"Order {original.Number} is {original.Status}; only a handed-over order can be returned under guarantee.");
        }
        if (original.VehicleId != vehicle.Id)
        {
            throw new InvalidValueException("warrantyReturnOf", $"order {original.Number} was for another vehicle");
        }
        var order = Open(number, customer, vehicle, advisor, reception, now);
        order.WarrantyReturn = new WarrantyReturn(original, reception.OdometerKm, now);
        order.Record("ReceiveWarrantyReturn", null, OrderStatus.Received.ToString(),
            $"return of {original.Number}, {(order.WarrantyReturn.InsideGuarantee ? "inside" : "outside")} guarantee");
        return order;
    }

    private void Require(OrderAction action)
    {
        if (!Transitions.IsAllowed(action, Status))
        {
            throw new StatusConflictException(action.ToString(), Status.ToString(), [.. AllowedActions.Select(a => a.ToString())]);
        }
    }

    /// <summary>A broken rule of this order, with where the order stands and what it allows now.</summary>
    private RuleViolationException Refuse(string rule, string message) =>
        new(rule, message) { CurrentStatus = Status.ToString(), AllowedActions = [.. AllowedActions.Select(a => a.ToString())] };

    /// <summary>Records an action that leaves the status as it is.</summary>
    private void Stay(OrderAction action, string? details) => MoveTo(Status, action, details);

    /// <summary>Changes the status as the transition table allows; anything else is a bug in this class, not a refusal.</summary>
    private void MoveTo(OrderStatus next, OrderAction action, string? details = null)
    {
        var before = Status;
        if (Transitions.Find(action, before) is not { } row || !row.To.Contains(next))
        {
            throw new InvalidOperationException($"{action} from {before} to {next} is not in the transition table.");
        }
        Status = next;
        Record(action.ToString(), before.ToString(), next.ToString(), details);
    }
}
