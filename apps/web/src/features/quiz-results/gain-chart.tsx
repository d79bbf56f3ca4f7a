import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { GainChartRow } from './gain-chart-data';

export interface GainChartProps {
  rows: readonly GainChartRow[];
}

/** Average pre-test vs post-test per class, in percent (recharts: loaded with this page only). */
export function GainChart({ rows }: GainChartProps) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={t('quizAuthoring.gain.chartLabel')} style={{ width: '100%', height: Math.max(260, 60 + rows.length * 10) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} unit="%" width={48} />
          <Tooltip formatter={(value) => `${String(value)}%`} />
          <Legend />
          <Bar dataKey="pre" name={t('quizAuthoring.gain.pre')} fill="#adb5bd" isAnimationActive={false} />
          <Bar dataKey="post" name={t('quizAuthoring.gain.post')} fill="#364fc7" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
