/** Where the workshop's draft is kept in localStorage (app/workshop/draft.ts). */
export const DRAFT_KEY = 'roundtrip.workshop.draft';
