// Writes dist/schema.json: the JSON Schema of a result, generated from the zod schema (for non-TypeScript users).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { RequirementsSchema, VERSION } from '../dist/index.js';

const schema = z.toJSONSchema(RequirementsSchema, { target: 'draft-2020-12' });
schema.$id = `https://unpkg.com/jobsift@${VERSION}/dist/schema.json`;
schema.title = 'jobsift Requirements';
writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote dist/schema.json');
