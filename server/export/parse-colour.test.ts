import { describe, it, expect } from 'vitest';
import { parseColour } from './parse-colour';

describe('parseColour', () => {
  it('reads #rrggbb, #rgb and rgb()/rgba() into channels', () => {
    expect(parseColour('#4c8eda')).toEqual([76, 142, 218]);
    expect(parseColour(' #F0A ')).toEqual([255, 0, 170]);
    expect(parseColour('rgb(242, 157, 56)')).toEqual([242, 157, 56]);
    expect(parseColour('rgba(1,2,3,0.5)')).toEqual([1, 2, 3]);
  });

  it('returns undefined for anything else', () => {
    for (const colour of [undefined, '', 'red', '#12345', 'hsl(0, 0%, 0%)'])
      expect(parseColour(colour)).toBeUndefined();
  });
});
