using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Identifiers;

namespace WorkshopAdvisor.Domain.Tests.Identifiers;

public sealed class VinTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788")] // the ISO 3779 worked example: remainder 10, written X
    [InlineData("JHMCM56557C404453")] // a Honda Accord, check digit 5
    [InlineData("11111111111111111")] // weights sum to 89, 89 mod 11 = 1
    [InlineData("LSVAG2180N2183294")] // SAIC-VW prefix, check digit 0 (computed by hand with the GB 16735 weights)
    [InlineData("LFV2A21K857123456")] // FAW-VW prefix, check digit 8
    [InlineData("LGBH52E08DY123456")] // Dongfeng-Nissan prefix, check digit 8
    public void Parse_WhenTheCheckDigitIsRight_ReturnsTheVin(string vin)
    {
        Assert.Equal(vin, Vin.Parse(vin, imported: false));
    }

    [Theory]
    [InlineData("1M8GDM9A0KP042788", 'X')]
    [InlineData("JHMCM56547C404453", '5')]
    [InlineData("LSVAG218XN2183294", '0')]
    public void Parse_WhenTheCheckDigitIsWrong_IsRefusedNamingTheExpectedDigit(string vin, char expected)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Vin.Parse(vin, imported: false));

        Assert.Equal("vin", ex.Field);
        Assert.Contains($"require '{expected}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WVWZZZ1KZ8W123456")] // European VINs fill position 9 with Z
    [InlineData("1M8GDM9A0KP042788")]
    public void Parse_WhenTheVehicleIsImported_AcceptsAnyNinthCharacter(string vin)
    {
        Assert.Equal(vin, Vin.Parse(vin, imported: true));
    }

    [Fact]
    public void Parse_WhenANinthCharacterIsNoCheckDigitAndTheVehicleIsNotImported_IsRefused()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Vin.Parse("WVWZZZ1KZ8W123456", imported: false));

        Assert.Contains("require '6'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278I", 'I')]
    [InlineData("1M8GDM9AXKO042788", 'O')]
    [InlineData("QM8GDM9AXKP042788", 'Q')]
    public void Parse_WhenTheVinContainsIOrOOrQ_IsRefused(string vin, char letter)
    {
        // Refused even for imports: the letters read as 1 and 0 whoever made the car.
        var ex = Assert.Throws<InvalidValueException>(() => Vin.Parse(vin, imported: true));

        Assert.Equal("vin", ex.Field);
        Assert.Contains($"'{letter}'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278", 16)]
    [InlineData("1M8GDM9AXKP0427880", 18)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    public void Parse_WhenTheLengthIsNot17_IsRefused(string? vin, int length)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Vin.Parse(vin, imported: true, field: "vehicle.vin"));

        Assert.Equal("vehicle.vin", ex.Field);
        Assert.Contains($"got {length}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1m8gdm9axkp042788")]
    [InlineData("  1M8GDM9AXKP042788 ")]
    [InlineData("1M8 GDM9AX KP04 2788")]
    public void Parse_WhenWrittenInLowerCaseOrWithSpaces_ReturnsTheNormalizedVin(string vin)
    {
        Assert.Equal("1M8GDM9AXKP042788", Vin.Parse(vin, imported: false));
    }

    [Fact]
    public void CheckDigit_WhenTheRemainderIsTen_IsX()
    {
        Assert.Equal('X', Vin.CheckDigit("1M8GDM9A0KP042788"));
    }
}
