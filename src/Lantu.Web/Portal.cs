using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Lantu.Application;
using Lantu.Application.Samples;
using Lantu.Core.Model;
using Lantu.Storage;
using Lantu.Web.Api;
using Lantu.Web.Auth;
using Lantu.Web.Caching;
using Lantu.Reports;
using Lantu.Web.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace Lantu.Web;

/// <summary>The web portal and REST API: builds a configured <see cref="WebApplication"/> over one plan database.</summary>
public static class Portal
{
    public const string StaffPolicy = StaffPolicies.Staff, ApiWritePolicy = StaffPolicies.ApiUpload;

    /// <summary>Builds the portal. <paramref name="configure"/> may adjust the builder (tests use the test server).</summary>
    public static WebApplication Build(PortalSettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        if (settings.Urls is not null) builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes + 1024 * 1024);
        // A singleton that captured a request's session (or store) would share one connection across requests: refused at start.
        builder.Host.UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; });
        configure?.Invoke(builder);

        var config = builder.Configuration;
        // Host filtering (ASP.NET Core's, from "AllowedHosts"): any other Host header is a 400 before anything runs.
        config["AllowedHosts"] = settings.AllowedHosts ?? config["LANTU_ALLOWED_HOSTS"] ?? PortalSettings.LoopbackHosts;
        var publicUrl = PublicAddress.Parse(settings.PublicUrl ?? config["LANTU_PUBLIC_URL"]);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton(new UploadGate { Deadline = settings.UploadDeadline });
        services.AddSingleton<SignInMemory>();
        services.AddScoped<SignInService>();
        services.AddLantuStorage(settings.Database).AddLantuServices();
        services.AddScoped<PlanReport>();
        services.AddMemoryCache(o => o.SizeLimit = 256);
        services.AddScoped<PlanCatalog>();
        services.AddPortalCaching();
        // Chinese text is written as is (not as &#x...; escapes); markup characters are always escaped.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = settings.MaxUploadBytes);
        services.ConfigureHttpJsonOptions(o =>
        {
            var s = o.SerializerOptions;
            s.PropertyNamingPolicy = LantuJson.Options.PropertyNamingPolicy;
            s.Encoder = LantuJson.Options.Encoder;
            s.WriteIndented = LantuJson.Options.WriteIndented;
            foreach (var c in LantuJson.Options.Converters) s.Converters.Add(c);
            s.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        });
        services.AddProblemDetails();
        services.AddOpenApi(o => OpenApiDescription.Configure(o, publicUrl));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/staff/login";
                o.LogoutPath = "/staff/logout";
                o.Cookie.Name = "lantu.staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever the portal is served over HTTPS
                // A signed-in account without the role gets 403 (not a redirect to the login page).
                o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
                o.Events.OnValidatePrincipal = StaffPolicies.ValidateSession;
                // The login redirect is relative (or based on the configured public address), never built from Host.
                o.Events.OnRedirectToLogin = c => { c.Response.Redirect(PublicAddress.Local(publicUrl, c.RedirectUri)); return Task.CompletedTask; };
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);
        StaffPolicies.Add(services.AddAuthorizationBuilder());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "lantu.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", StaffPolicy);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
        }).AddApplicationPart(typeof(Portal).Assembly);

        var app = builder.Build();
        // The configured administrator (settings or LANTU_ADMIN_USER / LANTU_ADMIN_PASSWORD) only bootstraps the first one.
        using (var scope = app.Services.CreateScope())
            StaffPolicies.Bootstrap(scope.ServiceProvider.GetRequiredService<SignInService>(),
                settings.AdminUser ?? config["LANTU_ADMIN_USER"], settings.AdminPassword ?? config["LANTU_ADMIN_PASSWORD"]);
        app.UseExceptionHandler("/error");
        // Friendly pages for people; API and download clients keep their status codes and problem details.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api") && !c.Request.Path.StartsWithSegments("/data"),
            a => a.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "same-origin";
            h.XFrameOptions = "DENY";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseQueryRanges();
        app.UsePortalCaching();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(Portal).Assembly, "Lantu.Web.wwwroot"),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUploadLimit();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapPlanApi();
        app.MapMonitoringApi();
        app.MapOpenData();
        app.MapSearchApi();
        app.MapRelationApi();
        app.MapTaskApi();
        app.MapWorkflowApi();
        app.MapRazorPages();
        return app;
    }

    /// <summary>First start: an empty database receives the bundled sample plans. Returns how many were ingested.</summary>
    public static int IngestSamplesIfEmpty(IServiceProvider services, Action<string>? progress = null)
    {
        if (services.GetRequiredService<PlanReader>().List().Count > 0) return 0;
        var ingestor = services.GetRequiredService<PlanIngestor>();
        var n = 0;
        foreach (var e in SampleCorpus.Entries())
        {
            progress?.Invoke(Path.GetFileName(e.File));
            ingestor.IngestFile(e.File, e.Overrides);
            n++;
        }
        services.GetRequiredService<SampleMonitoring>().Load();
        return n;
    }
}
