using WorkshopAdvisor.Domain.RepairOrders;

namespace WorkshopAdvisor.Api.Features.Signing;

/// <summary>What the signing pages say, Chinese first, then English.</summary>
public static class SigningText
{
    public const string ChooseEveryLine = "请对每一项选择“同意”或“不同意”。 Please approve or decline every line.";
    public const string NameMissing = "请填写您的姓名。 Please enter your name.";
    public const string NameTooLong = "姓名太长（最多 50 个字）。 The name is too long (50 characters at most).";
    public const string SignatureMissing = "请在签名框内签名。 Please sign in the signature box.";
    public const string OverCeiling = "您同意的项目将使总费用超过已约定的上限。请勾选同意新的费用上限，或减少同意的项目。 "
        + "The items you approve take the total over the agreed ceiling: tick your consent to the new ceiling, or approve fewer items.";
    public const string SignatureUnreadable = "签名未能读取，请清除后重新签名。 The signature could not be read; clear it and sign again.";

    public static string Invalid(string detail) => $"提交的内容有误，请检查后重试。 The submission has a problem: {detail}";

    public static (string Title, string Message, string English) Refusal(SigningLinkState state) => state switch
    {
        SigningLinkState.Used => ("此链接已使用 · Link already used",
            "您已通过此链接提交过确认，每个链接只能使用一次。如需更改，请联系您的服务顾问。",
            "A decision was already submitted through this link; each link works once. To change it, please contact your service advisor."),
        SigningLinkState.Expired => ("此链接已过期 · Link expired",
            "此链接已超过有效期。请联系您的服务顾问重新发送。", "This link has expired. Please ask your service advisor for a new one."),
        SigningLinkState.Revoked => ("此链接已失效 · Link replaced",
            "服务顾问已发送了新的链接，请使用最新的链接。", "Your service advisor has sent a newer link; please use the latest one."),
        SigningLinkState.Outdated => ("估价已更新 · Estimate changed",
            "此链接对应的估价已更新或已在店内确认，链接不再有效。请联系您的服务顾问。",
            "The estimate behind this link has changed or was already decided at the shop, so the link no longer works. Please contact your service advisor."),
        _ => NotFound,
    };

    public static readonly (string Title, string Message, string English) NotFound = ("链接无效 · Link not valid",
        "找不到此链接，请检查链接是否完整，或联系您的服务顾问。", "This link was not found. Check that it is complete, or contact your service advisor.");

    public static readonly (string Title, string Message, string English) TooManyRequests = ("请稍后再试 · Please wait",
        "请求过于频繁，请一分钟后再试。", "Too many requests; please try again in a minute.");

    public static readonly (string Title, string Message, string English) TooLarge = ("内容过大 · Too large",
        "提交的内容过大，请清除签名后重新签名再提交。", "What was sent is too large; clear the signature, sign again and submit.");

    public static readonly (string Title, string Message, string English) Failed = ("出错了 · Something went wrong",
        "系统暂时无法处理，请稍后再试或联系您的服务顾问。", "We could not process this just now. Please try again later or contact your service advisor.");

    public static string Category(Domain.Guarantees.RepairCategory category) => category switch
    {
        Domain.Guarantees.RepairCategory.VehicleOverhaul => "整车修理 Vehicle overhaul",
        Domain.Guarantees.RepairCategory.AssemblyRepair => "总成修理 Assembly repair",
        Domain.Guarantees.RepairCategory.Level2Maintenance => "二级维护 Level-2 maintenance",
        Domain.Guarantees.RepairCategory.Level1Maintenance => "一级维护 Level-1 maintenance",
        Domain.Guarantees.RepairCategory.SpecialRepair => "专项修理 Special repair",
        _ => "小修 Minor repair",
    };
}
