namespace WorkshopAdvisor.DataGenerator;

/// <summary>Names, places and cars as a north-China 4S store's archive would hold them.</summary>
internal static class ChineseNames
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "红梅", "子涵", "浩然", "雨桐"];
    private static readonly string[] Districts = ["朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区", "昌平区", "大兴区", "顺义区"];
    private static readonly string[] Streets = ["建国路", "中关村大街", "望京街", "安立路", "学院路", "京顺路", "长安街", "广渠路"];

    public static readonly (string Model, string EngineCode)[] Models =
    [
        ("大众 帕萨特 330TSI", "DKV"), ("大众 迈腾 380TSI", "DKX"), ("奥迪 A4L 40TFSI", "DTA"), ("奥迪 Q5L 45TFSI", "DKW"),
        ("丰田 凯美瑞 2.5L", "A25A"), ("本田 雅阁 1.5T", "L15B"), ("别克 GL8 2.0T", "LTG"), ("宝马 3系 320Li", "B48"),
        ("比亚迪 汉 EV", "TZ220"), ("比亚迪 宋 PLUS DM-i", "BYD472"), ("日产 轩逸 1.6L", "HR16"), ("福特 蒙迪欧 2.0T", "CAF"),
    ];

    public static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    public static string Address(Random random) =>
        $"北京市{Districts[random.Next(Districts.Length)]}{Streets[random.Next(Streets.Length)]}{random.Next(1, 300)}号";
}
