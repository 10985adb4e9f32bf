import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Layer, Shape, Stage, Text } from 'react-konva';
import type Konva from 'konva';
import type { Area, Booth, Feature } from '../../../../shared/model/plan';
import { formatNumber } from '../../../../shared/money';
import { useLanguage } from '../../../i18n';
import { zoneFill, BOOTH_STROKE, FEATURE_STYLE } from '../canvas/colors';
import { traceOutline } from '../canvas/grid';
import { useCanvasFontsReady, useElementSize, wheelZoomFactor, localPoint } from '../canvas/hooks';
import { CANVAS_FONT } from '../canvas/konva';
import type { EditProblem } from '../editor/commands';
import type { PlanEditor } from '../editor/editor';
import { moveAreaOnSite } from '../editor/outline';
import { sortedAreas } from '../editor/records';
import { GRID_M } from '../editor/snapping';
import { fitBox, zoomAt, type View } from '../model/view';
import { useEditorState } from '../ui/useEditor';
import { siteBounds } from '../../../../shared/plan/site';
import '../canvas/canvas.css';
import './site.css';

interface Props {
  editor: PlanEditor;
  /** Opens an area in the editor (a double click, or the button). */
  onOpen: (areaId: string) => void;
  onRefused: (problem: EditProblem) => void;
}

const snap = (v: number) => Math.round(v / GRID_M) * GRID_M;
/** Booth numbers on the site plan, in screen pixels. */
const NUMBER_PX = 10;

/**
 * The whole site: every area at its place, with its booths. An area is dragged to move it on the
 * site (one undoable step); arrow keys move the chosen one; a double click opens it for editing.
 */
export function SiteOverview({ editor, onOpen, onRefused }: Props) {
  const { t } = useTranslation('planSite');
  const language = useLanguage();
  useEditorState(editor);
  const box = useRef<HTMLDivElement>(null);
  const size = useElementSize(box);
  const fonts = useCanvasFontsReady();
  const stage = useRef<Konva.Stage | null>(null);
  const areas = sortedAreas(editor.doc);
  const [chosen, setChosen] = useState<string | null>(editor.areaId);
  const fill = useMemo(() => zoneFill({ zones: [...editor.doc.zones.values()] }), [editor.doc.zones]);
  const boothsByArea = useMemo(() => {
    const by = new Map<string, Booth[]>();
    for (const b of editor.doc.booths.values()) by.set(b.areaId, [...(by.get(b.areaId) ?? []), b]);
    return by;
  }, [editor.doc.booths]);
  const featuresByArea = useMemo(() => {
    const by = new Map<string, Feature[]>();
    for (const f of editor.doc.features.values()) by.set(f.areaId, [...(by.get(f.areaId) ?? []), f]);
    return by;
  }, [editor.doc.features]);
  const bounds = siteBounds(areas);
  const [view, setView] = useState<View | null>(null);
  // The first look (and a resize before any zoom) shows the whole site.
  const fitted = useRef(false);
  useEffect(() => {
    if (!size || !bounds || fitted.current) return;
    fitted.current = true;
    setView(fitBox(bounds, size.width, size.height, 40));
  }, [size, bounds]);

  // Wheel zooms around the cursor, on the stage directly (no React render per wheel step).
  useEffect(() => {
    const s = stage.current;
    const el = s?.container();
    if (!s || !el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const v = zoomAt({ scale: s.scaleX(), x: s.x(), y: s.y() }, localPoint(el, e), wheelZoomFactor(e));
      s.scale({ x: v.scale, y: v.scale });
      s.position({ x: v.x, y: v.y });
      s.batchDraw();
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [view]);

  const move = (area: Area, x: number, y: number) => {
    const diff = moveAreaOnSite(editor.doc, area.id, x, y);
    if (!diff) return;
    const result = editor.commit(diff, 'moveArea');
    if (!result.ok) onRefused(result.problem);
  };
  const onKey = (e: React.KeyboardEvent) => {
    const area = chosen ? editor.doc.areas.get(chosen) : undefined;
    if (!area) return;
    const step = e.shiftKey ? 0.1 : 1;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (d) {
      e.preventDefault();
      move(area, area.siteXM + d[0]!, area.siteYM + d[1]!);
    } else if (e.key === 'Enter') onOpen(area.id);
  };
  const current = chosen ? editor.doc.areas.get(chosen) : undefined;

  if (areas.length === 0)
    return (
      <div className="empty-state plan-empty">
        <p>{t('site.empty')}</p>
      </div>
    );
  return (
    <div className="plan-canvas site-overview" role="region" aria-label={t('site.canvas')}>
      <p className="hint site-hint">
        {t('site.hint')}
        {current && (
          <>
            {' '}
            <strong data-testid="site-position">
              {current.name}:{' '}
              {t('site.position', { x: formatNumber(current.siteXM, language, 2), y: formatNumber(current.siteYM, language, 2) })}
            </strong>{' '}
            <button type="button" className="link" onClick={() => onOpen(current.id)}>
              {t('site.open')}
            </button>
          </>
        )}
      </p>
      <div className="plan-canvas-stage" ref={box} tabIndex={0} onKeyDown={onKey} data-testid="site-canvas">
        {size && fonts && view && (
          <Stage
            ref={stage}
            width={size.width}
            height={size.height}
            scaleX={view.scale}
            scaleY={view.scale}
            x={view.x}
            y={view.y}
            draggable
          >
            <Layer>
              {areas.map((area) => (
                <SiteArea
                  key={area.id}
                  area={area}
                  booths={boothsByArea.get(area.id) ?? []}
                  features={featuresByArea.get(area.id) ?? []}
                  fill={fill}
                  chosen={area.id === chosen}
                  label={`${area.name} · ${t('site.booths', { count: boothsByArea.get(area.id)?.length ?? 0 })}`}
                  onChoose={() => {
                    setChosen(area.id);
                    box.current?.focus();
                  }}
                  onOpen={() => onOpen(area.id)}
                  onMoved={(x, y) => move(area, snap(x), snap(y))}
                />
              ))}
            </Layer>
          </Stage>
        )}
      </div>
    </div>
  );
}

function SiteArea(props: {
  area: Area;
  booths: Booth[];
  features: Feature[];
  fill: (b: Booth) => string;
  chosen: boolean;
  label: string;
  onChoose: () => void;
  onOpen: () => void;
  onMoved: (x: number, y: number) => void;
}) {
  const { area, booths, features, fill, chosen } = props;
  return (
    <Group
      id={`site-area-${area.id}`}
      name="site-area"
      x={area.siteXM}
      y={area.siteYM}
      draggable
      onMouseDown={props.onChoose}
      onDblClick={props.onOpen}
      onDragEnd={(e) => {
        // A drag of the stage (panning) ends here too: only this group's own drag moves the area.
        if (e.target !== e.currentTarget) return;
        e.cancelBubble = true;
        props.onMoved(e.target.x(), e.target.y());
      }}
      onDragStart={(e) => void (e.cancelBubble = true)}
    >
      <Shape
        sceneFunc={(ctx, shape) => {
          const c = ctx._context;
          const hair = 1 / Math.max(shape.getAbsoluteScale().x, 1e-6);
          c.beginPath();
          traceOutline(c, area);
          c.closePath();
          c.fillStyle = '#ffffff';
          c.fill();
          c.lineWidth = (chosen ? 3 : 1.5) * hair;
          c.strokeStyle = chosen ? '#1864ab' : '#868e96';
          c.stroke();
          c.lineWidth = hair;
          c.strokeStyle = BOOTH_STROKE;
          for (const f of features) {
            const style = FEATURE_STYLE[f.kind];
            c.save();
            c.translate(f.xM, f.yM);
            c.rotate((f.rotationDeg * Math.PI) / 180);
            c.fillStyle = style.fill;
            c.fillRect(0, 0, f.widthM, f.depthM);
            c.restore();
          }
          const scale = shape.getAbsoluteScale().x;
          c.font = `${NUMBER_PX / scale}px ${CANVAS_FONT}`;
          c.textAlign = 'center';
          c.textBaseline = 'middle';
          for (const b of booths) {
            c.save();
            c.translate(b.xM, b.yM);
            c.rotate((b.rotationDeg * Math.PI) / 180);
            c.fillStyle = fill(b);
            c.fillRect(0, 0, b.widthM, b.depthM);
            c.strokeRect(0, 0, b.widthM, b.depthM);
            // Numbers once a booth is wide enough on screen to hold one.
            if (Math.min(b.widthM, b.depthM) * scale >= NUMBER_PX * 2.2) {
              c.fillStyle = '#212529';
              c.fillText(b.number, b.widthM / 2, b.depthM / 2);
            }
            c.restore();
          }
        }}
        hitFunc={(ctx, shape) => {
          ctx.beginPath();
          traceOutline(ctx._context, area);
          ctx.closePath();
          ctx.fillStrokeShape(shape);
        }}
      />
      <Text text={props.label} y={-2.2} fontSize={1.6} fontFamily={CANVAS_FONT} fill="#343a40" listening={false} />
    </Group>
  );
}
