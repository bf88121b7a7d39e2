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
  'header.copied': 'Embed code copied.',
  'header.copyManual': 'Copy this code into your course page:',
  'header.close': 'Close',
  'header.openFull': 'Open in Roundtrip',
  'header.predict': 'Predict',
  'header.timing': 'Timing',
  'header.print': 'Print handout',
  'embed.dialogTitle': 'Embed this view in a course page',
  'embed.size': 'Size',
  'embed.size.small': 'Small, 480 px wide',
  'embed.size.medium': 'Medium, 800 px wide',
  'embed.size.large': 'Large, 1024 px wide',
  'embed.size.full': 'As wide as the page',
  'embed.panels': 'What it shows',
  'embed.panels.diagram': 'The diagram only',
  'embed.panels.explanation': 'The diagram and the explanation',
  'embed.panels.all': 'Everything: diagram, explanation, message bytes and TCP states',
  'embed.origin': 'Course site address (optional)',
  'embed.origin.hint':
    'If you give it, only a page at this address can drive the embed and hear its steps. Example: https://moodle.example.edu',
  'embed.origin.bad':
    'Not an address of a site. Write only the start of it, such as https://moodle.example.edu, with no path.',
  'embed.copy': 'Copy the code',
  'embed.copyFailed':
    'This browser did not allow copying. The code is selected: copy it with Ctrl+C (⌘C on a Mac).',
  'embed.platforms': 'Notes for Moodle and Canvas',
  'embed.fallback':
    'The code has two parts: the frame, and a short script that gives the frame the height of what it shows. Where a platform removes the script, the frame keeps a fixed height, chosen to fit the size you picked.',
  'embed.moodle':
    'Moodle: paste the code in the editor’s HTML view of a Page or a Label. Moodle keeps both parts there. Where it cleans HTML (forum posts, or sites that do not trust teachers’ HTML), it removes the frame and the script: link to Roundtrip instead, or upload the one-file version (roundtrip.html) as a File.',
  'embed.canvas':
    'Canvas: paste the code in the HTML editor. Canvas keeps the frame with its address, width, height, title and style, and removes the script: the frame keeps its fixed height.',
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
  'controls.stepCounter': 'Step {step} of {total}',
  'controls.keys': 'Keyboard shortcuts',
  'keys.title': 'Keyboard shortcuts',
  'keys.step': 'Previous / next step',
  'keys.play': 'Play or pause',
  'keys.home': 'First step',
  'keys.end': 'Last step',
  'keys.help': 'Show this list',
  'keys.close': 'Close',
  'keys.spaceKey': 'Space',
  'token.key.home': 'Home',
  'token.key.end': 'End',
  'keys.note': 'The keys do nothing while a list or a text field has the focus.',
  'diagram.time': 'Time (virtual ms)',
  'diagram.compressed': '{duration} compressed',
  'diagram.lost': 'lost',
  'diagram.retransmission': 'retransmission',
  'diagram.inFlight': 'in flight',
  'diagram.arrow': '{flags} from {from} to {to}, {numbers}. Go to step {step}.',
  'diagram.description':
    'Client on the left, server on the right, time running down. Each arrow is a segment; its slope is the time it takes to cross the network.',
  'diagram.phaseMdn': 'MDN phase',
  'diagram.phaseSeven': 'Seven steps',
  'diagram.data': 'data',
  'diagram.ms': 'ms',
  'diagram.now': 'now',
  'states.after': 'After this step',
  'states.diagramNote': 'Dashed edges come from RFC 9293 §3.10 and appear when taken.',
  'states.change': '{who}: {from} → {to} on {event}',
  'states.none': 'No state changes at this step.',
  'token.event.passive-open': 'passive OPEN',
  'token.event.active-open': 'active OPEN',
  'token.event.send': 'SEND',
  'token.event.close': 'CLOSE',
  'token.event.rcv-syn': 'rcv SYN',
  'token.event.rcv-syn-ack': 'rcv SYN,ACK',
  'token.event.rcv-ack-of-syn': 'rcv ACK of SYN',
  'token.event.rcv-fin': 'rcv FIN',
  'token.event.rcv-ack-of-fin': 'rcv ACK of FIN',
  'token.event.rcv-fin-ack-of-fin': 'rcv FIN, ACK of FIN',
  'token.event.rcv-rst': 'rcv RST',
  'token.event.rcv-rst-active-open': 'rcv RST (active OPEN)',
  'token.event.timeout-2msl': 'Timeout=2MSL',
  'token.event.user-timeout': 'user timeout',
  'token.action.snd': 'snd {flags}',
  'message.empty': 'No HTTP message yet.',
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
  'block.start-line': 'Start line',
  'block.header': 'Header',
  'block.blank-line': 'Blank line',
  'block.body': 'Body',
  'block.request-line': 'Request line: the method, the path of the resource, and the HTTP version.',
  'block.status-line':
    'Status line: the HTTP version, the status code, and a reason phrase for people.',
  'block.blank-line-note': 'An empty line, just CR LF: the header section ends here.',
  'block.body-note': 'The body: the data itself, as long as Content-Length says.',
  'field.host': 'Host: which site on the server is meant; required in HTTP/1.1.',
  'field.accept-language': 'Accept-Language: the languages the reader prefers.',
  'field.accept': 'Accept: the media types the client can handle.',
  'field.user-agent': 'User-Agent: the program that sends the request.',
  'field.content-length': 'Content-Length: how many bytes of body follow the blank line.',
  'field.content-type': 'Content-Type: the media type of the body, e.g. text/html.',
  'field.connection':
    'Connection: “close” ends the connection after this message; “keep-alive” keeps it open.',
  'field.keep-alive': 'Keep-Alive: how long and for how many requests an idle connection stays.',
  'field.date': 'Date: when the message was made.',
  'field.server': 'Server: the software that answered.',
  'field.location': 'Location: where the resource is now; the client follows it.',
  'field.allow': 'Allow: the methods this resource accepts.',
  'field.cache-control': 'Cache-Control: whether and for how long the answer may be cached.',
  'field.etag': 'ETag: a version tag of the resource, to check later whether it changed.',
  'field.transfer-encoding': 'Transfer-Encoding: the body comes in chunks, each with its size.',
  'field.generic': '{name}: a header field, a name and a value ended by CR LF.',
  'explain.start': 'Nothing has been sent yet. Press “Next step” to begin.',
  'explain.states': 'After this step: client {client}, server {server}.',
  'explain.rfc': 'Specified in {rfc}',
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
  'scenario.post-form.desc': 'A request with a body: Content-Type and Content-Length at work.',
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
  'scenario.lost-segment.title': 'A lost segment',
  'scenario.lost-segment.desc':
    'The network drops a segment; a timer fires and TCP sends it again.',
  'scenario.why-three-way.title': 'Why three segments to connect?',
  'scenario.why-three-way.desc':
    'An old duplicate SYN arrives; the third segment lets the client refuse it.',
  'scenario.why-time-wait.title': 'Why wait in TIME-WAIT?',
  'scenario.why-time-wait.desc':
    'The last ACK is lost; only an endpoint still in TIME-WAIT can answer the repeated FIN.',
  'scenario.simultaneous-close.title': 'Both sides close at once',
  'scenario.simultaneous-close.desc':
    'Two FINs cross in the network: both ends pass through CLOSING.',
  'scenario.large-response.title': 'A large response',
  'scenario.large-response.desc': 'The body does not fit in one segment: many segments, many ACKs.',
  'scenario.unknown.desc': 'A scenario without a description.',
  'step.start': 'Nothing has been sent yet.',
  'why.start': 'Both endpoints are in their first state. Press “Next step” to begin.',
  'step.passive-open': '{who} opens port {port} and waits for connections: LISTEN.',
  'why.passive-open': 'A server must be listening before any client can connect (a passive OPEN).',
  'step.active-open':
    '{who} opens a connection: it sends a SYN with its initial sequence number and enters SYN-SENT.',
  'why.active-open':
    'The SYN asks {peer} to synchronise sequence numbers. This is the first segment of the three-way handshake.',
  'step.syn-received': '{who} receives the SYN, answers SYN, ACK and enters SYN-RECEIVED.',
  'why.syn-received':
    'The ACK confirms the client’s sequence number; the SYN sends the server’s own, so both directions get set up.',
  'step.syn-ack-received': '{who} receives the SYN, ACK, sends an ACK and enters ESTABLISHED.',
  'why.syn-ack-received':
    'Its SYN is acknowledged, so it may send data now; the ACK tells {peer} that its SYN arrived too.',
  'step.handshake-ack-received': '{who} receives the ACK of its SYN and enters ESTABLISHED.',
  'why.handshake-ack-received':
    'Three segments were enough for each side to send its sequence number and see it acknowledged.',
  'step.data-sent': '{who} sends {len} bytes of data (Seq={seq}).',
  'why.data-sent':
    'TCP cuts the byte stream into segments; each one carries the sequence number of its first byte.',
  'step.data-received': '{who} receives {len} bytes and acknowledges them.',
  'why.data-received':
    'The acknowledgement number is the next byte it expects, so {peer} knows what has arrived.',
  'step.ack-received': '{who} receives an ACK: {peer} has every byte before {ack}.',
  'why.ack-received':
    'Acknowledged bytes can be forgotten; the others stay queued in case they must be sent again.',
  'step.ack-sent': '{who} sends an ACK (Ack={ack}).',
  'why.ack-sent':
    'It tells {peer} which bytes have arrived, so that it can stop its retransmission timer.',
  'step.request-line-written': '{who} writes the request line: {line}',
  'why.request-line-written': 'The first line names the method, the path and the HTTP version.',
  'step.request-header-written': '{who} writes a header line: {name}',
  'why.request-header-written': 'Each header line adds one fact about the request. {note}',
  'step.request-blank-line-written': '{who} writes an empty line (CR LF): the headers are over.',
  'why.request-blank-line-written':
    'The blank line tells the server that the header section has ended.',
  'step.request-body-written': '{who} writes the body: {len} bytes.',
  'why.request-body-written':
    'The body follows the blank line; Content-Length tells the server how many bytes to read.',
  'step.request-line-parsed': '{who} reads the request line: {line}',
  'why.request-line-parsed': 'Now it knows the method and the resource it must answer for.',
  'step.request-header-parsed': '{who} reads a header line: {name}',
  'why.request-header-parsed': 'It reads header lines one by one until the blank line. {note}',
  'step.request-blank-line-parsed':
    '{who} reads the blank line: the request’s headers are complete.',
  'why.request-blank-line-parsed':
    'It now knows whether a body follows (Content-Length) and can start to process the request.',
  'step.request-body-parsed': '{who} reads the body: {len} bytes.',
  'why.request-body-parsed':
    'It read exactly Content-Length bytes, so it knows where the request ends.',
  'step.status-line-written': '{who} writes the status line: {line}',
  'why.status-line-written':
    'The status code says how the request went: 2xx success, 3xx look elsewhere, 4xx a client error, 5xx a server error.',
  'step.response-header-written': '{who} writes a header line: {name}',
  'why.response-header-written': 'Each header line adds one fact about the response. {note}',
  'step.response-blank-line-written':
    '{who} writes the blank line: the response’s headers are over.',
  'why.response-blank-line-written':
    'What follows is the body, as many bytes as Content-Length says.',
  'step.response-body-written': '{who} writes the body: {len} bytes.',
  'why.response-body-written':
    'The body carries the data that was asked for: the page, or an error page.',
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
    'The response is complete: the page can be shown, and the connection reused or closed.',
  'step.redirect-followed': '{who} follows the redirect to {location}.',
  'why.redirect-followed':
    'A 3xx status with a Location header says where the resource is now; the user agent asks again there.',
  'step.active-close': '{who} closes its side: it sends a FIN and enters FIN-WAIT-1.',
  'why.active-close':
    'The FIN says “I will send no more data”. The other direction stays open until {peer} closes too.',
  'step.fin-received': '{who} receives the FIN, acknowledges it and enters {state}.',
  'why.fin-received': 'A FIN takes one sequence number, so it is acknowledged like a byte of data.',
  'step.fin-acked': '{who} receives the ACK of its FIN and enters {state}.',
  'why.fin-acked': 'Its direction is closed; now it waits for the FIN of {peer}.',
  'step.passive-close': '{who} has nothing more to send: it sends its own FIN and enters {state}.',
  'why.passive-close':
    'Each direction closes on its own: that is why closing takes four segments where opening took three.',
  'step.simultaneous-fin':
    '{who} receives a FIN while its own FIN is not yet acknowledged: it enters {state}.',
  'why.simultaneous-fin': 'Both sides closed at the same time; each acknowledges the other’s FIN.',
  'step.time-wait-ack': '{who} is in TIME-WAIT, receives the FIN again and acknowledges it again.',
  'why.time-wait-ack':
    'Its last ACK was lost, so {peer} repeated its FIN. Only an endpoint still in TIME-WAIT can answer it.',
  'step.time-wait-expired': '{who} has waited 2×MSL ({duration}) in TIME-WAIT: it enters CLOSED.',
  'why.time-wait-expired':
    'Waiting twice the maximum segment lifetime lets a lost last ACK be sent again and lets old segments die out before the same ports are used again.',
  'step.last-ack-received': '{who} receives the ACK of its FIN and enters CLOSED.',
  'why.last-ack-received':
    'Both directions are closed and acknowledged; the connection is forgotten.',
  'step.segment-lost': 'The network drops a segment ({flags}, Seq={seq}).',
  'why.segment-lost':
    'Links lose packets. No ACK will come back for it, so the sender will have to send it again.',
  'step.retransmission-timeout':
    '{who}’s retransmission timer ({duration}) expires: it sends the segment again.',
  'why.retransmission-timeout':
    'No ACK arrived in time, so the unacknowledged bytes are sent again with the same sequence numbers.',
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
    'The acknowledgement does not match anything it sent, so it refuses the old connection: this is why the handshake needs a third segment.',
  'step.segment-discarded': '{who} drops the segment without answering ({flags}).',
  'why.segment-discarded':
    'In its present state, {state}, the rules say such a segment is ignored.',
  'step.duplicate-syn-received': '{who} receives the SYN again and sends its SYN, ACK again.',
  'why.duplicate-syn-received': 'Its SYN, ACK must have been lost, so {peer} repeated its SYN.',
  'step.challenge-ack-sent': '{who} answers an unexpected segment with an ACK (Ack={ack}).',
  'why.challenge-ack-sent':
    'A SYN or a RST that does not fit exactly could be forged; the ACK asks a real peer to prove itself (RFC 5961).',
  'step.duplicate-ack-received': '{who} receives an ACK that acknowledges nothing new (Ack={ack}).',
  'why.duplicate-ack-received':
    'A repeated ACK means {peer} is still missing the bytes from {ack} on.',
  'step.retransmissions-exhausted': '{who} gives up after too many retransmissions: {state}.',
  'why.retransmissions-exhausted':
    'After repeated timeouts with no answer, TCP aborts the connection and tells the application.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: string };
