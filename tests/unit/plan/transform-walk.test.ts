import { describe, expect, it } from 'vitest';
import { Konva, withoutTransformWalk } from '../../../renderer/features/plan/canvas/konva';

/** A stage stand-in (its transform is what a pan or zoom changes) over a group of booth nodes. */
function plan(walkFree: boolean) {
  const stage = new Konva.Group();
  const booths = new Konva.Group();
  const rects = Array.from({ length: 50 }, (_, i) => new Konva.Rect({ id: `booth-b${i}`, x: i * 3, y: 4, width: 3, height: 3 }));
  booths.add(...rects);
  stage.add(walkFree ? withoutTransformWalk(booths) : booths);
  let told = 0;
  for (const r of rects) r.on('absoluteTransformChange', () => told++);
  // Every node's transform read once, so each has a cached transform to go stale.
  for (const r of rects) r.getAbsoluteTransform();
  return { stage, rects, told: () => told };
}

describe('booth nodes outside the transform walk', () => {
  it('a zoom does not visit every booth node', () => {
    const walked = plan(false);
    walked.stage.scale({ x: 12, y: 12 });
    // The guard's reason: without it, Konva tells every node of the change (once per changed attribute).
    expect(walked.told()).toBeGreaterThanOrEqual(50);

    const free = plan(true);
    free.stage.scale({ x: 12, y: 12 });
    free.stage.position({ x: -900, y: 40 });
    expect(free.told()).toBe(0);
  });

  it('a node still knows where it is on screen after pans and zooms', () => {
    const { stage, rects } = plan(true);
    stage.scale({ x: 12, y: 12 });
    stage.position({ x: -900, y: 40 });
    expect(rects[10]!.getClientRect()).toEqual({ x: 30 * 12 - 900, y: 4 * 12 + 40, width: 36, height: 36 });
    stage.scale({ x: 2, y: 2 });
    expect(rects[10]!.getAbsoluteTransform().point({ x: 0, y: 0 })).toEqual({ x: 60 - 900, y: 8 + 40 });
    // Moved after the zoom: the new place shows too.
    rects[10]!.y(10);
    expect(rects[10]!.getClientRect().y).toBe(20 + 40);
  });
});
