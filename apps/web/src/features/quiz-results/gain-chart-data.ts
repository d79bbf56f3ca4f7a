import type { LearningGainQuery } from '../../gql/generated';
import type { SupportedLanguage } from '../../i18n/i18n';

type Report = LearningGainQuery['learningGain'];

/** One bar group of the chart: a class's average pre-test and post-test percent. */
export interface GainChartRow {
  key: string;
  label: string;
  pre: number;
  post: number;
  /** Learners with both scores (the averages are over them). */
  learners: number;
}

/**
 * The chart's rows: one per class with at least one learner who took both tests, in the
 * report's order, labelled in the language on screen. Averages rounded to one decimal.
 */
export function gainChartRows(report: Report, language: SupportedLanguage): GainChartRow[] {
  return report.classes.flatMap((entry) => {
    const { averagePre, averagePost, learners } = entry.summary;
    if (learners === 0 || averagePre === null || averagePost === null) return [];
    return [
      {
        key: entry.assignmentId ?? 'self-enrolled',
        label: language === 'id' ? entry.label : entry.labelEn,
        pre: round1(averagePre),
        post: round1(averagePost),
        learners,
      },
    ];
  });
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** "12,5" / "12.5"; a dash for no value. */
export function formatPercentNumber(value: number | null | undefined, language: SupportedLanguage, digits = 1): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits }).format(value);
}

/** A signed gain in percentage points: "+12,5" / "−3". */
export function formatGain(value: number | null | undefined, language: SupportedLanguage): string {
  if (value === null || value === undefined) return '–';
  const text = formatPercentNumber(Math.abs(value), language);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
