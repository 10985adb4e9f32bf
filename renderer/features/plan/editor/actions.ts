import type { FeatureKind } from '../../../../shared/model/plan';
import { alignItems, distributeItems, rotateQuarter, setLocked, type AlignEdge } from './arrange';
import { copyRecords, duplicateItems, pasteRecords, type EditProblem, type PlanItem } from './commands';
import type { PlanEditor } from './editor';
import type { EditResult } from './editorTypes';
import type { plan } from '../messages';

type Leaves<T, P extends string = ''> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T &
  string];
/** A label key under `plan:actions`, checked against the messages. */
export type ActionLabel = Leaves<(typeof plan)['en']['actions']>;

export type Dialog = 'newArea' | 'editArea' | 'generate' | 'renumber';

/** What actions may ask of the screen around the editor. */
export interface ActionHost {
  openDialog: (dialog: Dialog) => void;
  zoomToFit: () => void;
  zoomToSelection: () => void;
  toggleHelp: () => void;
  refused: (problem: EditProblem) => void;
  /** Booths, features and dimension lines copied or cut. */
  clipboard: { items: readonly PlanItem[] };
  /** Opens the find box (booth number or exhibitor). */
  openFind: () => void;
  /** The middle of what the canvas shows, in metres: where a paste lands when the pointer is elsewhere. */
  viewCentre: () => { x: number; y: number } | null;
}

export interface ActionContext {
  editor: PlanEditor;
  host: ActionHost;
  /** Where a context menu was opened, in metres: paste lands there. */
  at?: { x: number; y: number };
}

/** A key chord; `mod` is Ctrl, or Cmd on a Mac. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** One user operation, the single source for the toolbar, the shortcuts and the help overlay. */
export interface Action {
  id: string;
  label: ActionLabel;
  group: 'edit' | 'tools' | 'arrange' | 'view';
  shortcuts?: Shortcut[];
  enabled?: (ctx: ActionContext) => boolean;
  perform: (ctx: ActionContext) => void;
  /** Shown as a toolbar button (others live in menus and on keys only). */
  toolbar?: boolean;
}

const hasSelection = ({ editor }: ActionContext) => editor.selection.size > 0;
const report = (ctx: ActionContext, result: EditResult) => {
  if (!result.ok) ctx.host.refused(result.problem);
};
const NUDGE_M = 0.5;
const FINE_NUDGE_M = 0.1;

const nudge = (id: string, key: string, dx: number, dy: number): Action[] => [
  {
    id: `nudge.${id}`,
    label: `nudge.${id}` as ActionLabel,
    group: 'arrange',
    shortcuts: [{ key }],
    enabled: hasSelection,
    perform: (c) => report(c, c.editor.nudge(dx * NUDGE_M, dy * NUDGE_M)),
  },
  {
    id: `nudgeFine.${id}`,
    label: `nudgeFine.${id}` as ActionLabel,
    group: 'arrange',
    shortcuts: [{ key, shift: true }],
    enabled: hasSelection,
    perform: (c) => report(c, c.editor.nudge(dx * FINE_NUDGE_M, dy * FINE_NUDGE_M)),
  },
];

const align = (edge: AlignEdge): Action => ({
  id: `align.${edge}`,
  label: `align.${edge}`,
  group: 'arrange',
  enabled: ({ editor }) => editor.selection.size >= 2,
  perform: (c) => report(c, c.editor.commit(alignItems(c.editor.doc, c.editor.selection, edge), 'align')),
});

export const FEATURE_TOOLS: FeatureKind[] = ['wall', 'aisle', 'entrance', 'exit', 'stage', 'info_desk', 'pillar', 'restroom', 'label'];

export const ACTIONS: readonly Action[] = [
  {
    id: 'undo',
    label: 'undo',
    group: 'edit',
    toolbar: true,
    shortcuts: [{ key: 'z', mod: true }],
    enabled: ({ editor }) => editor.canUndo,
    perform: ({ editor }) => editor.undo(),
  },
  {
    id: 'redo',
    label: 'redo',
    group: 'edit',
    toolbar: true,
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    enabled: ({ editor }) => editor.canRedo,
    perform: ({ editor }) => editor.redo(),
  },
  {
    id: 'tool.select',
    label: 'tool.select',
    group: 'tools',
    toolbar: true,
    shortcuts: [{ key: 'v' }],
    perform: ({ editor }) => editor.setTool({ kind: 'select' }),
  },
  {
    id: 'tool.booth',
    label: 'tool.booth',
    group: 'tools',
    toolbar: true,
    shortcuts: [{ key: 'b' }],
    enabled: ({ editor }) => !!editor.area,
    perform: ({ editor }) => editor.setTool({ kind: 'booth' }),
  },
  {
    id: 'tool.measure',
    label: 'tool.measure',
    group: 'tools',
    toolbar: true,
    shortcuts: [{ key: 'm' }],
    enabled: ({ editor }) => !!editor.area,
    perform: ({ editor }) => editor.setTool(editor.tool.kind === 'measure' ? { kind: 'select' } : { kind: 'measure' }),
  },
  {
    id: 'tool.outline',
    label: 'tool.outline',
    group: 'tools',
    toolbar: true,
    shortcuts: [{ key: 'o' }],
    enabled: ({ editor }) => !!editor.area,
    perform: ({ editor }) => editor.setTool(editor.tool.kind === 'outline' ? { kind: 'select' } : { kind: 'outline' }),
  },
  {
    id: 'tool.dimension',
    label: 'tool.dimension',
    group: 'tools',
    toolbar: true,
    shortcuts: [{ key: 'd' }],
    enabled: ({ editor }) => !!editor.area,
    perform: ({ editor }) => editor.setTool(editor.tool.kind === 'dimension' ? { kind: 'select' } : { kind: 'dimension' }),
  },
  {
    id: 'generate',
    label: 'generate',
    group: 'tools',
    toolbar: true,
    shortcuts: [{ key: 'g' }],
    enabled: ({ editor }) => !!editor.area,
    perform: ({ host }) => host.openDialog('generate'),
  },
  {
    id: 'renumber',
    label: 'renumber',
    group: 'edit',
    toolbar: true,
    shortcuts: [{ key: 'n' }],
    enabled: ({ editor }) => editor.selectedBooths().length > 0,
    perform: ({ host }) => host.openDialog('renumber'),
  },
  {
    id: 'duplicate',
    label: 'duplicate',
    group: 'edit',
    toolbar: true,
    shortcuts: [{ key: 'd', mod: true }],
    enabled: hasSelection,
    perform: (c) =>
      pasteOrDuplicate(c, duplicateItems(c.editor.doc, c.editor.selection, { dx: 1, dy: 1 }, c.editor.newId, c.editor.skip), 'duplicate'),
  },
  {
    id: 'cut',
    label: 'cut',
    group: 'edit',
    shortcuts: [{ key: 'x', mod: true }],
    enabled: hasSelection,
    perform: (c) => {
      c.host.clipboard.items = [
        ...c.editor.selectedBooths().filter((b) => !b.locked),
        ...c.editor.selectedFeatures(),
        ...c.editor.selectedDimensions(),
      ];
      report(c, c.editor.deleteSelection());
    },
  },
  {
    id: 'copy',
    label: 'copy',
    group: 'edit',
    shortcuts: [{ key: 'c', mod: true }],
    enabled: hasSelection,
    perform: ({ editor, host }) =>
      (host.clipboard.items = [...editor.selectedBooths(), ...editor.selectedFeatures(), ...editor.selectedDimensions()]),
  },
  {
    id: 'paste',
    label: 'paste',
    group: 'edit',
    shortcuts: [{ key: 'v', mod: true }],
    enabled: ({ editor, host }) => host.clipboard.items.length > 0 && !!editor.areaId,
    perform: (c) => {
      const { editor, host } = c;
      // At the pointer (or where the menu was opened), else in the middle of the view.
      const at = c.at ?? editor.pointer ?? host.viewCentre();
      const areaId = editor.areaId!;
      const diff = at
        ? pasteRecords(editor.doc, host.clipboard.items, at, areaId, editor.newId, editor.skip)
        : copyRecords(editor.doc, host.clipboard.items, { dx: 1, dy: 1 }, editor.newId, areaId, editor.skip);
      pasteOrDuplicate(c, diff, 'paste');
    },
  },
  {
    id: 'delete',
    label: 'delete',
    group: 'edit',
    toolbar: true,
    shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
    enabled: hasSelection,
    perform: (c) => report(c, c.editor.deleteSelection()),
  },
  {
    id: 'rotate',
    label: 'rotate',
    group: 'arrange',
    toolbar: true,
    shortcuts: [{ key: 'r' }],
    enabled: hasSelection,
    perform: (c) => report(c, c.editor.commit(rotateQuarter(c.editor.doc, c.editor.selection), 'rotate')),
  },
  {
    id: 'lock',
    label: 'lock',
    group: 'arrange',
    shortcuts: [{ key: 'l', mod: true }],
    enabled: ({ editor }) => editor.selectedBooths().length > 0,
    perform: (c) =>
      report(c, c.editor.commit(setLocked(c.editor.doc, c.editor.selection, !c.editor.selectedBooths().every((b) => b.locked)), 'lock')),
  },
  {
    id: 'find',
    label: 'find',
    group: 'view',
    toolbar: true,
    shortcuts: [{ key: 'f', mod: true }],
    perform: ({ host }) => host.openFind(),
  },
  { id: 'selectAll', label: 'selectAll', group: 'edit', shortcuts: [{ key: 'a', mod: true }], perform: ({ editor }) => editor.selectAll() },
  {
    id: 'deselect',
    label: 'deselect',
    group: 'edit',
    shortcuts: [{ key: 'Escape' }],
    perform: ({ editor }) => (editor.tool.kind !== 'select' ? editor.setTool({ kind: 'select' }) : editor.select([])),
  },
  ...(['left', 'centerX', 'right', 'top', 'centerY', 'bottom'] as const).map(align),
  {
    id: 'distribute.x',
    label: 'distribute.x',
    group: 'arrange',
    enabled: ({ editor }) => editor.selection.size >= 3,
    perform: (c) => report(c, c.editor.commit(distributeItems(c.editor.doc, c.editor.selection, 'x'), 'distribute')),
  },
  {
    id: 'distribute.y',
    label: 'distribute.y',
    group: 'arrange',
    enabled: ({ editor }) => editor.selection.size >= 3,
    perform: (c) => report(c, c.editor.commit(distributeItems(c.editor.doc, c.editor.selection, 'y'), 'distribute')),
  },
  ...nudge('left', 'ArrowLeft', -1, 0),
  ...nudge('right', 'ArrowRight', 1, 0),
  ...nudge('up', 'ArrowUp', 0, -1),
  ...nudge('down', 'ArrowDown', 0, 1),
  {
    id: 'zoomFit',
    label: 'zoomFit',
    group: 'view',
    toolbar: true,
    shortcuts: [
      { key: '!', shift: true },
      { key: '1', shift: true },
    ],
    perform: ({ host }) => host.zoomToFit(),
  },
  {
    id: 'zoomSelection',
    label: 'zoomSelection',
    group: 'view',
    toolbar: true,
    shortcuts: [
      { key: '@', shift: true },
      { key: '2', shift: true },
    ],
    enabled: hasSelection,
    perform: ({ host }) => host.zoomToSelection(),
  },
  {
    id: 'help',
    label: 'help',
    group: 'view',
    toolbar: true,
    shortcuts: [{ key: '?', shift: true }],
    perform: ({ host }) => host.toggleHelp(),
  },
];

function pasteOrDuplicate(c: ActionContext, diff: ReturnType<typeof copyRecords>, action: string): void {
  const ids = [...diff.added.booths, ...diff.added.features, ...diff.added.dimensions].map((r) => r.id);
  const result = c.editor.commit(diff, action);
  if (result.ok) c.editor.select(ids);
  else c.host.refused(result.problem);
}

export const actionById = (id: string): Action | undefined => ACTIONS.find((a) => a.id === id);

/** The action a key press asks for, if any (Shift matters only where a chord names it). */
export function actionForKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): Action | undefined {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return ACTIONS.find((a) =>
    a.shortcuts?.some((s) => (s.key.length === 1 ? s.key.toLowerCase() : s.key) === key && !!s.mod === mod && !!s.shift === e.shiftKey),
  );
}

/** "Ctrl+Shift+Z" (or ⌘ on a Mac). */
export function shortcutText(s: Shortcut, mac = false): string {
  const names: Record<string, string> = {
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    Delete: 'Del',
    Backspace: '⌫',
    Escape: 'Esc',
  };
  const key = names[s.key] ?? (s.key.length === 1 ? s.key.toUpperCase() : s.key);
  const shiftShown = s.shift && !['?', '!', '@'].includes(s.key);
  return [s.mod ? (mac ? '⌘' : 'Ctrl') : '', shiftShown ? 'Shift' : '', key].filter(Boolean).join('+');
}
