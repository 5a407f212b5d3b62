#!/usr/bin/env python3
"""Plays like tit_for_tat.py and writes every line it is sent to LOG: python3 spy_agent.py EXAMPLES_DIR LOG."""
import json
import sys

sys.path.insert(0, sys.argv[1])
from tit_for_tat import TitForTat  # noqa: E402

agent = TitForTat()
with open(sys.argv[2], "a", encoding="utf-8") as log:
    for line in sys.stdin:
        log.write(line)
        log.flush()
        message = json.loads(line)
        if message.get("type") == "turn":
            print(json.dumps(agent.move(message)), flush=True)
        elif message.get("type") == "end":
            break
