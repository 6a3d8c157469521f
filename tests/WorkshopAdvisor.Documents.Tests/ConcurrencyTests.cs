namespace WorkshopAdvisor.Documents.Tests;

public class ConcurrencyTests
{
    [Fact]
    public void Initialize_WhenCalledFromManyThreads_IsHarmless()
    {
        Parallel.For(0, 16, _ => PdfSharpSetup.Initialize());

        Assert.NotEmpty(new PdfRenderer().Render(TestDocuments.WorkOrder(rows: 2), TestDocuments.Shop));
    }

    [PopplerFact]
    public void Render_FromSeveralThreadsAtOnce_PrintsTheSameAsOneAtATime()
    {
        var renderer = new PdfRenderer();
        var documents = Enumerable.Range(1, 8)
            .Select(i => TestDocuments.WorkOrder(rows: 10 * i) with { Reference = $"RO-PARALLEL-{i}" })
            .ToList();
        var alone = documents.Select(d => PdfTools.Text(renderer.Render(d, TestDocuments.Shop))).ToList();

        var together = new byte[documents.Count][];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = renderer.Render(documents[i], TestDocuments.Shop));

        Assert.Equal(alone, together.Select(pdf => PdfTools.Text(pdf)));
    }
}
