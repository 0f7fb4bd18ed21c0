using System.Text.Json;
using Lantu.Core.Indicators;
using Lantu.Core.Model;

namespace Lantu.Tests.Indicators;

/// <summary>The kinds are enums in code but keep their stored text in JSON, with the API's options (a snake_case enum
/// converter) and with none (how the <c>parsed</c> column is written and read).</summary>
public class KindJsonTests
{
    private static readonly ParsedTarget Target = new()
    {
        Kind = TargetKind.NotAvailable, Direction = Direction.Within, ChangeKind = ChangeKind.InStep, Text = "—",
    };

    public static TheoryData<string> Options => ["api", "stored"];

    [Theory, MemberData(nameof(Options))]
    public void A_target_keeps_its_stored_names(string options)
    {
        var json = options == "api" ? LantuJson.Serialize(Target) : JsonSerializer.Serialize(Target);
        var o = JsonDocument.Parse(json).RootElement;
        Assert.Equal("na", o.GetProperty("kind").GetString());
        Assert.Equal("within", o.GetProperty("direction").GetString());
        Assert.Equal("in_step", o.GetProperty("change").GetString());
        var back = options == "api" ? JsonSerializer.Deserialize<ParsedTarget>(json, LantuJson.Options) : JsonSerializer.Deserialize<ParsedTarget>(json);
        Assert.Equal(Target, back);
    }

    [Theory, MemberData(nameof(Options))]
    public void A_row_keeps_its_table_kind_and_source_names(string options)
    {
        var row = new IndicatorRow { Name = "森林覆盖率", TableKind = TableKind.Review, Source = RowSource.Text };
        var json = options == "api" ? LantuJson.Serialize(row) : JsonSerializer.Serialize(row);
        var o = JsonDocument.Parse(json).RootElement;
        Assert.Equal("review", o.GetProperty("table_kind").GetString());
        Assert.Equal("text", o.GetProperty("source").GetString());
    }

    [Fact]
    public void Every_kind_has_a_stored_name_that_parses_back()
    {
        Assert.All(Enum.GetValues<TargetKind>(), k => Assert.Equal(k, StoredNames.Parse<TargetKind>(k.StoredName())));
        Assert.All(Enum.GetValues<ChangeKind>(), k => Assert.Equal(k, StoredNames.Parse<ChangeKind>(k.StoredName())));
        Assert.Equal(["target", "review"], Enum.GetValues<TableKind>().Select(k => k.StoredName()));
        Assert.Equal(["table", "text"], Enum.GetValues<RowSource>().Select(k => k.StoredName()));
    }
}
