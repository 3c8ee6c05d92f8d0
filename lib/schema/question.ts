import { z } from 'zod';
import { CANONICAL_STAGES } from '../model/stage';
import { QUESTION_CATEGORIES } from '../model/enums';

export { QUESTION_CATEGORIES };

/** Stored records and import files use full zod (extension pages only, never the content script). */
export const StageSchema = z.enum(CANONICAL_STAGES);

export const QuestionCategory = z.enum(QUESTION_CATEGORIES);
export type QuestionCategory = z.infer<typeof QuestionCategory>;

/** Plain text only: question text is rendered as text, and we refuse markup outright. */
const PlainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max)
    .refine((s) => !/<[a-z!/][^>]*>/i.test(s), 'must be plain text, not HTML');

export const QuestionSchema = z.object({
  id: z.string().min(1).max(100),
  text: PlainText(500),
  stages: z.array(StageSchema).min(1),
  category: QuestionCategory,
  tags: z.array(z.string().min(1).max(40)).max(20).default([]),
  why: PlainText(500).optional(),
  followUps: z.array(PlainText(200)).max(10).default([]),
  disabled: z.boolean().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const QuestionBankSchema = z.object({
  id: z.string().min(1).max(100),
  name: PlainText(120),
  description: PlainText(1000).optional(),
  /** The bank that ships with Sideline; it can be disabled per question but not deleted. */
  builtIn: z.boolean().default(false),
  enabled: z.boolean().default(true),
  questions: z.array(QuestionSchema),
  updatedAt: z.string().optional(),
});
export type QuestionBank = z.infer<typeof QuestionBankSchema>;
