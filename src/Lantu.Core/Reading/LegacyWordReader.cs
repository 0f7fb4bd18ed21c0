using Lantu.Core.Model;

namespace Lantu.Core.Reading;

/// <summary>
/// Word 97-2003 (.doc), WPS and Rich Text (.rtf) files, still common among government documents, through LibreOffice when it is
/// installed (<see cref="OfficeConverter"/>): converted to .docx in a scratch directory and read like any .docx.
/// Without LibreOffice the file is refused with a message saying what to do.
/// </summary>
public static class LegacyWordReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static SourceDocument Read(byte[] bytes, string fileName, ReadBudget budget)
    {
        if (OfficeConverter.Find() is null)
            throw new DocumentReadException(fileName,
                "这是旧版 Word 97-2003 (.doc) 或 WPS 文件；本机未安装 LibreOffice，无法转换，请另存为 .docx 后导入 " +
                "(legacy .doc needs LibreOffice to convert it; install libreoffice-writer or save the file as .docx)");
        var dir = Directory.CreateTempSubdirectory("lantu-doc-").FullName;
        try
        {
            var input = Path.Combine(dir, "input.doc");
            File.WriteAllBytes(input, bytes);
            string output;
            try { output = OfficeConverter.Convert(input, dir, "docx", Timeout); }
            catch (TimeoutException) { throw new DocumentReadException(fileName, "LibreOffice 转换超时 (conversion of the .doc timed out)"); }
            catch (InvalidOperationException e)
            {
                throw new DocumentReadException(fileName, $"无法将该文件转换为 .docx，可能不是 Word 文档或已损坏 ({e.Message})", e);
            }
            var docx = DocxReader.Read(File.ReadAllBytes(output), fileName, budget);
            return new SourceDocument(fileName, "doc", "doc", docx.Lines);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
