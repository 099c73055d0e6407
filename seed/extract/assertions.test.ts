import { describe, it, expect } from 'vitest';
import { assertionKeysOf } from './assertions';

const ids = (text: string) => assertionKeysOf(text).map((k) => k.id);

describe('assertionKeysOf', () => {
  it('keys casualty figures by number and year, whatever the wording', () => {
    expect(
      ids('the extra-judicial executions of 30,000 political prisoners in summer 1988'),
    ).toContain('assertion:30000-killed-1988');
    expect(ids('in 1988, the Regime slaughtered over 30,000 political prisoners')).toContain(
      'assertion:30000-killed-1988',
    );
    expect(
      ids('On the anniversary of the execution of over 30.000 prisoners in Iran in summer of 1988'),
    ).toContain('assertion:30000-killed-1988');
  });

  it('does not take years for tolls', () => {
    expect(ids('In 1988 many were arrested in 2017.')).toEqual([]);
  });

  it('recognises calls for an inquiry, for the ICC and for justice', () => {
    expect(ids('there must be an independent international commission of inquiry')).toContain(
      'assertion:international-commission-of-inquiry',
    );
    expect(ids('refer the case to the International Criminal Court')).toContain(
      'assertion:refer-to-international-court',
    );
    expect(ids('These individuals can and should be brought to justice')).toContain(
      'assertion:bring-perpetrators-to-justice',
    );
  });
});
