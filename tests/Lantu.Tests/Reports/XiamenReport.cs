using Lantu.Core.Monitoring;
using Lantu.Reports;

namespace Lantu.Tests.Reports;

/// <summary>
/// A realistic report model built by hand from sample plan 000 (厦门 十四五 纲要, 专栏 2) with plausible observations
/// 2021–2023. Expected statuses in 2023 are worked out in the comments (docs/METHODOLOGY.md).
/// </summary>
public static class XiamenReport
{
    public const string Title = "厦门市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要";

    private static Dictionary<int, double> Obs(params double[] v2021On) =>
        v2021On.Select((v, i) => (Year: 2021 + i, v)).ToDictionary(p => p.Year, p => p.v);

    public static ReportBuilder Builder(int year = 2023, string? gdpName = null) => new ReportBuilder(Title, "厦门市", 2021, 2025, year)
        // Range 7–7.5, higher is better: 2023 6.5/7 = 0.93 → 滞后.
        .Indicator("经济发展", gdpName ?? "地区生产总值增长", "%", "预期性", "5.7", "7-7.5",
            new TargetSpec { Form = TargetForm.Range, Min = 7, Max = 7.5, Printed = "7-7.5" }, Obs(8.1, 4.4, 6.5), 536)
        // Level 89.2 → 89.5: 89.6 ≥ target → 已完成/超前.
        .Indicator("经济发展", "常住人口城镇化率", "%", "预期性", "89.2", "89.5",
            new TargetSpec { Form = TargetForm.Level, BaseValue = 89.2, Value = 89.5 }, Obs(89.4, 89.4, 89.6), 540)
        // No base value printed (—): 3.3 < 3.5 → 无法评估.
        .Indicator("创新驱动", "研发经费投入强度", "%", "预期性", "—", "3.5",
            new TargetSpec { Form = TargetForm.Level, Value = 3.5 }, Obs(3.1, 3.2, 3.3), 544)
        // 15.37 → 21.47: 2023 path 19.03; (18.2 − 15.37)/3.66 = 0.77 → 滞后.
        .Indicator("创新驱动", "每万人口高价值发明专利拥有量", "件", "预期性", "15.37", "21.47",
            new TargetSpec { Form = TargetForm.Level, BaseValue = 15.37, Value = 21.47 }, Obs(16.5, 17.6, 18.2), 546)
        // 累计提高3个百分点: 2023 path 1.8; 1.2/1.8 = 0.67 → 严重滞后.
        .Indicator("创新驱动", "数字经济核心产业增加值占地区生产总值比重", "%", "预期性", "—", "累计提高3个百分点",
            new TargetSpec { Form = TargetForm.CumulativeChange, Value = 3 }, Obs(0.5, 1.0, 1.2), 551)
        // 80.89 → 81.6: 2023 path 81.316; 81.4 → 符合序时进度.
        .Indicator("民生福祉", "人均预期寿命", "岁", "预期性", "80.89", "81.6",
            new TargetSpec { Form = TargetForm.Level, BaseValue = 80.89, Value = 81.6 }, Obs(81.0, 81.2, 81.4), 560)
        // 约束性 12.3 → 13.5: 2023 path 13.02; 0.68/0.72 = 0.94 ≥ 0.9 → 滞后.
        .Indicator("民生福祉", "劳动年龄人口平均受教育年限", "年", "约束性", "12.3", "13.5",
            new TargetSpec { Form = TargetForm.Level, BaseValue = 12.3, Value = 13.5 }, Obs(12.5, 12.7, 12.98), 562)
        // Relative target → 无法评估.
        .Indicator("民生福祉", "居民人均可支配收入增长", "%", "预期性", "4.1", "与经济增长基本同步",
            new TargetSpec { Form = TargetForm.Unassessable, Reason = "相对目标（与经济增长基本同步），没有可比较的数值" }, Obs(7.8, 5.1, 5.9), 564)
        // Five-year total [60]: 37.1 by 2023 against 36 → 符合序时进度; forecast 37.1 + 12.37 × 2 = 61.8 ≥ 60.
        .Indicator("民生福祉", "城镇新增就业人数", "万人", "预期性", "—", "[60]",
            new TargetSpec { Form = TargetForm.CumulativeTotal, Value = 60 }, Obs(13.2, 11.5, 12.4))
        // Delegated (完成省下达任务), 约束性 → 无法评估.
        .Indicator("绿色生态", "单位地区生产总值能源消耗降低", "%", "约束性", "—", "完成省下达任务",
            new TargetSpec { Form = TargetForm.Unassessable, Reason = "目标为完成省下达任务，以省下达的年度目标考核" }, new Dictionary<int, double>(), 577)
        // Bound >97.5, 约束性: 98.9 → 符合序时进度 (the bound is met before the target year).
        .Indicator("绿色生态", "空气质量优良天数比例", "%", "约束性", "97.9", ">97.5",
            new TargetSpec { Form = TargetForm.Bound, Value = 97.5 }, Obs(98.6, 98.4, 98.9), 586)
        // 80 → 83.3, 约束性: 85 ≥ 83.3 → 已完成/超前.
        .Indicator("绿色生态", "地表水达到或好于Ⅲ类水体比例", "%", "约束性", "80", "83.3",
            new TargetSpec { Form = TargetForm.Level, BaseValue = 80, Value = 83.3 }, Obs(82.1, 83.0, 85.0), 588)
        // Bound ≥40, 约束性: 41.5 → 符合序时进度.
        .Indicator("绿色生态", "森林覆盖率", "%", "约束性", "41.72", ">40",
            new TargetSpec { Form = TargetForm.Bound, Value = 40 }, Obs(41.7, 41.6, 41.5), 590)
        .Box(3, "创新平台载体重点项目", ["嘉庚创新实验室", "厦门大学国家集成电路产教融合创新平台", "生物制品技术创新实验室", "检验检测高技术服务业集聚区"])
        .Box(11, "主动服务新发展格局重点项目", ["国家物流枢纽工程", "消费商圈"]);

    public static ReportModel Model(int year = 2023) => Builder(year).Build(new DateTimeOffset(2024, 3, 15, 9, 30, 0, TimeSpan.FromHours(8)));
}
