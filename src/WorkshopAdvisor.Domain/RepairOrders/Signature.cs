namespace WorkshopAdvisor.Domain.RepairOrders;

public enum SignatureParty
{
    /// <summary>The service advisor, on the work order.</summary>
    Advisor,

    /// <summary>The customer (托修方), on the work order.</summary>
    Customer,

    /// <summary>The customer accepting the car at handover (托修方接车人), on the settlement and the completion certificate.</summary>
    Acceptance,
}

/// <summary>How a signature was given. The first two keep the values they had as <see cref="DecisionMethod"/>.</summary>
public enum SignatureMethod
{
    /// <summary>Drawn on the counter's pad.</summary>
    InPerson,

    /// <summary>Drawn on the customer's signing page, through their link.</summary>
    Remote,

    /// <summary>Signed on the printed paper; a photo or scan of it is attached.</summary>
    Paper,

    /// <summary>Not signed: the service manager let the order go on without it, with the reason.</summary>
    ManagerOverride,
}

/// <summary>What the work order says about the customer and the car at the moment it is signed: it prints so afterwards.</summary>
public sealed record WorkOrderParticulars(string? CustomerAddress, string? EngineNumber);

/// <summary>
/// A signature on the order's papers: the advisor's and the customer's on the work order (bound to the contract
/// version's hash), the customer's acceptance at handover, or the manager's override of one of them. The image
/// (a drawn signature, or a photo of the signed paper) is stored apart; the order keeps its id.
/// </summary>
public sealed class WorkOrderSignature
{
    private WorkOrderSignature()
    {
        SignerName = string.Empty;
        ContentHash = string.Empty;
    }

    internal WorkOrderSignature(SignatureParty party, string signerName, Guid? imageId, string contentHash, SignatureMethod method, DateTime signedAt,
        WorkOrderParticulars particulars, string? overrideReason = null)
    {
        Party = party;
        SignerName = signerName;
        ImageId = imageId;
        ContentHash = contentHash;
        Method = method;
        SignedAt = signedAt;
        CustomerAddress = particulars.CustomerAddress;
        EngineNumber = particulars.EngineNumber;
        OverrideReason = overrideReason;
    }

    public SignatureParty Party { get; private set; }

    /// <summary>Who signed; for an override, the manager who allowed the order to go on without the signature.</summary>
    public string SignerName { get; private set; }

    /// <summary>The drawn signature or the photo of the signed paper; none for an override.</summary>
    public Guid? ImageId { get; private set; }

    /// <summary>The hash of the contract version the signature was given on.</summary>
    public string ContentHash { get; private set; }

    public SignatureMethod Method { get; private set; }

    public DateTime SignedAt { get; private set; }

    /// <summary>The customer's address as the work order stated it when signed.</summary>
    public string? CustomerAddress { get; private set; }

    /// <summary>The engine number as the work order stated it when signed.</summary>
    public string? EngineNumber { get; private set; }

    /// <summary>Why the manager let the order go on unsigned; printed in the signature's place.</summary>
    public string? OverrideReason { get; private set; }

    public bool IsOverride => Method == SignatureMethod.ManagerOverride;
}

/// <summary>The customer's acceptance as given at handover: the image drawn on the pad, or the photo of the signed paper.</summary>
public sealed record AcceptanceSignature(Guid ImageId, bool OnPaper);
