using Lantu.Core.Reading;

namespace Lantu.Core.Bulletins;

/// <summary>
/// The text lines of a bulletin or report in any format <see cref="DocumentReader"/> reads (text, saved web pages in
/// UTF-8 or GBK as statistics bureaus serve them, .docx, .pdf, .doc), within its read limits. Traditional characters
/// are left as they are: the bulletin reader converts them, so that the lines shown stay the document's own.
/// </summary>
public static class BulletinDocument
{
    public static IReadOnlyList<string> ReadFile(string path) => DocumentReader.ReadFile(path).Lines;

    public static IReadOnlyList<string> Read(byte[] bytes, string fileName) => DocumentReader.Read(bytes, fileName).Lines;
}
