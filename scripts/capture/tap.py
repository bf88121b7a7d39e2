"""A TAP device opened by name (Linux's TUN/TAP driver, Documentation/networking/tuntap.rst):
the relays' link ends (delay-relay.py, vlan-trunk.py). Whole Ethernet frames, no packet
information header."""
import fcntl
import os
import struct

TUNSETIFF = 0x400454CA
IFF_TAP = 0x0002
IFF_NO_PI = 0x1000


def open_tap(name):
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TAP | IFF_NO_PI))
    return fd
