using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Identifiers;

namespace WorkshopAdvisor.Domain.Tests.Identifiers;

public sealed class PlateTests
{
    [Theory]
    [InlineData("京A12345", "京A12345")]
    [InlineData("京A·12345", "京A12345")] // the dot printed after the office letter is not part of the plate
    [InlineData("京A 12345", "京A12345")]
    [InlineData("京a12345", "京A12345")]
    [InlineData("沪B8C9D7", "沪B8C9D7")]
    [InlineData("粤BD12345", "粤BD12345")] // new-energy, small vehicle: D (battery-electric) first
    [InlineData("粤BF12345", "粤BF12345")] // new-energy, small vehicle: F (other) first
    [InlineData("粤B12345D", "粤B12345D")] // new-energy, large vehicle: D last
    [InlineData("苏E12345F", "苏E12345F")]
    [InlineData("沪A1234挂", "沪A1234挂")] // trailer
    [InlineData("川A1234学", "川A1234学")] // driving school
    public void Parse_WhenThePlateIsWellFormed_ReturnsItWithoutSeparators(string plate, string expected)
    {
        Assert.Equal(expected, Plate.Parse(plate));
    }

    [Theory]
    [InlineData("X A12345")]
    [InlineData("台A12345")]
    [InlineData("AA12345")]
    public void Parse_WhenTheFirstCharacterIsNoProvince_IsRefused(string plate)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Plate.Parse(plate));

        Assert.Equal("plate", ex.Field);
        Assert.Contains("province", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("京I12345")]
    [InlineData("京O12345")]
    [InlineData("粤ID12345")]
    public void Parse_WhenTheOfficeLetterIsIOrO_IsRefused(string plate)
    {
        Assert.Throws<InvalidValueException>(() => Plate.Parse(plate));
    }

    [Theory]
    [InlineData("京A1234")] // 6 characters
    [InlineData("京A12")]
    [InlineData("京A1234567")] // 9 characters
    [InlineData("京")]
    public void Parse_WhenTheLengthIsWrong_IsRefused(string plate)
    {
        Assert.Throws<InvalidValueException>(() => Plate.Parse(plate));
    }

    [Theory]
    [InlineData("粤B123456")]
    [InlineData("粤BA12345")]
    [InlineData("粤B12345A")]
    public void Parse_WhenANewEnergyPlateHasNoDOrF_IsRefused(string plate)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Plate.Parse(plate));

        Assert.Contains("D or F", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("京A1234I")]
    [InlineData("京A12O45")]
    public void Parse_WhenTheSerialContainsIOrO_IsRefused(string plate)
    {
        Assert.Throws<InvalidValueException>(() => Plate.Parse(plate));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_WhenEmpty_IsRefusedAsRequired(string? plate)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Plate.Parse(plate, "vehicle.plate"));

        Assert.Equal("vehicle.plate", ex.Field);
        Assert.Equal("is required", ex.Message);
    }
}
