import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSkip } from '../../../../shared/plan/numbering';
import { FormDialog } from '../../../ui/FormDialog';
import type { PlanEditor } from '../editor/editor';
import { blockSize, type BlockSpec } from '../editor/generator';
import { DEFAULT_NUMBERING_TEXT, NumberingFields, parseNumbering, type NumberingText } from './NumberingFields';
import { parseNumber } from './problems';

type SizeKey = 'rows' | 'cols' | 'boothWidth' | 'boothDepth' | 'aisle';

/** Sets up a row or an n × m block; "Place" turns the pointer into its preview until a click lands it. */
export function GeneratorDialog({ editor, onClose }: { editor: PlanEditor; onClose: () => void }) {
  const { t } = useTranslation(['plan', 'planTools', 'common']);
  const [size, setSize] = useState<Record<SizeKey, string>>({ rows: '2', cols: '6', boothWidth: '3', boothDepth: '3', aisle: '3' });
  const [numbering, setNumbering] = useState<NumberingText>(() => ({
    ...DEFAULT_NUMBERING_TEXT,
    prefix: nextPrefix(editor),
    skip: formatSkip(editor.skip),
  }));
  const [snake, setSnake] = useState(false);
  const [backToBack, setBackToBack] = useState(false);
  const [zoneId, setZoneId] = useState('');
  const zones = [...editor.doc.zones.values()];
  const [errors, setErrors] = useState<string[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const rows = parseNumber(size.rows) ?? 0;
  const cols = parseNumber(size.cols) ?? 0;

  const place = () => {
    const v = Object.fromEntries(Object.entries(size).map(([k, s]) => [k, parseNumber(s)])) as Record<SizeKey, number | null>;
    const bad: string[] = Object.entries(v)
      .filter(
        ([k, n]) =>
          n === null || n < 0 || (k !== 'aisle' && n === 0) || ((k === 'rows' || k === 'cols') && (!Number.isInteger(n) || n > 200)),
      )
      .map(([k]) => k);
    const parsed = parseNumbering(numbering);
    if ('errors' in parsed) bad.push(...parsed.errors);
    setErrors(bad);
    if (bad.length || !('value' in parsed)) return;
    const spec: BlockSpec = {
      rows: v.rows!,
      cols: v.cols!,
      boothWidthM: v.boothWidth!,
      boothDepthM: v.boothDepth!,
      aisleM: v.aisle!,
      numbering: parsed.value,
      snake,
      backToBack,
      zoneId: zoneId || null,
    };
    const area = editor.area;
    const block = blockSize(spec);
    if (area && (block.widthM > area.widthM || block.depthM > area.depthM)) {
      return setFormError(t('generator.tooLarge', { width: block.widthM, depth: block.depthM }));
    }
    editor.setTool({ kind: 'block', spec });
    onClose();
  };

  const sizeField = (key: SizeKey, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={size[key]}
        aria-invalid={errors.includes(key) ? 'true' : undefined}
        onChange={(e) => setSize({ ...size, [key]: e.target.value })}
      />
      {errors.includes(key) && <span className="field-error">{t('problems.badSize')}</span>}
    </label>
  );
  return (
    <FormDialog title={t('generator.title')} onClose={onClose} onSubmit={place} submitLabel={t('generator.place')} wide>
      <div className="field-row">
        {sizeField('rows', t('generator.rows'))}
        {sizeField('cols', t('generator.cols'))}
        {sizeField('boothWidth', t('generator.boothWidth'))}
        {sizeField('boothDepth', t('generator.boothDepth'))}
        {sizeField('aisle', t('generator.aisle'))}
      </div>
      <NumberingFields
        value={numbering}
        onChange={setNumbering}
        count={Number.isInteger(rows * cols) ? rows * cols : 0}
        errors={errors as (keyof NumberingText)[]}
      />
      <label className="plan-check">
        <input type="checkbox" checked={backToBack} onChange={(e) => setBackToBack(e.target.checked)} />
        {t('planTools:generator.backToBack')}
      </label>
      {backToBack && rows >= 2 && Number.isInteger(rows) && (
        <p className="hint">{t('planTools:generator.pairs', { pairs: Math.ceil(rows / 2), aisles: Math.ceil(rows / 2) - 1 })}</p>
      )}
      <label className="plan-check">
        <input type="checkbox" checked={snake} onChange={(e) => setSnake(e.target.checked)} />
        {t('generator.snake')}
      </label>
      {zones.length > 0 && (
        <label className="field">
          <span>{t('planTools:generator.zone')}</span>
          <select value={zoneId} onChange={(e) => setZoneId(e.target.value)}>
            <option value="">{t('planTools:generator.noZone')}</option>
            {zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
    </FormDialog>
  );
}

/** A prefix not used yet on the plan: A, then B, C… so a new block never collides with the last. */
function nextPrefix(editor: PlanEditor): string {
  const used = new Set([...editor.doc.booths.values()].map((b) => /^[^\d]*/.exec(b.number)?.[0] ?? ''));
  for (const letter of 'ABCDEFGHJKLMNPQRSTUVWXYZ') if (!used.has(letter)) return letter;
  return 'Z';
}
