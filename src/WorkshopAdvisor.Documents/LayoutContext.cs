namespace WorkshopAdvisor.Documents;

/// <summary>What every block layout needs for one render; never shared between renders.</summary>
internal sealed record LayoutContext(TextMeasurer Measurer, Typography Type, SignatureImages Images, double BodyHeight)
{
    public const double Width = PageFrame.ContentWidth;

    /// <summary>Space between blocks; a block right under its heading sits closer.</summary>
    public const double BlockGap = 8;
}
