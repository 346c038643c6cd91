import { describe, expect, it } from 'vitest';
import { articlePageText } from '../../scripts/search/html-text';

describe('built pages to text', () => {
  const page = `<html><body><header><a href="/">Home</a></header><div class="layout"><article>
<div class="article-body prose"><p id="p-1" class="paragraph">Insisting that he would go <q id="q-8ef4a3c14c" class="claim fragment" cite="x">until the end</q><sup class="speaker-tag"><a href="/actors/putin/#s-8ef4a3c14c">Putin</a></sup> of a &ldquo;process&rdquo; &amp; more.</p>
<blockquote id="p-2" class="blockquote"><p><q id="q-ac7b7f3457" class="claim direct">almost torturing me!</q><sup class="speaker-tag"><a href="#">Putin</a> · <span class="sole">only in Kyiv Post</span></sup></p></blockquote>
<div class="aside"><p>Nested &#8220;div&#x201D;</p></div>
<p id="p-3"><a class="pn" href="#p-3" aria-label="Paragraph 3">3</a>Said <span id="q-a1ddb2051d" class="claim indirect">he was <em>ready</em></span>.</p>
<details class="cite"><summary>Cite</summary><p>Putin, 7 February 2022: “he was ready”.</p></details></div>
</article><footer>claims.csv</footer></div></body></html>`;

  it('find the article body, however deep its divs, and read nothing after it', () => {
    const { text } = articlePageText(page)!;
    expect(text).toMatch(/^Insisting/u);
    expect(text).toContain('Nested');
    expect(text).not.toContain('claims.csv');
    expect(articlePageText('<p>no body</p>')).toBeNull();
  });

  it('read a page whose body is not inside an <article> to the body’s own end', () => {
    const bare =
      '<main><div class="article-body"><p>One.</p><div><p>Two.</p></div></div><p>After.</p></main>';
    expect(articlePageText(bare)!.text).toBe('One.\nTwo.');
  });

  it('give the text readers read, one line per block, without the speaker tags, paragraph numbers and citations', () => {
    expect(articlePageText(page)!.text).toBe(
      [
        'Insisting that he would go until the end of a “process” & more.',
        'almost torturing me!',
        'Nested “div”',
        'Said he was ready.',
      ].join('\n'),
    );
  });

  it('find each quotation’s neighbours in its paragraph, up to a speaker tag or a paragraph number', () => {
    const { contexts } = articlePageText(page, 3)!;
    expect(contexts.get('8ef4a3c14c')).toEqual({ before: 'he would go ', after: '' });
    expect(contexts.get('ac7b7f3457')).toEqual({ before: '', after: '' });
    expect(contexts.get('a1ddb2051d')).toEqual({ before: 'Said ', after: '.' });
  });

  it('read an end tag inside an attribute value as part of the value, not as the element’s end', () => {
    // Astro escapes & and " in attribute values, not < or >: a name could hold an end tag.
    const odd = `<article><div class="article-body"><p id="p-1">He said <q id="q-0123456789" class="claim direct">no way</q><sup class="speaker-tag"><a href="#" title="Vladimir </sup> Putin: all statements">Putin</a></sup> then left.</p>
<details class="cite"><summary>Cite</summary><p><a href="/x/#</details>">Link</a></p></details>
<p id="p-2" data-note="</article>">Still the body.</p></div></article><p>After.</p>`;
    const { text, contexts } = articlePageText(odd, 3)!;
    expect(text).toBe('He said no way then left.\nStill the body.');
    expect(contexts.get('0123456789')).toEqual({ before: 'He said ', after: '' });
  });
});
