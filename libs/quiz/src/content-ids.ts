import type { QuestionContent } from '@lentera/db';
import { randomId, type RandomSource } from './random';

/**
 * The content with an id for every option, pair, item and criterion: blank ids (a new one in the
 * editor or the import) and repeated ids get a fresh random one; the others are kept, so answers
 * and attempts that refer to them stay valid.
 */
export function withContentIds(content: QuestionContent, random: RandomSource = Math.random): QuestionContent {
  return {
    ...content,
    options: withIds(content.options, 'optionId', random),
    pairs: withIds(content.pairs, 'pairId', random),
    orderItems: withIds(content.orderItems, 'itemId', random),
    rubric: withIds(content.rubric, 'criterionId', random),
  };
}

function withIds<T extends object, K extends keyof T & string>(parts: readonly T[], key: K, random: RandomSource): T[] {
  const kept = new Set<string>();
  const keeps = parts.map((part) => {
    const id = String(part[key] ?? '').trim();
    if (!id || kept.has(id)) return false;
    kept.add(id);
    return true;
  });
  const taken = new Set(kept);
  return parts.map((part, index) => (keeps[index] ? { ...part, [key]: String(part[key]).trim() } : { ...part, [key]: randomId(random, taken) }));
}
