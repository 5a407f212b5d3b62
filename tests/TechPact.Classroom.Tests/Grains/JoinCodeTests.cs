using Orleans.Runtime;
using TechPact.Classroom.Tests.Fixtures;
using TechPact.Contracts;
using TechPact.Contracts.Classroom;

namespace TechPact.Classroom.Tests.Grains;

/// <summary>Join codes: long enough to guess at no useful rate under the join limit, one device per code,
/// and a wrong guess is a miss in a directory shard, not a grain activation.</summary>
[Collection(ClassroomClusterCollection.Name)]
public sealed class JoinCodeTests(ClassroomCluster cluster)
{
    private async Task<string> CodeOf(IClassroomGrain grain, string instructor, string country = "US", int table = 1) =>
        (await grain.GetConsole(instructor)).Seats.Single(s => s.Table == table && s.Country == country).JoinCode!;

    [Fact]
    public async Task Codes_are_eight_characters_of_the_unambiguous_alphabet()
    {
        var (grain, instructor) = await cluster.NewSessionAsync(tables: 3, humans: ["US", "JP", "KR"]);
        var codes = (await grain.GetConsole(instructor)).Seats.Select(s => s.JoinCode!).ToList();
        Assert.Equal(9, codes.Distinct().Count());
        Assert.All(codes, code =>
        {
            Assert.Equal(8, code.Length);
            Assert.True(JoinCodes.IsWellFormed(code), code);
            Assert.DoesNotContain(code, c => "01OIL".Contains(c));
        });
    }

    [Fact]
    public async Task A_code_opens_its_seat_on_one_device_and_again_only_where_the_seat_is_held()
    {
        var (grain, instructor) = await cluster.NewSessionAsync();
        var code = await CodeOf(grain, instructor);
        var first = await JoinCodes.JoinAsync(cluster.Client, code.Insert(4, "-").ToLowerInvariant(), []);

        // A second device (no seat cookie) is refused and learns why; the first device joins again.
        var second = await Assert.ThrowsAsync<Refusal>(() => JoinCodes.JoinAsync(cluster.Client, code, []));
        Assert.Equal(RefusalKind.Conflict, second.Kind);
        Assert.Contains("used already, on another device", second.Message);
        Assert.Equal(first.Token, (await JoinCodes.JoinAsync(cluster.Client, code, ["someone-elses-token", first.Token])).Token);

        // The instructor re-issues: the new code opens the seat once more, elsewhere; the old code and token stop working.
        var reissued = await grain.Reassign(instructor, 1, "US", toHuman: true);
        Assert.Equal(RefusalKind.NotFound, (await Assert.ThrowsAsync<Refusal>(() => JoinCodes.JoinAsync(cluster.Client, code, [first.Token]))).Kind);
        var moved = await JoinCodes.JoinAsync(cluster.Client, reissued.JoinCode!, []);
        Assert.NotEqual(first.Token, moved.Token);
        var old = await Assert.ThrowsAsync<Refusal>(() => grain.GetSeat(1, "US", first.Token));
        Assert.Contains("gave this seat to another student", old.Message);
    }

    [Fact]
    public async Task A_malformed_code_is_refused_before_any_grain_and_a_miss_activates_none()
    {
        var (grain, instructor) = await cluster.NewSessionAsync();
        var code = await CodeOf(grain, instructor);
        Assert.Equal(RefusalKind.Invalid, (await Assert.ThrowsAsync<Refusal>(() => JoinCodes.JoinAsync(cluster.Client, "ABC123", []))).Kind);
        Assert.Equal(RefusalKind.Invalid, (await Assert.ThrowsAsync<Refusal>(() => JoinCodes.JoinAsync(cluster.Client, code + "X", []))).Kind);

        var management = cluster.Client.GetGrain<IManagementGrain>(0);
        async Task<(int Codes, int Sessions)> Activations()
        {
            var stats = await management.GetSimpleGrainStatistics();
            int Of(string type) => stats.Where(s => s.GrainType.Contains(type, StringComparison.Ordinal)).Sum(s => s.ActivationCount);
            return (Of("JoinCodesGrain"), Of("ClassroomGrain"));
        }
        var before = await Activations();
        var random = new Random(13);
        for (var i = 0; i < 2_000; i++)
        {
            var guess = new string([.. Enumerable.Range(0, JoinCodes.Length).Select(_ => JoinCodes.Alphabet[random.Next(JoinCodes.Alphabet.Length)])]);
            if (guess == code) continue;
            Assert.Equal(RefusalKind.NotFound, (await Assert.ThrowsAsync<Refusal>(() => JoinCodes.JoinAsync(cluster.Client, guess, []))).Kind);
        }
        var after = await Activations();
        // At most one shard per first character, whatever was guessed; no session was woken by a miss.
        Assert.InRange(after.Codes, 1, JoinCodes.Alphabet.Length);
        Assert.Equal(before.Sessions, after.Sessions);
    }
}
