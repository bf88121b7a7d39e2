import { describe, expect, it } from 'vitest';
import { CHOOSERS } from './choosers';
import { CHOSEN } from './variants';

describe('the choosers', () => {
  // A reason left out of CHOSEN would take its plain words, never its chooser's; one left in
  // without a chooser would say it is being prepared for ever.
  it('are for the reasons variants.ts names as chosen, no more and no fewer', () => {
    expect(Object.keys(CHOOSERS).sort()).toEqual([...CHOSEN].sort());
  });
});
