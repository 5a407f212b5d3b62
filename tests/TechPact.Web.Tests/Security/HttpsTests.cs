using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TechPact.Host.Cli;
using TechPact.Host.Web;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Security;

/// <summary>HTTPS served by Kestrel itself with the certificate given at start (README's first way
/// to add HTTPS; the other is a reverse proxy).</summary>
public sealed class HttpsTests
{
    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    [Fact]
    public async Task An_https_address_is_served_with_the_certificate_and_the_login_cookie_is_secure()
    {
        using var certificate = SelfSigned();
        await using var server = await NegotiationServer.StartAsync(new ServerOptions("https://127.0.0.1:0", Repo.Scenarios)
        {
            Public = true, InstructorPassword = PublicServerFixture.Password, Certificate = certificate,
        });
        var seen = "";
        using var http = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => (seen = presented!.Thumbprint) == certificate.Thumbprint,
        }) { BaseAddress = new Uri(server.Urls.Single()) };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(certificate.Thumbprint, seen);
        using var login = await http.PostAsync("/api/login", PublicServerFixture.Json($"{{\"password\": \"{PublicServerFixture.Password}\"}}"));
        Assert.Contains("secure", login.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);

        // The classroom's cookies too: the instructor's (creating a session, logged in) and a student's seat.
        var session = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/classroom/sessions")
        {
            Content = PublicServerFixture.Json("{\"scenario\": \"us-japan-korea\", \"tables\": 1, \"deadlineSeconds\": 120, \"countries\": [" +
                "{\"country\": \"US\", \"human\": true, \"strategy\": \"boulware\"}, {\"country\": \"JP\", \"human\": false, \"strategy\": \"linear\"}, " +
                "{\"country\": \"KR\", \"human\": false, \"strategy\": \"conceder\"}]}"),
        };
        create.Headers.Add("Cookie", session);
        using var created = await http.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("secure", created.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        var body = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        using var console = new HttpRequestMessage(HttpMethod.Get, $"/api/classroom/sessions/{body.GetProperty("sessionId").GetString()}/console");
        console.Headers.Add("Cookie", session);
        console.Headers.Authorization = new("Bearer", body.GetProperty("instructorToken").GetString());
        using var consoleResponse = await http.SendAsync(console);
        var code = System.Text.Json.JsonDocument.Parse(await consoleResponse.Content.ReadAsStringAsync()).RootElement
            .GetProperty("tables")[0].GetProperty("countries")[0].GetProperty("joinCode").GetString();
        using var joined = await http.PostAsync("/api/classroom/join", PublicServerFixture.Json($"{{\"code\": \"{code}\"}}"));
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Contains("secure", joined.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_https_address_without_a_certificate_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => NegotiationServer.StartAsync(new ServerOptions("https://127.0.0.1:0", Repo.Scenarios)));
        Assert.Contains("needs a certificate", error.Message);
    }

    [Fact]
    public async Task A_certificate_that_does_not_load_is_invalid_input()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await TechPactCli.RunAsync(["serve", "--urls", "https://127.0.0.1:0", "--https-certificate", "/nonexistent/cert.pem", "--https-key", "/nonexistent/key.pem"], output, errors);
        Assert.Equal(2, exit);
        Assert.Contains("--https-certificate: cannot load /nonexistent/cert.pem", errors.ToString());
    }
}
