using System.Text;

namespace WorkshopAdvisor.Api.Features.Documents;

/// <summary>
/// An amount written in capitals (大写金额), as Chinese receipts carry it beside the figures, after the People's Bank
/// rules for filling in bills: 壹 to 玖 with 拾佰仟 inside a group of four digits and 万, 亿 between groups; 元, 角,
/// 分; 整 when no 分 follows; one 零 for a run of zeros inside the number, after 元 when 角 is zero and 分 is not, and
/// before 角 when the yuan end in zero (壹仟元零伍角整), so that nothing can be written in between.
/// </summary>
public static class ChineseAmount
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] Places = ["", "拾", "佰", "仟"];
    private static readonly string[] Groups = ["", "万", "亿", "万亿"];

    /// <summary>¥1,486.50 → 壹仟肆佰捌拾陆元伍角整; ¥0 → 零元整; ¥0.05 → 伍分.</summary>
    public static string InCapitals(decimal amount)
    {
        if (amount < 0 || amount >= 10_000_000_000_000_000m || decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "a non-negative amount in fen below 10^16 yuan");
        }
        var fen = (long)(amount * 100);
        var (yuan, jiao, cents) = (fen / 100, (int)(fen / 10 % 10), (int)(fen % 10));
        if (fen == 0)
        {
            return "零元整";
        }
        var text = new StringBuilder();
        if (yuan > 0)
        {
            text.Append(Integer(yuan)).Append('元');
        }
        if (jiao > 0)
        {
            if (yuan % 10 == 0 && yuan > 0)
            {
                text.Append('零');
            }
            text.Append(Digits[jiao]).Append('角');
        }
        else if (cents > 0 && yuan > 0)
        {
            text.Append('零');
        }
        return cents > 0 ? text.Append(Digits[cents]).Append('分').ToString() : text.Append('整').ToString();
    }

    private static string Integer(long value)
    {
        var groups = new List<int>();
        for (; value > 0; value /= 10_000)
        {
            groups.Add((int)(value % 10_000));
        }
        var text = new StringBuilder();
        var zeroPending = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            if (groups[g] == 0)
            {
                zeroPending = text.Length > 0;
                continue;
            }
            if (zeroPending || (text.Length > 0 && groups[g] < 1_000))
            {
                text.Append('零');
            }
            zeroPending = false;
            text.Append(Group(groups[g])).Append(Groups[g]);
        }
        return text.ToString();
    }

    /// <summary>1 to 9999: 壹仟零壹拾, 壹佰, 壹拾.</summary>
    private static string Group(int group)
    {
        var text = new StringBuilder();
        var zero = false;
        for (var (place, power) = (3, 1_000); place >= 0; place--, power /= 10)
        {
            var digit = group / power % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }
            if (zero)
            {
                text.Append('零');
                zero = false;
            }
            text.Append(Digits[digit]).Append(Places[place]);
        }
        return text.ToString();
    }
}
