using System.CommandLine;
using Lantu.Storage.Accounts;
using Lantu.Web.Auth;
using Spectre.Console;

namespace Lantu.Cli.Commands;

/// <summary>`lantu user add|list|role|reset|disable|enable`: staff accounts. The first administrator is created here;
/// passwords are read from a prompt (not echoed, asked twice) or from standard input with --password-stdin, never
/// from the command line (it would stay in the shell history and the process list). There is no default password.</summary>
public static class UserCommand
{
    public static Command Create()
    {
        var command = new Command("user", "工作人员账号：新建、列表、更改角色、重置密码（同时解除锁定）");
        command.Add(Add());
        command.Add(List());
        command.Add(Role());
        command.Add(Reset());
        command.Add(Enable("disable", "停用账号（其会话随即失效）", true));
        command.Add(Enable("enable", "重新启用账号", false));
        return command;
    }

    private static readonly Option<bool> PasswordStdin = new("--password-stdin") { Description = "从标准输入读取密码（一行），供脚本使用" };

    private static Command Add()
    {
        var name = new Argument<string>("NAME") { Description = "用户名" };
        var role = new Option<string>("--role") { Description = "角色：admin/管理员, planner/规划人员, reporter/部门填报员, reviewer/审核员, viewer/查看者", Required = true };
        var department = new Option<string?>("--department") { Description = "所属部门（部门填报员必填）" };
        var display = new Option<string?>("--display-name") { Description = "姓名（默认同用户名）" };
        var command = new Command("add", "新建账号（第一个管理员也用它创建）") { name, role, department, display, PasswordStdin };
        command.SetAction(result => Guard(() =>
        {
            using var services = Common.Services(result);
            var store = services.Get<AccountStore>();
            var hash = Passwords.Hash(ReadPassword(result.GetValue(PasswordStdin)));
            var a = store.Create(Actor.Cli(), result.GetValue(name)!, result.GetValue(display) ?? "", result.GetValue(role)!, result.GetValue(department), hash);
            Console.WriteLine($"已创建账号 {a.UserName}（{Roles.Label(a.Role)}{(a.Department is null ? "" : "，" + a.Department)}）");
        }));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "列出账号") { Common.Json };
        command.SetAction(result => Guard(() =>
        {
            using var services = Common.Services(result);
            var accounts = services.Get<AccountStore>().List();
            var now = DateTime.UtcNow;
            if (result.GetValue(Common.Json))
            {
                Common.WriteJson(accounts.Select(a => new { a.UserName, a.DisplayName, a.Role, a.Department, a.Disabled, Locked = a.IsLocked(now), a.LockedUntil, a.CreatedAt }));
                return;
            }
            var table = new Table().AddColumns("用户名", "姓名", "角色", "部门", "状态");
            foreach (var a in accounts)
                table.AddRow(Markup.Escape(a.UserName), Markup.Escape(a.DisplayName), Roles.Label(a.Role), Markup.Escape(a.Department ?? "—"),
                    a.Disabled ? "已停用" : a.IsLocked(now) ? $"锁定至 {a.LockedUntil}" : "正常");
            AnsiConsole.Write(table);
        }));
        return command;
    }

    private static Command Role()
    {
        var name = new Argument<string>("NAME") { Description = "用户名" };
        var role = new Argument<string>("ROLE") { Description = "新角色" };
        var department = new Option<string?>("--department") { Description = "所属部门" };
        var command = new Command("role", "更改账号的角色（和部门）；其会话随即失效") { name, role, department };
        command.SetAction(result => Guard(() =>
        {
            using var services = Common.Services(result);
            var a = services.Get<AccountStore>().SetRole(Actor.Cli(), result.GetValue(name)!, result.GetValue(role)!, result.GetValue(department));
            Console.WriteLine($"{a.UserName} 的角色已改为 {Roles.Label(a.Role)}{(a.Department is null ? "" : "（" + a.Department + "）")}");
        }));
        return command;
    }

    private static Command Reset()
    {
        var name = new Argument<string>("NAME") { Description = "用户名" };
        var command = new Command("reset", "重置密码并解除锁定；其会话随即失效") { name, PasswordStdin };
        command.SetAction(result => Guard(() =>
        {
            using var services = Common.Services(result);
            var store = services.Get<AccountStore>();
            var user = result.GetValue(name)!;
            if (store.Find(user) is null) throw new ArgumentException($"没有用户“{user}”");
            store.SetPassword(Actor.Cli(), user, Passwords.Hash(ReadPassword(result.GetValue(PasswordStdin))));
            Console.WriteLine($"已重置 {user} 的密码");
        }));
        return command;
    }

    private static Command Enable(string verb, string description, bool disable)
    {
        var name = new Argument<string>("NAME") { Description = "用户名" };
        var command = new Command(verb, description) { name };
        command.SetAction(result => Guard(() =>
        {
            using var services = Common.Services(result);
            services.Get<AccountStore>().SetDisabled(Actor.Cli(), result.GetValue(name)!, disable);
            Console.WriteLine(disable ? "已停用" : "已启用");
        }));
        return command;
    }

    private static string ReadPassword(bool fromStdin)
    {
        if (fromStdin || Console.IsInputRedirected)
        {
            var line = Console.In.ReadLine() ?? "";
            return line.TrimEnd('\r', '\n');
        }
        var first = Prompt("密码：");
        if (Passwords.Problem(first) is { } why) throw new ArgumentException(why);
        if (Prompt("再次输入密码：") != first) throw new ArgumentException("两次输入的密码不一致");
        return first;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var chars = new List<char>();
        while (true)
        {
            var k = Console.ReadKey(intercept: true);
            if (k.Key == ConsoleKey.Enter) break;
            if (k.Key == ConsoleKey.Backspace) { if (chars.Count > 0) chars.RemoveAt(chars.Count - 1); continue; }
            if (!char.IsControl(k.KeyChar)) chars.Add(k.KeyChar);
        }
        Console.Error.WriteLine();
        return new string([.. chars]);
    }

    private static int Guard(Action action)
    {
        try { action(); return 0; }
        catch (Exception e) when (e is ArgumentException or AccessDeniedException)
        {
            Console.Error.WriteLine($"错误：{e.Message}");
            return 1;
        }
    }
}
