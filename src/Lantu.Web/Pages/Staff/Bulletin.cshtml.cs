using System.Security.Cryptography;
using Lantu.Application.Monitoring;
using Lantu.Core.Bulletins;
using Lantu.Core.Reading;
using Lantu.Web.Auth;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantu.Web.Pages.Staff;

/// <summary>
/// A statistical bulletin (统计公报) or government work report (政府工作报告) read against a plan: upload it, see each
/// proposed value with its sentence and line, tick the right ones and accept them (<see cref="BulletinService"/>:
/// validated, stored as observations, each in the audit log). The uploaded file is kept under its SHA-256 in a scratch
/// folder until accepted, and the accepted values are read from it again: the form only says which proposals were
/// ticked, never the values themselves. Planners and administrators.
/// </summary>
[Authorize(Policy = StaffPolicies.Upload)]
public sealed class BulletinModel(PlanCatalog catalog, PortalSettings settings, BulletinService bulletins) : StaffPageModel(catalog)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public BulletinReading? Reading { get; private set; }
    public string? FileName { get; private set; }
    public string? Document { get; private set; }
    public IReadOnlyList<Lantu.Storage.Monitoring.Observation> Stored { get; private set; } = [];

    private static string Scratch => Path.Combine(Path.GetTempPath(), "lantu-bulletins");

    public void OnGet() => Load();

    public async Task<IActionResult> OnPostReadAsync(IFormFile? file)
    {
        Load();
        if (Current is not { } p) return NotFound();
        if (file is null || file.Length == 0) return Invalid("请选择统计公报或政府工作报告文件（.txt、.docx、.pdf、.html）");
        if (file.Length > settings.MaxUploadBytes) return Invalid($"文件过大（最多 {settings.MaxUploadBytes / 1024 / 1024} MB）");
        if (Year is int y && y is < 1949 or > 2100) return Invalid($"年份 {y} 无效");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms);
        var bytes = ms.ToArray();
        FileName = Path.GetFileName(file.FileName);
        try { Reading = bulletins.Propose(p.Id, bytes, FileName, Year); }
        catch (DocumentReadException e) { return Invalid(e.Message); }
        Directory.CreateDirectory(Scratch);
        Document = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await System.IO.File.WriteAllBytesAsync(Path.Combine(Scratch, Document), bytes);
        return Page();
    }

    public IActionResult OnPostAccept(string? document, string? fileName, int[]? accept)
    {
        Load();
        if (Current is not { } p) return NotFound();
        if (document is null || document.Length != 64 || !document.All(Uri.IsHexDigit)) return Invalid("缺少已上传的文件，请重新上传");
        var path = Path.Combine(Scratch, document.ToLowerInvariant());
        if (!System.IO.File.Exists(path)) return Invalid("已上传的文件已过期，请重新上传");
        FileName = Path.GetFileName(fileName ?? "公报");
        var reading = bulletins.Propose(p.Id, System.IO.File.ReadAllBytes(path), FileName, Year);
        var chosen = (accept ?? []).Distinct().Where(i => i >= 0 && i < reading.Proposals.Count).Select(i => reading.Proposals[i]).ToList();
        if (chosen.Count == 0)
        {
            (Reading, Document) = (reading, document);
            return Invalid("请至少勾选一个建议值");
        }
        return Attempt(() =>
        {
            Stored = bulletins.Accept(HttpContext.ToActor(), p.Id, FileName, chosen);
            System.IO.File.Delete(path);
            return $"已记录 {Stored.Count} 个数值（来源：{FileName}），审计日志已记录";
        });
    }

    private IActionResult Invalid(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
