using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Lantu.Storage;
using Lantu.Storage.Monitoring;
using Lantu.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Lantu.Tests.Web;

/// <summary>Compression, ETags with 304 and output caching of public pages (sample plans, test host): the stamp moves
/// with a new observation or a new plan version, and the next request shows it.</summary>
public sealed class PortalCachingTests : IAsyncLifetime
{
    private PortalHost _host = null!;
    private HttpClient _client = null!;
    private LantuDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalHost.InMemory();
        _client = _host.Client();
        _db = _host.App.Services.GetRequiredService<LantuDatabase>();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> Send(string url, string? encoding = null, EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return await _client.SendAsync(request);
    }

    private static async Task<string> Decompressed(HttpResponseMessage r)
    {
        using var body = await r.Content.ReadAsStreamAsync();
        using Stream inflated = r.Content.Headers.ContentEncoding.Single() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            var e => throw new InvalidOperationException(e),
        };
        using var reader = new StreamReader(inflated, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData("/", "br", "规划")]
    [InlineData("/plans/1", "gzip", "第一章")]
    [InlineData("/api/plans", "br", "\"title\"")]
    [InlineData("/data/plans.csv", "gzip", "title")]
    public async Task Text_responses_are_compressed_as_the_client_asks(string url, string encoding, string expected)
    {
        var plain = await Send(url);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var r = await Send(url, encoding);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(encoding, r.Content.Headers.ContentEncoding.Single());
        var text = await Decompressed(r);
        Assert.Contains(expected, text);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), text);
    }

    [Fact]
    public async Task An_xlsx_download_is_not_compressed_again()
    {
        var r = await Send("/data/plans.xlsx", "br, gzip");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Empty(r.Content.Headers.ContentEncoding);
        Assert.Equal((byte)'P', (await r.Content.ReadAsByteArrayAsync())[0]); // a zip file as stored
    }

    [Theory]
    [InlineData("/plans/1")]
    [InlineData("/api/plans/1/outline")]
    [InlineData("/data/plans/1.csv")]
    [InlineData("/search?q=%E6%95%B0%E5%AD%97%E7%BB%8F%E6%B5%8E")]
    public async Task A_repeated_request_with_the_etag_gets_304_without_a_body(string url)
    {
        var first = await Send(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        var second = await Send(url, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        var stale = await Send(url, ifNoneMatch: new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Fact]
    public async Task Staff_requests_get_no_etag_and_are_not_served_from_the_public_cache()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/plans/1");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{PortalHost.AdminUser}:{PortalHost.AdminPassword}")));
        var r = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Null(r.Headers.ETag);
    }

    [Fact]
    public async Task A_new_observation_changes_the_etag_and_shows_on_the_next_request()
    {
        var indicator = new IndicatorReader(_db).Resolve(new PlanReader(_db).Detail(1).VersionId, "研发经费投入强度");
        var url = $"/plans/1/indicators/{indicator.Id}";
        var before = await Send(url);
        Assert.DoesNotContain("9.87", await before.Content.ReadAsStringAsync());
        new ObservationStore(_db).Record(1, new ObservationInput(indicator.Key, 2023, 9.87), "测试");

        var after = await Send(url, ifNoneMatch: before.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("9.87", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_plan_version_changes_the_etag_and_the_reader_shows_it()
    {
        var plan = new PlanReader(_db).Resolve("数字厦门");
        var url = $"/plans/{plan.Id}";
        var before = await Send(url);
        Assert.DoesNotContain("保障措施和组织实施", await before.Content.ReadAsStringAsync());
        var edited = File.ReadAllText(Samples.Path004).Replace("第九章 保障措施", "第九章 保障措施和组织实施");
        Assert.Equal(IngestResult.NewVersion, new PlanIngestor(_db).IngestBytes(Encoding.UTF8.GetBytes(edited), "004-revised.txt").Outcome);

        var after = await Send(url, ifNoneMatch: before.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("保障措施和组织实施", await after.Content.ReadAsStringAsync());
    }
}
