/// <reference types="jest" />
import { canStepLesson, dropLesson, moveLesson, moveModule, orderOf, sameOrder, stepLesson } from './outline-order';
import type { OutlineOrder } from './outline-order';

const outline: OutlineOrder = [
  { moduleId: 'm1', lessonIds: ['a', 'b'] },
  { moduleId: 'm2', lessonIds: ['c'] },
  { moduleId: 'm3', lessonIds: [] },
];

describe('outline order', () => {
  it('reads the order of modules and their lessons', () => {
    expect(orderOf([{ id: 'm1', lessons: [{ id: 'a' }] }, { id: 'm2', lessons: [] }])).toEqual([
      { moduleId: 'm1', lessonIds: ['a'] },
      { moduleId: 'm2', lessonIds: [] },
    ]);
  });

  it('moves a module', () => {
    expect(moveModule(outline, 'm3', 0).map((module) => module.moduleId)).toEqual(['m3', 'm1', 'm2']);
    expect(moveModule(outline, 'm1', 99).map((module) => module.moduleId)).toEqual(['m2', 'm3', 'm1']);
  });

  it('moves a lesson inside its module and into another one, empty or not', () => {
    expect(moveLesson(outline, 'b', 'm1', 0)[0].lessonIds).toEqual(['b', 'a']);
    const moved = moveLesson(outline, 'a', 'm2', 1);
    expect(moved[0].lessonIds).toEqual(['b']);
    expect(moved[1].lessonIds).toEqual(['c', 'a']);
    expect(moveLesson(outline, 'c', 'm3', 0)[2].lessonIds).toEqual(['c']);
  });

  it('leaves the order alone for unknown ids', () => {
    expect(moveLesson(outline, 'x', 'm1', 0)).toBe(outline);
    expect(moveLesson(outline, 'a', 'mx', 0)).toBe(outline);
    expect(moveModule(outline, 'mx', 0)).toBe(outline);
  });

  it('steps a lesson over the edge of its module into the neighbour', () => {
    expect(stepLesson(outline, 'b', 1)[1].lessonIds).toEqual(['b', 'c']);
    expect(stepLesson(outline, 'c', -1)[0].lessonIds).toEqual(['a', 'b', 'c']);
    expect(stepLesson(outline, 'c', 1)[2].lessonIds).toEqual(['c']);
    expect(canStepLesson(outline, 'a', -1)).toBe(false);
    expect(canStepLesson(moveLesson(outline, 'c', 'm3', 0), 'c', 1)).toBe(false);
  });

  it('drops a lesson onto another: its place in the same module, before or after it in another', () => {
    expect(dropLesson(outline, 'a', 'b')[0].lessonIds).toEqual(['b', 'a']);
    expect(dropLesson(outline, 'b', 'c')[1].lessonIds).toEqual(['b', 'c']);
    const up = dropLesson(outline, 'c', 'b');
    expect(up[0].lessonIds).toEqual(['a', 'b', 'c']);
    expect(up[1].lessonIds).toEqual([]);
  });

  it('compares orders', () => {
    expect(sameOrder(outline, orderOf([{ id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }] }, { id: 'm2', lessons: [{ id: 'c' }] }, { id: 'm3', lessons: [] }]))).toBe(true);
    expect(sameOrder(outline, moveLesson(outline, 'b', 'm1', 0))).toBe(false);
  });
});
