import { memo } from 'react';
import { Layer, Stage } from 'react-konva';
import type { SceneHandle } from './useFloorScene';

interface Props {
  handle: SceneHandle;
  size: { width: number; height: number };
}

/**
 * The layers every floor canvas draws on, bottom to top: the cached plan, the overlay, what is
 * dragged. Rendered again only when the size changes: react-konva's stage re-bridges every React
 * context on each render, which a click or a drop on the plan should not pay for.
 */
export const FloorStage = memo(
  function FloorStage({ handle, size }: Props) {
    return (
      <Stage ref={handle.stageRef} width={size.width} height={size.height}>
        <Layer ref={handle.staticLayerRef} listening={false} />
        <Layer ref={handle.overlayRef} listening={false} />
        <Layer ref={handle.dragRef} listening={false} />
      </Stage>
    );
  },
  (a, b) =>
    a.size.width === b.size.width &&
    a.size.height === b.size.height &&
    a.handle.stageRef === b.handle.stageRef &&
    a.handle.staticLayerRef === b.handle.staticLayerRef &&
    a.handle.overlayRef === b.handle.overlayRef &&
    a.handle.dragRef === b.handle.dragRef,
);
