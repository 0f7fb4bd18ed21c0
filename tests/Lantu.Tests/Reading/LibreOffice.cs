using Lantu.Core.Reading;

namespace Lantu.Tests.Reading;

/// <summary>Converts documents with the real LibreOffice (installed by .ci/run), through the converter the product
/// uses for .doc: a PDF made the way offices make them, or a .doc saved by a real office suite.</summary>
public static class LibreOffice
{
    public static string ConvertToPdf(string inputPath, string outDir) => Convert(inputPath, outDir, "pdf");

    /// <summary>Converts to another format LibreOffice writes (pdf, doc, docx …) and returns the new file's path.</summary>
    public static string Convert(string inputPath, string outDir, string format) =>
        OfficeConverter.Convert(inputPath, outDir, format, TimeSpan.FromMinutes(3));
}
