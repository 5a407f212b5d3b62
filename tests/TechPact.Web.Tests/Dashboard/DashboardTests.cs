using System.Net;
using System.Text.Json;
using TechPact.Grains.Telemetry;
using TechPact.Web.Tests.Fixtures;

namespace TechPact.Web.Tests.Dashboard;

[Collection(ServerCollection.Name)]
public sealed class DashboardTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_dashboard_answers_at_its_path()
    {
        using var response = await fixture.Http.GetAsync("/dashboard/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_negotiation_counters_show_in_the_dashboards_silo_counters_after_a_run()
    {
        var id = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed = 3 });
        await SseReader.ReadAllAsync(fixture.Http, $"/api/summits/{id}/rounds", TimeSpan.FromSeconds(60));

        var overview = JsonDocument.Parse(await fixture.Http.GetStringAsync("/dashboard/DashboardCounters")).RootElement;
        var silo = overview.GetProperty("hosts")[0].GetProperty("siloAddress").GetString()!;
        // The dashboard exports the meter once a second: wait for an export after the run.
        Dictionary<string, double> counters = [];
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var json = JsonDocument.Parse(await fixture.Http.GetStringAsync($"/dashboard/SiloCounters/{Uri.EscapeDataString(silo)}")).RootElement;
            counters = json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => double.Parse(c.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            if (counters.GetValueOrDefault(NegotiationMetrics.SummitsConverged) >= 1 && counters.GetValueOrDefault(NegotiationMetrics.RoundsCompleted) >= 1) break;
            await Task.Delay(250);
        }
        Assert.True(counters.GetValueOrDefault(NegotiationMetrics.RoundsCompleted) >= 1, string.Join(", ", counters.Keys));
        Assert.True(counters.GetValueOrDefault(NegotiationMetrics.CommitmentsMade) >= 3);
        Assert.True(counters.GetValueOrDefault(NegotiationMetrics.Concessions) >= 1);
        Assert.True(counters.GetValueOrDefault(NegotiationMetrics.IssuesConverged) >= 1);
        Assert.True(counters.GetValueOrDefault(NegotiationMetrics.SummitsConverged) >= 1);
        Assert.Contains(NegotiationMetrics.SummitsFailed, counters.Keys);
        Assert.Contains(NegotiationMetrics.SummitsRunning, counters.Keys);
    }

    [Fact]
    public async Task Grain_methods_read_as_negotiation_steps_in_the_dashboard()
    {
        var id = await fixture.StartSummitAsync(new { scenario = "us-japan-korea", seed = 5 });
        await SseReader.ReadAllAsync(fixture.Http, $"/api/summits/{id}/rounds", TimeSpan.FromSeconds(60));
        // The grain view lists each grain type's methods by name (GrainStats/{grain type}).
        string countries = "", summits = "";
        for (var attempt = 0; attempt < 40 && !(countries.Contains(".Commit\"") && summits.Contains(".StartRound\"")); attempt++)
        {
            countries = await fixture.Http.GetStringAsync("/dashboard/GrainStats/TechPact.Grains.Countries.CountryGrain");
            summits = await fixture.Http.GetStringAsync("/dashboard/GrainStats/TechPact.Grains.Summits.SummitGrain");
            await Task.Delay(250);
        }
        Assert.Contains("CountryGrain.Commit\"", countries);
        Assert.Contains("SummitGrain.StartRound\"", summits);
    }
}
