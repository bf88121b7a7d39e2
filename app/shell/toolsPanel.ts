/**
 * The phone's Tools panel (Shell.tsx), open or folded. A tool inside it that puts another
 * session on screen (a capture opened) folds it, so that the session shows: open, the panel
 * takes the first screen and the diagram is left behind the explanation's sheet.
 */
import { flag } from '../workshop/flag';

export const toolsPanel = flag();

/**
 * Folds the panel where it is open, and then puts the focus on the diagram, whose arrow keys
 * step: the control that had it is folded away with the panel.
 */
export function foldTools() {
  if (!toolsPanel.get()) return;
  toolsPanel.set(false);
  document.querySelector<HTMLElement>('.diagram-scroll')?.focus();
}
