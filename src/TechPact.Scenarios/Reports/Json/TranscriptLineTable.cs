namespace TechPact.Scenarios.Reports.Json;

/// <summary>Every engine event and the line it is written as, once. A test checks that every
/// <see cref="TranscriptEvent"/> the engine has is here and that every line has its <c>type</c>, so a
/// transcript can hold no event this writer does not know.</summary>
internal static class TranscriptLines
{
    private static readonly Dictionary<Type, Func<TranscriptEvent, Scenario, TranscriptLine>> Table = new()
    {
        [typeof(SummitOpened)] = Line<SummitOpened>((e, s) => new SummitOpenedLine(e.Round, e.Scenario, e.Seed, e.MaxRounds, e.Protocol, e.Noise,
            Ids.Package(s, e.Draft, includeOpen: true), e.Source is null ? null : Writing.ScenarioYamlWriter.Write(e.Source)) { FirstMover = e.FirstMover }),
        [typeof(SummitForked)] = Line<SummitForked>((e, s) => new SummitForkedLine(e.Round, e.ParentSeed, e.Rules.Seed, e.Rules.MaxRounds,
            e.Rules.Noise, ForkEvents.Of(e.Events, s))),
        [typeof(CountryAnswered)] = Line<CountryAnswered>((e, s) => Answered(e.Move, s)),
        [typeof(DraftRevised)] = Line<DraftRevised>((e, s) => new DraftRevisedLine(e.Round, Ids.Package(s, e.Draft, includeOpen: true),
            [.. s.Issues.Where((_, i) => e.Converged[i]).Select(i => i.Id)])),
        [typeof(SummitConcluded)] = Line<SummitConcluded>((e, s) => new SummitConcludedLine(e.Round, RunOutcome.StatusName(e.Status),
            Ids.Package(s, e.Agreement, includeOpen: false), Ids.ByCountry(s, e.Utilities), [.. e.Clubs.Select(c => Ids.Club(s, c))])),
        [typeof(EventFired)] = Line<EventFired>((e, _) => new EventFiredLine(e.Round, e.Event.Id, e.Event.Title)),
        [typeof(TradeAgreed)] = Line<TradeAgreed>((e, s) => new TradeAgreedLine(e.Round, e.First, e.Second, Ids.ByCountry(s, e.Effects))),
        [typeof(TrackAgreed)] = Line<TrackAgreed>((e, s) => new TrackAgreedLine(e.Round, e.Track, s.Issues[e.Issue].Id,
            Ids.Options(s.Issues[e.Issue], e.Options))),
        [typeof(ClubFormed)] = Line<ClubFormed>((e, s) => Formed(e.Round, Ids.Club(s, e.Club))),
        [typeof(ClubJoined)] = Line<ClubJoined>((e, s) => new ClubJoinedLine(e.Round, s.Issues[e.Issue].Id,
            s.Issues[e.Issue].Options[e.Option].Id, e.Country)),
        [typeof(OfferTabled)] = Line<OfferTabled>((e, s) => new OfferTabledLine(e.Round, e.Country, Ids.Package(s, e.Offer, includeOpen: true))),
        [typeof(SeatTaken)] = Line<SeatTaken>((e, _) => new SeatTakenLine(e.Round, e.Country, SeatNames.Of(e.Kind), e.By,
            e.Reason.Length > 0 ? e.Reason : null)),
        [typeof(SeatPlayedByAi)] = Line<SeatPlayedByAi>((e, _) => new SeatPlayedByAiLine(e.Round, e.Country, SeatNames.Of(e.Fault), e.Detail)),
    };

    /// <summary>The engine events the table has a line for.</summary>
    public static IEnumerable<Type> EventTypes => Table.Keys;

    /// <summary>Each line's <c>type</c>, from the contract.</summary>
    public static IReadOnlyDictionary<string, Type> ByName { get; } = ReportJson.Contract.TranscriptLine.PolymorphismOptions!.DerivedTypes
        .ToDictionary(d => (string)d.TypeDiscriminator!, d => d.DerivedType, StringComparer.Ordinal);

    public static string NameOf(TranscriptLine line) => ByName.First(n => n.Value == line.GetType()).Key;

    /// <remarks>Pass the scenario as it stands at the end of the run (<c>Summit.Scenario</c>): a party
    /// that joined by event is only in that one.</remarks>
    public static TranscriptLine Of(TranscriptEvent e, Scenario scenario) => Table[e.GetType()](e, scenario);

    private static Func<TranscriptEvent, Scenario, TranscriptLine> Line<T>(Func<T, Scenario, TranscriptLine> line) where T : TranscriptEvent =>
        (e, s) => line((T)e, s);

    private static ClubFormedLine Formed(int round, ClubJson club) => new(round, club.Issue, club.Standard, club.FormedRound, club.Members);

    private static CountryAnsweredLine Answered(CountryMove move, Scenario s)
    {
        var commitments = new OrderedDictionary<string, string[]>();
        var amendments = new OrderedDictionary<string, string>();
        for (var i = 0; i < s.Issues.Length; i++)
        {
            commitments.Add(s.Issues[i].Id, Ids.Options(s.Issues[i], move.Commitments[i]));
            if (move.Amendments[i] != Package.Open) amendments.Add(s.Issues[i].Id, s.Issues[i].Options[move.Amendments[i]].Id);
        }
        return new CountryAnsweredLine(move.Round, move.Country, move.Accepts, move.DraftUtility, move.Aspiration, commitments, amendments,
            move.Concessions, move.Risk, move.Proposal is null ? null : Ids.Package(s, move.Proposal, includeOpen: true));
    }
}
