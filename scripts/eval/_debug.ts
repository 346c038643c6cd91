import { readFileSync } from 'node:fs';
import { ActorSchema } from '../../src/schemas';
import { parseYamlList } from '../normalize/inputs';
import { normalizeArticle } from '../normalize/normalize-article';
const gaz = parseYamlList('seeds/actors.yaml', readFileSync('seeds/actors.yaml', 'utf8'), ActorSchema).map((a) => a.value);
const text = readFileSync(process.argv[2]!, 'utf8');
const a = normalizeArticle({ text, source: { file: 'x.txt', outlet: 'x', published: '2016-06-01', published_confidence: 'high', published_evidence: 'x', language: 'en', notes: [] }, actors: gaz, annotations: [] });
for (const c of a.frontmatter.claims) console.log(`${c.kind} | ${c.speaker} | ${JSON.stringify(c.speaker_text)} | ${JSON.stringify(c.cue)} | ${c.quote.slice(0, 60)}`);
