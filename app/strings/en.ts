/**
 * English strings. This catalogue defines the keys: every other language must
 * have the same keys with the same {placeholders} (checked by the compiler via
 * `Catalogue`, and by strings.test.ts for placeholders and empty values).
 *
 * Key families: `step.<StepReason>` / `why.<StepReason>` (the describer),
 * `scenario.<id>.title|desc`, `field.<lower-case header name>` (header notes),
 * `block.*` (message blocks), `mdn.*` / `seven.*` (the two models of a session).
 */
export const en = {
  'app.title': 'Roundtrip',
  'app.tagline': 'A typical HTTP session, one packet at a time',
  'header.scenario': 'Scenario',
  'header.language': 'Language',
  'header.projector': 'Projector mode',
  'header.seqAbsolute': 'Absolute seq/ack',
  'header.copyEmbed': 'Copy embed code',
  'header.moments': 'Key moments',
  'header.copyLink': 'Copy link to this moment',
  'header.linkCopied': 'Link copied.',
  'header.linkInBar': 'Not copied: the address bar holds the link.',
  'header.linkImported':
    'A link cannot carry an opened capture (it may be large and private): to share it, export it as JSON and send the file.',
  'header.linkLastGood':
    'The workshop’s scenario has an error: a link or embed code copied now holds the last version that worked, which the diagram shows.',
  'header.linkCopiedLastGood': 'Link copied, to the last version that worked.',
  'header.segmentSteps': 'One step per segment',
  'header.openCapture': 'Open a capture',
  'header.export': 'Export',
  'header.openFull': 'Open in Roundtrip',
  'header.predict': 'Predict',
  'header.timing': 'Timing',
  'header.print': 'Print handout',
  'header.display': 'Display',
  'header.share': 'Share',
  'header.tools': 'Tools',
  'header.viewTools': 'This view',
  'header.labTools': 'Scenarios and captures',
  'header.learnTools': 'Learning',
  'prerender.noscript':
    'This page shows the first step only. Turn on JavaScript to step through the session.',
  'region.diagram': 'Sequence diagram',
  'region.states': 'TCP states',
  'region.stateDiagram': 'TCP state diagram (RFC 9293 Figure 5)',
  'region.message': 'Message bytes',
  'region.explanation': 'What happens',
  'region.controls': 'Playback controls',
  'endpoint.client': 'Client',
  'endpoint.server': 'Server',
  'who.client': 'The client',
  'who.server': 'The server',
  'whom.client': 'the client',
  'whom.server': 'the server',
  'controls.previous': 'Previous step',
  'controls.next': 'Next step',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.restart': 'Restart',
  'controls.speed': 'Speed',
  'controls.scrubber': 'Step',
  'controls.held': 'Answer the question to go on to the next step.',
  'controls.stepCounter': 'Step {step} of {total}',
  'controls.keys': 'Keyboard shortcuts',
  'diagram.time': 'Time (virtual ms)',
  'diagram.compressed': '{duration} compressed',
  'diagram.lost': 'lost',
  'diagram.retransmission': 'retransmission',
  'diagram.oldDuplicate': 'old duplicate',
  'diagram.expectedAck': 'expected {expected}',
  'diagram.inFlight': 'in flight',
  'diagram.arrow': '{flags} from {from} to {to}, {numbers}. Go to step {step}.',
  'diagram.description':
    'Client on the left, server on the right, time running down. Each arrow is a segment; its slope is the time it takes to cross the network.',
  'diagram.phaseMdn': 'MDN phase',
  'diagram.phaseSeven': 'Seven steps',
  'diagram.data': 'data',
  'diagram.ms': 'ms',
  'diagram.now': 'now',
  'legend.title': 'What the marks mean',
  'states.after': 'After this step',
  'states.diagramNote': 'Dashed edges come from RFC 9293 §3.10 and appear when taken.',
  'states.diagramNoteCutShort':
    'Dashed edges come from RFC 9293 §3.10 and appear when taken; the one taken here is this what-if’s own, against §3.10.8: TIME-WAIT left at once, not after 2 MSL.',
  'states.connection': 'Connection {n} of {total}, client port {port}',
  'states.change': '{who}: {from} → {to} on {event}',
  'states.none': 'No state changes at this step.',
  'token.event.passive-open': 'passive OPEN',
  'token.event.active-open': 'active OPEN',
  'token.event.send': 'SEND',
  'token.event.close': 'CLOSE',
  'token.event.abort': 'ABORT',
  'token.event.rcv-syn': 'rcv SYN',
  'token.event.rcv-syn-ack': 'rcv SYN,ACK',
  'token.event.rcv-ack-of-syn': 'rcv ACK of SYN',
  'token.event.rcv-fin': 'rcv FIN',
  'token.event.rcv-ack-of-fin': 'rcv ACK of FIN',
  'token.event.rcv-fin-ack-of-fin': 'rcv FIN, ACK of FIN',
  'token.event.rcv-rst': 'rcv RST',
  'token.event.rcv-rst-active-open': 'rcv RST (active OPEN)',
  'token.event.timeout-2msl': 'Timeout=2MSL',
  'token.event.timeout-cut-short': 'Timeout=0',
  'token.event.user-timeout': 'user timeout',
  'token.action.snd': 'snd {flags}',
  'token.marker.client': 'C',
  'token.marker.server': 'S',
  'message.empty': 'No HTTP message yet.',
  'message.teardown':
    'This step carries no HTTP message: the connection is closing. Below is the last message it carried.',
  'message.reset':
    'This step carries no HTTP message: the connection is reset, ended at once by a RST. Below is the last message it carried.',
  'message.request': 'Request',
  'message.response': 'Response',
  'message.writes': '{who} writes',
  'message.reads': '{who} reads',
  'message.sent': 'in a segment',
  'message.hex': 'Hex view',
  'message.legend': 'Blocks',
  'message.pending': '{count} more blocks to come',
  'message.binary': '{count} bytes of binary data',
  'message.bytes': '{count} bytes',
  'message.lineNote': 'Press Tab to read what each line means.',
  'message.lineNote.touch': 'Tap a line to read what it means.',
  'block.start-line': 'Start line',
  'block.header': 'Header',
  'block.blank-line': 'Blank line',
  'block.body': 'Body',
  // The fields real servers and browsers send (fixtures/captures/): RFC 9110 §8.8.2, §14.3,
  // §12.5.3 and §10.1.3.
  'explain.start': 'Nothing has been sent yet. Press “Next step” to begin.',
  'explain.states': 'After this step: client {client}, server {server}.',
  'explain.rfc': 'Specified in {rfc}',
  'explain.connection': 'Connection {n} of {total}',
  'explain.stepTitle': 'Step {step}.',
  'explain.mdn': 'MDN’s three phases',
  'explain.seven': 'The seven steps',
  'explain.outside': 'outside this model',
  'mdn.1': 'Connect',
  'mdn.2': 'Send request',
  'mdn.3': 'Answer',
  'seven.1': 'TCP connection',
  'seven.2': 'Request line',
  'seven.3': 'Request headers',
  'seven.4': 'Status line',
  'seven.5': 'Response headers',
  'seven.6': 'Response body',
  'seven.7': 'Close',
  'notice.badUrl': 'Part of the link could not be read ({params}); showing the defaults instead.',
  'notice.dismiss': 'Dismiss',
  'notice.linkDamaged':
    'The scenario in this link is damaged (perhaps cut short when it was copied); showing the default scenario instead.',
  'notice.linkNewer':
    'This link was made by a newer version of Roundtrip; showing the default scenario instead.',
  'scenario.custom.title': 'Your own scenario',
  'scenario.custom.desc': 'A scenario edited in the workshop.',
  'header.editScenario': 'Edit this scenario',
  'error.title': 'This part could not be shown.',
  'error.body': 'Something went wrong while drawing it. The rest of the page still works.',
  'error.retry': 'Try again',
  'error.reload': 'Reload the page',
  'error.page.title': 'Roundtrip could not be shown.',
  'error.page.body':
    'Something went wrong while drawing the page. Opening it with the default settings usually helps.',
  'error.page.defaults': 'Open with the default settings',
  'error.simulate': 'This scenario could not be simulated.',
  'error.loading': 'Preparing the scenario…',
  'scenario.get.title': 'A simple GET',
  'scenario.get.desc': 'Fetch a page: handshake, request, response, teardown.',
  'scenario.post-form.title': 'Sending a form (POST)',
  'scenario.post-form.desc':
    'A request with a body: Content-Type and Content-Length at work. MDN’s example says Content-Length: 64, but its body is 63 bytes: here the length is counted.',
  'scenario.redirect-301.title': 'A page that moved (301)',
  'scenario.redirect-301.desc': 'The server answers with Location; the client asks again there.',
  'scenario.not-found-404.title': 'A page that does not exist (404)',
  'scenario.not-found-404.desc': 'The server answers with an error status and a small error page.',
  'scenario.keep-alive.title': 'Two requests on one connection',
  'scenario.keep-alive.desc': 'HTTP/1.1 keeps the connection open: phases 2 and 3 happen twice.',
  'scenario.connection-close.title': 'Connection: close',
  'scenario.connection-close.desc':
    'The client asks the server to close the connection after one answer.',
  'scenario.http-1.0.title': 'HTTP/1.0: one connection per request',
  'scenario.http-1.0.desc': 'The older version closes the connection after every response.',
  'scenario.page-with-images.title': 'A page with images: one connection per object',
  'scenario.page-with-images.desc':
    'A page and its three images fetched as HTTP/1.0 did, a new connection for each; the Timing panel compares keep-alive and parallel connections.',
  'scenario.lost-segment.title': 'A lost segment',
  'scenario.lost-segment.desc':
    'The network drops a segment; a timer fires and TCP sends it again.',
  'scenario.why-three-way.title': 'Why three segments to connect?',
  'scenario.why-three-way.desc':
    'An old duplicate SYN arrives; the third segment lets the client refuse it.',
  'scenario.why-time-wait.title': 'Why wait in TIME-WAIT?',
  'scenario.why-time-wait.desc':
    'The last ACK is lost; an endpoint still in TIME-WAIT acknowledges the repeated FIN, where a closed one would answer with a RST.',
  'scenario.time-wait-old-segment.title': 'An old segment dies in TIME-WAIT',
  'scenario.time-wait-old-segment.desc':
    'A delayed segment of the first connection dies in TIME-WAIT; then a RST ends TIME-WAIT early (TIME-WAIT assassination, RFC 1337).',
  'scenario.time-wait-cut-short.title': 'What if TIME-WAIT is cut short?',
  'scenario.time-wait-cut-short.desc':
    'The next connection reuses the same ports at once, and the delayed segment of the first one is accepted as its data.',
  'scenario.simultaneous-close.title': 'Both sides close at once',
  'scenario.simultaneous-close.desc':
    'Two FINs cross in the network: both ends pass through CLOSING.',
  'scenario.simultaneous-close.desc.linux':
    'Under linux the server’s FIN rides on the last segment of the response, so the client has it before it can close: the client closes passively and neither end passes through CLOSING. Under textbook, the profile it opens with, the two FINs cross.',
  'scenario.large-response.title': 'A large response',
  'scenario.large-response.desc':
    'The body does not fit in one segment: many segments, many ACKs. Slow start: the server sends a first flight, then waits for ACKs before it sends more.',
  'scenario.unknown.desc': 'A scenario without a description.',
  'scenario.imported.desc':
    'Opened from a file on this computer: seen, not simulated. It is not in the address; export it as JSON to share it.',
  'step.start': 'Nothing has been sent yet.',
  'why.start':
    'The server is already listening on port {serverPort} (LISTEN); the client has opened nothing yet (CLOSED). Press “Next step” to begin.',
  'step.passive-open': '{who} opens port {port} and waits for connections: LISTEN.',
  'why.passive-open': 'A server must be listening before any client can connect (a passive OPEN).',
  'step.active-open':
    '{who} opens a connection: it sends a SYN with its initial sequence number and enters SYN-SENT.',
  'why.active-open':
    'A segment is what TCP hands to IP to carry in one packet. This SYN starts the three-way handshake: it gives {peer} the client’s initial sequence number (ISN). Numbers shown count from each ISN, so Seq=0; “Absolute seq/ack” shows real ones.',
  'step.syn-received': '{who} receives the SYN, answers SYN, ACK and enters SYN-RECEIVED.',
  'why.syn-received':
    'A SYN takes one sequence number, like a byte. So Ack={ack} answers the client’s Seq={seq}: the next number expected. The server’s own SYN starts the other direction.',
  'step.syn-ack-received': '{who} receives the SYN, ACK, sends an ACK and enters ESTABLISHED.',
  'why.syn-ack-received':
    'Its SYN is acknowledged, so it may send data now; the ACK tells {peer} that its SYN arrived too.',
  'step.handshake-ack-received': '{who} receives the ACK of its SYN and enters ESTABLISHED.',
  'why.handshake-ack-received':
    'Each side’s ISN is now acknowledged. With two segments, the server’s ISN would go unacknowledged, and an old duplicate SYN would open an unwanted connection.',
  'step.data-sent': '{who} sends {len} bytes of data (Seq={seq}).',
  'why.data-sent':
    'TCP cuts the byte stream into segments; each one carries the sequence number of its first byte.',
  'step.data-received': '{who} receives {len} bytes and acknowledges them.',
  'why.data-received':
    'The acknowledgment number is the next byte it expects, so {peer} knows what has arrived.',
  'step.ack-received': '{who} receives an ACK: {peer} has every byte before {ack}.',
  'why.ack-received':
    'Acknowledged bytes can be forgotten; the others stay queued in case they must be sent again.',
  'step.ack-sent': '{who} sends an ACK (Ack={ack}).',
  'why.ack-sent':
    'It tells {peer} which bytes have arrived. Once everything {peer} sent is acknowledged, {peer} stops its retransmission timer.',
  'step.request-line-written': '{who} writes the request line: {line}',
  'why.request-line-written': 'The first line names the method, the path and the HTTP version.',
  'step.request-header-written': '{who} writes a header line: {name}',
  'why.request-header-written': 'Each header line adds one fact about the request. {note}',
  'step.request-blank-line-written': '{who} writes an empty line (CR LF): the headers are over.',
  'why.request-blank-line-written':
    'CR LF (carriage return, line feed) ends every line of the head. A line with nothing before its CR LF tells the server that the header section has ended.',
  'step.request-body-written': '{who} writes the body: {len} bytes.',
  'why.request-body-written':
    'The body follows the blank line; the header fields tell the server where it ends.',
  'step.request-line-parsed': '{who} reads the request line: {line}',
  'why.request-line-parsed': 'Now it knows the method and the resource it must answer for.',
  'step.request-header-parsed': '{who} reads a header line: {name}',
  'why.request-header-parsed': 'It reads header lines one by one until the blank line. {note}',
  'step.request-blank-line-parsed':
    '{who} reads the blank line: the request’s headers are complete.',
  'why.request-blank-line-parsed':
    'The header fields tell it whether a body follows; it can start to process the request.',
  'step.request-body-parsed': '{who} reads the body: {len} bytes.',
  'why.request-body-parsed':
    'It read exactly Content-Length bytes, so it knows where the request ends.',
  'step.status-line-written': '{who} writes the status line: {line}',
  'why.status-line-written':
    'The status code says how the request went: 1xx informational, 2xx success, 3xx redirection, 4xx client error, 5xx server error.',
  'step.response-header-written': '{who} writes a header line: {name}',
  'why.response-header-written': 'Each header line adds one fact about the response. {note}',
  'step.response-blank-line-written':
    '{who} writes the blank line: the response’s headers are over.',
  'why.response-blank-line-written':
    'What follows is the body, as many bytes as Content-Length says.',
  'step.response-body-written': '{who} writes the body: {len} bytes.',
  'why.response-body-written':
    'The body carries the representation of what was asked for (a page, an image…), or a short page about the error or the redirect.',
  'step.status-line-parsed': '{who} reads the status line: {line}',
  'why.status-line-parsed':
    'The status code tells it what to do next: show the page, follow a redirect, or report an error.',
  'step.response-header-parsed': '{who} reads a header line: {name}',
  'why.response-header-parsed': 'It reads header lines one by one until the blank line. {note}',
  'step.response-blank-line-parsed':
    '{who} reads the blank line: the response’s headers are complete.',
  'why.response-blank-line-parsed':
    'Content-Length tells it how many bytes of body to read before the response is complete.',
  'step.response-body-parsed': '{who} reads the body: {len} bytes.',
  'why.response-body-parsed':
    'The response is complete: what it carries can be used (a page shown, an image drawn), and the connection reused or closed.',
  'step.redirect-followed': '{who} follows the redirect to {location}.',
  'why.redirect-followed':
    'A 3xx status with a Location header says where to ask next; the user agent (the browser, or any program that sends the requests) asks again there.',
  'step.active-close': '{who} closes its side: it sends a FIN and enters FIN-WAIT-1.',
  'why.active-close':
    'The FIN says “I will send no more data”. Here the client closes first, as soon as it has no more requests; otherwise HTTP/1.1 would keep the connection open until one side’s idle timeout (RFC 9112 §9.5). With Connection: close or HTTP/1.0, the server closes first instead.',
  'step.fin-received': '{who} receives the FIN, acknowledges it and enters {state}.',
  'why.fin-received': 'A FIN takes one sequence number, so it is acknowledged like a byte of data.',
  'step.fin-acked': '{who} receives the ACK of its FIN and enters {state}.',
  'why.fin-acked': 'Its direction is closed; now it waits for the FIN of {peer}.',
  'step.passive-close': '{who} has nothing more to send: it sends its own FIN and enters {state}.',
  'why.passive-close':
    'Each direction closes on its own: four segments to close, three to open. The ACK of a FIN usually goes at once, as the application may still have data to send (a half-close).',
  'step.simultaneous-fin':
    '{who} receives a FIN while its own FIN is not yet acknowledged: it enters {state}.',
  'why.simultaneous-fin': 'Both sides closed at the same time; each acknowledges the other’s FIN.',
  'step.time-wait-ack': '{who} is in TIME-WAIT, receives the FIN again and acknowledges it again.',
  'why.time-wait-ack':
    'Its last ACK was lost, so {peer} repeated its FIN. An endpoint still in TIME-WAIT can acknowledge it again; one that had already closed would answer with a RST, and {peer}’s close would end in a reset. The 2×MSL timer starts again: {duration}.',
  'step.time-wait-expired': '{who} has waited 2×MSL ({duration}) in TIME-WAIT: it enters CLOSED.',
  'why.time-wait-expired':
    'Waiting twice the maximum segment lifetime (MSL) lets it answer {peer}’s FIN again if its last ACK was lost, and lets old segments die out before the ports are used again.',
  'step.last-ack-received': '{who} receives the ACK of its FIN and enters CLOSED.',
  'why.last-ack-received':
    'Both directions are closed and acknowledged; the connection is forgotten.',
  'step.segment-lost': 'The network drops a segment ({flags}, Seq={seq}).',
  'why.segment-lost':
    'Links lose packets. No ACK will come back for it, so its sender’s retransmission timer will send it again.',
  'step.retransmission-timeout':
    '{who}’s retransmission timer ({duration}) expires: it sends its oldest unacknowledged segment again ({flags}, Seq={seq}).',
  'why.retransmission-timeout':
    'No ACK arrived in time, so what is still unacknowledged (bytes, a SYN or a FIN) is sent again with the same sequence numbers.',
  'step.duplicate-ack-sent':
    '{who} receives data out of order and repeats its last ACK (Ack={ack}).',
  'why.duplicate-ack-sent': 'The repeated ACK tells {peer} which byte is still missing.',
  'step.old-duplicate-syn':
    '{who} receives an old duplicate SYN from an earlier connection and answers it with SYN, ACK.',
  'why.old-duplicate-syn':
    'It cannot tell that the SYN is old. The handshake’s third step lets the client refuse it.',
  'step.rst-received': '{who} receives a RST and abandons the attempt: {state}.',
  'why.rst-received':
    'A reset says “no such connection here”; the half-open connection is dropped.',
  'step.rst-sent': '{who} sends a RST to refuse the segment.',
  'why.rst-sent':
    'The acknowledgment number does not match anything it sent, so it refuses the old connection: this is why the handshake needs a third segment.',
  'step.segment-discarded': '{who} drops the segment without answering ({flags}).',
  'why.segment-discarded':
    'In its present state, {state}, the rules say such a segment is ignored.',
  'step.ack-throttled':
    '{who} drops the segment without answering ({flags}): it answered an unacceptable segment less than {duration} ago.',
  'why.ack-throttled':
    'The rules answer a segment outside the window, or one acknowledging bytes never sent, with an ACK. Two ends that disagree on the numbers would answer each other for ever (an ACK storm), so at most one such ACK every {duration} answers a segment with no data (a bare ACK or a SYN); a segment outside the window that carries data is always answered (RFC 5961 §7; Linux’s tcp_invalid_ratelimit).',
  'step.duplicate-syn-received': '{who} receives the SYN again and sends its SYN, ACK again.',
  'why.duplicate-syn-received': 'Its SYN, ACK must have been lost, so {peer} repeated its SYN.',
  'step.old-segment-in-time-wait':
    '{who} is in TIME-WAIT when a delayed segment of this connection arrives (Seq={seq}): it acknowledges the segment and drops it.',
  'why.old-segment-in-time-wait':
    'This is the second reason for TIME-WAIT: a segment that wandered in the network dies here instead of reaching a new connection on the same ports.',
  'step.old-segment-accepted':
    '{who} accepts a delayed segment of the previous connection (Seq={seq}) as data of this one.',
  'why.old-segment-accepted':
    'TIME-WAIT was cut short, so a new connection reused the same ports while an old segment was still in the network. Its sequence number fits this connection’s window, so its bytes are taken as this connection’s data: the corruption TIME-WAIT exists to prevent. The initial sequence numbers here are chosen so that it fits; the clock-driven ISNs of RFC 9293 §3.4.1 make such a fit unlikely, not impossible.',
  'step.time-wait-assassinated':
    '{who} receives a RST in TIME-WAIT and enters CLOSED at once: TIME-WAIT assassination (RFC 1337).',
  'why.time-wait-assassinated':
    'The RST answers the ACK that {whom} sent for an old segment. RFC 9293 lets a RST end TIME-WAIT, which ends early its protection of the next connection on these ports; RFC 1337 describes the hazard and suggests ignoring a RST in TIME-WAIT.',
  'step.time-wait-cut-short':
    '{who} leaves TIME-WAIT at once and enters CLOSED (what if TIME-WAIT is cut short).',
  'why.time-wait-cut-short':
    'A real TCP waits 2×MSL ({duration}) here (RFC 9293 §3.6.1). Skipping the wait frees the ports at once, while segments of this connection may still be in the network: a new connection on the same ports can receive them.',
  'step.challenge-ack-sent': '{who} answers an unexpected segment with an ACK (Ack={ack}).',
  'step.syn-returns-to-listen':
    '{who} receives another SYN while in SYN-RECEIVED: it drops the half-open connection and listens again.',
  'why.syn-returns-to-listen':
    'This SYN is not the one {who} was answering, so the half-open connection cannot be trusted. An endpoint that came from LISTEN forgets the attempt and waits for a new one (RFC 9293, fourth check).',
  'why.challenge-ack-sent':
    'A SYN or a RST that does not fit exactly could be forged; the ACK asks a real peer to prove itself (RFC 5961).',
  'step.duplicate-ack-received': '{who} receives an ACK that acknowledges nothing new (Ack={ack}).',
  'why.duplicate-ack-received':
    'A repeated ACK means {peer} is still missing the bytes from {ack} on.',
  'step.retransmissions-exhausted': '{who} gives up after too many retransmissions: {state}.',
  'why.retransmissions-exhausted':
    'After repeated timeouts with no answer, TCP aborts the connection and tells the application.',
  'step.capture-start':
    'The capture begins with the handshake: the client is CLOSED, the server listening.',
  'why.capture-start':
    'Each segment is a step at its captured time. The states come from running every segment through RFC 9293’s state diagram; the server’s LISTEN came before the capture.',
  'step.capture-start-inferred':
    'The capture begins in the middle of the connection: these states are inferred.',
  'why.capture-start-inferred':
    'With no SYN in the capture, the handshake came before it: both ends are taken to be ESTABLISHED. That is assumed, not seen.',
  'step.segment-captured':
    'Packet {frame}: {peer} sends [{flags}] Seq={seq} Ack={ack} Len={len} to {whom}.',
  'why.segment-captured':
    'Seen in the capture, not simulated: its state changes come from RFC 9293’s state diagram, and what Wireshark makes of it is said below.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: string };
