/**
 * Two initials for an avatar from a name with academic titles:
 * "Dr. Siti Aminah, M.Si." → "SA". Degrees follow a comma; front titles
 * (Dr., Ir., Prof., H., Hj.) end with a dot.
 */
export function userInitials(fullName: string): string {
  const [name = ''] = fullName.split(',');
  const words = name.split(/\s+/).filter((word) => word !== '' && !word.endsWith('.'));
  const letters = (words.length > 0 ? words : name.split(/\s+/)).slice(0, 2).map((word) => word.charAt(0));
  return letters.join('').toUpperCase() || '?';
}
