#!/usr/bin/env python3
"""An ANAC-style negotiator for TechPact, in plain Python (standard library only).

Three classic parts of the agents of the Automated Negotiating Agents Competition (ANAC):
  * a frequency opponent model: an option the others keep committing to and asking for is
    one they value; an issue on which they commit to few options is one they weigh heavily;
  * time-dependent (Boulware) bidding: the utility it demands falls from 1 to its reservation
    as the deadline nears, slowly at first, T(t) = r + (1 - r)(1 - t^(1/e)) with e = 0.1;
    of the packages worth at least T(t) to it, it bids the one the opponent model rates best
    for the others (a greedy climb, one issue at a time, from its own favourite);
  * AC_next acceptance: it accepts the draft when the draft is worth at least what its next
    bid would demand.
Its commitments on each issue are the options that keep its bid worth T(t) (and any package of
its commitments above its reservation), so they widen toward the others as time runs out.

It speaks protocol techpact-agent/1 over stdio, one JSON object per line.

Run it against the seed scenario:
    dotnet run --project src/TechPact.Host -- run scenarios/us-japan-korea.yaml \
        --seat KR=agent:"python3 examples/agents/frequency_agent.py"
"""
import json
import sys

BOULWARE_E = 0.1


class FrequencyAgent:
    def __init__(self):
        self.counts = {}   # country -> issue -> option -> evidence that it values the option

    # --- its own preferences -------------------------------------------------------------
    @staticmethod
    def utility(brief, package):
        total = 0.0
        for issue in brief["issues"]:
            for o in issue["options"]:
                if o["id"] == package.get(issue["id"]):
                    total += issue["weight"] * o["value"]
        return total

    @staticmethod
    def worst_case(brief, commit):
        total = 0.0
        for issue in brief["issues"]:
            values = [o["value"] for o in issue["options"] if o["id"] in commit[issue["id"]]]
            total += issue["weight"] * (min(values) if values else 0.0)
        return total

    @staticmethod
    def target(brief, t):
        r = brief["reservation"]
        return r + (1.0 - r) * (1.0 - t ** (1.0 / BOULWARE_E))

    # --- the opponent model --------------------------------------------------------------
    def learn(self, turn):
        for country in turn["table"]["countries"]:
            if country["id"] == turn["country"]:
                continue
            model = self.counts.setdefault(country["id"], {})
            for issue, options in country["commitments"].items():
                for o in options:
                    model.setdefault(issue, {})[o] = model.setdefault(issue, {}).get(o, 0.0) + 1.0
            answer = country.get("lastAnswer")
            if answer:
                for issue, o in answer["amendments"].items():
                    model.setdefault(issue, {})[o] = model.setdefault(issue, {}).get(o, 0.0) + 2.0

    def others_value(self, turn, package):
        """Estimated utility of a package to the others, summed: weights from how narrowly each
        commits on an issue, values from how often it commits to and asks for each option."""
        total = 0.0
        for country in turn["table"]["countries"]:
            if country["id"] == turn["country"]:
                continue
            model = self.counts.get(country["id"], {})
            weights = {i: 1.0 / (1.0 + len(country["commitments"].get(i, []))) for i in package}
            norm = sum(weights.values()) or 1.0
            for issue, option in package.items():
                seen = model.get(issue, {})
                top = max(seen.values()) if seen else 0.0
                if top > 0:
                    total += weights[issue] / norm * seen.get(option, 0.0) / top
        return total

    # --- a turn --------------------------------------------------------------------------
    def bid(self, turn, t):
        brief = turn["brief"]
        demand = self.target(brief, t)
        allowed = {i["id"]: [o for o in i["options"] if not o["redLine"]] for i in brief["issues"]}
        bid = {i: max(opts, key=lambda o: o["value"])["id"] for i, opts in allowed.items()}
        while True:
            best, best_gain = None, 1e-12
            base = self.others_value(turn, bid)
            for issue, options in allowed.items():
                for o in options:
                    if o["id"] == bid[issue]:
                        continue
                    trial = dict(bid, **{issue: o["id"]})
                    if self.utility(brief, trial) < demand:
                        continue
                    gain = self.others_value(turn, trial) - base
                    if gain > best_gain:
                        best, best_gain = trial, gain
            if best is None:
                return bid, demand
            bid = best

    def move(self, turn):
        self.learn(turn)
        brief, table = turn["brief"], turn["table"]
        rounds = max(1, turn["maxRounds"] - 1)
        t = (turn["round"] - 1) / rounds
        bid, demand = self.bid(turn, t)
        mine = next(c for c in table["countries"] if c["id"] == turn["country"])["commitments"]
        commit = {i["id"]: list(mine.get(i["id"], [])) for i in brief["issues"]}
        for issue in brief["issues"]:
            for o in issue["options"]:
                if o["redLine"] or o["id"] in commit[issue["id"]]:
                    continue
                trial = dict(bid, **{issue["id"]: o["id"]})
                wider = dict(commit, **{issue["id"]: commit[issue["id"]] + [o["id"]]})
                if o["id"] == bid[issue["id"]] or (self.utility(brief, trial) >= demand
                                                   and self.worst_case(brief, wider) >= brief["reservation"]):
                    commit[issue["id"]].append(o["id"])

        # AC_next: accept what is worth at least the next bid's demand (the reservation at the end).
        draft = table["draft"]
        next_demand = self.target(brief, min(1.0, t + 1.0 / rounds))
        if turn["round"] >= turn["maxRounds"]:
            next_demand = brief["reservation"]
        red = any(o["redLine"] and draft.get(i["id"]) == o["id"] for i in brief["issues"] for o in i["options"])
        accept = all(v is not None for v in draft.values()) and not red and self.utility(brief, draft) >= next_demand

        issues = [{"issue": i["id"], "commit": commit[i["id"]],
                   "amend": None if draft.get(i["id"]) == bid[i["id"]] else bid[i["id"]]} for i in brief["issues"]]
        return {"type": "move", "v": 1, "round": turn["round"], "accept": accept, "issues": issues}


def main():
    agent = FrequencyAgent()
    for line in sys.stdin:
        if not line.strip():
            continue
        message = json.loads(line)
        if message.get("type") == "turn":
            print(json.dumps(agent.move(message)), flush=True)
        elif message.get("type") == "refused":
            print("refused: " + message.get("reason", ""), file=sys.stderr)
        elif message.get("type") == "end":
            return


if __name__ == "__main__":
    main()
