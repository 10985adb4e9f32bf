import { blockCells, blockSize, type BlockSpec } from '../editor/generator';
import { HIGHLIGHT_STROKE } from './colors';
import { Konva } from './konva';

/** The ghost of a generated block that follows the pointer until the person clicks to place it. */
export function blockPreview(spec: BlockSpec, layer: Konva.Layer): Konva.Group {
  const group = new Konva.Group({ listening: false, opacity: 0.75, name: 'block-preview' });
  const size = blockSize(spec);
  group.add(
    new Konva.Rect({
      width: size.widthM,
      height: size.depthM,
      stroke: HIGHLIGHT_STROKE,
      strokeWidth: 1,
      strokeScaleEnabled: false,
      dash: [5, 4],
      listening: false,
    }),
  );
  for (const cell of blockCells(spec)) {
    const common = { x: cell.xM, y: cell.yM, width: spec.boothWidthM, height: spec.boothDepthM, listening: false };
    group.add(
      new Konva.Rect({ ...common, fill: 'rgba(24,100,171,0.12)', stroke: HIGHLIGHT_STROKE, strokeWidth: 1, strokeScaleEnabled: false }),
    );
    group.add(
      new Konva.Text({
        ...common,
        text: cell.number,
        fontSize: Math.min(spec.boothWidthM, spec.boothDepthM) * 0.24,
        align: 'center',
        verticalAlign: 'middle',
        fill: HIGHLIGHT_STROKE,
      }),
    );
  }
  layer.add(group);
  return group;
}
