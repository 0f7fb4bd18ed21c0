using Lantu.Application.Coordination;
using Lantu.Application.Exchange;
using Lantu.Application.Monitoring;
using Lantu.Application.Samples;
using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;
using Lantu.Storage.Relations;
using Lantu.Storage.Search;
using Lantu.Storage.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Application;

/// <summary>
/// The composition root's registrations: the database once (opened, and its schema brought up to date, on first use),
/// one <see cref="LantuSession"/> per scope (a web request, a CLI run: one connection, opened on first use, closed with
/// the scope) and every store and service over it, each created once per scope. Code outside a host uses
/// <see cref="LantuScope"/> for the same wiring.
/// </summary>
public static class LantuServices
{
    /// <summary>The database at <paramref name="location"/> (see <see cref="LantuDatabase.Open"/>) and its stores.</summary>
    public static IServiceCollection AddLantuStorage(this IServiceCollection services, string location) =>
        services.AddSingleton(_ => LantuDatabase.Open(location)).AddLantuStores();

    /// <summary>An open database and its stores.</summary>
    public static IServiceCollection AddLantuStorage(this IServiceCollection services, LantuDatabase database) =>
        services.AddSingleton(database).AddLantuStores();

    private static IServiceCollection AddLantuStores(this IServiceCollection services)
    {
        services.AddScoped(sp => sp.GetRequiredService<LantuDatabase>().OpenSession());
        services.AddScoped<PlanReader>();
        services.AddScoped<PlanWriter>();
        services.AddScoped(sp => new PlanIngestor(sp.GetRequiredService<PlanWriter>())); // two one-argument constructors
        services.AddScoped<PlanSearch>();
        services.AddScoped<PlanRelations>();
        services.AddScoped<IndicatorReader>();
        services.AddScoped<ObservationStore>();
        services.AddScoped<TaskStore>();
        services.AddScoped<ProjectStore>();
        services.AddScoped<AccountStore>();
        services.AddScoped<Assignments>();
        services.AddScoped<AuditLog>();
        services.AddScoped<TargetRevisions>();
        return services;
    }

    /// <summary>The application services: workflow, monitoring, coordination and exchange formats.</summary>
    public static IServiceCollection AddLantuServices(this IServiceCollection services)
    {
        services.AddScoped<SubmissionWorkflow>();
        services.AddScoped<SubmissionImport>();
        services.AddScoped<ObservationEntry>();
        services.AddScoped<ObservationValidator>();
        services.AddScoped<ValidatedEntry>();
        services.AddScoped<ObservationImport>();
        services.AddScoped<ProgressService>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<BulletinService>();
        services.AddScoped<CoordinationService>();
        services.AddScoped<PlanComparison>();
        services.AddScoped<TaskExchange>();
        services.AddScoped<ProjectExchange>();
        services.AddScoped<SampleFacts>();
        services.AddScoped<SampleMonitoring>();
        services.AddScoped<CoordinationCache>();
        services.AddSingleton<CoordinationMemory>();
        return services;
    }
}
