import { describe, expect, it } from 'vitest';
import type { SourceParagraph } from '../../scripts/normalize/paragraphs.ts';
import { normalizeSpacing, repairTypography } from '../../scripts/normalize/typography.ts';

const repairOne = (text: string, line = 1) => {
  const { paragraphs, repairs } = repairTypography([{ text, line }]);
  return { text: paragraphs[0]!.text, repairs };
};

describe('repairTypography: glued quote marks', () => {
  it.each(
    [
      {
        name: 'separates a closing mark glued to the next word: “…law”we press again” (seed 001)',
        text: '“We need to have contact with him to send him the message of a ceasefire and respect for humanitarian law”we press again.',
        repaired:
          '“We need to have contact with him to send him the message of a ceasefire and respect for humanitarian law” we press again.',
        rule: 'glued-closing-mark',
        before: 'nitarian law”we press aga',
        after: 'nitarian law” we press aga',
      },
      {
        name: 'separates “…Putin”she adds” (seed 001)',
        text: '“It would be even worse and more dangerous if no one was able to talk to Vladimir Putin”she adds, recalling…',
        repaired:
          '“It would be even worse and more dangerous if no one was able to talk to Vladimir Putin” she adds, recalling…',
        rule: 'glued-closing-mark',
        before: 'adimir Putin”she adds, re',
        after: 'adimir Putin” she adds, re',
      },
      {
        name: 'separates a closing mark glued after a full stop: “…obsessions.”notes the diplomat',
        text: '“He locked himself in his obsessions.”notes the diplomat.',
        repaired: '“He locked himself in his obsessions.” notes the diplomat.',
        rule: 'glued-closing-mark',
        before: ' obsessions.”notes the di',
        after: ' obsessions.” notes the di',
      },
      {
        name: 'separates an opening mark glued to the previous sentence: “Bermann.“Not”',
        text: 'said Sylvie Bermann.“Not talking to Vladimir Putin does not allow to find diplomatic solutions”',
        repaired:
          'said Sylvie Bermann. “Not talking to Vladimir Putin does not allow to find diplomatic solutions”',
        rule: 'glued-opening-mark',
        before: 'vie Bermann.“Not talking ',
        after: 'vie Bermann. “Not talking ',
      },
      {
        name: 'restores the marks around a speech verb glued to the quote: “It’s a challengeadmits Sylvie Bermann, but … him.” (seed 001)',
        text: '“It’s a challengeadmits Sylvie Bermann, but there is no alternative but to speak to him.”',
        repaired:
          '“It’s a challenge”, admits Sylvie Bermann, “but there is no alternative but to speak to him.”',
        rule: 'glued-speech-verb',
        before: '“It’s a challengeadmits Sylvie Bermann, but there is',
        after: '“It’s a challenge”, admits Sylvie Bermann, “but there is',
      },
    ].map((c) => [c.name, c] as const),
  )('%s', (_name, { text, repaired, rule, before, after }) => {
    const result = repairOne(text, 45);
    expect(result.text).toBe(repaired);
    expect(result.repairs).toEqual([{ rule, why: expect.any(String), before, after, line: 45 }]);
    expect(result.repairs[0]!.why.length).toBeGreaterThan(10);
  });

  it('repairs every glued mark of a paragraph, each recorded separately', () => {
    const text =
      '“The president reacted immediately”slice Sylvie Bermann. “It allows us to document”we explain.';
    const result = repairOne(text);
    expect(result.text).toBe(
      '“The president reacted immediately” slice Sylvie Bermann. “It allows us to document” we explain.',
    );
    expect(result.repairs.map((r) => r.rule)).toEqual(['glued-closing-mark', 'glued-closing-mark']);
  });
});

describe('repairTypography: what it must not touch', () => {
  it.each([
    [
      'a word ending like a speech verb outside any quotation',
      'It’s a challengeadmits Sylvie Bermann, but there is no alternative.',
    ],
    [
      'a glued speech verb after a quotation already closed',
      '“It is hard.” The challengeadmits Sylvie Bermann, she said.',
    ],
    [
      'a closing mark followed by a space',
      '“Not talking to Vladimir Putin does not help”, assures franceinfo.',
    ],
    ['a closing mark followed by punctuation', 'Moscow’s “cynicism”.'],
    [
      'a reversed mark used as an opener after a space (RFI’s “to want” avoid war ”)',
      'adding to want” avoid war ” and more.',
    ],
    [
      'an opening mark after a lower-case word',
      'the familiar French word “you” – “tu” – rather than “vos”.',
    ],
    [
      'words such as “ambassadors” or “Kremlinsays” without a name after them',
      'The ambassadors says nothing; “the Kremlinsays no”.',
    ],
    ['straight apostrophes and curly apostrophes', "We'll assume you’re ok with this."],
  ])('leaves %s as it is', (_name, text) => {
    expect(repairOne(text)).toEqual({ text, repairs: [] });
  });
});

describe('normalizeSpacing (silent: spacing carries no content)', () => {
  it.each([
    ['a no-break space', 'Vladimir\u00A0Putin', 'Vladimir Putin'],
    ['a narrow no-break space before a mark', 'il a dit\u202F: « non »', 'il a dit : « non »'],
    ['a thin space and an em space', '125\u2009000 soldiers\u2003here', '125 000 soldiers here'],
    ['a tab', 'at\tfranceinfo', 'at franceinfo'],
    [
      'a run of spaces (seed 001 caption)',
      'Vladimir Poutine.   (SOAZIG DE LA MOISSONNIERE / INSTAGRAM)',
      'Vladimir Poutine. (SOAZIG DE LA MOISSONNIERE / INSTAGRAM)',
    ],
    ['spaces at both ends', '  during the talks.  ', 'during the talks.'],
  ])('turns %s into plain single spaces', (_name, text, expected) => {
    expect(normalizeSpacing(text)).toBe(expected);
  });

  it('records no repair for spacing alone', () => {
    expect(repairOne('Vladimir\u00A0\u00A0Putin  ')).toEqual({
      text: 'Vladimir Putin',
      repairs: [],
    });
  });
});

describe('repairTypography: paragraphs', () => {
  it('keeps the number, order and lines of the paragraphs, and does not change its input', () => {
    const input: SourceParagraph[] = [
      { text: 'He said“yes”.', line: 3 },
      { text: 'Nothing to repair here.', line: 5 },
      { text: '“humanitarian law”we press again.', line: 11 },
    ];
    const copy = structuredClone(input);
    const { paragraphs, repairs } = repairTypography(input);
    expect(input).toEqual(copy);
    expect(paragraphs.map((p) => p.line)).toEqual([3, 5, 11]);
    expect(paragraphs[1]!.text).toBe('Nothing to repair here.');
    expect(repairs.map((r) => [r.rule, r.line])).toEqual([['glued-closing-mark', 11]]);
  });

  it('changes no word: only spaces and quote marks differ between input and output', () => {
    const text =
      '“It’s a challengeadmits Sylvie Bermann, but there is no alternative.” “We must act”we press.';
    const letters = (s: string) => s.replace(/[\s“”,]/gu, '');
    expect(letters(repairOne(text).text)).toBe(letters(text));
  });
});
