namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// What the customer agrees to by signing the work order, when the shop has not configured its own
/// wording (Shop:WorkOrderTerms). The order's own figures (ceiling, guarantee, old parts) are printed in
/// its fields; these clauses say what they mean.
/// </summary>
public static class WorkOrderTerms
{
    public static readonly IReadOnlyList<string> Default =
    [
        "本单所列项目经客户签字确认后方可施工；只收取客户确认项目的费用。维修中发现的增项须另行报价，经客户确认后方可施工。"
            + " Work starts only on the items approved here, and only approved items are charged. Extra work found during the repair is priced separately and done only after the customer approves it.",
        "本单注明费用上限的，结算金额不超过该上限。"
            + " Where a ceiling is stated, the bill will not exceed it.",
        "更换下的旧件，客户要求带走的，交车时一并交还。"
            + " Replaced parts are handed back at handover if the customer asked to keep them.",
        "贵重物品请随身带走；车内遗留的贵重物品本店不负保管责任。"
            + " Please take valuables out of the car; the shop does not take charge of valuables left in it.",
        "质量保证期自交车之日起计算，按行驶里程或日数以先到者为准；保证期内因维修质量造成的故障本店免费返修。"
            + " The quality guarantee runs from handover, by distance or days, whichever comes first; a fault caused by the repair within it is repaired free.",
        "如不能按约定时间完工，本店将在约定时间前告知客户原因及新的完工时间。"
            + " If the car cannot be ready on time, the shop tells the customer why and when, before the promised time.",
    ];
}
