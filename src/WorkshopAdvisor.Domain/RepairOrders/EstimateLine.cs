using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.RepairOrders;

public enum LineKind
{
    /// <summary>工时: hours × hourly rate.</summary>
    Labour,

    /// <summary>材料: quantity × unit price.</summary>
    Part,
}

/// <summary>
/// Whether a part is genuine, of equivalent quality, or repaired: 机动车维修管理规定 requires the three to be marked
/// apart and priced openly, on the estimate the customer approves and on the settlement.
/// </summary>
public enum PartGrade
{
    /// <summary>原厂: the vehicle maker's part.</summary>
    Genuine,

    /// <summary>同质: a part of quality equivalent to the maker's.</summary>
    Equivalent,

    /// <summary>修复: a repaired part.</summary>
    Repaired,
}

/// <summary>The system a labour line works on where the trade road-tests the car after the work (制动, 转向, 悬挂).</summary>
public enum VehicleSystem
{
    Brakes,
    Steering,
    Suspension,
}

public enum LineDecision
{
    Pending,
    Approved,
    Declined,
}

/// <summary>One line of an estimate version. Labour and parts lines are kept apart on every document.</summary>
public sealed class EstimateLine
{
    private EstimateLine()
    {
        Description = string.Empty;
    }

    internal EstimateLine(int number, EstimateLineInput input)
    {
        var field = $"lines[{number - 1}]";
        Number = number;
        Kind = input.Kind;
        Description = Text.Required(input.Description, field + ".description", 200);
        PartNumber = Text.Optional(input.PartNumber, field + ".partNumber", 50);
        if (Kind == LineKind.Part && PartNumber is null)
        {
            throw new InvalidValueException(field + ".partNumber", "is required for a parts line");
        }
        if (Kind == LineKind.Labour && PartNumber is not null)
        {
            throw new InvalidValueException(field + ".partNumber", "belongs on parts lines only");
        }
        if (Kind == LineKind.Part && input.System is not null)
        {
            throw new InvalidValueException(field + ".system", "marks labour lines only: the work on brakes, steering or suspension");
        }
        if (Kind == LineKind.Part && input.Grade is null)
        {
            throw new InvalidValueException(field + ".grade", "mark the part genuine (原厂), equivalent (同质) or repaired (修复)");
        }
        if (Kind == LineKind.Labour && input.Grade is not null)
        {
            throw new InvalidValueException(field + ".grade", "marks parts lines only");
        }
        System = input.System;
        Grade = input.Grade;
        Quantity = input.Quantity > 0 && decimal.Round(input.Quantity, 3) == input.Quantity
            ? input.Quantity
            : throw new InvalidValueException(field + ".quantity", "must be greater than zero, with at most three decimals");
        UnitPrice = Money.RequireAmount(input.UnitPrice, field + ".unitPrice");
        Amount = Money.Round(Quantity * UnitPrice);
        Decision = LineDecision.Pending;
    }

    public int Number { get; private set; }

    public LineKind Kind { get; private set; }

    /// <summary>The labour item (维修项目) or the part name.</summary>
    public string Description { get; private set; }

    public string? PartNumber { get; private set; }

    /// <summary>Brakes, steering or suspension: the work needs a road test at final inspection. Labour lines only.</summary>
    public VehicleSystem? System { get; private set; }

    /// <summary>原厂 / 同质 / 修复 on a parts line; null on labour (and on parts lines issued before the mark was asked for).</summary>
    public PartGrade? Grade { get; private set; }

    /// <summary>Hours for labour, quantity for parts.</summary>
    public decimal Quantity { get; private set; }

    /// <summary>Hourly rate for labour, unit price for parts (CNY).</summary>
    public decimal UnitPrice { get; private set; }

    public decimal Amount { get; private set; }

    public LineDecision Decision { get; private set; }

    internal void Decide(bool approved) => Decision = approved ? LineDecision.Approved : LineDecision.Declined;
}

public sealed record EstimateLineInput(LineKind Kind, string? Description, string? PartNumber, decimal Quantity, decimal UnitPrice, VehicleSystem? System = null,
    PartGrade? Grade = null);
