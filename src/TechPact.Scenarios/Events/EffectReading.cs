using TechPact.Scenarios.Loading.Model;
using TechPact.Scenarios.Loading.Schema;

namespace TechPact.Scenarios.Events;

/// <summary>What reading one event's effects needs: the agenda and the table they refer to, the
/// event's name for messages (<c>event 'shock'</c>), and where problems are reported.</summary>
internal sealed record EffectReading(Agenda Agenda, Roster Roster, Values Values, string Event);
