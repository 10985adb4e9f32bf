import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/fair';
import {
  ColorBy,
  MapVariant,
  Orientation,
  PaperSize,
  type MapPrintOptions,
  type Paper,
  type PrintChoices,
} from '../../../shared/model/print';

export type PrintKind = 'map' | 'report';

export interface PrintForm {
  kind: PrintKind;
  map: Omit<MapPrintOptions, 'language' | 'layout'>;
  layout: 'fit' | 'tile' | 'site';
  /** Kept as typed text so a half-typed number is not lost; checked before printing. */
  scale: string;
  overlapMm: string;
  marginMm: string;
  language: Language;
  /** The report only: end its appendix with the revenue heat map. */
  heatMap: boolean;
}

export type NumberField = 'scale' | 'overlapMm' | 'marginMm';
export const NUMBER_LIMITS: Record<NumberField, [number, number]> = { scale: [10, 5000], overlapMm: [0, 50], marginMm: [0, 50] };

interface Props {
  form: PrintForm;
  choices: PrintChoices | undefined;
  invalid: Set<NumberField>;
  disabled: boolean;
  onChange: (form: PrintForm) => void;
}

/** The print options: what, for whom, on which paper, in which layout. */
export function PrintOptionsForm({ form, choices, invalid, disabled, onChange }: Props) {
  const { t } = useTranslation(['print', 'common']);
  const map = form.map;
  const setMap = (patch: Partial<PrintForm['map']>) => onChange({ ...form, map: { ...map, ...patch } });
  const isMap = form.kind === 'map';

  const number = (name: NumberField, label: string) => (
    <Field label={label}>
      {(id) => (
        <>
          <input
            id={id}
            name={name}
            inputMode="numeric"
            value={form[name]}
            aria-invalid={invalid.has(name) || undefined}
            aria-describedby={invalid.has(name) ? `${name}-error` : undefined}
            onChange={(e) => onChange({ ...form, [name]: e.target.value })}
          />
          {invalid.has(name) && (
            <span className="field-error" id={`${name}-error`}>
              {t('badNumber', { min: NUMBER_LIMITS[name][0], max: NUMBER_LIMITS[name][1] })}
            </span>
          )}
        </>
      )}
    </Field>
  );

  return (
    <fieldset className="print-options" disabled={disabled}>
      <Field label={t('what')}>
        {(id) => (
          <select id={id} name="kind" value={form.kind} onChange={(e) => onChange({ ...form, kind: e.target.value as PrintKind })}>
            <option value="map">{t('kinds.map')}</option>
            <option value="report">{t('kinds.report')}</option>
          </select>
        )}
      </Field>
      {form.kind === 'report' && (
        <label className="inline">
          <input type="checkbox" name="heatMap" checked={form.heatMap} onChange={(e) => onChange({ ...form, heatMap: e.target.checked })} />
          {t('withHeatMap')}
        </label>
      )}
      {isMap && (
        <>
          <Field label={t('variant')}>
            {(id) => (
              <select id={id} name="variant" value={map.variant} onChange={(e) => setMap({ variant: e.target.value as MapVariant })}>
                {MapVariant.options.map((v) => (
                  <option key={v} value={v}>
                    {t(`variants.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field-row">
            <Field label={t('area')}>
              {(id) => (
                <select id={id} name="area" value={map.areaId ?? ''} onChange={(e) => setMap({ areaId: e.target.value || null })}>
                  <option value="">{t('allAreas')}</option>
                  {choices?.areas.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name} ({t('boothCount', { count: a.booths })})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {map.variant === 'organizer' && (
              <Field label={t('colorBy')}>
                {(id) => (
                  <select id={id} name="colorBy" value={map.colorBy} onChange={(e) => setMap({ colorBy: e.target.value as ColorBy })}>
                    {ColorBy.options.map((c) => (
                      <option key={c} value={c}>
                        {t(`colors.${c}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
          {map.variant === 'exhibitor' && (
            <Field label={t('exhibitor')}>
              {(id) => (
                <select
                  id={id}
                  name="exhibitor"
                  value={map.exhibitorId ?? ''}
                  onChange={(e) => setMap({ exhibitorId: e.target.value || null })}
                >
                  <option value="">{t('allExhibitors')}</option>
                  {choices?.exhibitors.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name} — {x.booths.join(', ')}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </>
      )}
      <div className="field-row">
        <PaperFields paper={map.paper} onChange={(paper) => setMap({ paper })} />
        {number('marginMm', t('margin'))}
      </div>
      {isMap && map.variant !== 'exhibitor' && (
        <>
          <Field label={t('layout')}>
            {(id) => (
              <select
                id={id}
                name="layout"
                value={form.layout}
                onChange={(e) => onChange({ ...form, layout: e.target.value as PrintForm['layout'] })}
              >
                <option value="fit">{t('layouts.fit')}</option>
                <option value="tile">{t('layouts.tile')}</option>
                <option value="site">{t('layouts.site')}</option>
              </select>
            )}
          </Field>
          {form.layout === 'tile' && (
            <div className="field-row">
              {number('scale', t('scale'))}
              {number('overlapMm', t('overlap'))}
            </div>
          )}
        </>
      )}
      {isMap && (
        <div className="print-checks" role="group" aria-label={t('index')}>
          <span>{t('index')}</span>
          {(['byExhibitor', 'byBooth', 'groupByZone'] as const).map((key) => (
            <label key={key}>
              <input
                type="checkbox"
                checked={map.index[key]}
                onChange={(e) => setMap({ index: { ...map.index, [key]: e.target.checked } })}
              />{' '}
              {t(key)}
            </label>
          ))}
        </div>
      )}
      <Field label={t('language')}>
        {(id) => (
          <select
            id={id}
            name="language"
            value={form.language}
            onChange={(e) => onChange({ ...form, language: e.target.value as Language })}
          >
            <option value="vi">{t('common:languageName.vi')}</option>
            <option value="en">{t('common:languageName.en')}</option>
          </select>
        )}
      </Field>
    </fieldset>
  );
}

/** A label beside its control (not around it), so the control's accessible name is the label alone. */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** Paper size and orientation: every PDF the app makes offers the same two choices. */
export function PaperFields({ paper, onChange }: { paper: Paper; onChange: (paper: Paper) => void }) {
  const { t } = useTranslation('print');
  return (
    <>
      <Field label={t('paper')}>
        {(id) => (
          <select id={id} name="paper" value={paper.size} onChange={(e) => onChange({ ...paper, size: e.target.value as PaperSize })}>
            {PaperSize.options.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('orientation')}>
        {(id) => (
          <select
            id={id}
            name="orientation"
            value={paper.orientation}
            onChange={(e) => onChange({ ...paper, orientation: e.target.value as Orientation })}
          >
            {Orientation.options.map((o) => (
              <option key={o} value={o}>
                {t(`orientations.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
