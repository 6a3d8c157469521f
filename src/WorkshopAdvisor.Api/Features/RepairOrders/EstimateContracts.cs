using FluentValidation;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.RepairOrders;

public sealed record DiagnosisRequest(
    EngineTemperature? EngineTemperature,
    SpeedRange? Speed,
    LoadCondition? Load,
    RoadSurface? Road,
    Frequency? Frequency,
    string? Since,
    string? AddOnEquipment,
    string? LastMaintenance,
    string? EarlierRepairsToSamePart,
    bool JointLiftCheckDone,
    bool JointRoadTestDone,
    IReadOnlyList<string>? Findings)
{
    public DiagnosisDetails ToDetails() => new(EngineTemperature, Speed, Load, Road, Frequency, Since, AddOnEquipment, LastMaintenance,
        EarlierRepairsToSamePart, JointLiftCheckDone, JointRoadTestDone, Findings);
}

/// <summary>A labour line; <c>system</c> marks work on brakes, steering or suspension, which is road-tested at final inspection.</summary>
public sealed record LabourLineRequest(string? Description, decimal Hours, decimal Rate, VehicleSystem? System = null);

/// <summary>
/// A parts line; <c>grade</c> marks the part genuine, of equivalent quality or repaired (原厂/同质/修复), as the regulation
/// requires. Left out, the part is the maker's (原厂): the advisor marks the others.
/// </summary>
public sealed record PartLineRequest(string? PartNumber, string? Name, decimal Quantity, decimal UnitPrice, PartGrade? Grade = null);

public sealed record GuaranteeRequest(int Km, int Days);

/// <summary>An estimate version: labour and parts apart, as on the paper form. Lines are numbered labour first, then parts.</summary>
public sealed record EstimateRequest(
    RepairCategory? Category,
    DateTimeOffset? PromisedCompletionAt,
    decimal? Ceiling,
    GuaranteeRequest? PromisedGuarantee,
    string? Notes,
    IReadOnlyList<LabourLineRequest>? LabourLines,
    IReadOnlyList<PartLineRequest>? PartLines,
    IReadOnlyList<int>? ExtraFaultNumbers)
{
    public EstimateInput ToInput(RepairCategory? defaultCategory = null, DateTime? defaultPromise = null) => new(
        Category ?? defaultCategory ?? RepairCategory.MinorRepair,
        PromisedCompletionAt?.UtcDateTime ?? defaultPromise ?? default,
        Ceiling,
        PromisedGuarantee is { } g ? new GuaranteeTerms(g.Km, g.Days) : null,
        Notes,
        [
            .. (LabourLines ?? []).Select(l => new EstimateLineInput(LineKind.Labour, l.Description, null, l.Hours, l.Rate, l.System)),
            .. (PartLines ?? []).Select(p => new EstimateLineInput(LineKind.Part, p.Name, p.PartNumber, p.Quantity, p.UnitPrice, Grade: p.Grade ?? PartGrade.Genuine)),
        ]);
}

public sealed class EstimateRequestValidator : AbstractValidator<EstimateRequest>
{
    public EstimateRequestValidator()
    {
        RuleFor(r => r.Category).IsInEnum();
        RuleFor(r => r).Must(r => (r.LabourLines?.Count ?? 0) + (r.PartLines?.Count ?? 0) > 0)
            .WithName("lines").WithMessage("an estimate needs at least one labour or parts line");
        RuleForEach(r => r.LabourLines).ChildRules(l =>
        {
            l.RuleFor(x => x.Description).NotEmpty().MaximumLength(200);
            l.RuleFor(x => x.Hours).GreaterThan(0).PrecisionScale(8, 3, true);
            l.RuleFor(x => x.Rate).GreaterThanOrEqualTo(0).PrecisionScale(16, 2, true);
            l.RuleFor(x => x.System).IsInEnum();
        });
        RuleForEach(r => r.PartLines).ChildRules(p =>
        {
            p.RuleFor(x => x.PartNumber).NotEmpty().MaximumLength(50);
            p.RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
            p.RuleFor(x => x.Quantity).GreaterThan(0).PrecisionScale(8, 3, true);
            p.RuleFor(x => x.UnitPrice).GreaterThanOrEqualTo(0).PrecisionScale(16, 2, true);
            p.RuleFor(x => x.Grade).IsInEnum();
        });
        RuleFor(r => r.Ceiling).GreaterThan(0).When(r => r.Ceiling is not null);
        RuleFor(r => r.PromisedGuarantee!.Km).GreaterThan(0).When(r => r.PromisedGuarantee is not null).WithName("promisedGuarantee.km");
        RuleFor(r => r.PromisedGuarantee!.Days).GreaterThan(0).When(r => r.PromisedGuarantee is not null).WithName("promisedGuarantee.days");
    }
}

/// <summary>
/// The customer's decision, line by line, on one version, as recorded at the counter. <c>consentedCeiling</c>: the
/// customer agrees to the new ceiling the supplementary estimate proposes (repeat its amount).
/// </summary>
public sealed record DecisionRequest(
    IReadOnlyList<int>? ApprovedLines,
    IReadOnlyList<int>? DeclinedLines,
    string? DecidedBy,
    string? ContentHash,
    decimal? ConsentedCeiling);

public sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public DecisionRequestValidator()
    {
        RuleFor(r => r.DecidedBy).NotEmpty().MaximumLength(50);
        RuleFor(r => r).Must(r => (r.ApprovedLines?.Count ?? 0) + (r.DeclinedLines?.Count ?? 0) > 0)
            .WithName("lines").WithMessage("give each line as approved or declined");
    }
}
