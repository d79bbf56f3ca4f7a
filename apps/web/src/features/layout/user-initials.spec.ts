/// <reference types="jest" />
import { userInitials } from './user-initials';

describe('userInitials', () => {
  it.each([
    ['Dr. Siti Aminah, M.Si.', 'SA'],
    ['Budi Santoso, S.Kom.', 'BS'],
    ['Prof. Dr. Ir. H. Ahmad Fauzi, M.Sc.', 'AF'],
    ['Sukarno', 'S'],
    ['Dr.', 'D'],
  ])('%p → %p', (name, initials) => {
    expect(userInitials(name)).toBe(initials);
  });
});
