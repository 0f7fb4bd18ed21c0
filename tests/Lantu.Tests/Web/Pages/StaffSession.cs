using System.Net;
using System.Text.RegularExpressions;

namespace Lantu.Tests.Web.Pages;

/// <summary>A test-host client that keeps cookies and can log in as the administrator through the login form.</summary>
public sealed class StaffSession(HttpClient client)
{
    private readonly Dictionary<string, string> _cookies = new();

    public async Task<HttpResponseMessage> Get(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        return await Send(request);
    }

    public async Task<HttpResponseMessage> Post(string url, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        return await Send(request);
    }

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var c in set)
            {
                var pair = c.Split(';')[0];
                var eq = pair.IndexOf('=');
                _cookies[pair[..eq]] = pair[(eq + 1)..];
            }
        return response;
    }

    public static string Token(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    public async Task LogIn()
    {
        var page = await (await Get("/staff/login")).Content.ReadAsStringAsync();
        var response = await Post("/staff/login", new()
        {
            ["user"] = PortalHost.AdminUser, ["password"] = PortalHost.AdminPassword, ["__RequestVerificationToken"] = Token(page),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
