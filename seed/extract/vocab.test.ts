import { describe, expect, it } from 'vitest';
import { honorificGender } from './vocab';

describe('honorificGender (vocab genderedHonorifics)', () => {
  it('reads the sex an honorific says, with or without its dot', () => {
    expect(honorificGender('Mrs.')).toBe('female');
    expect(honorificGender('Doña')).toBe('female');
    expect(honorificGender('Lord')).toBe('male');
    expect(honorificGender('Dom')).toBe('male');
  });

  it('says nothing of honorifics of either sex, and of the same words as verbs', () => {
    expect(honorificGender('Dr.')).toBeUndefined();
    expect(honorificGender('Senator')).toBeUndefined();
    expect(honorificGender('miss')).toBeUndefined();
    expect(honorificGender('don')).toBeUndefined();
  });
});
