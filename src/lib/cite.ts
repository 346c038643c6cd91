import { absoluteUrl } from './base';

/** The `cite` of an article's quotations: its original's address when known, else the raw seed text. */
export function citeUrl(article: { data: { url: string | null; seed: string } }, site: URL | undefined): string {
  return article.data.url ?? absoluteUrl(`/seeds/${article.data.seed}`, site);
}

/** The slug of the article page a component is rendered on, from its path. */
export function articleSlugFromPath(pathname: string): string | null {
  return /\/articles\/([^/]+)\/?$/u.exec(pathname)?.[1] ?? null;
}

/** The short name shown next to a quotation: a person's surname, a group's name. */
export function shortName(actor: { data: { name: string; kind: string } }): string {
  return actor.data.kind === 'person' ? (actor.data.name.split(' ').at(-1) ?? actor.data.name) : actor.data.name;
}
