import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../shared/model/plan';
import { PlanEditor } from '../../../renderer/features/plan/editor/editor';
import { defaults } from '../../../renderer/features/plan/editor/records';
import { numberOrder } from '../../../renderer/features/plan/editor/numbering';
import { Overlay } from '../../../renderer/features/plan/canvas/overlay';
import { Konva } from '../../../renderer/features/plan/canvas/konva';

// Konva layers make a canvas: under Node, a stand-in that draws nothing.
const context = new Proxy({} as Record<string | symbol, unknown>, {
  get: (target, key) => (key in target ? target[key] : () => ({ width: 0 })),
  set: (target, key, value) => ((target[key] = value), true),
});
vi.spyOn(Konva.Util, 'createCanvasElement').mockImplementation(
  () => ({ style: {}, getContext: () => context }) as unknown as HTMLCanvasElement,
);

const plan = (): Plan => ({
  areas: [defaults.area('hall', 'Nhà A', 40, 30, 0)],
  zones: [],
  booths: [defaults.booth('b1', 'hall', 'A01', { xM: 0, yM: 0 }), defaults.booth('b2', 'hall', 'A02', { xM: 3, yM: 0 })],
  features: [],
});

/** An editor whose saves never end (the drop is judged before its answer) and a count of what it tells the screen. */
function watched() {
  const editor = new PlanEditor({ plan: plan(), persist: () => new Promise(() => {}), newId: () => 'n' });
  let told = 0;
  editor.subscribe(() => told++);
  return { editor, told: () => told };
}

describe('a drop tells the screen once', () => {
  it('a moved booth: one announcement, one history step, the booth where it was dropped', () => {
    const { editor, told } = watched();
    const b1 = editor.doc.booths.get('b1')!;
    editor.commitTransient('move', [], [{ ...b1, xM: 10 }]);
    expect(told()).toBe(1);
    expect(editor.history.undo).toEqual(['move']);
    expect(editor.doc.booths.get('b1')!.xM).toBe(10);
  });

  it('a drop where it started (nothing to save) still ends the gesture on screen, once', () => {
    const { editor, told } = watched();
    editor.commitTransient('move', [], [editor.doc.booths.get('b1')!]);
    expect(told()).toBe(1);
    expect(editor.history.undo).toEqual([]);
  });

  it('a refused drop (off the area) is announced once and leaves the booth in place', () => {
    const { editor, told } = watched();
    const b1 = editor.doc.booths.get('b1')!;
    const result = editor.commitTransient('move', [], [{ ...b1, xM: 100 }]);
    expect(result.ok).toBe(false);
    expect(told()).toBe(1);
    expect(editor.doc.booths.get('b1')!.xM).toBe(0);
  });

  it('items set as transient during the gesture are still what a plain commit takes', () => {
    const { editor, told } = watched();
    editor.setTransient([{ ...editor.doc.booths.get('b2')!, yM: 6 }]);
    editor.commitTransient('move');
    expect(told()).toBe(2); // the transient step, then the drop
    expect(editor.doc.booths.get('b2')!.yM).toBe(6);
  });
});

describe('the overlay does no work for what is not shown', () => {
  const layer = () => {
    const l = new Konva.Layer();
    return { l, draws: vi.spyOn(l, 'batchDraw') };
  };

  it('clearing guides or issues that are not there redraws nothing', () => {
    const { l, draws } = layer();
    const overlay = new Overlay(l);
    const before = draws.mock.calls.length;
    overlay.setGuides([]);
    overlay.setIssues([]);
    expect(draws.mock.calls.length).toBe(before);
  });

  it('guides and issues shown are drawn, and cleared again when they go', () => {
    const { l, draws } = layer();
    const overlay = new Overlay(l);
    let before = draws.mock.calls.length;
    overlay.setGuides([{ axis: 'x', at: 3, from: 0, to: 6 }]);
    overlay.setIssues([defaults.booth('b1', 'hall', 'A01', { xM: 0, yM: 0 })]);
    expect(draws.mock.calls.length).toBeGreaterThan(before);
    expect(l.find('Line')).toHaveLength(1);
    expect(l.findOne('#issue-b1')).toBeTruthy();
    before = draws.mock.calls.length;
    overlay.setGuides([]);
    overlay.setIssues([]);
    expect(draws.mock.calls.length).toBeGreaterThan(before);
    expect(l.find('Line')).toHaveLength(0);
    expect(l.findOne('#issue-b1')).toBeFalsy();
  });
});

describe('booth numbers in reading order', () => {
  it('sorts numbers as a person reads them (A2 before A10, Đ after D)', () => {
    expect(['A10', 'A2', 'B1', 'A1'].sort(numberOrder)).toEqual(['A1', 'A2', 'A10', 'B1']);
    expect(['Đ2', 'E1', 'D3'].sort(numberOrder)).toEqual(['D3', 'Đ2', 'E1']);
  });
});
