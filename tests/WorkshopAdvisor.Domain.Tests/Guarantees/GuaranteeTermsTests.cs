using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Guarantees;
using static WorkshopAdvisor.Domain.Guarantees.RepairCategory;
using static WorkshopAdvisor.Domain.Customers.VehicleClass;

namespace WorkshopAdvisor.Domain.Tests.Guarantees;

/// <summary>The quality-guarantee table of domain.md (机动车维修管理规定), cell by cell.</summary>
public sealed class GuaranteeTermsTests
{
    public static TheoryData<VehicleClass, RepairCategory, int, int> Table => new()
    {
        // cars and dangerous-goods vehicles
        { Car, VehicleOverhaul, 20_000, 100 },
        { Car, AssemblyRepair, 20_000, 100 },
        { Car, Level2Maintenance, 5_000, 30 },
        { Car, Level1Maintenance, 2_000, 10 },
        { Car, MinorRepair, 2_000, 10 },
        { Car, SpecialRepair, 2_000, 10 },
        // motorcycles
        { Motorcycle, VehicleOverhaul, 7_000, 80 },
        { Motorcycle, AssemblyRepair, 7_000, 80 },
        { Motorcycle, Level2Maintenance, 800, 10 },
        { Motorcycle, Level1Maintenance, 800, 10 },
        { Motorcycle, MinorRepair, 800, 10 },
        { Motorcycle, SpecialRepair, 800, 10 },
        // other motor vehicles
        { Other, VehicleOverhaul, 6_000, 60 },
        { Other, AssemblyRepair, 6_000, 60 },
        { Other, Level2Maintenance, 700, 7 },
        { Other, Level1Maintenance, 700, 7 },
        { Other, MinorRepair, 700, 7 },
        { Other, SpecialRepair, 700, 7 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Statutory_WhenLookedUp_MatchesTheTable(VehicleClass vehicleClass, RepairCategory category, int km, int days)
    {
        Assert.Equal(new GuaranteeTerms(km, days), GuaranteeTerms.Statutory(vehicleClass, category));
    }

    [Fact]
    public void Table_WhenEnumerated_HasARowForEveryVehicleClassAndCategory()
    {
        var rows = Table.Select(r => ((VehicleClass)r[0], (RepairCategory)r[1])).ToHashSet();
        var all = Enum.GetValues<VehicleClass>().SelectMany(v => Enum.GetValues<RepairCategory>().Select(c => (v, c)));

        Assert.All(all, cell => Assert.Contains(cell, rows));
    }

    [Theory]
    [InlineData(VehicleOverhaul, true)]
    [InlineData(AssemblyRepair, true)]
    [InlineData(Level2Maintenance, true)]
    [InlineData(Level1Maintenance, false)]
    [InlineData(MinorRepair, false)]
    [InlineData(SpecialRepair, false)]
    public void IsMajor_WhenAsked_IsTrueForOverhaulAssemblyAndLevel2Only(RepairCategory category, bool major)
    {
        Assert.Equal(major, category.IsMajor());
    }

    [Fact]
    public void AtLeast_WhenThePromiseIsLonger_TakesThePromise()
    {
        Assert.Equal(new GuaranteeTerms(30_000, 180), new GuaranteeTerms(20_000, 100).AtLeast(new GuaranteeTerms(30_000, 180)));
    }

    [Fact]
    public void AtLeast_WhenThePromiseIsShorter_KeepsTheStatutoryTerms()
    {
        Assert.Equal(new GuaranteeTerms(20_000, 100), new GuaranteeTerms(20_000, 100).AtLeast(new GuaranteeTerms(10_000, 50)));
    }

    [Fact]
    public void AtLeast_WhenThePromiseIsLongerInOneFieldOnly_TakesTheBetterOfEachField()
    {
        // Never less in either dimension: a promise of more days does not cost the customer kilometres.
        Assert.Equal(new GuaranteeTerms(20_000, 120), new GuaranteeTerms(20_000, 100).AtLeast(new GuaranteeTerms(10_000, 120)));
    }

    [Fact]
    public void AtLeast_WhenNothingWasPromised_KeepsTheStatutoryTerms()
    {
        Assert.Equal(new GuaranteeTerms(2_000, 10), new GuaranteeTerms(2_000, 10).AtLeast(null));
    }
}
