namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>The settlement at handover (结算): labour and parts apart, what the guarantee covers, what was paid.</summary>
public sealed class Settlement
{
    private Settlement()
    {
        Number = string.Empty;
        PaymentMethod = string.Empty;
        AcceptedBy = string.Empty;
    }

    internal Settlement(string number, decimal labour, decimal parts, decimal discount, bool coveredByGuarantee, decimal paid, string paymentMethod, string acceptedBy, DateTime at)
    {
        Number = number;
        LabourSubtotal = labour;
        PartsSubtotal = parts;
        Discount = discount;
        CoveredByGuarantee = coveredByGuarantee;
        AmountPaid = paid;
        PaymentMethod = paymentMethod;
        AcceptedBy = acceptedBy;
        SettledAt = at;
    }

    public string Number { get; private set; }

    public decimal LabourSubtotal { get; private set; }

    public decimal PartsSubtotal { get; private set; }

    public decimal Total => LabourSubtotal + PartsSubtotal;

    public decimal Discount { get; private set; }

    /// <summary>A warranty return the shop answers for: the customer pays nothing.</summary>
    public bool CoveredByGuarantee { get; private set; }

    public decimal AmountDue => CoveredByGuarantee ? 0m : Total - Discount;

    public decimal AmountPaid { get; private set; }

    public string PaymentMethod { get; private set; }

    /// <summary>The customer who accepted the car, by name.</summary>
    public string AcceptedBy { get; private set; }

    public DateTime SettledAt { get; private set; }
}
