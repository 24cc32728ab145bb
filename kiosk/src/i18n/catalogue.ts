/**
 * Reading the message files as data: flat keys, plural groups and placeholders. Used by the
 * start-up check that logs which strings fall back to English, and by the unit test that
 * keeps the files complete.
 */
export interface Messages {
  [key: string]: string | Messages;
}

/** i18next JSON v4 plural suffixes: the CLDR categories. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const PLURAL_KEY = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);

export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** "services.waiting_one" → { base: "services.waiting", category: "one" }; null for a plain key. */
export function pluralParts(key: string): { base: string; category: PluralCategory } | null {
  const m = PLURAL_KEY.exec(key);
  return m ? { base: m[1]!, category: m[2] as PluralCategory } : null;
}

/** The `{{name}}` variables a message interpolates, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort();
}

/** The markup tags (e.g. `<ltr>`) a message uses, in order: translations must keep them. */
export function tags(text: string): string[] {
  return [...text.matchAll(/<\/?([a-z]+)>/g)].map((m) => m[0]);
}

/** The plural forms a language needs for a group: its CLDR categories, plus "zero" when English words zero specially. */
export function requiredForms(categories: readonly string[], englishForms: ReadonlySet<string>): Set<string> {
  const needed = new Set(categories);
  if (englishForms.has('zero')) needed.add('zero');
  return needed;
}

/** For each plural group in a flat catalogue, the forms it has. */
export function pluralGroups(flat: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const parts = pluralParts(key);
    if (!parts) continue;
    const forms = groups.get(parts.base) ?? new Set<string>();
    forms.add(parts.category);
    groups.set(parts.base, forms);
  }
  return groups;
}

/**
 * The English keys a language lacks, so a visitor would see English there: plain keys it
 * does not have, and plural forms its own plural rules need but it does not provide.
 */
export function untranslatedKeys(english: Messages, other: Messages, categories: readonly string[]): string[] {
  const en = flatten(english);
  const mine = flatten(other);
  const missing: string[] = [];
  for (const key of en.keys()) if (!pluralParts(key) && !mine.has(key)) missing.push(key);
  const myGroups = pluralGroups(mine);
  for (const [base, enForms] of pluralGroups(en)) {
    for (const form of requiredForms(categories, enForms)) if (!myGroups.get(base)?.has(form)) missing.push(`${base}_${form}`);
  }
  return missing;
}
