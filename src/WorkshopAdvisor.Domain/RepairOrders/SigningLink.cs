using WorkshopAdvisor.Domain.Common;

namespace WorkshopAdvisor.Domain.RepairOrders;

/// <summary>Whether a customer's signing link may still be used, and if not, why.</summary>
public enum SigningLinkState
{
    Usable,

    /// <summary>The customer already submitted through it.</summary>
    Used,

    Expired,

    /// <summary>A newer link was created for the order.</summary>
    Revoked,

    /// <summary>The version it shows is no longer the one waiting: revised, superseded or decided at the counter.</summary>
    Outdated,
}

/// <summary>
/// A link the advisor sends to the customer to decide on one estimate version remotely. Only the SHA-256
/// of its token is kept; it is bound to the version's number and content hash, lives for a limited time and
/// works once. It stands apart from the order (its own table) and changes nothing on it by itself.
/// </summary>
public sealed class SigningLink
{
    private SigningLink()
    {
        TokenHash = string.Empty;
        ContentHash = string.Empty;
        CreatedByName = string.Empty;
    }

    public long Id { get; private set; }

    public long RepairOrderId { get; private set; }

    public int EstimateVersion { get; private set; }

    /// <summary>The content hash of the version at the moment the link was made; a different one on submit means the estimate changed.</summary>
    public string ContentHash { get; private set; }

    /// <summary>SHA-256 (hex) of the token in the URL; the token itself is never stored.</summary>
    public string TokenHash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>Makes a link for the order's pending version; only a version that waits for the customer can be sent.</summary>
    public static SigningLink Create(RepairOrder order, int versionNumber, string tokenHash, StaffRef createdBy, DateTime now, TimeSpan lifetime)
    {
        var version = order.Estimates.SingleOrDefault(v => v.Number == versionNumber)
            ?? throw new InvalidValueException("version", $"order {order.Number} has no estimate version {versionNumber}");
        if (version.State != VersionState.Pending)
        {
            throw new RuleViolationException("version-not-pending",
                $"Version {versionNumber} is {version.State}; only the version waiting for the customer's decision can be sent for signing.");
        }
        if (lifetime <= TimeSpan.Zero)
        {
            throw new InvalidValueException("lifetime", "must be positive");
        }
        return new SigningLink
        {
            RepairOrderId = order.Id,
            EstimateVersion = versionNumber,
            ContentHash = version.ContentHash,
            TokenHash = tokenHash,
            CreatedAt = now,
            CreatedById = createdBy.UserId,
            CreatedByName = createdBy.Name,
            ExpiresAt = now + lifetime,
        };
    }

    /// <summary>What the link is worth now, against the order as it is now.</summary>
    public SigningLinkState StateAt(RepairOrder order, DateTime now)
    {
        if (UsedAt is not null)
        {
            return SigningLinkState.Used;
        }
        if (RevokedAt is not null)
        {
            return SigningLinkState.Revoked;
        }
        if (now >= ExpiresAt)
        {
            return SigningLinkState.Expired;
        }
        var version = order.Estimates.SingleOrDefault(v => v.Number == EstimateVersion);
        return version is { State: VersionState.Pending } && string.Equals(version.ContentHash, ContentHash, StringComparison.OrdinalIgnoreCase)
            ? SigningLinkState.Usable
            : SigningLinkState.Outdated;
    }

    /// <summary>The customer submitted: the link never works again.</summary>
    public void MarkUsed(RepairOrder order, DateTime now)
    {
        var state = StateAt(order, now);
        if (state != SigningLinkState.Usable)
        {
            throw new RuleViolationException("signing-link-" + state.ToString().ToLowerInvariant(), $"This signing link is {state} and cannot be used.");
        }
        UsedAt = now;
    }

    /// <summary>A newer link replaces this one. A used link stays as it is: it is the record of the signature.</summary>
    public void Revoke(DateTime now)
    {
        if (UsedAt is null && RevokedAt is null)
        {
            RevokedAt = now;
        }
    }
}
