import type { GradedAttemptFieldsFragment } from '../../gql/generated';

type GradedQuestion = GradedAttemptFieldsFragment['questions'][number];
type SavedAnswer = NonNullable<GradedQuestion['answer']>;

/** Words the caller supplies (translated), so this stays free of i18n. */
export interface AnswerWords {
  yes: string;
  no: string;
  unknown: string;
}

/**
 * An answer in words, one line per part: the chosen options' texts, "prompt → choice" for
 * matching, the items in the learner's order. Empty when nothing was answered.
 */
export function answerLines(question: GradedQuestion, answer: SavedAnswer | null, words: AnswerWords): string[] {
  if (!answer) return [];
  const optionText = new Map(question.options.map((option) => [option.id, option.text]));
  const promptText = new Map(question.matchPrompts.map((prompt) => [prompt.id, prompt.prompt]));
  const choiceText = new Map(question.matchChoices.map((choice) => [choice.id, choice.text]));
  const itemText = new Map(question.orderItems.map((item) => [item.id, item.text]));
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return answer.optionIds.map((id) => optionText.get(id) ?? words.unknown);
    case 'TRUE_FALSE':
      return answer.booleanValue === null ? [] : [answer.booleanValue ? words.yes : words.no];
    case 'SHORT_ANSWER':
    case 'ESSAY':
      return answer.text ? [answer.text] : [];
    case 'NUMERIC':
      return answer.number === null ? [] : [String(answer.number)];
    case 'MATCHING':
      return answer.matches.map((match) => `${promptText.get(match.promptId) ?? words.unknown} → ${choiceText.get(match.choiceId) ?? words.unknown}`);
    case 'ORDERING':
      return answer.order.map((id, index) => `${String(index + 1)}. ${itemText.get(id) ?? words.unknown}`);
  }
}

/** The key in words, for the grader. */
export function keyLines(question: GradedQuestion, words: AnswerWords): string[] {
  const promptText = new Map(question.matchPrompts.map((prompt) => [prompt.id, prompt.prompt]));
  const choiceText = new Map(question.matchChoices.map((choice) => [choice.id, choice.text]));
  const itemText = new Map(question.orderItems.map((item) => [item.id, item.text]));
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return question.options.filter((option) => option.correct).map((option) => option.text);
    case 'TRUE_FALSE':
      return question.trueFalseAnswer === null ? [] : [question.trueFalseAnswer ? words.yes : words.no];
    case 'SHORT_ANSWER':
      return question.acceptedAnswers;
    case 'NUMERIC':
      if (question.numericAnswer === null) return [];
      return [question.numericTolerance ? `${String(question.numericAnswer)} ± ${String(question.numericTolerance)}` : String(question.numericAnswer)];
    case 'MATCHING':
      return question.correctMatches.map((match) => `${promptText.get(match.promptId) ?? words.unknown} → ${choiceText.get(match.choiceId) ?? words.unknown}`);
    case 'ORDERING':
      return question.correctOrder.map((id, index) => `${String(index + 1)}. ${itemText.get(id) ?? words.unknown}`);
    case 'ESSAY':
      return question.rubric.map((criterion) => `${criterion.title} (${String(criterion.points)})`);
  }
}
