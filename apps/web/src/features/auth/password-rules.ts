/** The API refuses shorter passwords; saying so up front saves a round trip. */
export const MIN_PASSWORD_LENGTH = 10;

export type NewPasswordProblem = 'tooShort' | 'mismatch' | null;

/** What is wrong with a new password typed twice, if anything. */
export function newPasswordProblem(password: string, confirmation: string): NewPasswordProblem {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password !== confirmation) return 'mismatch';
  return null;
}
