import { describe, expect, it } from 'vitest';
import {
  analyse,
  indexTokens,
  normalise,
  participleAlternative,
  stemWord,
  words,
} from '../../src/search/analyse.js';
import { escapeHtml, highlight, snippet } from '../../src/search/highlight.js';
import { parseQuery } from '../../src/search/query.js';

describe('Dutch analysis', () => {
  it('lower-cases, removes diacritics and splits on everything that is not a letter or digit', () => {
    expect(normalise('Gemeentefinanciën CAFÉ coördinatie Søren')).toBe(
      'gemeentefinancien cafe coordinatie soren',
    );
    expect(analyse('Rechtvaardige, langjarige, solide, duurzame gemeentefinanciën')).toEqual([
      'rechtvaard',
      'langjar',
      'solid',
      'duurzam',
      'gemeentefinancien',
    ]);
    expect(analyse('Lbr. 25/015, kenmerk U202500147')).toEqual(['lbr', '25', '015', 'kenmerk', 'u202500147']);
  });

  it('gives singular and plural, with and without diacritics, the same stem', () => {
    const same = (a: string, b: string) => expect(analyse(a)).toEqual(analyse(b));
    same('gemeentefinanciën', 'GEMEENTEFINANCIEN');
    same('moties', 'motie');
    same('gemeenten', 'gemeente');
    same('gemeentes', 'gemeente');
    same('ledenbrieven', 'ledenbrief');
    same('woningen', 'woning');
    same('duurzame', 'duurzaam');
  });

  it('pairs a separable verb’s participle with its infinitive', () => {
    expect(participleAlternative('aangehouden')).toBe(analyse('aanhouden')[0]);
    expect(participleAlternative('ingediend')).toBe(analyse('indienen')[0]);
    expect(participleAlternative('opgeroepen')).toBe(analyse('oproepen')[0]);
    expect(participleAlternative('vastgesteld')).toBe(analyse('vaststellen')[0]);
    expect(participleAlternative('aangelegenheden')).toBeUndefined();
    expect(participleAlternative('gemeenten')).toBeUndefined();
    expect(indexTokens('motie aangehouden')).toEqual(['motie', 'aangehoud', 'aanhoud']);
  });

  it('reads a text piece by piece exactly as whole (the cached pieces change no token)', () => {
    // The plain reading: the whole text normalised, split into words, stemmed, then the participles' alternatives.
    const whole = (text: string) => {
      const ws = words(normalise(text));
      const alternatives = ws.map(participleAlternative).filter((a): a is string => a !== undefined);
      return [...ws.map(stemWord), ...alternatives];
    };
    const samples = [
      'Motie “Gemeentefinanciën” (aangehouden), ingediend door A. de Vries-Jansen; zie blz. 12–14.',
      'ΟΔΟΣ Σ.a ΣΑΣ. İstanbul ǅemal ﬁnanciën ﬀ ½ x² Ⅻ ＡＢＣ１２ Å Å e\u0301 \u0301e o\u0308\u0301 ß Straße ŒUVRE',
      `${'ä'.repeat(40)} ${'woord'.repeat(10)} a\u0000b\tc\r\nd`,
    ];
    // Random texts of ASCII punctuation, letters, digits, marks, ligatures and cased letters of other scripts.
    const alphabet = [...'aZ9 .,-\'"\n\t(ëÉöçñøæœßłıİΣσςΑﬁ²½ＡⅫǅ\u0301\u0308\u0327\u00ad\u200b东'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 2000; i += 1)
      samples.push(
        Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
          const c = alphabet[Math.floor(random() * alphabet.length)];
          return random() < 0.5 ? c.repeat(1 + Math.floor(random() * 3)) : c;
        }).join(''),
      );
    for (const text of samples) {
      const terms = new Set<string>();
      expect(indexTokens(text, terms)).toEqual(whole(text));
      expect(indexTokens(text)).toEqual(whole(text));
      expect([...terms].sort()).toEqual([...new Set(whole(text))].sort());
    }
  });

  it('never emits anything but [a-z0-9] tokens, whatever the input', () => {
    const nasty = `"'*:&|!()^-+~<>\\ \u0000 🏛️ NEAR(a b) AND OR NOT ${'ä'.repeat(300)} 東京 Ελλάδα`;
    for (const token of indexTokens(nasty)) expect(token).toMatch(/^[a-z0-9]{1,64}$/);
  });
});

describe('query parsing', () => {
  it('treats operators and punctuation as plain words or separators', () => {
    expect(parseQuery('"jeugdzorg"*')).toEqual([{ alternatives: ['jeugdzorg'], prefix: true }]);
    expect(parseQuery('jeugdzorg AND NEAR')).toEqual([
      { alternatives: ['jeugdzorg'], prefix: true },
      { alternatives: ['and'], prefix: true },
      { alternatives: ['near'], prefix: true },
    ]);
    expect(parseQuery('*** 🏛️ ::')).toEqual([]);
  });

  it('drops stop words unless only stop words were typed, and matches short stems and numbers whole', () => {
    expect(parseQuery('de motie van het bestuur').map((t) => t.alternatives[0])).toEqual(['motie', 'bestur']);
    expect(parseQuery('de')).toEqual([{ alternatives: ['de'], prefix: false }]);
    expect(parseQuery('2025')).toEqual([{ alternatives: ['2025'], prefix: false }]);
  });

  it('bounds the work done on a huge query', () => {
    expect(parseQuery('woord '.repeat(2000))).toHaveLength(1);
    expect(parseQuery(Array.from({ length: 500 }, (_, i) => `w${i}x`).join(' ')).length).toBeLessThanOrEqual(
      16,
    );
  });
});

describe('highlighting', () => {
  it('marks matching words in escaped text', () => {
    const terms = parseQuery('gemeentefinancien');
    expect(highlight('Solide <duurzame> gemeentefinanciën & meer', terms)).toBe(
      'Solide &lt;duurzame&gt; <mark>gemeentefinanciën</mark> &amp; meer',
    );
    expect(highlight('Jeugdzorgkosten', parseQuery('jeugdzorg'))).toBe('<mark>Jeugdzorgkosten</mark>');
    expect(escapeHtml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;');
  });

  it('cuts a long text around the first match', () => {
    const text = `${'aanloop '.repeat(100)}de jeugdzorg staat onder druk ${'slot '.repeat(100)}`;
    const s = snippet(text, parseQuery('jeugdzorg'), 120);
    expect(s).toMatch(/^… /);
    expect(s).toMatch(/ …$/);
    expect(s).toContain('<mark>jeugdzorg</mark>');
    expect(s.length).toBeLessThan(160);
  });

  it('marks every match inside the excerpt and none outside it', () => {
    const text = `${'aanloop '.repeat(30)}jeugdzorgregio de jeugdzorg en Jeugdzorgbeleid ${'vulling '.repeat(40)}jeugdzorg achteraf`;
    const s = snippet(text, parseQuery('jeugdzorg'), 120);
    expect(s.match(/<mark>/g)).toHaveLength(3);
    expect(s).toContain(
      '<mark>jeugdzorgregio</mark> de <mark>jeugdzorg</mark> en <mark>Jeugdzorgbeleid</mark>',
    );
    expect(s).not.toContain('achteraf');
    // The same text and terms give the same excerpt the next time (the analysed words are kept).
    expect(snippet(text, parseQuery('jeugdzorg'), 120)).toBe(s);
    // A text without a match: its start, nothing marked.
    const none = snippet('niets '.repeat(60), parseQuery('jeugdzorg'), 120);
    expect(none).not.toContain('<mark>');
    expect(none).toMatch(/^niets /);
  });
});
