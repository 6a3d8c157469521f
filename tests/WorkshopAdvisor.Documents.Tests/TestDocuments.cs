using System.Globalization;

namespace WorkshopAdvisor.Documents.Tests;

internal static class TestDocuments
{
    public const string DescriptionHeader = "项目说明 Description";

    public static readonly Letterhead Shop = new(
        "鑫达汽车服务有限公司 Xinda Motors", "北京市朝阳区东四环中路88号", "010-6588 1234", "京交运管许可朝字110105001234号");

    /// <summary>A marker that appears once in row <paramref name="row"/> and nowhere else.</summary>
    public static string RowMarker(int row) => string.Create(CultureInfo.InvariantCulture, $"ROW{row:D3}X");

    public static Table Lines(int rows) => new(
        [
            new Column("#", 0.6, Align.Center),
            new Column(DescriptionHeader, 5),
            new Column("数量 Qty", 1, Align.Right),
            new Column("金额 Amount", 1.6, Align.Right),
        ],
        Enumerable.Range(1, rows)
            .Select(i => (IReadOnlyList<string>)[$"{i}", $"机油滤清器 Oil filter {RowMarker(i)}", "1", "¥1,234.50"])
            .ToList(),
        [new TotalRow("合计 Total", "¥98,760.00", Emphasis: true)]);

    public static PrintDocument WorkOrder(int rows, IReadOnlyList<string>? copies = null) => new(
        "机动车维修托修单 Repair Work Order",
        "RO-20261122-0007",
        [
            new SectionHeading("客户 Customer"),
            new FieldGrid([new Field("客户 Customer", "张伟"), new Field("车牌号 Plate", "京A·12345")]),
            new SectionHeading("维修项目 Work items"),
            Lines(rows),
        ],
        copies);
}
