import type { AttemptQuestionValue, QuestionRecord, QuizSettingsRecord } from '@lentera/db';
import { drawQuestions } from './question-draw';
import { quizHasNoQuestions } from './quiz-errors';
import { randomId, shuffled, shuffledOutOfOrder, type RandomSource } from './random';

/**
 * The questions a new attempt fixes, keys included (they stay on the server): drawn per the
 * settings, shuffled as asked, matching choices and ordering items always shuffled. All
 * randomness comes from `random`, so tests can replay it.
 */
export function buildAttemptQuestions(settings: QuizSettingsRecord, bank: readonly QuestionRecord[], random: RandomSource = Math.random): AttemptQuestionValue[] {
  const drawn = drawQuestions(settings, bank, random);
  if (drawn.length === 0) throw quizHasNoQuestions();
  const ordered = settings.shuffleQuestions ? shuffled(drawn, random) : drawn;
  return ordered.map((question) => toAttemptQuestion(question, settings.shuffleOptions, random));
}

function toAttemptQuestion(question: QuestionRecord, shuffleOptions: boolean, random: RandomSource): AttemptQuestionValue {
  const base: AttemptQuestionValue = {
    questionId: question.id,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    ...(question.feedback != null && { feedback: question.feedback }),
  };
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = question.options.map(({ optionId, text, correct, feedback }) => ({ optionId, text, correct, ...(feedback != null && { feedback }) }));
      return {
        ...base,
        options: shuffleOptions ? shuffled(options, random) : options,
        ...(question.type === 'multiple_choice' && question.wrongPickPenalty != null && { wrongPickPenalty: question.wrongPickPenalty }),
      };
    }
    case 'true_false':
      return { ...base, ...(question.trueFalseAnswer != null && { trueFalseAnswer: question.trueFalseAnswer }) };
    case 'short_answer':
      return { ...base, acceptedAnswers: [...question.acceptedAnswers] };
    case 'numeric':
      return {
        ...base,
        ...(question.numericAnswer != null && { numericAnswer: question.numericAnswer }),
        ...(question.numericTolerance != null && { numericTolerance: question.numericTolerance }),
      };
    case 'matching':
      return { ...base, ...matchingParts(question, random) };
    case 'ordering': {
      const items = question.orderItems.map(({ itemId, text }) => ({ itemId, text }));
      return { ...base, orderItems: shuffledOutOfOrder(items, random, ({ itemId }) => itemId), correctOrder: items.map(({ itemId }) => itemId) };
    }
    case 'essay':
      return { ...base, rubric: question.rubric.map(({ criterionId, title, points }) => ({ criterionId, title, points })) };
  }
}

/**
 * Prompts keep the bank's pair ids and order; the answers become choices with ids made for this
 * attempt (a pair id would tell which prompt a choice belongs to) in an order that never lines
 * up with the prompts.
 */
function matchingParts(question: QuestionRecord, random: RandomSource): Pick<AttemptQuestionValue, 'matchPrompts' | 'matchChoices'> {
  const taken = new Set(question.pairs.map(({ pairId }) => pairId));
  const pairs = question.pairs.map((pair) => ({ ...pair, choiceId: randomId(random, taken) }));
  return {
    matchPrompts: pairs.map(({ pairId, prompt, choiceId }) => ({ promptId: pairId, prompt, choiceId })),
    matchChoices: shuffledOutOfOrder(pairs, random, ({ choiceId }) => choiceId).map(({ choiceId, answer }) => ({ choiceId, text: answer })),
  };
}
