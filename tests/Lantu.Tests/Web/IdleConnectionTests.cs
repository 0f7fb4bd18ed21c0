using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lantu.Tests.Web;

/// <summary>Issue 17: 500 idle connections (half of them stuck in the middle of a request header, as a slow-loris
/// client leaves them) do not stop the portal answering a normal request within 2 s (real Kestrel).</summary>
public sealed class IdleConnectionTests
{
    [Fact]
    public async Task Five_hundred_idle_connections_do_not_block_a_normal_request()
    {
        await using var host = await PortalHost.Kestrel();
        var uri = new Uri(host.BaseUrl);
        var idle = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 500; i++)
            {
                var c = new TcpClient();
                await c.ConnectAsync(IPAddress.Loopback, uri.Port);
                if (i % 2 == 0) await c.GetStream().WriteAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
                idle.Add(c);
            }
            using var client = new HttpClient { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(10) };
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync("/plans/1");
            await response.Content.ReadAsStringAsync();
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{watch.Elapsed.TotalMilliseconds:0} ms with 500 idle connections");
            Assert.All(idle, c => Assert.True(c.Connected));
        }
        finally { foreach (var c in idle) c.Dispose(); }
    }
}
