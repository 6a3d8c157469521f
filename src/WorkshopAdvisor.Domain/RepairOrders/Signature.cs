namespace WorkshopAdvisor.Domain.RepairOrders;

public enum SignatureParty
{
    Advisor,
    Customer,
}

/// <summary>A signature on the work order. The image itself is stored apart; the order keeps its id.</summary>
public sealed class WorkOrderSignature
{
    private WorkOrderSignature()
    {
        SignerName = string.Empty;
        ContentHash = string.Empty;
    }

    internal WorkOrderSignature(SignatureParty party, string signerName, Guid imageId, string contentHash, DecisionMethod method, DateTime signedAt)
    {
        Party = party;
        SignerName = signerName;
        ImageId = imageId;
        ContentHash = contentHash;
        Method = method;
        SignedAt = signedAt;
    }

    public SignatureParty Party { get; private set; }

    public string SignerName { get; private set; }

    public Guid ImageId { get; private set; }

    /// <summary>The hash of the contract version the signature was given on.</summary>
    public string ContentHash { get; private set; }

    public DecisionMethod Method { get; private set; }

    public DateTime SignedAt { get; private set; }
}
