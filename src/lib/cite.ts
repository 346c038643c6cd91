/**
 * The `cite` of an article's quotations: its original's address when known, else none (the
 * raw seed text has no address of its own: it is downloaded from the article page itself).
 */
export function citeUrl(article: { data: { url: string | null } }): string | undefined {
  return article.data.url ?? undefined;
}

/** The short name shown next to a quotation: a person's surname, a group's name. */
export function shortName(actor: { data: { name: string; kind: string } }): string {
  return actor.data.kind === 'person'
    ? (actor.data.name.split(' ').at(-1) ?? actor.data.name)
    : actor.data.name;
}
