using Microsoft.Extensions.Logging;
using TechPact.Contracts.Summits;

namespace TechPact.Grains.Summits;

/// <summary>A summit that plays on by itself: a grain timer asks the grain, through its own
/// reference, for the next numbered round (so a retried tick never plays a round twice, and each
/// round shows in the dashboard as a RunRound call). The pace is kept by <see cref="IRunningSummitsGrain"/>,
/// not in the summit's log: the servers wake every running summit again after a failure.</summary>
public sealed partial class SummitGrain
{
    private IGrainTimer? _autoplay;

    public async Task Autoplay(TimeSpan pace)
    {
        if (OpenSummit().IsOver || _autoplay is not null) return;
        await RunningSummits.Of(GrainFactory).Add(SummitId, pace);
        var period = pace > TimeSpan.Zero ? pace : TimeSpan.FromMilliseconds(1);
        // Interleaved, so the tick may wait for the RunRound it sends without holding the grain;
        // the next tick comes only after this one finished. KeepAlive: a playing summit stays active.
        _autoplay = this.RegisterGrainTimer(PlayNextRound, new GrainTimerCreationOptions(pace, period) { Interleave = true, KeepAlive = true });
    }

    private async Task PlayNextRound(CancellationToken cancellation)
    {
        var summit = OpenSummit();
        if (!summit.IsOver)
        {
            try
            {
                await GrainFactory.GetGrain<ISummitGrain>(SummitId).RunRound(summit.Round + 1);
                if (!OpenSummit().IsOver) return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Summit {SummitId}: round {Round} failed; the next tick tries again", SummitId, summit.Round + 1);
                return;
            }
        }
        _autoplay?.Dispose();
        _autoplay = null;
        await RunningSummits.Of(GrainFactory).Remove(SummitId);
    }
}
