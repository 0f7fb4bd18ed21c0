using Lantu.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantu.Web.Api;

/// <summary>
/// Routes about one plan: a group under <c>{prefix}/{id:long}</c> whose endpoints run only when the plan exists; any
/// other id is answered here, once, with a 404 problem.
/// </summary>
public static class PlanRoutes
{
    public static RouteGroupBuilder MapPlanGroup(this IEndpointRouteBuilder app, string prefix)
    {
        var group = app.MapGroup(prefix + "/{id:long}");
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var id = long.Parse((string)http.Request.RouteValues["id"]!, System.Globalization.CultureInfo.InvariantCulture);
            return http.RequestServices.GetRequiredService<PlanCatalog>().Find(id) is null ? NotFound(id) : await next(context);
        });
        group.ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>The answer for a plan id that names no plan.</summary>
    public static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(Lantu.Storage.PlanNotFoundException.NoPlan(id).Message, statusCode: StatusCodes.Status404NotFound);
}
