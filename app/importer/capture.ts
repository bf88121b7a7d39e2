/**
 * The importer's door into the model's capture code (src/capture/), beside `app/model.ts`:
 * kept out of `src/index.ts` so that nothing of it can reach the first load (its modules' tables
 * would be bundled with anything that imports the index). Only the importer's worker and its
 * lazy views import this.
 */
export {
  type CaptureError,
  type CaptureSummary,
  type CaptureWarning,
  type ConversationSummary,
  createCaptureReader,
  createConversationTracker,
  type HarChange,
  type HarDocument,
  type HarExchange,
  type HarPhase,
  type HarResult,
  type HarScenario,
  listConversations,
  type OtherTraffic,
  parseHar,
  readCapture,
  readTimelineJson,
  type ScrubCount,
  type ScrubOptions,
  scenarioFromHar,
  scrubTimeline,
  type TimelineJsonResult,
  timelineFromConversation,
  timelineJson,
  timelineToPcapng,
} from '../../src/capture/index';
export { formatTimeline } from '../../src/timeline/diagram';
