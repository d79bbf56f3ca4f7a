/// <reference types="jest" />
import { safeReturnPath, signInPath } from './paths';

describe('signInPath', () => {
  it('remembers where to come back to', () => {
    expect(signInPath('/admin/pengguna?instansi=ag1')).toBe('/masuk?lanjut=%2Fadmin%2Fpengguna%3Finstansi%3Dag1');
  });

  it('does not bother for the home page', () => {
    expect(signInPath('/')).toBe('/masuk');
    expect(signInPath()).toBe('/masuk');
  });
});

describe('safeReturnPath', () => {
  it('follows a path on this origin', () => {
    expect(safeReturnPath('/profil')).toBe('/profil');
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'profil', '', null])(
    'refuses %p (another origin, or not a path)',
    (value) => {
      expect(safeReturnPath(value)).toBeNull();
    },
  );

  it('does not loop back to the sign-in page', () => {
    expect(safeReturnPath('/masuk?lanjut=%2Fprofil')).toBeNull();
  });
});
