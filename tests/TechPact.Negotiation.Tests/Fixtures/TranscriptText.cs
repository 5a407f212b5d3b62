using TechPact.Negotiation.Summits;

namespace TechPact.Negotiation.Tests.Fixtures;

/// <summary>A plain-text rendering of a transcript, exact to the last bit of every number, for
/// comparing two runs (the records hold arrays, whose equality is by reference).</summary>
public static class TranscriptText
{
    public static string Of(IEnumerable<TranscriptEvent> events) => string.Join("\n", events.Select(Line));

    private static string Line(TranscriptEvent e) => e switch
    {
        SummitOpened o => $"opened {o.Scenario} {o.Seed} {o.MaxRounds} {o.Protocol} {o.Draft} {o.FirstMover}",
        CountryAnswered a => $"answer {a.Move.Round} {a.Move.Country} {a.Move.Accepts} {Bits(a.Move.DraftUtility)} " +
                             $"{Bits(a.Move.Aspiration)} {string.Join(",", a.Move.Commitments.Select(c => c.Bits))} " +
                             $"{string.Join(",", a.Move.Amendments)} {a.Move.Concessions} {Bits(a.Move.Risk)} {a.Move.Proposal}",
        DraftRevised d => $"draft {d.Round} {d.Draft} {string.Join(",", d.Converged)}",
        SummitConcluded c => $"end {c.Round} {c.Status} {c.Agreement} {string.Join(",", c.Utilities.Select(Bits))}",
        EventFired f => $"event {f.Round} {f.Event.Id}",
        TradeAgreed t => $"trade {t.Round} {t.First} {t.Second} {string.Join(",", t.Effects.Select(Bits))}",
        TrackAgreed t => $"track {t.Round} {t.Track} {t.Issue} {t.Options.Bits}",
        ClubFormed c => $"club {c.Round} {c.Club.Issue} {c.Club.Option} {string.Join(",", c.Club.Members)}",
        ClubJoined j => $"join {j.Round} {j.Issue} {j.Option} {j.Country}",
        OfferTabled o => $"offer {o.Round} {o.Country} {o.Offer}",
        SummitForked f => $"fork {f.Round} {f.ParentSeed} {f.Rules} {string.Join(",", f.Events.Select(e => e.Id))}",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
    };

    private static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString("x16");
}
