namespace WorkshopAdvisor.Testing;

public static class TestImages
{
    /// <summary>A 1×1 transparent PNG: the smallest thing a signature pad could send.</summary>
    public static readonly byte[] SignaturePng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
