/**
 * Colour-blind-safe categorical palettes (issue #18 §6). The separations come from
 * tests/fixtures/palettes/make_reference.py (colorspacious 1.1.2: Machado et al. 2009 simulation
 * of full protan, deutan and tritan vision, CAM02-UCS ΔE); this test checks that the palettes the
 * charts use are still the ones measured, and that no two colours of one palette come closer
 * than ΔE 5 for any vision (about the size of a difference seen at a glance between two
 * neighbouring filled areas; under 2 they read as one colour).
 * Sequential and diverging heatmap scales (blues, purples, greens, reds, viridis, rdbu) are not
 * listed: they vary in lightness, which every kind of colour vision sees.
 */
import * as Plot from '@observablehq/plot';
import { describe, expect, test } from 'vitest';
import reference from '../fixtures/palettes/reference.json' with { type: 'json' };
import { MOVEMENT_COLORS, FLOWS } from '../../src/charts/revenue-movements/movementStyle.ts';
import { RETENTION_COLORS } from '../../src/charts/revenue-movements/revenueRetentionPlot.ts';
import { MARGIN_TIER_COLORS } from '../../src/charts/customer-value/marginTiersPlot.ts';
import { COMPONENT_COLORS } from '../../src/charts/customer-value/scoreComponentsPlot.ts';
import { TIER_COLORS } from '../../src/charts/value-tiers/valueTiersPlot.ts';
import { ACTUAL_COLOR, EXPECTED_COLOR } from '../../src/charts/customer-lifetime-value/holdoutPlots.ts';

type Name = keyof typeof reference;

const observable10 = Plot.scale({ color: { type: 'categorical', domain: [...'abcdefghij'] } }).range as string[];

const IN_CODE: Record<Name, readonly string[]> = {
  'revenue-movements flows': FLOWS.map((f) => MOVEMENT_COLORS[f]),
  'revenue retention (GRR, NRR)': [RETENTION_COLORS.grr, RETENTION_COLORS.nrr],
  'customer-value margin tiers': Object.values(MARGIN_TIER_COLORS),
  'customer-value score components': COMPONENT_COLORS,
  'value tiers': [TIER_COLORS.A, TIER_COLORS.B, TIER_COLORS.C],
  'CLV holdout (actual, expected)': [ACTUAL_COLOR, EXPECTED_COLOR],
  'Plot default observable10': observable10,
};

/**
 * Palettes accepted below ΔE 5, with the reason. Plot 0.6.17's default categorical scheme is
 * observable10 (not tableau10); under full deutan vision its 4th and 6th colours (#6cc5b0,
 * #ff8ab7) come to ΔE 3.1, which is still told apart side by side but not at a glance; charts
 * drawn with it name every series in a legend and in the data table. (tableau10 would be worse:
 * #e15759 and #59a14f come to ΔE 0.8 under deutan vision.)
 */
const ALLOWED: Partial<Record<Name, string>> = {
  'Plot default observable10': 'Plot’s default; ΔE 3.1 under deutan vision; series named in legend and table',
};

describe('categorical palettes seen with colour-blind vision', () => {
  for (const name of Object.keys(reference) as Name[]) {
    test(name, () => {
      const measured = reference[name];
      expect(IN_CODE[name].map((c) => c.toLowerCase())).toEqual(measured.colours.map((c) => c.toLowerCase()));
      if (ALLOWED[name]) return;
      for (const [vision, closest] of Object.entries(measured.closest)) {
        expect(closest.deltaE, `${vision}: ${closest.pair.join(' vs ')}`).toBeGreaterThanOrEqual(5);
      }
    });
  }
});
