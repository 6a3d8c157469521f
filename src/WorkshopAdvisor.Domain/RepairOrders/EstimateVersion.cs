using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Guarantees;

namespace WorkshopAdvisor.Domain.RepairOrders;

public enum EstimateKind
{
    /// <summary>估价单: the estimate before work starts (and its revisions).</summary>
    Initial,

    /// <summary>增项单: extra work found during the repair.</summary>
    Supplementary,
}

public enum VersionState
{
    Pending,
    Decided,

    /// <summary>Replaced by a later version before or after a decision; no longer part of the contract.</summary>
    Superseded,
}

public enum DecisionMethod
{
    /// <summary>At the counter, signed on paper or on the advisor's tablet.</summary>
    InPerson,

    /// <summary>Through the customer's signing link.</summary>
    Remote,
}

/// <summary>
/// One numbered version of an estimate. Once issued it never changes: a change is a new version, which
/// needs a new decision. Its content hash is what the customer's decision is bound to.
/// </summary>
public sealed class EstimateVersion
{
    private readonly List<EstimateLine> _lines = [];

    private EstimateVersion()
    {
        ContentHash = string.Empty;
        IssuedByName = string.Empty;
    }

    internal EstimateVersion(string orderNumber, int number, EstimateKind kind, EstimateInput input, StaffRef issuedBy, DateTime now)
    {
        if (input.Lines is not { Count: > 0 })
        {
            throw new InvalidValueException("lines", "an estimate needs at least one line");
        }
        if (input.Lines.Count > 500)
        {
            throw new InvalidValueException("lines", "an estimate has at most 500 lines");
        }
        Number = number;
        Kind = kind;
        State = VersionState.Pending;
        Category = input.Category;
        PromisedCompletionAt = input.PromisedCompletionAt.Kind == DateTimeKind.Local
            ? input.PromisedCompletionAt.ToUniversalTime()
            : DateTime.SpecifyKind(input.PromisedCompletionAt, DateTimeKind.Utc);
        IssuedAt = now;
        IssuedById = issuedBy.UserId;
        IssuedByName = issuedBy.Name;
        Notes = Text.Optional(input.Notes, "notes", 2000);
        _lines.AddRange(input.Lines.Select((l, i) => new EstimateLine(i + 1, l)));
        if (input.Ceiling is { } ceiling)
        {
            Ceiling = Money.RequireAmount(ceiling, "ceiling", allowZero: false);
            if (ceiling < Total)
            {
                throw new InvalidValueException("ceiling", $"{Money.Format(ceiling)} is below the estimate's own total of {Money.Format(Total)}");
            }
        }
        if (input.PromisedGuarantee is { } promised)
        {
            if (promised.Km <= 0 || promised.Days <= 0)
            {
                throw new InvalidValueException("promisedGuarantee", "km and days must be greater than zero");
            }
            PromisedGuaranteeKm = promised.Km;
            PromisedGuaranteeDays = promised.Days;
        }
        ContentHash = EstimateHash.Compute(orderNumber, this);
    }

    public int Number { get; private set; }

    public EstimateKind Kind { get; private set; }

    public VersionState State { get; private set; }

    public RepairCategory Category { get; private set; }

    /// <summary>
    /// "Will not exceed ¥X" (最高不超过) where the fault needs more opening up. On a supplementary estimate, the new
    /// ceiling it proposes for the whole order, which holds only once the customer consents to it.
    /// </summary>
    public decimal? Ceiling { get; private set; }

    public DateTime PromisedCompletionAt { get; private set; }

    public int? PromisedGuaranteeKm { get; private set; }

    public int? PromisedGuaranteeDays { get; private set; }

    public string? Notes { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public long IssuedById { get; private set; }

    public string IssuedByName { get; private set; }

    /// <summary>SHA-256 (hex) of the canonical content: what the customer sees is what they decide on.</summary>
    public string ContentHash { get; private set; }

    public CustomerDecision? Decision { get; private set; }

    public IReadOnlyList<EstimateLine> Lines => _lines;

    public GuaranteeTerms? PromisedGuarantee =>
        PromisedGuaranteeKm is { } km && PromisedGuaranteeDays is { } days ? new GuaranteeTerms(km, days) : null;

    public decimal Total => _lines.Sum(l => l.Amount);

    internal void Decide(CustomerDecision decision, IReadOnlyCollection<int> approvedLines)
    {
        foreach (var line in _lines)
        {
            line.Decide(approvedLines.Contains(line.Number));
        }
        Decision = decision;
        State = VersionState.Decided;
    }

    internal void Supersede() => State = VersionState.Superseded;
}

public sealed record EstimateInput(
    RepairCategory Category,
    DateTime PromisedCompletionAt,
    decimal? Ceiling,
    GuaranteeTerms? PromisedGuarantee,
    string? Notes,
    IReadOnlyList<EstimateLineInput> Lines);

/// <summary>Who decided, when, how, and on exactly which content.</summary>
public sealed class CustomerDecision
{
    private CustomerDecision()
    {
        DecidedBy = string.Empty;
        ContentHash = string.Empty;
    }

    public CustomerDecision(string decidedBy, DecisionMethod method, DateTime decidedAt, StaffRef? recordedBy, string contentHash, RemoteEvidence? remote = null,
        decimal? consentedCeiling = null)
    {
        ConsentedCeiling = consentedCeiling;
        DecidedBy = decidedBy;
        Method = method;
        DecidedAt = decidedAt;
        RecordedById = recordedBy?.UserId;
        RecordedByName = recordedBy?.Name;
        ContentHash = contentHash;
        RemoteIpAddress = remote?.IpAddress;
        RemoteUserAgent = remote?.UserAgent;
        RemoteSignatureImageId = remote?.SignatureImageId;
    }

    /// <summary>The customer (or the driver on their behalf), by name.</summary>
    public string DecidedBy { get; private set; }

    public DecisionMethod Method { get; private set; }

    public DateTime DecidedAt { get; private set; }

    /// <summary>The advisor who recorded an in-person decision; null for a remote one.</summary>
    public long? RecordedById { get; private set; }

    public string? RecordedByName { get; private set; }

    public string ContentHash { get; private set; }

    /// <summary>What the server saw of a remote decision.</summary>
    public string? RemoteIpAddress { get; private set; }

    public string? RemoteUserAgent { get; private set; }

    /// <summary>
    /// The new ceiling (最高不超过) the customer explicitly agreed to with this decision on a supplementary estimate;
    /// from then on the charges may reach it, and no more.
    /// </summary>
    public decimal? ConsentedCeiling { get; private set; }

    /// <summary>
    /// The signature the customer drew on the signing page (the image is stored apart). Kept on the decision
    /// itself, because a supplementary estimate, or a version declined in full, has no work-order signature.
    /// </summary>
    public Guid? RemoteSignatureImageId { get; private set; }
}

/// <summary>What the server saw of a decision made through the customer's signing link.</summary>
public sealed record RemoteEvidence(string? IpAddress, string? UserAgent, Guid? SignatureImageId = null);
