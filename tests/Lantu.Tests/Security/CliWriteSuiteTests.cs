using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantu.Application.Exchange;
using Lantu.Tests.Cli;
using Lantu.Tests.Tasks;

namespace Lantu.Tests.Security;

/// <summary>
/// Issue 17, the suite's command-line part: every `lantu` command (as `lantu --help` and each command's help list them
/// — a new command without a row here fails the suite), on a database with the sample plans and figures. A command
/// that writes: a valid call exits 0 and stores its change; a refused call (bad input) exits non-zero and leaves the
/// database exactly as it was. A command that only reads exits 0 and leaves the database exactly as it was. The command
/// line has no roles: it acts as an administrator (cli:USER), and whoever may run it may open the database file anyway.
/// </summary>
public sealed class CliWriteSuiteTests
{
    private sealed class Scratch(string db, string dir)
    {
        public string Db { get; } = db;
        private int _n;
        public int Next() => ++_n;
        public string File(string name) => Path.Combine(dir, $"{Next()}-{name}");
        public string Write(string name, string text) { var p = File(name); System.IO.File.WriteAllText(p, text); return p; }
        public string Binary() { var p = File("binary.txt"); System.IO.File.WriteAllBytes(p, [0, 1, 2, 0xFF, 0, 0x9C, 0, 7, 0, 0, 3]); return p; }
        /// <summary>The first task of plan 1 and the first of its key projects.</summary>
        public string Task { get; set; } = "";
        public string Project { get; set; } = "";
        /// <summary>Text for standard input of the next run (a password).</summary>
        public string? Stdin { get; set; }
    }

    /// <summary>One command: a call that works (run after any setup it needs; the fingerprint is taken after it) and,
    /// for a command that writes, a call refused for its input. <see cref="ToTarget"/>: the call writes to the database
    /// its --to names (migrate), not to --db. <see cref="Note"/>: where the rest of its behaviour is tested.</summary>
    private sealed record Row(Func<Scratch, string[]> Works, Func<Scratch, string[]>? Refused = null, bool Writes = true,
        bool ToTarget = false, string? Note = null)
    {
        public static Row Reads(Func<Scratch, string[]> works) => new(works, Writes: false);
    }

    private static readonly Dictionary<string, Row> Rows = new()
    {
        ["ingest"] = new(s => ["ingest", s.Write("plan.txt", System.IO.File.ReadAllText(Samples.Path003) + $"\n附{s.Next()}：命令行测试。\n")],
            s => ["ingest", s.Binary()]),
        ["samples"] = Row.Reads(_ => ["samples"]), // idempotent: a database that has them stays as it is
        ["plans"] = Row.Reads(_ => ["plans"]),
        ["outline"] = Row.Reads(_ => ["outline", "1"]),
        ["boxes"] = Row.Reads(_ => ["boxes", "1"]),
        ["glossary"] = Row.Reads(_ => ["glossary", "1"]),
        ["export"] = Row.Reads(s => ["export", "1", "-o", s.File("plan.json")]),
        ["search"] = Row.Reads(_ => ["search", "发展"]),
        ["relations"] = Row.Reads(_ => ["relations", "1"]),
        ["relate"] = new(s => ["relate", (2 + s.Next() % 4).ToString(), "1", "--reject", "--reason", $"不相关{s.Next()}"], _ => ["relate", "1", "1"]),
        ["tasks"] = Row.Reads(_ => ["tasks", "1"]),
        ["tasks assign"] = new(s => ["tasks", "assign", "1", s.Task, "--lead", $"市发改委{s.Next()}"],
            s => ["tasks", "assign", "1", s.Task, "--lead", "市教育局", "--status", "没有这种状态"]),
        ["tasks milestone"] = new(s => ["tasks", "milestone", "1", s.Task, "2024", $"完成{s.Next()}%"],
            _ => ["tasks", "milestone", "1", "没有这个任务", "2024", "完成"]),
        ["tasks report"] = Row.Reads(_ => ["tasks", "report", "1"]),
        ["tasks export"] = Row.Reads(s => ["tasks", "export", "1", "-o", s.File("tasks.xlsx")]),
        ["tasks import"] = new(s => ["tasks", "import", Exported(s, "tasks", "任务", s.Task, "状态", s.Next() % 2 == 0 ? "推进中" : "已完成")],
            s => ["tasks", "import", Exported(s, "tasks", "任务", s.Task, "状态", "没有这种状态")]),
        ["projects"] = Row.Reads(_ => ["projects", "1"]),
        ["projects stage"] = new(s => ["projects", "stage", "1", "嘉庚创新实验室", s.Next() % 2 == 0 ? "签约" : "开工"],
            _ => ["projects", "stage", "1", "嘉庚创新实验室", "完工"]),
        ["projects add"] = new(s => ["projects", "add", "1", $"测试项目{s.Next()}", "--investment", "12亿元"], _ => ["projects", "add", "1", " "]),
        ["projects export"] = Row.Reads(s => ["projects", "export", "1", "-o", s.File("projects.xlsx")]),
        ["projects import"] = new(s => ["projects", "import", Exported(s, "projects", "项目", s.Project, "阶段", s.Next() % 2 == 0 ? "在建" : "投产")],
            s => ["projects", "import", Exported(s, "projects", "项目", s.Project, "计划投资", "很多")]),
        ["migrate"] = new(s => ["migrate", "--from", s.Db, "--to", s.File("copy.db")], s => ["migrate", "--from", s.Db, "--to", s.Db],
            ToTarget: true), // --db is its source, left as it is
        ["bench"] = Row.Reads(_ => ["bench", "--help"]),
        ["bench ingest"] = new(_ => ["bench", "ingest", "--count", "1"], _ => ["bench", "ingest", "--count", "0"]),
        ["bench search"] = Row.Reads(_ => ["bench", "search", "--runs", "1"]),
        ["bench extract"] = Row.Reads(_ => ["bench", "extract", Samples.Path004, "--runs", "1"]),
        ["serve"] = Row.Reads(_ => ["serve", "--help"]) with { Note = "ServeCommandTests: an empty database gets the samples, one with plans is left as is" },
        ["indicators"] = Row.Reads(_ => ["indicators", "1"]),
        ["observe"] = new(s => ["observe", "1", "42", "2024", (3 + s.Next() / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            _ => ["observe", "1", "42", "2024", "abc"]),
        ["template"] = Row.Reads(s => ["template", "1", "-o", s.File("template.csv")]),
        ["import"] = new(s => ["import", Filled(s, (3 + s.Next() / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture)), "--plan", "1"],
            s => ["import", Filled(s, "abc"), "--plan", "1"]),
        ["progress"] = Row.Reads(_ => ["progress", "1", "--year", "2023"]),
        ["report"] = Row.Reads(s => ["report", "1", "--year", "2023", "--format", "html", "-o", s.File("report.html")]),
        ["warnings"] = Row.Reads(_ => ["warnings", "1"]),
        ["bulletin"] = new(s => ["bulletin", "4", s.Write("licheng.txt", $"鲤城区2023年政府工作报告\n预计全年实现地区生产总值{500 + s.Next()}.69亿元、增长4.5%。\n"), "--accept"],
            s => ["bulletin", "4", s.Binary(), "--accept"]),
        ["compare"] = Row.Reads(_ => ["compare", "地区生产总值"]),
        ["check"] = Row.Reads(_ => ["check", "1"]),
        ["link"] = new(s => ["link", $"指标甲{s.Next()}", "指标乙"], _ => ["link", " ", "指标乙"]),
        ["user"] = Row.Reads(_ => ["user", "--help"]),
        ["user add"] = new(s => Password(s, ["user", "add", $"命令行用户{s.Next()}", "--role", "viewer", "--password-stdin"]),
            s => Password(s, ["user", "add", "国王", "--role", "king", "--password-stdin"])),
        ["user list"] = Row.Reads(_ => ["user", "list"]),
        ["user role"] = new(s => ["user", "role", NewUser(s), "planner"], _ => ["user", "role", "没有这个人", "planner"]),
        ["user reset"] = new(s => Password(s, ["user", "reset", NewUser(s), "--password-stdin"]),
            s => Password(s, ["user", "reset", "没有这个人", "--password-stdin"])),
        ["user disable"] = new(s => ["user", "disable", NewUser(s)], _ => ["user", "disable", "没有这个人"]),
        ["user enable"] = new(s => ["user", "enable", Disabled(s)], _ => ["user", "enable", "没有这个人"]),
    };

    /// <summary>Every command and subcommand, from the help of `lantu` and of each command ("tasks assign").</summary>
    private static List<string> Listed(string db)
    {
        var found = new List<string>();
        var pending = new Queue<string>([""]);
        while (pending.TryDequeue(out var parent))
        {
            var help = CliRunner.Lantu(db, [.. parent.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]).Stdout;
            var commands = help.Split("Commands:").ElementAtOrDefault(1) ?? "";
            foreach (Match m in Regex.Matches(commands, @"^\s{2}([a-z-]+)\b", RegexOptions.Multiline))
            {
                var path = (parent + " " + m.Groups[1].Value).Trim();
                found.Add(path);
                pending.Enqueue(path);
            }
        }
        return found.Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Every_command_writes_what_it_should_and_a_refused_call_leaves_the_database_as_it_was()
    {
        using var store = TestDatabase.WithSamples(monitoring: true);
        using var dir = new Samples.TempDir();
        var s = new Scratch(store.Location, dir.Path);
        var listed = Listed(s.Db);
        Assert.Equal(listed, Rows.Keys.Order(StringComparer.Ordinal));

        var tasks = JsonDocument.Parse(CliRunner.Lantu(s.Db, "tasks", "1", "--json").Stdout).RootElement;
        s.Task = tasks[0].GetProperty("key").GetString()!;
        var projects = JsonDocument.Parse(CliRunner.Lantu(s.Db, "projects", "1", "--json").Stdout).RootElement;
        s.Project = projects.EnumerateArray().First(p => p.GetProperty("name").GetString() == "嘉庚创新实验室").GetProperty("key").GetString()!;

        var failures = new List<string>();
        foreach (var (command, row) in Rows)
        {
            if (row.Refused is { } refused)
            {
                var args = refused(s);
                var before = DatabaseFingerprint.Of(s.Db);
                var run = Run(s, args);
                var changes = DatabaseFingerprint.Of(s.Db).ChangesSince(before);
                if (run.ExitCode == 0) failures.Add($"lantu {string.Join(' ', args)}: exit 0, expected a refusal");
                if (changes.Length > 0) failures.Add($"lantu {string.Join(' ', args)}: refused (exit {run.ExitCode}) but changed {changes}");
            }
            {
                var args = row.Works(s);
                var where = row.ToTarget ? args[Array.IndexOf(args, "--to") + 1] : s.Db;
                var before = DatabaseFingerprint.Of(s.Db);
                var target = where == s.Db ? before : new DatabaseFingerprint(new Dictionary<string, (long, string)>());
                var run = Run(s, args);
                var after = DatabaseFingerprint.Of(s.Db);
                if (run.ExitCode != 0) failures.Add($"lantu {string.Join(' ', args)}: exit {run.ExitCode}: {run.Stderr.Trim()}");
                else if (row.Writes && DatabaseFingerprint.Of(where).ChangesSince(target).Length == 0)
                    failures.Add($"lantu {string.Join(' ', args)}: exit 0 but nothing was stored");
                else if (!row.Writes && after.ChangesSince(before) is { Length: > 0 } changes)
                    failures.Add($"lantu {string.Join(' ', args)} only reads, but changed {changes}");
                if (where != s.Db && after.ChangesSince(before) is { Length: > 0 } source)
                    failures.Add($"lantu {string.Join(' ', args)} changed its source: {source}");
            }
        }
        WriteSuite.NoFailures(failures);
    }

    private static readonly Lock Stdin = new();

    private static CliRunner.Run Run(Scratch s, string[] args)
    {
        if (s.Stdin is not { } input) return CliRunner.Lantu(s.Db, args);
        s.Stdin = null;
        lock (Stdin)
        {
            var saved = Console.In;
            Console.SetIn(new StringReader(input + "\n"));
            try { return CliRunner.Lantu(s.Db, args); }
            finally { Console.SetIn(saved); }
        }
    }

    private static string[] Password(Scratch s, string[] args)
    {
        s.Stdin = $"Cli-pass-word-{s.Next()}!";
        return args;
    }

    /// <summary>A new viewer account (made with `lantu user add`); its name.</summary>
    private static string NewUser(Scratch s)
    {
        var name = $"命令行账号{s.Next()}";
        s.Stdin = "Cli-pass-word-2025!";
        Assert.Equal(0, Run(s, ["user", "add", name, "--role", "viewer", "--password-stdin"]).ExitCode);
        return name;
    }

    private static string Disabled(Scratch s)
    {
        var name = NewUser(s);
        Assert.Equal(0, Run(s, ["user", "disable", name]).ExitCode);
        return name;
    }

    /// <summary>The plan's task or project list exported to .xlsx, one cell changed.</summary>
    private static string Exported(Scratch s, string what, string sheet, string key, string column, string value)
    {
        var path = s.File($"{what}.xlsx");
        Assert.Equal(0, CliRunner.Lantu(s.Db, what, "export", "1", "-o", path).ExitCode);
        XlsxEdit.SetCell(path, sheet, key, column, value);
        return path;
    }

    /// <summary>The plan's data-entry template with indicator 42's 2024 value set.</summary>
    private static string Filled(Scratch s, string value)
    {
        var path = s.File("template.csv");
        Assert.Equal(0, CliRunner.Lantu(s.Db, "template", "1", "-o", path).ExitCode);
        var rows = TemplateFile.Read(File.ReadAllBytes(path), path);
        var row = rows.Single(r => r[0] == "42");
        row[Array.IndexOf(rows[0], "2024")] = value;
        using var csv = File.Create(path);
        TemplateFile.WriteCsv([rows[0], row], csv);
        return path;
    }
}
