namespace Lantu.Web.Services;

/// <summary>
/// Reads a multipart form before its endpoint does, so that an upload over <see cref="PortalSettings.MaxUploadBytes"/>
/// — a file over the form's limit, or a body over Kestrel's request limit, declared or sent chunked — is answered 413
/// (problem+json on the API, the status page naming the limit for people) instead of the 400 that model binding makes
/// of it (issue 17). Runs after authorization, so no form is parsed for a caller who may not post it.
/// </summary>
public static class UploadLimit
{
    public const string Message = nameof(UploadLimit);

    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        // The status page is re-executed with the same request: it is shown, not refused again.
        if (context.Items.ContainsKey(Message) || !request.HasFormContentType
            || !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)) { await next(); return; }
        try { await request.ReadFormAsync(context.RequestAborted); }
        catch (Exception e) when (TooLarge(e))
        {
            var limit = context.RequestServices.GetRequiredService<PortalSettings>().MaxUploadBytes;
            var message = $"文件过大：超过 {(limit >= 1 << 20 ? $"{limit >> 20} MB" : $"{limit >> 10} KB")} 的上限 (upload too large)";
            if (request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(title: "无法导入该文件", detail: message, statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }
            context.Items[Message] = message;
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge; // the status page shows the message
            return;
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            // A malformed or broken-off body: the endpoint reads it again and answers as it always did.
        }
        await next();
    });

    /// <summary>The form's part limit (InvalidDataException "… limit … exceeded") or Kestrel's body limit (413).</summary>
    private static bool TooLarge(Exception e) =>
        e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
        || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
}
