/**
 * Every view's own words (`app/**\/strings.ts` and `app/**\/*Strings.ts`, made with
 * `defineStrings`), for the catalogue tests: each module's exported FeatureStrings, named by file
 * and export.
 */
import type { FeatureStrings } from '../strings/feature';

const modules = import.meta.glob<Record<string, unknown>>(
  ['../**/strings.ts', '../**/*Strings.ts', '!../test-support/**'],
  { eager: true },
);

const isFeatureStrings = (v: unknown): v is FeatureStrings<string> =>
  typeof v === 'object' && v !== null && 'en' in v && 'zh-CN' in v && 'zh-TW' in v;

export const FEATURE_STRINGS: readonly { name: string; strings: FeatureStrings<string> }[] =
  Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, FeatureStrings<string>] => isFeatureStrings(entry[1]))
      .map(([name, strings]) => ({ name: `${file.replace(/^\.\.\//, 'app/')}#${name}`, strings })),
  );
