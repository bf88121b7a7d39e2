/**
 * A space beside Chinese full-width punctuation, which carries its own (docs/glossary.md): after
 * a closing mark or before an opening one. The catalogues, the quiz's feedback and the Timing
 * panel are held to it.
 */
export const SPACE_BY_FULL_WIDTH = /[。：，；！？）」”]\s|\s[。：，；！？（「“]/u;
