using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Domain.Tests;

public sealed class ArchitectureTests
{
    private static readonly string[] Forbidden =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Quartz", "PdfSharp", "Riok.Mapperly"];

    [Fact]
    public void DomainAssembly_WhenBuilt_ReferencesNoPersistenceWebSchedulingPdfOrMappingLibrary()
    {
        var referenced = typeof(RepairOrder).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToArray();

        var offending = referenced.Where(name => Forbidden.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToArray();

        Assert.True(offending.Length == 0, $"the domain references {string.Join(", ", offending)}");
        Assert.Contains(referenced, name => name.StartsWith("System", StringComparison.Ordinal)); // the check saw real references
    }
}
