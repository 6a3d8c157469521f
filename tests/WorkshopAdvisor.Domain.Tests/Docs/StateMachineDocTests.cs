using System.Text;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Domain.Tests.Docs;

/// <summary>docs/state-machine.md draws <see cref="Transitions.Table"/>; this keeps the drawing and the table in step.</summary>
public sealed class StateMachineDocTests
{
    [Fact]
    public void Diagram_InDocs_IsTheTransitionTable()
    {
        var doc = File.ReadAllText(RepoFile("docs/state-machine.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = doc.IndexOf("```mermaid\n", StringComparison.Ordinal);
        var end = doc.IndexOf("```", start + 11, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/state-machine.md has no mermaid block");
        var drawn = doc[(start + 11)..end].Trim();

        Assert.True(Mermaid() == drawn, "docs/state-machine.md is out of step with Transitions.Table. Replace its mermaid block with:\n" + Mermaid());
    }

    [Fact]
    public void ActionTable_InDocs_ListsWhereEachActionIsAllowed()
    {
        var doc = File.ReadAllText(RepoFile("docs/state-machine.md"));
        foreach (var (action, from) in Transitions.AllowedFrom)
        {
            Assert.Contains($"| {action} | {string.Join(", ", from)} |", doc, StringComparison.Ordinal);
        }
    }

    /// <summary>Status changes only (actions that keep the status are in the table below the drawing).</summary>
    public static string Mermaid()
    {
        var text = new StringBuilder("stateDiagram-v2\n    [*] --> Received: Receive\n");
        var edges = Transitions.Table
            .SelectMany(t => t.To.Where(to => to != t.From).Select(to => (t.From, To: to, t.Action)))
            .GroupBy(e => (e.From, e.To))
            .OrderBy(g => g.Key.From).ThenBy(g => g.Key.To);
        foreach (var edge in edges)
        {
            text.Append("    ").Append(edge.Key.From).Append(" --> ").Append(edge.Key.To).Append(": ")
                .Append(string.Join(", ", edge.Select(e => e.Action).Distinct())).Append('\n');
        }
        text.Append("    HandedOver --> [*]\n    Cancelled --> [*]");
        return text.ToString();
    }

    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WorkshopAdvisor.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("WorkshopAdvisor.sln not found"), relative);
    }
}
