using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantu.Web.Pages.Staff;

/// <summary>Administrators: the accounts, adding one, changing a role or department, resetting a password.</summary>
[Authorize(Policy = StaffPolicies.Admin)]
public sealed class AccountsModel(AccountStore accounts, SignInService signIn) : PageModel
{
    public IReadOnlyList<Account> Accounts { get; private set; } = [];
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostAdd(string? userName, string? displayName, string? role, string? department, string? password) =>
        Act(s =>
        {
            var a = s.Create(HttpContext.ToActor(), userName ?? "", displayName ?? "", role ?? "", department, Passwords.Hash(password ?? ""));
            return $"已创建账号 {a.UserName}（{Roles.Label(a.Role)}）";
        });

    public IActionResult OnPostRole(string? userName, string? role, string? department) =>
        Act(s =>
        {
            var a = s.SetRole(HttpContext.ToActor(), userName ?? "", role ?? "", department);
            return $"{a.UserName} 的角色改为 {Roles.Label(a.Role)}{(a.Department is null ? "" : "（" + a.Department + "）")}";
        });

    public IActionResult OnPostReset(string? userName, string? password) =>
        Act(s =>
        {
            s.SetPassword(HttpContext.ToActor(), userName ?? "", Passwords.Hash(password ?? ""));
            signIn.Forget(userName ?? "");
            return $"已重置 {userName} 的密码并解除锁定";
        });

    private IActionResult Act(Func<AccountStore, string> action)
    {
        try { Message = action(accounts); }
        catch (AccessDeniedException) { return StatusCode(StatusCodes.Status403Forbidden); }
        catch (ArgumentException e) { Error = e.Message; Response.StatusCode = StatusCodes.Status400BadRequest; }
        Load();
        return Page();
    }

    private void Load()
    {
        Accounts = accounts.List();
        Departments = accounts.Departments();
    }
}
