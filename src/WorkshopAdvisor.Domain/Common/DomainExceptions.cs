namespace WorkshopAdvisor.Domain.Common;

/// <summary>A value that can never be valid, whatever state things are in (bad VIN, negative quantity). Maps to 400.</summary>
public sealed class InvalidValueException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>A rule of the trade refuses the action in the current state. Maps to 409.</summary>
public class RuleViolationException(string rule, string message, string? currentState = null) : Exception(message)
{
    /// <summary>A stable kebab-case name of the rule, used as the ProblemDetails type.</summary>
    public string Rule { get; } = rule;

    /// <summary>The state the rule found its subject in (a complaint "Open, escalated"), when that is why it refuses; shown as <c>currentState</c>.</summary>
    public string? CurrentState { get; } = currentState;

    /// <summary>The status of the aggregate that refused, when it has one (a repair order's), so the caller sees where it stands.</summary>
    public string? CurrentStatus { get; init; }

    /// <summary>What may be done now instead, when the refusing aggregate knows (a repair order's allowed actions).</summary>
    public IReadOnlyList<string>? AllowedActions { get; init; }

    /// <summary>Further facts a caller needs to act on the refusal (e.g. the guarantees that run), keyed as they appear in the problem.</summary>
    public IReadOnlyDictionary<string, object>? Facts { get; init; }
}

/// <summary>The action is not allowed from the order's current status.</summary>
public sealed class StatusConflictException : RuleViolationException
{
    public StatusConflictException(string action, string currentStatus, IReadOnlyList<string> allowedActions)
        : base("status-conflict",
            $"'{action}' is not allowed while the order is {currentStatus}. Allowed now: {(allowedActions.Count == 0 ? "nothing (the order is closed)" : string.Join(", ", allowedActions))}.")
    {
        Action = action;
        CurrentStatus = currentStatus;
        AllowedActions = allowedActions;
    }

    public string Action { get; }
}
