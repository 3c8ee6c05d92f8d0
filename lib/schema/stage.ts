import * as z from 'zod/mini';
import { CANONICAL_STAGES, STAGE_LABELS } from '../model/stage';

/** The coaching stages as a schema; the list itself lives in lib/model/stage.ts. */
export { CANONICAL_STAGES, STAGE_LABELS };
export const CanonicalStage = z.enum(CANONICAL_STAGES);
export type CanonicalStage = z.infer<typeof CanonicalStage>;
