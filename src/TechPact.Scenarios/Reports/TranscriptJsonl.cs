using System.Text;
using System.Text.Json;
using TechPact.Negotiation.Negotiators;
using TechPact.Negotiation.Outcomes;
using TechPact.Negotiation.Seats;
using TechPact.Negotiation.Summits;

namespace TechPact.Scenarios.Reports;

/// <summary>transcript.jsonl: one event per line, <c>type</c> first, everything named by id
/// (issues, options, countries) rather than by index, so a line reads on its own.</summary>
/// <remarks>Pass the scenario as it stands at the end of the run (<c>Summit.Scenario</c>): a party
/// that joined by event is only in that one.</remarks>
public static class TranscriptJsonl
{
    public static string Write(Scenario scenario, IEnumerable<TranscriptEvent> transcript)
    {
        var text = new StringBuilder();
        foreach (var e in transcript)
            text.Append(JsonText.Write(writer => WriteEvent(writer, scenario, e))).Append('\n');
        return text.ToString();
    }

    private static void WriteEvent(Utf8JsonWriter writer, Scenario scenario, TranscriptEvent e)
    {
        writer.WriteStartObject();
        switch (e)
        {
            case SummitOpened opened:
                Head(writer, "summit-opened", opened.Round);
                writer.WriteString("scenario", opened.Scenario);
                writer.WriteNumber("seed", opened.Seed);
                writer.WriteNumber("maxRounds", opened.MaxRounds);
                writer.WriteString("protocol", opened.Protocol);
                writer.WriteNumber("noise", opened.Noise);
                // Turn-taking protocols: who the seed let speak first (the order then moves on one seat a round).
                if (opened.FirstMover is not null) writer.WriteString("firstMover", opened.FirstMover);
                writer.WritePropertyName("draft");
                JsonText.WritePackage(writer, scenario, opened.Draft, includeOpen: true);
                // The scenario itself, so the transcript alone rebuilds the run (TranscriptReader).
                if (opened.Source is not null) OpeningJson.WriteSource(writer, opened.Source);
                break;
            case SummitForked forked:
                Head(writer, "summit-forked", forked.Round);
                ForkJson.WriteFields(writer, scenario, forked);
                break;
            case CountryAnswered answered:
                Head(writer, "country-answered", answered.Round);
                WriteMove(writer, scenario, answered.Move);
                break;
            case DraftRevised revised:
                Head(writer, "draft-revised", revised.Round);
                writer.WritePropertyName("draft");
                JsonText.WritePackage(writer, scenario, revised.Draft, includeOpen: true);
                writer.WriteStartArray("converged");
                for (var i = 0; i < scenario.Issues.Length; i++)
                    if (revised.Converged[i]) writer.WriteStringValue(scenario.Issues[i].Id);
                writer.WriteEndArray();
                break;
            case SummitConcluded concluded:
                Head(writer, "summit-concluded", concluded.Round);
                writer.WriteString("status", RunOutcome.StatusName(concluded.Status));
                writer.WritePropertyName("agreement");
                JsonText.WritePackage(writer, scenario, concluded.Agreement, includeOpen: false);
                writer.WritePropertyName("utilities");
                JsonText.WriteByCountry(writer, scenario, concluded.Utilities);
                writer.WriteStartArray("clubs");
                foreach (var club in concluded.Clubs) ClubJson.Write(writer, scenario, club);
                writer.WriteEndArray();
                break;
            case EventFired fired:
                Head(writer, "event-fired", fired.Round);
                writer.WriteString("event", fired.Event.Id);
                writer.WriteString("title", fired.Event.Title);
                break;
            case TradeAgreed trade:
                Head(writer, "trade-agreed", trade.Round);
                writer.WritePropertyName("first");
                LedgerJson.WriteEntry(writer, trade.First);
                writer.WritePropertyName("second");
                LedgerJson.WriteEntry(writer, trade.Second);
                // Every country's gain or cost on the mediator's next text, third parties included.
                writer.WritePropertyName("effects");
                JsonText.WriteByCountry(writer, scenario, trade.Effects);
                break;
            case TrackAgreed track:
                Head(writer, "track-agreed", track.Round);
                writer.WriteString("track", track.Track);
                writer.WriteString("issue", scenario.Issues[track.Issue].Id);
                writer.WriteStartArray("options");
                foreach (var o in track.Options.Members()) writer.WriteStringValue(scenario.Issues[track.Issue].Options[o].Id);
                writer.WriteEndArray();
                break;
            case ClubFormed formed:
                Head(writer, "club-formed", formed.Round);
                ClubJson.WriteFields(writer, scenario, formed.Club);
                break;
            case ClubJoined joined:
                Head(writer, "club-joined", joined.Round);
                writer.WriteString("issue", scenario.Issues[joined.Issue].Id);
                writer.WriteString("standard", scenario.Issues[joined.Issue].Options[joined.Option].Id);
                writer.WriteString("country", joined.Country);
                break;
            case OfferTabled offer:
                Head(writer, "offer-tabled", offer.Round);
                writer.WriteString("country", offer.Country);
                writer.WritePropertyName("offer");
                JsonText.WritePackage(writer, scenario, offer.Offer, includeOpen: true);
                break;
            case SeatTaken taken:
                // Who plays a seat from this round on, when it is not (or no longer) a built-in strategy.
                Head(writer, "seat-taken", taken.Round);
                writer.WriteString("country", taken.Country);
                writer.WriteString("kind", SeatNames.Of(taken.Kind));
                writer.WriteString("by", taken.By);
                if (taken.Reason.Length > 0) writer.WriteString("reason", taken.Reason);
                break;
            case SeatPlayedByAi seat:
                // The move that follows was played by the AI for a person's or agent's seat that failed.
                Head(writer, "seat-played-by-ai", seat.Round);
                writer.WriteString("country", seat.Country);
                writer.WriteString("reason", SeatNames.Of(seat.Fault));
                writer.WriteString("detail", seat.Detail);
                break;
            default:
                throw new NotSupportedException($"No transcript line for {e.GetType().Name}.");
        }
        writer.WriteEndObject();
    }

    private static void Head(Utf8JsonWriter writer, string type, int round)
    {
        writer.WriteString("type", type);
        writer.WriteNumber("round", round);
    }

    private static void WriteMove(Utf8JsonWriter writer, Scenario scenario, CountryMove move)
    {
        writer.WriteString("country", move.Country);
        writer.WriteBoolean("accepts", move.Accepts);
        writer.WriteNumber("draftUtility", move.DraftUtility);
        writer.WriteNumber("aspiration", move.Aspiration);
        writer.WriteStartObject("commitments");
        for (var i = 0; i < scenario.Issues.Length; i++)
        {
            var issue = scenario.Issues[i];
            writer.WriteStartArray(issue.Id);
            foreach (var o in move.Commitments[i].Members()) writer.WriteStringValue(issue.Options[o].Id);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteStartObject("amendments");
        for (var i = 0; i < scenario.Issues.Length; i++)
            if (move.Amendments[i] != Package.Open)
                writer.WriteString(scenario.Issues[i].Id, scenario.Issues[i].Options[move.Amendments[i]].Id);
        writer.WriteEndObject();
        writer.WriteNumber("concessions", move.Concessions);
        writer.WriteNumber("risk", move.Risk);
        if (move.Proposal is not null)
        {
            writer.WritePropertyName("proposal");
            JsonText.WritePackage(writer, scenario, move.Proposal, includeOpen: true);
        }
    }
}
