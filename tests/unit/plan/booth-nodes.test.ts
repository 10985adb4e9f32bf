import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Booth } from '../../../shared/model/plan';
import { defaults } from '../../../shared/plan/records';
import { SpatialIndex } from '../../../shared/plan/spatial';
import { BoothNodes } from '../../../renderer/features/plan/canvas/boothNodes';
import { Konva } from '../../../renderer/features/plan/canvas/konva';

// Label nodes measure their text on a canvas: under Node, one that measures 5 px a character.
const measuring = { font: '', measureText: (text: string) => ({ width: text.length * 5 }), save() {}, restore() {} };
vi.spyOn(Konva.Util, 'createCanvasElement').mockImplementation(
  () => ({ style: {}, getContext: () => measuring }) as unknown as HTMLCanvasElement,
);

const style = { fill: (b: Booth) => (b.zoneId ? '#ffd8a8' : '#e9ecef'), label: () => undefined };

function booths(n: number): Booth[] {
  return Array.from({ length: n }, (_, i) => defaults.booth(`b${i}`, 'a', `A${i}`, { xM: (i % 100) * 3, yM: Math.floor(i / 100) * 3 }));
}

/** Idle callbacks held until the test runs them, each with the time it says is left. */
function idleSlices() {
  const queued: ((d: { didTimeout: boolean; timeRemaining: () => number }) => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (f: (typeof queued)[number]) => queued.push(f));
  vi.stubGlobal('cancelIdleCallback', () => (queued.length = 0));
  return {
    queued,
    /** One idle slice in which `budget` creations fit (the clock is the number of times it was read). */
    run(budget: number) {
      let left = budget + 1;
      queued.shift()?.({ didTimeout: false, timeRemaining: () => left-- });
    },
  };
}

describe('booth nodes on a big plan', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a plan of fair size has every booth node at once', () => {
    const nodes = new BoothNodes();
    const index = new SpatialIndex<Booth>([]);
    const list = booths(500);
    nodes.sync(list, style, index);
    expect(nodes.shapes.getChildren()).toHaveLength(500);
    expect(nodes.shapes.findOne('#booth-b499')).toBeTruthy();
    expect(nodes.nodesToMake).toBe(0);
    // A node follows its booth's new look and place.
    nodes.sync(
      list.map((b) => (b.id === 'b3' ? { ...b, zoneId: 'z', yM: 90 } : b)),
      style,
      index,
    );
    expect(nodes.shapes.findOne('#booth-b3')?.getAttr('fill')).toBe('#ffd8a8');
    expect(nodes.shapes.findOne('#booth-b3')?.y()).toBe(90);
  });

  it('a big plan is drawn before its booth nodes exist; they are made while the page is idle', () => {
    const idle = idleSlices();
    const nodes = new BoothNodes();
    const list = booths(5_000);
    nodes.sync(list, style, new SpatialIndex<Booth>([]));
    expect(nodes.shapes.getChildren()).toHaveLength(0);
    expect(nodes.nodesToMake).toBe(5_000);
    idle.run(1_000);
    expect(nodes.shapes.getChildren().length).toBeGreaterThan(900);
    expect(nodes.shapes.getChildren().length).toBeLessThanOrEqual(1_000);
    for (let i = 0; i < 10 && idle.queued.length; i++) idle.run(1_000);
    expect(nodes.nodesToMake).toBe(0);
    expect(idle.queued).toHaveLength(0);
    const rect = nodes.shapes.findOne('#booth-b4999');
    expect(rect?.x()).toBe(list[4999]!.xM);
    expect(rect?.getAttr('fill')).toBe('#e9ecef');
  });

  it('a booth dragged before its node was made gets it then, with the fill it has now', () => {
    idleSlices();
    const nodes = new BoothNodes();
    const list = booths(3_000);
    const index = new SpatialIndex<Booth>([]);
    nodes.sync(list, style, index);
    const zoned = list.map((b) => (b.id === 'b7' ? { ...b, zoneId: 'z', xM: 400 } : b));
    nodes.sync(zoned, style, index);
    const [rect] = nodes.shapesOf('b7');
    expect(rect?.getAttr('fill')).toBe('#ffd8a8');
    expect(rect?.x()).toBe(400);
    expect(nodes.nodesToMake).toBe(2_999);
  });

  it('stops making nodes once the scene is gone', () => {
    const idle = idleSlices();
    const nodes = new BoothNodes();
    nodes.sync(booths(3_000), style, new SpatialIndex<Booth>([]));
    nodes.destroy();
    idle.run(10_000);
    expect(nodes.shapes.getChildren()).toHaveLength(0);
  });
});
