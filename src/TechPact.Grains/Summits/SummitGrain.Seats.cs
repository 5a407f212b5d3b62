namespace TechPact.Grains.Summits;

/// <summary>The summit's seats as people and agents use them: a seat changes hands, a person reads their
/// seat and answers the open round, an agent's country grain says it has answered. (Fields: SummitGrain.cs.)</summary>
public sealed partial class SummitGrain
{
    public async Task TakeSeat(string country, SeatSpec seat, string? token, string reason, TimeSpan? roundTime)
    {
        var summit = OpenSummit();
        var c = summit.Scenario.CountryIndex(country);
        if (c < 0) throw new Refusal(RefusalKind.NotFound, $"The summit has no country '{country}'.");
        if (summit.IsOver || S.Stopped) throw new Refusal(RefusalKind.Conflict, "The summit is over: its seats can't change hands.");
        if (seat.IsOutside && SeatRules.Problem(summit) is { } problem) throw new Refusal(RefusalKind.Invalid, problem);
        if (seat.Kind == SeatKind.Person)
        {
            if (string.IsNullOrEmpty(token)) throw new ArgumentException("A person's seat needs a token.", nameof(token));
            S.Tokens[country] = token;
            if (roundTime is not null || S.Plan.RoundTime is null) S.Plan = S.Plan with { RoundTime = roundTime ?? DefaultRoundTime };
        }
        else S.Tokens.Remove(country);

        var round = _round?.Number ?? summit.Round + 1;
        if (!SeatOf(summit, c, round).Equals(seat))
        {
            // The AI can take a silent seat of the open round at once; anyone else starts with the next round.
            // (Never "from the opening" once open: a seat line must land after what watchers have already been sent.)
            var now = _round is { } open && !seat.IsOutside && open.Waiting.Contains(country);
            var change = new SeatChange(_round is null || now ? round : round + 1, country, seat, reason);
            _book.Change(change);
            S.Changes.Add(change);
            if (now)
            {
                await _table.SeatNow(c, country, seat, S.Plan.MoveTime);
                _round!.Moves[c] = await _table[c].Commit(_round.Context);
                _round.Waiting.Remove(country);
            }
        }
        await seating.WriteStateAsync();
        Changed();
        if (_round is { Waiting.Count: 0 }) await CloseOpenRound(SeatFault.Silent);
    }

    public async Task<SeatSnapshot> GetSeat(string country, string token)
    {
        var (summit, c) = await PersonSeat(country, token);
        return await SnapshotOf(summit, c, country);
    }

    public async Task<SeatSnapshot> WatchSeat(string country)
    {
        var c = OpenSummit().Scenario.CountryIndex(country);
        if (c < 0) throw new Refusal(RefusalKind.NotFound, $"The summit has no country '{country}'.");
        await ReopenIfNeeded();
        return await SnapshotOf(OpenSummit(), c, country);
    }

    private async Task<SeatSnapshot> SnapshotOf(Summit summit, int c, string country)
    {
        var refused = _round is not null && SeatOf(summit, c, _round.Number).IsOutside ? await _table[c].LastRefusal() : null;
        var submitted = _round is { } open && S.Answers.GetValueOrDefault(country) is { } answer && answer.Round == open.Number ? answer.Answer : null;
        return new SeatSnapshot(SummitId, SeatOf(summit, c, _round?.Number ?? summit.Round + 1), SeatViews.For(summit, c),
            _round?.Number ?? 0, submitted, refused, ClockView(), _book.PlayedFor(country));
    }

    public async Task<SeatSnapshot> Submit(string country, string token, int round, SeatAnswer answer)
    {
        var (summit, c) = await PersonSeat(country, token);
        if (summit.IsOver || S.Stopped) throw new Refusal(RefusalKind.Conflict, "The negotiation at your table is over: no more rounds.");
        if (S.Paused) throw new Refusal(RefusalKind.Conflict, "The session is paused: submit when your instructor resumes it.");
        if (_round is not { } open)
            throw new Refusal(RefusalKind.Conflict, round <= summit.Round
                ? $"Round {round} has closed; the next round opens shortly."
                : "No round is open yet: wait for the first round.");
        if (round != open.Number)
            throw new Refusal(RefusalKind.Conflict, round < open.Number
                ? $"Round {round} has closed; the table is in round {open.Number} now. Review the new draft and submit again."
                : $"Round {round} has not opened; the table is in round {open.Number}.");
        if (open.Moves[c] is not null) throw new Refusal(RefusalKind.Conflict, "The AI plays your seat this round.");
        var move = await _table[c].Submit(round, answer);
        S.Answers[country] = new StoredAnswer { Round = round, Answer = answer, Move = move };
        await seating.WriteStateAsync();
        open.Waiting.Remove(country);
        Changed();
        if (open.Waiting.Count == 0) await CloseOpenRound(SeatFault.Silent);
        return await GetSeat(country, token);
    }

    public async Task SeatAnswered(int round, string country)
    {
        if (_round is not { } open || open.Number != round || !open.Waiting.Remove(country)) return;
        Changed();
        if (open.Waiting.Count == 0) await CloseOpenRound(SeatFault.Silent);
    }

    /// <summary>Checks the seat's token; then a summit just reactivated opens its round again (or briefs its table).</summary>
    private async Task<(Summit Summit, int Country)> PersonSeat(string country, string token)
    {
        var c = OpenSummit().Scenario.CountryIndex(country);
        if (c < 0) throw new Refusal(RefusalKind.NotFound, $"The summit has no country '{country}'.");
        if (!S.Tokens.TryGetValue(country, out var expected) || !Secrets.Same(expected, token))
            throw new Refusal(RefusalKind.Forbidden, "This seat's token was not presented: you can only see and play your own seat.");
        await ReopenIfNeeded();
        await _table.BriefFor(OpenSummit());
        return (OpenSummit(), c);
    }
}
