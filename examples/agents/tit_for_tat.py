#!/usr/bin/env python3
"""A tit-for-tat negotiator for TechPact, in plain Python (standard library only).

It speaks protocol techpact-agent/1 over stdio: one JSON object per line. A "turn" message
comes in on stdin; it prints one "move" line on stdout; "end" means the summit is over.
Diagnostics go to stderr, never stdout.

Strategy: open with its favourite option on every issue; then, each round, concede as many
options as the others conceded together since its last turn (at least one a round in the second
half, so that a deal can still be reached by the deadline), always the concession that costs it
least, and never one that would let a package built from its commitments fall below its
reservation. It accepts a complete draft that is worth at least what it still aspires to.

Run it against the seed scenario:
    dotnet run --project src/TechPact.Host -- run scenarios/us-japan-korea.yaml \
        --seat KR=agent:"python3 examples/agents/tit_for_tat.py"
"""
import json
import sys


def utility(brief, package):
    total = 0.0
    for issue in brief["issues"]:
        option = package.get(issue["id"])
        for o in issue["options"]:
            if o["id"] == option:
                total += issue["weight"] * o["value"]
    return total


def worst_case(brief, commitments):
    """The lowest utility of any package built from these commitments (an empty issue counts 0)."""
    total = 0.0
    for issue in brief["issues"]:
        values = [o["value"] for o in issue["options"] if o["id"] in commitments[issue["id"]]]
        total += issue["weight"] * (min(values) if values else 0.0)
    return total


def commitments_count(table, me):
    return sum(len(v) for c in table["countries"] if c["id"] != me for v in c["commitments"].values())


class TitForTat:
    def __init__(self):
        self.others_before = None

    def move(self, turn):
        brief, table, me = turn["brief"], turn["table"], turn["country"]
        mine = next(c for c in table["countries"] if c["id"] == me)["commitments"]
        commit = {issue["id"]: list(mine.get(issue["id"], [])) for issue in brief["issues"]}
        reservation = brief["reservation"]
        progress = turn["round"] / turn["maxRounds"]

        # Open with the favourite option on every issue.
        for issue in brief["issues"]:
            if not commit[issue["id"]]:
                allowed = [o for o in issue["options"] if not o["redLine"]]
                commit[issue["id"]].append(max(allowed, key=lambda o: o["value"])["id"])

        # Reciprocate: as many concessions as the others made since my last turn.
        others_now = commitments_count(table, me)
        received = 0 if self.others_before is None else max(0, others_now - self.others_before)
        self.others_before = others_now
        owed = min(2, received) if turn["round"] > 1 else 0
        if progress > 0.5:
            owed = max(owed, 1)
        for _ in range(owed):
            best = None
            for issue in brief["issues"]:
                top = max(o["value"] for o in issue["options"])
                for o in issue["options"]:
                    if o["redLine"] or o["id"] in commit[issue["id"]]:
                        continue
                    trial = {k: v + ([o["id"]] if k == issue["id"] else []) for k, v in commit.items()}
                    if worst_case(brief, trial) < reservation + 0.02:
                        continue
                    cost = issue["weight"] * (top - o["value"])
                    if best is None or cost < best[0]:
                        best = (cost, issue["id"], o["id"])
            if best is None:
                break
            commit[best[1]].append(best[2])

        # Accept a complete draft worth what it still aspires to (its reservation in the last round).
        draft = table["draft"]
        aspiration = max(reservation + 0.05, 1.0 - (1.0 - reservation) * progress)
        if turn["round"] >= turn["maxRounds"]:
            aspiration = reservation
        red = any(o["redLine"] and draft.get(i["id"]) == o["id"] for i in brief["issues"] for o in i["options"])
        accept = all(v is not None for v in draft.values()) and not red and utility(brief, draft) >= aspiration

        issues = []
        for issue in brief["issues"]:
            values = {o["id"]: o["value"] for o in issue["options"]}
            ask = None if draft.get(issue["id"]) in commit[issue["id"]] else max(commit[issue["id"]], key=values.get)
            issues.append({"issue": issue["id"], "commit": commit[issue["id"]], "amend": ask})
        return {"type": "move", "v": 1, "round": turn["round"], "accept": accept, "issues": issues}


def main():
    agent = TitForTat()
    for line in sys.stdin:
        if not line.strip():
            continue
        message = json.loads(line)
        kind = message.get("type")
        if kind == "turn":
            print(json.dumps(agent.move(message)), flush=True)
        elif kind == "refused":
            print("refused: " + message.get("reason", ""), file=sys.stderr)
        elif kind == "end":
            print("end: %s, utility %.3f" % (message.get("status"), message.get("utility", 0)), file=sys.stderr)
            return


if __name__ == "__main__":
    main()
