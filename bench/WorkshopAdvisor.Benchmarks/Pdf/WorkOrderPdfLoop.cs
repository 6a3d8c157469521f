using System.Globalization;
using WorkshopAdvisor.Api.Features.Documents;
using WorkshopAdvisor.Benchmarks.Support;
using WorkshopAdvisor.Documents;

namespace WorkshopAdvisor.Benchmarks.Pdf;

/// <summary>
/// Renders the same work order a given number of times and nothing else, for counting instructions
/// under callgrind (which counts the same on a busy machine as on a quiet one). Two runs that differ
/// only in the count give the instructions of one PDF: (I(n2) − I(n1)) / (n2 − n1), start-up and JIT
/// cancelled out. Run with --render LINES COUNT [FILE]; FILE keeps the last PDF.
/// </summary>
public static class WorkOrderPdfLoop
{
    public static void Run(IReadOnlyList<string> args)
    {
        var lines = int.Parse(args[0], CultureInfo.InvariantCulture);
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var renderer = new PdfRenderer();
        var order = SampleOrders.ApprovedAndSigned(lines);
        var pdf = Array.Empty<byte>();
        for (var i = 0; i < count; i++)
        {
            pdf = renderer.Render(WorkOrderDocument.Build(order, SampleOrders.Print), SampleOrders.Print.Letterhead);
        }

        if (args.Count > 2)
        {
            File.WriteAllBytes(args[2], pdf);
        }
    }
}
