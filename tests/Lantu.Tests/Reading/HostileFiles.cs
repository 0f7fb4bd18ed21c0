using System.IO.Compression;
using System.Text;

namespace Lantu.Tests.Reading;

/// <summary>Generates the hostile documents a tester would upload: nested past any real document, zip and PDF
/// bombs, absurd page and line counts. Each is small on disk and expensive only to a reader without limits.</summary>
public static class HostileFiles
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A .docx whose body nests <paramref name="depth"/> tables (or content controls) inside each other.</summary>
    public static byte[] NestedDocx(int depth, bool contentControls = false)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>");
        var (open, close) = contentControls
            ? ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>")
            : ("<w:tbl><w:tr><w:tc>", "<w:p/></w:tc></w:tr></w:tbl>");
        for (int i = 0; i < depth; i++) xml.Append(open);
        xml.Append("<w:p><w:r><w:t>第一章 总体要求</w:t></w:r></w:p>");
        for (int i = 0; i < depth; i++) xml.Append(close);
        xml.Append("</w:body></w:document>");
        return Docx(w => WriteEntry(w, "word/document.xml", xml.ToString()));
    }

    /// <summary>A .docx whose document.xml inflates to about <paramref name="expandedBytes"/> (one paragraph of
    /// spaces); compressed it is a thousandth of that.</summary>
    public static byte[] DocxBomb(long expandedBytes)
    {
        return Docx(w =>
        {
            var entry = w.CreateEntry("word/document.xml", CompressionLevel.Fastest);
            using var s = entry.Open();
            s.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t xml:space=\"preserve\">"));
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < expandedBytes; written += spaces.Length) s.Write(spaces);
            s.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>"));
        });
    }

    /// <summary>A one-page PDF whose content stream inflates to about <paramref name="expandedBytes"/>.</summary>
    public static byte[] PdfBomb(long expandedBytes)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write("BT /F1 12 Tf 72 720 Td (plan) Tj ET\n"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < expandedBytes; written += spaces.Length) z.Write(spaces);
        }
        return Pdf(pageCount: 1, compressed.ToArray());
    }

    /// <summary>A PDF of <paramref name="pageCount"/> pages, all drawing one shared content stream.</summary>
    public static byte[] PdfWithPages(int pageCount)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) z.Write("BT /F1 12 Tf 72 720 Td (plan) Tj ET\n"u8);
        return Pdf(pageCount, compressed.ToArray());
    }

    /// <summary>UTF-8 text of <paramref name="lines"/> one-character lines.</summary>
    public static byte[] ManyLines(int lines)
    {
        var bytes = new byte[lines * 2];
        for (int i = 0; i < bytes.Length; i += 2) { bytes[i] = (byte)'a'; bytes[i + 1] = (byte)'\n'; }
        return bytes;
    }

    private static byte[] Docx(Action<ZipArchive> writeDocument)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            WriteEntry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            writeDocument(zip);
        }
        return stream.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A minimal PDF: catalog (1), page tree (2), a Flate content stream (3), Helvetica (4), then the pages,
    /// each drawing the same content.</summary>
    private static byte[] Pdf(int pageCount, byte[] content)
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Obj(string body) { offsets.Add(pdf.Position); Text($"{offsets.Count} 0 obj\n{body}\nendobj\n"); }
        Text("%PDF-1.4\n");
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(' ', Enumerable.Range(5, pageCount).Select(n => $"{n} 0 R"));
        Obj($"<< /Type /Pages /Kids [{kids}] /Count {pageCount} >>");
        offsets.Add(pdf.Position);
        Text($"3 0 obj\n<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(content);
        Text("\nendstream\nendobj\n");
        Obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < pageCount; i++)
            Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>");
        long xref = pdf.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Text($"{o:D10} 00000 n \n");
        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
