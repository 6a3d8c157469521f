using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using WorkshopAdvisor.Api.Features.Documents;
using WorkshopAdvisor.Benchmarks.Support;
using WorkshopAdvisor.Documents;

namespace WorkshopAdvisor.Benchmarks.Pdf;

/// <summary>
/// How long the counter waits for one work order (托修单, two copies, two signatures): from the loaded
/// order to the PDF bytes, one PDF per measured iteration, after warm-up, so that median and P99 are
/// those of single PDFs. Database and HTTP are not included (measured apart).
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 150, iterationCount: 300, invocationCount: 1)]
[MemoryDiagnoser]
public class WorkOrderPdfLatency
{
    private readonly PdfRenderer _renderer = new();
    private PrintableOrder _order = null!;

    [Params(10, 80)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _order = SampleOrders.ApprovedAndSigned(Lines);
        // The first render of a process loads the fonts (~0.2 s); the counter's server is long warm.
        _renderer.Render(WorkOrderDocument.Build(_order, SampleOrders.Print), SampleOrders.Print.Letterhead);
    }

    [Benchmark]
    public byte[] WorkOrderPdf() => _renderer.Render(WorkOrderDocument.Build(_order, SampleOrders.Print), SampleOrders.Print.Letterhead);
}
