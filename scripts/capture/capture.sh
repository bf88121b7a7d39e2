#!/usr/bin/env bash
# Records what a real Linux client (curl) and server (nginx) put on the wire for
# each of Roundtrip's scenarios, as pcapng fixtures plus tshark text summaries.
# The `linux` simulator profile is tested against these, segment for segment.
#
# usage: scripts/capture/capture.sh [--out DIR] [--runs N] [--host-lo] [--tcp-nopush on|off] [--only NAMES]
#   --out DIR   where the fixtures go (default: fixtures/captures beside this repo)
#   --runs N    capture every scenario N times (default 3) and record in
#               stability.txt whether the segment sequence was the same each time;
#               the first run is the one kept as the fixture
#   --host-lo   capture on the host's own loopback instead of a private network
#               namespace (the mtu1500 capture is then skipped: it would change
#               the host's loopback)
#   --tcp-nopush on|off
#               nginx's tcp_nopush (default on, as in Debian's nginx.conf); with
#               off, nginx sends the response before its FIN instead of with it
#   --only NAMES
#               only these captures, comma-separated: scenario names and the
#               captures for the importer (scripts/capture/extra.sh:
#               mid-connection, vlan, ipv6, retransmission-rto,
#               retransmission-sack, four-conversations, sll2, har,
#               large-response-rtt40); the default is all of them
#
# Needs root (packet capture, network namespace), tshark, editcap, nginx, curl,
# iproute2, and ethtool for the MTU-1500 captures; for the importer's captures
# also nft (nftables), ping (iputils-ping), python3 and, for the HAR, the
# repository's node_modules and Chromium. Talks to 127.0.0.1, ::1 and private
# namespaces only.
#
# Why a private network namespace (unshare --net): its loopback is ours alone,
# so no other process's traffic on port 8080 can leak into a fixture, and we may
# lower its MTU to 1500 and turn its offloads off for one capture that looks
# like Ethernet (MSS 1460, an 18 KB body in 13 segments) without touching the
# machine's own loopback.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/fixtures/captures"
runs=3
host_lo=0
tcp_nopush=on
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --host-lo) host_lo=1; shift ;;
    --tcp-nopush) tcp_nopush="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    -h | --help) sed -n '2,34p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if [[ $host_lo -eq 0 && -z "${ROUNDTRIP_CAPTURE_NETNS:-}" ]]; then
  # Re-run this script inside a fresh network namespace (see above).
  export ROUNDTRIP_CAPTURE_NETNS=1
  exec unshare --net -- bash "$0" --out "$out" --runs "$runs" --tcp-nopush "$tcp_nopush" --only "$only"
fi
if [[ -n "${ROUNDTRIP_CAPTURE_NETNS:-}" ]]; then
  # A new namespace's loopback starts down, with the usual MTU of 65536.
  ip link set lo up
fi

port=8080
base="http://127.0.0.1:$port"
mkdir -p "$out"
work="$(mktemp -d /tmp/roundtrip-capture.XXXXXX)"
# nginx's workers drop root privileges: they must be able to read the site.
chmod 755 "$work"
nginx_pid=""
# Processes the importer's captures start (relays, namespaces' holders, a second nginx).
helpers=()
cleanup() {
  for pid in "${helpers[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n "$nginx_pid" ]]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
# wanted NAME: whether --only asked for NAME (everything when --only is absent).
wanted() { [[ -z "$only" || ",$only," == *",$1,"* ]]; }
trap cleanup EXIT

# ---------------------------------------------------------------- the site --
mkdir -p "$work/site" "$work/tmp"
# MDN's "A typical HTTP session" example page.
cat >"$work/site/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A simple webpage</title>
</head>
<body>
  <h1>Simple HTML webpage</h1>
  <p>Hello, world!</p>
</body>
</html>
HTML
# About 18 KB, deterministic, so that the body needs many segments at MSS 1460.
{
  printf '<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>A large page</title>\n</head>\n<body>\n  <h1>A large page</h1>\n'
  for i in $(seq 1 250); do
    printf '  <p>Paragraph %03d: the body of this page spans many TCP segments.</p>\n' "$i"
  done
  printf '</body>\n</html>\n'
} >"$work/site/large.html"
# A page with a stylesheet, a script and a fetch that is redirected, for the HAR
# that Chromium records (extra.sh): several entries, some on one connection.
cat >"$work/site/har.html" <<'HTML'
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A page with parts</title>
  <link rel="stylesheet" href="style.css">
  <script src="app.js" defer></script>
</head>
<body>
  <h1>A page with parts</h1>
  <p id="status">Loading…</p>
</body>
</html>
HTML
printf 'body { font-family: sans-serif; }\nh1 { color: #036; }\n' >"$work/site/style.css"
cat >"$work/site/app.js" <<'JS'
fetch('/old').then((r) => r.text()).then(() => {
  document.getElementById('status').textContent = 'Loaded.';
});
JS
chmod -R a+rX "$work/site"

cat >"$work/nginx.conf" <<CONF
# Minimal, explicit nginx configuration; the defaults left unsaid are nginx's own.
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log info;
events { worker_connections 64; }
http {
  types { text/html html; text/plain txt; text/css css; application/javascript js; }
  default_type text/plain;
  access_log $work/access.log;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  # As in Debian's packaged nginx.conf.
  sendfile on;
  tcp_nopush $tcp_nopush;
  keepalive_timeout 65;
  server {
    listen 127.0.0.1:$port;
    listen [::1]:$port;
    server_name localhost;
    root $work/site;
    # nginx runs no PHP, and answers 405 to a POST on a static file: answer directly.
    location = /contact_form.php { return 200 "Thanks\n"; }
    location = /old { return 301 /; }
  }
}
CONF

nginx -t -q -c "$work/nginx.conf" -p "$work"
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 100); do
  # Wait for the listening socket without sending any traffic.
  ss -ltnH "sport = :$port" | grep -q . && break
  sleep 0.05
done
ss -ltnH "sport = :$port" | grep -q . || { echo "nginx did not start" >&2; cat "$work/error.log" >&2; exit 1; }

# --------------------------------------------------------------- scenarios --
declare -A client
client[get]="curl -s $base/ -H 'Accept-Language: fr'"
client[post-form]="curl -s $base/contact_form.php --data 'name=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue' -H 'Content-Type: application/x-www-form-urlencoded'"
client[redirect-301]="curl -sL $base/old"
client[not-found-404]="curl -s $base/missing"
client[keep-alive]="curl -s $base/ $base/"
client[connection-close]="curl -s -H 'Connection: close' $base/"
client[http-1.0]="curl -s --http1.0 $base/"
client[large-response]="curl -s $base/large.html"
scenarios=(get post-form redirect-301 not-found-404 keep-alive connection-close http-1.0 large-response)

# capture FILE COMMAND [INTERFACE [FILTER [TSHARK OPTIONS...]]]: records what
# the filter passes (default: everything on port 8080 of lo) while COMMAND runs.
capture() {
  local file="$1" command="$2" iface="${3:-lo}" filter="${4:-tcp port $port}" log="$work/tshark.log"
  shift 4 2>/dev/null || shift $#
  rm -f "$file" "$log"
  # capture_ns=PID: capture in that process's network namespace (extra.sh).
  local in_ns=()
  if [[ -n "${capture_ns:-}" ]]; then in_ns=(nsenter -t "$capture_ns" -n); fi
  "${in_ns[@]}" tshark -i "$iface" -f "$filter" "$@" -w "$file" -q 2>"$log" &
  local tshark_pid=$!
  for _ in $(seq 1 100); do
    grep -q 'Capturing on' "$log" 2>/dev/null && break
    sleep 0.05
  done
  grep -q 'Capturing on' "$log" || { echo "tshark did not start" >&2; cat "$log" >&2; exit 1; }
  # dumpcap says "Capturing on" a little before its filter is attached: without
  # this pause the first segments (or all of them) were sometimes missing.
  sleep 1
  bash -c "$command" >/dev/null
  # Long enough for every FIN and ACK of the teardown (no delayed ACK is pending
  # for more than 200 ms on Linux).
  sleep 1
  kill -INT "$tshark_pid"
  wait "$tshark_pid" || true
}

# signature FILE: one line per segment, "C→S SYN", "S→C PSH,ACK len=163", ...
signature() {
  tshark -r "$1" -T fields -e tcp.srcport -e tcp.flags.syn -e tcp.flags.fin -e tcp.flags.reset \
    -e tcp.flags.push -e tcp.flags.ack -e tcp.len 2>/dev/null |
    awk -v port="$port" -F '\t' '{
      dir = ($1 == port) ? "S→C" : "C→S"
      f = ""
      if ($2 == 1) f = f ",SYN"
      if ($3 == 1) f = f ",FIN"
      if ($4 == 1) f = f ",RST"
      if ($5 == 1) f = f ",PSH"
      if ($6 == 1) f = f ",ACK"
      line = dir " " substr(f, 2)
      if ($7 > 0) line = line " len=" $7
      print line
    }'
}

# summarize FILE: the text summary that the reader's tests use as their oracle.
# The scenario fixtures were summarised with the first fields only; the
# importer's captures (extra.sh) also with the link, the scaled window, the
# TCP analysis flags (each 1 when set) and the HTTP request line.
summarize() {
  local extra=()
  if [[ "${2:-}" == "--extra" ]]; then
    extra=(-e frame.len -e _ws.col.Protocol -e ieee8021ad.id -e vlan.id -e ipv6.src -e ipv6.dst -e tcp.window_size
      -e tcp.analysis.retransmission -e tcp.analysis.fast_retransmission
      -e tcp.analysis.spurious_retransmission -e tcp.analysis.out_of_order
      -e tcp.analysis.lost_segment -e tcp.analysis.ack_lost_segment -e tcp.analysis.duplicate_ack
      -e tcp.analysis.duplicate_ack_num -e tcp.analysis.duplicate_ack_frame
      -e tcp.analysis.zero_window -e tcp.analysis.zero_window_probe
      -e tcp.analysis.zero_window_probe_ack -e tcp.analysis.keep_alive -e tcp.analysis.keep_alive_ack
      -e tcp.analysis.window_update -e tcp.analysis.window_full -e tcp.analysis.reused_ports
      -e http.request.method -e http.request.uri -e http.request.version -e http.response.code)
  fi
  tshark -r "$1" -T fields -E header=y -E separator=/t -E occurrence=a -E aggregator=, \
    -e frame.number -e frame.time_relative -e ip.src -e ip.dst -e tcp.srcport -e tcp.dstport \
    -e tcp.stream -e tcp.flags.str -e tcp.seq -e tcp.ack -e tcp.seq_raw -e tcp.ack_raw -e tcp.len \
    -e tcp.window_size_value -e tcp.option_kind -e tcp.options.mss_val -e tcp.options.wscale.shift \
    -e tcp.options.timestamp.tsval -e tcp.options.timestamp.tsecr \
    -e tcp.options.sack_le -e tcp.options.sack_re "${extra[@]}" 2>/dev/null
}

stability="$work/stability.txt"
{
  echo "# Segment sequences of $runs runs per scenario (scripts/capture/capture.sh)."
  echo "# kernel $(uname -r); MTU of lo $(cat /sys/class/net/lo/mtu)"
} >"$stability"

record() {
  local name="$1" command="$2"
  local first="" same=1
  for run in $(seq 1 "$runs"); do
    for attempt in 1 2 3; do
      capture "$work/$name.$run.pcapng" "$command"
      signature "$work/$name.$run.pcapng" >"$work/$name.$run.sig"
      # A capture that missed the opening SYN started too late: take it again.
      [[ "$(head -1 "$work/$name.$run.sig")" == "C→S SYN" ]] && break
      echo "$name run $run: capture started late (attempt $attempt), retrying" >&2
    done
    if [[ -z "$first" ]]; then
      first="$work/$name.$run.sig"
    elif ! cmp -s "$first" "$work/$name.$run.sig"; then
      same=0
    fi
  done
  cp "$work/$name.1.pcapng" "$out/$name.pcapng"
  chmod 644 "$out/$name.pcapng"
  summarize "$out/$name.pcapng" >"$out/$name.txt"
  {
    echo
    if [[ $same -eq 1 ]]; then echo "## $name: stable over $runs runs"; else echo "## $name: NOT stable"; fi
    echo "\$ $command"
    for run in $(seq 1 "$runs"); do
      if [[ $run -gt 1 && $same -eq 1 ]]; then break; fi
      echo "run $run:"
      sed 's/^/  /' "$work/$name.$run.sig"
    done
  } >>"$stability"
  echo "$name: $(wc -l <"$first") segments, $([[ $same -eq 1 ]] && echo stable || echo NOT stable)" >&2
}

source "$here/extra.sh"

scenario_runs=0
for name in "${scenarios[@]}"; do
  if wanted "$name"; then record "$name" "${client[$name]}"; scenario_runs=1; fi
done
# The importer's captures on the default loopback (extra.sh).
for name in mid-connection ipv6 four-conversations sll2 retransmission-rto reset vlan har large-response-rtt40; do
  if wanted "$name"; then "extra_${name//-/_}"; fi
done

# The same page through a loopback shaped like Ethernet: MTU 1500 (so MSS 1460)
# and no segmentation offload, so that the capture shows every segment as it
# would be on the wire rather than one 20 KB super-packet.
if ! wanted large-response-mtu1500 && ! wanted retransmission-sack; then
  :
elif [[ -n "${ROUNDTRIP_CAPTURE_NETNS:-}" ]] && command -v ethtool >/dev/null; then
  ip link set lo mtu 1500
  ethtool -K lo tso off gso off gro off 2>/dev/null || true
  if wanted large-response-mtu1500; then
    echo >>"$stability"
    echo "# From here on: MTU of lo 1500, TSO/GSO/GRO off" >>"$stability"
    record large-response-mtu1500 "${client[large-response]}"
    scenario_runs=1
  fi
  if wanted retransmission-sack; then extra_retransmission_sack; fi
else
  echo "skipping large-response-mtu1500 and retransmission-sack (need the private namespace and ethtool)" >&2
fi

# The same GET in classic pcap (microsecond timestamps), so the reader is tested on both formats.
if wanted get; then
  editcap -F pcap "$out/get.pcapng" "$out/get.pcap"
  chmod 644 "$out/get.pcap"
fi

# stability.txt is about the scenarios: a run of the importer's captures alone leaves it as it is.
if [[ $scenario_runs -eq 1 ]]; then cp "$stability" "$out/stability.txt"; fi
{
  echo "uname -r: $(uname -r)"
  echo "curl: $(curl --version | head -1)"
  echo "nginx: $(nginx -v 2>&1)"
  echo "tshark: $(tshark --version 2>/dev/null | head -1)"
} >"$out/versions.txt"
echo "wrote $out" >&2
