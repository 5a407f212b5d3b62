#!/usr/bin/env python3
"""An agent broken on purpose, one way per run: python3 broken_agent.py MODE MARKER.
MARKER only tags the process, so a test can see it was reaped."""
import json
import sys
import time

mode = sys.argv[1]


def favourite_move(turn, issue_override=None):
    issues = []
    for issue in turn["brief"]["issues"]:
        mine = next(c for c in turn["table"]["countries"] if c["id"] == turn["country"])["commitments"][issue["id"]]
        best = max((o for o in issue["options"] if not o["redLine"]), key=lambda o: o["value"])["id"]
        issues.append({"issue": issue["id"], "commit": sorted(set(mine) | {best})})
    return {"type": "move", "round": turn["round"], "accept": False, "issues": issue_override or issues}


for line in sys.stdin:
    turn = json.loads(line)
    if turn.get("type") != "turn":
        continue
    if mode == "hangs":
        time.sleep(3600)
    elif mode == "exits":
        if turn["round"] >= 2:
            print("boom: this agent gives up", file=sys.stderr, flush=True)
            sys.exit(3)
        print(json.dumps(favourite_move(turn)), flush=True)
    elif mode == "not-json":
        print("I think we should all just get along", flush=True)
    elif mode == "unknown-issue":
        print(json.dumps(favourite_move(turn, [{"issue": "fishing", "commit": ["quota"]}])), flush=True)
    elif mode == "unknown-option":
        print(json.dumps(favourite_move(turn, [{"issue": "data-flows", "commit": ["open-skies"]}])), flush=True)
    elif mode == "withdraws":
        move = favourite_move(turn)
        if turn["round"] >= 2:
            for issue in move["issues"]:
                options = next(i for i in turn["brief"]["issues"] if i["id"] == issue["issue"])["options"]
                issue["commit"] = [min((o for o in options if not o["redLine"]), key=lambda o: o["value"])["id"]]
        print(json.dumps(move), flush=True)
    elif mode == "late":
        time.sleep(turn["moveMs"] / 1000.0 * 2)
        print(json.dumps(favourite_move(turn)), flush=True)
    elif mode == "floods":
        print(json.dumps(favourite_move(turn)), flush=True)
        for n in range(100000):
            print('{"type":"noise","n":%d}' % n)
        sys.stdout.flush()
        time.sleep(3600)
    elif mode == "long-line":
        print("x" * 200000, flush=True)
        time.sleep(3600)
