import { describe, expect, it } from 'vitest';
import { flatten, placeholders, pluralGroups, pluralParts, tags } from './catalogue';
import { DELIBERATE_FALLBACK } from './deliberate-fallback';
import ar from './ar.json';
import cy from './cy.json';
import en from './en.json';
import pa from './pa.json';
import pl from './pl.json';
import zh from './zh.json';

/**
 * The message files stay complete and consistent: a visitor never sees English where their
 * language has a word for it (unless that is on purpose, and said why), never a missing
 * variable, and always the right plural form for the number in front of them.
 */

const english = flatten(en);
const englishGroups = pluralGroups(english);
const others = { cy, ar, zh, pl, pa } as const;

describe('the English message file', () => {
  it('lists only real English keys as deliberate fallbacks, each with a reason', () => {
    for (const [key, reason] of Object.entries(DELIBERATE_FALLBACK)) {
      expect(english.has(key), key).toBe(true);
      expect(reason.length, `reason for ${key}`).toBeGreaterThan(20);
    }
  });

  it('has every plural group in the forms English needs', () => {
    const needed = new Intl.PluralRules('en').resolvedOptions().pluralCategories;
    for (const [base, forms] of englishGroups) for (const form of needed) expect(forms.has(form), `${base}_${form}`).toBe(true);
  });
});

describe.each(Object.entries(others))('the %s message file', (lang, messages) => {
  const mine = flatten(messages);
  const myGroups = pluralGroups(mine);
  // What this language's own plural rules ask for: Welsh and Arabic need six forms, Chinese one.
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  it('has every English key, or the key is a deliberate fallback', () => {
    const missing = [...english.keys()].filter((key) => !pluralParts(key) && !mine.has(key) && !(key in DELIBERATE_FALLBACK));
    expect(missing).toEqual([]);
  });

  it('has every plural group, in each form its plural rules need', () => {
    const missing: string[] = [];
    for (const [base, enForms] of englishGroups) {
      // English's own "_zero" ("Nobody waiting") is a wording for 0 that every language keeps.
      const needed = new Set<string>([...categories, ...(enForms.has('zero') ? ['zero'] : [])]);
      for (const form of needed) if (!myGroups.get(base)?.has(form)) missing.push(`${base}_${form}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no key English lacks, and no plural form its rules never use', () => {
    const extra = [...mine.keys()].filter((key) => {
      const parts = pluralParts(key);
      if (!parts) return !english.has(key);
      if (!englishGroups.has(parts.base)) return true;
      return parts.category !== 'zero' && !categories.includes(parts.category);
    });
    expect(extra).toEqual([]);
  });

  it('interpolates the same variables as English', () => {
    const wrong: string[] = [];
    for (const [key, text] of mine) {
      const parts = pluralParts(key);
      if (!parts) {
        const expected = english.get(key);
        if (expected !== undefined && placeholders(text).join() !== placeholders(expected).join()) wrong.push(`${key}: ${placeholders(text).join()}`);
        continue;
      }
      // A plural form may leave the number out ("شخصان", two people; "Does neb", nobody), but may
      // not bring in a variable English never passes.
      const allowed = new Set([...(englishGroups.get(parts.base) ?? [])].flatMap((form) => placeholders(english.get(`${parts.base}_${form}`) ?? '')));
      const unknown = placeholders(text).filter((name) => !allowed.has(name));
      if (unknown.length > 0) wrong.push(`${key}: ${unknown.join()}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the markup that isolates numbers and times left to right', () => {
    const wrong = [...mine].filter(([key, text]) => english.has(key) && tags(text).sort().join() !== tags(english.get(key)!).sort().join()).map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('has no empty message and no untranslated copy of a long English sentence', () => {
    const suspicious = [...mine].filter(([key, text]) => text.trim() === '' || (text === english.get(key) && text.split(' ').length > 3)).map(([key]) => key);
    expect(suspicious).toEqual([]);
  });
});
