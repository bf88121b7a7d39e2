# The captures for the importer (src/capture), sourced by capture.sh: what a
# student or teacher may bring, beyond the scenarios' clean loopback GETs; and
# the large response across a 40 ms round trip, where the linux profile's
# slow start is compared with Linux's.
# Each function writes NAME.pcapng and NAME.txt (tshark's summary, with the
# TCP analysis) into $out; the HAR writes har.har and har.txt.
#
# Uses capture.sh's $work, $out, $port, $base, capture(), summarize(),
# wanted() and helpers (processes to stop at exit).

# keep NAME FILE: copies a capture into the fixtures with its summary.
keep() {
  cp "$2" "$out/$1.pcapng"
  chmod 644 "$out/$1.pcapng"
  summarize "$out/$1.pcapng" --extra >"$out/$1.txt"
  echo "$1: $(tshark -r "$out/$1.pcapng" 2>/dev/null | wc -l) packets" >&2
}

# A capture that starts after the handshake: a keep-alive pair of GETs with
# its first three packets (SYN, SYN,ACK, ACK) cut off by editcap, which is
# what a capture started a moment late holds, and deterministic where a late
# start is not.
extra_mid_connection() {
  capture "$work/mid.pcapng" "curl -s $base/ $base/"
  editcap -r "$work/mid.pcapng" "$work/mid-cut.pcapng" 4-1000000
  keep mid-connection "$work/mid-cut.pcapng"
}

# IPv6: curl to nginx on ::1.
extra_ipv6() {
  capture "$work/ipv6.pcapng" "curl -s -g 'http://[::1]:$port/'"
  keep ipv6 "$work/ipv6.pcapng"
}

# Four TCP conversations in one file, with traffic that is not TCP between
# them (an ICMP echo and its reply, a UDP datagram), which the importer must
# count and name.
extra_four_conversations() {
  local command="curl -s $base/; ping -c 1 -W 1 127.0.0.1; curl -s $base/missing;"
  command+=" echo roundtrip >/dev/udp/127.0.0.1/5555; curl -s $base/old; curl -s $base/large.html"
  capture "$work/four.pcapng" "$command" lo "tcp port $port or icmp or udp port 5555"
  keep four-conversations "$work/four.pcapng"
}

# Linux cooked v2 headers: a capture on the "any" pseudo-interface.
extra_sll2() {
  capture "$work/sll2.pcapng" "curl -s $base/" any "tcp port $port" -y LINUX_SLL2
  keep sll2 "$work/sll2.pcapng"
}

# nft_drop_once TABLE RULE...: an nftables table that drops, at the client's
# input, the first packet the rule matches and lets every later one pass (a
# set remembers that it dropped one). Input comes after the capture point on
# loopback, so the capture holds the packet the client never got, and then
# the sender's retransmission.
nft_drop_once() {
  local match="$1"
  nft -f - <<NFT
table inet roundtrip_loss {
  set dropped { type inet_service; flags dynamic; }
  chain input {
    type filter hook input priority 0;
    $match tcp sport @dropped accept
    $match add @dropped { tcp sport } drop
  }
}
NFT
}

# A retransmission after the retransmission timeout: the response of a GET is
# lost once; with nothing after it to acknowledge, the server waits for its
# RTO (RFC 6298) and sends it again.
extra_retransmission_rto() {
  nft_drop_once "tcp sport $port tcp flags & psh == psh"
  capture "$work/rto.pcapng" "curl -s $base/"
  nft delete table inet roundtrip_loss
  keep retransmission-rto "$work/rto.pcapng"
}

# A loss inside a burst, on a loopback shaped like Ethernet (MTU 1500, no
# offloads; capture.sh sets that up first): the first full-sized segment of
# an 18 KB response is lost once; the client's duplicate ACKs carry SACK
# blocks (RFC 2018) and Linux retransmits at once (RACK, RFC 8985), sooner
# than a timeout.
extra_retransmission_sack() {
  nft_drop_once "tcp sport $port meta length 1500"
  capture "$work/sack.pcapng" "curl -s $base/large.html"
  nft delete table inet roundtrip_loss
  keep retransmission-sack "$work/sack.pcapng"
}

# relay_between OUT CLIENT_DEV SERVER_DEV RELAY ARGS...: starts a relay script
# between two TAP devices, waits until it says it is ready, and moves the
# client's and the server's device into two new network namespaces, whose
# pids it sets in client_ns and server_ns (locals of the caller).
relay_between() {
  local out=$1 client_dev=$2 server_dev=$3
  shift 3
  python3 "$@" >"$out" 2>&1 &
  helpers+=($!)
  for _ in $(seq 1 100); do grep -q ready "$out" 2>/dev/null && break; sleep 0.05; done
  unshare --net sleep infinity &
  client_ns=$!
  unshare --net sleep infinity &
  server_ns=$!
  helpers+=("$client_ns" "$server_ns")
  sleep 0.2
  ip link set "$client_dev" netns "$client_ns"
  ip link set "$server_dev" netns "$server_ns"
}

# 802.1Q VLAN tags on the wire. The kernel here has no 802.1Q support, so the
# client and server live in namespaces of their own, joined by TAP devices,
# and vlan-trunk.py forwards their frames and writes each one, tagged as a
# trunk carries it, to a third TAP that tshark captures: one tag (VLAN 100)
# for port 8080, two stacked tags (802.1ad 200 outside, 802.1Q 100 inside)
# for port 8081. The TCP traffic is real; the tags are the relay's.
extra_vlan() {
  local client_ns server_ns
  relay_between "$work/relay.out" rt-client rt-server "$here/vlan-trunk.py" rt-client rt-server rt-wire
  # No IPv6 on these links: no router solicitations in the fixture.
  sysctl -qw net.ipv6.conf.rt-wire.disable_ipv6=1
  ip link set rt-wire up
  local ns
  for ns in "$client_ns:rt-client:10.1.0.1" "$server_ns:rt-server:10.1.0.2"; do
    IFS=: read -r pid dev address <<<"$ns"
    nsenter -t "$pid" -n sysctl -qw net.ipv6.conf.all.disable_ipv6=1
    nsenter -t "$pid" -n ip addr add "$address/24" dev "$dev"
    nsenter -t "$pid" -n ip link set "$dev" up
  done
  # The site's nginx again, listening in the server's namespace on 8080 and 8081.
  sed -e "s|listen 127.0.0.1:$port;|listen 10.1.0.2:8080; listen 10.1.0.2:8081;|" \
    -e "s|listen \[::1\]:$port;||" -e "s|$work/nginx.pid|$work/nginx-vlan.pid|" \
    "$work/nginx.conf" >"$work/nginx-vlan.conf"
  nsenter -t "$server_ns" -n nginx -c "$work/nginx-vlan.conf" -p "$work" &
  helpers+=($!)
  sleep 0.5
  local command="nsenter -t $client_ns -n curl -s http://10.1.0.2:8080/;"
  command+=" nsenter -t $client_ns -n curl -s http://10.1.0.2:8081/"
  capture "$work/vlan.pcapng" "$command" rt-wire vlan
  keep vlan "$work/vlan.pcapng"
}

# Slow start across a real round trip: /large.html at MTU 1500 without
# offloads (as large-response-mtu1500) between two namespaces of their own,
# joined by TAP devices through delay-relay.py, which holds every frame 20 ms
# (this kernel has no netem), so that the round trip is 40 ms as on the
# scenarios' link. Captured at the server's interface, in its namespace: the
# server sends its initial window (10 segments, RFC 6928), and more only as
# the client's ACKs come back. Nothing else there limits it: the relay has no
# rate of its own.
extra_large_response_rtt40() {
  local client_ns server_ns
  relay_between "$work/delay.out" rt-dclient rt-dserver "$here/delay-relay.py" rt-dclient rt-dserver 20
  local ns
  for ns in "$client_ns:rt-dclient:10.2.0.1" "$server_ns:rt-dserver:10.2.0.2"; do
    IFS=: read -r pid dev address <<<"$ns"
    nsenter -t "$pid" -n sysctl -qw net.ipv6.conf.all.disable_ipv6=1
    nsenter -t "$pid" -n ip link set lo up
    nsenter -t "$pid" -n ip addr add "$address/24" dev "$dev"
    nsenter -t "$pid" -n ip link set "$dev" mtu 1500 up
    nsenter -t "$pid" -n ethtool -K "$dev" tso off gso off gro off 2>/dev/null || true
  done
  # The site's nginx again, listening in the server's namespace.
  sed -e "s|listen 127.0.0.1:$port;|listen 10.2.0.2:$port;|" -e "s|listen \[::1\]:$port;||" \
    -e "s|$work/nginx.pid|$work/nginx-rtt.pid|" "$work/nginx.conf" >"$work/nginx-rtt.conf"
  nsenter -t "$server_ns" -n nginx -c "$work/nginx-rtt.conf" -p "$work" &
  helpers+=($!)
  sleep 0.5
  capture_ns="$server_ns" capture "$work/rtt40.pcapng" \
    "nsenter -t $client_ns -n curl -s http://10.2.0.2:$port/large.html" rt-dserver
  keep large-response-rtt40 "$work/rtt40.pcapng"
}

# A connection reset: a server that reads the request and closes with
# SO_LINGER 0, so Linux sends RST,ACK instead of a FIN (RFC 9293 §3.10.5
# ABORT). A few lines of Python stand in for the server, so that the reset
# comes at one known point: after the whole request.
extra_reset() {
  local reset_port=$((port + 2))
  python3 - "$reset_port" >/dev/null 2>&1 <<'PY' &
import socket, struct, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))
s.listen(1)
c, _ = s.accept()
data = b""
while b"\r\n\r\n" not in data:
    chunk = c.recv(4096)
    if not chunk:
        break
    data += chunk
c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
c.close()
PY
  helpers+=($!)
  for _ in $(seq 1 100); do
    ss -ltnH "sport = :$reset_port" | grep -q . && break
    sleep 0.05
  done
  capture "$work/reset.pcapng" "curl -s http://127.0.0.1:$reset_port/ || true" lo "tcp port $reset_port"
  keep reset "$work/reset.pcapng"
}

# A HAR that Chromium writes: Playwright's recordHar (headless Chromium, the
# browser the tests use) loading a page with a stylesheet, a script and a
# redirected fetch from nginx. har.txt is the HAR's own summary, one line per
# entry, written by python3 from the JSON (not by the code under test).
extra_har() {
  local repo
  repo="$(cd "$here/../.." && pwd)"
  (cd "$repo" && npx tsx scripts/capture/record-har.ts "$base/har.html" "$work/page.har")
  cp "$work/page.har" "$out/har.har"
  chmod 644 "$out/har.har"
  python3 - "$out/har.har" >"$out/har.txt" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))["log"]
print("method\turl\tstatus\tconnection\tblocked\tdns\tconnect\tssl\tsend\twait\treceive")
for e in log["entries"]:
    t = e["timings"]
    cells = [e["request"]["method"], e["request"]["url"], str(e["response"]["status"]), e.get("connection", "")]
    cells += [str(t.get(k, -1)) for k in ("blocked", "dns", "connect", "ssl", "send", "wait", "receive")]
    print("\t".join(cells))
PY
  echo "har: $(($(wc -l <"$out/har.txt") - 1)) entries" >&2
}
