using System.Text.Json;
using Lantu.Core.Indicators;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Microsoft.Data.Sqlite;

namespace Lantu.Tests.Storage;

/// <summary>
/// A database written before indicator kinds became enums (Fixtures/databases/before-typed-kinds.sql: the sample
/// plans as the code of commit 6aff4ef stored them) reads with today's code: the stored text of every kind parses to
/// the enum the extractor gives now, keys are unchanged, and every stored target reads back as the target parsed now
/// and writes out as the same JSON text.
/// </summary>
public class PreTypedKindsDatabaseTests
{
    private static readonly string Script =
        Path.Combine(Samples.RepoRoot, "tests", "Lantu.Tests", "Fixtures", "databases", "before-typed-kinds.sql");

    [Fact]
    public void Plans_indicators_and_targets_of_a_database_made_before_the_enums_read_as_they_are_extracted_now()
    {
        using var store = TestStore.Create(TestStore.Sqlite);
        Load(store.Location);

        var plans = new PlanReader(store.Db).List();
        Assert.Equal(5, plans.Count);
        int targets = 0;
        foreach (var plan in plans)
        {
            var stored = new IndicatorReader(store.Db).List(plan.VersionId);
            var now = Samples.Parsed(plan.SourceFile[..3]).Indicators;
            Assert.Equal(now.Count, stored.Count);
            for (int i = 0; i < now.Count; i++)
            {
                var (row, record) = (now[i], stored[i]);
                Assert.Equal(row.Name, record.Name);
                Assert.Equal(row.TableKind, StoredNames.Parse<TableKind>(record.TableKind));
                Assert.Equal(row.Source, StoredNames.Parse<RowSource>(record.Source));
                Assert.Equal(IndicatorKey.Of(row), record.Key);
                if (record.Parsed is null) { Assert.Null(row.Parsed); continue; }
                Assert.Equal(row.Parsed, JsonSerializer.Deserialize<ParsedTarget>(record.Parsed));
                Assert.Equal(record.Parsed, JsonSerializer.Serialize(row.Parsed));
                targets++;
            }
        }
        // Every kind of target the samples hold was stored and read back, not only plain numbers.
        Assert.True(targets > 350, $"{targets} targets");
    }

    [Fact]
    public void A_stored_kind_the_code_does_not_know_is_refused_by_name()
    {
        var e = Assert.Throws<FormatException>(() => StoredNames.Parse<TableKind>("forecast"));
        Assert.Contains("forecast", e.Message);
        Assert.Contains("target, review", e.Message);
    }

    /// <summary>Runs the fixture script into a new SQLite file, as the old code left it (no migrations run yet).</summary>
    private static void Load(string path)
    {
        using (var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = File.ReadAllText(Script);
            cmd.ExecuteNonQuery();
        }
    }
}
