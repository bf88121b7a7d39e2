import { describe, expect, it } from 'vitest';
import { SCENARIOS, simulate } from '../model';
import { COLUMN_PX, railBands } from './PhaseRail';
import { buildScale } from './scale';

const LINE = 16; // projector mode's digits (phaseRail.css)

describe('railBands', () => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: each number sits just over its own bar, clear of the others`, () => {
      const timeline = simulate(scenario);
      const bands = railBands(timeline, buildScale(timeline, { top: 30 }), 500);
      expect(bands.length).toBeGreaterThan(0);
      for (const { bar, number } of bands) {
        // Centred on its bar and above its top: by 4 px, or a line more for each number it was
        // lifted over.
        expect(number.x).toBe(bar.x + 3);
        expect(bar.y - number.y).toBeGreaterThanOrEqual(4);
        expect(bar.y - number.y).toBeLessThanOrEqual(4 + 18 * (bands.length - 1));
      }
      // Two numbers a column apart are never on one line: side by side they read as one number.
      for (const a of bands) {
        for (const b of bands) {
          if (a === b) continue;
          expect(Math.abs(a.number.y - b.number.y)).toBeGreaterThanOrEqual(LINE);
          expect(Math.abs(a.bar.x - b.bar.x)).toBeGreaterThanOrEqual(COLUMN_PX);
        }
      }
    });
  }
});
