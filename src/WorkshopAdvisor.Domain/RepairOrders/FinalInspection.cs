namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>One round of final inspection (竣工检验): each job checked, the safety items, accessories, road test.</summary>
public sealed class InspectionRound
{
    private readonly List<JobCheck> _jobChecks = [];

    private InspectionRound()
    {
        InspectorName = string.Empty;
    }

    internal InspectionRound(int round, FinalInspectionInput input, Common.StaffRef inspector, DateTime now)
    {
        Round = round;
        InspectorId = inspector.UserId;
        InspectorName = inspector.Name;
        InspectedAt = now;
        SteeringOk = input.SteeringOk;
        BrakesOk = input.BrakesOk;
        ConnectionsTight = input.ConnectionsTight;
        AccessoriesComplete = input.AccessoriesComplete;
        RoadTestRequired = input.RoadTestRequired;
        RoadTestPassed = input.RoadTestRequired ? input.RoadTestPassed : null;
        Remarks = input.Remarks;
        OdometerKm = input.OdometerKm;
        _jobChecks.AddRange(input.JobChecks.Select(c => new JobCheck(c.JobNumber, c.Passed, c.Remark)));
        Passed = _jobChecks.All(c => c.Passed) && SteeringOk && BrakesOk && ConnectionsTight && AccessoriesComplete
            && (!RoadTestRequired || RoadTestPassed == true);
    }

    public int Round { get; private set; }

    public long InspectorId { get; private set; }

    public string InspectorName { get; private set; }

    public DateTime InspectedAt { get; private set; }

    public IReadOnlyList<JobCheck> JobChecks => _jobChecks;

    public bool SteeringOk { get; private set; }

    public bool BrakesOk { get; private set; }

    public bool ConnectionsTight { get; private set; }

    public bool AccessoriesComplete { get; private set; }

    public bool RoadTestRequired { get; private set; }

    public bool? RoadTestPassed { get; private set; }

    public string? Remarks { get; private set; }

    /// <summary>The odometer read at this round, after any road test; null on rounds recorded before it was asked for.</summary>
    public int? OdometerKm { get; private set; }

    public bool Passed { get; private set; }
}

public sealed class JobCheck
{
    private JobCheck()
    {
    }

    internal JobCheck(int jobNumber, bool passed, string? remark)
    {
        JobNumber = jobNumber;
        Passed = passed;
        Remark = remark;
    }

    public int JobNumber { get; private set; }

    public bool Passed { get; private set; }

    public string? Remark { get; private set; }
}

public sealed record FinalInspectionInput(
    IReadOnlyList<JobCheckInput> JobChecks,
    bool SteeringOk,
    bool BrakesOk,
    bool ConnectionsTight,
    bool AccessoriesComplete,
    bool RoadTestRequired,
    bool? RoadTestPassed,
    string? Remarks,
    string? CompletionCertificateNumber,
    int? OdometerKm = null);

public sealed record JobCheckInput(int JobNumber, bool Passed, string? Remark);

/// <summary>竣工出厂合格证: the inspector's certificate, required to hand over after major work.</summary>
public sealed class CompletionCertificate
{
    private CompletionCertificate()
    {
        Number = string.Empty;
        InspectorName = string.Empty;
    }

    internal CompletionCertificate(string number, Common.StaffRef inspector, DateTime issuedAt)
    {
        Number = number;
        InspectorId = inspector.UserId;
        InspectorName = inspector.Name;
        IssuedAt = issuedAt;
    }

    public string Number { get; private set; }

    public long InspectorId { get; private set; }

    public string InspectorName { get; private set; }

    public DateTime IssuedAt { get; private set; }
}
