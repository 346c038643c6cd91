import { entityOf, mentionsBetween, outsideQuotes, type ArticleContext } from '../cast-context';
import { resolvePronoun } from '../pronouns/resolve';
import { followedByVerb, isSubjectPosition, isVerbLike } from '../pronouns/verbs';
import { FRONTED, resolveSubject, type Subject } from '../subjects';

/**
 * The subject of the clause a verb hangs on, when no cue names one: the participle's
 * ("…, saying"), the issuer of a paper ("issued a statement saying"), the clause's name or
 * pronoun. Used by `cue-speaker.ts` and by the sieves that read a speaker from a clause
 * (`scare-quote.ts`, `shouted-or-judged.ts`, `from-context.ts`).
 */

/**
 * The subject of the clause a participle or a coordinated verb hangs on ("Trump returned
 * the compliment, telling Reuters", "when Sanders protesters interrupted her, shouting"):
 * in the last clause before the verb, its last name or pronoun in subject position, else
 * its first name, else the description it opens with.
 */
export function clauseSubject(
  b: number,
  from: number,
  to: number,
  ctx: ArticleContext,
  exclude: ReadonlySet<string>,
): Subject | null {
  const text = ctx.blocks[b]!.text;
  const masked = outsideQuotes(ctx, b, from, to);
  // "a sign saying", "an ad declaring", "one of her ads asking": a participle right after what bears writing is its words.
  const bearer =
    /(?<![\p{L}’'])((?:an?|the|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:sign|banner|placard|poster|t-shirt|shirt|ad|advertisement|statement|letter|message|note|post|tweet|headline|billboard|flyer|sticker|button|cap|hat|email|memo|release|video|voiceover|voice over|voice-over|narrator)s?)(\s+(?:to|for)\s+(?:[\p{L}’'-]+\s+){0,2}?[\p{L}’'-]+)?\s*,?\s*$/u.exec(
      masked,
    );
  // "Trump issued a statement saying", "his campaign sent out a text message to supporters saying": the issuer speaks, not the paper.
  const issued =
    bearer &&
    /(?:^|\s)(?:issued|released|put\s+out|sent\s+out|sent|published|posted|unveiled|aired|ran|launched|distributed|circulated|emailed|tweeted|put\s+up|wrote|signed|delivered|read)\s*$/u.test(
      masked.slice(0, bearer.index),
    );
  if (issued) {
    const words = [...masked.slice(0, bearer.index).matchAll(/[\p{L}’'.-]+/gu)];
    const boundary = [
      ...masked
        .slice(0, bearer.index)
        .matchAll(
          /(?:^|\s)(?:when|while|after|as|because|before|since|if|although|though|whereas|where|and|but)\s|[;,]\s/gu,
        ),
    ].at(-1);
    const start = boundary ? boundary.index + boundary[0].length : 0;
    const verb = words.findLast(
      (w) =>
        w.index >= start &&
        /^(?:issued|released|put|sent|published|posted|unveiled|aired|ran|launched|distributed|circulated|emailed|tweeted|wrote|signed|delivered|read)$/u.test(
          w[0],
        ),
    );
    if (verb && verb.index > start) {
      const found = resolveSubject(b, from + start, from + verb.index, ctx, exclude);
      if (found) return found;
    }
  }
  // Whom the paper went to stands between it and the participle only after the verb that issued it ("in an email to
  // supporters, saying" is the writer's); "Republicans seized on the message, arguing": a participle set off by a comma
  // is its clause's subject's, not the words of the paper.
  if (bearer && !issued && bearer[2] === undefined && !/,\s*$/u.test(masked)) {
    const at = from + bearer.index;
    const described = resolveSubject(b, at, at + bearer[1]!.length, ctx, exclude);
    if (described) return described;
  }
  // "with Trump reportedly yelling", "the AFT calling her": a participle right after a name is that name's.
  const adjacent = mentionsBetween(ctx, b, from, to).findLast(
    (x) => !x.modifier && !x.possessive && /^\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(x.end, to)),
  );
  const governed =
    adjacent &&
    /(?:^|\s)(?:on|in|at|to|by|for|about|into|through)\s+(?:\S+\s+){0,2}$/u.test(
      text.slice(Math.max(from, adjacent.outerStart - 30), adjacent.outerStart),
    );
  if (adjacent && !governed && /ing[,:]?$/u.test(text.slice(to, to + 20).split(/\s/u)[0] ?? '')) {
    const entity = entityOf(ctx, adjacent.entity);
    if (entity)
      return {
        who: {
          speaker: entity.id,
          speakerText: adjacent.text,
          confidence: 'medium',
          mention: { block: b, start: adjacent.outerStart, end: adjacent.end },
        },
        form: 'name',
      };
  }
  // "with many marchers and spectators chanting": the people "with" introduces before a participle are its subject; not
  // a phrase with a preposition of its own ("his talks with Putin in the Kremlin, adding"), which is no noun of people.
  const accompanied = /(?:^|[\s,])with\s+((?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+)\s*$/u.exec(masked);
  if (
    accompanied &&
    !/(?:^|\s)(?:in|on|at|of|to|for|from|by|about|over|after|before|during)(?:\s|$)/iu.test(
      accompanied[1]!,
    ) &&
    /ing[,:]?$/u.test(text.slice(to, to + 20).split(/\s/u)[0] ?? '')
  ) {
    const at = from + accompanied.index + accompanied[0].lastIndexOf(accompanied[1]!);
    const described = resolveSubject(b, at, at + accompanied[1]!.length, ctx, exclude);
    if (described) return described;
  }
  // A clause boundary outside parentheses; "as" opens a clause only before its subject ("as he said", not "known as Republican-leaning", "summed up Clinton as").
  const unbracketed = masked.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  // "after", "before", "since" and "until" open a clause only when a subject and its verb follow ("after Jones assured
  // Trump", not "Trump went after Bush, calling him").
  const opensClause = (m: RegExpMatchArray) => {
    if (!/^(?:\s)?(?:after|before|since|until)\s$/u.test(m[0])) return true;
    const words = /^[^,;:.!?]*/u
      .exec(unbracketed.slice(m.index! + m[0].length))![0]
      .split(/\s+/u)
      .filter(Boolean)
      .slice(0, 5);
    return words.some((w, i) => i > 0 && i < 5 && /^\p{Ll}/u.test(w) && isVerbLike(w));
  };
  const boundary = [
    ...unbracketed.matchAll(
      /(?:^|\s)(?:when|while|after|because|before|since|until|if|although|though|whereas|where|as(?=\s+(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|those)\s))\s|;\s/gu,
    ),
  ]
    .filter(opensClause)
    .at(-1);
  const start = boundary ? from + boundary.index + boundary[0].length : from;
  const mentions = mentionsBetween(ctx, b, start, to).filter((x) => !x.modifier && !x.possessive);
  const pronouns = [
    ...outsideQuotes(ctx, b, start, to).matchAll(
      /(?<![\p{L}’'])(he|she|they|it|He|She|They|It)(?![\p{L}’'])/gu,
    ),
  ]
    .map((p) => ({ at: start + p.index, word: p[1]! }))
    .filter((p) => followedByVerb(text, p.at + p.word.length));
  const subjects = [
    ...mentions.filter((x) => isSubjectPosition(text, x)).map((x) => ({ at: x.start, mention: x })),
    ...pronouns.map((p) => ({ at: p.at, pronoun: p })),
  ].sort((x, y) => x.at - y.at);
  const last = subjects[0];
  // Without a subject, a name that opens the clause ("Hillary, smiling, …").
  const opener =
    mentions[0] &&
    /^[\s,]*(?:\S+\s+){0,2}$/u.test(outsideQuotes(ctx, b, start, mentions[0].outerStart))
      ? mentions[0]
      : undefined;
  const named = last && 'mention' in last ? last.mention : last ? undefined : opener;
  if (named) {
    const entity = entityOf(ctx, named.entity);
    if (entity)
      return {
        who: {
          speaker: entity.id,
          speakerText: named.text,
          confidence: 'high',
          mention: { block: b, start: named.outerStart, end: named.end },
        },
        form: 'name',
      };
  }
  if (last && 'pronoun' in last && last.pronoun) {
    const { at, word } = last.pronoun;
    const found = resolvePronoun(word, b, at, ctx, exclude);
    return found
      ? {
          who: {
            speaker: found.entity.id,
            speakerText: word,
            confidence: 'medium',
            mention: { block: b, start: at, end: at + word.length },
          },
          form: 'pronoun',
        }
      : null;
  }
  // The words that open the clause up to its verb ("The Florida senator sought…"), past a fronted adverbial ("In response
  // to Trump’s proposal, Clinton’s right-hand woman rallied supporters, saying").
  const clause = outsideQuotes(ctx, b, start, to);
  const fronted = FRONTED.exec(clause);
  const opening = fronted ? start + fronted[0].length : start;
  const words = [...clause.slice(opening - start).matchAll(/[\p{L}’'.-]+/gu)].slice(0, 7);
  const verb = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w[0]) && isVerbLike(w[0]));
  if (verb <= 0) return null;
  return resolveSubject(
    b,
    opening + words[0]!.index,
    opening + words[verb - 1]!.index + words[verb - 1]![0].length,
    ctx,
    exclude,
  );
}
