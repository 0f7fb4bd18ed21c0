using Lantu.Core;
using Lantu.Core.Model;
using Lantu.Core.Reading;

namespace Lantu.Web.Services;

/// <summary>
/// Plan uploads are read and parsed off the request thread, a few at a time: at most <see cref="Concurrent"/> parses
/// run at once (half the cores), an upload that finds them busy for <see cref="QueueWait"/> is answered 503 with
/// Retry-After, so uploads cannot starve the portal. Each read runs within <see cref="ReadLimits"/> and stops when the
/// client goes away (HttpContext.RequestAborted) or the <see cref="Deadline"/> passes (issue 17 item 7).
/// </summary>
public sealed class UploadGate : IDisposable
{
    public static readonly int Concurrent = Math.Max(1, Environment.ProcessorCount / 2);
    public static readonly TimeSpan QueueWait = TimeSpan.FromSeconds(2);
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(120);
    public ReadLimits Limits { get; init; } = ReadLimits.Default;

    private readonly SemaphoreSlim _slots = new(Concurrent);

    public sealed record Outcome(StructuredPlan? Plan, string? Error, int Status);

    public async Task<Outcome> Parse(byte[] bytes, string fileName, CancellationToken aborted)
    {
        if (!await _slots.WaitAsync(QueueWait, aborted))
            return new(null, "正在处理其他上传，请稍后再试 (busy: too many uploads being parsed)", StatusCodes.Status503ServiceUnavailable);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            deadline.CancelAfter(Deadline);
            try
            {
                var plan = await Task.Run(() =>
                {
                    var parsed = PlanParser.Parse(DocumentReader.Read(bytes, fileName, Limits, deadline.Token));
                    // Parsing does not watch the token: a document read in time but parsed past the deadline is refused
                    // too (on a busy machine the deadline's timer may fire only after the read has finished).
                    deadline.Token.ThrowIfCancellationRequested();
                    return parsed;
                }, deadline.Token);
                return new(plan, null, StatusCodes.Status200OK);
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                return new(null, $"文档处理超过 {Deadline.TotalSeconds:0} 秒，已停止 (reading took longer than the deadline)", StatusCodes.Status422UnprocessableEntity);
            }
            catch (DocumentReadException e) { return new(null, e.Message, StatusCodes.Status400BadRequest); }
        }
        finally { _slots.Release(); }
    }

    public void Dispose() => _slots.Dispose();
}
