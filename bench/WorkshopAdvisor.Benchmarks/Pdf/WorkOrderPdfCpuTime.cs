using System.Diagnostics;
using System.Globalization;
using WorkshopAdvisor.Api.Features.Documents;
using WorkshopAdvisor.Benchmarks.Support;
using WorkshopAdvisor.Documents;

namespace WorkshopAdvisor.Benchmarks.Pdf;

/// <summary>
/// CPU time per work-order PDF (the process's user + system time over a loop, GC included), after
/// every case was warmed until the JIT settled. Unlike wall time it hardly changes when other
/// processes share the cores, so it gives the ceiling of a quiet machine: at most
/// cores / CPU-seconds-per-PDF PDFs per second. Run with --cpu-time.
/// </summary>
public static class WorkOrderPdfCpuTime
{
    private const int WarmUp = 150;
    private const int Measured = 300;
    private static readonly int[] Lines = [0, 10, 80];

    public static void Run()
    {
        var renderer = new PdfRenderer();
        // 0 lines: a letterhead-only page, the fixed cost of any PDF (fonts embedded, file written).
        var cases = Lines.Select(lines => (Lines: lines, Render: Renderer(renderer, lines))).ToList();
        for (var i = 0; i < WarmUp; i++)
        {
            cases.ForEach(c => c.Render());
        }

        Console.WriteLine("| Lines | PDFs | CPU per PDF | wall per PDF | ceiling on 2 cores |");
        Console.WriteLine("|------:|-----:|------------:|-------------:|-------------------:|");
        foreach (var (lines, render) in cases)
        {
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < Measured; i++)
            {
                render();
            }

            wall.Stop();
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Measured;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {lines} | {Measured} | {cpuMs:F1} ms | {wall.Elapsed.TotalMilliseconds / Measured:F1} ms | {2000 / cpuMs:F0} PDFs/s |"));
        }
    }

    private static Func<byte[]> Renderer(PdfRenderer renderer, int lines)
    {
        if (lines == 0)
        {
            var empty = new PrintDocument("机动车维修托修单 Repair Work Order", "RO-20261123-0007", []);
            return () => renderer.Render(empty, SampleOrders.Print.Letterhead);
        }

        var order = SampleOrders.ApprovedAndSigned(lines);
        return () => renderer.Render(WorkOrderDocument.Build(order, SampleOrders.Print), SampleOrders.Print.Letterhead);
    }
}
