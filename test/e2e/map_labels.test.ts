import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { jumpTo, openApp, SCREENSHOTS, type TestWindow } from './support/browser_harness.ts';
import { offlineSession } from './support/offline_session.ts';

const session = offlineSession([]);

interface ShownName {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The kecamatan names drawn now (placed and not hidden) with their boxes on screen: the text measured in the
 * browser's bold sans-serif at the layer's size, letter spacing included.
 */
async function shownNames(page: Page): Promise<ShownName[]> {
  return page.evaluate(() => {
    const map = (window as TestWindow).__siagaMap as unknown as {
      queryRenderedFeatures(o: { layers: string[] }): Array<{
        properties: Record<string, unknown>;
        state: Record<string, unknown>;
        geometry: { coordinates: [number, number] };
      }>;
      project(ll: [number, number]): { x: number; y: number };
      getZoom(): number;
      getLayoutProperty(layer: string, name: string): unknown;
    };
    const z = map.getZoom();
    const size = 10 + (Math.min(12, Math.max(8, z)) - 8) * (5 / 4);
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    ctx.font = `bold ${size}px sans-serif`;
    return map
      .queryRenderedFeatures({ layers: ['kecamatan-label'] })
      .filter((f) => f.state.hidden !== true)
      .map((f) => {
        const name = String(f.properties.name);
        const at = map.project(f.geometry.coordinates);
        const width = ctx.measureText(name.toUpperCase()).width + 0.14 * size * name.length;
        const height = size * 1.2;
        return {
          name,
          left: at.x - width / 2,
          right: at.x + width / 2,
          top: at.y - height / 2,
          bottom: at.y + height / 2,
        };
      });
  });
}

function overlapping(names: readonly ShownName[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of names.entries()) {
    for (const b of names.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        pairs.push(`${a.name} × ${b.name}`);
      }
    }
  }
  return pairs;
}

describe('kecamatan names on the map', () => {
  for (const [label, viewport] of [
    ['1366', { width: 1366, height: 768 }],
    ['390', { width: 390, height: 844 }],
  ] as const) {
    it(`never overlap, at the first view and zooming in (${label} px wide)`, async () => {
      const page = await session.newPage(viewport);
      await openApp(page, session.url);
      const first = await shownNames(page);
      await page.screenshot({ path: join(SCREENSHOTS, `map-labels-${label}-first-id.png`) });
      expect(overlapping(first)).toEqual([]);
      if (label === '1366') {
        // The first view names most of the nine, the town's kecamatan among them; Sawan and Kubutambahan,
        // which used to print over each other here, never do.
        expect(first.map((n) => n.name)).toContain('Buleleng');
        expect(first.length).toBeGreaterThanOrEqual(6);
      }
      const centre: [number, number] = [115.15, -8.17];
      for (const zoom of [8.5, 9.5, 10.5, 11.5, 12.5]) {
        await jumpTo(page, centre, zoom);
        const names = await shownNames(page);
        expect(overlapping(names), `zoom ${zoom}`).toEqual([]);
        if (zoom === 10.5) {
          expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['Sawan', 'Kubutambahan']));
          await page.screenshot({ path: join(SCREENSHOTS, `map-labels-${label}-z10-id.png`) });
        }
      }
    });
  }
});
