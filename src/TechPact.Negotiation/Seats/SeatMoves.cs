namespace TechPact.Negotiation.Seats;

/// <summary>Turns a seat's answer (a person's or an agent's) into the country's <see cref="CountryMove"/>
/// for the round, under the rules an AI move obeys: commitments only grow, options exist, red lines
/// hold. The figures the other countries' strategies read (draft utility, aspiration, risk) come
/// from the country's own profile, as for an AI seat: the seat never states them.</summary>
/// <remarks>Aspiration is what the seat asks for: the utility of the draft with its amendments
/// applied (the draft itself when it accepts), never below its reservation. Pure.</remarks>
public static class SeatMoves
{
    private const double Tolerance = 1e-9;

    public static CountryMove From(CountryBrief brief, RoundContext context, SeatAnswer answer)
    {
        var me = brief.Profile;
        var issues = brief.Issues;
        var answers = Index(issues, answer.Issues);
        if (answer.AcceptsDraft) CheckAcceptable(me, issues, context.Draft);

        var previous = context.Commitments[brief.Index];
        var commitments = ImmutableArray.CreateBuilder<OptionSet>(issues.Length);
        var amendments = ImmutableArray.CreateBuilder<int>(issues.Length);
        var concessions = 0;
        for (var i = 0; i < issues.Length; i++)
        {
            var onIssue = answers[i];
            var set = onIssue is null ? previous[i] : CommitmentsOn(me, issues[i], i, previous[i], onIssue);
            if (answer.AcceptsDraft) set = set.With(context.Draft[i]);
            if (context.Round > 1 && set != previous[i]) concessions++;
            commitments.Add(set);
            amendments.Add(onIssue?.Amend is { } amend
                ? Option(me, issues[i], i, amend, "ask for")
                : DefaultAmendment(me, i, set, context.Draft[i]));
        }

        var draftUtility = Utility.Of(me, context.Draft);
        var asked = new Package([.. context.Draft.Choices.Select((o, i) => amendments[i] == Package.Open ? o : amendments[i])]);
        var aspiration = Math.Clamp(answer.AcceptsDraft ? draftUtility : Utility.Of(me, asked), me.Reservation, 1.0);
        var surplus = aspiration - me.Reservation;
        var risk = answer.AcceptsDraft || surplus <= Tolerance ? 0.0 : Math.Clamp((aspiration - draftUtility) / surplus, 0.0, 1.0);
        return new CountryMove(me.Id, context.Round, answer.AcceptsDraft, draftUtility, aspiration,
            commitments.MoveToImmutable(), amendments.MoveToImmutable(), concessions) { Risk = risk };
    }

    private static IssueAnswer?[] Index(ImmutableArray<Issue> issues, ImmutableArray<IssueAnswer> answers)
    {
        var byIssue = new IssueAnswer?[issues.Length];
        foreach (var answer in answers.IsDefault ? [] : answers)
        {
            var i = -1;
            for (var k = 0; k < issues.Length && i < 0; k++) if (issues[k].Id == answer.Issue) i = k;
            if (i < 0)
                throw new IllegalAnswerException($"There is no issue '{answer.Issue}' on the agenda; the issues are {string.Join(", ", issues.Select(x => x.Id))}.");
            if (byIssue[i] is not null) throw new IllegalAnswerException($"Issue '{answer.Issue}' is answered twice.");
            byIssue[i] = answer;
        }
        return byIssue;
    }

    private static void CheckAcceptable(CountryProfile me, ImmutableArray<Issue> issues, Package draft)
    {
        for (var i = 0; i < issues.Length; i++)
        {
            if (draft[i] == Package.Open)
                throw new IllegalAnswerException($"The draft leaves '{issues[i].Title}' open: you can only accept a complete draft. Commit to options instead.");
            if (me.RedLines[i].Contains(draft[i]))
                throw new IllegalAnswerException($"The draft's '{issues[i].Options[draft[i]].Label}' on '{issues[i].Title}' crosses your red line: you cannot accept it.");
        }
    }

    private static OptionSet CommitmentsOn(CountryProfile me, Issue issue, int i, OptionSet previous, IssueAnswer answer)
    {
        var set = OptionSet.Empty;
        foreach (var id in answer.Commit.IsDefault ? [] : answer.Commit) set = set.With(Option(me, issue, i, id, "commit to"));
        foreach (var kept in previous.Members())
            if (!set.Contains(kept))
                throw new IllegalAnswerException(
                    $"You committed to '{issue.Options[kept].Label}' ({issue.Options[kept].Id}) on '{issue.Title}' ({issue.Id}) in an earlier round; " +
                    "commitments cannot be withdrawn: list every earlier commitment again.");
        return set;
    }

    private static int Option(CountryProfile me, Issue issue, int i, string id, string verb)
    {
        var o = issue.IndexOf(id);
        if (o < 0)
            throw new IllegalAnswerException($"'{issue.Title}' has no option '{id}'; its options are {string.Join(", ", issue.Options.Select(x => x.Id))}.");
        if (me.RedLines[i].Contains(o))
            throw new IllegalAnswerException($"'{issue.Options[o].Label}' on '{issue.Title}' is one of your red lines: you cannot {verb} it.");
        return o;
    }

    /// <summary>Without an explicit ask, the same rule as an AI seat: none where the draft's option is
    /// committed, else the committed option nearest the draft (ties to the one valued more), else the favourite.</summary>
    private static int DefaultAmendment(CountryProfile me, int i, OptionSet committed, int draftOption)
    {
        if (committed.Contains(draftOption)) return Package.Open;
        var values = me.Values[i];
        var candidates = committed.IsEmpty
            ? Enumerable.Range(0, values.Length).Where(o => !me.RedLines[i].Contains(o))
            : committed.Members();
        return candidates
            .OrderBy(o => committed.IsEmpty || draftOption == Package.Open ? 0 : Math.Abs(o - draftOption))
            .ThenByDescending(o => values[o]).ThenBy(o => o).First();
    }
}
