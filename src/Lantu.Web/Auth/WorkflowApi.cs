using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Tasks;
using Lantu.Web.Api;
using Lantu.Web.Services;

namespace Lantu.Web.Auth;

/// <summary>
/// REST endpoints of the workflow: public approved values; for staff (HTTP Basic, any role — the services decide):
/// submissions, approval, return, assignments, target revisions, what is due from one's department, the audit log.
/// Refusals: 401 without valid credentials, 403 when the role or department does not allow it (nothing changed),
/// 409 when the record's state does not allow it, 400 for invalid input, 404 for an unknown plan or target.
/// </summary>
public static class WorkflowApi
{
    public sealed record SubmissionRequest(long PlanId, string? TargetKind, string? TargetKey, int Year, string? Value, string? Note, bool Submit = true, int Quarter = 0, string? Source = null);
    public sealed record EditRequest(string? Value, string? Note, bool Submit = true, string? Source = null);
    public sealed record DecisionRequest(string? Reason);
    public sealed record AssignmentRequest(long PlanId, string? TargetKind, string? TargetKey, string? Lead, List<string>? Cooperating);
    public sealed record RevisionRequest(long PlanId, string? TargetKind, string? TargetKey, string? Target, DateOnly ValidFrom, string? Decision, string? OriginalTarget);
    public sealed record ApprovedValue(long PlanId, string TargetKind, string TargetKey, int Year, string Value, string Note, string? Department, string? ApprovedAt, int Quarter, string? Source);

    public static void MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api").WithTags("approved");
        open.MapGet("/approved", (SubmissionWorkflow workflow, long? plan, int? year) =>
                TypedResults.Ok(workflow.Approved(plan, year)
                    .Select(s => new ApprovedValue(s.PlanId, s.TargetKind, s.TargetKey, s.Year, s.Value, s.Note, s.Department, s.DecidedAt, s.Quarter, s.Source)).ToList()))
            .WithName("ApprovedValues").WithSummary("已批准的填报值（公开；草稿、待审核和退回的值不公开）");

        var staff = app.MapGroup("/api").WithTags("workflow").RequireAuthorization(StaffPolicies.ApiUser).DisableAntiforgery().MapRefusals();

        staff.MapPost("/submissions", (SubmissionRequest r, HttpContext http, SubmissionWorkflow workflow) =>
            {
                var s = workflow.Create(http.ToActor(),
                    new SubmissionInput(r.PlanId, r.TargetKind ?? "", r.TargetKey ?? "", r.Year, r.Value ?? "", r.Note ?? "", r.Quarter, r.Source), r.Submit);
                return TypedResults.Created($"/api/submissions/{s.Id}", s);
            })
            .WithSummary("填报（部门填报员：仅限本部门牵头或配合的任务/指标）");

        staff.MapPut("/submissions/{id:long}", (long id, EditRequest r, HttpContext http, SubmissionWorkflow workflow) =>
                TypedResults.Ok(workflow.Edit(http.ToActor(), id, r.Value ?? "", r.Note ?? "", r.Submit, r.Source)))
            .WithSummary("修改本部门的草稿或被退回的填报");

        staff.MapPost("/submissions/{id:long}/approve", (long id, HttpContext http, SubmissionWorkflow workflow) =>
                TypedResults.Ok(workflow.Approve(http.ToActor(), id)))
            .WithSummary("批准（审核员）");

        staff.MapPost("/submissions/{id:long}/return", (long id, DecisionRequest r, HttpContext http, SubmissionWorkflow workflow) =>
                TypedResults.Ok(workflow.Return(http.ToActor(), id, r.Reason ?? "")))
            .WithSummary("退回并说明理由（审核员）");

        staff.MapGet("/submissions", (HttpContext http, SubmissionWorkflow workflow, string? status, long? plan, int? year) =>
            {
                var actor = http.ToActor();
                // Reporters see their own department's submissions only; everyone else with a staff role sees all.
                var department = actor.Role == Roles.Reporter ? actor.Department ?? "\0" : null;
                return TypedResults.Ok(workflow.List(status, plan, department, year));
            })
            .WithSummary("填报列表（部门填报员只看到本部门的）");

        staff.MapGet("/due", (HttpContext http, TaskStore tasks, SubmissionWorkflow workflow, Assignments assignments, long plan, int year) =>
            {
                var actor = http.ToActor();
                if (actor.Department is null) throw new AccessDeniedException("账号没有所属部门");
                return TypedResults.Ok(Due.For(tasks, workflow, assignments, actor.Department, plan, year));
            })
            .WithSummary("本部门在某年需要填报的任务和指标");

        staff.MapPost("/assignments", (AssignmentRequest r, HttpContext http, Assignments assignments, PlanCatalog catalog) =>
            {
                var result = assignments.Assign(http.ToActor(), r.PlanId, r.TargetKind ?? "", r.TargetKey ?? "", r.Lead, r.Cooperating ?? []);
                catalog.Invalidate();
                return TypedResults.Ok(result);
            })
            .WithSummary("设定牵头单位和配合单位（规划人员）");

        staff.MapPost("/revisions", (RevisionRequest r, HttpContext http, TargetRevisions revisions) =>
                TypedResults.Ok(revisions.Revise(http.ToActor(), r.PlanId, r.TargetKind ?? "", r.TargetKey ?? "", r.Target ?? "",
                    r.ValidFrom, r.Decision ?? "", r.OriginalTarget)))
            .WithSummary("规划调整：记录批准文件和生效日期，保留原目标（规划人员）");

        staff.MapGet("/audit", (HttpContext http, AuditLog audit, int? limit) =>
            {
                AccountStore.Require(http.ToActor(), Roles.Admin, Roles.Reviewer);
                return TypedResults.Ok(audit.List(Math.Clamp(limit ?? 500, 1, 10_000)));
            })
            .WithSummary("审计日志（管理员、审核员）");
    }
}

/// <summary>What a department has to report in a plan for a year: each task or indicator it leads or cooperates on,
/// with the latest submission of that year (if any).</summary>
public static class Due
{
    public sealed record DueItem(string TargetKind, string TargetKey, string Title, string? Lead, IReadOnlyList<string> Cooperating, bool Leads,
        Submission? Latest, string? Milestone);

    public static IReadOnlyList<DueItem> For(TaskStore taskStore, SubmissionWorkflow workflow, Assignments assignments, string department, long planId, int year)
    {
        var tasks = taskStore.List(planId).ToDictionary(t => t.Key);
        var submissions = workflow.List(null, planId, null, year)
            .GroupBy(s => (s.TargetKind, s.TargetKey)).ToDictionary(g => g.Key, g => g.First()); // newest first
        return assignments.Of(planId, department).Select(a =>
        {
            tasks.TryGetValue(a.Key, out var t);
            return new DueItem(a.Kind, a.Key, t?.Title ?? a.Key, a.Who.Lead, a.Who.Cooperating, a.Who.Lead == department,
                submissions.GetValueOrDefault((a.Kind, a.Key)), t?.Milestones.FirstOrDefault(m => m.Year == year)?.Target);
        }).ToList();
    }
}
