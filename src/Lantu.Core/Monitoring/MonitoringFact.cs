namespace Lantu.Core.Monitoring;

/// <summary>
/// A published value of an indicator (a row of samples/monitoring/monitoring-facts.csv): the region, the indicator in
/// common wording, year, value and unit as published, whether the source gives it as a preliminary estimate (预计),
/// the grade of the source (A official publication, B news reporting an official figure, C a secondary copy) and the
/// publication. <see cref="Row"/> is the CSV row number (the header is row 1).
/// </summary>
public sealed record MonitoringFact(int Row, string Region, string Indicator, int Year, double Value, string Unit, bool Estimate, char Grade, string Source)
{
    public string GradeLabel => Grade switch
    {
        'A' => "A 官方发布",
        'B' => "B 媒体转述官方数据",
        _ => "C 二手转载",
    };
}
