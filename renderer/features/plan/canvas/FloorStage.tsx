import { Layer, Stage } from 'react-konva';
import type { SceneHandle } from './useFloorScene';

/** The layers every floor canvas draws on, bottom to top: the cached plan, the overlay, what is dragged. */
export function FloorStage({ handle, size }: { handle: SceneHandle; size: { width: number; height: number } }) {
  return (
    <Stage ref={handle.stageRef} width={size.width} height={size.height}>
      <Layer ref={handle.staticLayerRef} listening={false} />
      <Layer ref={handle.overlayRef} listening={false} />
      <Layer ref={handle.dragRef} listening={false} />
    </Stage>
  );
}
