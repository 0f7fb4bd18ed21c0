using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Lantu.Core.Model;
using Lantu.Core.Tasks;
using Lantu.Storage;
using Lantu.Storage.Tasks;
using Microsoft.Data.Sqlite;

namespace Lantu.Tests.Storage;

/// <summary>
/// Migration 017 stopped storing the text a third and fourth time (outline_nodes.body, derived_tasks.text): what
/// the exports give is unchanged, tasks' text is rebuilt exactly, and a database made before 017 reads the same.
/// </summary>
public partial class TextStoredOnceTests
{
    private static readonly string Fixtures = Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Fixtures");

    /// <summary>Fixtures/exports/sample-exports.sha256 holds the hashes of `lantu export` and `lantu tasks --json` of
    /// each sample as the code before 017 printed them.</summary>
    [Fact]
    public void Exports_and_task_lists_of_the_samples_are_byte_for_byte_those_from_before_migration_017()
    {
        var expected = File.ReadAllLines(Path.Combine(Fixtures, "exports", "sample-exports.sha256"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToDictionary(p => (p[0], p[1]), p => p[2]);
        using var store = TestDatabase.WithSamples();
        var reader = new PlanReader(store.Db);
        var tasks = new TaskStore(store.Db);
        var plans = reader.List();
        Assert.Equal(5, plans.Count);
        foreach (var plan in plans)
        {
            var prefix = plan.SourceFile[..3];
            var export = IngestedAt().Replace(LantuJson.Serialize(PlanExport.Build(reader, plan.Id.ToString())), "\"ingested_at\": \"\"");
            Assert.True(expected[(prefix, "export")] == Sha256(export), $"export of sample {prefix} differs from before migration 017");
            var list = LantuJson.Serialize(tasks.List(plan.Id));
            Assert.True(expected[(prefix, "tasks")] == Sha256(list), $"task list of sample {prefix} differs from before migration 017");
        }
    }

    [Fact]
    public void Every_tasks_text_is_rebuilt_from_paragraphs_and_every_projects_from_its_box_item_as_the_parser_derives_them()
    {
        using var store = TestDatabase.WithSamples();
        int boxed = 0;
        foreach (var plan in new PlanReader(store.Db).List())
        {
            var parsed = Samples.Parsed(plan.SourceFile[..3]);
            var derived = TaskDeriver.Derive(parsed);
            var stored = new TaskStore(store.Db).List(plan.Id);
            Assert.Equal(derived.Select(t => (t.Key, t.Text)), stored.Select(t => (t.Key, t.Text)));
            Assert.Equal(ProjectDeriver.Derive(parsed).Select(p => (p.Key, p.Text)),
                new ProjectStore(store.Db).List(plan.Id).Select(p => (p.Key, p.Text)));
            // Tasks whose span holds a 专栏 or table, whose lines the text leaves out: the exclusion is exercised.
            var spans = Spans(parsed.Outline).ToList();
            boxed += derived.Count(t => spans.Any(s => s.LineStart > t.LineStart && s.LineStart < t.LineEnd));
        }
        Assert.True(boxed >= 3, $"{boxed} tasks with a box or table inside their span");
    }

    /// <summary>The third and fourth copies are gone, and the samples' SQLite file is at most 4× their text.</summary>
    [Fact]
    public void The_text_is_not_stored_in_outline_nodes_or_derived_tasks_and_the_database_is_at_most_four_times_the_text()
    {
        using var store = TestDatabase.WithSamples();
        using (var c = store.Db.Connect())
        {
            Assert.DoesNotContain("body", Columns(c, "outline_nodes", store.Kind));
            Assert.DoesNotContain("text", Columns(c, "derived_tasks", store.Kind));
        }
        if (store.Kind != TestStore.Sqlite) return;
        store.Fingerprint(); // checkpoints the WAL into the file
        long text = Directory.GetFiles(Samples.PlansDir, "*.txt").Sum(f => new FileInfo(f).Length);
        long size = new FileInfo(store.Location).Length;
        Assert.True(size <= 4 * text, $"database {size:N0} bytes for {text:N0} bytes of text ({(double)size / text:F2}×)");
    }

    /// <summary>Fixtures/databases/before-017-sample-004.sql.gz: sample 004 as the code before 017 stored it, body and
    /// task text included. Opened with today's code it migrates, and every task and project reads the text it had stored.</summary>
    [Fact]
    public void A_database_made_before_migration_017_migrates_and_reads_every_task_and_project_text_it_stored()
    {
        using var dir = new Samples.TempDir();
        var path = dir.File("old.db");
        List<(string Key, string Text)> before, projectsBefore;
        using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            c.Open();
            using var gz = new GZipStream(File.OpenRead(Path.Combine(Fixtures, "databases", "before-017-sample-004.sql.gz")), CompressionMode.Decompress);
            c.Execute(new StreamReader(gz, Encoding.UTF8).ReadToEnd());
            before = c.Query<(string, string)>("SELECT task_key, text FROM derived_tasks ORDER BY seq").ToList();
            projectsBefore = c.Query<(string, string)>("SELECT project_key, text FROM derived_projects ORDER BY seq").ToList();
        }
        Assert.True(before.Count > 50, $"{before.Count} tasks in the fixture");
        Assert.True(projectsBefore.Count > 10, $"{projectsBefore.Count} projects in the fixture");

        var db = LantuDatabase.Open(path);
        var plan = Assert.Single(new PlanReader(db).List());
        var after = new TaskStore(db).List(plan.Id).Select(t => (t.Key, t.Text)).ToList();
        Assert.Equal(before, after);
        Assert.Equal(projectsBefore, new ProjectStore(db).List(plan.Id).Select(p => (p.Key, p.Text)).ToList());
        Assert.NotEmpty(new PlanReader(db).Outline(plan.VersionId));
        using var check = db.Connect();
        Assert.Equal(1, check.ExecuteScalar<int>("SELECT COUNT(*) FROM schema_migrations WHERE version = 17"));
        Assert.DoesNotContain("body", Columns(check, "outline_nodes", TestStore.Sqlite));
        Assert.Equal(0, check.ExecuteScalar<int>("SELECT COUNT(*) FROM derived_projects WHERE text IS NOT NULL"));
        SqliteConnection.ClearAllPools();
    }

    private static IEnumerable<OutlineNode> Spans(IEnumerable<OutlineNode> nodes) =>
        nodes.SelectMany(n => (n.Kind is "box" or "table" ? [n] : Array.Empty<OutlineNode>()).Concat(Spans(n.Children)));

    private static List<string> Columns(System.Data.Common.DbConnection c, string table, string kind) => kind == TestStore.Sqlite
        ? c.Query<string>($"SELECT name FROM pragma_table_info('{table}')").ToList()
        : c.Query<string>("SELECT column_name FROM information_schema.columns WHERE table_name = @table AND table_schema = current_schema()", new { table }).ToList();

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex("\"ingested_at\": \"[^\"]*\"")]
    private static partial Regex IngestedAt();
}
