import { useState } from 'react';
import type { Plan } from '../../../../shared/model/plan';
import { FloorView } from '../canvas/FloorView';
import type { BenchSurface } from './surface';

declare global {
  interface Window {
    /** What FloorView reported to its host, in order. */
    floorEvents?: unknown[];
  }
}

/** FloorView as the allocation and sales screens embed it, logging every callback. */
export function FloorViewHarness({ plan, expose }: { plan: Plan; expose: (s: BenchSurface) => void }) {
  const [highlight, setHighlight] = useState<ReadonlySet<string>>(new Set(['b1']));
  const log = (e: unknown) => (window.floorEvents ??= []).push(e);
  expose({ toScreen: (p) => p, select: (ids) => setHighlight(new Set(ids)), selectedCount: () => highlight.size });
  return (
    <div style={{ display: 'flex', height: '100%' }}>
      <ul style={{ width: 160 }}>
        <li draggable onDragStart={(e) => e.dataTransfer.setData('text/plain', 'exhibitor-7')}>
          Châu Long
        </li>
      </ul>
      <div style={{ flex: 1 }}>
        <FloorView
          plan={plan}
          areaId="hall"
          boothLabel={(b) => (b.id === 'b0' ? 'Châu Long' : undefined)}
          boothFill={(b) => (b.id === 'b2' ? '#ffc9c9' : '#e9ecef')}
          highlight={highlight}
          onBoothClick={(id) => log({ click: id })}
          onExternalDrop={(id, e) => log({ drop: id, data: e.dataTransfer?.getData('text/plain') })}
          onBoothDrag={(from, to) => log({ from, to })}
          legend={<span>Chú giải</span>}
          ariaLabel="Floor"
        />
      </div>
    </div>
  );
}
