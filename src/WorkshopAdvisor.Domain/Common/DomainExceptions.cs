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
}

/// <summary>The action is not allowed from the order's current status.</summary>
public sealed class StatusConflictException(string action, string currentStatus, IReadOnlyList<string> allowedActions)
    : RuleViolationException(
        "status-conflict",
        $"'{action}' is not allowed while the order is {currentStatus}. Allowed now: {(allowedActions.Count == 0 ? "nothing (the order is closed)" : string.Join(", ", allowedActions))}.")
{
    public string Action { get; } = action;
    public string CurrentStatus { get; } = currentStatus;
    public IReadOnlyList<string> AllowedActions { get; } = allowedActions;
}
