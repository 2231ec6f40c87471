import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import { WINK_PIPE } from './parse-text.js';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/analysis');

/** Every text of the analysis fixtures: entries and feedback, written like real logs. */
function fixtureTexts(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** What parse-text reads of a document: each token as written, lower-cased, its lemma and its tag. */
function read(nlp: ReturnType<typeof winkNLP>, text: string): string[][] {
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  const columns = [
    tokens.out(its.value),
    tokens.out(its.normal),
    tokens.out(its.lemma as unknown as ItsFunction<string>),
    tokens.out(its.pos),
  ] as string[][];
  return columns[0]!.map((_, i) => columns.map((c) => c[i]!));
}

describe('the wink-nlp pipe of parse-text', () => {
  // parse-text runs only the tagger, which is 40% faster than the whole pipe. Should a wink-nlp
  // release make tokens or tags depend on the steps left out (sentences, entities, negation,
  // sentiment), this says so.
  it('reads every fixture text as the whole pipe does', () => {
    const whole = winkNLP(model);
    const tagger = winkNLP(model, WINK_PIPE);
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(400);
    for (const text of texts) expect(read(tagger, text), text).toEqual(read(whole, text));
  });
});
