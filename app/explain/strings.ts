/**
 * The explanation's words, all three languages together, loaded as the app starts (words.ts):
 * what each step does and why, `step.<reason>` and `why.<reason>` for every reason but step 0's
 * (`start`, in the first load's catalogues, for the first page), and the words a step uses
 * where its reason's plain ones would not be true of what it sent (`step.<reason>.<variant>`),
 * chosen by `variants.ts`.
 */
import { defineStrings } from '../strings/feature';

export const explainStrings = defineStrings({
  en: {
    'step.passive-open': '{who} opens port {port} and waits for connections: LISTEN.',
    'why.passive-open':
      'A server must be listening before any client can connect (a passive OPEN).',
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
    'step.data-sent': '{who} sends {len} {len:byte|bytes} of data (Seq={seq}).',
    'why.data-sent':
      'TCP cuts the byte stream into segments; each one carries the sequence number of its first byte.',
    'step.data-received': '{who} receives {len} {len:byte|bytes} and acknowledges {len:it|them}.',
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
    'step.request-body-written': '{who} writes the body: {len} {len:byte|bytes}.',
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
    'step.request-body-parsed': '{who} reads the body: {len} {len:byte|bytes}.',
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
    'step.response-body-written': '{who} writes the body: {len} {len:byte|bytes}.',
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
    'step.response-body-parsed': '{who} reads the body: {len} {len:byte|bytes}.',
    'why.response-body-parsed':
      'The response is complete: what it carries can be used (a page shown, an image drawn), and the connection reused or closed.',
    'why.response-body-parsed.until-close':
      'The server’s FIN ended the body, so the response is complete: what it carries can be used (a page shown, an image drawn). The connection cannot be reused: the server has closed it.',
    'step.redirect-followed': '{who} follows the redirect to {location}.',
    'why.redirect-followed':
      'A 3xx status with a Location header says where to ask next; the user agent (the browser, or any program that sends the requests) asks again there.',
    'step.active-close': '{who} closes its side: it sends a FIN and enters FIN-WAIT-1.',
    'why.active-close':
      'The FIN says “I will send no more data”. Here the client closes first, as soon as it has no more requests; otherwise HTTP/1.1 would keep the connection open until one side’s idle timeout (RFC 9112 §9.5). With Connection: close, or HTTP/1.0 without keep-alive, the server closes first instead.',
    'step.fin-received': '{who} receives the FIN, acknowledges it and enters {state}.',
    'why.fin-received':
      'A FIN takes one sequence number, so it is acknowledged like a byte of data.',
    'step.fin-acked': '{who} receives the ACK of its FIN and enters {state}.',
    'why.fin-acked': 'Its direction is closed; now it waits for the FIN of {peer}.',
    'step.passive-close':
      '{who} has nothing more to send: it sends its own FIN and enters {state}.',
    'why.passive-close':
      'Each direction closes on its own: four segments to close, three to open. The ACK of a FIN usually goes at once, as the application may still have data to send (a half-close).',
    'step.simultaneous-fin':
      '{who} receives a FIN while its own FIN is not yet acknowledged: it enters {state}.',
    'why.simultaneous-fin':
      'Both sides closed at the same time; each acknowledges the other’s FIN.',
    'step.time-wait-ack':
      '{who} is in TIME-WAIT, receives the FIN again and acknowledges it again.',
    'why.time-wait-ack':
      'Its last ACK was lost, so {peer} repeated its FIN. An endpoint still in TIME-WAIT can acknowledge it again; one that had already closed would answer with a RST, and {peer}’s close would end in a reset. The 2×MSL timer starts again: {duration}.',
    'why.time-wait-ack.delayed':
      'Its last ACK was delayed, not lost: it had not yet arrived when {peer}’s retransmission timer expired, so {peer} repeated its FIN, a retransmission that was not needed (RFC 6298 §5). An endpoint still in TIME-WAIT can acknowledge it again; one that had already closed would answer with a RST. The 2×MSL timer starts again: {duration}.',
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
    'why.duplicate-syn-received.delayed':
      'Its SYN, ACK was delayed, not lost: it had not yet arrived when {peer}’s retransmission timer expired, so {peer} repeated its SYN, a retransmission that was not needed (RFC 6298 §5).',
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
    'why.time-wait-assassinated.late-ack':
      'The RST answers an earlier ACK of {peer}’s FIN from {whom}, which arrived late: {peer} had already closed, its FIN acknowledged by a later ACK, and had no connection left to take it. RFC 9293 lets a RST end TIME-WAIT, which ends early its protection of the next connection on these ports; RFC 1337 describes the hazard and suggests ignoring a RST in TIME-WAIT.',
    'step.time-wait-cut-short':
      '{who} leaves TIME-WAIT at once and enters CLOSED (what if TIME-WAIT is cut short).',
    'why.time-wait-cut-short':
      'A real TCP waits 2×MSL ({duration}) here (RFC 9293 §3.6.1). Skipping the wait frees the ports at once, while segments of this connection may still be in the network: a new connection on the same ports can receive them.',
    'step.challenge-ack-sent': '{who} answers an unexpected segment with an ACK (Ack={ack}).',
    'step.syn-returns-to-listen':
      '{who} receives another SYN while in SYN-RECEIVED: it drops the half-open connection and listens again.',
    'why.syn-returns-to-listen':
      'This SYN is not the one {whom} was answering, so the half-open connection cannot be trusted. An endpoint that came from LISTEN forgets the attempt and waits for a new one (RFC 9293, fourth check).',
    'step.challenge-ack-sent.duplicate-syn-ack':
      '{who} receives a copy of the SYN, ACK it has already acknowledged and answers it with an ACK (Ack={ack}).',
    'why.challenge-ack-sent.syn-ack-crossed':
      'The copy is a retransmission: {peer} sent its SYN, ACK again before this end’s ACK of it arrived there, and the two crossed in the network. Its sequence number lies before the next one this end expects, and a synchronized connection takes no SYN again: the copy is dropped and answered with an ACK that says where this end’s numbers stand (RFC 9293 §3.10.7.4). Nothing was forged.',
    'why.challenge-ack-sent.syn-ack-late':
      'This is {peer}’s first SYN, ACK, held up in the network: the copy {peer} sent again arrived first and was acknowledged. Its sequence number lies before the next one this end expects, and a synchronized connection takes no SYN again: it is dropped and answered with an ACK that says where this end’s numbers stand (RFC 9293 §3.10.7.4). Nothing was forged.',
    'why.challenge-ack-sent.syn-ack-again':
      'The copy is a retransmission: {peer} sent its SYN, ACK again because this end’s ACK of it had not arrived there. Its sequence number lies before the next one this end expects, and a synchronized connection takes no SYN again: the copy is dropped and answered with an ACK that says where this end’s numbers stand (RFC 9293 §3.10.7.4). Nothing was forged.',
    'why.challenge-ack-sent':
      'A SYN or a RST that does not fit exactly could be forged; the ACK asks a real peer to prove itself (RFC 5961).',
    'step.duplicate-ack-received':
      '{who} receives an ACK that acknowledges nothing new (Ack={ack}).',
    'why.duplicate-ack-received':
      'A repeated ACK means {peer} is still missing the bytes from {ack} on.',
    'step.fast-retransmit':
      '{who} receives a third duplicate ACK (Ack={ack}) and at once resends the segment from byte {ack}, without waiting for its retransmission timer (fast retransmit).',
    'why.fast-retransmit':
      'Three duplicate ACKs in a row say that the segments sent after byte {ack} are reaching {peer} but the one from {ack} is not: it was most likely lost, not just delayed. So RFC 5681 §3.2 resends it now rather than when the timer expires. A loss also means the network is congested, so the windows shrink: the slow start threshold (ssthresh) becomes half the data in flight, at least two segments ({ssthresh} bytes), and the congestion window ssthresh plus the three segments that the duplicates say have left the network ({cwnd} bytes). Until new data is acknowledged (fast recovery), each further duplicate ACK adds one segment to it.',
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
    'why.active-open.absolute':
      'A segment is what TCP hands to IP to carry in one packet. This SYN, the first of the three-way handshake, asks {peer} to synchronize: Seq={seq} is the client’s initial sequence number (ISN), which RFC 9293 §3.4.1 makes hard to guess and different for each connection. The numbers shown are absolute, as sent.',
    'why.syn-received.absolute':
      'A SYN takes one sequence number, as a byte would. So Ack={ack} is the client’s ISN plus one: the next number the server expects. Its own SYN starts the other direction from the server’s ISN.',
    'step.data-received.ack-later':
      '{who} receives {len} {len:byte|bytes}. Its ACK waits a moment, to ride on the next segment it sends.',
    'why.data-received.ack-later':
      'RFC 9293 lets a receiver delay an ACK (at most 0.5 s). Linux waits a little, so the ACK can travel with the reply and save a segment.',
    'step.data-sent.fin':
      '{who} sends {len} {len:byte|bytes} of data (Seq={seq}), and its FIN in the same segment.',
    'why.data-sent.fin':
      'Its application has closed, so the FIN rides on the last data: no byte will follow it.',
    'step.active-close.fin-later':
      '{who} closes its side and enters FIN-WAIT-1. Its FIN will leave with its last data.',
    'why.active-close.server':
      'The FIN says “I will send no more data”. The server closes first because the response said Connection: close.',
    'why.active-close.server.until-close':
      'The FIN says “I will send no more data”. The server closes first because its response gave no length: the body ends where the connection does, so this FIN is what ends the response.',
    'why.active-close.server-http10':
      'The FIN says “I will send no more data”. The server closes first because its response is HTTP/1.0 without Connection: keep-alive: after such a response the connection does not persist (RFC 9112 §9.3).',
    'why.active-close.server-request-close':
      'The FIN says “I will send no more data”. The server closes first because the request said Connection: close: the connection ends once its response is complete (RFC 9112 §9.6).',
    'why.active-close.server-request-http10':
      'The FIN says “I will send no more data”. The server closes first because the request is HTTP/1.0 without Connection: keep-alive: after its response the connection does not persist (RFC 9112 §9.3).',
    'step.fin-received.fin-acked':
      '{who} receives a FIN that also acknowledges its own FIN. It acknowledges it and enters {state}.',
    'step.fin-received.ack-later':
      '{who} receives the FIN and enters {state}. Its ACK waits a moment, to ride on its own FIN.',
    'why.fin-received.with-data':
      'A FIN takes one sequence number, so it is acknowledged like a byte of data. This FIN rode on the last data: {peer} closed while that data was still waiting to leave (a TCP may put the FIN on the last segment still queued, as Linux does). So this end learns that the data is complete and that {peer} has closed at the same moment: its own close can only answer (CLOSE-WAIT, then LAST-ACK). The two FINs cannot cross, and neither end passes through CLOSING, which needs each side to close before the other’s FIN arrives (RFC 9293 Figure 13).',
    'why.fin-received.time-wait-cut-short':
      'Both directions are closed. A real TCP would now wait in TIME-WAIT; in this “what if” the client leaves it at once (next step), and its port is free for a new connection while segments of this one may still be in the network.',
    'why.old-segment-accepted.timestamps':
      'TIME-WAIT was cut short, so a new connection reused the same ports while an old segment was still in the network. Its sequence number fits this connection’s window (the initial sequence numbers here are chosen so that it does), so its bytes are taken as this connection’s data: the corruption TIME-WAIT exists to prevent. Both ends send timestamps here, and a real Linux stack could still refuse this segment by PAWS (RFC 7323): its timestamp is older than the ones this connection has seen. The simulator leaves PAWS out, to show what TIME-WAIT alone protects against.',
    'why.fin-received.time-wait':
      'Both directions are closed. It stays in TIME-WAIT for 2×MSL ({duration}): one MSL for its ACK to reach {peer}, one for a repeated FIN to come back if that ACK is lost.',
    'why.fin-acked.closing':
      'The FIN of {peer} has already arrived, and now its own FIN is acknowledged: both directions are closed. It stays in TIME-WAIT for 2×MSL ({duration}), in case its ACK of {peer}’s FIN was lost.',
    'step.passive-close.with-ack':
      '{who} has nothing more to send: one segment carries its ACK of the FIN and its own FIN. It enters {state}.',
    'why.passive-close.with-ack':
      'The ACK of the FIN waited a moment, and the application closed meanwhile, so one segment carries both: closing takes three segments, as it often does on Linux. They merge only if the application closes before the delayed ACK leaves: the ACK is TCP’s to send, the FIN waits for the application, which may still have data to send (a half-close).',
    'why.segment-lost.ack':
      'Links lose packets. A lost ACK is never sent again on its own: it takes no sequence number, so nobody waits for its acknowledgment. The segment it acknowledged came from {peer}, whose retransmission timer will send that segment again.',
    'why.segment-lost.ack-repeated':
      'Links lose packets. A lost ACK is never sent again on its own: it takes no sequence number, so nobody waits for its acknowledgment. Acknowledgments are cumulative: a later segment from {whom} carries the same acknowledgment number or a higher one, and tells {peer} as much in time: nothing this ACK acknowledged is sent again.',
    'why.segment-lost.fast-retransmit':
      'Links lose packets. Segments sent after this one arrive without it, and {peer} answers each with a duplicate ACK of the bytes it is missing; the third makes {whom} resend it at once, before its retransmission timer expires (fast retransmit, RFC 5681 §3.2).',
    'why.status-line-parsed.200':
      '200 OK: the request succeeded. The body that follows is the page, which a browser shows.',
    'why.status-line-parsed.200-image':
      '200 OK: the request succeeded. The body that follows is the image the page asked for, which a browser draws in the page.',
    'why.status-line-parsed.200-other':
      '200 OK: the request succeeded. The body that follows is the resource that was asked for.',
    'why.status-line-parsed.1xx':
      'An interim response (RFC 9110 §15.2): not the answer to the request, which is still to come. 100 Continue tells a client that waits for it (Expect: 100-continue) to send the body now.',
    'why.status-line-parsed.200-head':
      '200 OK: the request succeeded. The answer to HEAD has no body: only the header fields a GET would have had, without the content (RFC 9110 §9.3.2).',
    'why.status-line-parsed.200-options':
      '200 OK: the request succeeded. The answer to OPTIONS is in its header fields, such as Allow, the methods that may be used: of the server as a whole after OPTIONS *, else of the resource asked about (RFC 9110 §9.3.7).',
    'why.status-line-parsed.301':
      '301 Moved Permanently: the page has a new address for good, in the Location header. A browser asks again there, and may remember the move.',
    'why.status-line-parsed.404':
      '404 Not Found: the server has nothing at this path. The body is an error page for people, which a browser shows.',
    'why.status-line-parsed.404-head':
      '404 Not Found: the server has nothing at this path. The answer to HEAD has no body, whatever its status: only the header fields a GET would have had, without the content (RFC 9110 §9.3.2).',
    'why.status-line-parsed.200-action':
      '200 OK: the request succeeded. The body that follows reports what came of the action the request asked for (RFC 9110 §15.3.1).',
    'why.status-line-parsed.200-empty':
      '200 OK: the request succeeded. Its body is empty: the status line and the header fields are the whole answer.',
    'why.status-line-parsed.201':
      '201 Created: the request created a new resource, which the Location header names; without one, the resource created is the target of the request (RFC 9110 §15.3.2).',
    'why.status-line-parsed.204':
      '204 No Content: the request succeeded, and there is nothing to send back: no body follows, the response ends at its blank line. A browser stays on the page it shows (RFC 9110 §15.3.5).',
    'why.status-line-parsed.304':
      '304 Not Modified: the copy the client has cached is still good, since the resource has not changed. No body follows: the client uses its cached copy (RFC 9110 §15.4.5).',
    'why.status-line-parsed.2xx':
      'A 2xx status: the request was received, understood and accepted (RFC 9110 §15.3).',
    'why.status-line-parsed.3xx':
      'A 3xx status: a redirection (RFC 9110 §15.4): the user agent has more to do to complete the request. A Location header, where there is one, says where to ask instead, and a user agent may ask again there.',
    'why.status-line-parsed.4xx':
      'A 4xx status: a client error (RFC 9110 §15.5): the server will not carry out the request as it was sent. A body, where there is one, says why, for people.',
    'why.status-line-parsed.5xx':
      'A 5xx status: a server error (RFC 9110 §15.6): the server failed to carry out a request that may well be valid. A body, where there is one, says more, for people.',
    'why.request-body-written.post':
      'A GET normally has no body: it only asks for a resource (content in a GET has no defined meaning, RFC 9110 §9.3.1). A POST sends data to the server, here the form’s fields, so a body follows the blank line; Content-Length says how many bytes it has.',
    'why.request-body-written.post-data':
      'A GET normally has no body: it only asks for a resource (content in a GET has no defined meaning, RFC 9110 §9.3.1). A POST sends data for the server to process, so a body follows the blank line; Content-Length says how many bytes it has.',
    'why.request-body-written.post-chunked':
      'A GET normally has no body: it only asks for a resource (content in a GET has no defined meaning, RFC 9110 §9.3.1). A POST sends data for the server to process, so a body follows the blank line. It goes in chunks (Transfer-Encoding: chunked), each after its size, and a chunk of size 0 ends it: no length is given beforehand.',
    'why.request-body-parsed.chunked':
      'It read chunks until the chunk of size 0, so it knows where the request ends.',
    'why.response-blank-line-written.chunked':
      'What follows is the body, in chunks, each with its size; a chunk of size 0 ends it.',
    'why.response-blank-line-written.none':
      'No body follows: a response to HEAD, or a 1xx, 204 or 304, ends at the blank line.',
    'why.response-blank-line-written.until-close':
      'What follows is the body. It has no length given, so it ends when the server closes the connection.',
    'why.response-blank-line-parsed.chunked':
      'It reads the body chunk by chunk; the chunk of size 0 completes the response.',
    'why.response-blank-line-parsed.none':
      'This response has no body, whatever its header fields say: it is complete.',
    'why.response-blank-line-parsed.until-close':
      'No length is given: it reads the body until the server closes the connection.',
    'why.active-close.crossing':
      'The FIN says “I will send no more data”. The client has the whole response and closes at once, while the FIN of {peer} is still on its way: the two FINs cross.',
    'why.active-close.next-incarnation':
      'The FIN says “I will send no more data” on this connection. The client closes it although it still has a request to send: it sends each request on a connection of its own, from the same port, so the next one opens once this one is over.',
    'why.active-close.next-connection':
      'The FIN says “I will send no more data” on this connection. The client closes it although it still has a request to send: the next request goes on a new connection.',
    'why.data-sent.first':
      'TCP cuts the byte stream into segments; each carries the sequence number of its first byte. The first data byte is number 1, because the SYN took number 0.',
    'step.data-sent.cwnd-full':
      '{who} sends {len} {len:byte|bytes} of data (Seq={seq}). That fills its congestion window: the next segment waits for an ACK.',
    'why.data-sent.cwnd-full':
      'A sender may have no more data unacknowledged than the smaller of two windows: the one {peer} offers, which says what it can buffer, and its own congestion window, a guess at what the network between them can carry. A connection starts with a small congestion window and enlarges it with every ACK (slow start, RFC 5681), so a lot of data leaves in flights, one round trip apart.',
    'step.data-sent.rwnd-full':
      '{who} sends {len} {len:byte|bytes} of data (Seq={seq}). That fills the window {peer} offered: the next segment waits for an ACK.',
    'why.data-sent.rwnd-full':
      'The window in the segments of {peer} says how many bytes it can take beyond those it has acknowledged. A sender never sends past it: each ACK moves the window on.',
    'why.ack-received.slow-start':
      'Acknowledged bytes can be forgotten. In slow start each ACK of new data also enlarges the congestion window by the data it acknowledges, though RFC 5681 allows at most one full-sized segment per ACK, a limit Linux does not apply: with an ACK for every segment, the window doubles every round trip, and more of the queued data may leave.',
    'why.ack-received.congestion-avoidance':
      'Acknowledged bytes can be forgotten. The congestion window has reached the slow start threshold (ssthresh), so it now grows slowly, by about one segment per round trip (congestion avoidance, RFC 5681), and more of the queued data may leave.',
    'why.ack-received.fast-recovery-ended':
      'Acknowledged bytes can be forgotten. This is the first ACK of new data since the fast retransmit, so fast recovery ends: the congestion window, enlarged by the duplicate ACKs, returns to the slow start threshold (ssthresh) set then, half the data that was in flight, and from there grows by about one segment per round trip (RFC 5681 §3.2).',
    'step.ack-received.data':
      '{who} receives {len} {len:byte|bytes} of data, and an ACK: {peer} has every byte before {ack}.',
    'why.redirect-followed.get':
      'A 3xx status with a Location header says where to ask next. The user agent asks again there with GET and without the body: after a 303, and after a 301 or 302 to a POST, user agents switch to GET (RFC 9110 §15.4); a 307 or 308 keeps the method.',
    'why.ack-received.old-data':
      'The ACK says the bytes before {ack} arrived, not whose they were: they came from the old connection’s delayed segment. {who} now forgets its own response as delivered, and nothing will send it again.',
    'why.duplicate-ack-received.unacceptable':
      'This ACK answers a segment that {peer} could not accept (RFC 9293 §3.10.7.4): it repeats the acknowledgment number already sent, and says nothing of bytes missing.',
    'why.duplicate-ack-received.syn-ack':
      'This ACK answers a SYN, ACK of {whom} that reached {peer} after its handshake was over: a SYN on a synchronized connection is answered with an ACK (RFC 9293 §3.10.7.4, RFC 5961 §4). It repeats the acknowledgment number already sent, and says nothing of bytes missing.',
    'why.duplicate-ack-received.fast-recovery':
      'Another duplicate ACK after the fast retransmit: {peer} is still missing the bytes from {ack} on, but one more segment has left the network. In fast recovery each one enlarges the congestion window by one segment (RFC 5681 §3.2), so that new data may leave while the resent segment is on its way.',
    'why.duplicate-ack-received.first':
      'A repeated ACK means {peer} is still missing the bytes from {ack} on. It is the first duplicate ACK since the last one that acknowledged new data: at the third in a row, {whom} resends the segment from byte {ack} at once, without waiting for its retransmission timer (fast retransmit, RFC 5681 §3.2).',
    'why.duplicate-ack-received.second':
      'A second duplicate ACK: {peer} is still missing the bytes from {ack} on. One more, and {whom} resends the segment from byte {ack} at once, without waiting for its retransmission timer (fast retransmit, RFC 5681 §3.2).',
    'why.ack-received.data':
      'The acknowledged bytes can be forgotten. Its ACK waits a moment, to ride on the next segment it sends.',
    'step.fin-received.data-ack-later':
      '{who} receives {len} {len:byte|bytes} of data and the FIN in one segment, and enters {state}. Its ACK waits a moment, to ride on its own FIN.',
    'why.response-body-parsed.redirect':
      'The response is complete. A browser does not show this body, a short note for people: it follows the Location instead.',
    'why.response-body-parsed.redirect-kept':
      'The response is complete. It is a redirect, but the client does not follow it: it follows only so many in a row (curl -L 50, browsers about 20, this client its scenario’s number), and none without a Location it can reach. This 3xx is the last response it gets.',
    'why.response-body-parsed.redirect-captured':
      'The response is complete. Its body is a short note for people; the client follows the Location instead: its next request on this connection asks for it.',
    'why.response-body-parsed.redirect-unseen':
      'The response is complete. It is a redirect, but no later request on this connection asks for its Location: the client may have followed it on another connection, or not at all. The capture shows this connection only.',
    'step.capture-start.refused':
      'The capture begins with the client’s SYN: both ends are CLOSED, for nothing listens on the server’s port.',
    'why.capture-start.refused':
      'The server answers the SYN with a RST, not a SYN, ACK: a port where no one listens has no connection, and refuses the SYN (RFC 9293 §3.10.7.1). So the server stays CLOSED throughout, and the client, in SYN-SENT, returns to CLOSED when the RST arrives (§3.10.7.3).',
    'step.capture-start-inferred.syn-missed':
      'The capture begins with a SYN, ACK: the SYN it answers came before the capture. These states are inferred.',
    'why.capture-start-inferred.syn-missed':
      'A SYN, ACK answers a SYN the capture did not catch: its sender is taken to be in SYN-RECEIVED, the other end in SYN-SENT (RFC 9293 §3.10.7.2). That is assumed, not seen.',
    'step.segment-captured.no-ack':
      'Packet {frame}: {peer} sends [{flags}] Seq={seq} Len={len} to {whom}.',
    'why.segment-captured.no-change':
      'Seen in the capture, not simulated: it changes the state of neither end, and what Wireshark makes of it is said below.',
    'step.duplicate-ack-sent.duplicate':
      '{who} receives {len} {len:byte|bytes} whose sequence {len:number|numbers} it has already received (Seq={seq}): it drops {len:it|them} and sends an ACK of the next byte it expects (Ack={ack}).',
    'why.duplicate-ack-sent.duplicate':
      'The segment lies wholly before the next byte expected, so it is not acceptable: it is dropped and answered with an ACK (RFC 9293 §3.10.7.4), which tells {peer} what has arrived. TCP compares sequence numbers, not contents: whatever these bytes say, the ones already received with those numbers stand. An answer to data is never held back, even just after another such ACK: the ACK throttle (Linux’s tcp_invalid_ratelimit) holds back the answer to a segment outside the window only when it carries no data, like the bare ACKs that two ends that disagree on the numbers could bounce back and forth for ever.',
    'step.duplicate-ack-sent.old':
      '{who} receives a segment from before its receive window ({flags}, Seq={seq}): it drops it and sends an ACK of the next byte it expects (Ack={ack}).',
    'why.duplicate-ack-sent.old':
      'Its sequence number lies before the next byte this end expects, so the segment is not acceptable: it is dropped and answered with an ACK (RFC 9293 §3.10.7.4), which tells {peer} where this end’s numbers stand.',
    'step.duplicate-ack-sent.beyond':
      '{who} receives a segment beyond its receive window ({flags}, Seq={seq}): it drops it and sends an ACK of the next byte it expects (Ack={ack}).',
    'step.duplicate-ack-sent.syn':
      '{who} receives {peer}’s SYN again (Seq={seq}), which it has already acknowledged: it drops the SYN and sends an ACK of the next number it expects (Ack={ack}), not another SYN, ACK.',
    'why.duplicate-ack-sent.syn':
      'No SYN, ACK had reached {peer} in time, so {peer} repeated its SYN. In SYN-RECEIVED that SYN’s sequence number lies before the next number expected, outside the receive window, so the segment is not acceptable: it is dropped and answered with a bare ACK (RFC 9293 §3.10.7.4). The SYN, ACK itself goes again only when this end’s retransmission timer expires.',
    'why.duplicate-ack-sent.beyond':
      'Its sequence number lies past the end of the receive window, so the segment is not acceptable: it is dropped and answered with an ACK (RFC 9293 §3.10.7.4), which tells {peer} where this end’s numbers stand and how much room it has.',
    'why.ack-throttled.unsent-ack':
      'This segment carries data or a FIN, so lying outside the window would not leave it unanswered. What the rules answer here is its acknowledgment of bytes this end never sent (Ack={ack}), with an ACK that RFC 5961 §5.2 calls a challenge ACK. Two ends that disagree on the numbers would answer each other for ever (an ACK storm), so at most one such ACK goes out every {duration}, whatever the segment carries (RFC 5961 §7; Linux’s tcp_invalid_ratelimit).',
    'why.rst-sent.no-connection':
      '{who} no longer has this connection: it closed when its FIN was acknowledged. An ACK that reaches a port with no connection for it is answered with a RST whose Seq is that ACK’s number (RFC 9293 §3.10.7.1–2).',
  },
  'zh-CN': {
    'step.passive-open': '{who}打开端口 {port}，等待连接：进入 LISTEN。',
    'why.passive-open': '服务器必须先进入监听状态（被动打开），客户端才能建立连接。',
    'step.active-open': '{who}发起连接：发送带有初始序号的 SYN，进入 SYN-SENT。',
    'why.active-open':
      '报文段是 TCP 交给 IP、装在一个分组里传送的单位。这个 SYN 开始三次握手：把客户端的初始序号（ISN）告诉{peer}。图中的序号从各自的 ISN 算起，所以是 Seq=0；勾选“绝对序号和确认号”可看到真实数值。',
    'step.syn-received': '{who}收到 SYN，回复 SYN, ACK，进入 SYN-RECEIVED。',
    'why.syn-received':
      'SYN 和一个字节一样，占用一个序号。所以 Ack={ack} 回应客户端的 Seq={seq}：期望收到的下一个序号。服务器自己的 SYN 则开始另一个方向。',
    'step.syn-ack-received': '{who}收到 SYN, ACK，发送 ACK，进入 ESTABLISHED。',
    'why.syn-ack-received':
      '自己的 SYN 已得到确认，现在可以发送数据了；这个 ACK 则让{peer}知道，自己的 SYN 也已到达。',
    'step.handshake-ack-received': '{who}收到对自己 SYN 的确认，进入 ESTABLISHED。',
    'why.handshake-ack-received':
      '双方的初始序号现在都得到了确认。只用两个报文段的话，服务器的初始序号得不到确认，一个旧的重复 SYN 还会建立起没人要的连接。',
    'step.data-sent': '{who}发送 {len} 字节数据（Seq={seq}）。',
    'why.data-sent': 'TCP 把字节流分成报文段；每个报文段的序号，就是其中第一个字节的序号。',
    'step.data-received': '{who}收到 {len} 字节数据，随后用 ACK 确认。',
    'why.data-received':
      '确认号是接收方期望收到的下一个字节的序号，{peer}据此知道哪些数据已经到达。',
    'step.ack-received': '{who}收到 ACK：{peer}已收到 {ack} 之前的全部字节。',
    'why.ack-received': '已被确认的字节可以从发送缓存中删去；其余的仍要保留，以备重传。',
    'step.ack-sent': '{who}发送 ACK（Ack={ack}）。',
    'why.ack-sent':
      '这个 ACK 告诉{peer}哪些字节已经到达。{peer}发出的数据全部得到确认后，{peer}才停止重传计时器。',
    'step.request-line-written': '{who}写出请求行：{line}',
    'why.request-line-written': '第一行给出请求方法、路径和 HTTP 版本。',
    'step.request-header-written': '{who}写出一个首部行：{name}',
    'why.request-header-written': '每个首部行都为请求补充一项信息。{note}',
    'step.request-blank-line-written': '{who}写出一个空行（CR LF）：请求头到此结束。',
    'why.request-blank-line-written':
      'CR LF（回车、换行）是首部每一行的结尾。一行里 CR LF 前面什么都没有，就告诉服务器：首部已经结束。',
    'step.request-body-written': '{who}写出报文主体：{len} 字节。',
    'why.request-body-written': '报文主体跟在空行之后；首部字段告诉服务器报文主体在哪里结束。',
    'step.request-line-parsed': '{who}读取请求行：{line}',
    'why.request-line-parsed': '读完这一行，服务器就知道了请求方法，以及要为哪个资源作出响应。',
    'step.request-header-parsed': '{who}读取一个首部行：{name}',
    'why.request-header-parsed': '服务器逐行读取首部，直到遇到空行。{note}',
    'step.request-blank-line-parsed': '{who}读到空行：请求头已经完整。',
    'why.request-blank-line-parsed': '服务器从首部字段得知后面有没有报文主体，可以开始处理请求了。',
    'step.request-body-parsed': '{who}读取报文主体：{len} 字节。',
    'why.request-body-parsed': '正好读满 Content-Length 个字节，服务器就知道请求在哪里结束。',
    'step.status-line-written': '{who}写出状态行：{line}',
    'why.status-line-written':
      '状态码说明请求的结果：1xx 表示信息，2xx 表示成功，3xx 表示重定向，4xx 表示客户端错误，5xx 表示服务器错误。',
    'step.response-header-written': '{who}写出一个首部行：{name}',
    'why.response-header-written': '每个首部行都为响应补充一项信息。{note}',
    'step.response-blank-line-written': '{who}写出空行：响应头到此结束。',
    'why.response-blank-line-written': '空行之后是报文主体，字节数正是 Content-Length 所说的数目。',
    'step.response-body-written': '{who}写出报文主体：{len} 字节。',
    'why.response-body-written':
      '报文主体装着所请求资源的表示（页面、图片……），或者一个说明错误或重定向的小页面。',
    'step.status-line-parsed': '{who}读取状态行：{line}',
    'why.status-line-parsed': '客户端根据状态码决定下一步：显示页面、跟随重定向，或者报告错误。',
    'step.response-header-parsed': '{who}读取一个首部行：{name}',
    'why.response-header-parsed': '客户端逐行读取首部，直到遇到空行。{note}',
    'step.response-blank-line-parsed': '{who}读到空行：响应头已经完整。',
    'why.response-blank-line-parsed':
      '客户端从 Content-Length 得知还要读多少字节的报文主体，响应才算完整。',
    'step.response-body-parsed': '{who}读取报文主体：{len} 字节。',
    'why.response-body-parsed':
      '响应已经完整：响应携带的内容可以使用了（显示页面、画出图片），连接可以复用，也可以关闭。',
    'why.response-body-parsed.until-close':
      '服务器的 FIN 结束了报文主体，响应已经完整：响应携带的内容可以使用了（显示页面、画出图片）。连接不能复用：服务器已经关闭了连接。',
    'step.redirect-followed': '{who}跟随重定向，转到 {location}。',
    'why.redirect-followed':
      '3xx 状态码加上 Location 首部，说明接下来该向哪里请求；用户代理（浏览器，或者任何发出请求的程序）到那里再请求一次。',
    'step.active-close': '{who}关闭自己的发送方向：发送 FIN，进入 FIN-WAIT-1。',
    'why.active-close':
      'FIN 表示“我不再发送数据了”。这里客户端没有请求了就先关闭；否则 HTTP/1.1 会保持连接，直到某一端的空闲超时（RFC 9112 §9.5）。如果有 Connection: close，或者用 HTTP/1.0 而没有 keep-alive，就改由服务器先关闭。',
    'step.fin-received': '{who}收到 FIN，发回确认，进入 {state}。',
    'why.fin-received': 'FIN 占用一个序号，所以要像一个数据字节那样得到确认。',
    'step.fin-acked': '{who}收到对自己 FIN 的确认，进入 {state}。',
    'why.fin-acked': '这个方向就此关闭；另一个方向则由{peer}的 FIN 关闭。',
    'step.passive-close': '{who}没有数据要发送了：发送自己的 FIN，进入 {state}。',
    'why.passive-close':
      '两个方向各自关闭：断开连接要四个报文段（四次挥手），建立连接只要三个（三次握手）。对 FIN 的确认通常马上发出，因为应用程序可能还有数据要发送（半关闭）。',
    'step.simultaneous-fin': '{who}自己的 FIN 还没有得到确认，就收到了对方的 FIN：进入 {state}。',
    'why.simultaneous-fin': '双方同时关闭，各自确认对方的 FIN。',
    'step.time-wait-ack': '{who}处于 TIME-WAIT，又收到一次 FIN，于是再确认一次。',
    'why.time-wait-ack':
      '最后一个 ACK 丢失了，所以{peer}重传了 FIN。仍处于 TIME-WAIT 的一端能再次确认这个 FIN；已经关闭的一端只会用 RST 回应，{peer}的关闭就以复位告终。2×MSL 计时器重新开始：{duration}。',
    'why.time-wait-ack.delayed':
      '最后一个 ACK 只是在网络中被耽搁了，并没有丢失：{peer}的重传计时器超时的时候，这个 ACK 还没有到达，所以{peer}重传了 FIN，这次重传其实没有必要（RFC 6298 §5）。仍处于 TIME-WAIT 的一端能再次确认这个 FIN；已经关闭的一端只会用 RST 回应。2×MSL 计时器重新开始：{duration}。',
    'step.time-wait-expired': '{who}在 TIME-WAIT 中等满 2×MSL（{duration}）：进入 CLOSED。',
    'why.time-wait-expired':
      '等待两倍的最长报文段寿命（MSL）：一是最后一个 ACK 万一丢失，还能再次回应{peer}重传的 FIN；二是让旧连接的报文段在同样的端口再次使用之前从网络中消失。',
    'step.last-ack-received': '{who}收到对自己 FIN 的确认，进入 CLOSED。',
    'why.last-ack-received': '两个方向都已关闭并得到确认；TCP 删除这个连接的全部记录。',
    'step.segment-lost': '网络丢掉了一个报文段（{flags}，Seq={seq}）。',
    'why.segment-lost':
      '链路会丢包。这个报文段得不到确认，发送方的重传计时器超时后会重传这个报文段。',
    'step.retransmission-timeout':
      '{who}的重传计时器（{duration}）超时：重传最早一个未被确认的报文段（{flags}，Seq={seq}）。',
    'why.retransmission-timeout':
      '没有及时收到 ACK，所以还没有被确认的内容（数据字节、SYN 或 FIN）用原来的序号重新发送。',
    'step.duplicate-ack-sent': '{who}收到失序的数据，再次发送上一个 ACK（Ack={ack}）。',
    'why.duplicate-ack-sent': '重复确认告诉{peer}：从哪个字节开始还没有收到。',
    'step.old-duplicate-syn':
      '{who}收到一个早已失效的连接请求（旧的重复 SYN），并用 SYN, ACK 回应。',
    'why.old-duplicate-syn':
      '服务器无法分辨这个 SYN 是旧的。正因为握手还有第三步，客户端才有机会拒绝这个旧连接。',
    'step.rst-received': '{who}收到 RST，放弃这次连接尝试：{state}。',
    'why.rst-received': 'RST（复位）表示“这里没有这个连接”；半开的连接被丢弃。',
    'step.rst-sent': '{who}发送 RST，拒绝这个报文段。',
    'why.rst-sent':
      '这个确认号与自己发出过的任何报文段都对不上，所以拒绝这个旧连接：这正是握手需要第三个报文段的原因。',
    'step.segment-discarded': '{who}丢弃这个报文段，不作回应（{flags}）。',
    'why.segment-discarded': '在当前的 {state} 状态下，按规则这样的报文段应当忽略。',
    'step.ack-throttled':
      '{who}丢弃这个报文段，不作回应（{flags}）：不到 {duration} 前刚刚回应过一个不可接受的报文段。',
    'why.ack-throttled':
      '按规则，对窗口之外的报文段或确认了从未发送的字节的报文段，要回应一个 ACK。两端对序号的看法不一致时会无休止地互相回应（ACK 风暴），所以对不带数据的报文段（单独的 ACK 或 SYN），每 {duration} 最多回应一次；窗口之外、携带数据的报文段总会得到回应（RFC 5961 §7；Linux 的 tcp_invalid_ratelimit）。',
    'step.duplicate-syn-received': '{who}再次收到 SYN，于是再次发送 SYN, ACK。',
    'why.duplicate-syn-received': '之前的 SYN, ACK 一定是丢失了，所以{peer}重传了 SYN。',
    'why.duplicate-syn-received.delayed':
      '之前的 SYN, ACK 只是在网络中被耽搁了，并没有丢失：{peer}的重传计时器超时的时候，这个 SYN, ACK 还没有到达，所以{peer}重传了 SYN，这次重传其实没有必要（RFC 6298 §5）。',
    'step.old-segment-in-time-wait':
      '{who}处于 TIME-WAIT，收到本连接一个迟到的报文段（Seq={seq}）：确认后将其丢弃。',
    'why.old-segment-in-time-wait':
      '这就是 TIME-WAIT 的第二个理由：在网络中滞留的报文段在这里消失，而不会进入使用相同端口的新连接。',
    'step.old-segment-accepted':
      '{who}把上一个连接迟到的报文段（Seq={seq}）当作本连接的数据接收了。',
    'why.old-segment-accepted':
      'TIME-WAIT 被缩短，旧报文段仍在网络中时，新连接就重用了相同的端口。这个报文段的序号落在本连接的窗口内，于是其中的字节被当成本连接的数据：这正是 TIME-WAIT 要防止的数据错乱。这里的初始序号是特意选定的，好让这个报文段落在窗口内；RFC 9293 §3.4.1 随时钟变化的 ISN 让这种巧合不太可能发生，但并非不可能。',
    'step.time-wait-assassinated':
      '{who}在 TIME-WAIT 状态收到 RST，立即进入 CLOSED：这就是 TIME-WAIT 暗杀（RFC 1337）。',
    'why.time-wait-assassinated':
      '这个 RST 回应的是{whom}为旧报文段发送的 ACK。RFC 9293 允许 RST 结束 TIME-WAIT，使其对同一端口上下一个连接的保护提前失效；RFC 1337 描述了这一危险，并建议在 TIME-WAIT 中忽略 RST。',
    'why.time-wait-assassinated.late-ack':
      '这个 RST 回应的是{whom}早先对{peer}的 FIN 发出的 ACK，这个 ACK 到得太晚了：{peer}已经关闭，其 FIN 已被后来的 ACK 确认，没有连接可以接收这个 ACK。RFC 9293 允许 RST 结束 TIME-WAIT，使其对同一端口上下一个连接的保护提前失效；RFC 1337 描述了这一危险，并建议在 TIME-WAIT 中忽略 RST。',
    'step.time-wait-cut-short': '{who}立即离开 TIME-WAIT，进入 CLOSED（假设 TIME-WAIT 被缩短）。',
    'why.time-wait-cut-short':
      '真实的 TCP 在这里要等待 2×MSL（{duration}，RFC 9293 §3.6.1）。跳过等待后端口立即空出，而本连接的报文段可能仍在网络中：使用相同端口的新连接可能收到这些报文段。',
    'step.challenge-ack-sent': '{who}用一个 ACK 回应意外的报文段（Ack={ack}）。',
    'step.syn-returns-to-listen':
      '{who}在 SYN-RECEIVED 状态又收到一个 SYN：丢弃这个半开的连接，重新进入 LISTEN。',
    'why.syn-returns-to-listen':
      '这个 SYN 不是{whom}正在回应的那个，半开的连接已不可信。从 LISTEN 进入 SYN-RECEIVED 的一端放弃这次尝试，等待新的连接（RFC 9293 第四项检查）。',
    'step.challenge-ack-sent.duplicate-syn-ack':
      '{who}收到一个已经确认过的 SYN, ACK 的副本，用一个 ACK 回应（Ack={ack}）。',
    'why.challenge-ack-sent.syn-ack-crossed':
      '这个副本是一次重传：这一端对 SYN, ACK 的 ACK 到达之前，{peer}又发送了一次 SYN, ACK，两者在网络中交错而过。副本的序号在这一端期望的下一个序号之前，而已同步的连接不会再次接受 SYN：按 RFC 9293 §3.10.7.4，丢弃这个副本并回应一个 ACK，说明这一端的序号到了哪里。这里没有伪造。',
    'why.challenge-ack-sent.syn-ack-late':
      '这是{peer}的第一个 SYN, ACK，在网络中被耽搁了：{peer}重传的那一个先到达，并且已经得到确认。这个副本的序号在这一端期望的下一个序号之前，而已同步的连接不会再次接受 SYN：按 RFC 9293 §3.10.7.4，丢弃这个 SYN, ACK 并回应一个 ACK，说明这一端的序号到了哪里。这里没有伪造。',
    'why.challenge-ack-sent.syn-ack-again':
      '这个副本是一次重传：这一端对 SYN, ACK 的 ACK 没有到达，所以{peer}又发送了一次 SYN, ACK。副本的序号在这一端期望的下一个序号之前，而已同步的连接不会再次接受 SYN：按 RFC 9293 §3.10.7.4，丢弃这个副本并回应一个 ACK，说明这一端的序号到了哪里。这里没有伪造。',
    'why.challenge-ack-sent':
      '不完全吻合的 SYN 或 RST 可能是伪造的；这个 ACK（挑战 ACK）请真正的对方来证明自己（RFC 5961）。',
    'step.duplicate-ack-received': '{who}收到一个没有确认任何新数据的 ACK（Ack={ack}）。',
    'why.duplicate-ack-received': '重复确认说明{peer}仍缺少从 {ack} 开始的字节。',
    'step.fast-retransmit':
      '{who}收到第三个重复确认（Ack={ack}），立即重传从字节 {ack} 开始的报文段，不等重传计时器超时（快速重传）。',
    'why.fast-retransmit':
      '连续三个重复确认说明，排在字节 {ack} 后面的报文段陆续到达了{peer}，从 {ack} 开始的那个报文段却没有到达：这个报文段多半已经丢失，而不只是迟到。所以 RFC 5681 §3.2 规定现在就重传，不等计时器超时。丢包还说明网络拥塞，所以窗口缩小：慢启动阈值（ssthresh）设为已发出而未被确认的数据量的一半，但至少两个报文段，这里是 {ssthresh} 字节；拥塞窗口设为 ssthresh 加上三个报文段，这里是 {cwnd} 字节，因为三个重复确认表明有三个报文段已经离开了网络。在新数据被确认之前（快速恢复），每再收到一个重复确认，拥塞窗口就增大一个报文段。',
    'step.retransmissions-exhausted': '{who}重传次数过多，放弃连接：{state}。',
    'why.retransmissions-exhausted': '一再超时都没有回应，TCP 中止连接，并通知应用程序。',
    'step.capture-start': '捕获从三次握手开始：客户端处于 CLOSED，服务器正在监听。',
    'why.capture-start':
      '每个报文段按捕获到的时间算作一步。两端的状态由每个报文段依次经过 RFC 9293 的状态图得出；服务器的 LISTEN 发生在捕获开始之前。',
    'step.capture-start-inferred': '捕获从连接的中途开始：这里的状态是推断出来的。',
    'why.capture-start-inferred':
      '捕获中没有 SYN，三次握手发生在捕获开始之前：两端都被当作处于 ESTABLISHED。这是推断出来的，并非实际看到。',
    'step.segment-captured':
      '第 {frame} 个分组：{peer}向{whom}发送 [{flags}] Seq={seq} Ack={ack} Len={len}。',
    'why.segment-captured':
      '这是捕获到的报文段，不是模拟的：状态变化由 RFC 9293 的状态图得出，Wireshark 对这个报文段的分析见下方。',
    'why.active-open.absolute':
      '报文段是 TCP 交给 IP、装在一个分组里传送的单位。这个 SYN 是三次握手的第一个报文段，请{peer}同步序号：Seq={seq} 就是客户端的初始序号（ISN）。按照 RFC 9293 §3.4.1 的方法选出的 ISN 难以猜测，而且每个连接各不相同。图中显示的是绝对序号，即实际发送的数值。',
    'why.syn-received.absolute':
      'SYN 和一个字节一样，占用一个序号。所以 Ack={ack} 等于客户端的初始序号加一：服务器期望收到的下一个序号。服务器自己的 SYN 则从服务器的 ISN 开始另一个方向。',
    'step.data-received.ack-later':
      '{who}收到 {len} 字节数据。ACK 先等一等，好搭下一个发出的报文段一起走。',
    'why.data-received.ack-later':
      'RFC 9293 允许接收方推迟发送 ACK（最多 0.5 秒）。Linux 稍等片刻，让 ACK 跟着响应一起发送，省下一个报文段。',
    'step.data-sent.fin': '{who}发送 {len} 字节数据（Seq={seq}），同一个报文段里还带着自己的 FIN。',
    'why.data-sent.fin':
      '应用程序已经关闭，所以 FIN 搭着最后的数据一起发出：此后不会再有数据字节。',
    'step.active-close.fin-later':
      '{who}关闭自己的发送方向，进入 FIN-WAIT-1。FIN 将和最后的数据一起发出。',
    'why.active-close.server':
      'FIN 表示“我不再发送数据了”。这里是服务器先关闭，因为响应里写了 Connection: close。',
    'why.active-close.server.until-close':
      'FIN 表示“我不再发送数据了”。这里是服务器先关闭，因为响应没有给出长度：报文主体到连接关闭时结束，所以正是这个 FIN 结束了响应。',
    'why.active-close.server-http10':
      'FIN 表示“我不再发送数据了”。这里是服务器先关闭，因为响应是 HTTP/1.0 的，又没有 Connection: keep-alive：这样的响应之后，连接不再保持（RFC 9112 §9.3）。',
    'why.active-close.server-request-close':
      'FIN 表示“我不再发送数据了”。这里是服务器先关闭，因为请求里写了 Connection: close：响应完成后连接就结束（RFC 9112 §9.6）。',
    'why.active-close.server-request-http10':
      'FIN 表示“我不再发送数据了”。这里是服务器先关闭，因为请求是 HTTP/1.0 的，又没有 Connection: keep-alive：响应之后，连接不再保持（RFC 9112 §9.3）。',
    'step.fin-received.fin-acked':
      '{who}收到 FIN，这个报文段同时确认了自己的 FIN；于是发回确认，进入 {state}。',
    'step.fin-received.ack-later':
      '{who}收到 FIN，进入 {state}。ACK 先等一等，好和自己的 FIN 一起发出。',
    'why.fin-received.with-data':
      'FIN 占用一个序号，所以像一个字节的数据一样被确认。这个 FIN 随最后的数据一起到达：{peer}关闭时，这些数据还在等待发出（TCP 可以把 FIN 放在仍在排队的最后一个报文段上，Linux 就是这样做的）。于是这一端在同一时刻得知数据已经完整、{peer}已经关闭：自己的关闭只能是回应（CLOSE-WAIT，然后 LAST-ACK）。两个 FIN 不可能交错而过，两端都不经过 CLOSING；要经过 CLOSING，双方都必须在对方的 FIN 到达之前关闭（RFC 9293 图 13）。',
    'why.fin-received.time-wait-cut-short':
      '两个方向都已关闭。真实的 TCP 此时要在 TIME-WAIT 中等待；在这个“假设”中，客户端立即离开 TIME-WAIT（下一步），客户端的端口马上可以给新连接使用，而本连接的报文段可能仍在网络中。',
    'why.old-segment-accepted.timestamps':
      'TIME-WAIT 被缩短，旧报文段仍在网络中时，新连接就重用了相同的端口。这个报文段的序号落在本连接的窗口内（这里的初始序号是特意选定的），于是其中的字节被当成本连接的数据：这正是 TIME-WAIT 要防止的数据错乱。这里两端都发送时间戳，真实的 Linux 仍可能用 PAWS（RFC 7323）拒绝这个报文段：这个报文段的时间戳比本连接见过的更旧。模拟器没有实现 PAWS，以便展示仅靠 TIME-WAIT 能防止什么。',
    'why.fin-received.time-wait':
      '两个方向都已关闭。这一端在 TIME-WAIT 中停留 2×MSL（{duration}）：一个 MSL 让 ACK 到达{peer}；另一个 MSL 留给 ACK 万一丢失时重传的 FIN 回来。',
    'why.fin-acked.closing':
      '{peer}的 FIN 早已到达，现在自己的 FIN 也得到了确认：两个方向都已关闭。这一端在 TIME-WAIT 中停留 2×MSL（{duration}），以防自己对{peer}的 FIN 的确认丢失。',
    'step.passive-close.with-ack':
      '{who}没有数据要发送了：一个报文段同时带着对 FIN 的确认和自己的 FIN。进入 {state}。',
    'why.passive-close.with-ack':
      '对 FIN 的确认稍等了片刻，其间应用程序关闭了连接，所以一个报文段带上了两者：断开连接只要三个报文段，Linux 上常常如此。只有应用程序在推迟的 ACK 发出之前关闭，两者才能合并：ACK 由 TCP 发出，FIN 要等应用程序关闭，而应用程序可能还有数据要发送（半关闭）。',
    'why.segment-lost.ack':
      '链路会丢包。丢失的 ACK 不会被单独重传：ACK 不占序号，没有谁在等着确认这个 ACK。被这个 ACK 确认的报文段由{peer}发出；那个报文段得不到确认，重传计时器超时后就会被重传。',
    'why.segment-lost.ack-repeated':
      '链路会丢包。丢失的 ACK 不会被单独重传：ACK 不占序号，没有谁在等着确认这个 ACK。确认是累积的：{whom}后来发出的报文段带有同样或更大的确认号，{peer}能及时从中得知同样的信息，所以这个 ACK 确认过的数据都不会被重传。',
    'why.segment-lost.fast-retransmit':
      '链路会丢包。在这个报文段之后发出的报文段陆续到达，{peer}对每一个都回送重复确认，指明缺少的字节；收到第三个重复确认时，{whom}立即重传这个报文段，不等重传计时器超时（快速重传，RFC 5681 §3.2）。',
    'why.status-line-parsed.200':
      '200 OK：请求成功。后面的报文主体就是页面，浏览器把页面显示出来。',
    'why.status-line-parsed.200-image':
      '200 OK：请求成功。后面的报文主体就是页面所要的图片，浏览器把图片画在页面里。',
    'why.status-line-parsed.200-other': '200 OK：请求成功。后面的报文主体就是所请求的资源。',
    'why.status-line-parsed.1xx':
      '这是一个临时响应（RFC 9110 §15.2），不是对请求的回答，最终的响应还在后面。100 Continue 告诉正在等待的客户端（Expect: 100-continue）现在发送报文主体。',
    'why.status-line-parsed.200-head':
      '200 OK：请求成功。对 HEAD 的回答没有报文主体：只有 GET 会得到的那些首部字段，不带内容（RFC 9110 §9.3.2）。',
    'why.status-line-parsed.200-options':
      '200 OK：请求成功。对 OPTIONS 的回答在首部字段里，例如 Allow 列出可以使用的请求方法：OPTIONS * 问的是整个服务器，否则问的是所请求的资源（RFC 9110 §9.3.7）。',
    'why.status-line-parsed.301':
      '301 Moved Permanently：页面永久换了地址，新地址在 Location 首部里。浏览器到那里再请求一次，还可能记住这次搬迁。',
    'why.status-line-parsed.404':
      '404 Not Found：服务器在这个路径上找不到任何资源。报文主体是写给人看的错误页面，浏览器把错误页面显示出来。',
    'why.status-line-parsed.404-head':
      '404 Not Found：服务器在这个路径上找不到任何资源。不管状态码是什么，对 HEAD 的回答都没有报文主体：只有 GET 会得到的那些首部字段，不带内容（RFC 9110 §9.3.2）。',
    'why.status-line-parsed.200-action':
      '200 OK：请求成功。后面的报文主体说明请求所要求的操作得到了什么结果（RFC 9110 §15.3.1）。',
    'why.status-line-parsed.200-empty':
      '200 OK：请求成功。报文主体是空的：状态行和首部字段就是全部回答。',
    'why.status-line-parsed.201':
      '201 Created：请求创建了一个新资源，Location 首部给出新资源的地址；没有 Location 时，新资源就是请求的目标（RFC 9110 §15.3.2）。',
    'why.status-line-parsed.204':
      '204 No Content：请求成功，但没有内容要送回：后面没有报文主体，响应在空行处结束。浏览器停留在当前显示的页面上（RFC 9110 §15.3.5）。',
    'why.status-line-parsed.304':
      '304 Not Modified：客户端缓存的副本仍然有效，因为资源没有变化。后面没有报文主体：客户端使用缓存里的副本（RFC 9110 §15.4.5）。',
    'why.status-line-parsed.2xx': '2xx 状态码表示请求已被成功接收、理解并接受（RFC 9110 §15.3）。',
    'why.status-line-parsed.3xx':
      '3xx 状态码表示重定向（RFC 9110 §15.4）：用户代理还需要采取进一步的操作才能完成请求。如果有 Location 首部，就说明该改向哪里请求，用户代理可以到那里再请求一次。',
    'why.status-line-parsed.4xx':
      '4xx 状态码表示客户端错误（RFC 9110 §15.5）：服务器不会按请求原样去处理。如果有报文主体，报文主体是写给人看的原因说明。',
    'why.status-line-parsed.5xx':
      '5xx 状态码表示服务器错误（RFC 9110 §15.6）：请求也许没有问题，服务器却没能完成。如果有报文主体，报文主体是写给人看的说明。',
    'why.request-body-written.post':
      'GET 通常没有报文主体：GET 只是索取资源（RFC 9110 §9.3.1：GET 请求中的内容没有定义的语义）。POST 要把数据交给服务器（这里是表单的各个字段），所以空行之后跟着报文主体；Content-Length 说明报文主体有多少字节。',
    'why.request-body-written.post-data':
      'GET 通常没有报文主体：GET 只是索取资源（RFC 9110 §9.3.1：GET 请求中的内容没有定义的语义）。POST 要把数据交给服务器处理，所以空行之后跟着报文主体；Content-Length 说明报文主体有多少字节。',
    'why.request-body-written.post-chunked':
      'GET 通常没有报文主体：GET 只是索取资源（RFC 9110 §9.3.1：GET 请求中的内容没有定义的语义）。POST 要把数据交给服务器处理，所以空行之后跟着报文主体。报文主体分块传送（Transfer-Encoding: chunked），每块前面标明大小，大小为 0 的块表示结束：事先不给出长度。',
    'why.request-body-parsed.chunked':
      '服务器逐块读取，直到大小为 0 的那一块，就知道请求在哪里结束。',
    'why.response-blank-line-written.chunked':
      '空行之后是报文主体，分块传送，每块前面标明大小；大小为 0 的块表示结束。',
    'why.response-blank-line-written.none':
      '后面没有报文主体：对 HEAD 的响应，以及 1xx、204、304 响应，都在空行处结束。',
    'why.response-blank-line-written.until-close':
      '空行之后是报文主体。报文主体没有给出长度，所以到服务器关闭连接时才结束。',
    'why.response-blank-line-parsed.chunked':
      '客户端逐块读取报文主体；读到大小为 0 的块，响应就完整了。',
    'why.response-blank-line-parsed.none':
      '不管首部字段怎么写，这个响应都没有报文主体：响应已经完整。',
    'why.response-blank-line-parsed.until-close':
      '响应没有给出长度：客户端一直读取报文主体，直到服务器关闭连接。',
    'why.active-close.crossing':
      'FIN 表示“我不再发送数据了”。客户端已经收到完整的响应，马上关闭；这时{peer}的 FIN 还在路上：两个 FIN 在网络中交错而过。',
    'why.active-close.next-incarnation':
      'FIN 表示“我不再在这个连接上发送数据了”。客户端虽然还有请求要发送，却关闭了这个连接：客户端每个请求都用一个单独的连接，而且都从同一个端口发出，所以下一个连接要等这个连接结束后才建立。',
    'why.active-close.next-connection':
      'FIN 表示“我不再在这个连接上发送数据了”。客户端虽然还有请求要发送，却关闭了这个连接：下一个请求在新的连接上发送。',
    'why.data-sent.first':
      'TCP 把字节流分成报文段；每个报文段的序号，就是其中第一个字节的序号。第一个数据字节的序号是 1，因为 SYN 已经占用了序号 0。',
    'step.data-sent.cwnd-full':
      '{who}发送 {len} 字节数据（Seq={seq}）。这就填满了拥塞窗口：下一个报文段要等 ACK 到来才能发送。',
    'why.data-sent.cwnd-full':
      '发送方未被确认的数据不能超过两个窗口中较小的一个：{peer}给出的窗口，表示对方能缓存多少；以及发送方自己的拥塞窗口，是对两端之间的网络能承载多少的估计。连接开始时拥塞窗口很小，每收到一个 ACK 就增大一些（慢启动，RFC 5681），所以大量数据要分成几批发送，每批相隔一个往返时间。',
    'step.data-sent.rwnd-full':
      '{who}发送 {len} 字节数据（Seq={seq}）。这就填满了{peer}给出的窗口：下一个报文段要等 ACK 到来才能发送。',
    'why.data-sent.rwnd-full':
      '{peer}的报文段里的窗口值表示：在已确认的字节之后，对方还能接收多少字节。发送方从不越过这个窗口发送；每个 ACK 都让窗口向前移动。',
    'why.ack-received.slow-start':
      '已被确认的字节可以从发送缓存中删去。在慢启动阶段，每个确认了新数据的 ACK 还会让拥塞窗口增大，增大的量等于这个 ACK 确认的数据量，但 RFC 5681 规定每个 ACK 最多增大一个最大报文段长度（SMSS），Linux 则不设这个上限：如果每个报文段都有自己的 ACK，拥塞窗口每个往返时间翻一番，排队的数据可以再发出一些。',
    'why.ack-received.congestion-avoidance':
      '已被确认的字节可以从发送缓存中删去。拥塞窗口已经达到慢启动阈值（ssthresh），所以现在增长得慢：每个往返时间约增大一个报文段（拥塞避免，RFC 5681）；排队的数据可以再发出一些。',
    'why.ack-received.fast-recovery-ended':
      '已被确认的字节可以从发送缓存中删去。这是快速重传之后第一个确认了新数据的 ACK，所以快速恢复结束：拥塞窗口先前随重复确认而增大，现在回到快速重传时设定的慢启动阈值（ssthresh），即那时已发出而未被确认的数据量的一半；此后每个往返时间约增大一个报文段（RFC 5681 §3.2）。',
    'step.ack-received.data':
      '{who}收到 {len} 字节数据，同时收到 ACK：{peer}已收到 {ack} 之前的全部字节。',
    'why.redirect-followed.get':
      '3xx 状态码加上 Location 首部，说明接下来该向哪里请求。用户代理改用 GET、不带报文主体到那里再请求一次：收到 303，以及 POST 收到 301 或 302 之后，用户代理都改用 GET（RFC 9110 §15.4）；307 和 308 则保持原来的方法。',
    'why.ack-received.old-data':
      'ACK 只说明 {ack} 之前的字节已经到达，却说明不了是谁的字节：这些字节来自旧连接迟到的报文段。{who}却把自己的响应当作已送达而删去，再也不会重传。',
    'why.duplicate-ack-received.unacceptable':
      '这个 ACK 是{peer}对一个不可接受的报文段的回应（RFC 9293 §3.10.7.4）：只是重复已经发出的确认号，并不表示缺少哪些字节。',
    'why.duplicate-ack-received.syn-ack':
      '这个 ACK 回应的是{whom}的一个 SYN, ACK：那个 SYN, ACK 到达{peer}时握手已经结束，而在已同步的连接上收到 SYN，要用 ACK 回应（RFC 9293 §3.10.7.4，RFC 5961 §4）。这个 ACK 只是重复已经发出的确认号，并不表示缺少哪些字节。',
    'why.duplicate-ack-received.fast-recovery':
      '快速重传之后又收到一个重复确认：{peer}仍缺少从 {ack} 开始的字节，但又有一个报文段离开了网络。在快速恢复期间，每个重复确认让拥塞窗口增大一个报文段（RFC 5681 §3.2），这样在重传的报文段到达之前，新的数据也可以发出。',
    'why.duplicate-ack-received.first':
      '重复确认说明{peer}仍缺少从 {ack} 开始的字节。这是上次确认新数据以来的第一个重复确认：连续收到第三个时，{whom}会立即重传从字节 {ack} 开始的报文段，不等重传计时器超时（快速重传，RFC 5681 §3.2）。',
    'why.duplicate-ack-received.second':
      '第二个重复确认：{peer}仍缺少从 {ack} 开始的字节。再收到一个，{whom}就会立即重传从字节 {ack} 开始的报文段，不等重传计时器超时（快速重传，RFC 5681 §3.2）。',
    'why.ack-received.data':
      '已被确认的字节可以从发送缓存中删去。ACK 先等一等，好搭下一个发出的报文段一起走。',
    'step.fin-received.data-ack-later':
      '{who}在一个报文段里收到 {len} 字节数据和 FIN，进入 {state}。ACK 先等一等，好和自己的 FIN 一起发出。',
    'why.response-body-parsed.redirect':
      '响应已经完整。这个报文主体只是写给人看的简短说明，浏览器并不显示，而是转到 Location 所给的地址。',
    'why.response-body-parsed.redirect-kept':
      '响应已经完整。这是一个重定向，但客户端不再跟随：连续跟随的次数有上限（curl -L 是 50 次，浏览器约 20 次，这个客户端按场景设定的次数），没有可到达的 Location 也不会跟随。这个 3xx 就是客户端得到的最后一个响应。',
    'why.response-body-parsed.redirect-captured':
      '响应已经完整。这个报文主体只是写给人看的简短说明；客户端转到 Location 所给的地址：客户端在这条连接上的下一个请求请求的就是这个地址。',
    'why.response-body-parsed.redirect-unseen':
      '响应已经完整。这是一个重定向，但这条连接上之后没有请求 Location 所给地址的请求：客户端可能在另一条连接上跟随了这个重定向，也可能根本没有跟随。捕获只显示这一条连接。',
    'step.capture-start.refused':
      '捕获从客户端的 SYN 开始：两端都处于 CLOSED，因为服务器的这个端口上没有程序在监听。',
    'why.capture-start.refused':
      '服务器用 RST 而不是 SYN, ACK 回答这个 SYN：没有程序监听的端口上没有连接，端口拒绝这个 SYN（RFC 9293 §3.10.7.1）。所以服务器自始至终处于 CLOSED；处于 SYN-SENT 的客户端收到 RST 后回到 CLOSED（§3.10.7.3）。',
    'step.capture-start-inferred.syn-missed':
      '捕获从 SYN, ACK 开始：这个 SYN, ACK 所回应的 SYN 发生在捕获开始之前。这里的状态是推断出来的。',
    'why.capture-start-inferred.syn-missed':
      'SYN, ACK 回应的是一个没有被捕获到的 SYN：发送 SYN, ACK 的一端被当作处于 SYN-RECEIVED，对方处于 SYN-SENT（RFC 9293 §3.10.7.2）。这是推断出来的，并非实际看到。',
    'step.segment-captured.no-ack':
      '第 {frame} 个分组：{peer}向{whom}发送 [{flags}] Seq={seq} Len={len}。',
    'why.segment-captured.no-change':
      '这是捕获到的报文段，不是模拟的：两端的状态都不因这个报文段而改变，Wireshark 对这个报文段的分析见下方。',
    'step.duplicate-ack-sent.duplicate':
      '{who}收到 {len} 字节，这些序号已经收到过（Seq={seq}）：丢弃这些字节，发送 ACK，确认期望的下一个字节（Ack={ack}）。',
    'why.duplicate-ack-sent.duplicate':
      '这个报文段整个落在期望的下一个字节之前，不可接受：按 RFC 9293 §3.10.7.4，丢弃这个报文段并回应一个 ACK，告诉{peer}已经收到了什么。TCP 只比较序号，不比较内容：不管这些字节写的是什么，先前以这些序号收到的字节都不变。对数据的回应从不被压下，即使刚刚发过一个这样的 ACK：ACK 限速（Linux 的 tcp_invalid_ratelimit）只在窗口之外的报文段不带数据时才压下回应，例如两端对序号的看法不一致时会无休止地来回发送的单独 ACK。',
    'step.duplicate-ack-sent.old':
      '{who}收到一个落在接收窗口之前的报文段（{flags}，Seq={seq}）：丢弃这个报文段，发送 ACK，确认期望的下一个字节（Ack={ack}）。',
    'why.duplicate-ack-sent.old':
      '这个报文段的序号在这一端期望的下一个字节之前，不可接受：按 RFC 9293 §3.10.7.4，丢弃这个报文段并回应一个 ACK，告诉{peer}这一端的序号到了哪里。',
    'step.duplicate-ack-sent.beyond':
      '{who}收到一个超出接收窗口的报文段（{flags}，Seq={seq}）：丢弃这个报文段，发送 ACK，确认期望的下一个字节（Ack={ack}）。',
    'step.duplicate-ack-sent.syn':
      '{who}再次收到{peer}的 SYN（Seq={seq}），这个 SYN 已经确认过了：丢弃这个 SYN，发送 ACK，确认期望的下一个序号（Ack={ack}），而不是再发送一次 SYN, ACK。',
    'why.duplicate-ack-sent.syn':
      'SYN, ACK 没有及时到达{peer}，所以{peer}重传了 SYN。在 SYN-RECEIVED 状态下，这个 SYN 的序号在期望的下一个序号之前，落在接收窗口之外，不可接受：按 RFC 9293 §3.10.7.4，丢弃这个报文段，只回应一个 ACK。SYN, ACK 要等这一端的重传计时器超时才会重传。',
    'why.duplicate-ack-sent.beyond':
      '这个报文段的序号超出了接收窗口的末端，不可接受：按 RFC 9293 §3.10.7.4，丢弃这个报文段并回应一个 ACK，告诉{peer}这一端的序号到了哪里、还能接收多少。',
    'why.ack-throttled.unsent-ack':
      '这个报文段携带数据或 FIN，即使落在窗口之外也不会因此得不到回应。这里按规则要回应的，是这个报文段确认了这一端从未发送的字节（Ack={ack}），回应的 ACK 在 RFC 5961 §5.2 中称为挑战 ACK。两端对序号的看法不一致时会无休止地互相回应（ACK 风暴），所以不管报文段携带什么，每 {duration} 最多发送一个这样的 ACK（RFC 5961 §7；Linux 的 tcp_invalid_ratelimit）。',
    'why.rst-sent.no-connection':
      '{who}已经没有这个连接了：自己的 FIN 得到确认后就进入了 CLOSED。带 ACK 的报文段到达没有对应连接的端口时，要用 RST 回应，RST 的序号取该报文段的确认号（RFC 9293 §3.10.7.1–2）。',
  },
  'zh-TW': {
    'step.passive-open': '{who}開啟連接埠 {port}，等待連線：進入 LISTEN。',
    'why.passive-open': '伺服器必須先進入監聽狀態（被動開啟），用戶端才能建立連線。',
    'step.active-open': '{who}發起連線：傳送帶有初始序號的 SYN，進入 SYN-SENT。',
    'why.active-open':
      '區段是 TCP 交給 IP、裝在一個封包裡傳送的單位。這個 SYN 開始三向交握：把用戶端的初始序號（ISN）告訴{peer}。圖中的序號從各自的 ISN 算起，所以是 Seq=0；勾選「絕對序號與確認號碼」可看到實際數值。',
    'step.syn-received': '{who}收到 SYN，回覆 SYN, ACK，進入 SYN-RECEIVED。',
    'why.syn-received':
      'SYN 和一個位元組一樣，佔用一個序號。所以 Ack={ack} 回應用戶端的 Seq={seq}：期待收到的下一個序號。伺服器自己的 SYN 則開始另一個方向。',
    'step.syn-ack-received': '{who}收到 SYN, ACK，傳送 ACK，進入 ESTABLISHED。',
    'why.syn-ack-received':
      '自己的 SYN 已獲得確認，現在可以傳送資料了；這個 ACK 則讓{peer}知道，自己的 SYN 也已抵達。',
    'step.handshake-ack-received': '{who}收到對自己 SYN 的確認，進入 ESTABLISHED。',
    'why.handshake-ack-received':
      '雙方的初始序號現在都獲得了確認。只用兩個區段的話，伺服器的初始序號得不到確認，一個舊的重複 SYN 還會建立起沒人要的連線。',
    'step.data-sent': '{who}傳送 {len} 位元組資料（Seq={seq}）。',
    'why.data-sent': 'TCP 把位元組串流切成區段；每個區段的序號，就是其中第一個位元組的序號。',
    'step.data-received': '{who}收到 {len} 位元組資料，隨後以 ACK 確認。',
    'why.data-received':
      '確認號碼是接收端期待收到的下一個位元組的序號，{peer}由此知道哪些資料已經抵達。',
    'step.ack-received': '{who}收到 ACK：{peer}已收到 {ack} 之前的所有位元組。',
    'why.ack-received': '已確認的位元組可以從傳送緩衝區中刪除；其餘的仍要保留，以備重傳。',
    'step.ack-sent': '{who}傳送 ACK（Ack={ack}）。',
    'why.ack-sent':
      '這個 ACK 告訴{peer}哪些位元組已經抵達。{peer}送出的資料全部獲得確認後，{peer}才停止重傳計時器。',
    'step.request-line-written': '{who}寫出請求行：{line}',
    'why.request-line-written': '第一行指出請求方法、路徑與 HTTP 版本。',
    'step.request-header-written': '{who}寫出一個標頭行：{name}',
    'why.request-header-written': '每個標頭行都為請求補充一項資訊。{note}',
    'step.request-blank-line-written': '{who}寫出一個空行（CR LF）：請求標頭到此結束。',
    'why.request-blank-line-written':
      'CR LF（歸位、換行）是標頭每一行的結尾。一行裡 CR LF 前面什麼都沒有，就告訴伺服器：標頭已經結束。',
    'step.request-body-written': '{who}寫出訊息主體：{len} 位元組。',
    'why.request-body-written': '訊息主體接在空行之後；標頭欄位告訴伺服器訊息主體在哪裡結束。',
    'step.request-line-parsed': '{who}讀取請求行：{line}',
    'why.request-line-parsed': '讀完這一行，伺服器就知道了請求方法，以及要為哪個資源作出回應。',
    'step.request-header-parsed': '{who}讀取一個標頭行：{name}',
    'why.request-header-parsed': '伺服器逐行讀取標頭，直到遇到空行。{note}',
    'step.request-blank-line-parsed': '{who}讀到空行：請求標頭已經完整。',
    'why.request-blank-line-parsed': '伺服器從標頭欄位得知後面有沒有訊息主體，可以開始處理請求了。',
    'step.request-body-parsed': '{who}讀取訊息主體：{len} 位元組。',
    'why.request-body-parsed': '正好讀滿 Content-Length 個位元組，伺服器就知道請求在哪裡結束。',
    'step.status-line-written': '{who}寫出狀態行：{line}',
    'why.status-line-written':
      '狀態碼說明請求的結果：1xx 表示資訊，2xx 表示成功，3xx 表示重新導向，4xx 表示用戶端錯誤，5xx 表示伺服器錯誤。',
    'step.response-header-written': '{who}寫出一個標頭行：{name}',
    'why.response-header-written': '每個標頭行都為回應補充一項資訊。{note}',
    'step.response-blank-line-written': '{who}寫出空行：回應標頭到此結束。',
    'why.response-blank-line-written':
      '空行之後是訊息主體，位元組數正是 Content-Length 所說的數目。',
    'step.response-body-written': '{who}寫出訊息主體：{len} 位元組。',
    'why.response-body-written':
      '訊息主體裝著所請求資源的表示（頁面、圖片……），或是一個說明錯誤或重新導向的小頁面。',
    'step.status-line-parsed': '{who}讀取狀態行：{line}',
    'why.status-line-parsed': '用戶端依狀態碼決定下一步：顯示頁面、跟著重新導向，或是回報錯誤。',
    'step.response-header-parsed': '{who}讀取一個標頭行：{name}',
    'why.response-header-parsed': '用戶端逐行讀取標頭，直到遇到空行。{note}',
    'step.response-blank-line-parsed': '{who}讀到空行：回應標頭已經完整。',
    'why.response-blank-line-parsed':
      '用戶端從 Content-Length 得知還要讀多少位元組的訊息主體，回應才算完整。',
    'step.response-body-parsed': '{who}讀取訊息主體：{len} 位元組。',
    'why.response-body-parsed':
      '回應已經完整：回應攜帶的內容可以使用了（顯示頁面、畫出圖片），連線可以重複使用，也可以關閉。',
    'why.response-body-parsed.until-close':
      '伺服器的 FIN 結束了訊息主體，回應已經完整：回應攜帶的內容可以使用了（顯示頁面、畫出圖片）。連線不能重複使用：伺服器已經關閉了連線。',
    'step.redirect-followed': '{who}跟著重新導向，前往 {location}。',
    'why.redirect-followed':
      '3xx 狀態碼加上 Location 標頭，說明接下來該向哪裡請求；使用者代理（瀏覽器，或任何送出請求的程式）到那裡再請求一次。',
    'step.active-close': '{who}關閉自己的傳送方向：傳送 FIN，進入 FIN-WAIT-1。',
    'why.active-close':
      'FIN 表示「我不再傳送資料了」。這裡用戶端沒有請求了就先關閉；否則 HTTP/1.1 會保持連線，直到某一端的閒置逾時（RFC 9112 §9.5）。如果有 Connection: close，或是用 HTTP/1.0 而沒有 keep-alive，就改由伺服器先關閉。',
    'step.fin-received': '{who}收到 FIN，回覆確認，進入 {state}。',
    'why.fin-received': 'FIN 佔用一個序號，所以要像一個資料位元組那樣獲得確認。',
    'step.fin-acked': '{who}收到對自己 FIN 的確認，進入 {state}。',
    'why.fin-acked': '這個方向就此關閉；另一個方向則由{peer}的 FIN 關閉。',
    'step.passive-close': '{who}沒有資料要傳送了：傳送自己的 FIN，進入 {state}。',
    'why.passive-close':
      '兩個方向各自關閉：中斷連線要四個區段（四次揮手），建立連線只要三個（三向交握）。對 FIN 的確認通常馬上送出，因為應用程式可能還有資料要傳送（半關閉）。',
    'step.simultaneous-fin': '{who}自己的 FIN 還沒獲得確認，就收到了另一端的 FIN：進入 {state}。',
    'why.simultaneous-fin': '雙方同時關閉，各自確認另一端的 FIN。',
    'step.time-wait-ack': '{who}處於 TIME-WAIT，又收到一次 FIN，於是再確認一次。',
    'why.time-wait-ack':
      '最後一個 ACK 遺失了，所以{peer}重傳了 FIN。仍在 TIME-WAIT 的一端能再次確認這個 FIN；已經關閉的一端只會以 RST 回應，{peer}的關閉就以重置收場。2×MSL 計時器重新開始：{duration}。',
    'why.time-wait-ack.delayed':
      '最後一個 ACK 只是在網路中被耽擱了，並沒有遺失：{peer}的重傳計時器逾時的時候，這個 ACK 還沒有到達，所以{peer}重傳了 FIN，這次重傳其實沒有必要（RFC 6298 §5）。仍在 TIME-WAIT 的一端能再次確認這個 FIN；已經關閉的一端只會以 RST 回應。2×MSL 計時器重新開始：{duration}。',
    'step.time-wait-expired': '{who}在 TIME-WAIT 中等滿 2×MSL（{duration}）：進入 CLOSED。',
    'why.time-wait-expired':
      '等待兩倍的最大區段存活時間（MSL）：一是最後一個 ACK 萬一遺失，還能再次回應{peer}重傳的 FIN；二是讓舊連線的區段在相同的連接埠再次使用之前從網路中消失。',
    'step.last-ack-received': '{who}收到對自己 FIN 的確認，進入 CLOSED。',
    'why.last-ack-received': '兩個方向都已關閉並獲得確認；TCP 刪除這條連線的所有紀錄。',
    'step.segment-lost': '網路丟掉了一個區段（{flags}，Seq={seq}）。',
    'why.segment-lost':
      '鏈結會遺失封包。這個區段得不到確認，傳送端的重傳計時器逾時後會重傳這個區段。',
    'step.retransmission-timeout':
      '{who}的重傳計時器（{duration}）逾時：重傳最早一個未確認的區段（{flags}，Seq={seq}）。',
    'why.retransmission-timeout':
      '沒有及時收到 ACK，所以還沒獲得確認的內容（資料位元組、SYN 或 FIN）以原來的序號重新傳送。',
    'step.duplicate-ack-sent': '{who}收到次序錯亂的資料，再次傳送上一個 ACK（Ack={ack}）。',
    'why.duplicate-ack-sent': '重複確認告訴{peer}：從哪個位元組開始還沒有收到。',
    'step.old-duplicate-syn':
      '{who}收到一個早已失效的連線請求（舊的重複 SYN），並以 SYN, ACK 回應。',
    'why.old-duplicate-syn':
      '伺服器無法分辨這個 SYN 是舊的。正因為交握還有第三步，用戶端才有機會拒絕這條舊連線。',
    'step.rst-received': '{who}收到 RST，放棄這次連線嘗試：{state}。',
    'why.rst-received': 'RST（重置）表示「這裡沒有這條連線」；半開的連線被丟棄。',
    'step.rst-sent': '{who}傳送 RST，拒絕這個區段。',
    'why.rst-sent':
      '這個確認號碼與自己送出過的任何區段都對不上，所以拒絕這條舊連線：這正是交握需要第三個區段的原因。',
    'step.segment-discarded': '{who}丟棄這個區段，不作回應（{flags}）。',
    'why.segment-discarded': '在目前的 {state} 狀態下，依規則應忽略這樣的區段。',
    'step.ack-throttled':
      '{who}丟棄這個區段，不作回應（{flags}）：不到 {duration} 前才剛回應過一個不可接受的區段。',
    'why.ack-throttled':
      '依規則，對視窗之外的區段或確認了從未傳送的位元組的區段，要回應一個 ACK。兩端對序號的看法不一致時會無止盡地互相回應（ACK 風暴），所以對不帶資料的區段（單獨的 ACK 或 SYN），每 {duration} 最多回應一次；視窗之外、攜帶資料的區段總會得到回應（RFC 5961 §7；Linux 的 tcp_invalid_ratelimit）。',
    'step.duplicate-syn-received': '{who}再次收到 SYN，於是再次傳送 SYN, ACK。',
    'why.duplicate-syn-received': '之前的 SYN, ACK 一定是遺失了，所以{peer}重傳了 SYN。',
    'why.duplicate-syn-received.delayed':
      '之前的 SYN, ACK 只是在網路中被耽擱了，並沒有遺失：{peer}的重傳計時器逾時的時候，這個 SYN, ACK 還沒有到達，所以{peer}重傳了 SYN，這次重傳其實沒有必要（RFC 6298 §5）。',
    'step.old-segment-in-time-wait':
      '{who}處於 TIME-WAIT，收到本連線一個遲到的區段（Seq={seq}）：確認後將其丟棄。',
    'why.old-segment-in-time-wait':
      '這就是 TIME-WAIT 的第二個理由：在網路中滯留的區段在這裡消失，而不會進入使用相同連接埠的新連線。',
    'step.old-segment-accepted': '{who}把上一條連線遲到的區段（Seq={seq}）當作本連線的資料接收了。',
    'why.old-segment-accepted':
      'TIME-WAIT 被縮短，舊區段仍在網路中時，新連線就重用了相同的連接埠。這個區段的序號落在本連線的視窗內，於是其中的位元組被當成本連線的資料：這正是 TIME-WAIT 要防止的資料錯亂。這裡的初始序號是特意選定的，好讓這個區段落在視窗內；RFC 9293 §3.4.1 隨時鐘變化的 ISN 讓這種巧合不太可能發生，但並非不可能。',
    'step.time-wait-assassinated':
      '{who}在 TIME-WAIT 狀態收到 RST，立即進入 CLOSED：這就是 TIME-WAIT 暗殺（RFC 1337）。',
    'why.time-wait-assassinated':
      '這個 RST 回應的是{whom}為舊區段傳送的 ACK。RFC 9293 允許 RST 結束 TIME-WAIT，使其對同一連接埠上下一條連線的保護提前失效；RFC 1337 描述了這項危險，並建議在 TIME-WAIT 中忽略 RST。',
    'why.time-wait-assassinated.late-ack':
      '這個 RST 回應的是{whom}早先對{peer}的 FIN 傳送的 ACK，這個 ACK 到得太晚了：{peer}已經關閉，其 FIN 已被後來的 ACK 確認，沒有連線可以接收這個 ACK。RFC 9293 允許 RST 結束 TIME-WAIT，使其對同一連接埠上下一條連線的保護提前失效；RFC 1337 描述了這項危險，並建議在 TIME-WAIT 中忽略 RST。',
    'step.time-wait-cut-short': '{who}立即離開 TIME-WAIT，進入 CLOSED（假設 TIME-WAIT 被縮短）。',
    'why.time-wait-cut-short':
      '真實的 TCP 在這裡要等待 2×MSL（{duration}，RFC 9293 §3.6.1）。跳過等待後連接埠立即空出，而本連線的區段可能仍在網路中：使用相同連接埠的新連線可能收到這些區段。',
    'step.challenge-ack-sent': '{who}以一個 ACK 回應意外的區段（Ack={ack}）。',
    'step.syn-returns-to-listen':
      '{who}在 SYN-RECEIVED 狀態又收到一個 SYN：丟棄這條半開的連線，重新進入 LISTEN。',
    'why.syn-returns-to-listen':
      '這個 SYN 不是{whom}正在回應的那一個，半開的連線已不可信。從 LISTEN 進入 SYN-RECEIVED 的一端放棄這次嘗試，等待新的連線（RFC 9293 第四項檢查）。',
    'step.challenge-ack-sent.duplicate-syn-ack':
      '{who}收到一個已經確認過的 SYN, ACK 的副本，以一個 ACK 回應（Ack={ack}）。',
    'why.challenge-ack-sent.syn-ack-crossed':
      '這個副本是一次重傳：這一端對 SYN, ACK 的 ACK 到達之前，{peer}又傳送了一次 SYN, ACK，兩者在網路中交錯而過。副本的序號在這一端期望的下一個序號之前，而已同步的連線不會再次接受 SYN：依 RFC 9293 §3.10.7.4，丟棄這個副本並回應一個 ACK，說明這一端的序號到了哪裡。這裡沒有偽造。',
    'why.challenge-ack-sent.syn-ack-late':
      '這是{peer}的第一個 SYN, ACK，在網路中被耽擱了：{peer}重傳的那一個先到達，並且已經得到確認。這個副本的序號在這一端期望的下一個序號之前，而已同步的連線不會再次接受 SYN：依 RFC 9293 §3.10.7.4，丟棄這個 SYN, ACK 並回應一個 ACK，說明這一端的序號到了哪裡。這裡沒有偽造。',
    'why.challenge-ack-sent.syn-ack-again':
      '這個副本是一次重傳：這一端對 SYN, ACK 的 ACK 沒有到達，所以{peer}又傳送了一次 SYN, ACK。副本的序號在這一端期望的下一個序號之前，而已同步的連線不會再次接受 SYN：依 RFC 9293 §3.10.7.4，丟棄這個副本並回應一個 ACK，說明這一端的序號到了哪裡。這裡沒有偽造。',
    'why.challenge-ack-sent':
      '不完全吻合的 SYN 或 RST 可能是偽造的；這個 ACK（挑戰 ACK）請真正的另一端證明自己（RFC 5961）。',
    'step.duplicate-ack-received': '{who}收到一個沒有確認任何新資料的 ACK（Ack={ack}）。',
    'why.duplicate-ack-received': '重複確認表示{peer}仍缺少從 {ack} 開始的位元組。',
    'step.fast-retransmit':
      '{who}收到第三個重複確認（Ack={ack}），立即重傳從位元組 {ack} 開始的區段，不等重傳計時器逾時（快速重傳）。',
    'why.fast-retransmit':
      '連續三個重複確認表示，排在位元組 {ack} 後面的區段陸續到達了{peer}，從 {ack} 開始的那個區段卻沒有到達：這個區段多半已經遺失，而不只是延遲。所以 RFC 5681 §3.2 規定現在就重傳，不等計時器逾時。遺失還表示網路壅塞，所以視窗縮小：慢啟動門檻（ssthresh）設為已送出而未確認的資料量的一半，但至少兩個區段，這裡是 {ssthresh} 位元組；壅塞視窗設為 ssthresh 加上三個區段，這裡是 {cwnd} 位元組，因為三個重複確認表示有三個區段已經離開了網路。在新資料獲得確認之前（快速恢復），每再收到一個重複確認，壅塞視窗就加大一個區段。',
    'step.retransmissions-exhausted': '{who}重傳次數過多，放棄連線：{state}。',
    'why.retransmissions-exhausted': '一再逾時都沒有回應，TCP 中止連線，並通知應用程式。',
    'step.capture-start': '擷取從三向交握開始：用戶端處於 CLOSED，伺服器正在監聽。',
    'why.capture-start':
      '每個區段依擷取到的時間算作一步。兩端的狀態由每個區段依序經過 RFC 9293 的狀態圖得出；伺服器的 LISTEN 發生在擷取開始之前。',
    'step.capture-start-inferred': '擷取從連線的中途開始：這裡的狀態是推斷出來的。',
    'why.capture-start-inferred':
      '擷取中沒有 SYN，三向交握發生在擷取開始之前：兩端都被當作處於 ESTABLISHED。這是推斷出來的，並非實際看到。',
    'step.segment-captured':
      '第 {frame} 個封包：{peer}向{whom}傳送 [{flags}] Seq={seq} Ack={ack} Len={len}。',
    'why.segment-captured':
      '這是擷取到的區段，不是模擬的：狀態變化由 RFC 9293 的狀態圖得出，Wireshark 對這個區段的分析見下方。',
    'why.active-open.absolute':
      '區段是 TCP 交給 IP、裝在一個封包裡傳送的單位。這個 SYN 是三向交握的第一個區段，請{peer}同步序號：Seq={seq} 就是用戶端的初始序號（ISN）。依照 RFC 9293 §3.4.1 的方法選出的 ISN 難以猜測，而且每條連線各不相同。圖中顯示的是絕對序號，也就是實際傳送的數值。',
    'why.syn-received.absolute':
      'SYN 和一個位元組一樣，佔用一個序號。所以 Ack={ack} 等於用戶端的初始序號加一：伺服器期待收到的下一個序號。伺服器自己的 SYN 則從伺服器的 ISN 開始另一個方向。',
    'step.data-received.ack-later':
      '{who}收到 {len} 位元組資料。ACK 先等一下，好搭下一個送出的區段一起走。',
    'why.data-received.ack-later':
      'RFC 9293 允許接收端延後傳送 ACK（最多 0.5 秒）。Linux 稍等片刻，讓 ACK 跟著回應一起傳送，省下一個區段。',
    'step.data-sent.fin': '{who}傳送 {len} 位元組資料（Seq={seq}），同一個區段裡還帶著自己的 FIN。',
    'why.data-sent.fin':
      '應用程式已經關閉，所以 FIN 搭著最後的資料一起送出：此後不會再有資料位元組。',
    'step.active-close.fin-later':
      '{who}關閉自己的傳送方向，進入 FIN-WAIT-1。FIN 將和最後的資料一起送出。',
    'why.active-close.server':
      'FIN 表示「我不再傳送資料了」。這裡是伺服器先關閉，因為回應裡寫了 Connection: close。',
    'why.active-close.server.until-close':
      'FIN 表示「我不再傳送資料了」。這裡是伺服器先關閉，因為回應沒有指出長度：訊息主體到連線關閉時結束，所以正是這個 FIN 結束了回應。',
    'why.active-close.server-http10':
      'FIN 表示「我不再傳送資料了」。這裡是伺服器先關閉，因為回應是 HTTP/1.0 的，又沒有 Connection: keep-alive：這樣的回應之後，連線不再保持（RFC 9112 §9.3）。',
    'why.active-close.server-request-close':
      'FIN 表示「我不再傳送資料了」。這裡是伺服器先關閉，因為請求裡寫了 Connection: close：回應完成後連線就結束（RFC 9112 §9.6）。',
    'why.active-close.server-request-http10':
      'FIN 表示「我不再傳送資料了」。這裡是伺服器先關閉，因為請求是 HTTP/1.0 的，又沒有 Connection: keep-alive：回應之後，連線不再保持（RFC 9112 §9.3）。',
    'step.fin-received.fin-acked':
      '{who}收到 FIN，這個區段同時確認了自己的 FIN；於是回覆確認，進入 {state}。',
    'step.fin-received.ack-later':
      '{who}收到 FIN，進入 {state}。ACK 先等一下，好和自己的 FIN 一起送出。',
    'why.fin-received.with-data':
      'FIN 佔用一個序號，所以像一個位元組的資料一樣被確認。這個 FIN 隨最後的資料一起抵達：{peer}關閉時，這些資料還在等待送出（TCP 可以把 FIN 放在仍在排隊的最後一個區段上，Linux 就是這樣做的）。於是這一端在同一時刻得知資料已經完整、{peer}已經關閉：自己的關閉只能是回應（CLOSE-WAIT，然後 LAST-ACK）。兩個 FIN 不可能交錯而過，兩端都不經過 CLOSING；要經過 CLOSING，雙方都必須在另一端的 FIN 抵達之前關閉（RFC 9293 圖 13）。',
    'why.fin-received.time-wait-cut-short':
      '兩個方向都已關閉。真實的 TCP 此時要在 TIME-WAIT 中等待；在這個「假設」中，用戶端立即離開 TIME-WAIT（下一步），用戶端的連接埠馬上可以給新連線使用，而本連線的區段可能仍在網路中。',
    'why.old-segment-accepted.timestamps':
      'TIME-WAIT 被縮短，舊區段仍在網路中時，新連線就重用了相同的連接埠。這個區段的序號落在本連線的視窗內（這裡的初始序號是特意選定的），於是其中的位元組被當成本連線的資料：這正是 TIME-WAIT 要防止的資料錯亂。這裡兩端都傳送時間戳記，真實的 Linux 仍可能以 PAWS（RFC 7323）拒絕這個區段：這個區段的時間戳記比本連線見過的更舊。模擬器沒有實作 PAWS，以便呈現單靠 TIME-WAIT 能防止什麼。',
    'why.fin-received.time-wait':
      '兩個方向都已關閉。這一端在 TIME-WAIT 中停留 2×MSL（{duration}）：一個 MSL 讓 ACK 抵達{peer}；另一個 MSL 留給 ACK 萬一遺失時重傳的 FIN 回來。',
    'why.fin-acked.closing':
      '{peer}的 FIN 早已抵達，現在自己的 FIN 也獲得確認：兩個方向都已關閉。這一端在 TIME-WAIT 中停留 2×MSL（{duration}），以防自己對{peer}的 FIN 的確認遺失。',
    'step.passive-close.with-ack':
      '{who}沒有資料要傳送了：一個區段同時帶著對 FIN 的確認和自己的 FIN。進入 {state}。',
    'why.passive-close.with-ack':
      '對 FIN 的確認稍等了片刻，其間應用程式關閉了連線，所以一個區段帶上了兩者：中斷連線只要三個區段，Linux 上常常如此。只有應用程式在延後的 ACK 送出之前關閉，兩者才能合併：ACK 由 TCP 送出，FIN 要等應用程式關閉，而應用程式可能還有資料要傳送（半關閉）。',
    'why.segment-lost.ack':
      '鏈結會遺失封包。遺失的 ACK 不會被單獨重傳：ACK 不佔序號，沒有誰在等著確認這個 ACK。被這個 ACK 確認的區段由{peer}送出；那個區段得不到確認，重傳計時器逾時後就會被重傳。',
    'why.segment-lost.ack-repeated':
      '鏈結會遺失封包。遺失的 ACK 不會被單獨重傳：ACK 不佔序號，沒有誰在等著確認這個 ACK。確認是累積的：{whom}之後傳送的區段帶有相同或更大的確認號碼，{peer}能及時從中得知同樣的資訊，所以這個 ACK 確認過的資料都不會被重傳。',
    'why.segment-lost.fast-retransmit':
      '鏈結會遺失封包。在這個區段之後送出的區段陸續到達，{peer}對每一個都回送重複確認，指明缺少的位元組；收到第三個重複確認時，{whom}立即重傳這個區段，不等重傳計時器逾時（快速重傳，RFC 5681 §3.2）。',
    'why.status-line-parsed.200':
      '200 OK：請求成功。後面的訊息主體就是頁面，瀏覽器把頁面顯示出來。',
    'why.status-line-parsed.200-image':
      '200 OK：請求成功。後面的訊息主體就是頁面所要的圖片，瀏覽器把圖片畫在頁面裡。',
    'why.status-line-parsed.200-other': '200 OK：請求成功。後面的訊息主體就是所請求的資源。',
    'why.status-line-parsed.1xx':
      '這是一個暫時回應（RFC 9110 §15.2），不是對請求的回答，最終的回應還在後面。100 Continue 告訴正在等待的用戶端（Expect: 100-continue）現在傳送訊息主體。',
    'why.status-line-parsed.200-head':
      '200 OK：請求成功。對 HEAD 的回答沒有訊息主體：只有 GET 會得到的那些標頭欄位，不帶內容（RFC 9110 §9.3.2）。',
    'why.status-line-parsed.200-options':
      '200 OK：請求成功。對 OPTIONS 的回答在標頭欄位裡，例如 Allow 列出可以使用的請求方法：OPTIONS * 問的是整個伺服器，否則問的是所請求的資源（RFC 9110 §9.3.7）。',
    'why.status-line-parsed.301':
      '301 Moved Permanently：頁面永久換了位址，新位址在 Location 標頭裡。瀏覽器到那裡再請求一次，也可能記住這次搬遷。',
    'why.status-line-parsed.404':
      '404 Not Found：伺服器在這個路徑上找不到任何資源。訊息主體是給人看的錯誤頁面，瀏覽器把錯誤頁面顯示出來。',
    'why.status-line-parsed.404-head':
      '404 Not Found：伺服器在這個路徑上找不到任何資源。不管狀態碼是什麼，對 HEAD 的回答都沒有訊息主體：只有 GET 會得到的那些標頭欄位，不帶內容（RFC 9110 §9.3.2）。',
    'why.status-line-parsed.200-action':
      '200 OK：請求成功。後面的訊息主體說明請求所要求的操作得到了什麼結果（RFC 9110 §15.3.1）。',
    'why.status-line-parsed.200-empty':
      '200 OK：請求成功。訊息主體是空的：狀態行和標頭欄位就是全部回答。',
    'why.status-line-parsed.201':
      '201 Created：請求建立了一個新資源，Location 標頭指出新資源的位址；沒有 Location 時，新資源就是請求的目標（RFC 9110 §15.3.2）。',
    'why.status-line-parsed.204':
      '204 No Content：請求成功，但沒有內容要送回：後面沒有訊息主體，回應在空行處結束。瀏覽器停留在目前顯示的頁面上（RFC 9110 §15.3.5）。',
    'why.status-line-parsed.304':
      '304 Not Modified：用戶端快取的副本仍然有效，因為資源沒有變化。後面沒有訊息主體：用戶端使用快取裡的副本（RFC 9110 §15.4.5）。',
    'why.status-line-parsed.2xx': '2xx 狀態碼表示請求已被成功接收、理解並接受（RFC 9110 §15.3）。',
    'why.status-line-parsed.3xx':
      '3xx 狀態碼表示重新導向（RFC 9110 §15.4）：使用者代理還需要採取進一步的動作才能完成請求。如果有 Location 標頭，就說明該改向哪裡請求，使用者代理可以到那裡再請求一次。',
    'why.status-line-parsed.4xx':
      '4xx 狀態碼表示用戶端錯誤（RFC 9110 §15.5）：伺服器不會照請求原樣去處理。如果有訊息主體，訊息主體是給人看的原因說明。',
    'why.status-line-parsed.5xx':
      '5xx 狀態碼表示伺服器錯誤（RFC 9110 §15.6）：請求也許沒有問題，伺服器卻沒能完成。如果有訊息主體，訊息主體是給人看的說明。',
    'why.request-body-written.post':
      'GET 通常沒有訊息主體：GET 只是索取資源（RFC 9110 §9.3.1：GET 請求中的內容沒有定義的語意）。POST 要把資料交給伺服器（這裡是表單的各個欄位），所以空行之後接著訊息主體；Content-Length 說明訊息主體有多少位元組。',
    'why.request-body-written.post-data':
      'GET 通常沒有訊息主體：GET 只是索取資源（RFC 9110 §9.3.1：GET 請求中的內容沒有定義的語意）。POST 要把資料交給伺服器處理，所以空行之後接著訊息主體；Content-Length 說明訊息主體有多少位元組。',
    'why.request-body-written.post-chunked':
      'GET 通常沒有訊息主體：GET 只是索取資源（RFC 9110 §9.3.1：GET 請求中的內容沒有定義的語意）。POST 要把資料交給伺服器處理，所以空行之後接著訊息主體。訊息主體分塊傳送（Transfer-Encoding: chunked），每塊前面標明大小，大小為 0 的塊表示結束：事先不指出長度。',
    'why.request-body-parsed.chunked':
      '伺服器逐塊讀取，直到大小為 0 的那一塊，就知道請求在哪裡結束。',
    'why.response-blank-line-written.chunked':
      '空行之後是訊息主體，分塊傳送，每塊前面標明大小；大小為 0 的塊表示結束。',
    'why.response-blank-line-written.none':
      '後面沒有訊息主體：對 HEAD 的回應，以及 1xx、204、304 回應，都在空行處結束。',
    'why.response-blank-line-written.until-close':
      '空行之後是訊息主體。訊息主體沒有指出長度，所以到伺服器關閉連線時才結束。',
    'why.response-blank-line-parsed.chunked':
      '用戶端逐塊讀取訊息主體；讀到大小為 0 的塊，回應就完整了。',
    'why.response-blank-line-parsed.none':
      '不管標頭欄位怎麼寫，這個回應都沒有訊息主體：回應已經完整。',
    'why.response-blank-line-parsed.until-close':
      '回應沒有指出長度：用戶端一直讀取訊息主體，直到伺服器關閉連線。',
    'why.active-close.crossing':
      'FIN 表示「我不再傳送資料了」。用戶端已經收到完整的回應，馬上關閉；這時{peer}的 FIN 還在路上：兩個 FIN 在網路中交錯而過。',
    'why.active-close.next-incarnation':
      'FIN 表示「我不再在這條連線上傳送資料了」。用戶端雖然還有請求要傳送，卻關閉了這條連線：用戶端每個請求都用一條單獨的連線，而且都從同一個連接埠送出，所以下一條連線要等這條連線結束後才建立。',
    'why.active-close.next-connection':
      'FIN 表示「我不再在這條連線上傳送資料了」。用戶端雖然還有請求要傳送，卻關閉了這條連線：下一個請求在新的連線上傳送。',
    'why.data-sent.first':
      'TCP 把位元組串流切成區段；每個區段的序號，就是其中第一個位元組的序號。第一個資料位元組的序號是 1，因為 SYN 已經佔用了序號 0。',
    'step.data-sent.cwnd-full':
      '{who}傳送 {len} 位元組資料（Seq={seq}）。這就填滿了壅塞視窗：下一個區段要等 ACK 到來才能傳送。',
    'why.data-sent.cwnd-full':
      '傳送端未獲確認的資料不能超過兩個視窗中較小的一個：{peer}給出的視窗，表示另一端能緩衝多少；以及傳送端自己的壅塞視窗，是對兩端之間的網路能承載多少的估計。連線開始時壅塞視窗很小，每收到一個 ACK 就加大一些（慢啟動，RFC 5681），所以大量資料要分成幾批傳送，每批相隔一個往返時間。',
    'step.data-sent.rwnd-full':
      '{who}傳送 {len} 位元組資料（Seq={seq}）。這就填滿了{peer}給出的視窗：下一個區段要等 ACK 到來才能傳送。',
    'why.data-sent.rwnd-full':
      '{peer}的區段裡的視窗值表示：在已確認的位元組之後，另一端還能接收多少位元組。傳送端從不越過這個視窗傳送；每個 ACK 都讓視窗向前移動。',
    'why.ack-received.slow-start':
      '已確認的位元組可以從傳送緩衝區中刪除。在慢啟動階段，每個確認了新資料的 ACK 還會讓壅塞視窗加大，加大的量等於這個 ACK 確認的資料量，但 RFC 5681 規定每個 ACK 最多加大一個最大區段長度（SMSS），Linux 則不設這個上限：如果每個區段都有自己的 ACK，壅塞視窗每個往返時間加倍，排隊的資料可以再送出一些。',
    'why.ack-received.congestion-avoidance':
      '已確認的位元組可以從傳送緩衝區中刪除。壅塞視窗已經達到慢啟動門檻（ssthresh），所以現在成長得慢：每個往返時間約加大一個區段（壅塞避免，RFC 5681）；排隊的資料可以再送出一些。',
    'why.ack-received.fast-recovery-ended':
      '已確認的位元組可以從傳送緩衝區中刪除。這是快速重傳之後第一個確認了新資料的 ACK，所以快速恢復結束：壅塞視窗先前隨重複確認而加大，現在回到快速重傳時設定的慢啟動門檻（ssthresh），也就是那時已送出而未確認的資料量的一半；此後每個往返時間約加大一個區段（RFC 5681 §3.2）。',
    'step.ack-received.data':
      '{who}收到 {len} 位元組資料，同時收到 ACK：{peer}已收到 {ack} 之前的所有位元組。',
    'why.redirect-followed.get':
      '3xx 狀態碼加上 Location 標頭，說明接下來該向哪裡請求。使用者代理改用 GET、不帶訊息主體到那裡再請求一次：收到 303，以及 POST 收到 301 或 302 之後，使用者代理都改用 GET（RFC 9110 §15.4）；307 和 308 則維持原本的方法。',
    'why.ack-received.old-data':
      'ACK 只表示 {ack} 之前的位元組已經抵達，卻無法表示是誰的位元組：這些位元組來自舊連線遲到的區段。{who}卻把自己的回應當作已送達而刪除，再也不會重傳。',
    'why.duplicate-ack-received.unacceptable':
      '這個 ACK 是{peer}對一個不可接受的區段的回應（RFC 9293 §3.10.7.4）：只是重複已經送出的確認號碼，並不表示缺少哪些位元組。',
    'why.duplicate-ack-received.syn-ack':
      '這個 ACK 回應的是{whom}的一個 SYN, ACK：那個 SYN, ACK 到達{peer}時交握已經結束，而在已同步的連線上收到 SYN，要以 ACK 回應（RFC 9293 §3.10.7.4，RFC 5961 §4）。這個 ACK 只是重複已經送出的確認號碼，並不表示缺少哪些位元組。',
    'why.duplicate-ack-received.fast-recovery':
      '快速重傳之後又收到一個重複確認：{peer}仍缺少從 {ack} 開始的位元組，但又有一個區段離開了網路。在快速恢復期間，每個重複確認讓壅塞視窗加大一個區段（RFC 5681 §3.2），這樣在重傳的區段到達之前，新的資料也可以送出。',
    'why.duplicate-ack-received.first':
      '重複確認表示{peer}仍缺少從 {ack} 開始的位元組。這是上次確認新資料以來的第一個重複確認：連續收到第三個時，{whom}會立即重傳從位元組 {ack} 開始的區段，不等重傳計時器逾時（快速重傳，RFC 5681 §3.2）。',
    'why.duplicate-ack-received.second':
      '第二個重複確認：{peer}仍缺少從 {ack} 開始的位元組。再收到一個，{whom}就會立即重傳從位元組 {ack} 開始的區段，不等重傳計時器逾時（快速重傳，RFC 5681 §3.2）。',
    'why.ack-received.data':
      '已確認的位元組可以從傳送緩衝區中刪除。ACK 先等一下，好搭下一個送出的區段一起走。',
    'step.fin-received.data-ack-later':
      '{who}在一個區段裡收到 {len} 位元組資料和 FIN，進入 {state}。ACK 先等一下，好和自己的 FIN 一起送出。',
    'why.response-body-parsed.redirect':
      '回應已經完整。這個訊息主體只是給人看的簡短說明，瀏覽器並不顯示，而是前往 Location 所指的位址。',
    'why.response-body-parsed.redirect-kept':
      '回應已經完整。這是一個重新導向，但用戶端不再跟隨：連續跟隨的次數有上限（curl -L 是 50 次，瀏覽器約 20 次，這個用戶端依情境設定的次數），沒有可到達的 Location 也不會跟隨。這個 3xx 就是用戶端得到的最後一個回應。',
    'why.response-body-parsed.redirect-captured':
      '回應已經完整。這個訊息主體只是給人看的簡短說明；用戶端前往 Location 所指的位址：用戶端在這條連線上的下一個請求請求的就是這個位址。',
    'why.response-body-parsed.redirect-unseen':
      '回應已經完整。這是一個重新導向，但這條連線之後沒有請求 Location 所指位址的請求：用戶端可能在另一條連線上跟隨了這個重新導向，也可能根本沒有跟隨。擷取只顯示這一條連線。',
    'step.capture-start.refused':
      '擷取從用戶端的 SYN 開始：兩端都處於 CLOSED，因為伺服器的這個連接埠上沒有程式在監聽。',
    'why.capture-start.refused':
      '伺服器用 RST 而不是 SYN, ACK 回答這個 SYN：沒有程式監聽的連接埠上沒有連線，連接埠拒絕這個 SYN（RFC 9293 §3.10.7.1）。所以伺服器自始至終處於 CLOSED；處於 SYN-SENT 的用戶端收到 RST 後回到 CLOSED（§3.10.7.3）。',
    'step.capture-start-inferred.syn-missed':
      '擷取從 SYN, ACK 開始：這個 SYN, ACK 所回應的 SYN 發生在擷取開始之前。這裡的狀態是推斷出來的。',
    'why.capture-start-inferred.syn-missed':
      'SYN, ACK 回應的是一個沒有被擷取到的 SYN：傳送 SYN, ACK 的一端被當作處於 SYN-RECEIVED，另一端處於 SYN-SENT（RFC 9293 §3.10.7.2）。這是推斷出來的，並非實際看到。',
    'step.segment-captured.no-ack':
      '第 {frame} 個封包：{peer}向{whom}傳送 [{flags}] Seq={seq} Len={len}。',
    'why.segment-captured.no-change':
      '這是擷取到的區段，不是模擬的：兩端的狀態都不因這個區段而改變，Wireshark 對這個區段的分析見下方。',
    'step.duplicate-ack-sent.duplicate':
      '{who}收到 {len} 位元組，這些序號已經收到過（Seq={seq}）：丟棄這些位元組，傳送 ACK，確認期望的下一個位元組（Ack={ack}）。',
    'why.duplicate-ack-sent.duplicate':
      '這個區段整個落在期望的下一個位元組之前，不可接受：依 RFC 9293 §3.10.7.4，丟棄這個區段並回應一個 ACK，告訴{peer}已經收到了什麼。TCP 只比較序號，不比較內容：不管這些位元組寫的是什麼，先前以這些序號收到的位元組都不變。對資料的回應從不被壓下，即使剛剛才傳送過一個這樣的 ACK：ACK 限速（Linux 的 tcp_invalid_ratelimit）只在視窗之外的區段不帶資料時才壓下回應，例如兩端對序號的看法不一致時會無止盡地來回傳送的單獨 ACK。',
    'step.duplicate-ack-sent.old':
      '{who}收到一個落在接收視窗之前的區段（{flags}，Seq={seq}）：丟棄這個區段，傳送 ACK，確認期望的下一個位元組（Ack={ack}）。',
    'why.duplicate-ack-sent.old':
      '這個區段的序號在這一端期望的下一個位元組之前，不可接受：依 RFC 9293 §3.10.7.4，丟棄這個區段並回應一個 ACK，告訴{peer}這一端的序號到了哪裡。',
    'step.duplicate-ack-sent.beyond':
      '{who}收到一個超出接收視窗的區段（{flags}，Seq={seq}）：丟棄這個區段，傳送 ACK，確認期望的下一個位元組（Ack={ack}）。',
    'step.duplicate-ack-sent.syn':
      '{who}再次收到{peer}的 SYN（Seq={seq}），這個 SYN 已經確認過了：丟棄這個 SYN，傳送 ACK，確認期望的下一個序號（Ack={ack}），而不是再傳送一次 SYN, ACK。',
    'why.duplicate-ack-sent.syn':
      'SYN, ACK 沒有及時到達{peer}，所以{peer}重傳了 SYN。在 SYN-RECEIVED 狀態下，這個 SYN 的序號在期望的下一個序號之前，落在接收視窗之外，不可接受：依 RFC 9293 §3.10.7.4，丟棄這個區段，只回應一個 ACK。SYN, ACK 要等這一端的重傳計時器逾時才會重傳。',
    'why.duplicate-ack-sent.beyond':
      '這個區段的序號超出了接收視窗的末端，不可接受：依 RFC 9293 §3.10.7.4，丟棄這個區段並回應一個 ACK，告訴{peer}這一端的序號到了哪裡、還能接收多少。',
    'why.ack-throttled.unsent-ack':
      '這個區段攜帶資料或 FIN，即使落在視窗之外也不會因此得不到回應。這裡依規則要回應的，是這個區段確認了這一端從未傳送的位元組（Ack={ack}），回應的 ACK 在 RFC 5961 §5.2 中稱為挑戰 ACK。兩端對序號的看法不一致時會無止盡地互相回應（ACK 風暴），所以不管區段攜帶什麼，每 {duration} 最多傳送一個這樣的 ACK（RFC 5961 §7；Linux 的 tcp_invalid_ratelimit）。',
    'why.rst-sent.no-connection':
      '{who}已經沒有這條連線了：自己的 FIN 獲得確認後就進入了 CLOSED。帶 ACK 的區段抵達沒有對應連線的連接埠時，要以 RST 回應，RST 的序號取該區段的確認號碼（RFC 9293 §3.10.7.1–2）。',
  },
});
