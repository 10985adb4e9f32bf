import { useEffect } from 'react';
import type { Dimension } from '../../../../shared/model/plan';
import { dimensionShape, dimensionText } from '../../../../shared/plan/dimension';
import { currentLanguage } from '../../../i18n';
import { HIGHLIGHT_STROKE } from './colors';
import { CANVAS_FONT, Konva } from './konva';
import type { FloorScene } from './scene';

export const DIMENSION_COLOUR = '#1864ab';
/** The length's type, in metres on the plan: it grows and shrinks with the zoom, as on paper. */
const TEXT_M = 0.45;
const TICK_M = 0.25;

/** One dimension line as Konva nodes: line, extension lines, ticks (one shape) and its length (a text). */
export function dimensionNodes(d: Dimension, selected: boolean): Konva.Group {
  const shape = dimensionShape(d, 0);
  const colour = selected ? HIGHLIGHT_STROKE : DIMENSION_COLOUR;
  const group = new Konva.Group({ id: `dimension-${d.id}`, name: 'dimension', listening: false });
  group.setAttr('lengthM', shape.lengthM);
  // What the line measures and whether it is selected, for reading the canvas back (tests, tools).
  group.setAttrs({ measured: [d.x1M, d.y1M, d.x2M, d.y2M], selected });
  group.add(
    new Konva.Shape({
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (ctx, node) => {
        const c = ctx._context;
        const px = 1 / Math.max(1e-9, node.getAbsoluteScale().x);
        c.beginPath();
        c.moveTo(shape.from.x, shape.from.y);
        c.lineTo(shape.to.x, shape.to.y);
        for (const [a, b] of shape.extensions) {
          c.moveTo(a.x, a.y);
          c.lineTo(b.x, b.y);
        }
        c.lineWidth = (selected ? 2 : 1) * px;
        c.strokeStyle = colour;
        c.stroke();
        const t = { x: ((shape.dir.x + shape.normal.x) * TICK_M) / 2, y: ((shape.dir.y + shape.normal.y) * TICK_M) / 2 };
        c.beginPath();
        for (const p of [shape.from, shape.to]) {
          c.moveTo(p.x - t.x, p.y - t.y);
          c.lineTo(p.x + t.x, p.y + t.y);
        }
        c.lineWidth = (selected ? 3 : 2) * px;
        c.stroke();
      },
    }),
  );
  const text = dimensionText(d, currentLanguage());
  const side = d.offsetM < 0 ? -1 : 1;
  const mid = { x: (shape.from.x + shape.to.x) / 2, y: (shape.from.y + shape.to.y) / 2 };
  const a = (shape.angleDeg * Math.PI) / 180;
  // Which way "up" of the turned text points relative to the side the line stands on.
  const up = side * (-shape.normal.x * Math.sin(a) + shape.normal.y * Math.cos(a));
  const label = new Konva.Text({
    x: mid.x,
    y: mid.y,
    rotation: shape.angleDeg,
    text,
    fontSize: TEXT_M,
    fontFamily: CANVAS_FONT,
    fill: colour,
    listening: false,
    name: 'dimension-label',
  });
  label.offsetX(label.width() / 2);
  label.offsetY(up > 0 ? -0.05 : TEXT_M * 1.15);
  group.add(label);
  return group;
}

/**
 * Keeps an area's dimension lines drawn in the scene, the selected ones highlighted. Selecting a
 * booth changes nothing here (no repaint of the plan); only dimension lines and their selection do.
 */
export function useDimensionNodes(scene: FloorScene | null, dimensions: readonly Dimension[], selection: ReadonlySet<string>): void {
  const selected = dimensions
    .filter((d) => selection.has(d.id))
    .map((d) => d.id)
    .join(' ');
  useEffect(() => {
    const group = scene?.annotations;
    if (!scene || !group || (dimensions.length === 0 && group.getChildren().length === 0)) return;
    const chosen = new Set(selected.split(' '));
    group.destroyChildren();
    for (const d of dimensions) group.add(dimensionNodes(d, chosen.has(d.id)));
    scene.invalidate();
  }, [scene, dimensions, selected]);
}
