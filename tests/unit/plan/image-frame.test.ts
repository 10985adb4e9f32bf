import { describe, expect, it } from 'vitest';
import { imageFrame, movedImage, onImage, scaledImage, turnedImage } from '../../../renderer/features/plan/background/imageFrame';

// A 400 × 300 px drawing at 5 cm a pixel: 20 × 15 m, its top-left at (5, 5).
const bg = {
  xM: 5,
  yM: 5,
  metresPerPixel: 0.05,
  pixelWidth: 400,
  pixelHeight: 300,
  opacity: 0.5,
  visible: true,
  rotationDeg: 0,
  locked: false,
};

describe('lining the background image up with handles', () => {
  it('knows its corners and centre, turned clockwise about the top-left corner', () => {
    expect(imageFrame(bg).centre).toEqual({ x: 15, y: 12.5 });
    const turned = imageFrame({ ...bg, rotationDeg: 90 });
    expect(turned.corners[1].x).toBeCloseTo(5, 9);
    expect(turned.corners[1].y).toBeCloseTo(25, 9);
    expect(onImage(bg, { x: 24, y: 19 })).toBe(true);
    expect(onImage({ ...bg, rotationDeg: 90 }, { x: 24, y: 19 })).toBe(false);
  });

  it('turns about its centre by the angle the pointer swept, in 15° steps with Shift', () => {
    // From straight above the centre to straight right of it: a quarter turn clockwise.
    const t = turnedImage(bg, { x: 15, y: 2 }, { x: 24, y: 12.6 }, true);
    expect(t.rotationDeg).toBe(90);
    expect({ x: t.xM, y: t.yM }).toEqual({ x: 22.5, y: 2.5 });
    expect(imageFrame({ ...bg, ...t }).centre.x).toBeCloseTo(15, 9);
    const free = turnedImage(bg, { x: 15, y: 2 }, { x: 24, y: 12.6 }, false);
    expect(free.rotationDeg).toBeCloseTo(90.6, 1);
    // Past a half turn it reads as the shorter way round.
    const c = imageFrame({ ...bg, rotationDeg: 170 }).centre;
    expect(turnedImage({ ...bg, rotationDeg: 170 }, { x: c.x, y: c.y - 10 }, { x: c.x + 10, y: c.y }, true).rotationDeg).toBe(-105);
  });

  it('scales evenly with the top-left held, never to nothing; moves to the millimetre', () => {
    // Halfway along the diagonal: half the size; off the diagonal, what lies along it counts.
    expect(scaledImage(bg, { x: 15, y: 12.5 }).metresPerPixel).toBeCloseTo(0.025, 9);
    expect(scaledImage(bg, { x: 15, y: 10 }).metresPerPixel).toBeCloseTo(0.022, 9);
    expect(scaledImage(bg, { x: 0, y: 0 }).metresPerPixel).toBeCloseTo(0.0005, 9);
    expect(movedImage(bg, 1.23456, -2)).toMatchObject({ xM: 6.235, yM: 3 });
  });
});
