#!/usr/bin/env python3
"""A VLAN trunk between two TAP devices, for the VLAN capture fixture.

This machine's kernel has no 802.1Q support (CONFIG_VLAN_8021Q is off and its
bridge has no VLAN filtering), so a VLAN subinterface cannot tag frames. This
relay plays the switch instead: it forwards every Ethernet frame between the
client's TAP and the server's TAP unchanged, and writes a copy of it, tagged
as a trunk port would carry it, to a third TAP, the "wire" that tshark
captures. Frames to or from TCP port 8081 carry two tags (802.1ad service tag
200 outside, 802.1Q customer tag 100 inside, as QinQ does); all others one
802.1Q tag, VLAN 100 (IEEE 802.1Q section 9.6: TPID, then a TCI whose low 12
bits are the VLAN identifier).

usage: vlan-trunk.py CLIENT_TAP SERVER_TAP WIRE_TAP
Prints "ready" once the three devices exist; runs until killed.
"""
import os
import select
import struct
import sys

from tap import open_tap


def tag(tpid, vid):
    return struct.pack("!HH", tpid, vid & 0x0FFF)


def tcp_ports(frame):
    """The TCP ports of an untagged Ethernet IPv4 frame, or None."""
    if len(frame) < 34 or frame[12:14] != b"\x08\x00" or frame[23] != 6:
        return None
    ihl = (frame[14] & 0x0F) * 4
    at = 14 + ihl
    if len(frame) < at + 4:
        return None
    return struct.unpack("!HH", frame[at : at + 4])


def trunk_copy(frame):
    ports = tcp_ports(frame)
    if ports and 8081 in ports:
        tags = tag(0x88A8, 200) + tag(0x8100, 100)
    else:
        tags = tag(0x8100, 100)
    return frame[:12] + tags + frame[12:]


def main():
    client, server, wire = (open_tap(name) for name in sys.argv[1:4])
    print("ready", flush=True)
    peer = {client: server, server: client}
    while True:
        readable, _, _ = select.select([client, server], [], [])
        for fd in readable:
            frame = os.read(fd, 65536)
            os.write(peer[fd], frame)
            os.write(wire, trunk_copy(frame))


if __name__ == "__main__":
    main()
