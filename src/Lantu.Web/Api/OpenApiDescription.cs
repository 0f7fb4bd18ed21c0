using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lantu.Web.Api;

/// <summary>
/// The OpenAPI description (/openapi/v1.json) complete enough to drive a client and lint clean with Redocly's
/// recommended rules (issue 17 item 9): HTTP Basic declared and applied to the operations that need it (the others
/// say explicitly that they need nothing), 4xx answers documented as problem+json, an operationId on every operation,
/// tag descriptions, and servers from configuration (never from the Host header).
/// </summary>
public static class OpenApiDescription
{
    public const string BasicScheme = "basicAuth", ProblemSchema = "Problem";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["plans"] = "规划目录、目录结构、专栏、名词解释与原文行",
        ["monitoring"] = "监测指标、年度进度与规划间指标比对",
        ["open-data"] = "开放数据下载（CSV、JSON、Excel）",
        ["search"] = "规划全文检索",
        ["relations"] = "规划衔接（上位规划、下位规划、同级规划）",
        ["tasks"] = "重点任务与重大项目",
        ["approved"] = "已批准的填报值（公开）",
        ["workflow"] = "填报、审核、分工、规划调整与审计日志（工作人员，HTTP Basic）",
    };

    public static void Configure(OpenApiOptions o, string? publicUrl)
    {
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "蓝图 Lantu 规划数据 API";
            doc.Info.Description = "规划目录、目录结构、专栏、名词解释与原文行（JSON 字段名与 `lantu … --json` 相同）。写操作需 HTTP Basic 认证（工作人员账号，按角色授权）。";
            doc.Servers = [new OpenApiServer { Url = publicUrl ?? "/", Description = "蓝图 Lantu 门户" }];
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes[BasicScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "basic",
                Description = "工作人员账号（用户名和密码）；按角色授权。连续失败的登录会被限流（429）并锁定账号。",
            };
            doc.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            doc.Components.Schemas[ProblemSchema] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "RFC 9457 problem details",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                    ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            };
            foreach (var tag in doc.Tags ?? new HashSet<OpenApiTag>())
                if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description)) tag.Description = description;
            return Task.CompletedTask;
        });

        o.AddOperationTransformer((op, context, _) =>
        {
            var description = context.Description;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            op.OperationId ??= OperationId(description.HttpMethod ?? "get", description.RelativePath ?? "");
            // An empty requirement says "no credentials needed" (Redocly's security-defined rule wants it said).
            op.Security = secured
                ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BasicScheme, context.Document)] = [] }]
                : [new OpenApiSecurityRequirement()];
            op.Responses ??= new OpenApiResponses();
            if (!op.Responses.Keys.Any(k => k.StartsWith('2'))) op.Responses["200"] = new OpenApiResponse { Description = "成功" };
            Problem(op, "400", "请求无效（如参数超出范围、内容有误）");
            if (secured)
            {
                Problem(op, "401", "需要 HTTP Basic 认证，或用户名、密码不正确");
                Problem(op, "403", "账号的角色或部门不允许此操作（未作任何更改）");
                Problem(op, "429", "失败的登录过多，请稍后再试");
            }
            if ((description.RelativePath ?? "").Contains('{')) Problem(op, "404", "规划或对象不存在");
            return Task.CompletedTask;
        });
    }

    private static void Problem(OpenApiOperation op, string status, string text)
    {
        if (op.Responses!.ContainsKey(status)) return;
        op.Responses[status] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema) },
            },
        };
    }

    /// <summary>get + api/plans/{id}/progress → getApiPlansIdProgress (unique: method and route are).</summary>
    public static string OperationId(string method, string route)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var word in route.Split(['/', '{', '}', '.', '-', ':', '_'], StringSplitOptions.RemoveEmptyEntries))
            id.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
        return id.ToString();
    }
}
