#!/usr/bin/env python3
"""A link with a one-way delay between two TAP devices, for the slow-start capture.

This machine's kernel has no netem qdisc (CONFIG_NET_SCH_NETEM is off), so
`tc qdisc add ... netem delay` cannot lengthen a round trip. This relay plays
the link instead: it forwards every Ethernet frame between the client's TAP
and the server's TAP unchanged, each DELAY_MS after it was sent, in the order
they were sent. With 20 ms each way the round trip is 40 ms, as on the
scenarios' link, long enough that the server's congestion window, not the
ACKs' speed, decides how many segments it sends before the first ACK.

usage: delay-relay.py CLIENT_TAP SERVER_TAP DELAY_MS
Prints "ready" once both devices exist; runs until killed.
"""
import heapq
import os
import select
import sys
import time

from tap import open_tap


def main():
    client, server = (open_tap(name) for name in sys.argv[1:3])
    delay = float(sys.argv[3]) / 1000
    peer = {client: server, server: client}
    # Frames on their way: (when they arrive, the order they were sent, where to, the frame).
    on_link = []
    sent = 0
    print("ready", flush=True)
    while True:
        now = time.monotonic()
        while on_link and on_link[0][0] <= now:
            _, _, to, frame = heapq.heappop(on_link)
            os.write(to, frame)
        timeout = max(0.0, on_link[0][0] - time.monotonic()) if on_link else None
        readable, _, _ = select.select([client, server], [], [], timeout)
        for fd in readable:
            frame = os.read(fd, 65536)
            sent += 1
            heapq.heappush(on_link, (time.monotonic() + delay, sent, peer[fd], frame))


if __name__ == "__main__":
    main()
