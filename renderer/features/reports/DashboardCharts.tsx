import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/dates';
import type { Dashboard } from '../../../shared/model/sales-dashboard';
import { formatDong, formatDongShort } from '../../../shared/money';
import { useLanguage } from '../../i18n';

/** Revenue per day (bars) and each zone's share (pie), from the same figures as the tables. */
export function DashboardCharts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const days = dashboard.byDay.map((d) => ({ day: formatDay(d.day, language), revenue: d.revenue }));
  const zones = dashboard.byZone
    .filter((z) => z.revenue > 0)
    .map((z) => ({ name: z.name || t('noZone'), value: z.revenue, color: z.color }));
  const money = (v: unknown) => formatDong(Number(v), language);
  return (
    <div className="reports-charts">
      <section className="reports-card" aria-label={t('charts.perDay')}>
        <h2>{t('charts.perDay')}</h2>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" />
            <YAxis width={90} tickFormatter={(v: number) => formatDongShort(v, language).replace(/ (đồng|VND)$/, '')} />
            <Tooltip formatter={money} />
            <Bar dataKey="revenue" name={t('charts.revenue')} fill="#1864ab" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </section>
      <section className="reports-card" aria-label={t('charts.perZone')}>
        <h2>{t('charts.perZone')}</h2>
        <ResponsiveContainer width="100%" height={240}>
          <PieChart>
            <Pie
              data={zones}
              dataKey="value"
              nameKey="name"
              outerRadius={80}
              label={(e: { percent?: number }) => `${Math.round((e.percent ?? 0) * 100)}%`}
              isAnimationActive={false}
            >
              {zones.map((z) => (
                <Cell key={z.name} fill={z.color} />
              ))}
            </Pie>
            <Tooltip formatter={money} />
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      </section>
    </div>
  );
}
