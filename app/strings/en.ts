/**
 * English strings. This catalogue defines the keys: every other language must
 * have the same keys with the same {placeholders} (checked by the compiler via
 * `Catalogue`, and by strings.test.ts for placeholders and empty values).
 */
export const en = {
  'app.title': 'Roundtrip',
  'app.tagline': 'A typical HTTP session, one packet at a time',
  'header.scenario': 'Scenario',
  'header.language': 'Language',
  'region.diagram': 'Sequence diagram',
  'region.states': 'TCP states',
  'region.message': 'Message bytes',
  'region.explanation': 'What happens',
  'region.controls': 'Playback controls',
  'endpoint.client': 'Client',
  'endpoint.server': 'Server',
  'controls.previous': 'Previous step',
  'controls.next': 'Next step',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.restart': 'Restart',
  'controls.stepCounter': 'Step {step} of {total}',
  'explain.start': 'Nothing has been sent yet. Press “Next step” to begin.',
  'message.empty': 'No HTTP message yet.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: string };
