import type { QuestionRecord, QuizSettingsRecord } from '@lentera/db';
import { tagKey } from './normalize-answer';
import { shuffled, type RandomSource } from './random';

export interface QuestionShortfall {
  /** The draw's tag; null: questions of a fixed selection that are no longer in the bank. */
  tag: string | null;
  wanted: number;
  available: number;
}

/**
 * The bank questions an attempt gets, before their own shuffling: a fixed selection in its
 * order (missing ids skipped), or per draw `count` distinct questions with the tag. A question
 * never comes twice, also when it carries the tags of two draws.
 */
export function drawQuestions(settings: QuizSettingsRecord, bank: readonly QuestionRecord[], random: RandomSource): QuestionRecord[] {
  if (settings.selection === 'fixed') return fixedQuestions(settings, bank);
  return assignDraws(settings, shuffled(bank, random)).flat();
}

/** Where the bank cannot give what the settings ask (publish refuses these; an attempt takes what exists). */
export function questionShortfalls(settings: QuizSettingsRecord, bank: readonly QuestionRecord[]): QuestionShortfall[] {
  if (settings.selection === 'fixed') {
    const wanted = new Set(settings.questionIds).size;
    const available = fixedQuestions(settings, bank).length;
    return available < wanted ? [{ tag: null, wanted, available }] : [];
  }
  const drawn = assignDraws(settings, bank);
  return settings.draws.flatMap(({ tag, count }, index) => (drawn[index].length < count ? [{ tag, wanted: count, available: drawn[index].length }] : []));
}

function fixedQuestions(settings: QuizSettingsRecord, bank: readonly QuestionRecord[]): QuestionRecord[] {
  const byId = new Map(bank.map((question) => [question.id, question]));
  return [...new Set(settings.questionIds)].flatMap((id) => byId.get(id) ?? []);
}

/**
 * The questions of each draw, in `bank` order. A question with the tags of two draws may go to
 * either, so taking greedily could leave a later draw short although the bank has enough
 * (draws "a" 1 and "b" 1; q1 tagged a and b, q2 tagged a: greedy may give q1 to "a").
 * Assigning draw slots as a bipartite matching (augmenting paths, Kuhn) fills every draw as far
 * as the bank allows, earlier draws first; how many each draw gets does not depend on the
 * order of `bank`, so questionShortfalls (bank order) tells what every random attempt gets.
 */
function assignDraws(settings: QuizSettingsRecord, bank: readonly QuestionRecord[]): QuestionRecord[][] {
  const draws = settings.draws;
  const candidates = draws.map(({ tag }) => {
    const key = tagKey(tag);
    return bank.flatMap((question, index) => (question.tags.some((questionTag) => tagKey(questionTag) === key) ? [index] : []));
  });
  const owner = new Map<number, number>();

  const augment = (draw: number, visited: Set<number>): boolean => {
    for (const question of candidates[draw]) {
      if (!owner.has(question) && !visited.has(question)) {
        visited.add(question);
        owner.set(question, draw);
        return true;
      }
    }
    for (const question of candidates[draw]) {
      const current = owner.get(question);
      if (visited.has(question) || current === undefined || current === draw) continue;
      visited.add(question);
      if (augment(current, visited)) {
        owner.set(question, draw);
        return true;
      }
    }
    return false;
  };

  draws.forEach(({ count }, draw) => {
    for (let slot = 0; slot < count; slot++) if (!augment(draw, new Set())) break;
  });
  const drawn: QuestionRecord[][] = draws.map(() => []);
  bank.forEach((question, index) => {
    const draw = owner.get(index);
    if (draw !== undefined) drawn[draw].push(question);
  });
  return drawn;
}
