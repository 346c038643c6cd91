/** wink-lexicon's word list: each English word with its Penn Treebank tags, most frequent first. */
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Readonly<Record<string, readonly string[]>>;
  export default lexicon;
}
