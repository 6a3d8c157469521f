using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using WorkshopAdvisor.Api.Http;
using WorkshopAdvisor.Api.Shop;
using WorkshopAdvisor.Domain.Common;
using WorkshopAdvisor.Domain.Guarantees;
using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Signing;

/// <summary>
/// Renders the signing pages on the server. They show this order's lines, totals, ceiling, promised time
/// (shop time), terms and the shop's name, and nothing that identifies the customer (no name, phone,
/// address, VIN; the plate is masked) or any other record: a link may be forwarded or seen over a shoulder.
/// </summary>
public sealed class SigningPage(IOptions<ShopOptions> shop, ShopCalendar calendar)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public HtmlPage Form(RepairOrder order, SigningLink link, SigningForm form, string? error, int status)
    {
        var version = order.Estimates.Single(v => v.Number == link.EstimateVersion);
        var kind = version.Kind == EstimateKind.Initial ? "估价单 Estimate" : "增项单 Supplementary estimate";
        var body = new StringBuilder();
        body.Append("<section class=\"card intro\"><h1>请确认维修项目 <span class=\"en\">Please review your estimate</span></h1>")
            .Append("<p>请逐项选择“同意”或“不同意”，签名后提交。 <span class=\"en\">Approve or decline each item, sign below and submit.</span></p></section>");
        body.Append("<section class=\"card summary\"><dl>")
            .Append(Term("委托单号", "Order", E(order.Number)))
            .Append(Term("车辆", "Vehicle", E(order.Model) + " · " + E(MaskPlate(order.Plate))))
            .Append(Term("单据", "Document", $"{E(kind)} · 第 {version.Number} 版 <span class=\"en\">version {version.Number}</span>"))
            .Append(Term("维修类别", "Category", E(SigningText.Category(version.Category))))
            .Append(Term("预计完工", "Ready by", E(LocalTime(version.PromisedCompletionAt))))
            .Append("</dl></section>");

        body.Append("<form method=\"post\" id=\"sign-form\" novalidate>")
            .Append("<input type=\"hidden\" name=\"contentHash\" value=\"").Append(E(version.ContentHash)).Append("\">");
        body.Append("<section class=\"card\"><div class=\"section-head\"><h2>维修项目 <span class=\"en\">Items</span></h2>")
            .Append("<button type=\"button\" class=\"secondary small\" id=\"approve-all\">全部同意 <span class=\"en\">Approve all</span></button></div>");
        AppendLines(body, "工时", "Labour", version.Lines.Where(l => l.Kind == LineKind.Labour), form);
        AppendLines(body, "材料", "Parts", version.Lines.Where(l => l.Kind == LineKind.Part), form);
        body.Append("</section>");

        var labour = version.Lines.Where(l => l.Kind == LineKind.Labour).Sum(l => l.Amount);
        var parts = version.Lines.Where(l => l.Kind == LineKind.Part).Sum(l => l.Amount);
        body.Append("<section class=\"card\"><h2>费用 <span class=\"en\">Totals</span></h2><table class=\"totals\">")
            .Append(Row("工时费", "Labour", Money.Format(labour)))
            .Append(Row("材料费", "Parts", Money.Format(parts)))
            .Append(Row("合计", "Total", Money.Format(version.Total), "total"));
        if (version.Kind == EstimateKind.Supplementary)
        {
            if (order.CeilingInForce is { } current)
            {
                body.Append(Row("目前整单最高不超过", "Current ceiling, whole order", Money.Format(current), "ceiling"));
            }
            if (version.Ceiling is { } proposed)
            {
                body.Append(Row("建议新的整单上限", "Proposed new ceiling, whole order", Money.Format(proposed), "ceiling new-ceiling"));
            }
        }
        else if (version.Ceiling is { } ceiling)
        {
            body.Append(Row("最高不超过", "Will not exceed", Money.Format(ceiling), "ceiling"));
        }
        body.Append("<tr class=\"approved\"><th>您同意的金额 <span class=\"en\">You approve</span></th><td><output id=\"approved-total\">")
            .Append(E(Money.Format(form.Approved.Sum(n => version.Lines.Single(l => l.Number == n).Amount))))
            .Append("</output></td></tr></table></section>");

        AppendTerms(body, order, version);

        body.Append("<section class=\"card\"><h2>签名确认 <span class=\"en\">Sign</span></h2>")
            .Append("<label class=\"field\" for=\"name\">您的姓名 <span class=\"en\">Your name</span></label>")
            .Append("<input id=\"name\" name=\"name\" maxlength=\"").Append(SigningForm.MaxNameLength).Append("\" autocomplete=\"name\" required value=\"")
            .Append(E(form.Name)).Append("\">")
            .Append("<p class=\"field\">请用手指在框内签名 <span class=\"en\">Sign with your finger in the box</span></p>")
            .Append("<div class=\"pad-wrap\"><canvas id=\"pad\" aria-label=\"签名框 Signature box\"></canvas>")
            .Append("<button type=\"button\" class=\"secondary small\" id=\"clear-pad\">清除 <span class=\"en\">Clear</span></button></div>")
            .Append("<input type=\"hidden\" name=\"signature\" id=\"signature\">")
            .Append(CeilingConsent(order, version, form))
            .Append("<div id=\"form-error\" class=\"error\" role=\"alert\"").Append(error is null ? " hidden>" : ">").Append(E(error ?? string.Empty)).Append("</div>")
            .Append("<button type=\"submit\" class=\"primary\" id=\"submit\">确认并提交 <span class=\"en\">Confirm and submit</span></button>")
            .Append("<p class=\"fine\">此链接仅可使用一次，有效期至 ").Append(E(LocalTime(link.ExpiresAt)))
            .Append("。 <span class=\"en\">This link works once and expires at ").Append(E(LocalTime(link.ExpiresAt))).Append(".</span></p>")
            .Append("</section></form>");

        return Page("维修确认 · Estimate approval", body.ToString(), status, script: "/assets/sign.js");
    }

    public HtmlPage Done(RepairOrder order, EstimateVersion version)
    {
        var decision = version.Decision!;
        var body = new StringBuilder("<section class=\"card done\" id=\"done\"><h2>已提交，谢谢！ <span class=\"en\">Thank you, your decision is recorded.</span></h2>");
        body.Append("<dl>")
            .Append(Term("委托单号", "Order", E(order.Number)))
            .Append(Term("签名人", "Signed by", E(decision.DecidedBy)))
            .Append(Term("时间", "At", E(LocalTime(decision.DecidedAt))))
            .Append("</dl><ul class=\"result\">");
        foreach (var line in version.Lines)
        {
            var approved = line.Decision == LineDecision.Approved;
            body.Append("<li class=\"").Append(approved ? "approved" : "declined").Append("\"><span class=\"mark\">")
                .Append(approved ? "✓ 同意" : "✗ 不同意").Append("</span> ").Append(E(line.Description))
                .Append(" <b>").Append(E(Money.Format(line.Amount))).Append("</b></li>");
        }
        var approvedTotal = version.Lines.Where(l => l.Decision == LineDecision.Approved).Sum(l => l.Amount);
        body.Append("</ul><p class=\"sum\">您同意的金额 <span class=\"en\">Approved</span>: <b id=\"approved-sum\">")
            .Append(E(Money.Format(approvedTotal))).Append("</b></p>")
            .Append("<p class=\"fine\">不同意的项目不会施工。您可以关闭此页面。 <span class=\"en\">Declined items will not be done. You can close this page.</span></p></section>");
        return Page("已提交 · Submitted", body.ToString(), StatusCodes.Status200OK);
    }

    public HtmlPage Refused(SigningLinkState state)
    {
        var (title, message, english) = SigningText.Refusal(state);
        return Message((title, message, english), state == SigningLinkState.Usable ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone, state.ToString().ToLowerInvariant());
    }

    public HtmlPage NotFound() => Message(SigningText.NotFound, StatusCodes.Status404NotFound, "not-found");

    public HtmlPage Message((string Title, string Message, string English) text, int status, string reason)
    {
        var (title, message, english) = text;
        var contact = shop.Value.Phone is { Length: > 0 } phone
            ? $"<p class=\"fine\">服务热线 <span class=\"en\">Service desk</span>: {E(phone)}</p>"
            : string.Empty;
        var body = $"<section class=\"card notice\" id=\"notice\" data-reason=\"{E(reason)}\"><h2>{E(title)}</h2><p>{E(message)}</p><p class=\"en\">{E(english)}</p>{contact}</section>";
        return Page(title, body, status);
    }

    private static void AppendLines(StringBuilder body, string zh, string en, IEnumerable<EstimateLine> lines, SigningForm form)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }
        body.Append("<h3>").Append(zh).Append(" <span class=\"en\">").Append(en).Append("</span></h3><ul class=\"lines\">");
        foreach (var line in list)
        {
            var fen = (long)(line.Amount * 100);
            var calc = line.Kind == LineKind.Labour
                ? $"{Number(line.Quantity)} h × {Money.Format(line.UnitPrice)}/h"
                : $"{E(line.PartNumber ?? string.Empty)} · <span class=\"grade\">{E(Documents.Labels.Of(line.Grade))}</span> · {Number(line.Quantity)} × {Money.Format(line.UnitPrice)}";
            form.Choices.TryGetValue(line.Number, out var approved);
            var chosen = form.Choices.ContainsKey(line.Number);
            body.Append("<li class=\"line\" data-line=\"").Append(line.Number).Append("\" data-amount-fen=\"").Append(fen.ToString(Invariant)).Append("\">")
                .Append("<div class=\"what\"><span class=\"no\">").Append(line.Number).Append("</span>").Append(E(line.Description)).Append("</div>")
                .Append("<div class=\"calc\">").Append(calc).Append(" = <b>").Append(E(Money.Format(line.Amount))).Append("</b></div>")
                .Append("<div class=\"choice\" role=\"radiogroup\">")
                .Append("<label class=\"approve\"><input type=\"radio\" name=\"line-").Append(line.Number).Append("\" value=\"approve\"")
                .Append(chosen && approved ? " checked" : string.Empty).Append("> 同意 <span class=\"en\">Approve</span></label>")
                .Append("<label class=\"decline\"><input type=\"radio\" name=\"line-").Append(line.Number).Append("\" value=\"decline\"")
                .Append(chosen && !approved ? " checked" : string.Empty).Append("> 不同意 <span class=\"en\">Decline</span></label>")
                .Append("</div></li>");
        }
        body.Append("</ul>");
    }

    /// <summary>A supplement that proposes a new ceiling asks for the customer's explicit consent to it (最高不超过 is otherwise kept).</summary>
    private static string CeilingConsent(RepairOrder order, EstimateVersion version, SigningForm form)
    {
        if (version.Kind != EstimateKind.Supplementary || version.Ceiling is not { } proposed)
        {
            return string.Empty;
        }
        var amount = E(Money.Format(proposed));
        var current = order.CeilingInForce is { } c ? E(Money.Format(c)) : "—";
        return $"<label class=\"consent\"><input type=\"checkbox\" name=\"consentCeiling\" value=\"yes\"{(form.ConsentsToNewCeiling ? " checked" : string.Empty)}> "
            + $"我同意将整单费用上限由 {current} 调整为 {amount} <span class=\"en\">I agree to raise the ceiling for the whole order from {current} to {amount}</span></label>";
    }

    private static void AppendTerms(StringBuilder body, RepairOrder order, EstimateVersion version)
    {
        var guarantee = GuaranteeTerms.Statutory(order.VehicleClass, version.Category).AtLeast(version.PromisedGuarantee);
        body.Append("<section class=\"card terms\"><h2>条款 <span class=\"en\">Terms</span></h2><ol>")
            .Append("<li>只对您同意的项目施工和收费，结算金额以您签字确认的内容为准。 <span class=\"en\">Only the items you approve are done and charged; what you sign is what you pay.</span></li>");
        if (version.Ceiling is { } ceiling)
        {
            body.Append("<li>费用不超过 ").Append(E(Money.Format(ceiling))).Append("；如需超出，须再次征得您的同意。 <span class=\"en\">The cost will not exceed ")
                .Append(E(Money.Format(ceiling))).Append(" without asking you again.</span></li>");
        }
        body.Append("<li>维修中如发现其他故障，我们会另行报价，经您同意后才施工。 <span class=\"en\">Any further fault found is priced separately and done only with your approval.</span></li>")
            .Append("<li>不同意的项目不会施工，我们会在下次到店时提醒您。 <span class=\"en\">Declined items are not done; we will remind you at your next visit.</span></li>")
            .Append("<li>质量保证期：").Append(guarantee.Km.ToString("N0", Invariant)).Append(" 公里或 ").Append(guarantee.Days.ToString(Invariant))
            .Append(" 天，以先到者为准，自交车之日起计算。 <span class=\"en\">Quality guarantee: ").Append(guarantee.Km.ToString("N0", Invariant)).Append(" km or ")
            .Append(guarantee.Days.ToString(Invariant)).Append(" days from handover, whichever comes first.</span></li>");
        if (order.KeepsOldParts)
        {
            body.Append("<li>更换下的旧件将交还给您。 <span class=\"en\">Replaced parts will be given back to you.</span></li>");
        }
        if (!string.IsNullOrWhiteSpace(version.Notes))
        {
            body.Append("<li>备注 <span class=\"en\">Notes</span>：").Append(E(version.Notes)).Append("</li>");
        }
        body.Append("</ol></section>");
    }

    private HtmlPage Page(string title, string body, int status, string? script = null)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<title>").Append(E(title)).Append("</title><link rel=\"icon\" href=\"data:,\">")
            .Append("<link rel=\"stylesheet\" href=\"/assets/pages.css\"></head><body class=\"customer\">")
            .Append("<header class=\"bar\"><div class=\"shop\">").Append(E(shop.Value.Name)).Append("</div></header><main>")
            .Append(body)
            .Append("</main>");
        if (script is not null)
        {
            html.Append("<script src=\"").Append(script).Append("\"></script>");
        }
        html.Append("</body></html>");
        return new HtmlPage(html.ToString(), status);
    }

    private string LocalTime(DateTime utc) => calendar.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", Invariant);

    private static string Term(string zh, string en, string valueHtml) =>
        $"<dt>{zh} <span class=\"en\">{en}</span></dt><dd>{valueHtml}</dd>";

    private static string Row(string zh, string en, string amount, string? css = null) =>
        $"<tr{(css is null ? string.Empty : $" class=\"{css}\"")}><th>{zh} <span class=\"en\">{en}</span></th><td>{E(amount)}</td></tr>";

    private static string Number(decimal value) => value.ToString("0.###", Invariant);

    /// <summary>京A12345 → 京A***45: enough to recognise one's own car, not to look anyone up.</summary>
    public static string MaskPlate(string? plate)
    {
        if (string.IsNullOrEmpty(plate))
        {
            return "—";
        }
        var chars = plate.Replace("·", string.Empty, StringComparison.Ordinal);
        return chars.Length <= 4 ? chars : chars[..2] + new string('*', chars.Length - 4) + chars[^2..];
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
