namespace Lantu.Reports;

/// <summary>Writes a monitoring report (年度监测 / 中期评估 / 总结评估) as .docx, .xlsx or self-contained HTML.</summary>
public static class ReportWriter
{
    public static void Write(ReportModel model, ReportFormat format, Stream output)
    {
        var content = new ReportContent(model);
        var charts = new Dictionary<ReportIndicator, byte[]>(ReferenceEqualityComparer.Instance);
        byte[] Chart(ReportIndicator i) => charts.TryGetValue(i, out var png) ? png : charts[i] = ChartRenderer.Render(i, model.Year);
        switch (format)
        {
            case ReportFormat.Html: HtmlReportWriter.Write(content, output, Chart); break;
            case ReportFormat.Docx: DocxReportWriter.Write(content, output, Chart); break;
            case ReportFormat.Xlsx: XlsxReportWriter.Write(content, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    public static byte[] Write(ReportModel model, ReportFormat format)
    {
        using var ms = new MemoryStream();
        Write(model, format, ms);
        return ms.ToArray();
    }

    /// <summary>File extension for a format: .docx, .xlsx, .html.</summary>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Docx => ".docx",
        ReportFormat.Xlsx => ".xlsx",
        _ => ".html",
    };

    /// <summary>Content type for a format, for downloads.</summary>
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "text/html; charset=utf-8",
    };
}
