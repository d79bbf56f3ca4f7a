import { reorderPlan } from './outline-order';

const modules = [
  { id: 'm1', position: 0 },
  { id: 'm2', position: 1 },
];
const lessons = [
  { id: 'a', moduleId: 'm1', position: 0 },
  { id: 'b', moduleId: 'm1', position: 1 },
  { id: 'c', moduleId: 'm2', position: 0 },
];

describe('reorderPlan', () => {
  it('writes nothing when the order is the current one', () => {
    expect(reorderPlan(modules, lessons, [{ moduleId: 'm1', lessonIds: ['a', 'b'] }, { moduleId: 'm2', lessonIds: ['c'] }])).toEqual({
      modules: [],
      lessons: [],
    });
  });

  it('moves modules and lessons, also between modules, writing only what changed', () => {
    expect(reorderPlan(modules, lessons, [{ moduleId: 'm2', lessonIds: ['c', 'b'] }, { moduleId: 'm1', lessonIds: ['a'] }])).toEqual({
      modules: [
        { id: 'm2', position: 0 },
        { id: 'm1', position: 1 },
      ],
      lessons: [{ id: 'b', moduleId: 'm2', position: 1 }],
    });
  });

  it('allows a module to become empty', () => {
    expect(reorderPlan(modules, lessons, [{ moduleId: 'm1', lessonIds: [] }, { moduleId: 'm2', lessonIds: ['a', 'b', 'c'] }])?.lessons).toHaveLength(3);
  });

  it('refuses an order that misses, adds or repeats a module or lesson', () => {
    expect(reorderPlan(modules, lessons, [{ moduleId: 'm1', lessonIds: ['a', 'b', 'c'] }])).toBeNull();
    expect(reorderPlan(modules, lessons, [{ moduleId: 'm1', lessonIds: ['a', 'b'] }, { moduleId: 'm2', lessonIds: [] }])).toBeNull();
    expect(reorderPlan(modules, lessons, [{ moduleId: 'm1', lessonIds: ['a', 'b', 'x'] }, { moduleId: 'm2', lessonIds: ['c'] }])).toBeNull();
    expect(reorderPlan(modules, lessons, [{ moduleId: 'm1', lessonIds: ['a', 'a'] }, { moduleId: 'm2', lessonIds: ['c'] }])).toBeNull();
    expect(
      reorderPlan(modules, lessons, [
        { moduleId: 'm1', lessonIds: ['a', 'b'] },
        { moduleId: 'm1', lessonIds: ['c'] },
      ]),
    ).toBeNull();
  });
});
