using Lantu.Storage;
using Lantu.Storage.Accounts;

namespace Lantu.Web.Api;

/// <summary>
/// The services' refusals as HTTP answers, in one place for the API: 403 when the role or department does not allow
/// it, 409 when the record's state does not, 404 for an unknown plan, 400 for invalid input.
/// </summary>
public static class Refusals
{
    public static TBuilder MapRefusals<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try { return await next(context); }
            catch (Exception e) when (Answer(e) is { } answer) { return answer; }
        });

    /// <summary>The problem answer for a refusal, or null for any other exception.</summary>
    public static IResult? Answer(Exception e) => e switch
    {
        AccessDeniedException => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: "无权操作"),
        WorkflowException => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "当前状态不允许此操作"),
        PlanNotFoundException => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status404NotFound),
        ArgumentException => TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "输入无效"),
        _ => null,
    };
}
