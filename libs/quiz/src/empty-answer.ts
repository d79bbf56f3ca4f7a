import type { AnswerValue, QuestionType } from '@lentera/db';

/** Nothing chosen, typed or arranged for a question of this type: it counts as unanswered. */
export function isEmptyAnswer(type: QuestionType, answer: AnswerValue | undefined): boolean {
  if (!answer) return true;
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      return !answer.optionIds?.length;
    case 'true_false':
      return typeof answer.booleanValue !== 'boolean';
    case 'short_answer':
    case 'essay':
      return !answer.text?.trim();
    case 'numeric':
      return typeof answer.number !== 'number' || !Number.isFinite(answer.number);
    case 'matching':
      return !answer.matches?.length;
    case 'ordering':
      return !answer.order?.length;
  }
}
