using System.Globalization;
using WorkshopAdvisor.Documents;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// Blocks that several documents print the same way: who and what car, and the lines, labour and parts
/// always in tables of their own (工时费 and 材料费 are never mixed on a Chinese repair bill).
/// </summary>
public static class OrderBlocks
{
    public const string LabourHeading = "维修项目（工时） Labour";
    public const string PartsHeading = "材料（配件） Parts";
    public const string LabourItemHeader = "维修项目 Labour item";
    public const string PartNameHeader = "配件名称 Part name";
    public const string GradeHeader = "品质 Grade";

    public static IEnumerable<DocumentBlock> Customer(PrintableOrder p)
    {
        var o = p.Order;
        yield return new SectionHeading("托修方 Customer");
        yield return new FieldGrid(
        [
            new Field("姓名 Name", o.CustomerName),
            new Field("电话 Phone", o.CustomerPhone),
            new Field("地址 Address", p.CustomerAddress),
        ]);
    }

    public static IEnumerable<DocumentBlock> Vehicle(PrintableOrder p, bool withReception)
    {
        var o = p.Order;
        yield return new SectionHeading("车辆 Vehicle");
        yield return new FieldGrid(
        [
            new Field("车型 Model", o.Model),
            new Field("车牌号 Plate", PrintContext.Plate(o.Plate)),
            new Field("车架号 VIN", o.Vin),
            new Field("发动机号 Engine No.", p.EngineNumber),
            new Field("进厂里程 Odometer", PrintContext.Km(o.OdometerKm)),
            new Field("燃油 Fuel", withReception ? string.Create(CultureInfo.InvariantCulture, $"{o.FuelLevelPercent}%") : null),
        ]);
    }

    /// <summary>The labour heading and table; nothing at all when there are no labour lines.</summary>
    public static IEnumerable<DocumentBlock> LabourSection(IReadOnlyList<EstimateLine> lines, Func<EstimateLine, string>? source = null, bool withDecision = false) =>
        lines.Count == 0 ? [] : [new SectionHeading(LabourHeading), Labour(lines, source, withDecision)];

    public static IEnumerable<DocumentBlock> PartsSection(IReadOnlyList<EstimateLine> lines, Func<EstimateLine, string>? source = null, bool withDecision = false) =>
        lines.Count == 0 ? [] : [new SectionHeading(PartsHeading), Parts(lines, source, withDecision)];

    /// <param name="source">What to print in a "from" column (the estimate version a line came from); null leaves the column out.</param>
    /// <param name="withDecision">Adds the customer's decision on each line (estimates).</param>
    public static Table Labour(IReadOnlyList<EstimateLine> lines, Func<EstimateLine, string>? source = null, bool withDecision = false, string subtotalLabel = "工时费小计 Labour subtotal")
    {
        var columns = new List<Column> { new("#", 0.45, Align.Center), new(LabourItemHeader, 4.7) };
        if (source is not null)
        {
            columns.Add(new Column("单据 From", 1.1, Align.Center));
        }
        if (withDecision)
        {
            columns.Add(new Column("确认 Decision", 1.3, Align.Center));
        }
        columns.AddRange([new Column("工时 Hours", 1.05, Align.Right), new Column("工时单价 Rate", 1.25, Align.Right), new Column("金额 Amount", 1.4, Align.Right)]);

        var rows = lines.Select((l, i) =>
        {
            var cells = new List<string> { Number(l, i, source), l.Description };
            if (source is not null)
            {
                cells.Add(source(l));
            }
            if (withDecision)
            {
                cells.Add(Labels.Of(l.Decision));
            }
            cells.AddRange([PrintContext.Hours(l.Quantity), PrintContext.Money(l.UnitPrice), PrintContext.Money(l.Amount)]);
            return (IReadOnlyList<string>)cells;
        }).ToList();
        return new Table(columns, rows, [new TotalRow(subtotalLabel, PrintContext.Money(lines.Sum(l => l.Amount)))]);
    }

    public static Table Parts(IReadOnlyList<EstimateLine> lines, Func<EstimateLine, string>? source = null, bool withDecision = false, string subtotalLabel = "材料费小计 Parts subtotal")
    {
        var columns = new List<Column> { new("#", 0.45, Align.Center), new("零件号 Part No.", 1.5), new(PartNameHeader, 1.9), new(GradeHeader, 1.45, Align.Center) };
        if (source is not null)
        {
            columns.Add(new Column("单据 From", 1.1, Align.Center));
        }
        if (withDecision)
        {
            columns.Add(new Column("确认 Decision", 1.4, Align.Center));
        }
        columns.AddRange([new Column("数量 Qty", 0.85, Align.Right), new Column("单价 Unit price", 1.4, Align.Right), new Column("金额 Amount", 1.4, Align.Right)]);

        var rows = lines.Select((l, i) =>
        {
            var cells = new List<string> { Number(l, i, source), l.PartNumber ?? string.Empty, l.Description, Labels.Of(l.Grade) };
            if (source is not null)
            {
                cells.Add(source(l));
            }
            if (withDecision)
            {
                cells.Add(Labels.Of(l.Decision));
            }
            cells.AddRange([PrintContext.Quantity(l.Quantity), PrintContext.Money(l.UnitPrice), PrintContext.Money(l.Amount)]);
            return (IReadOnlyList<string>)cells;
        }).ToList();
        return new Table(columns, rows, [new TotalRow(subtotalLabel, PrintContext.Money(lines.Sum(l => l.Amount)))]);
    }

    /// <summary>
    /// The charges summed up under their heading, with the total and any rows after it (ceiling, payment),
    /// all on one page: a bill whose labour sits on one page and whose total on the next invites disputes.
    /// </summary>
    public static KeepTogether Charges(IReadOnlyList<(string Label, string Amount)> rows, TotalRow total, params TotalRow[] after) => new(
    [
        new SectionHeading("费用合计 Charges"),
        new Table(
            [new Column("项目 Item", 6), new Column("金额 Amount", 1.4, Align.Right)],
            [.. rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Amount])],
            [total, .. after]),
    ]);

    public static Paragraph Hash(EstimateVersion version) => new(
        $"防伪校验 Check: 估价单第 {version.Number} 版 Estimate version {version.Number} · SHA-256 {version.ContentHash}", Small: true);

    /// <summary>What the customer declined, safety items first and marked as such; null when nothing was declined.</summary>
    public static string? SuggestedForNextVisit(IEnumerable<DeclinedItem> declined)
    {
        var items = declined.OrderByDescending(i => i.Safety).Select(i => i.Safety ? $"{i.Description}（安全项目 safety）" : i.Description).ToList();
        return items.Count == 0 ? null : string.Join("、", items);
    }

    /// <summary>
    /// A signature slot as signed: the drawn image with the name and time; for a paper signature, the note that the
    /// signed paper is on file; for the manager's override, who let it pass and why. Blank to sign by hand if none.
    /// </summary>
    public static SignatureSlot SignatureAsGiven(string label, WorkOrderSignature? signature, byte[]? drawn, PrintContext print, string when = "签字时间 Signed") => signature switch
    {
        null => new SignatureSlot(label, null, null, null),
        { IsOverride: true } s => new SignatureSlot(label, $"经理豁免 Not signed, allowed by the manager {s.SignerName}",
            $"理由 Reason：{s.OverrideReason} · {print.Time(s.SignedAt)}", null),
        { Method: SignatureMethod.Paper } s => new SignatureSlot(label, s.SignerName, $"纸质签字，原件照片存档 Signed on paper, photo on file · {print.Time(s.SignedAt)}", null),
        var s => new SignatureSlot(label, s.SignerName, $"{when} {print.Time(s.SignedAt)}", drawn),
    };

    public static string Decision(CustomerDecision decision, PrintContext print) =>
        $"{decision.DecidedBy} · {print.Time(decision.DecidedAt)} · {Labels.Of(decision.Method)}";

    // One version: the line's own number, as on the estimate the customer saw. Several versions: a running number.
    private static string Number(EstimateLine line, int index, Func<EstimateLine, string>? source) =>
        (source is null ? line.Number : index + 1).ToString(CultureInfo.InvariantCulture);
}
