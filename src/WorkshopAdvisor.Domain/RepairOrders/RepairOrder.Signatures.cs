using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.RepairOrders;

public sealed partial class RepairOrder
{
    private static readonly SignatureParty[] WorkOrderParties = [SignatureParty.Customer, SignatureParty.Advisor];

    /// <summary>
    /// Signs the work order (委托书), on the pad, through the link, or on paper (a photo or scan of it is attached).
    /// The signature is bound to the contract version's hash, so that it can be checked against what is charged,
    /// and keeps the customer's address and the engine number as the work order states them now.
    /// </summary>
    public void SignWorkOrder(SignatureParty party, string? signerName, Guid imageId, SignatureMethod method, WorkOrderParticulars particulars, DateTime now)
    {
        Require(OrderAction.SignWorkOrder);
        if (party == SignatureParty.Acceptance || method == SignatureMethod.ManagerOverride)
        {
            throw new InvalidValueException("party", "the work order is signed by the customer and the advisor; the acceptance is signed at handover, an override is the manager's");
        }
        var contract = ContractVersion ?? throw Refuse(OrderRules.NoContract, "No approved estimate: there is no work order to sign yet.");
        var name = Text.Required(signerName, "signerName", 50);
        _signatures.RemoveAll(s => s.Party == party);
        _signatures.Add(new WorkOrderSignature(party, name, imageId, contract.ContentHash, method, now, particulars));
        Stay(OrderAction.SignWorkOrder, $"{party}: {name} ({method})");
    }

    /// <summary>
    /// The service manager lets the order go on without a signature that is missing (the customer's or the
    /// advisor's on the work order, or the customer's acceptance at handover), with the reason. It is audited and
    /// printed in the signature's place; it holds for this contract version only.
    /// </summary>
    public void OverrideSignature(SignatureParty party, string? reason, StaffRef manager, WorkOrderParticulars particulars, DateTime now)
    {
        Require(OrderAction.OverrideSignature);
        var contract = ContractVersion ?? throw Refuse(OrderRules.NoContract, "No approved estimate: there is no work order to sign yet.");
        if (SignatureOf(party) is { IsOverride: false } signed)
        {
            throw Refuse(OrderRules.AlreadySigned, $"The {Describe(party)} signature was given by {signed.SignerName}: there is nothing to override.");
        }
        var why = Text.Required(reason, "reason", 500);
        _signatures.RemoveAll(s => s.Party == party);
        _signatures.Add(new WorkOrderSignature(party, manager.Name, null, contract.ContentHash, SignatureMethod.ManagerOverride, now, particulars, why));
        Stay(OrderAction.OverrideSignature, $"{party} signature overridden by {manager.Name}: {why}");
    }

    /// <summary>The signature (or the manager's override) of a party on the contract version; one on a replaced version does not count.</summary>
    public WorkOrderSignature? SignatureOf(SignatureParty party) =>
        ContractVersion is { } contract ? _signatures.SingleOrDefault(s => s.Party == party && s.ContentHash == contract.ContentHash) : null;

    /// <summary>Whether the customer and the advisor have signed the work order in force (or the manager overrode it).</summary>
    public bool WorkOrderSigned => WorkOrderParties.All(p => SignatureOf(p) is not null);

    /// <summary>The customer's address and the engine number as the work order stated them when it was signed; null before.</summary>
    public WorkOrderParticulars? SignedParticulars =>
        (SignatureOf(SignatureParty.Customer) ?? SignatureOf(SignatureParty.Advisor)) is { } s ? new WorkOrderParticulars(s.CustomerAddress, s.EngineNumber) : null;

    /// <summary>No work starts, and no car leaves, on a work order the customer and the advisor have not both signed.</summary>
    private void RequireWorkOrderSigned(string before)
    {
        var missing = WorkOrderParties.Where(p => SignatureOf(p) is null).Select(Describe).ToArray();
        if (missing.Length > 0)
        {
            throw Refuse(OrderRules.WorkOrderUnsigned,
                $"The work order (estimate version {ContractVersion?.Number}) lacks the {string.Join(" and the ", missing)} signature, needed before {before}: "
                + "sign it on the pad or through the customer's link, attach a photo of the signed paper, or have the service manager override it with a reason.");
        }
    }

    /// <summary>Records the customer's acceptance given at handover, or requires the manager's override of it.</summary>
    private void RequireAcceptance(AcceptanceSignature? given)
    {
        if (given is null && SignatureOf(SignatureParty.Acceptance) is not { IsOverride: true })
        {
            throw Refuse(OrderRules.AcceptanceSignatureMissing,
                "The customer signs to accept the car (托修方接车人): give their signature (acceptanceSignaturePng), a photo of the signed paper, or have the service manager override it with a reason.");
        }
    }

    private void RecordAcceptance(AcceptanceSignature? given, string acceptedBy, DateTime now)
    {
        if (given is { } signature)
        {
            _signatures.RemoveAll(s => s.Party == SignatureParty.Acceptance);
            _signatures.Add(new WorkOrderSignature(SignatureParty.Acceptance, acceptedBy, signature.ImageId, ContractVersion!.ContentHash,
                signature.OnPaper ? SignatureMethod.Paper : SignatureMethod.InPerson, now, SignedParticulars ?? new WorkOrderParticulars(null, null)));
        }
    }

    private static string Describe(SignatureParty party) => party switch
    {
        SignatureParty.Customer => "customer's",
        SignatureParty.Advisor => "advisor's",
        _ => "customer's acceptance",
    };
}
