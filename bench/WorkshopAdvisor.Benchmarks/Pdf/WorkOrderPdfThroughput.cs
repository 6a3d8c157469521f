using BenchmarkDotNet.Attributes;
using WorkshopAdvisor.Api.Features.Documents;
using WorkshopAdvisor.Benchmarks.Support;
using WorkshopAdvisor.Documents;

namespace WorkshopAdvisor.Benchmarks.Pdf;

/// <summary>
/// How many work orders a 2-core server prints per second: two threads render PDFs side by side
/// (one shared renderer, as the API registers it). Op/s in the summary is PDFs per second.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class WorkOrderPdfThroughput
{
    private const int PdfsPerInvocation = 40;

    private readonly PdfRenderer _renderer = new();
    private PrintableOrder _order = null!;

    [Params(10, 80)]
    public int Lines { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _order = SampleOrders.ApprovedAndSigned(Lines);
        _renderer.Render(WorkOrderDocument.Build(_order, SampleOrders.Print), SampleOrders.Print.Letterhead);
    }

    [Benchmark(OperationsPerInvoke = PdfsPerInvocation)]
    public void WorkOrderPdfs() =>
        Parallel.For(0, PdfsPerInvocation, new ParallelOptions { MaxDegreeOfParallelism = Threads },
            _ => _renderer.Render(WorkOrderDocument.Build(_order, SampleOrders.Print), SampleOrders.Print.Letterhead));
}
