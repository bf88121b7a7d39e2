/**
 * Writes `src/timeline/timeline.schema.json` from `src/timeline/schema.ts`, formatted as the
 * rest of the repository. Run it after changing the timeline's types or the reasons table:
 *
 *   npx tsx scripts/write-schema.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TIMELINE_SCHEMA } from '../src/timeline/schema';

const file = resolve(import.meta.dirname, '../src/timeline/timeline.schema.json');
writeFileSync(file, `${JSON.stringify(TIMELINE_SCHEMA, null, 2)}\n`);
execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' });
