/**
 * Projector mode's stylesheet (projector.css), fetched the first time the mode is on: App.tsx
 * gives the page its class once it is here, and a link in this mode waits for it before its
 * first render (main.tsx), so that the page never shows the mode's layout without its type.
 */
import { lazyOnce } from '../lazyOnce';

export const projectorStyle = lazyOnce(() => import('./projectorStyle'));
