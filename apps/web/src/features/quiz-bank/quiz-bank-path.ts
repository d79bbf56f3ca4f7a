import { generatePath } from 'react-router';
import { PATHS } from '../../lib/paths';

/** URL of a course's question bank (route `/mengajar/kursus/:courseId/bank-soal`). */
export function questionBankPath(courseId: string): string {
  return generatePath(PATHS.questionBank, { courseId });
}
