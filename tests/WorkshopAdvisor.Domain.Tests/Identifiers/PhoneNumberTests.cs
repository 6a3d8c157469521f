using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Customers;
using WorkshopAdvisor.Domain.Identifiers;

namespace WorkshopAdvisor.Domain.Tests.Identifiers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("+8613812345678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("010-12345678", "010-12345678")] // Beijing: 3-digit area code, 8-digit number
    [InlineData("0755-1234567", "0755-1234567")] // 4-digit area code, 7-digit number
    [InlineData("02112345678", "02112345678")]
    public void Parse_WhenMobileOrLandline_ReturnsTheNormalizedNumber(string phone, string expected)
    {
        Assert.Equal(expected, PhoneNumber.Parse(phone));
    }

    [Theory]
    [InlineData("12812345678")] // no mobile numbers start 12
    [InlineData("23812345678")]
    [InlineData("1381234567")] // 10 digits
    [InlineData("138123456789")] // 12 digits
    [InlineData("010-123456")] // 6-digit local number
    [InlineData("10-12345678")] // area codes start with 0
    [InlineData("138-abcd-5678")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_WhenNeitherMobileNorLandline_IsRefused(string? phone)
    {
        var ex = Assert.Throws<InvalidValueException>(() => PhoneNumber.Parse(phone));

        Assert.Equal("phone", ex.Field);
    }

    [Fact]
    public void RegisterCustomer_WhenASecondPhoneIsInvalid_IsRefusedNamingThatPhone()
    {
        var details = new CustomerDetails("刘先生", ["13812345678", "12345"], null, CustomerClass.A, null, null, null);

        var ex = Assert.Throws<InvalidValueException>(() => Customer.Register(details, OrderBuilder.T0));

        Assert.Equal("phones[1]", ex.Field);
    }

    [Fact]
    public void RegisterCustomer_WhenTheSamePhoneIsGivenTwice_KeepsItOnceAsPrimary()
    {
        var details = new CustomerDetails("刘先生", ["+86 138 1234 5678", "13812345678", "010-12345678"], null, CustomerClass.A, null, null, null);

        var customer = Customer.Register(details, OrderBuilder.T0);

        Assert.Equal(["13812345678", "010-12345678"], customer.Phones.Select(p => p.Number));
        Assert.Equal("13812345678", customer.PrimaryPhone);
    }
}
