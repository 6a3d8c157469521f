namespace WorkshopAdvisor.Domain.Guarantees;

/// <summary>The kind of work, which decides the quality-guarantee period and whether a completion certificate is needed.</summary>
public enum RepairCategory
{
    /// <summary>整车修理</summary>
    VehicleOverhaul,

    /// <summary>总成修理</summary>
    AssemblyRepair,

    /// <summary>二级维护</summary>
    Level2Maintenance,

    /// <summary>一级维护</summary>
    Level1Maintenance,

    /// <summary>小修</summary>
    MinorRepair,

    /// <summary>专项修理</summary>
    SpecialRepair,
}

public static class RepairCategoryRules
{
    /// <summary>Major work needs the inspector's completion certificate (竣工出厂合格证) before handover.</summary>
    public static bool IsMajor(this RepairCategory category) =>
        category is RepairCategory.VehicleOverhaul or RepairCategory.AssemblyRepair or RepairCategory.Level2Maintenance;

    /// <summary>Lower is weightier; an order whose versions differ in category is guaranteed by its weightiest.</summary>
    public static int Weight(this RepairCategory category) => category switch
    {
        RepairCategory.VehicleOverhaul or RepairCategory.AssemblyRepair => 0,
        RepairCategory.Level2Maintenance => 1,
        _ => 2,
    };
}
