import * as z from 'zod';
import { formatIssues } from '../errors.js';

const optionalText = z.string().nullable().optional();

/**
 * One posting record: the text (plain or HTML) and what is known about the job. Null means "not stated" (exports
 * often write null); extra fields are kept and ignored. `text` is read when it holds more than white space, else
 * `html` (an export may write `"text": ""` or `null` beside the HTML it has).
 */
export const PostingRecordSchema = z
  .looseObject({
    id: z.union([z.string(), z.number()]).nullable().optional(),
    text: z.string().nullable().optional(),
    html: z.string().nullable().optional(),
    title: optionalText,
    company: optionalText,
    location: optionalText,
    industry: optionalText,
    companySize: z.union([z.string(), z.number()]).nullable().optional(),
    postedAt: optionalText,
  })
  .refine((p) => typeof p.text === 'string' || typeof p.html === 'string', {
    message: 'a posting needs a "text" or an "html" string',
  });
export type PostingRecord = z.input<typeof PostingRecordSchema>;

/** A posting is a string (plain text or HTML) or a record. */
export const PostingSchema = z.union([z.string(), PostingRecordSchema]);
export type Posting = z.input<typeof PostingSchema>;

/** What the aggregator keeps of a posting besides its summary. */
export interface PostingMeta {
  id?: string | number | null;
  title?: string | null;
  company?: string | null;
  location?: string | null;
  industry?: string | null;
  companySize?: string | number | null;
  postedAt?: string | null;
}

export type ReadPosting =
  | { ok: true; input: string; format: 'text' | 'html' | 'auto'; meta: PostingMeta }
  | { ok: false; reason: string };

const isBlank = (text: string): boolean => text.trim() === '';

/** Validates one posting; never throws. */
export function readPosting(value: unknown): ReadPosting {
  if (typeof value === 'string') return { ok: true, input: value, format: 'auto', meta: {} };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `a posting must be a string or an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}` };
  }
  const parsed = PostingRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: formatIssues(parsed.error.issues) };
  const p = parsed.data;
  const meta: PostingMeta = {
    id: p.id, title: p.title, company: p.company, location: p.location, industry: p.industry,
    companySize: p.companySize, postedAt: p.postedAt,
  };
  if (typeof p.text === 'string' && (typeof p.html !== 'string' || !isBlank(p.text))) return { ok: true, input: p.text, format: 'auto', meta };
  return { ok: true, input: p.html as string, format: 'html', meta };
}
