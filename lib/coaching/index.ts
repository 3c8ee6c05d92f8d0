/** The coaching engine: pure TypeScript, no DOM, no network. */
export { BUILTIN_BANK } from './builtin-bank';
export { planSession, deriveSignals, activeQuestions, STALE_STAGE_DAYS, CLOSE_SOON_DAYS } from './plan';
export type { PlanInput, SessionPlan, PlanItemOut, Signal, SignalId } from './plan';
export { lintCoachingText, askTellRatio, splitSentences, tellingReason } from './lint';
export type { CoachingFinding, FindingKind } from './lint';
export { importQuestionBank, readQuestionBankFile, copyOfBank, exportQuestionBank, QuestionBankFileSchema, MAX_BANK_FILE_BYTES, BANK_FORMAT } from './bank-format';
export type { ImportResult, ImportError, QuestionBankFile, FlaggedQuestion } from './bank-format';
export { flagTellingQuestions } from './bank-format';
export { mergeBanks, servableQuestions, questionFlag, whyNotServed } from './bank-merge';
export type { MergedQuestion } from './bank-merge';
