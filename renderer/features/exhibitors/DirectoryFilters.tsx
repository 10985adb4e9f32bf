import { useTranslation } from 'react-i18next';
import { EMPTY_FILTER, type DirectoryFilter } from '../../../shared/model/exhibitor-directory';

interface Props {
  filter: DirectoryFilter;
  onChange: (filter: DirectoryFilter) => void;
  categories: string[];
  provinces: string[];
  shown: number;
  total: number;
}

const STATUSES = ['held', 'reserved', 'confirmed', 'paid'] as const;

/** Search box and filter menus above the directory. */
export function DirectoryFilters({ filter, onChange, categories, provinces, shown, total }: Props) {
  const { t } = useTranslation('exhibitors');
  const set = <K extends keyof DirectoryFilter>(key: K, value: DirectoryFilter[K]) => onChange({ ...filter, [key]: value });
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);
  return (
    <div className="exh-filters" role="search">
      <label className="field exh-search">
        <span>{t('filter.search')}</span>
        <input
          type="search"
          value={filter.search}
          placeholder={t('filter.searchPlaceholder')}
          onChange={(e) => set('search', e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('filter.category')}</span>
        <select value={filter.category} onChange={(e) => set('category', e.target.value)}>
          <option value="">{t('filter.any')}</option>
          {categories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('filter.province')}</span>
        <select value={filter.province} onChange={(e) => set('province', e.target.value)}>
          <option value="">{t('filter.any')}</option>
          {provinces.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('filter.ocop')}</span>
        <select value={filter.ocop} onChange={(e) => set('ocop', e.target.value as DirectoryFilter['ocop'])}>
          <option value="">{t('filter.any')}</option>
          {(['3', '4', '5'] as const).map((n) => (
            <option key={n} value={n}>
              {t('filter.stars', { count: Number(n) })}
            </option>
          ))}
          <option value="none">{t('filter.unrated')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('filter.status')}</span>
        <select value={filter.status} onChange={(e) => set('status', e.target.value as DirectoryFilter['status'])}>
          <option value="">{t('filter.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
          <option value="none">{t('filter.noBooth')}</option>
        </select>
      </label>
      <div className="exh-filter-end">
        <span className="hint" aria-live="polite">
          {t('filter.count', { shown, total })}
        </span>
        {filtered && (
          <button type="button" className="link" onClick={() => onChange(EMPTY_FILTER)}>
            {t('filter.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
