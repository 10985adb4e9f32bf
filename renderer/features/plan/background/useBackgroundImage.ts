import { useEffect, useState } from 'react';
import type { AreaBackground } from '../../../../shared/model/plan';
import { Konva } from '../canvas/konva';
import type { FloorScene } from '../canvas/scene';

/** Draws an area's background drawing under the grid and booths, inside the cached static layer. */
export function useBackgroundImage(scene: FloorScene | null, background: AreaBackground | null): void {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const source = background ? `data:${background.mime};base64,${background.base64}` : null;
  useEffect(() => {
    setImage(null);
    if (!source) return;
    const img = new Image();
    img.onload = () => setImage(img);
    img.src = source;
  }, [source]);
  useEffect(() => {
    if (!scene || !image || !background) return;
    const node = new Konva.Image({
      id: 'area-background',
      image,
      x: background.xM,
      y: background.yM,
      rotation: background.rotationDeg,
      scaleX: background.metresPerPixel,
      scaleY: background.metresPerPixel,
      opacity: background.opacity,
      visible: background.visible,
      listening: false,
    });
    scene.backgroundGroup.add(node);
    scene.invalidate();
    return () => {
      node.destroy();
      scene.invalidate();
    };
  }, [scene, image, background]);
}
