import { describe, expect, it } from 'vitest';
import { placeAliases } from '../../src/lib/place-aliases';

describe('place aliases', () => {
  it('add the other spellings of the places a text names', () => {
    expect(placeAliases('The talks in Kyiv went on.')).toEqual(['Kiev']);
    expect(placeAliases('in kiev, then Odessa')).toEqual(['Kyiv', 'Odesa']);
    expect(placeAliases('the Kremlin, in Moscow, said')).toEqual(['Moscou']);
    expect(placeAliases('Kyivan politics, nothing else')).toEqual([]);
  });
});
