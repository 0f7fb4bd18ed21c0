using System.CommandLine;
using Lantu.Application;
using Lantu.Storage;
using Lantu.Storage.Search;
using Lantu.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lantu.Cli.Commands;

/// <summary>`lantu serve [--urls]`: the web portal and REST API. An empty database first receives the bundled samples.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "监听地址（默认 http://127.0.0.1:5000，多个用 ; 分隔）",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var command = new Command("serve", "启动网站门户与 REST API（空数据库时先导入内置样例规划）") { urls };
        command.SetAction(async (result, cancellation) =>
        {
            var dbPath = result.GetValue(Common.Db)!;
            var db = LantuDatabase.Open(dbPath);
            using (var first = LantuScope.Open(db))
                if (first.Get<PlanReader>().List().Count == 0)
                {
                    Console.WriteLine("数据库为空，正在导入内置样例规划……");
                    var n = Portal.IngestSamplesIfEmpty(first, name => Console.WriteLine($"  导入 {name}"));
                    Console.WriteLine($"已导入 {n} 份样例规划。");
                }
            var app = Portal.Build(new PortalSettings { Database = dbPath, Urls = result.GetValue(urls) });
            await app.StartAsync(cancellation);
            // The search index catches up in the background: pages answer meanwhile, a search waits for it.
            _ = Task.Run(() =>
            {
                try { LuceneIndex.For(db).CatchUp(LantuSession.PerOperation(db)); }
                catch (Exception e) { Console.Error.WriteLine($"搜索索引更新失败（首次搜索时将重试）：{e.Message}"); }
            }, cancellation);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            using var scope = app.Services.CreateScope();
            var accounts = scope.ServiceProvider.GetRequiredService<Lantu.Storage.Accounts.AccountStore>();
            Console.WriteLine($"蓝图门户已启动，请在浏览器中打开：{string.Join("  ", addresses)}");
            Console.WriteLine($"数据库：{Path.GetFullPath(dbPath)}");
            Console.WriteLine(accounts.AnyAdministrator()
                ? "工作人员登录已启用（账号由 lantu user 管理）。"
                : "提示：尚无管理员账号，工作人员登录与上传未启用。请用 lantu user add 用户名 --role admin 创建第一个管理员。");
            Console.WriteLine("按 Ctrl+C 停止。");
            await app.WaitForShutdownAsync(cancellation);
            return 0;
        });
        return command;
    }
}
