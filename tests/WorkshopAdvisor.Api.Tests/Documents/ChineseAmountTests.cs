using System.Globalization;
using WorkshopAdvisor.Api.Features.Documents;

namespace WorkshopAdvisor.Api.Tests.Documents;

/// <summary>大写金额: the total in capitals as the settlement list writes it.</summary>
public sealed class ChineseAmountTests
{
    [Theory]
    [InlineData("0", "零元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.50", "伍角整")]
    [InlineData("0.55", "伍角伍分")]
    [InlineData("1", "壹元整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("10.01", "壹拾元零壹分")]
    [InlineData("105.30", "壹佰零伍元叁角整")]
    [InlineData("1000.50", "壹仟元零伍角整")]
    [InlineData("1010", "壹仟零壹拾元整")]
    [InlineData("1486.50", "壹仟肆佰捌拾陆元伍角整")]
    [InlineData("10010", "壹万零壹拾元整")]
    [InlineData("20000.07", "贰万元零柒分")]
    [InlineData("1000000.00", "壹佰万元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分")]
    public void InCapitals_WhenWritten_FollowsTheRulesForFillingInBills(string amount, string capitals)
    {
        Assert.Equal(capitals, ChineseAmount.InCapitals(decimal.Parse(amount, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.005")]
    public void InCapitals_WhenNotAnAmountInFen_Throws(string amount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseAmount.InCapitals(decimal.Parse(amount, CultureInfo.InvariantCulture)));
    }
}
