using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>The structured questions of 问诊 (a question not asked stays null) and what the check found.</summary>
public sealed class Diagnosis
{
    private Diagnosis()
    {
        Findings = [];
    }

    public Diagnosis(DiagnosisDetails d)
    {
        EngineTemperature = d.EngineTemperature;
        Speed = d.Speed;
        Load = d.Load;
        Road = d.Road;
        Frequency = d.Frequency;
        Since = Text.Optional(d.Since, "since", 200);
        AddOnEquipment = Text.Optional(d.AddOnEquipment, "addOnEquipment", 500);
        LastMaintenance = Text.Optional(d.LastMaintenance, "lastMaintenance", 500);
        EarlierRepairsToSamePart = Text.Optional(d.EarlierRepairsToSamePart, "earlierRepairsToSamePart", 1000);
        JointLiftCheckDone = d.JointLiftCheckDone;
        JointRoadTestDone = d.JointRoadTestDone;
        Findings = [.. (d.Findings ?? []).Select((f, i) => Text.Required(f, $"findings[{i}]", 1000))];
    }

    public EngineTemperature? EngineTemperature { get; private set; }

    public SpeedRange? Speed { get; private set; }

    public LoadCondition? Load { get; private set; }

    public RoadSurface? Road { get; private set; }

    public Frequency? Frequency { get; private set; }

    /// <summary>Since when the problem shows (e.g. "两周前", "since the last service").</summary>
    public string? Since { get; private set; }

    public string? AddOnEquipment { get; private set; }

    public string? LastMaintenance { get; private set; }

    public string? EarlierRepairsToSamePart { get; private set; }

    /// <summary>Joint check with the customer on the lift (oil pan, underbody).</summary>
    public bool JointLiftCheckDone { get; private set; }

    public bool JointRoadTestDone { get; private set; }

    public List<string> Findings { get; private set; }
}

public sealed record DiagnosisDetails(
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
    IReadOnlyList<string>? Findings);

/// <summary>Cold or hot engine (冷车/热车).</summary>
public enum EngineTemperature
{
    Cold,
    Hot,
    Both,
}

/// <summary>Low or high speed (低速/高速).</summary>
public enum SpeedRange
{
    Low,
    High,
    Both,
}

/// <summary>Empty or full load (空载/满载).</summary>
public enum LoadCondition
{
    Empty,
    Full,
    Both,
}

/// <summary>Paved or rough road (平路/颠簸路).</summary>
public enum RoadSurface
{
    Paved,
    Rough,
    Both,
}

/// <summary>Always or sometimes (一直/偶尔).</summary>
public enum Frequency
{
    Always,
    Sometimes,
}
